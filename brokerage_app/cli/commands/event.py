"""``brokerage-app event``: change the event after set-up, one transaction per command."""

from __future__ import annotations

import argparse
import datetime as dt
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from brokerage_app.cli.commands.new_event import parse_span, print_unused
from brokerage_app.cli.common import open_event
from brokerage_app.constants import PAGE_SIZE_NAMES
from brokerage_app.domain.timetable import BreakSpec, DaySpec, SessionSpec
from brokerage_app.errors import NotFoundError, ValidationError

if TYPE_CHECKING:
    from collections.abc import Callable

    from sqlalchemy.orm import Session

    from brokerage_app.services.event_settings import EventSettings, TableSetting


def _size(text: str) -> tuple[float, float]:
    width, _, height = text.lower().partition("x")
    try:
        return float(width), float(height)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a size such as 80x50") from None


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD)") from None


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    event = subparsers.add_parser(
        "event",
        help="show or change the event: name, days, sessions, breaks, slots, rooms, tables",
        description="Show or change the event after set-up. Each change is one transaction. "
        "When slots change, a meeting whose day and start time still exist keeps its place; "
        "the others are listed as conflicts (re-solve with 'schedule --fewest-moves').",
    )
    commands = event.add_subparsers(dest="event_command", required=True, metavar="SUBCOMMAND")

    def add(
        name: str, help_text: str, func: Callable[[argparse.Namespace], int], description: str = ""
    ) -> argparse.ArgumentParser:
        parser: argparse.ArgumentParser = commands.add_parser(
            name, help=help_text, description=description or help_text
        )
        parser.set_defaults(func=func)
        return parser

    show = add("show", "print the event's days, sessions, breaks, rooms and tables", run_show)
    show.add_argument(
        "--slots",
        action="store_true",
        help="also list each session's slots with their ids (for attendee edit --block-slot)",
    )
    details = add("set", "change the event's name, venue, time zone or venue map", run_set)
    details.add_argument("--name")
    details.add_argument("--venue")
    details.add_argument("--time-zone", metavar="TZ", help="such as Europe/Stockholm")
    venue_map = details.add_mutually_exclusive_group()
    venue_map.add_argument(
        "--venue-map",
        type=Path,
        metavar="IMAGE",
        help="a PNG or JPEG of the venue, printed on the last page of every agenda",
    )
    venue_map.add_argument("--no-venue-map", action="store_true", help="print no venue map")

    day = add("add-day", "add a day with the same sessions as another day", run_add_day)
    day.add_argument("date", type=_date, metavar="YYYY-MM-DD")
    day.add_argument(
        "--like", type=_date, metavar="YYYY-MM-DD", help="copy this day (default: the last)"
    )
    day.add_argument("--label", default="")
    remove_day = add(
        "remove-day", "remove a day; its placed meetings become conflicts", run_remove_day
    )
    remove_day.add_argument("date", type=_date, metavar="YYYY-MM-DD")

    sessions = add(
        "sessions",
        "set one day's (or every day's) meeting sessions",
        run_sessions,
        "Replace the meeting sessions of a day (or of every day with --all-days). Breaks "
        "inside a new session's span are kept.",
    )
    sessions.add_argument("spans", nargs="+", metavar="HH:MM-HH:MM")
    where = sessions.add_mutually_exclusive_group(required=True)
    where.add_argument("--day", type=_date, metavar="YYYY-MM-DD")
    where.add_argument("--all-days", action="store_true")

    add_break = add("add-break", "add a break inside the session that spans it", run_add_break)
    add_break.add_argument("span", metavar="HH:MM-HH:MM")
    add_break.add_argument("--name", default="Break")
    add_break.add_argument("--day", type=_date, metavar="YYYY-MM-DD", help="default: every day")
    remove_break = add("remove-break", "remove the break starting at a time", run_remove_break)
    remove_break.add_argument("starts", metavar="HH:MM")
    remove_break.add_argument("--day", type=_date, metavar="YYYY-MM-DD", help="default: every day")

    length = add("slot-length", "set the meeting slot length in minutes", run_slot_length)
    length.add_argument("minutes", type=int)
    length.add_argument("--day", type=_date, metavar="YYYY-MM-DD", help="default: every day")

    room = add("add-room", "add a room", run_add_room)
    room.add_argument("name")
    remove_room = add("remove-room", "remove a room without tables", run_remove_room)
    remove_room.add_argument("name")
    rename_room = add("rename-room", "rename a room", run_rename_room)
    rename_room.add_argument("name")
    rename_room.add_argument("new_name")

    table = add("add-table", "add a table (numbered after the last)", run_add_table)
    table.add_argument("--label", default="")
    table.add_argument("--room", default="")
    table.add_argument("--owner", type=int, metavar="ATTENDEE_ID", help="make it their booth")
    remove_table = add(
        "remove-table", "remove a table; its placed meetings become conflicts", run_remove_table
    )
    remove_table.add_argument("number", type=int)
    rename = add("rename-table", "give a table a label (empty for its number)", run_rename_table)
    rename.add_argument("number", type=int)
    rename.add_argument("label")
    booth = add(
        "booth", "make a table an exhibitor's own booth, or a shared table again", run_booth
    )
    booth.add_argument("number", type=int)
    owner = booth.add_mutually_exclusive_group(required=True)
    owner.add_argument("--owner", type=int, metavar="ATTENDEE_ID")
    owner.add_argument("--shared", action="store_true", help="no owner")

    labels = add(
        "badge-layout",
        "show, set or remove the event's own badge label sheet",
        run_badge_layout,
        "The event's own label sheet, printed with 'print badges --layout custom'. Sizes in "
        "mm; without --left/--top the labels are centred. Without --label, show the saved one.",
    )
    labels.add_argument("--page", choices=PAGE_SIZE_NAMES, default="a4")
    labels.add_argument("--columns", type=int, default=2)
    labels.add_argument("--rows", type=int, default=4)
    labels.add_argument("--label", type=_size, metavar="WxH", help="label size in mm: 80x50")
    labels.add_argument("--left", type=float, metavar="MM", help="sheet edge to first label")
    labels.add_argument("--top", type=float, metavar="MM", help="sheet top to first label")
    labels.add_argument("--gap-x", type=float, default=0.0, metavar="MM", help="column gutter")
    labels.add_argument("--gap-y", type=float, default=0.0, metavar="MM", help="row gutter")
    labels.add_argument("--die-cut", action="store_true", help="pre-cut labels: no cut marks")
    labels.add_argument("--remove", action="store_true", help="remove the saved layout")


