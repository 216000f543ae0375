"""The event file is self-contained while the program has it open (issue 16).

Organisers copy the ``.sqlite`` file by hand (a USB stick, a mail) while the window is open.
With WAL journaling the last changes would sit in ``-wal`` and the copy would lack them.
"""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

from sqlalchemy import select

from brokerage_app.domain.timetable import DaySpec, EventSpec, SessionSpec
from brokerage_app.services.events import create_event, event_counts
from brokerage_app.services.people import (
    AttendeeInput,
    OrganisationInput,
    create_attendee,
    create_organisation,
)
from brokerage_app.store.database import open_database
from brokerage_app.store.models import Attendee


def _spec() -> EventSpec:
    return EventSpec(
        name="Copy fair",
        days=(DaySpec(dt.date(2027, 5, 11), (SessionSpec(dt.time(9), dt.time(10)),)),),
        tables=2,
    )


def test_copying_the_file_alone_while_open_keeps_every_unit_of_work(tmp_path: Path) -> None:
    path = tmp_path / "fair.sqlite"
    database = open_database(path, create=True)
    with database.session() as session:
        create_event(session, _spec())
    with database.session() as session:
        organisation = create_organisation(session, OrganisationInput(name="Acme", country="SE"))
        create_attendee(
            session, AttendeeInput(first_name="Ada", last_name="Berg", organisation_id=organisation)
        )
    # The program still has the file open; copy only the .sqlite, as a person would.
    copy = tmp_path / "handed-over.sqlite"
    shutil.copyfile(path, copy)
    database.dispose()
    copied = open_database(copy)
    try:
        with copied.session() as session:
            assert event_counts(session).name == "Copy fair"
            assert session.scalars(select(Attendee.last_name)).all() == ["Berg"]
    finally:
        copied.dispose()


def test_closing_empties_the_wal(tmp_path: Path) -> None:
    path = tmp_path / "fair.sqlite"
    database = open_database(path, create=True)
    with database.session() as session:
        create_event(session, _spec())
    # A second connection that stays open would keep SQLite from removing the -wal itself.
    keeper = open_database(path)
    with keeper.session() as session:
        event_counts(session)
    database.dispose()
    wal = Path(f"{path}-wal")
    assert not wal.exists() or wal.stat().st_size == 0
    keeper.dispose()


def test_save_a_copy_writes_one_new_self_contained_file(tmp_path: Path) -> None:
    import pytest

    from brokerage_app.errors import EventFileError
    from brokerage_app.services.outputs import OutputRefusedError
    from brokerage_app.services.transfer import save_copy

    path = tmp_path / "fair.sqlite"
    database = open_database(path, create=True)
    with database.session() as session:
        create_event(session, _spec())
    copy = save_copy(database, tmp_path / "copy.sqlite")
    assert not Path(f"{copy}-wal").exists()
    with pytest.raises(EventFileError, match="already exists"):
        save_copy(database, copy)
    with pytest.raises(OutputRefusedError, match="open event file"):
        save_copy(database, path)
    database.dispose()
    copied = open_database(copy)
    with copied.session() as session:
        assert event_counts(session).name == "Copy fair"
    copied.dispose()
