"""Import 10,000 attendees and ~60,000 requests from XLSX into an empty event.

    uv run python -m tests.benchmarks.interchange.bench_import [--attendees 10000] [--format csv]

The source files are made by the program itself: a demo event of that size is exported with
``export attendees --full`` and ``export requests --full`` to XLSX, then imported into a new
empty event. The baseline in the same run is reading the same XLSX rows with openpyxl and
doing nothing with them, so "ratio" says what the import costs on top of parsing the file.
Peak memory (tracemalloc, Python allocations) is reported for the re-import, which runs
under tracemalloc and is therefore slower than it would be.
"""

from __future__ import annotations

import argparse
import csv
import tempfile
import time
import tracemalloc
from pathlib import Path

from openpyxl import load_workbook

from brokerage_app.demo.generator import DemoOptions
from brokerage_app.services.demo import create_demo_database
from brokerage_app.services.events import create_event
from brokerage_app.services.exports import Audience, export_attendees, export_requests
from brokerage_app.services.imports import preview_import, run_import
from brokerage_app.store.database import open_database
from tests.unit.interchange.conftest import dst_event_spec


def read_only_baseline(path: Path) -> tuple[float, int]:
    started = time.perf_counter()
    if path.suffix == ".csv":
        with path.open(encoding="utf-8-sig", newline="") as handle:
            rows = sum(1 for _ in csv.reader(handle))
    else:
        workbook = load_workbook(path, read_only=True, data_only=True)
        rows = sum(1 for _ in workbook.worksheets[0].iter_rows(values_only=True))
        workbook.close()
    return time.perf_counter() - started, rows


def timed(label: str, baseline: float, call):  # type: ignore[no-untyped-def]
    started = time.perf_counter()
    result = call()
    elapsed = time.perf_counter() - started
    print(f"{label:<34} {elapsed:8.2f} s   ratio to reading the file: {elapsed / baseline:5.1f}")
    return result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--attendees", type=int, default=10_000)
    parser.add_argument("--requests-per-delegate", type=float, default=6.0)
    parser.add_argument("--format", choices=("xlsx", "csv"), default="xlsx")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        source = create_demo_database(
            work / "source.sqlite",
            DemoOptions(attendees=args.attendees, requests_per_delegate=args.requests_per_delegate),
        )
        attendees_file = work / f"attendees.{args.format}"
        requests_file = work / f"requests.{args.format}"
        export_attendees(source, attendees_file, audience=Audience.ORGANISER)
        export_requests(source, requests_file, audience=Audience.ORGANISER)
        source.dispose()

        target = open_database(work / "target.sqlite", create=True)
        with target.session() as session:
            create_event(session, dst_event_spec())

        attendee_base, attendee_rows = read_only_baseline(attendees_file)
        request_base, request_rows = read_only_baseline(requests_file)
        print(
            f"{attendees_file.name}: {attendee_rows - 1:,} rows, "
            f"{attendees_file.stat().st_size / 1e6:.1f} MB; {requests_file.name}: "
            f"{request_rows - 1:,} rows, {requests_file.stat().st_size / 1e6:.1f} MB"
        )
        print(f"{'read ' + attendees_file.name + ' (baseline)':<34} {attendee_base:8.2f} s")
        print(f"{'read ' + requests_file.name + ' (baseline)':<34} {request_base:8.2f} s")
        preview = timed(
            "preview attendees (dry run)",
            attendee_base,
            lambda: preview_import(target, "attendees", attendees_file),
        )
        assert preview.ok, preview.problems[:5]
        result = timed(
            "import attendees",
            attendee_base,
            lambda: run_import(target, "attendees", attendees_file),
        )
        print(
            f"  created {result.created:,} attendees, "
            f"{result.organisations_created:,} organisations"
        )
        result = timed(
            "import requests",
            request_base,
            lambda: run_import(target, "requests", requests_file),
        )
        print(f"  created {result.created:,} requests")
        # Measured apart: tracemalloc slows Python down several times.
        tracemalloc.start()
        result = timed(
            "re-import attendees (all updates)*",
            attendee_base,
            lambda: run_import(target, "attendees", attendees_file),
        )
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        print(
            f"  updated {result.updated:,} attendees; peak Python memory {peak / 1e6:.0f} MB "
            "(* timed under tracemalloc)"
        )
        target.dispose()


if __name__ == "__main__":
    main()
