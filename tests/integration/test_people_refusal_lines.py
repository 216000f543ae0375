"""The command line's words for what the people service refuses (a slot or day it does not
know, a delete that would lose meetings or members, an unknown id), pinned before they
became facts."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from brokerage_app.cli import main
from brokerage_app.store.database import open_database
from brokerage_app.store.models import Meeting, Organisation


def _error(path: Path, capsys: pytest.CaptureFixture[str], *args: str) -> str:
    capsys.readouterr()
    assert main(["--db", str(path), *args]) == 2
    return capsys.readouterr().err.strip().removeprefix("brokerage-app: error: ")


def test_people_refusals_in_english(event_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    database = open_database(event_file)
    with database.session() as session:
        meeting = session.scalars(select(Meeting).order_by(Meeting.id)).first()
        assert meeting is not None
        person = meeting.request.requester
        count = sum(
            1
            for m in session.scalars(select(Meeting))
            if person.id in (m.request.requester_id, m.request.requested_id)
        )
        organisation = session.get(Organisation, person.organisation_id)
        assert organisation is not None
        members = len(organisation.attendees)
        who, pid, org, oid = person.full_name, person.id, organisation.name, organisation.id
    database.dispose()

    assert _error(event_file, capsys, "attendee", "delete", str(pid)) == (
        f"{who} (id {pid}) has {count} scheduled meeting(s); delete with the cascade option "
        "to remove them too."
    )
    assert _error(event_file, capsys, "organisation", "delete", str(oid)) == (
        f"{org} (id {oid}) still has {members} attendee(s); move or delete them first."
    )
    edit = ["attendee", "edit", str(pid)]
    assert _error(event_file, capsys, *edit, "--block-slot", "99999") == (
        f"{who} (id {pid}): Blocked slots: no slot with id 99999."
    )
    assert _error(event_file, capsys, *edit, "--days", "2030-01-01") == (
        f"{who} (id {pid}): Days: 2030-01-01 is not a day of the event."
    )
    assert _error(event_file, capsys, "attendee", "delete", "99999") == (
        "No attendee with id 99999."
    )
    assert _error(event_file, capsys, "organisation", "delete", "99999") == (
        "No organisation with id 99999."
    )
