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
from brokerage_app.store.models import Meeting, MeetingStatus, RequestStatus, Slot
from tests.helpers.cli import cli_commands

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
            create_attendee(
                session,
                AttendeeInput(first_name=f"P{i}", organisation_id=org, email=f"p{i}@x.example"),
            )
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


def arrival_day2(database: EventDatabase) -> tuple[set[int], ConflictRule]:
    # Arrive just after one of P0's meetings starts: only the meetings before then conflict.
    expected, arrival = _arrival_plan(database)
    with database.session() as session:
        edit_availability(session, 1, AvailabilityEdit(arrival=arrival))
    return expected, ConflictRule.BEFORE_ARRIVAL


def departure(database: EventDatabase) -> tuple[set[int], ConflictRule]:
    meeting = _day1_meeting_of(database, 0)
    with database.session() as session:
        slot = session.get(Slot, meeting.slot_id)
        leaves = slot.ends_at - dt.timedelta(minutes=1)
        expected = {
            m.meeting_id
            for m in placed_meetings(session)
            if session.get(Slot, m.slot_id).ends_at > leaves
            and 1
            in (
                session.get(Meeting, m.meeting_id).request.requester_id,
                session.get(Meeting, m.meeting_id).request.requested_id,
            )
        }
        edit_availability(session, 1, AvailabilityEdit(departure=leaves))
    return expected, ConflictRule.AFTER_DEPARTURE


def blocked_slot(database: EventDatabase) -> tuple[set[int], ConflictRule]:
    meeting = _day1_meeting_of(database, 0)
    with database.session() as session:
        edit_availability(session, 1, AvailabilityEdit(blocked_slot_ids=(meeting.slot_id,)))
    return {meeting.id}, ConflictRule.BLOCKED_SLOT


def max_meetings(database: EventDatabase) -> tuple[set[int], ConflictRule]:
    with database.session() as session:
        mine = sorted(
            (session.get(Slot, m.slot_id).starts_at, m.meeting_id)
            for m in placed_meetings(session)
            if 1
            in (
                session.get(Meeting, m.meeting_id).request.requester_id,
                session.get(Meeting, m.meeting_id).request.requested_id,
            )
        )
        assert len(mine) == 2
        edit_availability(session, 1, AvailabilityEdit(max_meetings=1))
    return {m for _at, m in mine}, ConflictRule.MAX_MEETINGS


def declined(database: EventDatabase) -> tuple[set[int], ConflictRule]:
    meeting = _meeting_of(database, 2)
    with database.session() as session:
        set_status(session, [meeting.request_id], RequestStatus.DECLINED)
    return {meeting.id}, ConflictRule.REQUEST_NOT_ACCEPTED


def cancelled(database: EventDatabase) -> tuple[set[int], ConflictRule]:
    meeting = _meeting_of(database, 3)
    with database.session() as session:
        set_status(session, [meeting.request_id], RequestStatus.CANCELLED)
    return {meeting.id}, ConflictRule.REQUEST_NOT_ACCEPTED


def table_removed(database: EventDatabase) -> tuple[set[int], ConflictRule]:
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
    return expected, ConflictRule.TABLE_REMOVED


def day_removed(database: EventDatabase) -> tuple[set[int], ConflictRule]:
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
    return expected, ConflictRule.SLOT_REMOVED


def own_booth(database: EventDatabase) -> tuple[set[int], ConflictRule]:
    with database.session() as session:
        settings = event_settings(session)
        change = apply_event_settings(session, settings.with_table(TableSetting(number=0)))
        assert change.slots_kept == 8
        booth = max(t.id for t in event_settings(session).tables)
        set_own_table(session, 1, booth)
        expected = {
            m.meeting_id
            for m in placed_meetings(session)
            if 1
            in (
                session.get(Meeting, m.meeting_id).request.requester_id,
                session.get(Meeting, m.meeting_id).request.requested_id,
            )
        }
    return expected, ConflictRule.OWN_BOOTH


def imported_arrival(database: EventDatabase) -> tuple[set[int], ConflictRule]:
    expected, arrival = _arrival_plan(database)
    path = Path(str(database.file_path)).with_name("arrivals.csv")
    path.write_text(
        "First name,Email,Organisation,Country,Arrival\n"
        f"P0,p0@x.example,Org,SE,{arrival:%Y-%m-%d %H:%M}\n",
        encoding="utf-8",
    )
    from brokerage_app.services.imports import run_import

    result = run_import(database, "attendees", path)
    assert result.updated == 1
    assert set(result.schedule_check.conflicting_meeting_ids) == expected
    return expected, ConflictRule.BEFORE_ARRIVAL


