"""The command line's words for a walk-in it refuses, pinned before they became facts."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import select

from brokerage_app.cli import main
from brokerage_app.domain.calendar_words import day_time
from brokerage_app.services.meetings_on_the_day import walk_in_options
from brokerage_app.store.database import open_database
from brokerage_app.store.models import Attendee, Meeting, MeetingTable
from tests.integration.checkin.test_meetings_on_the_day import _pair_without_meeting

DAY_START = dt.datetime(2027, 5, 11, 9, 0)


def _refusal(path: Path, capsys: pytest.CaptureFixture[str], *args: int) -> str:
    capsys.readouterr()
    command = ["--db", str(path), "walk-in", *map(str, args[:2])]
    if len(args) > 2:
        command += ["--book", "--slot", str(args[2]), "--table", str(args[3])]
    assert main(command) == 2
    return capsys.readouterr().err.strip()


def test_walk_in_refusals_in_english(event_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    database = open_database(event_file)
    with database.session() as session:
        a, b = _pair_without_meeting(session)
        first = walk_in_options(session, a, b, DAY_START)[0]
        shared = session.scalars(
            select(MeetingTable).where(MeetingTable.owner_id.is_(None)).order_by(MeetingTable.id)
        ).all()
        booth = session.scalars(
            select(MeetingTable).where(MeetingTable.owner_id.is_not(None))
        ).first()
        assert booth is not None
        people = {p.id: p for p in session.scalars(select(Attendee))}
        meeting = session.scalars(select(Meeting).order_by(Meeting.id)).first()
        assert meeting is not None
        busy = meeting.request.requester
        when = day_time(meeting.slot.starts_at)
        pair = (meeting.request.requester.full_name, meeting.request.requested.full_name)
        meeting_table = meeting.table.display_name
        # A shared table in the first free slot that a meeting already uses, if any.
        taken = session.scalars(
            select(Meeting).where(
                Meeting.slot_id == first.slot_id,
                Meeting.table_id.in_([t.id for t in shared]),
            )
        ).first()
        taken_line = (
            (taken.table_id, taken.table.display_name, taken.id) if taken is not None else None
        )
        slot_when = day_time(first.starts_at)
        partner = next(
            p for p in people if p not in (busy.id, meeting.request.requested_id, booth.owner_id)
        )
        meeting_args = (meeting.request.requester_id, meeting.request.requested_id)
        meeting_id = meeting.id
        meeting_slot, meeting_table_id = meeting.slot_id, meeting.table_id
        busy_name, busy_id = busy.full_name, busy.id
        booth_id, booth_name = booth.id, booth.display_name
    database.dispose()

    assert _refusal(event_file, capsys, *meeting_args) == (
        f"brokerage-app: error: {pair[0]} and {pair[1]} already have meeting {meeting_id} "
        f"({when}, {meeting_table}); mark it no-show first to book them again."
    )
    assert _refusal(event_file, capsys, busy_id, partner, meeting_slot, meeting_table_id) == (
        "brokerage-app: error: Cannot book this walk-in: "
        f"{busy_name} already has meeting {meeting_id} at {when}."
    )
    assert _refusal(event_file, capsys, a, b, first.slot_id, booth_id) == (
        f"brokerage-app: error: Cannot book this walk-in: {booth_name} is the booth of "
        "another exhibitor."
    )
    assert taken_line is not None, "the demo event's first free slot has a busy table"
    table_id, name, other = taken_line
    assert _refusal(event_file, capsys, a, b, first.slot_id, table_id) == (
        "brokerage-app: error: Cannot book this walk-in: "
        f"{name} is taken at {slot_when} by meeting {other}."
    )
    assert _refusal(event_file, capsys, a, a) == (
        "brokerage-app: error: Attendees: a walk-in meeting needs two different people."
    )
    assert _refusal(event_file, capsys, a, 99_999) == (
        "brokerage-app: error: Second attendee: no attendee with id 99999."
    )
    assert _refusal(event_file, capsys, a, b, 99_999, booth_id) == (
        "brokerage-app: error: Slot: no slot with id 99999."
    )


def test_refusals_the_demo_event_cannot_show_keep_their_english_words() -> None:
    # Lines as the service wrote them before they became facts.
    from brokerage_app.cli.walk_in_problems import problem_text
    from brokerage_app.domain.walk_in_problems import WalkInFault, WalkInProblem

    nine = dt.datetime(2027, 5, 11, 9, 0)
    assert problem_text(WalkInProblem(WalkInFault.NOT_AVAILABLE, "Åsa Lind", starts_at=nine)) == (
        "Cannot book this walk-in: Åsa Lind is not available at Tue 09:00."
    )
    assert problem_text(WalkInProblem(WalkInFault.BELONGS_AT_BOOTH)) == (
        "Cannot book this walk-in: This meeting belongs at the booth of the exhibitor in it."
    )
    taken = WalkInProblem(WalkInFault.JUST_TAKEN, starts_at=nine, table_label="Stage")
    assert problem_text(taken) == (
        "Stage at 09:00 was just taken at another station; choose another place."
    )
