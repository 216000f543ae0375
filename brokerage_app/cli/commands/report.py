"""``brokerage-app report -o FILE.pdf``: the after-event report for organiser and funder."""

from __future__ import annotations

import argparse
from pathlib import Path

from brokerage_app.cli.common import add_force_argument, open_event
from brokerage_app.cli.tasks import terminal_task


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "report",
        help="write the after-event report (PDF)",
        description="Write the after-event report: requests, meetings scheduled, held and "
        "no-show by country, sector and organisation type with charts, meeting outcomes, "
        "and an anonymised meeting list for the funder (no names).",
    )
    parser.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.pdf")
    add_force_argument(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    # Imported here, not at the top: parsing the command line must not load the services.
    from brokerage_app.services.report import build_report

    database = open_event(args)
    try:
        with terminal_task() as task:
            figures = build_report(database, args.output, task=task, force=args.force)
    finally:
        database.dispose()
    print(
        f"Wrote {args.output}: {figures.attendees} attendees, {figures.requests} requests, "
        f"{figures.meetings} meetings ({figures.meetings_held} held, "
        f"{figures.meetings_no_show} no-shows)."
    )
    return 0
