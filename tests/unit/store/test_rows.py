"""Named rows: a select read as a NamedTuple whose fields must be the select's columns."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

import pytest
from sqlalchemy import select

from brokerage_app.demo.generator import DemoOptions
from brokerage_app.services.demo import create_demo_database
from brokerage_app.store.database import EventDatabase
from brokerage_app.store.models import Attendee, Organisation
from brokerage_app.store.rows import named_rows


@pytest.fixture
def event_db(tmp_path: Path) -> Iterator[EventDatabase]:
    database = create_demo_database(tmp_path / "event.sqlite", DemoOptions(attendees=20))
    yield database
    database.dispose()


class _Person(NamedTuple):
    id: int
    first_name: str
    organisation: str


def _query():  # type: ignore[no-untyped-def]
    return (
        select(Attendee.id, Attendee.first_name, Organisation.name.label("organisation"))
        .join(Organisation, Attendee.organisation_id == Organisation.id)
        .order_by(Attendee.id)
        .limit(3)
    )


def test_rows_read_by_name(event_db: EventDatabase) -> None:
    with event_db.session() as session:
        rows = list(named_rows(session.execute(_query()), _Person))
        expected = session.execute(_query()).all()
    assert [tuple(row) for row in rows] == [tuple(row) for row in expected]
    assert all(isinstance(row, _Person) for row in rows)
    assert rows[0].organisation == expected[0][2]


def test_a_record_out_of_step_with_the_select_is_refused_at_once(event_db: EventDatabase) -> None:
    class Swapped(NamedTuple):
        id: int
        organisation: str
        first_name: str

    with event_db.session() as session, pytest.raises(TypeError, match="Swapped has the fields"):
        named_rows(session.execute(_query()), Swapped)
