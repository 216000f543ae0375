"""Editing the event after set-up: name, venue, time zone, timetable, rooms and tables.

One call changes everything in one transaction and returns the settings as they were, so
that applying those again undoes it. When the timetable changes, a slot whose start (day
and time) still exists keeps its row, so the meetings placed in it keep their place; a
slot or table that goes away while meetings are placed there stays as a removed row for
them (the schedule check reports them as conflicts). Nothing placed is deleted.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, replace
from pathlib import Path

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from brokerage_app.domain.changes import NOTHING, Changes, Topic
from brokerage_app.domain.timetable import (
    BreakSpec,
    DaySpec,
    EventSpec,
    SessionSpec,
    SettingFault,
    SettingProblem,
    SettingsRefusedError,
    UnusedTime,
    slot_times,
    unused_time,
    validate_event_spec,
)
from brokerage_app.errors import NotFoundError
from brokerage_app.services import audit
from brokerage_app.services.changes import note as note_changes
from brokerage_app.services.events import get_event, store_day
from brokerage_app.store.models import (
    ACTIVE_TABLE,
    Attendee,
    EventDay,
    Meeting,
    MeetingSession,
    MeetingTable,
    Room,
    SessionBreak,
    Slot,
)


@dataclass(frozen=True)
class TableSetting:
    """One table; ``id`` is None for a table to add."""

    number: int
    label: str = ""
    room: str = ""
    owner_id: int | None = None
    id: int | None = None


@dataclass(frozen=True)
class EventSettings:
    name: str
    venue: str
    time_zone: str
    days: tuple[DaySpec, ...]
    rooms: tuple[str, ...]
    tables: tuple[TableSetting, ...]
    # A PNG or JPEG of the venue, printed on the last page of every agenda; None: no map.
    venue_map: bytes | None = None

    def with_table(self, table: TableSetting) -> EventSettings:
        """These settings plus a table (numbered after the others when its number is 0)."""
        number = table.number or max((t.number for t in self.tables), default=0) + 1
        return replace(self, tables=(*self.tables, replace(table, number=number)))


@dataclass(frozen=True)
class SettingsChange:
    previous: EventSettings  # apply these to undo
    slots_kept: int
    slots_added: int
    slots_removed: int
    # Removed slots and tables kept because meetings are still placed in them.
    slots_kept_for_meetings: int
    tables_kept_for_meetings: int
    unused: tuple[UnusedTime, ...]
    changed: Changes = NOTHING


def event_settings(session: Session) -> EventSettings:
    event = get_event(session)
    days = tuple(
        DaySpec(
            date=day.date,
            label=day.label,
            sessions=tuple(
                SessionSpec(
                    starts=block.starts,
                    ends=block.ends,
                    slot_minutes=block.slot_minutes,
                    name=block.name,
                    breaks=tuple(BreakSpec(b.starts, b.ends, b.name) for b in block.breaks),
                )
                for block in day.sessions
            ),
        )
        for day in session.scalars(select(EventDay).order_by(EventDay.date))
    )
    rooms = tuple(session.scalars(select(Room.name).order_by(Room.id)))
    tables = tuple(
        TableSetting(
            number=t.number,
            label=t.label,
            room=t.room.name if t.room else "",
            owner_id=t.owner_id,
            id=t.id,
        )
        for t in session.scalars(
            select(MeetingTable).where(ACTIVE_TABLE).order_by(MeetingTable.number)
        )
    )
    return EventSettings(
        event.name, event.venue, event.time_zone, days, rooms, tables, event.venue_map or None
    )


VENUE_MAP_MAX_BYTES = 20 * 1024 * 1024


def venue_map_problem(data: bytes) -> SettingProblem | None:
    """Why ``data`` cannot be the venue map (a PNG or JPEG image), or None."""
    from PIL import Image, UnidentifiedImageError

    if len(data) > VENUE_MAP_MAX_BYTES:
        return SettingProblem(
            SettingFault.VENUE_MAP_TOO_BIG,
            number=round(len(data) / 2**20),
            limit=VENUE_MAP_MAX_BYTES // 2**20,
        )
    try:
        with Image.open(io.BytesIO(data)) as image:
            kind = image.format
            image.verify()
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError):
        return SettingProblem(SettingFault.VENUE_MAP_NOT_IMAGE)
    if kind not in ("PNG", "JPEG"):
        return SettingProblem(SettingFault.VENUE_MAP_WRONG_KIND, value=str(kind))
    return None


def load_venue_map(path: Path) -> bytes:
    """The image in ``path``, checked to be usable as the venue map."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        unreadable = SettingProblem(
            SettingFault.VENUE_MAP_UNREADABLE_FILE, value=exc.strerror or "", path=str(path)
        )
        raise SettingsRefusedError([unreadable]) from exc
    problem = venue_map_problem(data)
    if problem:
        raise SettingsRefusedError([replace(problem, path=str(path))])
    return data


