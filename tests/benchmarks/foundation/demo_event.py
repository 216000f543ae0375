"""Benchmark: create demo event files of several sizes; report time and file size.

Run: uv run python -m tests.benchmarks.foundation.demo_event [SIZES...]
The 400-attendee event is the baseline: larger sizes are reported as ratios to it, because
this machine is shared and absolute times are noisy.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from brokerage_app.demo.generator import DemoOptions
from brokerage_app.services.demo import create_demo_database
from brokerage_app.services.events import event_counts


def measure(size: int, folder: Path) -> tuple[float, int, int]:
    path = folder / f"demo-{size}.sqlite"
    started = time.perf_counter()
    database = create_demo_database(path, DemoOptions(attendees=size))
    seconds = time.perf_counter() - started
    with database.session() as session:
        requests = sum(event_counts(session).requests_by_status.values())
    database.dispose()
    return seconds, path.stat().st_size, requests


def main() -> None:
    sizes = [int(s) for s in sys.argv[1:]] or [400, 2000, 10_000]
    with tempfile.TemporaryDirectory() as folder:
        results = {size: measure(size, Path(folder)) for size in sizes}
    base_seconds = results[sizes[0]][0]
    print("| attendees | requests | seconds | x baseline | file size |")
    print("|---:|---:|---:|---:|---:|")
    for size, (seconds, file_size, requests) in results.items():
        print(
            f"| {size:,} | {requests:,} | {seconds:.2f} | {seconds / base_seconds:.1f} | "
            f"{file_size / 1e6:.1f} MB |"
        )


if __name__ == "__main__":
    main()
