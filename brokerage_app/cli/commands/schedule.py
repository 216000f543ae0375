"""``brokerage-app export-problem`` and ``brokerage-app schedule``: the event's schedule."""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from brokerage_app.cli.common import add_force_argument, open_event
from brokerage_app.cli.explain import solve_summary, unscheduled_line
from brokerage_app.cli.tasks import statuses, terminal_task
from brokerage_app.errors import EventFileError

EXIT_REFUSED = 2

if TYPE_CHECKING:
    from brokerage_app.services.schedule import SolveProgressInfo


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    export = subparsers.add_parser(
        "export-problem",
        help="write the event's scheduling problem as JSON",
        description="Write the event as a scheduling problem (brokerage-schedule-problem/1): "
        "accepted requests, availability, own booths, locked and held meetings as 'fixed', "
        "the published schedule as 'previous'. Solve it with 'brokerage-app solve'.",
    )
    export.add_argument("-o", "--output", required=True, metavar="PROBLEM.json")
    add_force_argument(export)
    export.set_defaults(func=run_export)

    schedule = subparsers.add_parser(
        "schedule",
        help="compute and store the event's meeting schedule",
        description="Solve the event's schedule and store it in one transaction. Locked, "
        "held and walk-in meetings stay where they are; once the schedule is published, "
        "as few published meetings as possible move.",
    )
    schedule.add_argument("--time-limit", type=float, default=30.0, metavar="S")
    schedule.add_argument("--workers", type=int, default=2, metavar="N")
    schedule.add_argument("--seed", type=int, default=0, metavar="N")
    schedule.add_argument("--quiet", action="store_true", help="print only the result")
    schedule.add_argument(
        "--fewest-moves",
        action="store_true",
        help="move as few of the placed meetings as possible (clears conflicts that "
        "check-schedule lists, leaving the rest where it is)",
    )
    schedule.set_defaults(func=run_solve_event)

    publish_parser = subparsers.add_parser(
        "publish",
        help="publish the schedule: agendas become final",
        description="Publish the current schedule: printed agendas lose their 'provisional' "
        "mark, and later re-solves move as few of the published meetings as possible. "
        "Refused (exit 2, conflicts listed) while placed meetings no longer fit the event. "
        "The event file is backed up first.",
    )
    publish_parser.set_defaults(func=run_publish)


def run_export(args: argparse.Namespace) -> int:
    # Imported here, not at the top: parsing the command line must not load the services.
    from brokerage_app.scheduling.format import problem_to_dict
    from brokerage_app.services.outputs import OutputKind, check_output
    from brokerage_app.services.schedule import export_problem
    from brokerage_app.store.files import atomic_path

    target = Path(args.output)
    if not target.parent.is_dir():
        raise EventFileError(f"Cannot write {target}: the folder {target.parent} does not exist.")
    database = open_event(args)
    check_output(target, OutputKind.JSON, protect=database, force=args.force)
    with database.session() as session:
        event_problem = export_problem(session)
    with atomic_path(target) as partial:
        partial.write_text(
            json.dumps(problem_to_dict(event_problem.problem), indent=1, ensure_ascii=False),
            encoding="utf-8",
        )
    problem = event_problem.problem
    print(
        f"Wrote {target}: {len(problem.meetings)} meetings, {len(problem.participants)} "
        f"participants, {len(problem.slots)} slots, {len(problem.tables)} tables."
    )
    return 0


def run_solve_event(args: argparse.Namespace) -> int:
    # --time-limit is the command's: opening the event (seconds on a busy machine) counts.
    started = time.monotonic()
    from brokerage_app.scheduling.solver import SolvePhase
    from brokerage_app.services.schedule import SolveProgressInfo, run_schedule

    database = open_event(args)
    last_phase: list[SolvePhase | None] = [None]

    def show(progress: SolveProgressInfo) -> None:
        if args.quiet or progress.phase == last_phase[0]:
            return
        last_phase[0] = progress.phase
        print(
            f"{progress.elapsed:6.1f} s  {progress.phase:<14} placed {progress.placed}/"
            f"{progress.total} (at most {progress.placeable_bound}), breaks {progress.breaks} "
            f"(at least {progress.breaks_lower_bound})",
            flush=True,
        )

    time_limit = max(0.0, args.time_limit - (time.monotonic() - started))
    # Ctrl-C stops the search and stores the best schedule found so far.
    with terminal_task(statuses(SolveProgressInfo, show)) as task:
        outcome = run_schedule(
            database,
            time_limit=time_limit,
            workers=args.workers,
            seed=args.seed,
            task=task,
            actor="cli",
            keep_placed=args.fewest_moves,
        )
    print(solve_summary(outcome))
    for row in outcome.unscheduled[:20]:
        print(unscheduled_line(row))
    if len(outcome.unscheduled) > 20:
        print(
            f"  … and {len(outcome.unscheduled) - 20} more (see the Schedule page).",
            file=sys.stdout,
        )
    return 0


def run_publish(args: argparse.Namespace) -> int:
    from brokerage_app.cli.conflicts import print_conflicts, summary
    from brokerage_app.services.schedule import ScheduleConflictsError, publish

    try:
        count = publish(open_event(args), actor="cli")
    except ScheduleConflictsError as exc:
        print(f"brokerage-app: error: not published. {summary(exc.check)}", file=sys.stderr)
        print_conflicts(exc.check)
        return EXIT_REFUSED
    print(f"Published the schedule: {count} meetings.")
    return 0
