"""Several stations at once: exactly one check-in per badge, and nothing lost on a crash."""

from __future__ import annotations

import multiprocessing
import os
import signal
import sqlite3
import subprocess
import sys
from collections import Counter
from pathlib import Path
from urllib.parse import quote

import pytest
from sqlalchemy import func, select

from brokerage_app.services.checkin import badge_code
from brokerage_app.store.database import EventDatabase, open_database
from brokerage_app.store.models import Checkin, CheckinResult
from tests.helpers.postgres import PostgresServer
from tests.integration.checkin.event_setup import make_event
from tests.integration.checkin.race_workers import scan_all

ROOT = Path(__file__).resolve().parents[3]


def _codes(database: EventDatabase, count: int) -> list[str]:
    with database.session() as session:
        return [badge_code(session, attendee_id) for attendee_id in range(1, count + 1)]


def _race(url: str, badges: int, stations: int) -> None:
    database = make_event(url, attendees=badges)
    codes = _codes(database, badges)
    context = multiprocessing.get_context("spawn")
    # All stations start scanning together, once each has imported and connected.
    start, queue = context.Barrier(stations + 1), context.Queue()
    processes = [
        context.Process(target=scan_all, args=(url, codes, f"station-{i}", i, start, queue))
        for i in range(stations)
    ]
    for process in processes:
        process.start()
    start.wait(timeout=300)
    results = [queue.get(timeout=600) for _ in processes]
    for process in processes:
        process.join()
    totals: Counter[str] = Counter()
    for counts in results:
        totals.update(counts)
    errors = [key for key in totals if key.startswith("error")]
    assert errors == []
    assert totals[CheckinResult.CHECKED_IN.value] == badges
    assert totals[CheckinResult.ALREADY_CHECKED_IN.value] == badges * (stations - 1)
    with database.session() as session:
        successes = session.execute(
            select(Checkin.attendee_id, func.count())
            .where(Checkin.result == CheckinResult.CHECKED_IN)
            .group_by(Checkin.attendee_id)
        ).all()
        assert len(successes) == badges
        assert {count for _attendee, count in successes} == {1}
        assert session.scalar(select(func.count()).select_from(Checkin)) == badges * stations
    database.dispose()


@pytest.mark.postgres
@pytest.mark.slow
def test_eight_stations_on_postgresql_check_each_badge_in_once(
    postgres_server: PostgresServer,
) -> None:
    url = postgres_server.create_database()
    # The server asks for a password (scram-sha-256): every station connects with this URL.
    assert f":{quote(postgres_server.password, safe='')}@" in url
    _race(url, badges=500, stations=8)


@pytest.mark.slow
def test_several_stations_on_one_sqlite_file_check_each_badge_in_once(tmp_path: Path) -> None:
    _race(str(tmp_path / "event.sqlite"), badges=100, stations=3)


def test_check_in_survives_a_killed_process(tmp_path: Path) -> None:
    path = tmp_path / "event.sqlite"
    database = make_event(str(path))
    code = _codes(database, 3)[2]
    database.dispose()
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.integration.checkin.race_workers", str(path), code],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        line = child.stdout.readline().split()  # type: ignore[union-attr]
    finally:
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
    assert child.returncode == -signal.SIGKILL
    assert line[0] == CheckinResult.CHECKED_IN.value
    with sqlite3.connect(path) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    reopened = open_database(path)
    with reopened.session() as session:
        row = session.get(Checkin, int(line[1]))
        assert row is not None
        assert (row.attendee_id, row.result, row.station) == (3, CheckinResult.CHECKED_IN, "killed")
    reopened.dispose()
