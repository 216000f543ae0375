"""Small demo events with meetings placed by hand, for the check-in and on-the-day tests.

The scheduler is not needed here: a greedy placement that respects availability, booths and
busy cells gives a realistic published schedule to scan badges and mark meetings against.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from sqlalchemy import select

from brokerage_app.demo.generator import DemoOptions
from brokerage_app.domain.availability import is_available
from brokerage_app.services.demo import create_demo_database
from brokerage_app.store.database import EventDatabase
from brokerage_app.store.models import (
    Attendee,
    AttendeeBlockedSlot,
    Meeting,
    MeetingRequest,
    MeetingTable,
    RequestStatus,
    Slot,
)

FIRST_DAY = dt.date(2027, 5, 11)
SECOND_DAY = dt.date(2027, 5, 12)
# 09:30 local time in Malmö (CEST) on the first day of the demo event.
MORNING = dt.datetime(2027, 5, 11, 7, 30, tzinfo=dt.UTC)


def make_event(url: str, attendees: int = 40, seed: int = 7) -> EventDatabase:
    return create_demo_database(url, DemoOptions(attendees=attendees, seed=seed))


def place_meetings(database: EventDatabase, limit: int | None = None) -> list[int]:
    """Place accepted requests greedily, earliest slot first; returns the meeting ids."""
    with database.session() as session:
        slots = session.scalars(select(Slot).order_by(Slot.starts_at)).all()
        tables = session.scalars(select(MeetingTable).order_by(MeetingTable.number)).all()
        people = {a.id: a for a in session.scalars(select(Attendee))}
        blocked: dict[int, set[int]] = defaultdict(set)
        for attendee_id, slot_id in session.execute(
            select(AttendeeBlockedSlot.attendee_id, AttendeeBlockedSlot.slot_id)
        ):
            blocked[attendee_id].add(slot_id)
        booth = {t.owner_id: t.id for t in tables if t.owner_id is not None}
        shared = [t.id for t in tables if t.owner_id is None]
        busy: set[tuple[int, int]] = set()
        taken: set[tuple[int, int]] = set()
        requests = session.scalars(
            select(MeetingRequest)
            .where(MeetingRequest.status == RequestStatus.ACCEPTED)
            .order_by(MeetingRequest.id)
        ).all()
        placed: list[Meeting] = []
        for request in requests:
            if limit is not None and len(placed) >= limit:
                break
            pair = (people[request.requester_id], people[request.requested_id])
            own = [booth[p.id] for p in pair if p.id in booth]
            for slot in slots:
                if any(
                    (p.id, slot.id) in busy
                    or not is_available(
                        p.arrival, p.departure, blocked[p.id], slot.id, slot.starts_at, slot.ends_at
                    )
                    for p in pair
                ):
                    continue
                table = next((t for t in own or shared if (slot.id, t) not in taken), None)
                if table is None:
                    continue
                meeting = Meeting(request_id=request.id, slot_id=slot.id, table_id=table)
                meeting.published_slot_id, meeting.published_table_id = slot.id, table
                session.add(meeting)
                placed.append(meeting)
                busy.update({(pair[0].id, slot.id), (pair[1].id, slot.id)})
                taken.add((slot.id, table))
                break
        session.flush()
        return [m.id for m in placed]
