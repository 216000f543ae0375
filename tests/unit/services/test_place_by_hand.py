"""Placing a "Not placed" request by hand: ``place_targets`` says where it fits with the rules
of ``place_request``, the CLI lists and places, and undoing a placement keeps the reason."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from brokerage_app.cli import main
from brokerage_app.demo.generator import DemoOptions
from brokerage_app.errors import RefusedError
from brokerage_app.services import schedule
from brokerage_app.services.demo import create_demo_database
from brokerage_app.store.models import Meeting, MeetingStatus


@pytest.fixture
def event(tmp_path: Path) -> Path:
    path = tmp_path / "event.sqlite"
    database = create_demo_database(path, DemoOptions(attendees=60, seed=4))
    schedule.run_schedule(database, time_limit=2, workers=1)
    database.dispose()
    return path


def _left_out(path: Path) -> tuple[int, dict[tuple[int, int], str], str]:
    from brokerage_app.store.database import open_database

    database = open_database(str(path))
    with database.session() as session:
        for row in schedule.unscheduled_requests(session):
            targets = schedule.place_targets(session, row.request_id)
            if "" in targets.values():
                database.dispose()
                return row.request_id, targets, row.reason
    database.dispose()
    pytest.skip("every left-out request fits nowhere in this demo")


def test_targets_agree_with_place_request_and_undo_keeps_the_reason(event: Path) -> None:
    from brokerage_app.store.database import open_database

    request_id, targets, reason = _left_out(event)
    refused = next(place for place, why in targets.items() if why)
    fits = next(place for place, why in targets.items() if why == "")
    database = open_database(str(event))
    with database.session() as session, pytest.raises(RefusedError):
        schedule.place_request(session, request_id, *refused)
    with database.session() as session:
        meeting_id = schedule.place_request(session, request_id, *fits)
        with pytest.raises(RefusedError, match="already scheduled"):
            schedule.place_targets(session, request_id)
    with database.session() as session:
        schedule.unschedule_meeting(session, meeting_id, reason=reason)
    with database.session() as session:
        row = next(r for r in schedule.unscheduled_requests(session) if r.request_id == request_id)
        assert row.reason == reason
        assert session.get(Meeting, meeting_id).status is MeetingStatus.CANCELLED
    database.dispose()


def test_cli_lists_where_it_fits_and_places_it(
    event: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    request_id, targets, _reason = _left_out(event)
    fits = sorted(place for place, why in targets.items() if why == "")
    assert main(["--db", str(event), "meeting", "place", str(request_id)]) == 0
    listed = capsys.readouterr().out
    assert f"fits in {len(fits)} cell(s)" in listed
    slot_id, table_id = fits[0]
    arguments = ["--slot", str(slot_id), "--table", str(table_id)]
    code = main(["--db", str(event), "meeting", "place", str(request_id), *arguments])
    assert code == 0 and "(locked)" in capsys.readouterr().out
    from brokerage_app.store.database import open_database

    database = open_database(str(event))
    with database.session() as session:
        meeting = session.scalar(select(Meeting).where(Meeting.request_id == request_id))
        assert meeting is not None and meeting.locked
        assert (meeting.slot_id, meeting.table_id) == (slot_id, table_id)
    database.dispose()
