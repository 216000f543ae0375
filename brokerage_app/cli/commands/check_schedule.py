"""``brokerage-app check-schedule``: does the stored schedule still fit the event?"""

from __future__ import annotations

import argparse

from brokerage_app.cli.common import open_event

EXIT_CONFLICTS = 1


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    check = subparsers.add_parser(
        "check-schedule",
        help="list placed meetings that no longer fit the event",
        description="Check the stored schedule against the event as it is now: "
        "availability (arrival, departure, blocked slots), max meetings, accepted requests, "
        "existing slots and tables, own booths, no double booking. Prints one line per "
        "conflict (meeting id, both names, slot, reason). Exits 0 when the schedule is "
        "valid, 1 when it has conflicts.",
    )
    check.set_defaults(func=run_check)


def run_check(args: argparse.Namespace) -> int:
    # Imported here, not at the top: parsing the command line must not load the services.
    from brokerage_app.cli.conflicts import CHANGED_SINCE_SOLVE, print_conflicts, summary
    from brokerage_app.services.schedule_check import schedule_state

    with open_event(args).session() as session:
        state = schedule_state(session)
    if state.check.valid:
        print("The schedule is valid: every placed meeting fits the event.")
    else:
        print(summary(state.check))
        print_conflicts(state.check)
    if state.changed_since_solve:
        print(CHANGED_SINCE_SOLVE)
    return 0 if state.check.valid else EXIT_CONFLICTS
