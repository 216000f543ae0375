"""The station journal: private, durable, in order, and the event copy it verifies with."""

from __future__ import annotations

import datetime as dt
import stat
from pathlib import Path

from brokerage_app.checkin.journal import (
    BadgeFacts,
    Journal,
    JournalScan,
    KnownCheckin,
    StationSnapshot,
    journal_path,
)
from brokerage_app.store.models import BadgeCategory

DAY = dt.date(2027, 5, 11)
AT = dt.datetime(2027, 5, 11, 7, 30)


def _snapshot() -> StationSnapshot:
    badge = BadgeFacts(
        7, "Ada Lovelace", "Analytical Ltd", "GB", BadgeCategory.PRESS, None, None, 2, "Pays"
    )
    known = KnownCheckin(8, DAY, AT - dt.timedelta(minutes=5), "Door 2")
    return StationSnapshot("uid", "secret", "Europe/Stockholm", (DAY,), (badge,), (known,), AT)


def _scan(scan_id: str, attendee: int | None, at: dt.datetime, result: str) -> JournalScan:
    return JournalScan(scan_id, "CODE", "CODE", None, attendee, at, DAY, result, True, False)


def test_journal_files_are_readable_only_by_the_user(tmp_path: Path) -> None:
    path = journal_path(tmp_path, "postgresql+psycopg://u@host/event", "Door 1")
    journal = Journal(path)
    journal.store_snapshot(_snapshot(), location="here", station="Door 1")
    journal.append(_scan("a", 7, AT, "checked_in"))
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    files = [p for p in path.parent.iterdir() if p.name.startswith(path.name)]
    assert {p.name.removeprefix(path.name) for p in files} >= {"", "-wal"}
    assert {stat.S_IMODE(p.stat().st_mode) for p in files} == {0o600}
    journal.close()


def test_one_journal_per_event_and_station(tmp_path: Path) -> None:
    first = journal_path(tmp_path, "event-a", "Door 1")
    assert first == journal_path(tmp_path, "event-a", "Door 1")
    assert first != journal_path(tmp_path, "event-a", "Door 2")
    assert first != journal_path(tmp_path, "event-b", "Door 1")


def test_scans_stay_in_order_until_synced_and_survive_reopening(tmp_path: Path) -> None:
    path = tmp_path / "j.sqlite"
    journal = Journal(path)
    for index in range(5):
        journal.append(_scan(f"s{index}", 7, AT + dt.timedelta(seconds=index), "checked_in"))
    journal.mark_synced("s0", "checked_in", found_at_sync=False)
    journal.mark_synced("s2", "already_checked_in", found_at_sync=True)
    journal.close()
    reopened = Journal(path)
    assert [s.scan_id for s in reopened.pending()] == ["s1", "s3", "s4"]
    assert reopened.pending_count() == 3
    found = [s for s in reopened.scans() if s.found_at_sync]
    assert [(s.scan_id, s.server_result) for s in found] == [("s2", "already_checked_in")]
    reopened.close()


def test_cached_event_and_first_known_checkin(tmp_path: Path) -> None:
    journal = Journal(tmp_path / "j.sqlite")
    assert journal.event_facts() is None
    journal.store_snapshot(_snapshot(), location="here", station="Door 1")
    assert journal.event_facts() == ("uid", "secret", "Europe/Stockholm", (DAY,), AT)
    badge = journal.badge(7)
    assert badge is not None and (badge.badge_version, badge.desk_note) == (2, "Pays")
    assert badge.category is BadgeCategory.PRESS
    assert journal.badge(99) is None
    # A check-in the server had at the last contact, and this station's own scans.
    assert journal.first_checkin(8, DAY) == (AT - dt.timedelta(minutes=5), "Door 2")
    assert journal.first_checkin(7, DAY) is None
    journal.append(_scan("own", 7, AT, "checked_in"))
    journal.append(_scan("rejected", 9, AT, "invalid"))
    assert journal.first_checkin(7, DAY) == (AT, "Door 1")
    assert journal.first_checkin(9, DAY) is None
    # A refresh replaces the copy of the event, never the scans.
    journal.store_snapshot(_snapshot(), location="here", station="Door 1")
    assert journal.pending_count() == 2
    journal.close()
