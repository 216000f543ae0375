"""The schedule check: each kind of change shows its conflict, check-schedule exits 1,
publishing refuses, and a fewest-moves re-solve clears it moving only the affected meetings."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import select

from brokerage_app.cli import main
from brokerage_app.domain.timetable import DaySpec, EventSpec, SessionSpec
from brokerage_app.services.event_settings import (
    TableSetting,
    apply_event_settings,
    event_settings,
)
from brokerage_app.services.events import create_event
from brokerage_app.services.people import (
    AttendeeInput,
    AvailabilityEdit,
    OrganisationInput,
    create_attendee,
    create_organisation,
    edit_availability,
    set_own_table,
)
from brokerage_app.services.requests import create_request, set_status
from brokerage_app.services.schedule import (
    ScheduleConflictsError,
    placed_meetings,
    publish,
    run_schedule,
)
from brokerage_app.services.schedule_check import ConflictRule, check_schedule, schedule_state
from brokerage_app.store.database import EventDatabase, open_database
from brokerage_app.store.models import Meeting, RequestStatus, Slot

DAY1, DAY2 = dt.date(2027, 5, 11), dt.date(2027, 5, 12)
PAIRS = [(0, 1), (0, 2), (1, 3), (2, 4), (3, 5)]


@pytest.fixture
def solved(tmp_path: Path) -> EventDatabase:
    """Six delegates, five accepted requests, two days of four slots, four tables: solved."""
    database = open_database(tmp_path / "e.sqlite", create=True)
    block = (SessionSpec(dt.time(9), dt.time(10, 20), 20),)
    with database.session() as session:
        create_event(
            session,
            EventSpec(name="Check", tables=4, days=(DaySpec(DAY1, block), DaySpec(DAY2, block))),
        )
        org = create_organisation(session, OrganisationInput("Org", "SE"))
        people = [
            create_attendee(session, AttendeeInput(first_name=f"P{i}", organisation_id=org))
            for i in range(6)
        ]
        for a, b in PAIRS:
            create_request(session, people[a], people[b], status=RequestStatus.ACCEPTED)
    run_schedule(database, time_limit=5, workers=1)
    with database.session() as session:
        assert len(placed_meetings(session)) == len(PAIRS)
        assert check_schedule(session).valid
    return database


def _places(database: EventDatabase) -> dict[int, tuple[int, int]]:
    with database.session() as session:
        return {m.request_id: (m.slot_id, m.table_id) for m in placed_meetings(session)}


def _meeting_of(database: EventDatabase, pair: int) -> Meeting:
    with database.session() as session:
        return session.scalars(select(Meeting).order_by(Meeting.request_id)).all()[pair]


def _person(database: EventDatabase, index: int) -> int:
    return index + 1  # attendee ids follow creation order


def _day1_meeting_of(database: EventDatabase, person_index: int) -> Meeting:
    """Move the first meeting of a person to day 1, 09:00 at its table (for a clear setup)."""
    with database.session() as session:
        for meeting in session.scalars(select(Meeting).order_by(Meeting.id)):
            request = meeting.request
            if _person(database, person_index) in (request.requester_id, request.requested_id):
                session.expunge(meeting)
                return meeting
    raise AssertionError("no meeting")


def arrival_day2(database: EventDatabase) -> tuple[set[int], ConflictRule, list[str]]:
    meeting = _day1_meeting_of(database, 0)
    with database.session() as session:
        slot = session.get(Slot, meeting.slot_id)
        # Arrive just after this meeting starts: only the meetings before then conflict.
        arrival = slot.starts_at + dt.timedelta(minutes=1)
        expected = {
            m.meeting_id
            for m in placed_meetings(session)
            if session.get(Slot, m.slot_id).starts_at < arrival
            and 1 in (session.get(Meeting, m.meeting_id).request.requester_id,
                      session.get(Meeting, m.meeting_id).request.requested_id)
        }  # fmt: skip
        edit_availability(session, 1, AvailabilityEdit(arrival=arrival))
    return expected, ConflictRule.BEFORE_ARRIVAL, []


def departure(database: EventDatabase) -> tuple[set[int], ConflictRule, list[str]]:
    meeting = _day1_meeting_of(database, 0)
    with database.session() as session:
        slot = session.get(Slot, meeting.slot_id)
        leaves = slot.ends_at - dt.timedelta(minutes=1)
        expected = {
            m.meeting_id
            for m in placed_meetings(session)
            if session.get(Slot, m.slot_id).ends_at > leaves
            and 1 in (session.get(Meeting, m.meeting_id).request.requester_id,
                      session.get(Meeting, m.meeting_id).request.requested_id)
        }  # fmt: skip
        edit_availability(session, 1, AvailabilityEdit(departure=leaves))
    return expected, ConflictRule.AFTER_DEPARTURE, []


def blocked_slot(database: EventDatabase) -> tuple[set[int], ConflictRule, list[str]]:
    meeting = _day1_meeting_of(database, 0)
    with database.session() as session:
        edit_availability(session, 1, AvailabilityEdit(blocked_slot_ids=(meeting.slot_id,)))
    return {meeting.id}, ConflictRule.BLOCKED_SLOT, []


def max_meetings(database: EventDatabase) -> tuple[set[int], ConflictRule, list[str]]:
    with database.session() as session:
        mine = sorted(
            (session.get(Slot, m.slot_id).starts_at, m.meeting_id)
            for m in placed_meetings(session)
            if 1 in (session.get(Meeting, m.meeting_id).request.requester_id,
                     session.get(Meeting, m.meeting_id).request.requested_id)
        )  # fmt: skip
        assert len(mine) == 2
        edit_availability(session, 1, AvailabilityEdit(max_meetings=1))
    return {m for _at, m in mine}, ConflictRule.MAX_MEETINGS, []


def declined(database: EventDatabase) -> tuple[set[int], ConflictRule, list[str]]:
    meeting = _meeting_of(database, 2)
    with database.session() as session:
        set_status(session, [meeting.request_id], RequestStatus.DECLINED)
    return {meeting.id}, ConflictRule.REQUEST_NOT_ACCEPTED, []


def cancelled(database: EventDatabase) -> tuple[set[int], ConflictRule, list[str]]:
    meeting = _meeting_of(database, 3)
    with database.session() as session:
        set_status(session, [meeting.request_id], RequestStatus.CANCELLED)
    return {meeting.id}, ConflictRule.REQUEST_NOT_ACCEPTED, []


def table_removed(database: EventDatabase) -> tuple[set[int], ConflictRule, list[str]]:
    meeting = _meeting_of(database, 0)
    with database.session() as session:
        settings = event_settings(session)
        expected = {
            m.meeting_id for m in placed_meetings(session) if m.table_id == meeting.table_id
        }
        apply_event_settings(
            session,
            replace(settings, tables=tuple(t for t in settings.tables if t.id != meeting.table_id)),
        )
    return expected, ConflictRule.TABLE_REMOVED, []


def day_removed(database: EventDatabase) -> tuple[set[int], ConflictRule, list[str]]:
    with database.session() as session:
        settings = event_settings(session)
        # A third day gives the moved meetings room; day 1 goes.
        third = replace(settings.days[1], date=dt.date(2027, 5, 13))
        expected = {
            m.meeting_id
            for m in placed_meetings(session)
            if session.get(Slot, m.slot_id).starts_at.date() == DAY1
        }
        apply_event_settings(session, replace(settings, days=(settings.days[1], third)))
    return expected, ConflictRule.SLOT_REMOVED, []


def own_booth(database: EventDatabase) -> tuple[set[int], ConflictRule, list[str]]:
    with database.session() as session:
        settings = event_settings(session)
        change = apply_event_settings(session, settings.with_table(TableSetting(number=0)))
        assert change.slots_kept == 8
        booth = max(t.id for t in event_settings(session).tables)
        set_own_table(session, 1, booth)
        expected = {
            m.meeting_id
            for m in placed_meetings(session)
            if 1 in (session.get(Meeting, m.meeting_id).request.requester_id,
                     session.get(Meeting, m.meeting_id).request.requested_id)
        }  # fmt: skip
    return expected, ConflictRule.OWN_BOOTH, []


CHANGES: list[Callable[[EventDatabase], tuple[set[int], ConflictRule, list[str]]]] = [
    arrival_day2, departure, blocked_slot, max_meetings, declined, cancelled, table_removed,
    day_removed, own_booth,
]  # fmt: skip


@pytest.mark.parametrize("change", CHANGES, ids=lambda c: c.__name__)
def test_each_change_shows_its_conflict_until_a_fewest_moves_resolve(
    solved: EventDatabase, change: Callable, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = _places(solved)
    expected, rule, _ = change(solved)
    assert expected
    with solved.session() as session:
        state = schedule_state(session)
    assert set(state.check.conflicting_meeting_ids) == expected
    assert {c.rule for c in state.check.conflicts} == {rule}
    assert state.changed_since_solve and state.claims is None

    db = str(tmp_path / "e.sqlite")
    capsys.readouterr()
    assert main(["check-schedule", "--db", db]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith(f"{len(expected)} placed meetings no longer fit")
    assert {
        int(line.split(":")[0].split()[1]) for line in lines if line.startswith("meeting ")
    } == expected
    with pytest.raises(ScheduleConflictsError):
        publish(solved)
    assert main(["publish", "--db", db]) == 2
    assert "no longer fit" in capsys.readouterr().err

    run_schedule(solved, time_limit=5, workers=1, keep_placed=True)
    with solved.session() as session:
        state = schedule_state(session)
        requests_of = {m.meeting_id: m.request_id for m in placed_meetings(session)}
        gone = {m.id for m in session.scalars(select(Meeting)) if m.id in expected}
    assert state.check.valid and not state.changed_since_solve
    after = _places(solved)
    moved = {r for r in before if after.get(r) != before[r]}
    affected = {r for r in before if _request_of(solved, r) in expected}
    assert moved <= affected, (moved, affected)
    assert gone == expected and set(requests_of) >= set()
    assert main(["check-schedule", "--db", db]) == 0
    assert main(["publish", "--db", db]) == 0


def _request_of(database: EventDatabase, request_id: int) -> int:
    with database.session() as session:
        meeting = session.scalar(select(Meeting).where(Meeting.request_id == request_id))
        return meeting.id if meeting else -1


def test_cli_attendee_edit_reports_the_conflict(
    solved: EventDatabase, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "e.sqlite")
    capsys.readouterr()
    assert main(["attendee", "edit", "1", "--days", DAY2.isoformat(), "--db", db]) == 0
    out = capsys.readouterr().out
    with solved.session() as session:
        check = check_schedule(session)
    assert check.conflicts and {c.rule for c in check.conflicts} == {ConflictRule.BLOCKED_SLOT}
    assert f"{len(check.meetings)} placed meetings no longer fit: re-solve or move them." in out
    assert "no longer hold" in out
    assert main(["attendee", "edit", "1", "--arrival", "2027-05-11T25:00", "--db", db]) == 2
    assert "--arrival" in capsys.readouterr().err
