"""Check-in through a network outage: stations verify on their own and sync every scan once.

These tests stop their PostgreSQL server (``pg_ctl stop -m immediate``) in the middle of
check-in and start it again, so they use a server of their own (``server``), not the
session's.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import socket
import sqlite3
import subprocess
import sys
from collections import Counter, defaultdict
from pathlib import Path

import pytest
from sqlalchemy import func, select

from brokerage_app.checkin.codes import issue_code
from brokerage_app.services.checkin import (
    badge_code,
    checkin_log,
    checkin_stats,
    reissue_badge,
    set_desk_note,
)
from brokerage_app.services.station import Station
from brokerage_app.store.database import EventDatabase, open_database
from brokerage_app.store.models import Checkin, CheckinResult
from tests.helpers.postgres import PostgresServer
from tests.integration.checkin.event_setup import make_event
from tests.integration.checkin.offline_workers import station_through_outage

pytestmark = pytest.mark.postgres
ROOT = Path(__file__).resolve().parents[3]
STEP_TIMEOUT = 300


def _codes(database: EventDatabase, count: int) -> list[str]:
    with database.session() as session:
        return [badge_code(session, attendee_id) for attendee_id in range(1, count + 1)]


@pytest.mark.slow
def test_four_stations_scan_through_an_outage_and_sync_each_scan_once(
    server: PostgresServer, tmp_path: Path
) -> None:
    badges, stations = 400, 4
    url = server.create_database()
    database = make_event(url, attendees=badges)
    codes = _codes(database, badges)
    database.dispose()
    context = multiprocessing.get_context("spawn")
    steps, results = context.Barrier(stations + 1), context.Queue()
    processes = [
        context.Process(
            target=station_through_outage,
            args=(url, codes, f"Door {i}", i, str(tmp_path), steps, results),
        )
        for i in range(1, stations + 1)
    ]
    for process in processes:
        process.start()
    steps.wait(timeout=STEP_TIMEOUT)  # every station reached the server and cached the event
    steps.wait(timeout=STEP_TIMEOUT)  # every station made its first 200 scans
    server.halt()
    steps.wait(timeout=STEP_TIMEOUT)
    steps.wait(timeout=STEP_TIMEOUT)  # and 200 more with the server gone
    server.resume()
    steps.wait(timeout=STEP_TIMEOUT)
    reports = [results.get(timeout=STEP_TIMEOUT) for _ in processes]
    for process in processes:
        process.join(timeout=STEP_TIMEOUT)

    # No station showed an error; each made 200 scans online and 200 offline, then synced all.
    for report in reports:
        assert report["errors"] == []
        shown = report["shown"]
        assert sum(n for key, n in shown.items() if key.startswith("online")) == badges // 2
        assert sum(n for key, n in shown.items() if key.startswith("offline")) == badges // 2
        assert report["pending"] == 0
        assert report["sent"] == badges // 2
    admitted = sum(
        n
        for report in reports
        for key, n in report["shown"].items()
        if key.endswith("checked_in") and "already" not in key
    )

    database = open_database(url)
    with database.session() as session:
        rows = session.scalars(select(Checkin)).all()
        # Every scan is in the log, once.
        assert len(rows) == badges * stations
        assert len({row.scan_id for row in rows}) == len(rows)
        assert sum(row.offline for row in rows) == badges * stations // 2
        live = [r for r in rows if r.result is CheckinResult.CHECKED_IN and r.undone_at is None]
        # Exactly one check-in per badge, and it is the earliest scan that admitted the badge.
        assert sorted(r.attendee_id for r in live) == list(range(1, badges + 1))
        admitted_rows: dict[int, list[Checkin]] = defaultdict(list)
        for row in rows:
            if CheckinResult.CHECKED_IN in (row.result, row.shown_result):
                admitted_rows[row.attendee_id].append(row)
        for row in live:
            assert row.at == min(r.at for r in admitted_rows[row.attendee_id])
        # Each admission that was not the check-in is a duplicate found at sync, pointing to
        # the check-in, which was made at another station no later.
        by_id = {row.id: row for row in rows}
        duplicates = [row for row in rows if row.found_at_sync]
        assert duplicates
        assert len(duplicates) == admitted - badges
        for row in duplicates:
            assert row.result is CheckinResult.ALREADY_CHECKED_IN
            assert row.shown_result is CheckinResult.CHECKED_IN
            first = by_id[row.duplicate_of]
            assert first.attendee_id == row.attendee_id
            assert first.result is CheckinResult.CHECKED_IN
            assert first.station != row.station
            assert first.at <= row.at
        # The desk's log reports them with both stations and times; the statistics count them.
        day = live[0].day
        reported = checkin_log(session, day, limit=10_000, found_at_sync=True)
        assert {entry.id for entry in reported} == {row.id for row in duplicates}
        for entry in reported:
            assert entry.first_station and entry.first_station != entry.station
            assert entry.first_at is not None and entry.first_at <= entry.at
        stats = checkin_stats(session, day)
        assert stats.found_at_sync == len(duplicates)
        assert stats.checked_in + stats.unexpected_checked_in == badges
    database.dispose()
    # Each station's journal kept its 400 scans, all on the server now.
    for report in reports:
        with sqlite3.connect(report["journal"]) as journal:
            assert journal.execute("SELECT count(*), sum(synced) FROM scans").fetchone() == (
                badges,
                badges,
            )


def test_a_station_killed_while_offline_keeps_its_journal_and_syncs_it_on_restart(
    server: PostgresServer, tmp_path: Path
) -> None:
    url = server.create_database()
    database = make_event(url, attendees=20)
    codes = _codes(database, 6)
    with Station(url, "Door K", config_dir=tmp_path) as station:
        station.start(background=False, timeout=300)  # caches the event
    server.halt()
    child = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "tests.integration.checkin.offline_workers",
            url,
            "Door K",
            str(tmp_path),
            *codes,
            codes[0],
        ],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        shown = [child.stdout.readline().split() for _ in range(7)]  # type: ignore[union-attr]
    finally:
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
    assert child.returncode == -signal.SIGKILL
    assert shown == [["checked_in", "offline"]] * 6 + [["already_checked_in", "offline"]]

    restarted = Station(url, "Door K", config_dir=tmp_path, retry_seconds=3600)
    journal = restarted.journal.path
    with sqlite3.connect(journal) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert restarted.status().pending == 7
    server.resume()
    status = restarted.start(background=False, timeout=300)
    restarted.close()
    assert status.online and status.pending == 0
    with database.session() as session:
        rows = session.scalars(select(Checkin).order_by(Checkin.at)).all()
    database.dispose()
    assert [(r.station, r.result, r.offline) for r in rows] == [
        ("Door K", CheckinResult.CHECKED_IN, True)
    ] * 6 + [("Door K", CheckinResult.ALREADY_CHECKED_IN, True)]
    assert sorted(r.attendee_id for r in rows[:6]) == list(range(1, 7))


def test_forged_revoked_and_foreign_codes_are_rejected_offline(
    server: PostgresServer, tmp_path: Path
) -> None:
    url = server.create_database()
    database = make_event(url, attendees=20)
    with database.session() as session:
        valid = badge_code(session, 1)
        revoked = badge_code(session, 2)
        reissue_badge(session, 2)
        set_desk_note(session, 1, "Collect speaker pass")
    forged = valid[:-4] + ("AAAA" if not valid.endswith("AAAA") else "BBBB")
    foreign = issue_code("another-event-uid", "another secret", 3, 1)
    station = Station(url, "Door F", config_dir=tmp_path, timeout=60, retry_seconds=3600)
    station.start(background=False, timeout=300)
    server.halt()
    verdicts = [station.scan(code) for code in (forged, revoked, foreign, valid, valid)]
    assert [v.offline for v in verdicts] == [True] * 5
    assert [v.result for v in verdicts] == [
        CheckinResult.INVALID,
        CheckinResult.REVOKED,
        CheckinResult.WRONG_EVENT,
        CheckinResult.CHECKED_IN,
        CheckinResult.ALREADY_CHECKED_IN,
    ]
    assert [v.tone for v in verdicts] == ["red", "red", "red", verdicts[3].tone, "amber"]
    assert verdicts[3].desk_note == "Collect speaker pass"
    assert verdicts[4].pending_sync == 5
    server.resume()
    report = station.sync()
    station.close()
    assert (report.sent, report.pending, report.online) == (5, 0, True)
    with database.session() as session:
        logged = session.scalars(select(Checkin.result).order_by(Checkin.at)).all()
    database.dispose()
    assert logged == [v.result for v in verdicts]


def test_a_station_reconnects_by_itself_and_answers_online_again(
    server: PostgresServer, tmp_path: Path
) -> None:
    url = server.create_database()
    database = make_event(url, attendees=20)
    codes = _codes(database, 3)
    database.dispose()
    station = Station(url, "Door R", config_dir=tmp_path, timeout=60, retry_seconds=0.2)
    station.start(background=True, timeout=300)
    try:
        assert not station.scan(codes[0]).offline
        server.halt()
        offline = station.scan(codes[1])
        assert offline.offline and offline.result is CheckinResult.CHECKED_IN
        assert not station.status().online
        server.resume()
        # The background thread finds the server, sends the journal and goes online.
        assert station.wait_until(lambda s: s.online and s.pending == 0, timeout=60)
        again = station.scan(codes[2])
        assert not again.offline and again.checkin_id is not None
    finally:
        station.close()


def test_a_server_that_never_answers_does_not_hold_up_the_verdict(
    server: PostgresServer, tmp_path: Path
) -> None:
    url = server.create_database()
    database = make_event(url, attendees=20)
    codes = _codes(database, 2)
    database.dispose()
    station = Station(url, "Door H", config_dir=tmp_path, timeout=1.0, retry_seconds=3600)
    station.start(background=False, timeout=300)
    server.halt()
    # Something accepts connections on the server's port and never says a word: what a
    # half-dead network or a sleeping laptop looks like to the station.
    with socket.socket() as silent:
        silent.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        silent.bind(("127.0.0.1", server.port))
        silent.listen(16)
        verdict = station.scan(codes[0])
        assert verdict.offline and verdict.result is CheckinResult.CHECKED_IN
        assert not station.status().online
        assert station.scan(codes[1]).offline
        assert Counter(s.synced for s in station.journal.scans()) == {False: 2}
    station.close()


def test_the_command_line_says_offline_keeps_exit_codes_and_syncs(
    server: PostgresServer, capsys: pytest.CaptureFixture[str]
) -> None:
    from brokerage_app.cli import main

    url = server.create_database()
    database = make_event(url, attendees=20)
    codes = _codes(database, 2)
    db = ["--db", url, "checkin", "--station", "Door C"]
    assert main([*db, "--note", "1", "Collect speaker pass"]) == 0
    assert main([*db, "--sync"]) == 0  # caches the event
    capsys.readouterr()
    server.halt()
    assert main([*db, codes[0]]) == 0
    out = capsys.readouterr().out
    assert "Checked in" in out and "OFFLINE" in out and "1 scan(s) wait to sync" in out
    assert "NOTE  Collect speaker pass" in out
    assert main([*db, codes[0]]) == 1
    assert "Already checked in" in capsys.readouterr().out
    assert main([*db, "BRK1-FORGED"]) == 2
    assert "OFFLINE" in capsys.readouterr().out
    server.resume()
    assert main([*db, "--stats"]) == 0
    assert "3 scan(s) of station Door C are still waiting to sync" in capsys.readouterr().out
    assert main([*db, "--sync"]) == 0
    assert "Sent 3 scan(s)" in capsys.readouterr().out
    assert main([*db, "--log"]) == 0
    assert capsys.readouterr().out.count("(offline)") == 3
    with database.session() as session:
        assert session.scalar(select(func.count()).select_from(Checkin)) == 3
    database.dispose()
