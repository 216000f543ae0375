"""Summarise a literature sweep (the CSV written by literature.py --out) against the optima.

    uv run python -m tests.benchmarks.scheduling.literature_summary results.csv

Prints one Markdown row per (variant, d) group and a total. A configuration counts as
*solved* when it matches the literature: all meetings placed with the optimal number of
breaks where the literature found a schedule placing all, or our upper bound proves that
not every meeting fits where the literature proved that. *Proven* means our own bounds
proved it within the time limit (optimal breaks, or not every meeting fits).
"""

from __future__ import annotations

import argparse
import csv
from collections import defaultdict
from pathlib import Path
from typing import NamedTuple

from tests.benchmarks.scheduling.literature import LITERATURE


class _Outcome(NamedTuple):
    solved: bool
    proven: bool
    seconds: float
    not_all_fit: bool  # according to the literature


def _verdict(row: dict[str, str], status: str) -> tuple[bool, bool]:
    meetings = int(row["meetings"])
    upper = int(row["upper_bound"]) if row["upper_bound"] else meetings
    if status.startswith("infeasible"):
        # "infeasible" in our breaks column: proven that no valid schedule exists at all
        # (fixed meetings already break the fairness limit), which includes "not all fit".
        proven = upper < meetings or row["breaks"] == "infeasible"
        return proven, proven
    if row["breaks"] == "infeasible":
        return False, False
    placed_all = int(row["scheduled"]) == meetings
    reached = placed_all and row["breaks"] == row["optimum"]
    return reached, reached and row["proven"] == "True"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("results", type=Path)
    parser.add_argument("--data", type=Path, default=LITERATURE)
    parser.add_argument(
        "--rows", default="", help="also list each configuration of VARIANT:D, e.g. original:2"
    )
    args = parser.parse_args(argv)
    status = {
        (r["dzn_file"], r["fairness_d"]): r["maxsat_status"]
        for r in csv.DictReader((args.data / "best_known.csv").open())
    }
    groups: dict[str, list[_Outcome]] = defaultdict(list)
    slowest: list[tuple[float, str]] = []
    for row in csv.DictReader(args.results.open()):
        state = status[(row["dzn_file"], row["d"])]
        solved, proven = _verdict(row, state)
        seconds = float(row["seconds"])
        group = f"{row['dzn_file'].split('.')[1]} d={row['d']}"
        groups[group].append(_Outcome(solved, proven, seconds, state.startswith("infeasible")))
        slowest.append((seconds, f"{row['dzn_file']} d={row['d']}"))
    print("| variant | configs | not all fit (literature) | solved | proven by us | total s |")
    print("|---|---|---|---|---|---|")
    everything: list[_Outcome] = []
    for group in sorted(groups):
        rows = groups[group]
        everything.extend(rows)
        print(_line(group, rows))
    print(_line("**all**", everything))
    fits = [o for o in everything if not o.not_all_fit]
    does_not = [o for o in everything if o.not_all_fit]
    print(
        f"\nevery meeting fits: {sum(o.solved for o in fits)} of {len(fits)} at the optimum; "
        f"not all fit: proven in {sum(o.solved for o in does_not)} of {len(does_not)}; "
        f"unsolved: {len(everything) - sum(o.solved for o in everything)}; "
        f"slowest: {max(slowest)[1]} ({max(slowest)[0]:.1f} s)"
    )
    if args.rows:
        _print_rows(args.results, args.rows, status)
    return 0


def _print_rows(results: Path, wanted: str, status: dict[tuple[str, str], str]) -> None:
    print("\n| instance | optimum | breaks | lower bound | scheduled / meetings | proven | s |")
    print("|---|---|---|---|---|---|---|")
    for row in csv.DictReader(results.open()):
        if f"{row['dzn_file'].split('.')[1]}:{row['d']}" != wanted:
            continue
        optimum = row["optimum"] or status[(row["dzn_file"], row["d"])]
        print(
            f"| {row['instance']} | {optimum} | {row['breaks']} | {row['lower_bound']} "
            f"| {row['scheduled']}/{row['meetings']} | {'yes' if row['proven'] == 'True' else 'no'} "
            f"| {row['seconds']} |"
        )


def _line(name: str, rows: list[_Outcome]) -> str:
    return (
        f"| {name} | {len(rows)} | {sum(o.not_all_fit for o in rows)} "
        f"| {sum(o.solved for o in rows)} | {sum(o.proven for o in rows)} "
        f"| {sum(o.seconds for o in rows):.0f} |"
    )


if __name__ == "__main__":
    raise SystemExit(main())
