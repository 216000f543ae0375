"""Creating an event and reading its shape (days, slots, tables)."""

from __future__ import annotations

import secrets
import uuid
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from brokerage_app.domain.timetable import (
    DaySpec,
    EventSpec,
    SessionSpec,
    SettingsRefusedError,
    slot_times,
    validate_event_spec,
)
from brokerage_app.errors import EventFileError, ValidationError
from brokerage_app.services import audit
from brokerage_app.store.database import EventDatabase, open_database, to_url
from brokerage_app.store.models import (
    ACTIVE_SLOT,
    ACTIVE_TABLE,
    Attendee,
    Checkin,
    CheckinResult,
    Event,
    EventDay,
    Meeting,
    MeetingRequest,
    MeetingSession,
    MeetingStatus,
    MeetingTable,
    Organisation,
    RequestStatus,
    Room,
    SessionBreak,
    Slot,
)


def store_day(session: Session, day: DaySpec) -> list[tuple[MeetingSession, SessionSpec]]:
    """Add a day of the event with its sessions and their breaks, each session with the
    spec it was made from (its slots are the caller's: new, or matched to kept ones)."""
    stored = EventDay(date=day.date, label=day.label)
    session.add(stored)
    blocks = []
    for spec in day.sessions:
        block = MeetingSession(
            day=stored,
            name=spec.name,
            starts=spec.starts,
            ends=spec.ends,
            slot_minutes=spec.slot_minutes,
        )
        block.breaks = [
            SessionBreak(name=b.name, starts=b.starts, ends=b.ends) for b in spec.breaks
        ]
        session.add(block)
        blocks.append((block, spec))
    return blocks


def create_event(session: Session, spec: EventSpec) -> Event:
    """Write the event, its days, sessions, breaks, slots, rooms and tables."""
    problems = validate_event_spec(spec)
    if problems:
        raise SettingsRefusedError(problems)
    if session.get(Event, 1) is not None:
        raise ValidationError("This database already holds an event.")
    event = Event(
        id=1,
        uid=str(uuid.uuid4()),
        name=spec.name.strip(),
        venue=spec.venue,
        venue_map_ref=spec.venue_map_ref,
        time_zone=spec.time_zone,
        organiser_name=spec.organiser_name,
        organiser_email=spec.organiser_email,
        organiser_phone=spec.organiser_phone,
        default_language=spec.default_language,
        badge_secret=secrets.token_hex(32),
    )
    session.add(event)
    for day_spec in spec.days:
        for block, session_spec in store_day(session, day_spec):
            block.slots = [
                Slot(starts_at=start, ends_at=end)
                for start, end in slot_times(day_spec.date, session_spec)
            ]
    rooms = [Room(name=name) for name in spec.rooms or ("Main hall",)]
    session.add_all(rooms)
    per_room = -(-spec.tables // len(rooms))
    for number in range(1, spec.tables + 1):
        session.add(MeetingTable(number=number, room=rooms[(number - 1) // per_room]))
    session.flush()
    audit.record(session, "create", "event", 1, name=event.name, tables=spec.tables)
    return event


def create_event_file(location: str | Path, spec: EventSpec) -> EventDatabase:
    """Write a new event (an SQLite file or a server database URL) and return it open.

    Nothing is left behind if the event cannot be created: a bad spec is refused before
    anything is written, an existing file is never touched, and a file that fails half-way
    is removed.
    """
    problems = validate_event_spec(spec)
    if problems:
        raise SettingsRefusedError(problems)
    url = to_url(location)
    path = Path(str(url.database)) if url.get_backend_name() == "sqlite" else None
    if path is not None and path.exists():
        raise EventFileError(f"{path} already exists; choose a new name for the event file.")
    database = open_database(location, create=True)
    try:
        with database.session("create the event") as session:
            create_event(session, spec)
    except BaseException:
        database.dispose()
        if path is not None:
            for leftover in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
                leftover.unlink(missing_ok=True)
        raise
    return database


def get_event(session: Session) -> Event:
    event = session.get(Event, 1)
    if event is None:
        raise EventFileError("This database holds no event yet.")
    return event


@dataclass(frozen=True)
class EventCounts:
    name: str
    venue: str
    days: int
    first_day: str
    last_day: str
    attendees: int
    organisations: int
    countries: int
    requests_by_status: dict[str, int]
    slots: int
    sessions: int
    tables: int
    rooms: int
    own_tables: int
    meetings_by_status: dict[str, int]
    checkins: int
    published: bool


def event_counts(session: Session) -> EventCounts:
    event = get_event(session)

    def count(model: type) -> int:
        return session.scalar(select(func.count()).select_from(model)) or 0

    by_status = dict(
        session.execute(
            select(MeetingRequest.status, func.count()).group_by(MeetingRequest.status)
        ).all()
    )
    meetings = dict(
        session.execute(select(Meeting.status, func.count()).group_by(Meeting.status)).all()
    )
    dates = session.scalars(select(EventDay.date).order_by(EventDay.date)).all()
    return EventCounts(
        name=event.name,
        venue=event.venue,
        days=len(dates),
        first_day=dates[0].isoformat() if dates else "",
        last_day=dates[-1].isoformat() if dates else "",
        attendees=count(Attendee),
        organisations=count(Organisation),
        countries=session.scalar(select(func.count(func.distinct(Organisation.country)))) or 0,
        requests_by_status={s.value: by_status.get(s, 0) for s in RequestStatus},
        slots=session.scalar(select(func.count()).where(ACTIVE_SLOT)) or 0,
        sessions=count(MeetingSession),
        tables=session.scalar(select(func.count()).where(ACTIVE_TABLE)) or 0,
        rooms=count(Room),
        own_tables=session.scalar(select(func.count()).where(MeetingTable.owner_id.is_not(None)))
        or 0,
        meetings_by_status={s.value: meetings.get(s, 0) for s in MeetingStatus},
        checkins=session.scalar(
            select(func.count())
            .select_from(Checkin)
            .where(Checkin.result == CheckinResult.CHECKED_IN, Checkin.undone_at.is_(None))
        )
        or 0,
        published=event.schedule_published_at is not None,
    )
