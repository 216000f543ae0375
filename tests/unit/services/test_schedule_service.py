"""Database ↔ solver: export, solve-and-store in one transaction, manual edits, publishing."""

from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path

import pytest
from sqlalchemy import func, select

from brokerage_app.cli import main
from brokerage_app.domain.tasks import Progress, Task
from brokerage_app.domain.timetable import DaySpec, EventSpec, SessionSpec
from brokerage_app.errors import RefusedError
from brokerage_app.scheduling.format import Placement, load_problem
from brokerage_app.scheduling.reasons import ReasonKind
from brokerage_app.scheduling.solver import SolvePhase
from brokerage_app.scheduling.validate import validate_assignments
from brokerage_app.services.events import create_event
from brokerage_app.services.people import (
    AttendeeInput,
    OrganisationInput,
    create_attendee,
    create_organisation,
    set_own_table,
)
from brokerage_app.services.schedule import (
    PlaceProblemKind,
    SolveProgressInfo,
    export_problem,
    move_meeting,
    move_targets,
    placement_problems,
    publish,
    run_schedule,
    schedule_grid,
    set_locked,
    unscheduled_requests,
)
from brokerage_app.store.database import EventDatabase, open_database
from brokerage_app.store.models import (
    Attendee,
    Meeting,
    MeetingRequest,
    MeetingStatus,
    MeetingTable,
    RequestStatus,
    Slot,
)

DAY1, DAY2 = dt.date(2027, 5, 11), dt.date(2027, 5, 12)
NAMES = ["Åsa Öberg", "Piotr Nowak", "Γιώργος Παπαδόπουλος", "Олена Коваленко", "İbrahim Çelik"]


@pytest.fixture
def small_event(tmp_path: Path) -> EventDatabase:
    """Five delegates, two days of four 20-minute slots, three tables; Piotr on day 2 only."""
    database = open_database(tmp_path / "e.sqlite", create=True)
    session_spec = (SessionSpec(dt.time(9), dt.time(10, 20), 20),)
    with database.session() as session:
        create_event(
            session,
            EventSpec(
                name="Small",
                tables=3,
                days=(DaySpec(DAY1, session_spec), DaySpec(DAY2, session_spec)),
            ),
        )
        org = create_organisation(session, OrganisationInput("Org", "SE"))
        ids = []
        for index, name in enumerate(NAMES):
            first, last = name.split(" ")
            arrival = dt.datetime.combine(DAY2, dt.time(9)) if index == 1 else None
            ids.append(
                create_attendee(
                    session,
                    AttendeeInput(
                        first_name=first, last_name=last, organisation_id=org, arrival=arrival
                    ),
                )
            )
        pairs = [(0, 1, 3), (0, 2, 1), (0, 3, 2), (2, 3, 1), (3, 4, 1), (1, 4, 2)]
        for a, b, priority in pairs:
            session.add(
                MeetingRequest(
                    requester_id=ids[a],
                    requested_id=ids[b],
                    priority=priority,
                    status=RequestStatus.ACCEPTED,
                )
            )
        session.add(MeetingRequest(requester_id=ids[4], requested_id=ids[0]))  # pending
    return database


def meetings(database: EventDatabase) -> dict[int, tuple[int, int]]:
    with database.session() as session:
        return {
            m.request_id: (m.slot_id, m.table_id)
            for m in session.scalars(
                select(Meeting).where(Meeting.status == MeetingStatus.SCHEDULED)
            )
        }


def test_export_holds_accepted_requests_and_availability(small_event: EventDatabase) -> None:
    with small_event.session() as session:
        event_problem = export_problem(session)
    problem = event_problem.problem
    assert len(problem.meetings) == 6  # the pending request is not a meeting
    assert len(problem.slots) == 8 and len(problem.tables) == 3
    piotr = next(p for p in problem.participants if event_problem.names[p.id] == "Piotr Nowak")
    assert len(piotr.unavailable) == 4  # all of day 1
    assert {m.priority for m in problem.meetings} == {1, 2, 3}


