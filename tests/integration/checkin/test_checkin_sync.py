"""The server's side of a station's sync: the earliest scan wins, once, on both backends."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from brokerage_app.services.checkin import (
    badge_code,
    checkin_log,
    record_journal_scan,
    reissue_badge,
    scan,
)
from brokerage_app.store.database import EventDatabase
from brokerage_app.store.models import Checkin, CheckinResult
from tests.integration.checkin.event_setup import MORNING

OK = CheckinResult.CHECKED_IN
ALREADY = CheckinResult.ALREADY_CHECKED_IN


def _synced(database: EventDatabase, scan_id: str, code: str, station: str, minutes: int):  # type: ignore[no-untyped-def]
    return record_journal_scan(
        database,
        scan_id=scan_id,
        station=station,
        at=MORNING + dt.timedelta(minutes=minutes),
        shown=OK,
        code=code,
        logged=code,
    )


def test_the_earliest_admission_wins_whatever_order_the_stations_sync_in(
    event_db: EventDatabase,
) -> None:
    with event_db.session() as session:
        code = badge_code(session, 4)
    # Online at 09:50 (a station that could still reach the server) ...
    online = scan(event_db, code, station="Door 1", now=MORNING + dt.timedelta(minutes=20))
    assert online.result is OK
    # ... Door 3 admitted the badge offline at 09:40, Door 2 at 09:35; Door 3 syncs first.
    third = _synced(event_db, "door3", code, "Door 3", 10)
    assert (third.result, third.found_at_sync, third.offline) == (OK, False, True)
    second = _synced(event_db, "door2", code, "Door 2", 5)
    assert second.result is OK
    with event_db.session() as session:
        rows = {r.scan_id: r for r in session.scalars(select(Checkin))}
    winner = rows["door2"]
    assert winner.result is OK and winner.offline and winner.synced_at is not None
    for loser in (rows[online.scan_id], rows["door3"]):
        assert (loser.result, loser.shown_result) == (ALREADY, OK)
        assert loser.found_at_sync and loser.duplicate_of == winner.id
    with event_db.session() as session:
        reported = checkin_log(session, winner.day, found_at_sync=True)
    assert {(e.station, e.first_station) for e in reported} == {
        ("Door 1", "Door 2"),
        ("Door 3", "Door 2"),
    }
    # A later admission found at sync is a duplicate of the winner at once.
    late = _synced(event_db, "door4", code, "Door 4", 30)
    assert (late.result, late.found_at_sync, late.first_station) == (ALREADY, True, "Door 2")


def test_sending_a_scan_again_stores_it_once(event_db: EventDatabase) -> None:
    with event_db.session() as session:
        code = badge_code(session, 5)
    first = _synced(event_db, "again", code, "Door 1", 0)
    repeated = _synced(event_db, "again", code, "Door 1", 0)
    assert (repeated.result, repeated.checkin_id) == (first.result, first.checkin_id)
    with event_db.session() as session:
        assert len(session.scalars(select(Checkin)).all()) == 1


def test_a_badge_revoked_before_the_sync_is_logged_as_revoked(event_db: EventDatabase) -> None:
    with event_db.session() as session:
        old = badge_code(session, 6)
        reissue_badge(session, 6)
    verdict = _synced(event_db, "late", old, "Door 1", 0)
    assert (verdict.result, verdict.offline) == (CheckinResult.REVOKED, True)
    with event_db.session() as session:
        row = session.scalar(select(Checkin))
    assert row is not None and (row.shown_result, row.found_at_sync) == (OK, True)
