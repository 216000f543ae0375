"""Fixtures for the check-in tests: a small demo event on each backend."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from brokerage_app.store.database import EventDatabase
from tests.integration.checkin.event_setup import make_event


@pytest.fixture
def event_db(event_url: str) -> Iterator[EventDatabase]:
    database = make_event(event_url)
    yield database
    database.dispose()
