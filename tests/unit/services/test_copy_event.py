"""An event moves from its file to PostgreSQL and back without losing a row."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from brokerage_app.cli import main
from brokerage_app.demo.generator import DemoOptions
from brokerage_app.errors import EventFileError
from brokerage_app.services.demo import create_demo_database
from brokerage_app.services.schedule import run_schedule
from brokerage_app.services.transfer import copy_event
from brokerage_app.store.database import EventDatabase, open_database
from brokerage_app.store.models import Attendee, Base, Organisation


def table_counts(database: EventDatabase) -> dict[str, int]:
    with database.session() as session:
        return {
            t.name: session.scalar(select(func.count()).select_from(t)) or 0
            for t in Base.metadata.sorted_tables
        }


@pytest.mark.postgres
def test_file_to_postgresql_and_back(tmp_path: Path, postgres_server) -> None:  # type: ignore[no-untyped-def]
    source = create_demo_database(tmp_path / "e.sqlite", DemoOptions(attendees=40))
    run_schedule(source, time_limit=3)
    expected = table_counts(source)
    assert expected["meetings"] > 0

    url = postgres_server.create_database()
    assert main(["--db", str(tmp_path / "e.sqlite"), "copy-event", url]) == 0
    on_server = open_database(url)
    assert table_counts(on_server) == expected
    with on_server.session() as session:
        # Sequences continue after the copied ids: new rows get fresh ones.
        org = session.scalar(select(Organisation.id).limit(1))
        session.add(Attendee(first_name="Nowa", organisation_id=org))
        session.flush()
        assert session.scalar(select(func.max(Attendee.id))) == 41

    back = copy_event(on_server, tmp_path / "archive.sqlite")
    counts = table_counts(back)
    assert counts["attendees"] == 41
    assert {k: v for k, v in counts.items() if k != "attendees"} == {
        k: v for k, v in expected.items() if k != "attendees"
    }
    with pytest.raises(EventFileError, match="already holds an event"):
        copy_event(source, url)
    for database in (source, on_server, back):
        database.dispose()


def test_copy_never_overwrites_a_file(tmp_path: Path) -> None:
    source = create_demo_database(tmp_path / "e.sqlite", DemoOptions(attendees=20))
    (tmp_path / "taken.sqlite").write_bytes(b"")
    with pytest.raises(EventFileError, match="already exists"):
        copy_event(source, tmp_path / "taken.sqlite")
    source.dispose()
