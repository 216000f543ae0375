"""One page per organiser task, each backed by services."""