def validate_settings(settings: EventSettings) -> list[SettingProblem]:
    """Every problem with ``settings``: the timetable's (``validate_event_spec``), then the
    tables', rooms' and venue map's."""
    F = SettingFault
    problems = validate_event_spec(
        EventSpec(
            name=settings.name,
            days=settings.days,
            tables=len(settings.tables),
            time_zone=settings.time_zone,
            rooms=settings.rooms,
        )
    )
    numbers = [t.number for t in settings.tables]
    for number in sorted({n for n in numbers if numbers.count(n) > 1}):
        problems.append(SettingProblem(F.TABLE_NUMBER_TWICE, number=number))
    if any(n < 1 for n in numbers):
        problems.append(SettingProblem(F.TABLE_NUMBER_BELOW_ONE))
    owners = [t.owner_id for t in settings.tables if t.owner_id is not None]
    if len(owners) != len(set(owners)):
        problems.append(SettingProblem(F.OWNER_TWICE))
    rooms = set(settings.rooms)
    for table in settings.tables:
        if table.room and table.room not in rooms:
            problems.append(SettingProblem(F.NO_SUCH_ROOM, number=table.number, value=table.room))
    if len(rooms) != len(settings.rooms):
        problems.append(SettingProblem(F.ROOM_TWICE))
    if settings.venue_map is not None:
        problem = venue_map_problem(settings.venue_map)
        if problem:
            problems.append(problem)
    return problems


def apply_event_settings(
    session: Session, settings: EventSettings, *, actor: str = ""
) -> SettingsChange:
    """Make the event look like ``settings`` (in the caller's transaction)."""
    problems = validate_settings(settings)
    if problems:
        raise SettingsRefusedError(problems)
    previous = event_settings(session)
    event = get_event(session)
    event.name, event.venue, event.time_zone = (
        settings.name.strip(),
        settings.venue,
        settings.time_zone,
    )
    event.venue_map = settings.venue_map
    timetable = _replace_timetable(session, settings.days)
    tables_kept = _replace_tables(session, settings)
    session.flush()
    session.expire_all()
    audit.record(
        session,
        "update",
        "event",
        1,
        actor=actor,
        name=settings.name,
        days=len(settings.days),
        tables=len(settings.tables),
        **timetable,
    )
    return SettingsChange(
        previous=previous,
        slots_kept=timetable["slots_kept"],
        slots_added=timetable["slots_added"],
        slots_removed=timetable["slots_removed"],
        slots_kept_for_meetings=timetable["slots_kept_for_meetings"],
        tables_kept_for_meetings=tables_kept,
        unused=unused_time(settings.days),
        # Days, slots and tables: every page that shows the schedule or someone's times.
        changed=note_changes(session, Topic.EVENT, Topic.SCHEDULE, Topic.ATTENDEES),
    )


