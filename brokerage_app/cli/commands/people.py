"""``brokerage-app attendee|organisation delete``: removal with the documented rules."""

from __future__ import annotations

import argparse
import datetime as dt
import enum
import re
from typing import Any, TypeVar

from brokerage_app.cli.common import open_event
from brokerage_app.errors import ValidationError


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    attendee = subparsers.add_parser("attendee", help="manage one attendee")
    attendee_commands = attendee.add_subparsers(dest="attendee_command", required=True)
    delete = attendee_commands.add_parser(
        "delete",
        help="delete an attendee",
        description="Delete an attendee. One with scheduled meetings is refused unless "
        "--cascade is given, which removes their requests and meetings too.",
    )
    delete.add_argument("id", type=int, help="attendee id")
    delete.add_argument("--cascade", action="store_true", help="also remove their meetings")
    delete.set_defaults(func=run_delete_attendee)
    edit = attendee_commands.add_parser(
        "edit",
        help="change the availability, badge category, language or role of attendees",
        description="Change when one or more attendees can meet, their badge category, "
        "language or role: the options given apply to every id listed, all in one "
        "transaction (if one attendee is refused, nobody is changed). Times are the event's "
        "local time; a date alone means the start of that day for --arrival and its end for "
        "--departure; 'none' removes the limit. Placed meetings that no longer fit are listed "
        "afterwards (see check-schedule).",
    )
    edit.add_argument("ids", type=int, nargs="+", metavar="ID", help="attendee id(s)")
    edit.add_argument("--arrival", metavar="YYYY-MM-DD[THH:MM]", help="first moment present")
    edit.add_argument("--departure", metavar="YYYY-MM-DD[THH:MM]", help="moment they leave")
    edit.add_argument(
        "--days",
        metavar="YYYY-MM-DD,...",
        help="present only on these days: slots of the event's other days are blocked",
    )
    edit.add_argument("--max-meetings", metavar="N", help="most meetings for them, or 'none'")
    edit.add_argument(
        "--block-slot",
        type=int,
        nargs="*",
        metavar="ID",
        help="the slots they cannot meet "
        "in (replaces the list; give none to clear it); 'event show --slots' lists the ids",
    )
    # The values are checked when the command runs: the enums live with the database models.
    edit.add_argument(
        "--badge-category", metavar="NAME", help="delegate, exhibitor, organiser, press or staff"
    )
    edit.add_argument("--language", metavar="CODE", help="language of their documents, e.g. sv")
    edit.add_argument("--role", metavar="ROLE", help="buyer, seller or both")
    edit.set_defaults(func=run_edit_attendee)

    organisation = subparsers.add_parser("organisation", help="manage one organisation")
    organisation_commands = organisation.add_subparsers(dest="organisation_command", required=True)
    delete_org = organisation_commands.add_parser(
        "delete",
        help="delete an organisation without attendees",
        description="Delete an organisation. One that still has attendees is refused.",
    )
    delete_org.add_argument("id", type=int, help="organisation id")
    delete_org.set_defaults(func=run_delete_organisation)


def run_delete_attendee(args: argparse.Namespace) -> int:
    # Imported here, not at the top: parsing the command line must not load the services.
    from brokerage_app.cli.conflicts import report_after_change
    from brokerage_app.services.people import delete_attendee

    database = open_event(args)
    with database.session() as session:
        delete_attendee(session, args.id, cascade=args.cascade, actor="cli")
        print(f"Deleted attendee {args.id}.")
        report_after_change(session)
    return 0


def _moment(text: str, field: str, *, end_of_day: bool) -> dt.datetime | None:
    if text.lower() == "none":
        return None
    try:
        if "T" in text:
            return dt.datetime.fromisoformat(text)
        day = dt.date.fromisoformat(text)
    except ValueError:
        raise ValidationError(f"{field}: {text!r} is not YYYY-MM-DD or YYYY-MM-DDTHH:MM.") from None
    return dt.datetime.combine(day + dt.timedelta(days=1 if end_of_day else 0), dt.time())


LANGUAGE_CODE = re.compile(r"^[A-Za-z]{2,3}$")
E = TypeVar("E", bound=enum.StrEnum)


def _choice(kind: type[E], text: str, option: str) -> E:
    try:
        return kind(text.lower())
    except ValueError:
        allowed = ", ".join(member.value for member in kind)
        raise ValidationError(f"{option}: {text!r} is not one of {allowed}.") from None


def run_edit_attendee(args: argparse.Namespace) -> int:
    from brokerage_app.cli.conflicts import report_after_change
    from brokerage_app.services.people import AvailabilityEdit, edit_attendees
    from brokerage_app.store.models import AttendeeRole, BadgeCategory

    changes: dict[str, Any] = {}  # AvailabilityEdit's fields, as the options give them
    if args.arrival is not None:
        changes["arrival"] = _moment(args.arrival, "--arrival", end_of_day=False)
        changes["clear_arrival"] = changes["arrival"] is None
    if args.departure is not None:
        changes["departure"] = _moment(args.departure, "--departure", end_of_day=True)
        changes["clear_departure"] = changes["departure"] is None
    if args.days is not None:
        try:
            changes["days"] = tuple(
                dt.date.fromisoformat(d.strip()) for d in args.days.split(",") if d.strip()
            )
        except ValueError:
            raise ValidationError(f"--days: {args.days!r} is not YYYY-MM-DD,...") from None
    if args.max_meetings is not None:
        if args.max_meetings.lower() == "none":
            changes["clear_max_meetings"] = True
        elif args.max_meetings.isdigit():
            changes["max_meetings"] = int(args.max_meetings)
        else:
            raise ValidationError(f"--max-meetings: {args.max_meetings!r} is not a number.")
    if args.block_slot is not None:
        changes["blocked_slot_ids"] = tuple(args.block_slot)
    if args.badge_category is not None:
        changes["badge_category"] = _choice(BadgeCategory, args.badge_category, "--badge-category")
    if args.language is not None:
        if not LANGUAGE_CODE.match(args.language):
            raise ValidationError(f"--language: {args.language!r} is not a code such as en or sv.")
        changes["language"] = args.language.lower()
    if args.role is not None:
        changes["role"] = _choice(AttendeeRole, args.role, "--role")
    if not changes:
        raise ValidationError(
            "Nothing to change: give --arrival, --departure, --days, "
            "--max-meetings, --block-slot, --badge-category, --language "
            "or --role."
        )
    database = open_event(args)
    with database.session() as session:
        result = edit_attendees(session, args.ids, AvailabilityEdit(**changes), actor="cli")
        ids = ", ".join(str(i) for i in result.previous)
        if len(result.previous) > 1:
            print(f"Changed {len(result.changed)} of {len(result.previous)} attendees ({ids}).")
        elif result.changed:
            print(f"Changed attendee {ids}.")
        else:
            print(f"Attendee {ids} already had these values.")
        report_after_change(session)
    return 0


def run_delete_organisation(args: argparse.Namespace) -> int:
    from brokerage_app.services.people import delete_organisation

    database = open_event(args)
    with database.session() as session:
        delete_organisation(session, args.id, actor="cli")
    print(f"Deleted organisation {args.id}.")
    return 0
