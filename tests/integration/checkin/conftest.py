"""Fixtures for the check-in tests: a small demo event on each backend, a server to stop."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from brokerage_app.store.database import EventDatabase
from tests.helpers.postgres import PostgresServer, running_server
from tests.integration.checkin.event_setup import make_event


@pytest.fixture
def event_db(event_url: str) -> Iterator[EventDatabase]:
    database = make_event(event_url)
    yield database
    database.dispose()


@pytest.fixture(scope="module")
def own_server() -> Iterator[PostgresServer]:
    """A PostgreSQL server of this test module's own, which its tests may stop."""
    with running_server() as server:
        if server is None:
            pytest.skip("PostgreSQL is not installed (apt-get install postgresql)")
        yield server


@pytest.fixture
def server(own_server: PostgresServer) -> Iterator[PostgresServer]:
    """``own_server``, running again after each test whatever the test did to it."""
    yield own_server
    own_server.resume_if_halted()
