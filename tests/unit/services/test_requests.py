"""Request services (plain Python, no Qt): validation, bulk status with undo data, warnings."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from sqlalchemy import select

from brokerage_app.demo.generator import DemoOptions, generate_demo_event
from brokerage_app.errors import RefusedError, ValidationError
from brokerage_app.services import listings
from brokerage_app.services import requests as service
from brokerage_app.services.people import AttendeeInput, create_attendee, update_attendee
from brokerage_app.services.schedule_check import ConflictRule, check_schedule
from brokerage_app.store.database import EventDatabase, open_database
from brokerage_app.store.models import (
    Attendee,
    AuditEntry,
    BadgeCategory,
    Meeting,
    MeetingRequest,
    MeetingStatus,
    MeetingTable,
    RequestStatus,
    Slot,
)


def _fill(database: EventDatabase) -> EventDatabase:
    with database.session() as session:
        generate_demo_event(session, DemoOptions(attendees=20, seed=5))
    return database


@pytest.fixture
def demo(tmp_path) -> Iterator[EventDatabase]:  # type: ignore[no-untyped-def]
    database = _fill(open_database(tmp_path / "event.sqlite", create=True))
    yield database
    database.dispose()


@pytest.fixture
def demo_any_backend(empty_db: EventDatabase) -> EventDatabase:
    """The bulk status change on SQLite and PostgreSQL alike."""
    return _fill(empty_db)


def delegates(session) -> list[int]:  # type: ignore[no-untyped-def]
    return list(
        session.scalars(
            select(Attendee.id)
            .where(Attendee.badge_category == BadgeCategory.DELEGATE)
            .order_by(Attendee.id)
        )
    )


def fresh_pair(session) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    people = delegates(session)
    taken = {
        frozenset(p)
        for p in session.execute(select(MeetingRequest.requester_id, MeetingRequest.requested_id))
    }
    return next((a, b) for a in people for b in people if a != b and frozenset((a, b)) not in taken)


def test_create_request_validates_and_refuses_duplicates(demo: EventDatabase) -> None:
    with demo.session() as session:
        a, b = fresh_pair(session)
        with pytest.raises(ValidationError, match="themselves"):
            service.create_request(session, a, a)
        with pytest.raises(ValidationError, match="Priority"):
            service.create_request(session, a, b, priority=7)
        with pytest.raises(ValidationError, match="no attendee with id 99999"):
            service.create_request(session, a, 99999)
        request_id = service.create_request(session, a, b, priority=3, actor="t")
        with pytest.raises(RefusedError, match=f"request {request_id}"):
            service.create_request(session, b, a)
        organiser = session.scalar(
            select(Attendee.id).where(Attendee.badge_category == BadgeCategory.ORGANISER)
        )
        with pytest.raises(ValidationError, match="organiser"):
            service.create_request(session, organiser, a)
    with demo.session() as session:
        row = next(r for r in service.list_requests(session, a) if r.id == request_id)
        assert (row.requester_id, row.requested_id, row.priority) == (a, b, 3)
        assert row.status is RequestStatus.PENDING


def test_set_status_returns_previous_and_keeps_the_placed_meeting_as_a_conflict(
    demo_any_backend: EventDatabase,
) -> None:
    demo = demo_any_backend
    with demo.session() as session:
        request = session.scalars(
            select(MeetingRequest).where(MeetingRequest.status == RequestStatus.ACCEPTED)
        ).first()
        slot = session.scalars(select(Slot)).first()
        table = session.scalars(select(MeetingTable)).first()
        session.add(Meeting(request_id=request.id, slot_id=slot.id, table_id=table.id))
        pending = session.scalars(
            select(MeetingRequest.id).where(MeetingRequest.status == RequestStatus.PENDING)
        ).first()
        ids = [request.id, pending]
    with demo.session() as session:
        previous = service.set_status(session, ids, RequestStatus.DECLINED, actor="t")
    assert previous == {ids[0]: RequestStatus.ACCEPTED, ids[1]: RequestStatus.PENDING}
    with demo.session() as session:
        statuses = dict(
            session.execute(
                select(MeetingRequest.id, MeetingRequest.status).where(MeetingRequest.id.in_(ids))
            ).all()
        )
        assert set(statuses.values()) == {RequestStatus.DECLINED}
        # The meeting stays where it was; the schedule check reports it until a re-solve.
        kept = session.scalar(select(Meeting).where(Meeting.request_id == ids[0]))
        assert kept.status is MeetingStatus.SCHEDULED
        check = check_schedule(session)
        assert [(c.meeting_id, c.rule) for c in check.conflicts] == [
            (kept.id, ConflictRule.REQUEST_NOT_ACCEPTED)
        ]
        assert session.scalars(select(AuditEntry).where(AuditEntry.action == "set_status")).all()
        service.restore_statuses(session, previous, actor="t")
    with demo.session() as session:
        assert session.get(MeetingRequest, ids[0]).status is RequestStatus.ACCEPTED
        assert session.get(MeetingRequest, ids[1]).status is RequestStatus.PENDING


def test_set_status_keeps_published_meeting_as_a_conflict_and_refuses_held(
    demo: EventDatabase,
) -> None:
    with demo.session() as session:
        first, second = session.scalars(
            select(MeetingRequest).where(MeetingRequest.status == RequestStatus.ACCEPTED).limit(2)
        ).all()
        slots = session.scalars(select(Slot).limit(2)).all()
        table = session.scalars(select(MeetingTable)).first()
        session.add(
            Meeting(
                request_id=first.id,
                slot_id=slots[0].id,
                table_id=table.id,
                published_slot_id=slots[0].id,
                published_table_id=table.id,
            )
        )
        session.add(
            Meeting(
                request_id=second.id,
                slot_id=slots[1].id,
                table_id=table.id,
                status=MeetingStatus.HELD,
            )
        )
        ids = first.id, second.id
    with demo.session() as session:
        service.set_status(session, [ids[0]], RequestStatus.CANCELLED)
    with demo.session() as session:
        meeting = session.scalar(select(Meeting).where(Meeting.request_id == ids[0]))
        assert meeting.status is MeetingStatus.SCHEDULED
        assert meeting.id in check_schedule(session).meetings
        with pytest.raises(RefusedError, match=f"Request {ids[1]}.*held"):
            service.set_status(session, [ids[1]], RequestStatus.DECLINED)


def test_warnings_name_impossible_pairs_and_overloaded_people(demo: EventDatabase) -> None:
    with demo.session() as session:
        a, b = fresh_pair(session)
        days = sorted({s.starts_at.date() for s in session.scalars(select(Slot))})
        first_day_end = dt.datetime.combine(days[0], dt.time(23, 0))
        second_day = dt.datetime.combine(days[1], dt.time(0, 0))
        from brokerage_app.services.people import attendee_input, get_attendee

        data_a = attendee_input(get_attendee(session, a))
        data_a.departure = first_day_end
        update_attendee(session, a, data_a)
        data_b = attendee_input(get_attendee(session, b))
        data_b.arrival = second_day
        update_attendee(session, b, data_b)
        request_id = service.create_request(session, a, b, status=RequestStatus.ACCEPTED)
        busy = create_attendee(
            session,
            AttendeeInput(first_name="Busy", last_name="Person", organisation_id=1, max_meetings=1),
        )
        for other in delegates(session)[:3]:
            service.create_request(session, busy, other)
    with demo.session() as session:
        warnings = service.request_warnings(session)
    never = [w for w in warnings if w.kind == "never_fits"]
    assert any(w.request_id == request_id for w in never)
    over = [w for w in warnings if w.kind == "over_requested" and w.attendee_id == busy]
    assert over and "Busy Person" in over[0].message and "max 1" in over[0].message


def test_overviews_count_requests_and_countries(demo: EventDatabase) -> None:
    with demo.session() as session:
        rows = listings.attendee_rows(session)
        requests = service.list_requests(session)
        countries = listings.country_stats(session)
        choices = listings.edit_choices(session)
    live = [r for r in requests if r.status in (RequestStatus.PENDING, RequestStatus.ACCEPTED)]
    assert sum(r.requests_sent for r in rows) == len(live)
    assert sum(c.attendees for c in countries) == len(rows)
    accepted = sum(1 for r in requests if r.status is RequestStatus.ACCEPTED)
    assert sum(c.accepted_requests for c in countries) == 2 * accepted
    assert choices.slots and choices.tables and choices.organisations
    counts = service.request_counts(requests)
    assert counts.by_status["accepted"] == accepted