def _arrival_plan(database: EventDatabase) -> tuple[set[int], dt.datetime]:
    """The meetings of P0 before a moment just after one of their meetings starts."""
    meeting = _day1_meeting_of(database, 0)
    with database.session() as session:
        arrival = session.get(Slot, meeting.slot_id).starts_at + dt.timedelta(minutes=1)
        expected = {
            m.meeting_id
            for m in placed_meetings(session)
            if session.get(Slot, m.slot_id).starts_at < arrival
            and 1
            in (
                session.get(Meeting, m.meeting_id).request.requester_id,
                session.get(Meeting, m.meeting_id).request.requested_id,
            )
        }
    return expected, arrival


def slot_length(database: EventDatabase) -> tuple[set[int], ConflictRule]:
    with database.session() as session:
        settings = event_settings(session)
        days = tuple(
            replace(d, sessions=tuple(replace(b, slot_minutes=40) for b in d.sessions))
            for d in settings.days
        )
        # 09:00 and 09:40 still start a slot; 09:20 and 10:00 do not.
        kept = {"09:00", "09:40"}
        expected = {
            m.meeting_id
            for m in placed_meetings(session)
            if f"{session.get(Slot, m.slot_id).starts_at:%H:%M}" not in kept
        }
        places = {m.meeting_id: m.slot_id for m in placed_meetings(session)}
        change = apply_event_settings(session, replace(settings, days=days))
        assert change.slots_kept == 4 and change.slots_removed == 4 and change.slots_added == 0
        after = {m.meeting_id: m.slot_id for m in placed_meetings(session)}
    # Nothing deleted: every meeting is still placed, and those at a surviving start stay.
    assert after == places
    return expected, ConflictRule.SLOT_REMOVED


CHANGES: list[Callable[[EventDatabase], tuple[set[int], ConflictRule]]] = [
    arrival_day2,
    departure,
    blocked_slot,
    max_meetings,
    declined,
    cancelled,
    table_removed,
    day_removed,
    own_booth,
    imported_arrival,
    slot_length,
]