def test_solve_stores_a_valid_complete_schedule(small_event: EventDatabase) -> None:
    outcome = run_schedule(small_event, time_limit=10)
    assert outcome.placed == outcome.total == 6 and not outcome.unscheduled
    assert outcome.proven_optimal
    with small_event.session() as session:
        problem = export_problem(session).problem
    stored = meetings(small_event)
    assert len(stored) == 6
    placements = [Placement(f"r{r}", f"s{s}", f"t{t}") for r, (s, t) in stored.items()]
    assert validate_assignments(problem, placements) == []
    # The event file was backed up before the schedule was stored.
    assert len(list((small_event.file_path.parent / "backups").glob("*solve*"))) == 1


def test_unplaceable_request_gets_a_reason(small_event: EventDatabase) -> None:
    with small_event.session() as session:
        # Åsa leaves after day 1, Piotr arrives on day 2: they can never meet.
        asa = session.scalars(select(Attendee).where(Attendee.first_name == "Åsa")).one()
        asa.departure = dt.datetime.combine(DAY1, dt.time(10, 20))
    outcome = run_schedule(small_event, time_limit=10)
    assert outcome.placed == 5
    [row] = outcome.unscheduled
    assert {row.requester, row.requested} == {"Åsa Öberg", "Piotr Nowak"}
    # The fact, not a sentence: the days each of them attends, which never meet.
    assert row.reason is not None and row.reason.kind is ReasonKind.NO_COMMON_DAY
    days = {row.requester: row.reason.days_a, row.requested: row.reason.days_b}
    assert days == {"Åsa Öberg": (DAY1.isoformat(),), "Piotr Nowak": (DAY2.isoformat(),)}
    with small_event.session() as session:
        [listed] = unscheduled_requests(session)
        assert listed.reason == row.reason  # stored as the fact, read back as the fact


def test_locked_meeting_stays_and_move_is_checked(small_event: EventDatabase) -> None:
    run_schedule(small_event, time_limit=10)
    with small_event.session() as session:
        grid = schedule_grid(session)
        meeting = grid.meetings[0]
        targets = move_targets(session, meeting.meeting_id)
        free = [
            cell
            for cell, reason in targets.items()
            if not reason and cell != (meeting.slot_id, meeting.table_id)
        ]
        blocked = {cell: reason for cell, reason in targets.items() if reason}
    assert free and blocked
    # Each refusal is the fact that holds in that cell, and the message is its wording.
    with small_event.session() as session:
        request = session.get(Meeting, meeting.meeting_id).request
        facts = placement_problems(session, request, meeting.meeting_id)
        pair = {request.requester.full_name, request.requested.full_name}
    others = [m for m in grid.meetings if m.meeting_id != meeting.meeting_id]
    for (slot_id, table_id), reason in blocked.items():
        fact = facts[(slot_id, table_id)]
        assert fact is not None and reason == fact.english()
        occupant = next((m for m in others if (m.slot_id, m.table_id) == (slot_id, table_id)), None)
        busy = [m for m in others if m.slot_id == slot_id and {m.name_a, m.name_b} & pair]
        if fact.kind is PlaceProblemKind.PERSON_BUSY:
            assert fact.person in pair and busy
        elif fact.kind is PlaceProblemKind.TABLE_TAKEN:
            assert occupant is not None and fact.other == f"{occupant.name_a} – {occupant.name_b}"
        else:  # Piotr is away on day 1; nobody in this event has a booth
            assert fact.kind is PlaceProblemKind.UNAVAILABLE and fact.person == "Piotr Nowak"
            assert fact.starts_at.date() == DAY1
    target_slot, target_table = free[0]
    with small_event.session() as session:
        before = move_meeting(session, meeting.meeting_id, target_slot, target_table, actor="test")
    assert (before.slot_id, before.table_id) == (meeting.slot_id, meeting.table_id)
    (bad_cell, reason) = next(iter(blocked.items()))
    with pytest.raises(RefusedError) as refused, small_event.session() as session:
        move_meeting(session, meeting.meeting_id, *bad_cell)
    assert str(refused.value) == reason
    # The moved meeting is locked: a re-solve keeps it exactly there.
    run_schedule(small_event, time_limit=10)
    assert meetings(small_event)[meeting.request_id] == (target_slot, target_table)
    # Undo: back to where it was, unlocked as before.
    with small_event.session() as session:
        move_meeting(
            session, meeting.meeting_id, before.slot_id, before.table_id, lock=before.locked
        )
        assert session.get(Meeting, meeting.meeting_id).locked is False


