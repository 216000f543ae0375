"""Event databases for the interchange tests.

The event spans the last Sunday of March 2027 (28 March, when Europe/Stockholm moves from
CET to CEST), so calendar exports are checked across a daylight-saving change.
"""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from brokerage_app.domain.timetable import DaySpec, EventSpec, SessionSpec
from brokerage_app.services.events import create_event
from brokerage_app.store.database import EventDatabase, open_database
from brokerage_app.store.models import (
    Meeting,
    MeetingOutcome,
    MeetingRequest,
    MeetingStatus,
    MeetingTable,
    RequestStatus,
    Slot,
)

FIXTURES = Path(__file__).parents[2] / "fixtures" / "interchange"
DST_DAYS = (dt.date(2027, 3, 27), dt.date(2027, 3, 29))


def dst_event_spec() -> EventSpec:
    morning = SessionSpec(dt.time(9, 0), dt.time(11, 0), 20, "Morning")
    return EventSpec(
        name="Nordic Health Brokerage 2027",
        venue="Malmö Live, Malmö",
        time_zone="Europe/Stockholm",
        organiser_name="Brokerage desk",
        organiser_email="desk@brokerage.example",
        days=tuple(DaySpec(day, (morning,), f"Day {i + 1}") for i, day in enumerate(DST_DAYS)),
        tables=6,
        rooms=("Hall A",),
    )


def make_event(location: str) -> EventDatabase:
    database = open_database(location, create=True)
    with database.session() as session:
        create_event(session, dst_event_spec())
    return database


@pytest.fixture(scope="session")
def event_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One migrated event file per test session; each test gets a copy (migrations are slow)."""
    path = tmp_path_factory.mktemp("template") / "event.sqlite"
    make_event(str(path)).dispose()
    return path


@pytest.fixture
def event_db(tmp_path: Path, event_template: Path) -> Iterator[EventDatabase]:
    path = tmp_path / "event.sqlite"
    shutil.copyfile(event_template, path)
    database = open_database(path)
    yield database
    database.dispose()


@pytest.fixture
def event_db_any(event_url: str) -> Iterator[EventDatabase]:
    """The same event on SQLite and on PostgreSQL."""
    database = make_event(event_url)
    yield database
    database.dispose()


def schedule_meetings(
    database: EventDatabase,
    statuses: tuple[tuple[MeetingStatus, MeetingOutcome | None], ...] = (),
    *,
    default: tuple[MeetingStatus, MeetingOutcome | None] = (MeetingStatus.SCHEDULED, None),
) -> list[int]:
    """Turn accepted requests into meetings, alternating days; returns the meeting ids.

    The scheduler is a separate service; these rows stand in for what it would write.
    Requests that find no free slot for both people stay unscheduled.
    """
    ids = []
    with database.session() as session:
        requests = session.scalars(
            select(MeetingRequest)
            .where(MeetingRequest.status == RequestStatus.ACCEPTED)
            .order_by(MeetingRequest.id)
        ).all()
        slots = session.scalars(select(Slot).order_by(Slot.starts_at)).all()
        tables = session.scalars(select(MeetingTable).order_by(MeetingTable.number)).all()
        days = sorted({s.starts_at.date() for s in slots})
        by_day = [[s for s in slots if s.starts_at.date() == day] for day in days]
        busy: dict[int, set[int]] = {}
        placed = 0
        for request in requests:
            pair = {request.requester_id, request.requested_id}
            # Alternate days so meetings fall on both sides of the clock change.
            first = placed % len(days)
            ordered = [s for d in by_day[first:] + by_day[:first] for s in d]
            slot = next(
                (
                    s
                    for s in ordered
                    if not pair & busy.get(s.id, set())
                    and len(busy.get(s.id, ())) < 2 * len(tables)
                ),
                None,
            )
            if slot is None:
                continue
            status, outcome = statuses[placed] if placed < len(statuses) else default
            table = tables[len(busy.get(slot.id, ())) // 2]
            busy.setdefault(slot.id, set()).update(pair)
            meeting = Meeting(
                request_id=request.id,
                slot_id=slot.id,
                table_id=table.id,
                status=status,
                outcome=outcome,
            )
            session.add(meeting)
            session.flush()
            ids.append(meeting.id)
            placed += 1
    return ids
