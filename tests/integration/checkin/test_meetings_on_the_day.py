"""Meetings on the day: held and no-show marks, badge confirmation, walk-in meetings."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from brokerage_app.domain.availability import is_available
from brokerage_app.domain.walk_in_problems import WalkInFault, WalkInRefusedError
from brokerage_app.errors import NotFoundError, RefusedError, ValidationError
from brokerage_app.services.checkin import badge_code, reissue_badge
from brokerage_app.services.meetings_on_the_day import (
    book_walk_in,
    confirm_meeting_by_badges,
    get_meeting_state,
    mark_held,
    mark_no_show,
    set_meeting_status,
    walk_in_options,
)
from brokerage_app.store.database import EventDatabase
from brokerage_app.store.models import (
    Attendee,
    AuditEntry,
    Meeting,
    MeetingOutcome,
    MeetingRequest,
    MeetingStatus,
    MeetingTable,
    RequestStatus,
    Slot,
)
from tests.integration.checkin.event_setup import place_meetings

DAY_START = dt.datetime(2027, 5, 11, 9, 0)


@pytest.fixture
def scheduled(event_db: EventDatabase) -> list[int]:
    return place_meetings(event_db)


def _placements(database: EventDatabase) -> dict[int, tuple[int, int, MeetingStatus]]:
    with database.session() as session:
        return {m.id: (m.slot_id, m.table_id, m.status) for m in session.scalars(select(Meeting))}


def test_held_no_show_and_back(event_db: EventDatabase, scheduled: list[int]) -> None:
    meeting_id = scheduled[0]
    with event_db.session() as session:
        assert mark_no_show(session, meeting_id, actor="host").status is MeetingStatus.NO_SHOW
        assert session.get(Meeting, meeting_id).outcome is MeetingOutcome.DID_NOT_TAKE_PLACE
    with event_db.session() as session:
        state = mark_held(session, meeting_id, actor="host")
        assert state.status is MeetingStatus.HELD
        assert session.get(Meeting, meeting_id).outcome is None
    with event_db.session() as session:
        set_meeting_status(session, meeting_id, MeetingStatus.SCHEDULED)
        audit = session.scalars(
            select(AuditEntry.details).where(AuditEntry.action == "meeting_status")
        ).all()
    assert [d["status"] for d in audit] == ["no_show", "held", "scheduled"]
    with pytest.raises(NotFoundError), event_db.session() as session:
        mark_held(session, 99_999)
    with pytest.raises(ValidationError), event_db.session() as session:
        set_meeting_status(session, meeting_id, MeetingStatus.CANCELLED)


def test_both_badges_confirm_the_meeting_nearest_now(
    event_db: EventDatabase, scheduled: list[int]
) -> None:
    with event_db.session() as session:
        # Two meetings of one pair would be unusual; the nearest in time is the one meant.
        state = get_meeting_state(session, scheduled[0])
        code_a = badge_code(session, state.attendee_a)
        code_b = badge_code(session, state.attendee_b)
    during = state.starts_at + dt.timedelta(minutes=5)
    confirmed = confirm_meeting_by_badges(event_db, code_b + "\n", code_a, during, actor="t3")
    assert (confirmed.meeting_id, confirmed.status) == (scheduled[0], MeetingStatus.HELD)

    with pytest.raises(ValidationError, match="same badge"):
        confirm_meeting_by_badges(event_db, code_a, code_a, during)
    with pytest.raises(ValidationError, match="Second badge"):
        confirm_meeting_by_badges(event_db, code_a, "BRK1-nonsense", during)
    with event_db.session() as session:
        strangers = _pair_without_meeting(session)
        codes = [badge_code(session, i) for i in strangers]
    with pytest.raises(NotFoundError, match="no meeting together"):
        confirm_meeting_by_badges(event_db, *codes, during)
    with event_db.session() as session:
        reissue_badge(session, state.attendee_a)
    with pytest.raises(ValidationError, match="revoked"):
        confirm_meeting_by_badges(event_db, code_a, code_b, during)


def _pair_without_meeting(session) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    pairs = {
        frozenset((r.requester_id, r.requested_id)) for r in session.scalars(select(MeetingRequest))
    }
    ids = session.scalars(select(Attendee.id).order_by(Attendee.id)).all()
    return next((a, b) for a in ids for b in ids if a < b and frozenset((a, b)) not in pairs)


def test_walk_in_options_respect_people_tables_and_booths(
    event_db: EventDatabase, scheduled: list[int]
) -> None:
    with event_db.session() as session:
        tables = {t.id: t for t in session.scalars(select(MeetingTable))}
        slots = {s.id: s for s in session.scalars(select(Slot))}
        exhibitor = next(t.owner_id for t in tables.values() if t.owner_id is not None)
        delegate = next(
            a.id
            for a in session.scalars(select(Attendee).order_by(Attendee.id))
            if a.id != exhibitor and a.own_table is None and a.badge_category == "delegate"
        )
        busy = _busy(session)
        for first, second in ((delegate, delegate + 1), (exhibitor, delegate)):
            options = walk_in_options(session, first, second, DAY_START)
            assert options, "a 40-person event has free places"
            assert [o.starts_at for o in options] == sorted(o.starts_at for o in options)
            people = [session.get(Attendee, first), session.get(Attendee, second)]
            for option in options:
                slot = slots[option.slot_id]
                assert slot.starts_at >= DAY_START - dt.timedelta(minutes=5)
                assert all((p.id, slot.id) not in busy["people"] for p in people)
                assert all(
                    is_available(
                        p.arrival,
                        p.departure,
                        {s.id for s in p.blocked_slots},
                        slot.id,
                        slot.starts_at,
                        slot.ends_at,
                    )
                    for p in people
                )
                assert (slot.id, option.table_id) not in busy["cells"]
                owner = tables[option.table_id].owner_id
                if first == exhibitor:
                    assert owner == exhibitor
                else:
                    assert owner is None
        later = walk_in_options(session, delegate, delegate + 1, dt.datetime(2027, 5, 12, 13, 0))
        assert all(o.starts_at >= dt.datetime(2027, 5, 12, 12, 55) for o in later)
        with pytest.raises(ValidationError):
            walk_in_options(session, delegate, delegate, DAY_START)


def _busy(session) -> dict[str, set[tuple[int, int]]]:  # type: ignore[no-untyped-def]
    people: set[tuple[int, int]] = set()
    cells: set[tuple[int, int]] = set()
    for meeting in session.scalars(select(Meeting).where(Meeting.status == "scheduled")):
        cells.add((meeting.slot_id, meeting.table_id))
        people.add((meeting.request.requester_id, meeting.slot_id))
        people.add((meeting.request.requested_id, meeting.slot_id))
    return {"people": people, "cells": cells}


def test_walk_in_shares_a_no_show_cell_without_moving_anyone(
    event_db: EventDatabase, scheduled: list[int]
) -> None:
    # A no-show: the requester came, the other did not. The requester and someone else who
    # is free then meet at that table instead.
    with event_db.session() as session:
        no_show_id, walker, partner, option = _no_show_walk_in(session, scheduled)
    before = _placements(event_db)
    with event_db.session() as session:
        booking = book_walk_in(
            session, walker, partner, option.slot_id, option.table_id, actor="desk"
        )
    after = _placements(event_db)

    assert booking.no_show_in_cell == no_show_id
    assert booking.meeting.walk_in and booking.meeting.status is MeetingStatus.SCHEDULED
    assert (booking.meeting.slot_id, booking.meeting.table_id) == (option.slot_id, option.table_id)
    # Both rows stay: the no-show keeps its record in the cell the walk-in now uses.
    assert after[no_show_id] == before[no_show_id]
    assert after[no_show_id][2] is MeetingStatus.NO_SHOW
    assert {k: after[k] for k in before} == before
    with event_db.session() as session:
        meeting = session.get(Meeting, booking.meeting.meeting_id)
        released = session.get(Meeting, no_show_id)
        request = session.get(MeetingRequest, booking.request_id)
        actions = session.scalars(select(AuditEntry.action)).all()
    assert meeting.locked and meeting.walk_in
    assert released.outcome is MeetingOutcome.DID_NOT_TAKE_PLACE
    assert request.status is RequestStatus.ACCEPTED
    assert {request.requester_id, request.requested_id} == {walker, partner}
    assert "book_walk_in" in set(actions)

    # The same place cannot be booked twice, and the pair now has a meeting.
    with pytest.raises(RefusedError), event_db.session() as session:
        book_walk_in(session, walker, partner, option.slot_id, option.table_id)
    with pytest.raises(WalkInRefusedError) as refused, event_db.session() as s:
        walk_in_options(s, walker, partner, DAY_START)
    assert refused.value.problem.fault is WalkInFault.PAIR_HAS_MEETING
    assert refused.value.problem.meeting_id == booking.meeting.meeting_id


def _no_show_walk_in(session, scheduled: list[int]):  # type: ignore[no-untyped-def]
    """A no-show meeting and a pair that can meet at its table: the walk-in test's setup."""
    ids = session.scalars(select(Attendee.id).order_by(Attendee.id)).all()
    for meeting_id in scheduled:
        state = get_meeting_state(session, meeting_id)
        table = session.get(MeetingTable, state.table_id)
        if table.owner_id is not None:
            continue
        set_meeting_status(session, meeting_id, MeetingStatus.NO_SHOW)
        walker = state.attendee_a
        for partner in ids:
            if partner in (state.attendee_a, state.attendee_b):
                continue
            if session.get(Attendee, partner).own_table is not None:
                continue
            for option in walk_in_options(session, walker, partner, state.starts_at):
                if option.replaces_meeting_id == meeting_id:
                    return meeting_id, walker, partner, option
        set_meeting_status(session, meeting_id, MeetingStatus.SCHEDULED)
    raise AssertionError("no no-show could host a walk-in in the demo event")