def test_booth_owner_meets_at_own_booth(small_event: EventDatabase) -> None:
    with small_event.session() as session:
        olena = session.scalars(select(Attendee).where(Attendee.first_name == "Олена")).one()
        booth = session.scalars(select(MeetingTable).where(MeetingTable.number == 3)).one()
        set_own_table(session, olena.id, booth.id)
        olena_id, booth_id = olena.id, booth.id
    run_schedule(small_event, time_limit=10)
    with small_event.session() as session:
        grid = schedule_grid(session)
    for meeting in grid.meetings:
        involved = olena_id in (meeting.attendee_a, meeting.attendee_b)
        assert (meeting.table_id == booth_id) == involved


def test_publish_then_resolve_moves_nothing(small_event: EventDatabase) -> None:
    run_schedule(small_event, time_limit=10)
    assert publish(small_event) == 6
    assert len(list((small_event.file_path.parent / "backups").glob("*publish*"))) == 1
    before = meetings(small_event)
    outcome = run_schedule(small_event, time_limit=10, seed=5)
    assert outcome.moved == 0
    assert meetings(small_event) == before


def test_changes_during_solve_store_nothing(small_event: EventDatabase) -> None:
    def edit_while_solving(progress: Progress) -> None:
        if (
            not isinstance(progress.status, SolveProgressInfo)
            or progress.status.phase is not SolvePhase.DONE
        ):
            return
        with small_event.session() as session:
            request = session.scalars(
                select(MeetingRequest).where(MeetingRequest.status == RequestStatus.PENDING)
            ).one()
            request.status = RequestStatus.ACCEPTED

    with pytest.raises(RefusedError, match="changed while"):
        run_schedule(small_event, time_limit=10, task=Task(edit_while_solving))
    with small_event.session() as session:
        assert session.scalar(select(func.count()).select_from(Meeting)) == 0


def test_cancel_keeps_a_valid_schedule(small_event: EventDatabase) -> None:
    cancel = threading.Event()
    cancel.set()
    outcome = run_schedule(small_event, time_limit=30, task=Task(cancel=cancel))
    assert outcome.cancelled
    assert len(meetings(small_event)) == outcome.placed


def test_lock_and_unlock_return_previous_state(small_event: EventDatabase) -> None:
    run_schedule(small_event, time_limit=10)
    with small_event.session() as session:
        ids = [m.meeting_id for m in schedule_grid(session).meetings[:2]]
        assert set_locked(session, ids, True) == dict.fromkeys(ids, False)
        assert set_locked(session, ids, False) == dict.fromkeys(ids, True)


def test_cli_export_and_schedule(small_event: EventDatabase, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    location = str(small_event.file_path)
    target = tmp_path / "problem.json"
    assert main(["--db", location, "export-problem", "-o", str(target)]) == 0
    assert len(load_problem(target).meetings) == 6
    assert main(["--db", location, "schedule", "--time-limit", "10"]) == 0
    assert "Placed 6 of 6 meetings (optimal)" in capsys.readouterr().out
    with small_event.session() as session:
        assert session.scalar(select(func.count()).select_from(Slot)) == 8
    assert len(meetings(small_event)) == 6
