"""Mutating services say what they changed (Topic enum), as Anki's operations return OpChanges."""

from __future__ import annotations

import pickle
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from brokerage_app.demo.generator import DemoOptions
from brokerage_app.domain.changes import EVERYTHING, NOTHING, Changes, Topic
from brokerage_app.errors import EventFileError, EventFileMissingError
from brokerage_app.services import event_settings, people, schedule
from brokerage_app.services import requests as request_service
from brokerage_app.services.changes import noted
from brokerage_app.services.demo import create_demo_database
from brokerage_app.services.imports import run_import
from brokerage_app.store.database import EventDatabase, open_database
from brokerage_app.store.models import MeetingRequest, RequestStatus


@pytest.fixture
def demo(tmp_path: Path) -> Any:
    database = create_demo_database(tmp_path / "demo.sqlite", DemoOptions(attendees=20, seed=5))
    yield database
    database.dispose()


def test_changes_combine_and_say_what_they_hold() -> None:
    both = Changes.of(Topic.ATTENDEES) | Changes.of(Topic.SCHEDULE)
    assert Topic.ATTENDEES in both and Topic.SCHEDULE in both and Topic.CHECKIN not in both
    assert not NOTHING and both and EVERYTHING.topics == frozenset(Topic)
    assert pickle.loads(pickle.dumps(both)) == both  # results cross the worker process


def test_a_unit_of_work_collects_what_each_service_noted(demo: EventDatabase) -> None:
    with demo.session() as session:
        attendee = people.get_attendee(session, 1)
        data = people.attendee_input(attendee)
        data.job_title = "Buyer"
        assert people.update_attendee(session, 1, data) == Changes.of(
            Topic.ATTENDEES, Topic.SCHEDULE
        )
        request_id = session.scalars(
            select(MeetingRequest.id).where(MeetingRequest.status == RequestStatus.PENDING)
        ).first()
        assert request_id is not None
        request_service.set_status(session, [request_id], RequestStatus.ACCEPTED)
        assert noted(session).topics == {Topic.ATTENDEES, Topic.SCHEDULE, Topic.REQUESTS}
    with demo.session() as session:
        assert noted(session) == NOTHING  # a new unit of work starts empty


def test_services_owning_their_unit_of_work_return_their_changes(
    demo: EventDatabase, tmp_path: Path
) -> None:
    outcome = schedule.run_schedule(demo, time_limit=3, workers=1)
    assert {Topic.SCHEDULE, Topic.REQUESTS} <= outcome.changed.topics
    with demo.session() as session:
        settings = event_settings.event_settings(session)
        change = event_settings.apply_event_settings(session, settings)
    assert Topic.EVENT in change.changed and Topic.SCHEDULE in change.changed
    source = tmp_path / "people.csv"
    source.write_text("First name,Last name,Organisation\nAda,Lovelace,Engines\n", encoding="utf-8")
    result = run_import(demo, "attendees", source)
    assert Topic.ATTENDEES in result.changed


def test_a_missing_event_file_is_its_own_error(tmp_path: Path) -> None:
    missing = tmp_path / "gone.sqlite"
    with pytest.raises(EventFileMissingError) as raised:
        open_database(str(missing))
    assert isinstance(raised.value, EventFileError) and raised.value.path == missing
    copy = pickle.loads(pickle.dumps(raised.value))  # it crosses the worker process
    assert isinstance(copy, EventFileMissingError) and str(copy) == str(raised.value)