def test_walk_in_rebooks_a_pair_whose_request_exists(
    event_db: EventDatabase, scheduled: list[int]
) -> None:
    with event_db.session() as session:
        declined = session.scalars(
            select(MeetingRequest).where(MeetingRequest.status == RequestStatus.DECLINED)
        ).first()
        pair = (declined.requester_id, declined.requested_id)
        options = walk_in_options(session, *pair, DAY_START)
        booth_owners = {t.owner_id for t in session.scalars(select(MeetingTable))}
        booking = book_walk_in(session, pair[1], pair[0], options[0].slot_id, options[0].table_id)
        assert booking.request_id == declined.id
        assert declined.status is RequestStatus.ACCEPTED
        if not booth_owners & set(pair):
            assert session.get(MeetingTable, options[0].table_id).owner_id is None

        # A pair whose scheduled meeting was a no-show can be booked again: their meeting
        # moves to the new place instead of a second meeting being created.
        state = get_meeting_state(session, scheduled[3])
        mark_no_show(session, state.meeting_id)
        again = walk_in_options(session, state.attendee_a, state.attendee_b, DAY_START)
        moved = book_walk_in(
            session, state.attendee_a, state.attendee_b, again[-1].slot_id, again[-1].table_id
        )
        assert moved.meeting.meeting_id == state.meeting_id
        assert moved.meeting.slot_id == again[-1].slot_id
        assert moved.meeting.walk_in
        with pytest.raises(WalkInRefusedError) as refused:
            book_walk_in(
                session, state.attendee_a, state.attendee_b, again[0].slot_id, again[0].table_id
            )
        assert refused.value.problem.fault is WalkInFault.PAIR_HAS_MEETING
