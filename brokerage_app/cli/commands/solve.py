"""``brokerage-app solve PROBLEM.json -o SCHEDULE.json``: the solver on interchange files."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from brokerage_app.cli.common import add_force_argument

if TYPE_CHECKING:
    from brokerage_app.scheduling.format import Schedule
    from brokerage_app.scheduling.solver import SolveProgress

EXIT_OK = 0
EXIT_BAD_INPUT = 2
PROGRESS_EVERY_SECONDS = 1.0
WRITE_SECONDS_PER_MEETING = 0.00005


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "solve",
        help="schedule meetings from a problem JSON file into a schedule JSON file",
        description=(
            "Read a scheduling problem (brokerage-schedule-problem/1), compute the schedule "
            "(brokerage-schedule/1) and write it. Exit code 2 on a bad problem file; "
            "nothing is written then."
        ),
    )
    parser.add_argument("problem", type=Path, metavar="PROBLEM.json")
    parser.add_argument("-o", "--output", type=Path, required=True, metavar="SCHEDULE.json")
    parser.add_argument(
        "--time-limit", type=float, default=60.0, metavar="S", help="seconds (default 60)"
    )
    parser.add_argument(
        "--workers", type=int, default=2, metavar="N", help="CP-SAT threads (default 2)"
    )
    parser.add_argument("--seed", type=int, default=0, metavar="N", help="random seed")
    add_force_argument(parser)
    parser.set_defaults(func=run_solve)


def summary(schedule: Schedule) -> str:
    st = schedule.stats
    placed = sum(st.scheduled)
    head = (
        f"{placed} meetings scheduled (priority 3/2/1: "
        f"{'/'.join(map(str, st.scheduled))}), {len(schedule.unscheduled)} unscheduled, "
        f"{st.breaks} breaks, {st.moved} moved, {st.solve_seconds:.1f} s"
    )
    if st.proven_optimal:
        return f"{head}: optimal"
    missing = sum(ub - got for ub, got in zip(st.upper_bound, st.scheduled, strict=True))
    extra_breaks = st.breaks - st.breaks_lower_bound
    gaps = []
    if missing:
        gaps.append(f"{missing} meeting{'s' if missing != 1 else ''}")
    if extra_breaks:
        gaps.append(f"{extra_breaks} break{'s' if extra_breaks != 1 else ''}")
    if not gaps:
        # Every bound is met but a level (e.g. moved) could not be proven optimal.
        return f"{head}: within 0 of the proven bounds, optimality not proven"
    return f"{head}: within {' and '.join(gaps)} of optimal"


def run_solve(args: argparse.Namespace) -> int:
    # --time-limit is the command's: loading the problem and writing the schedule count.
    started = time.monotonic()
    # Imported here, not at the top: the solver loads OR-Tools, which parsing must not pay for.
    from brokerage_app.scheduling.format import ProblemFormatError, load_problem, write_schedule
    from brokerage_app.scheduling.solver import ProblemInfeasibleError, SolvePhase, solve

    try:
        problem = load_problem(args.problem)
    except FileNotFoundError:
        print(f"brokerage-app: error: {args.problem}: no such file", file=sys.stderr)
        return EXIT_BAD_INPUT
    except ProblemFormatError as exc:
        print(f"brokerage-app: error: {args.problem}: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    if args.workers < 1 or args.time_limit < 0:
        print("brokerage-app: error: --workers must be >= 1 and --time-limit >= 0", file=sys.stderr)
        return EXIT_BAD_INPUT
    from brokerage_app.services.outputs import OutputKind, check_output

    check_output(args.output, OutputKind.JSON, also_protect=[args.problem], force=args.force)
    last_print = [-PROGRESS_EVERY_SECONDS]

    def progress(p: SolveProgress) -> None:
        now = time.monotonic()
        if (
            p.phase not in (SolvePhase.GREEDY, SolvePhase.DONE)
            and now - last_print[0] < PROGRESS_EVERY_SECONDS
        ):
            return
        last_print[0] = now
        print(
            f"[{p.elapsed:6.1f}s] {p.phase}: scheduled {'/'.join(map(str, p.scheduled))} "
            f"(bound {'/'.join(map(str, p.upper_bound))}), moved {p.moved}, "
            f"breaks {p.breaks} (bound {p.breaks_lower_bound})",
            flush=True,
        )

    try:
        schedule = solve(
            problem,
            time_limit=max(
                0.0,
                args.time_limit
                - (time.monotonic() - started)
                - min(0.05 * args.time_limit, WRITE_SECONDS_PER_MEETING * len(problem.meetings)),
            ),
            workers=args.workers,
            seed=args.seed,
            on_progress=progress,
        )
    except ProblemInfeasibleError as exc:
        print(f"brokerage-app: error: {args.problem}: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    write_schedule(schedule, args.output)
    print(summary(schedule))
    print(f"written {args.output}")
    return EXIT_OK
