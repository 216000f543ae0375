"""Meeting outcomes and walk-in bookings from the window are undoable like every other edit
(issue 16): one step on the undo stack, undo gives back exactly what was there, redo again."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from brokerage_app.services.schedule import run_schedule
from brokerage_app.store.database import open_database
from brokerage_app.store.models import (
    Attendee,
    Meeting,
    MeetingOutcome,
    MeetingRequest,
    MeetingStatus,
    RequestStatus,
)
from brokerage_app.ui.dialogs.data import OutcomeChoice
from brokerage_app.ui.main_window import MainWindow
from tests.gui.conftest import DialogLog, wait_idle


@pytest.fixture
def solved(qtbot, window: MainWindow, demo_file: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    database = open_database(str(demo_file))
    run_schedule(database, time_limit=2, workers=1)
    database.dispose()
    window.app_actions.open_location(str(demo_file))
    qtbot.waitUntil(lambda: window.context.is_open, timeout=90_000)
    wait_idle(qtbot, window)
    return window


def _meeting(window: MainWindow, meeting_id: int) -> tuple[MeetingStatus, object, bool]:
    def read(session):  # type: ignore[no-untyped-def]
        m = session.get(Meeting, meeting_id)
        return m.status, m.outcome, m.agreement_reached

    return window.context.read(read)


def test_meeting_outcome_is_one_undoable_step(
    qtbot, solved: MainWindow, dialogs: DialogLog
) -> None:  # type: ignore[no-untyped-def]
    meeting_id = solved.context.read(lambda s: s.scalar(select(Meeting.id).limit(1)))
    before = _meeting(solved, meeting_id)
    assert before == (MeetingStatus.SCHEDULED, None, False)
    stack = solved.context.undo_stack
    depth = stack.count()
    state = solved.app_actions.data.ask_meeting_outcome(
        choice=OutcomeChoice(
            meeting_id, MeetingStatus.SCHEDULED, MeetingOutcome.COOPERATION_POSSIBLE, True
        )
    )
    assert state is not None and state.status is MeetingStatus.HELD
    assert stack.count() == depth + 1 and stack.canUndo()
    after = _meeting(solved, meeting_id)
    assert after == (MeetingStatus.HELD, MeetingOutcome.COOPERATION_POSSIBLE, True)
    stack.undo()
    wait_idle(qtbot, solved)
    assert _meeting(solved, meeting_id) == before
    stack.redo()
    wait_idle(qtbot, solved)
    assert _meeting(solved, meeting_id) == after

    # A no-show, then undone: scheduled again, without the "did not take place" feedback.
    solved.app_actions.data.ask_meeting_outcome(
        choice=OutcomeChoice(meeting_id, MeetingStatus.NO_SHOW, None, False)
    )
    assert _meeting(solved, meeting_id)[0] is MeetingStatus.NO_SHOW
    stack.undo()
    assert _meeting(solved, meeting_id) == after
    # A refused outcome never reaches the stack.
    count = stack.count()
    refused = solved.app_actions.data.ask_meeting_outcome(
        choice=OutcomeChoice(
            meeting_id, MeetingStatus.HELD, MeetingOutcome.DID_NOT_TAKE_PLACE, True
        )
    )
    assert refused is None and stack.count() == count and dialogs.errors


def _pair_state(window: MainWindow, first: int, second: int) -> tuple[object, object]:
    def read(session):  # type: ignore[no-untyped-def]
        request = session.scalar(
            select(MeetingRequest).where(
                ((MeetingRequest.requester_id == first) & (MeetingRequest.requested_id == second))
                | ((MeetingRequest.requester_id == second) & (MeetingRequest.requested_id == first))
            )
        )
        if request is None:
            return None, None
        meeting = request.meeting
        return request.status, (meeting.status, meeting.walk_in) if meeting else None

    return window.context.read(read)


def test_walk_in_booking_is_one_undoable_step(qtbot, solved: MainWindow) -> None:  # type: ignore[no-untyped-def]
    data = solved.app_actions.data
    stack = solved.context.undo_stack
    ids = solved.context.read(lambda s: s.scalars(select(Attendee.id)).all())
    # A pair with no request yet: undo removes the walk-in meeting and the request made for it.
    pair, options = None, None
    for first in ids:
        for second in ids:
            if first < second and _pair_state(solved, first, second) == (None, None):
                options = data.find_walk_in(first, second)
                if options:
                    pair = (first, second)
                    break
        if pair:
            break
    assert pair and options
    booked = data.book_walk_in(*pair, options[0])
    assert booked is not None and booked.walk_in
    assert _pair_state(solved, *pair) == (RequestStatus.ACCEPTED, (MeetingStatus.SCHEDULED, True))
    assert stack.undoText() == "Book a walk-in meeting"
    stack.undo()
    wait_idle(qtbot, solved)
    assert _pair_state(solved, *pair) == (None, None)
    stack.redo()
    wait_idle(qtbot, solved)
    assert _pair_state(solved, *pair) == (RequestStatus.ACCEPTED, (MeetingStatus.SCHEDULED, True))

    # A pending request: undo gives the request back its status and takes the meeting away.
    pending = solved.context.read(
        lambda s: [
            (r.requester_id, r.requested_id)
            for r in s.scalars(
                select(MeetingRequest).where(MeetingRequest.status == RequestStatus.PENDING)
            )
        ]
    )
    for first, second in pending:
        options = data.find_walk_in(first, second)
        if options:
            break
    else:
        pytest.skip("no pending pair with a free place in this demo")
    assert data.book_walk_in(first, second, options[0]) is not None
    assert _pair_state(solved, first, second)[0] is RequestStatus.ACCEPTED
    stack.undo()
    assert _pair_state(solved, first, second) == (RequestStatus.PENDING, None)
