"""``brokerage-app meeting`` and ``brokerage-app walk-in``: meetings on the day."""

from __future__ import annotations

import argparse
import datetime as dt

from brokerage_app.cli.common import open_event
from brokerage_app.domain.calendar_words import date_day_time
from brokerage_app.errors import ValidationError

# Command -> value of brokerage_app.store.models.MeetingStatus; the enum is made when the
# command runs, so that parsing does not import the models (and SQLAlchemy).
_STATUS = {
    "held": "held",
    "no-show": "no_show",
    "scheduled": "scheduled",
}
# Feedback word -> value of brokerage_app.store.models.MeetingOutcome ("none" clears it).
FEEDBACK = {
    "did-not-take-place": "did_not_take_place",
    "insufficient-interest": "no_interest",
    "informative": "informative",
    "cooperation-possible": "cooperation_possible",
    "none": None,
}


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    meeting = subparsers.add_parser(
        "meeting",
        help="mark a meeting held or no-show on the day",
        description="Record what happened to a meeting on the day. A no-show frees its "
        "table for walk-in meetings; 'scheduled' takes a mark back.",
    )
    commands = meeting.add_subparsers(dest="meeting_command", required=True)
    for name, status in _STATUS.items():
        mark = commands.add_parser(name, help=f"mark a meeting {status.replace('_', ' ')}")
        mark.add_argument("meeting_id", type=int, metavar="MEETING_ID")
        mark.set_defaults(func=run_mark, status=status)
    outcome = commands.add_parser(
        "outcome",
        help="record a meeting's feedback and whether an agreement was reached",
        description="Record how a meeting went, as funders count it: the feedback "
        "(did-not-take-place, insufficient-interest, informative = very informative but no "
        "cooperation planned, cooperation-possible, or none to clear it) and whether an "
        "agreement was reached. Feedback that says the meeting took place marks it held; "
        "did-not-take-place marks it a no-show. The after-event report counts both.",
    )
    outcome.add_argument("meeting_id", type=int, metavar="MEETING_ID")
    outcome.add_argument(
        "feedback", choices=tuple(FEEDBACK), metavar="FEEDBACK", help=", ".join(FEEDBACK)
    )
    outcome.add_argument(
        "--agreement", action="store_true", help="an agreement was reached in or after it"
    )
    outcome.set_defaults(func=run_outcome)
    confirm = commands.add_parser(
        "confirm",
        help="both badges scanned at a table: mark their meeting held",
        description="Mark as held the meeting of the two badge holders nearest to now.",
    )
    confirm.add_argument("code_a", metavar="CODE_A")
    confirm.add_argument("code_b", metavar="CODE_B")
    confirm.add_argument("--at", type=_moment, metavar="YYYY-MM-DDTHH:MM", help="local time")
    confirm.set_defaults(func=run_confirm)

    place = commands.add_parser(
        "place",
        help="place a request the schedule left out by hand, or list where it fits",
        description="Without --slot and --table: list the slots and tables where the "
        "accepted, unscheduled request fits (the same rules as dragging a meeting). With "
        "both: place it there, locked, so that a re-solve keeps it.",
    )
    place.add_argument("request_id", type=int, metavar="REQUEST_ID")
    place.add_argument("--slot", type=int, metavar="SLOT_ID", help="place it in this slot")
    place.add_argument("--table", type=int, metavar="TABLE_ID", help="at this table")
    place.add_argument("--limit", type=int, default=20, metavar="N", help="places to list")
    place.set_defaults(func=run_place)

    walk_in = subparsers.add_parser(
        "walk-in",
        help="free places for a walk-in meeting of two attendees, and book one",
        description="List free slots and tables where attendees A and B can meet (both "
        "present and free, at a booth if one has one, tables of no-shows included). With "
        "--book, book the first place (or the one given by --slot and --table).",
    )
    walk_in.add_argument("attendee_a", type=int, metavar="A", help="attendee id")
    walk_in.add_argument("attendee_b", type=int, metavar="B", help="attendee id")
    walk_in.add_argument(
        "--from",
        dest="from_time",
        type=_moment,
        metavar="YYYY-MM-DDTHH:MM",
        help="earliest start, local event time (default: now)",
    )
    walk_in.add_argument("--book", action="store_true", help="book a place")
    walk_in.add_argument("--slot", type=int, metavar="SLOT_ID", help="with --book: this slot")
    walk_in.add_argument("--table", type=int, metavar="TABLE_ID", help="with --book: this table")
    walk_in.add_argument("--limit", type=int, default=20, metavar="N", help="places to list")
    walk_in.set_defaults(func=run_walk_in)


