"""``brokerage-app export attendees|requests|schedule|ical``: spreadsheets and calendars."""

from __future__ import annotations

import argparse
from pathlib import Path

from brokerage_app.cli.common import add_force_argument, open_event
from brokerage_app.cli.tasks import terminal_task

_FULL_HELP = (
    "organiser-only full export: every email and phone number, and every attendee even if "
    "they declined public listing. Without --full the file is safe to share: contact "
    "details only of people who consented to sharing them, and only people who agreed to "
    "be listed. Use --full for re-importing or for the organiser's own desk."
)
# Kind -> (function in brokerage_app.services.exports, help, description); the function is
# looked up by name when the command runs so that parsing does not import the exporters.
_TABLES = {
    "attendees": (
        "export_attendees",
        "all attendees with their organisations",
        "One row per attendee with the importer's headings, so the file can be edited and "
        "imported again.",
    ),
    "requests": (
        "export_requests",
        "all meeting requests",
        "One row per request: Requester and Requested hold external IDs (else emails), so "
        "the file imports back.",
    ),
    "schedule": (
        "export_schedule",
        "the meeting schedule",
        "One row per scheduled, held or no-show meeting: day, time, table, room and both "
        "parties, in time and table order.",
    ),
}


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "export",
        help="export attendees, requests or the schedule (CSV/XLSX), or calendars (iCalendar)",
        description="Export to CSV (UTF-8 with BOM, opens correctly in Excel) or XLSX; the "
        "file name's ending chooses the format. Cells that a spreadsheet would run as a "
        "formula (starting with = + - @) are prefixed with an apostrophe.",
    )
    kinds = parser.add_subparsers(dest="kind", metavar="WHAT", required=True)
    for kind, (_, summary, description) in _TABLES.items():
        sub = kinds.add_parser(kind, help=summary, description=description)
        sub.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.csv|FILE.xlsx")
        sub.add_argument("--full", action="store_true", help=_FULL_HELP)
        add_force_argument(sub)
        sub.set_defaults(func=run_table)
    ical = kinds.add_parser(
        "ical",
        help="one iCalendar (.ics) file per attendee with meetings",
        description="Write one .ics file per attendee with meetings into DIR (created if "
        "missing): one event per meeting with table and counterpart, in the event's time "
        "zone. UIDs are stable, so importing a newer file updates the calendar. A "
        "counterpart's email and phone appear only with their consent.",
    )
    ical.add_argument("-o", "--output", required=True, type=Path, metavar="DIR")
    add_force_argument(ical)
    ical.set_defaults(func=run_ical)


def run_table(args: argparse.Namespace) -> int:
    # Imported here, not at the top: parsing the command line must not load the services.
    from brokerage_app.services import exports
    from brokerage_app.services.exports import Audience

    export = getattr(exports, _TABLES[args.kind][0])
    audience = Audience.ORGANISER if args.full else Audience.SHARED
    database = open_event(args)
    try:
        with terminal_task() as task:
            result = export(database, args.output, audience=audience, task=task, force=args.force)
    finally:
        database.dispose()
    scope = "organiser-only, full contact details" if args.full else "for sharing"
    print(f"Wrote {result.rows} row(s) of {args.kind} to {result.path} ({scope}).")
    return 0


def run_ical(args: argparse.Namespace) -> int:
    from brokerage_app.services.exports import export_calendars

    database = open_event(args)
    try:
        with terminal_task() as task:
            result = export_calendars(database, args.output, task=task, force=args.force)
    finally:
        database.dispose()
    print(
        f"Wrote {result.files} calendar file(s) with {result.meetings} meeting(s) to {result.folder}."
    )
    return 0
