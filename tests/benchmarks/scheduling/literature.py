"""Run the solver on the Bofill et al. (JAIR 2022) configurations and compare with the optima.

    uv run python -m tests.benchmarks.scheduling.literature [--time-limit 60] [--workers 2]
        [--only forum-13] [--variants original] [--d 2] [--exclude-d-variant original:2]
        [--out results.csv]

Each configuration of best_known.csv (200: 140 files, fairness d from the csv) is converted
with tests/benchmarks/scheduling/dzn.py and solved; one CSV line per configuration is printed
and appended to --out as soon as it finishes, so a long sweep can be watched or resumed.

The literature asks whether every meeting fits and, if so, for the fewest breaks. Once our
upper bound proves that not every meeting fits, that question is answered and the solve is
cancelled (column `stopped`); a product solve would go on placing as many as possible.
"""

from __future__ import annotations

import argparse
import csv
import sys
import threading
import time
from pathlib import Path

from brokerage_app.scheduling.solver import ProblemInfeasibleError, SolveProgress, solve
from brokerage_app.scheduling.validate import validate_schedule
from tests.benchmarks.scheduling.dzn import load_dzn

LITERATURE = Path("/work/shared/benchmarks/b2b_literature")
FIELDS = [
    "instance",
    "dzn_file",
    "d",
    "optimum",
    "breaks",
    "lower_bound",
    "scheduled",
    "upper_bound",
    "meetings",
    "proven",
    "valid",
    "seconds",
    "stopped",
]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--time-limit", type=float, default=60.0)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--only", default="", help="substring of the instance/file name")
    parser.add_argument("--variants", default="", help="comma list, e.g. original,prec15")
    parser.add_argument("--d", default="", help="comma list of fairness values, e.g. 2")
    parser.add_argument(
        "--exclude-d-variant",
        default="",
        help="skip this (variant:d) pair, e.g. original:2 to run everything but the originals",
    )
    parser.add_argument("--data", type=Path, default=LITERATURE)
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args(argv)
    rows = list(csv.DictReader((args.data / "best_known.csv").open()))
    variants = [v for v in args.variants.split(",") if v]
    done: set[tuple[str, str]] = set()
    if args.out is not None and args.out.exists():
        done = {(r["dzn_file"], r["d"]) for r in csv.DictReader(args.out.open())}
    writer = None
    if args.out is not None:
        new_file = not args.out.exists()
        handle = args.out.open("a", newline="")
        writer = csv.DictWriter(handle, FIELDS)
        if new_file:
            writer.writeheader()
    print(",".join(FIELDS), flush=True)
    for row in rows:
        name = row["dzn_file"]
        if args.only and args.only not in name:
            continue
        if variants and name.split(".")[1] not in variants:
            continue
        fairness_values = [d for d in args.d.split(",") if d]
        if fairness_values and row["fairness_d"] not in fairness_values:
            continue
        if args.exclude_d_variant == f"{name.split('.')[1]}:{row['fairness_d']}":
            continue
        if (name, row["fairness_d"]) in done:
            continue
        problem = load_dzn(args.data / "instances" / name, int(row["fairness_d"]))
        cancel = threading.Event()

        def stop_when_not_all_fit(
            progress: SolveProgress,
            cancel: threading.Event = cancel,
            meetings: int = len(problem.meetings),
        ) -> None:
            if sum(progress.upper_bound) < meetings:
                cancel.set()

        started = time.monotonic()
        try:
            schedule = solve(
                problem,
                time_limit=args.time_limit,
                workers=args.workers,
                on_progress=stop_when_not_all_fit,
                cancel=cancel,
            )
            seconds = time.monotonic() - started
            st = schedule.stats
            result = {
                "breaks": st.breaks,
                "lower_bound": st.breaks_lower_bound,
                "scheduled": sum(st.scheduled),
                # Below "meetings" = proven that not every meeting fits.
                "upper_bound": sum(st.upper_bound),
                "proven": st.proven_optimal,
                "valid": not validate_schedule(problem, schedule),
            }
        except ProblemInfeasibleError:
            seconds = time.monotonic() - started
            result = {
                "breaks": "infeasible",
                "lower_bound": "",
                "scheduled": 0,
                "upper_bound": "",
                "proven": False,
                "valid": True,
            }
        line = {
            "instance": row["instance"],
            "dzn_file": name,
            "d": row["fairness_d"],
            "optimum": row["optimum_total_breaks"],
            "meetings": len(problem.meetings),
            "seconds": f"{seconds:.1f}",
            "stopped": "not all fit" if cancel.is_set() else "",
            **result,
        }
        print(",".join(str(line[f]) for f in FIELDS), flush=True)
        if writer is not None:
            writer.writerow(line)
            handle.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
