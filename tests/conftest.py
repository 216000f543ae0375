"""Shared fixtures: offscreen Qt, an isolated user folder, event databases on both backends."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

# Set before any Qt import so GUI tests never need a screen.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from brokerage_app.store.database import EventDatabase, open_database
from tests.helpers.postgres import PostgresServer, running_server


@pytest.fixture(autouse=True)
def isolated_user_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """Never read or write the real user's settings, recent files or events."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    monkeypatch.delenv("BROKERAGE_APP_DB", raising=False)
    return home


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    with running_server() as server:
        if server is None:
            reason = "PostgreSQL is not installed (apt-get install postgresql); .ci/run installs it"
            if os.environ.get("CI"):
                pytest.fail(f"{reason}, so on CI a missing server is a failure, not a skip")
            pytest.skip(reason)
        yield server


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def event_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A location for a new event database, on each backend in turn."""
    if request.param == "sqlite":
        return str(tmp_path / "event.sqlite")
    server: PostgresServer = request.getfixturevalue("postgres_server")
    return server.create_database()


@pytest.fixture
def empty_db(event_url: str) -> Iterator[EventDatabase]:
    database = open_database(event_url, create=True)
    yield database
    database.dispose()