# ----------------------------------------------------------------------------- running


def _change(args: argparse.Namespace, edit: Callable[[EventSettings], EventSettings]) -> int:
    # Imported here, not at the top: parsing the command line must not load the services.
    from brokerage_app.cli.conflicts import report_after_change
    from brokerage_app.services.event_settings import apply_event_settings, event_settings

    database = open_event(args)
    with database.session("change the event") as session:
        change = apply_event_settings(session, edit(event_settings(session)), actor="cli")
        print(
            f"Changed the event: {change.slots_kept} slots kept, {change.slots_added} added, "
            f"{change.slots_removed} removed."
        )
        kept = change.slots_kept_for_meetings + change.tables_kept_for_meetings
        if kept:
            print(
                f"{change.slots_kept_for_meetings} removed slot(s) and "
                f"{change.tables_kept_for_meetings} removed table(s) stay for the meetings "
                "placed there until those move."
            )
        print_unused(change.unused)
        report_after_change(session)
    database.dispose()
    return 0


def run_show(args: argparse.Namespace) -> int:
    from brokerage_app.domain.timetable import unused_time
    from brokerage_app.services.event_settings import event_settings

    with open_event(args).session() as session:
        s = event_settings(session)
        slots = _session_slots(session) if args.slots else {}
    print(f"Event:     {s.name}" + (f" at {s.venue}" if s.venue else "") + f" ({s.time_zone})")
    if s.venue_map:
        print(f"Venue map: an image of {len(s.venue_map) // 1024} KB, on every agenda's last page")
    for day in s.days:
        print(f"Day {day.date.isoformat()} {day.label}".rstrip())
        for number, block in enumerate(day.sessions, start=1):
            pauses = ", ".join(f"{b.name} {b.starts:%H:%M}-{b.ends:%H:%M}" for b in block.breaks)
            print(
                f"  session {number}: {block.starts:%H:%M}-{block.ends:%H:%M}, "
                f"{block.slot_minutes}-minute slots" + (f"; {pauses}" if pauses else "")
            )
            if args.slots:
                listed = slots.get((day.date, block.starts), [])
                print("    slots: " + ", ".join(f"{i} {t:%H:%M}" for i, t in listed))
    print(f"Rooms:     {', '.join(s.rooms)}")
    for t in s.tables:
        extra = [
            x
            for x in (t.label, t.room, f"booth of attendee {t.owner_id}" if t.owner_id else "")
            if x
        ]
        print(f"Table {t.number}" + (f": {', '.join(extra)}" if extra else ""))
    print_unused(unused_time(s.days))
    return 0


