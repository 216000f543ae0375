"""Creating an event file: the window's New event and the command line's new-event share it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from brokerage_app.domain.timetable import (
    DaySpec,
    EventSpec,
    SessionSpec,
    SettingFault,
    SettingProblem,
    SettingsRefusedError,
)
from brokerage_app.errors import EventFileError
from brokerage_app.services import events
from brokerage_app.services.events import create_event_file, event_counts


def _spec(tables: int = 4) -> EventSpec:
    sessions = (SessionSpec(dt.time(9), dt.time(10), 20),)
    return EventSpec(
        name="Hard names",
        venue="",
        time_zone="Europe/Stockholm",
        days=(DaySpec(dt.date(2027, 5, 11), sessions, "Day 1"),),
        tables=tables,
        rooms=("Main hall",),
    )


def test_creates_the_event_and_returns_it_open(tmp_path: Path) -> None:
    database = create_event_file(tmp_path / "e.sqlite", _spec())
    try:
        with database.session() as session:
            counts = event_counts(session)
        assert (counts.slots, counts.tables) == (3, 4)
    finally:
        database.dispose()


def test_an_existing_file_is_refused_and_left_as_it_was(tmp_path: Path) -> None:
    path = tmp_path / "e.sqlite"
    path.write_bytes(b"not mine")
    with pytest.raises(EventFileError, match="already exists"):
        create_event_file(path, _spec())
    assert path.read_bytes() == b"not mine"


def test_a_bad_spec_writes_no_file(tmp_path: Path) -> None:
    with pytest.raises(SettingsRefusedError) as refused:
        create_event_file(tmp_path / "e.sqlite", _spec(tables=0))
    assert refused.value.problems == (SettingProblem(SettingFault.NO_TABLES),)
    assert list(tmp_path.iterdir()) == []


def test_a_failure_half_way_leaves_no_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*_args: object) -> None:
        raise RuntimeError("disk trouble")

    monkeypatch.setattr(events, "create_event", broken)
    with pytest.raises(RuntimeError, match="disk trouble"):
        create_event_file(tmp_path / "e.sqlite", _spec())
    assert list(tmp_path.iterdir()) == []
