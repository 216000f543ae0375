"""Fixtures shared by the integration tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.integration.checkin.event_setup import make_event, place_meetings


@pytest.fixture
def event_file(tmp_path: Path) -> Path:
    """A SQLite event file with the check-in tests' attendees and placed meetings."""
    path = tmp_path / "event.sqlite"
    database = make_event(str(path))
    place_meetings(database)
    database.dispose()
    return path