def _session_slots(
    session: Session,
) -> dict[tuple[dt.date, dt.time], list[tuple[int, dt.datetime]]]:
    from sqlalchemy import select

    from brokerage_app.store.models import EventDay, MeetingSession, Slot

    out: dict[tuple[dt.date, dt.time], list[tuple[int, dt.datetime]]] = {}
    rows = session.execute(
        select(EventDay.date, MeetingSession.starts, Slot.id, Slot.starts_at)
        .join(MeetingSession, Slot.session_id == MeetingSession.id)
        .join(EventDay, MeetingSession.day_id == EventDay.id)
        .order_by(Slot.starts_at)
    )
    for date, starts, slot_id, slot_starts in rows:
        out.setdefault((date, starts), []).append((slot_id, slot_starts))
    return out


def run_set(args: argparse.Namespace) -> int:
    from brokerage_app.services.event_settings import load_venue_map

    changes: dict[str, Any] = {
        k: v
        for k, v in (("name", args.name), ("venue", args.venue), ("time_zone", args.time_zone))
        if v is not None
    }
    if args.venue_map is not None:
        changes["venue_map"] = load_venue_map(args.venue_map)
    elif args.no_venue_map:
        changes["venue_map"] = None
    if not changes:
        raise ValidationError(
            "Nothing to change: give --name, --venue, --time-zone, --venue-map or --no-venue-map."
        )
    return _change(args, lambda s: replace(s, **changes))


def _day(settings: EventSettings, date: dt.date) -> DaySpec:
    for day in settings.days:
        if day.date == date:
            return day
    raise NotFoundError(f"The event has no day {date.isoformat()}.")


def _days_where(
    settings: EventSettings, date: dt.date | None, edit: Callable[[DaySpec], DaySpec]
) -> EventSettings:
    if date is not None:
        _day(settings, date)
    return replace(
        settings,
        days=tuple(edit(d) if date is None or d.date == date else d for d in settings.days),
    )


def run_add_day(args: argparse.Namespace) -> int:
    def edit(s: EventSettings) -> EventSettings:
        model = _day(s, args.like) if args.like else s.days[-1]
        added = DaySpec(args.date, model.sessions, args.label)
        return replace(s, days=tuple(sorted((*s.days, added), key=lambda d: d.date)))

    return _change(args, edit)


def run_remove_day(args: argparse.Namespace) -> int:
    def edit(s: EventSettings) -> EventSettings:
        _day(s, args.date)
        return replace(s, days=tuple(d for d in s.days if d.date != args.date))

    return _change(args, edit)


def run_sessions(args: argparse.Namespace) -> int:
    spans = [parse_span(text, "sessions") for text in args.spans]

    def sessions_of(day: DaySpec) -> DaySpec:
        minutes = day.sessions[0].slot_minutes if day.sessions else 20
        breaks = [b for block in day.sessions for b in block.breaks]
        return replace(
            day,
            sessions=tuple(
                SessionSpec(
                    starts,
                    ends,
                    minutes,
                    breaks=tuple(b for b in breaks if starts <= b.starts and b.ends <= ends),
                )
                for starts, ends in spans
            ),
        )

    return _change(args, lambda s: _days_where(s, args.day, sessions_of))


def run_add_break(args: argparse.Namespace) -> int:
    starts, ends = parse_span(args.span, "add-break")

    def add_to(day: DaySpec) -> DaySpec:
        blocks = list(day.sessions)
        for index, block in enumerate(blocks):
            if block.starts <= starts and ends <= block.ends:
                pause = BreakSpec(starts, ends, args.name)
                blocks[index] = replace(
                    block, breaks=tuple(sorted((*block.breaks, pause), key=lambda b: b.starts))
                )
                return replace(day, sessions=tuple(blocks))
        raise ValidationError(f"{day.date.isoformat()}: no session spans {args.span}.")

    return _change(args, lambda s: _days_where(s, args.day, add_to))


