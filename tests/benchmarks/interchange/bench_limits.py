"""Refusing a 1,000,000-row CSV and XLSX: time and peak memory (issue 13).

    uv run python -m tests.benchmarks.interchange.bench_limits [--rows 1000000]
        [--folder DIR] [--program PATH] [--formats csv xlsx]

Writes an attendee CSV and XLSX of ``--rows`` data rows (kept in ``--folder`` and reused on
the next run, so the old and the new code read the same bytes), then runs

    brokerage-app --db EVENT import attendees FILE --dry-run

in a fresh process for each file, as an organiser would, and prints the wall time, the
process's peak resident memory (``ru_maxrss`` from ``wait4``), its exit code and the first
line it printed. ``--program PATH`` runs the code of another checkout instead, with the same
Python and libraries (e.g. the code before the limits: ``git worktree add /tmp/old-main
main``). The yardstick in the same run is the same command on a 10-row file: what any
dry run costs (start-up, opening the event).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

from openpyxl import Workbook

from brokerage_app.demo.generator import DemoOptions
from brokerage_app.services.demo import create_demo_database

FIRST = ("An", "Bo", "Ce", "Di", "Ek", "Fa", "Gu", "Hu")
LAST = ("Ek", "Li", "Ng", "Oh", "Ra", "Su")
# Three columns keep the million-row workbook under the 200 MB unpacked limit (four would
# pass it and be refused by that guard, whatever the row limit).
HEADINGS = ("Name", "Email", "Organisation")


def _row(i: int) -> tuple[str, str, str]:
    return f"{FIRST[i % len(FIRST)]} {LAST[i % len(LAST)]}", f"{i}@x.se", f"O{i % 97}"


def write_csv(path: Path, rows: int) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        handle.write(",".join(HEADINGS) + "\n")
        handle.writelines(",".join(_row(i)) + "\n" for i in range(rows))


def write_xlsx(path: Path, rows: int) -> None:
    workbook = Workbook(write_only=True)  # stores no used range: the reader must count
    sheet = workbook.create_sheet("Attendees")
    sheet.append(HEADINGS)
    for i in range(rows):
        sheet.append(_row(i))
    workbook.save(path)


def run_dry_run(program: Path | None, event: Path, source: Path) -> tuple[float, int, int, str]:
    """Seconds, peak RSS in MB, exit code and first output line of one dry run."""
    arguments = ["--db", str(event), "import", "attendees", str(source), "--dry-run"]
    prefix = f"import sys; sys.path.insert(0, {str(program)!r}); " if program else "import sys; "
    code = f"{prefix}from brokerage_app.cli import main; sys.exit(main({arguments!r}))"
    started = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-c", code],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    assert process.stdout is not None
    output = process.stdout.read()
    _pid, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)
    first = next((line for line in output.splitlines() if line.strip()), "")
    return elapsed, usage.ru_maxrss // 1024, process.returncode, first


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--folder", type=Path, default=Path("/tmp/brokerage-bench-limits"))
    parser.add_argument("--program", type=Path, help="checkout whose code to run")
    parser.add_argument("--formats", nargs="+", choices=("csv", "xlsx"), default=["csv", "xlsx"])
    args = parser.parse_args()
    args.folder.mkdir(parents=True, exist_ok=True)
    event = args.folder / "event.sqlite"
    if not event.exists():
        create_demo_database(event, DemoOptions(attendees=20)).dispose()
    small = args.folder / "small.csv"
    write_csv(small, 10)
    files = []
    for kind in args.formats:
        path = args.folder / f"attendees-{args.rows}.{kind}"
        if not path.exists():
            started = time.perf_counter()
            (write_csv if kind == "csv" else write_xlsx)(path, args.rows)
            print(f"wrote {path.name} in {time.perf_counter() - started:.1f} s")
        files.append(path)
    print(f"code: {args.program or 'this checkout'}")
    print(f"{'file':<28} {'size':>8} {'time':>9} {'peak RSS':>9}  exit  first line")
    for path in [small, *files]:
        elapsed, peak, code, first = run_dry_run(args.program, event, path)
        size = path.stat().st_size / 1e6
        print(
            f"{path.name:<28} {size:6.1f} MB {elapsed:7.2f} s {peak:6d} MB  {code:>4}  "
            f"{first[:110]}"
        )


if __name__ == "__main__":
    main()
