"""Badges and agendas for a large event: time and peak memory at two sizes.

Run on demand (one size per process so that peak RSS belongs to that size):

    uv run python -m tests.benchmarks.documents.bench_printing 500
    uv run python -m tests.benchmarks.documents.bench_printing 2000

The target: badges and agendas of a 2,000-attendee event (about 4,500 pages) in under 30 s,
with peak memory far from proportional to the number of pages.
"""

from __future__ import annotations

import argparse
import resource
import tempfile
import time
from pathlib import Path

from brokerage_app.services.printing import print_agendas, print_badges
from tests.unit.documents.scheduled_event import build_scheduled_event


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run(attendees: int) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        database, _hard = build_scheduled_event(work / "event.sqlite", attendees=attendees)
        baseline = peak_rss_mb()
        started, cpu = time.perf_counter(), time.process_time()
        badges = print_badges(database, work / "badges.pdf")
        badge_seconds = time.perf_counter() - started
        badge_cpu = time.process_time() - cpu
        started, cpu = time.perf_counter(), time.process_time()
        agendas = print_agendas(database, work / "agendas.pdf")
        agenda_seconds = time.perf_counter() - started
        agenda_cpu = time.process_time() - cpu
        database.dispose()
        return {
            "attendees": attendees + 7,
            "badge_pages": badges.pages,
            "agenda_pages": agendas.pages,
            "badge_seconds": badge_seconds,
            "agenda_seconds": agenda_seconds,
            "total_seconds": badge_seconds + agenda_seconds,
            # CPU time of this process: what the work costs when the machine is shared.
            "badge_cpu_s": badge_cpu,
            "agenda_cpu_s": agenda_cpu,
            "total_cpu_s": badge_cpu + agenda_cpu,
            "rss_before_mb": baseline,
            "peak_rss_mb": peak_rss_mb(),
        }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("attendees", type=int, nargs="?", default=2000)
    result = run(parser.parse_args().attendees)
    for key, value in result.items():
        print(f"{key:15} {value:10.1f}" if isinstance(value, float) else f"{key:15} {value:10}")


if __name__ == "__main__":
    main()