def run_remove_break(args: argparse.Namespace) -> int:
    try:
        starts = dt.time.fromisoformat(args.starts)
    except ValueError:
        raise ValidationError(f"remove-break: {args.starts!r} is not a time (HH:MM).") from None
    found: list[BreakSpec] = []

    def remove_from(day: DaySpec) -> DaySpec:
        blocks = []
        for block in day.sessions:
            kept = tuple(b for b in block.breaks if b.starts != starts)
            found.extend(b for b in block.breaks if b.starts == starts)
            blocks.append(replace(block, breaks=kept))
        return replace(day, sessions=tuple(blocks))

    def edit(s: EventSettings) -> EventSettings:
        out = _days_where(s, args.day, remove_from)
        if not found:
            raise NotFoundError(f"No break starts at {args.starts}.")
        return out

    return _change(args, edit)


def run_slot_length(args: argparse.Namespace) -> int:
    def lengthen(day: DaySpec) -> DaySpec:
        return replace(
            day, sessions=tuple(replace(b, slot_minutes=args.minutes) for b in day.sessions)
        )

    return _change(args, lambda s: _days_where(s, args.day, lengthen))


def run_add_room(args: argparse.Namespace) -> int:
    return _change(args, lambda s: replace(s, rooms=(*s.rooms, args.name)))


def run_remove_room(args: argparse.Namespace) -> int:
    def edit(s: EventSettings) -> EventSettings:
        if args.name not in s.rooms:
            raise NotFoundError(f"No room named {args.name!r}.")
        in_use = [t.number for t in s.tables if t.room == args.name]
        if in_use:
            raise ValidationError(
                f"Room {args.name!r} still has table(s) {', '.join(map(str, in_use))}; "
                "move or remove them first (rename-table, remove-table)."
            )
        return replace(s, rooms=tuple(r for r in s.rooms if r != args.name))

    return _change(args, edit)


def run_rename_room(args: argparse.Namespace) -> int:
    def edit(s: EventSettings) -> EventSettings:
        if args.name not in s.rooms:
            raise NotFoundError(f"No room named {args.name!r}.")
        rename = {args.name: args.new_name}
        return replace(
            s,
            rooms=tuple(rename.get(r, r) for r in s.rooms),
            tables=tuple(replace(t, room=rename.get(t.room, t.room)) for t in s.tables),
        )

    return _change(args, edit)


def _table_edit(
    number: int, edit: Callable[[TableSetting], TableSetting | None]
) -> Callable[[EventSettings], EventSettings]:
    """Change table ``number`` with ``edit``; an edit giving None removes the table."""

    def apply(s: EventSettings) -> EventSettings:
        if number not in {t.number for t in s.tables}:
            raise NotFoundError(f"The event has no table {number}.")
        return replace(
            s, tables=tuple(t2 for t in s.tables if (t2 := edit(t) if t.number == number else t))
        )

    return apply


def run_add_table(args: argparse.Namespace) -> int:
    from brokerage_app.services.event_settings import TableSetting

    table = TableSetting(number=0, label=args.label, room=args.room, owner_id=args.owner)
    return _change(args, lambda s: s.with_table(table))


def run_remove_table(args: argparse.Namespace) -> int:
    return _change(args, _table_edit(args.number, lambda _t: None))


def run_rename_table(args: argparse.Namespace) -> int:
    return _change(args, _table_edit(args.number, lambda t: replace(t, label=args.label)))


def run_booth(args: argparse.Namespace) -> int:
    owner = None if args.shared else args.owner
    return _change(args, _table_edit(args.number, lambda t: replace(t, owner_id=owner)))


def run_badge_layout(args: argparse.Namespace) -> int:
    from brokerage_app.documents.layouts import CustomLayout
    from brokerage_app.services.label_layouts import load_custom_layout, save_custom_layout

    database = open_event(args)
    try:
        if args.remove:
            save_custom_layout(database, None)
            print("Removed the custom badge layout.")
            return 0
        if args.label is None:
            saved = load_custom_layout(database)
            print(saved.layout().label if saved else "No custom badge layout.")
            return 0
        layout = CustomLayout(
            page=args.page,
            columns=args.columns,
            rows=args.rows,
            label_width=args.label[0],
            label_height=args.label[1],
            left=args.left,
            top=args.top,
            gap_x=args.gap_x,
            gap_y=args.gap_y,
            die_cut=args.die_cut,
        )
        save_custom_layout(database, layout)
        print(f"Saved: {layout.layout().label}. Print with 'print badges --layout custom'.")
        return 0
    finally:
        database.dispose()