@pytest.mark.parametrize("change", CHANGES, ids=lambda c: c.__name__)
def test_each_change_shows_its_conflict_until_a_fewest_moves_resolve(
    solved: EventDatabase, change: Callable, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = _places(solved)
    with solved.session() as session:
        meeting_of = {m.request_id: m.meeting_id for m in placed_meetings(session)}
    expected, rule = change(solved)
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

    resolve = ["schedule", "--fewest-moves", "--time-limit", "5", "--workers", "1", "--quiet"]
    assert main([*resolve, "--db", db]) == 0
    assert "placed meeting(s) moved" in capsys.readouterr().out
    with solved.session() as session:
        state = schedule_state(session)
    assert state.check.valid and not state.changed_since_solve
    after = _places(solved)
    moved = {r for r in before if after.get(r) != before[r]}
    affected = {r for r, m in meeting_of.items() if m in expected}
    # Only meetings in conflict moved (or left the schedule); at least one had to.
    assert moved and moved <= affected, (moved, affected)
    assert main(["check-schedule", "--db", db]) == 0
    assert main(["publish", "--db", db]) == 0


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
    # Present on both days again: the whole-day block goes, the conflicts with it.
    assert main(["attendee", "edit", "1", "--days", f"{DAY1},{DAY2}", "--db", db]) == 0
    with solved.session() as session:
        assert check_schedule(session).valid
    assert main(["attendee", "edit", "1", "--arrival", "2027-05-11T25:00", "--db", db]) == 2
    assert "--arrival" in capsys.readouterr().err


def test_deleting_an_attendee_takes_their_meetings_and_leaves_the_rest_valid(
    solved: EventDatabase, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The cascade the organiser asks for removes their meetings: nothing left conflicts."""
    from brokerage_app.services.people import delete_attendee

    before = _places(solved)
    with solved.session() as session:
        delete_attendee(session, 1, cascade=True)
        assert check_schedule(session).valid
    after = _places(solved)
    assert set(after) < set(before) and all(after[r] == before[r] for r in after)
    assert main(["check-schedule", "--db", str(tmp_path / "e.sqlite")]) == 0


def test_undo_of_an_event_change_puts_the_meetings_back_in_place(solved: EventDatabase) -> None:
    before = _places(solved)
    with solved.session() as session:
        settings = event_settings(session)
        change = apply_event_settings(session, replace(settings, days=settings.days[1:]))
        assert not check_schedule(session).valid
    with solved.session() as session:
        apply_event_settings(session, change.previous)
        assert event_settings(session) == settings
        assert check_schedule(session).valid
    assert _places(solved) == before


def test_every_event_subcommand_has_help(capsys: pytest.CaptureFixture[str]) -> None:
    # The parser's own list, so a sub-command added later is held to this too.
    names = [c.removeprefix("event ") for c in cli_commands() if c.startswith("event ")]
    assert len(names) >= 15  # the walk really found the event sub-commands
    for name in names:
        with pytest.raises(SystemExit) as exit_info:
            main(["event", name, "--help"])
        assert exit_info.value.code == 0
        assert "usage: brokerage-app event " + name in capsys.readouterr().out


def test_event_cli_changes_and_reports(
    solved: EventDatabase, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "e.sqlite")
    capsys.readouterr()
    assert main(["event", "sessions", "09:00-10:30", "--all-days", "--db", db]) == 0
    out = capsys.readouterr().out
    assert "session 1: 10 minute(s) are neither a slot nor a break" in out
    assert main(["event", "add-table", "--label", "Booth A", "--db", db]) == 0
    assert main(["event", "remove-day", DAY1.isoformat(), "--db", db]) == 0
    out = capsys.readouterr().out
    assert "placed meetings no longer fit: re-solve or move them." in out
    assert main(["event", "remove-day", "2030-01-01", "--db", db]) == 2
    assert main(["event", "add-room", "Loft", "--db", db]) == 0
    assert main(["event", "rename-room", "Loft", "Attic", "--db", db]) == 0
    assert main(["event", "remove-room", "Main hall", "--db", db]) == 2  # it has tables
    assert main(["event", "remove-room", "Attic", "--db", db]) == 0
    assert main(["event", "show", "--db", db]) == 0
    shown = capsys.readouterr().out
    assert "Table 5: Booth A" in shown and DAY1.isoformat() not in shown
    assert "Rooms:     Main hall\n" in shown


def test_cli_import_lists_what_no_longer_fits(
    solved: EventDatabase, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    expected, arrival = _arrival_plan(solved)
    path = tmp_path / "arrivals.csv"
    path.write_text(
        "First name,Email,Organisation,Country,Arrival\n"
        f"P0,p0@x.example,Org,SE,{arrival:%Y-%m-%d %H:%M}\n",
        encoding="utf-8",
    )
    capsys.readouterr()
    assert main(["import", "attendees", str(path), "--db", str(tmp_path / "e.sqlite")]) == 0
    out = capsys.readouterr().out
    assert f"{len(expected)} placed meetings no longer fit: re-solve or move them." in out
    assert sum(line.startswith("meeting ") for line in out.splitlines()) == len(expected)


def test_a_held_meeting_is_history_not_a_conflict(solved: EventDatabase) -> None:
    """An arrival set after a meeting took place, or its table removed: nothing to report,
    and a re-solve keeps it where it was."""
    from brokerage_app.services.meetings_on_the_day import mark_held

    meeting = _day1_meeting_of(solved, 0)
    with solved.session() as session:
        mark_held(session, meeting.id)
        starts = session.get(Slot, meeting.slot_id).starts_at
        edit_availability(session, 1, AvailabilityEdit(arrival=starts + dt.timedelta(hours=30)))
        settings = event_settings(session)
        apply_event_settings(
            session,
            replace(settings, tables=tuple(t for t in settings.tables if t.id != meeting.table_id)),
        )
        check = check_schedule(session)
    assert meeting.id not in check.meetings
    run_schedule(solved, time_limit=5, workers=1, keep_placed=True)
    with solved.session() as session:
        assert check_schedule(session).valid
        kept = session.get(Meeting, meeting.id)
        assert (kept.status, kept.slot_id, kept.table_id) == (
            MeetingStatus.HELD,
            meeting.slot_id,
            meeting.table_id,
        )


def test_locked_meetings_stay_unless_they_no_longer_fit(solved: EventDatabase) -> None:
    """A lock keeps a meeting in place through re-solves, but cannot keep it somewhere it no
    longer fits: the check reports it (with its lock) and the re-solve moves it."""
    from brokerage_app.services.schedule import set_locked

    before = _places(solved)
    with solved.session() as session:
        meeting_of = {m.request_id: m.meeting_id for m in placed_meetings(session)}
        set_locked(session, list(meeting_of.values()), True)
    expected, arrival = _arrival_plan(solved)
    with solved.session() as session:
        edit_availability(session, 1, AvailabilityEdit(arrival=arrival))
        check = check_schedule(session)
    assert set(check.conflicting_meeting_ids) == expected
    assert all(check.meetings[m].locked for m in expected)
    run_schedule(solved, time_limit=5, workers=1, keep_placed=True)
    after = _places(solved)
    moved = {r for r in before if after.get(r) != before[r]}
    assert moved == {r for r, m in meeting_of.items() if m in expected}
    with solved.session() as session:
        assert check_schedule(session).valid