def _replace_timetable(session: Session, days: tuple[DaySpec, ...]) -> dict[str, int]:
    session.flush()
    before = {
        starts: slot_id for slot_id, starts in session.execute(select(Slot.id, Slot.starts_at))
    }
    active_before = set(session.scalars(select(Slot.id).where(Slot.session_id.is_not(None))))
    # Detach every slot, then rebuild days, sessions and breaks; slots are matched by start.
    session.execute(update(Slot).values(session_id=None))
    session.execute(delete(SessionBreak))
    session.execute(delete(MeetingSession))
    session.execute(delete(EventDay))
    session.expire_all()
    kept = added = 0
    for day_spec in days:
        for block, spec in store_day(session, day_spec):
            session.flush()
            for start, end in slot_times(day_spec.date, spec):
                slot_id = before.get(start)
                if slot_id is None:
                    session.add(Slot(session_id=block.id, starts_at=start, ends_at=end))
                    added += 1
                else:
                    session.execute(
                        update(Slot)
                        .where(Slot.id == slot_id)
                        .values(session_id=block.id, ends_at=end)
                    )
                    kept += slot_id in active_before
    session.flush()
    used = select(Meeting.slot_id)
    removed_ids = (
        set(session.scalars(select(Slot.id).where(Slot.session_id.is_(None)))) & active_before
    )
    held = set(session.scalars(select(Slot.id).where(Slot.session_id.is_(None), Slot.id.in_(used))))
    session.execute(delete(Slot).where(Slot.session_id.is_(None), Slot.id.not_in(used)))
    return {
        "slots_kept": kept,
        "slots_added": added,
        "slots_removed": len(removed_ids),
        "slots_kept_for_meetings": len(removed_ids & held),
    }


def _replace_tables(session: Session, settings: EventSettings) -> int:
    rooms = {r.name: r for r in session.scalars(select(Room))}
    for name in settings.rooms:
        if name not in rooms:
            rooms[name] = Room(name=name)
            session.add(rooms[name])
    existing = {t.id: t for t in session.scalars(select(MeetingTable))}
    # A table deleted meanwhile (undo of its removal) comes back as a new one.
    wanted = {t.id for t in settings.tables if t.id in existing}
    owners = {t.owner_id for t in settings.tables if t.owner_id is not None}
    if owners:
        found = set(session.scalars(select(Attendee.id).where(Attendee.id.in_(owners))))
        if owners - found:
            raise NotFoundError(f"Tables: no attendee with id {min(owners - found)} owns a booth.")
    used = set(session.scalars(select(Meeting.table_id)))
    kept_for_meetings = 0
    # Free numbers and owners first: the new layout may swap them between tables.
    was_removed = {t.id: t.removed for t in existing.values()}
    for old in existing.values():
        old.owner_id = None
        old.number = 1_000_000 + old.id
    session.flush()
    removed_numbers = []
    for table_id, gone in existing.items():
        if table_id in wanted:
            continue
        if table_id in used:
            gone.removed = True
            kept_for_meetings += not was_removed[table_id]
            removed_numbers.append(gone)
        else:
            session.delete(gone)
    session.flush()
    for spec in settings.tables:
        row = existing.get(spec.id) if spec.id is not None else None
        if row is None:
            row = MeetingTable()
            session.add(row)
        row.number, row.label, row.removed = spec.number, spec.label, False
        row.room = rooms[spec.room] if spec.room else None
        row.owner_id = spec.owner_id
    session.flush()
    # Removed tables keep numbers above the event's own, so that a new table can take theirs.
    top = max((t.number for t in settings.tables), default=0)
    for offset, table in enumerate(sorted(removed_numbers, key=lambda t: t.id), start=1):
        table.number = top + offset
    # A room left out goes; a table still in it (only a removed one can be) loses its room.
    for name, room in rooms.items():
        if name not in settings.rooms:
            session.delete(room)
    session.flush()
    return kept_for_meetings