def _moment(text: str) -> dt.datetime:
    try:
        return dt.datetime.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"{text!r} is not a time like 2027-05-11T10:20") from exc


def run_mark(args: argparse.Namespace) -> int:
    # Imported here, not at the top: parsing the command line must not load the services.
    from brokerage_app.services.meetings_on_the_day import set_meeting_status
    from brokerage_app.store.models import MeetingStatus

    database = open_event(args)
    with database.session() as session:
        state = set_meeting_status(
            session, args.meeting_id, MeetingStatus(args.status), actor="cli"
        )
    database.dispose()
    print(state.describe())
    return 0


def run_outcome(args: argparse.Namespace) -> int:
    from brokerage_app.services.meetings_on_the_day import record_outcome
    from brokerage_app.store.models import MeetingOutcome

    value = FEEDBACK[args.feedback]
    database = open_event(args)
    try:
        with database.session() as session:
            state = record_outcome(
                session,
                args.meeting_id,
                MeetingOutcome(value) if value else None,
                args.agreement,
                actor="cli",
            )
    finally:
        database.dispose()
    print(state.describe())
    return 0


def run_confirm(args: argparse.Namespace) -> int:
    from brokerage_app.services.meetings_on_the_day import confirm_meeting_by_badges

    database = open_event(args)
    state = confirm_meeting_by_badges(database, args.code_a, args.code_b, args.at, actor="cli")
    database.dispose()
    print(state.describe())
    return 0


def run_place(args: argparse.Namespace) -> int:
    if (args.slot is None) != (args.table is None):
        raise ValidationError("--slot and --table: give both to place, neither to list places.")
    from brokerage_app.services.schedule import place_request, place_targets, schedule_grid

    database = open_event(args)
    try:
        with database.session() as session:
            if args.slot is not None:
                meeting_id = place_request(
                    session, args.request_id, args.slot, args.table, actor="cli"
                )
                print(f"Placed request {args.request_id} as meeting {meeting_id} (locked).")
                return 0
            targets = place_targets(session, args.request_id)
            fits = {place for place, reason in targets.items() if reason == ""}
            grid = schedule_grid(session)
    finally:
        database.dispose()
    if not fits:
        print(f"Request {args.request_id} fits in no free cell.")
        return 1
    print(f"Request {args.request_id} fits in {len(fits)} cell(s):")
    shown = 0
    for slot in grid.slots:
        for table in grid.tables:
            if (slot.id, table.id) in fits and shown < args.limit:
                name = table.label or f"Table {table.number}"
                print(f"  slot {slot.id} {date_day_time(slot.starts_at)}, table {table.id} {name}")
                shown += 1
    return 0


def run_walk_in(args: argparse.Namespace) -> int:
    if (args.slot is None) != (args.table is None):
        raise ValidationError("--slot and --table: give both, or neither to take the first place.")
    if args.slot is not None and not args.book:
        raise ValidationError("--slot/--table: only together with --book.")
    from brokerage_app.services.meetings_on_the_day import book_walk_in, walk_in_options

    database = open_event(args)
    try:
        with database.session() as session:
            if args.book and args.slot is not None:
                booking = book_walk_in(
                    session, args.attendee_a, args.attendee_b, args.slot, args.table, actor="cli"
                )
                print(f"Booked {booking.meeting.describe()}")
                return 0
            options = walk_in_options(session, args.attendee_a, args.attendee_b, args.from_time)
            if not options:
                print("No free place for these two for the rest of the event.")
                return 1
            if args.book:
                first = options[0]
                booking = book_walk_in(
                    session,
                    args.attendee_a,
                    args.attendee_b,
                    first.slot_id,
                    first.table_id,
                    actor="cli",
                )
                print(f"Booked {booking.meeting.describe()}")
                return 0
            for option in options[: args.limit]:
                note = (
                    f" (no-show meeting {option.replaces_meeting_id})"
                    if option.replaces_meeting_id
                    else ""
                )
                print(
                    f"slot {option.slot_id:>4}  {date_day_time(option.starts_at)}-"
                    f"{option.ends_at:%H:%M}  table {option.table_id:>4} "
                    f"{option.table_name}{note}"
                )
            if len(options) > args.limit:
                print(f"… and {len(options) - args.limit} more places (--limit N)")
            return 0
    finally:
        database.dispose()
