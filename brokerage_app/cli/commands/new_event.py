"""``brokerage-app new-event``: an empty event with its days, sessions, breaks and tables."""

from __future__ import annotations

import argparse
import datetime as dt
import re

from brokerage_app.cli.common import event_location
from brokerage_app.domain.timetable import (
    BreakSpec,
    DaySpec,
    EventSpec,
    SessionSpec,
    UnusedTime,
    unused_time,
)
from brokerage_app.errors import ValidationError

_SPAN = re.compile(r"^(\d{1,2}):(\d{2})-(\d{1,2}):(\d{2})$")


def parse_span(text: str, option: str) -> tuple[dt.time, dt.time]:
    match = _SPAN.match(text.strip())
    if match is None:
        raise ValidationError(f"{option}: {text!r} is not a time span such as 09:00-12:20.")
    h1, m1, h2, m2 = (int(g) for g in match.groups())
    try:
        return dt.time(h1, m1), dt.time(h2, m2)
    except ValueError as exc:
        raise ValidationError(f"{option}: {text!r}: {exc}.") from exc


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "new-event",
        help="create an empty event file",
        description="Create an event with its days, meeting sessions, breaks and tables. "
        "Every day gets the same sessions; breaks fall inside a session.",
    )
    parser.add_argument("--name", required=True)
    parser.add_argument("--venue", default="")
    parser.add_argument("--time-zone", default="Europe/Stockholm", metavar="TZ")
    parser.add_argument("--first-day", required=True, metavar="YYYY-MM-DD")
    parser.add_argument("--days", type=int, default=1, metavar="N")
    parser.add_argument(
        "--session",
        action="append",
        metavar="HH:MM-HH:MM",
        help="a meeting session each day (repeatable; default 09:00-12:20 and 13:30-17:10)",
    )
    parser.add_argument(
        "--break",
        dest="breaks",
        action="append",
        default=[],
        metavar="HH:MM-HH:MM",
        help="a break inside a session, e.g. coffee (repeatable)",
    )
    parser.add_argument("--slot-minutes", type=int, default=20, metavar="MIN")
    parser.add_argument("--tables", type=int, required=True, metavar="N")
    parser.add_argument("--room", action="append", metavar="NAME", help="room (repeatable)")
    parser.set_defaults(func=run)


def build_spec(args: argparse.Namespace) -> EventSpec:
    try:
        first_day = dt.date.fromisoformat(args.first_day)
    except ValueError as exc:
        raise ValidationError(
            f"--first-day: {args.first_day!r} is not a date (YYYY-MM-DD)."
        ) from exc
    if not 1 <= args.days <= 14:
        raise ValidationError(f"--days: {args.days} is not between 1 and 14.")
    breaks = [parse_span(text, "--break") for text in args.breaks]
    sessions = tuple(
        SessionSpec(
            starts,
            ends,
            args.slot_minutes,
            breaks=tuple(BreakSpec(b0, b1) for b0, b1 in breaks if starts <= b0 and b1 <= ends),
        )
        for starts, ends in (
            parse_span(text, "--session")
            for text in (args.session or ["09:00-12:20", "13:30-17:10"])
        )
    )
    return EventSpec(
        name=args.name,
        venue=args.venue,
        time_zone=args.time_zone,
        days=tuple(
            DaySpec(first_day + dt.timedelta(days=i), sessions, f"Day {i + 1}")
            for i in range(args.days)
        ),
        tables=args.tables,
        rooms=tuple(args.room or ("Main hall",)),
    )


def run(args: argparse.Namespace) -> int:
    # Imported here, not at the top: parsing the command line must not load the services.
    from brokerage_app.services.events import create_event_file

    location = event_location(args)
    spec = build_spec(args)
    create_event_file(location, spec).dispose()
    print(f"Created {spec.name!r} in {location}: {len(spec.days)} day(s), {spec.tables} tables.")
    print_unused(unused_time(spec.days))
    return 0


def print_unused(unused: tuple[UnusedTime, ...]) -> None:
    """Say which sessions leave minutes that are neither a slot nor a break."""
    for item in unused:
        print(
            f"Note: {item.day.isoformat()}, session {item.session}: {item.minutes} minute(s) "
            "are neither a slot nor a break."
        )
