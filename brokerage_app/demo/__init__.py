"""A realistic, deterministic demo event for trying the program and for benchmarks."""
