"""A check-in station's own journal: every scan it made, and the event as it last saw it.

One small SQLite file per station and event, in the user's config folder beside the
settings, readable only by the user (it holds the event's badge secret and the attendees'
names). It is written like the event file: WAL, ``synchronous=FULL``, one transaction per
scan, committed before the station shows the verdict, so a scan that was shown survives a
power cut or a SIGKILL.

- ``scans``: every scan of this station in order (``seq``), its scan id, what was scanned,
  the verdict shown, whether it was verified offline, and whether the server has it yet.
- ``meta``, ``days``, ``badges``, ``known_checkins``: the event's secret, time zone and days,
  every badge's version (older versions are revoked) with the facts a verdict shows, and the
  live check-ins, as of the last contact with the server.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import sqlite3
import threading
from dataclasses import dataclass
from pathlib import Path

from brokerage_app.store.models import BadgeCategory

JOURNAL_SUFFIX = ".journal.sqlite"
SCHEMA_VERSION = "1"
_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS days (day TEXT PRIMARY KEY);
CREATE TABLE IF NOT EXISTS badges (
    attendee_id INTEGER PRIMARY KEY, version INTEGER NOT NULL, name TEXT NOT NULL,
    organisation TEXT NOT NULL, country TEXT NOT NULL, category TEXT NOT NULL,
    arrival TEXT, departure TEXT, desk_note TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS known_checkins (
    attendee_id INTEGER NOT NULL, day TEXT NOT NULL, at TEXT NOT NULL, station TEXT NOT NULL,
    PRIMARY KEY (attendee_id, day)
);
CREATE TABLE IF NOT EXISTS scans (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    scan_id TEXT NOT NULL UNIQUE,
    code TEXT NOT NULL,
    logged TEXT NOT NULL,
    desk_attendee INTEGER,
    attendee_id INTEGER,
    at TEXT NOT NULL,
    day TEXT NOT NULL,
    result TEXT NOT NULL,
    offline INTEGER NOT NULL,
    synced INTEGER NOT NULL,
    server_result TEXT,
    found_at_sync INTEGER NOT NULL DEFAULT 0,
    sync_problem TEXT NOT NULL DEFAULT ''
);
CREATE INDEX IF NOT EXISTS scans_pending ON scans (synced, seq);
CREATE INDEX IF NOT EXISTS scans_attendee ON scans (attendee_id, day);
"""


@dataclass(frozen=True)
class BadgeFacts:
    """One attendee as a verdict shows them, with their badge's current version: what the
    server reads for a scan and what a station caches to verify without the server."""

    id: int
    name: str
    organisation: str
    country: str
    category: BadgeCategory
    arrival: dt.datetime | None
    departure: dt.datetime | None
    badge_version: int
    desk_note: str = ""


@dataclass(frozen=True)
class KnownCheckin:
    attendee_id: int
    day: dt.date
    at: dt.datetime  # naive UTC, as the event database stores times
    station: str


@dataclass(frozen=True)
class StationSnapshot:
    """The event as a station caches it to go on verifying when the server is unreachable."""

    uid: str
    secret: str
    time_zone: str
    days: tuple[dt.date, ...]
    badges: tuple[BadgeFacts, ...]
    checkins: tuple[KnownCheckin, ...]
    taken_at: dt.datetime | None = None  # naive UTC


@dataclass(frozen=True)
class JournalScan:
    """One scan as the station journals it."""

    scan_id: str
    code: str  # the cleaned text that is verified (empty for a desk check-in)
    logged: str  # the printable form kept in the log
    desk_attendee: int | None  # a desk check-in by attendee id, without a badge
    attendee_id: int | None
    at: dt.datetime  # naive UTC
    day: dt.date
    result: str  # the verdict shown (a CheckinResult value)
    offline: bool
    synced: bool
    server_result: str | None = None
    found_at_sync: bool = False
    sync_problem: str = ""
    seq: int | None = None


def journal_folder(config_dir: Path) -> Path:
    folder = config_dir / "stations"
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    os.chmod(folder, 0o700)
    return folder


def journal_path(config_dir: Path, location: str, station: str) -> Path:
    """The journal of ``station`` for the event at ``location`` (given without password)."""
    key = hashlib.sha256(f"{location}\n{station}".encode()).hexdigest()[:20]
    return journal_folder(config_dir) / f"{key}{JOURNAL_SUFFIX}"


def _iso(value: dt.datetime | dt.date | None) -> str | None:
    return None if value is None else value.isoformat()


def _when(text: str | None) -> dt.datetime | None:
    return None if text is None else dt.datetime.fromisoformat(text)


class Journal:
    """The station's journal file; safe to use from several threads of one process."""

    def __init__(self, path: Path) -> None:
        self.path = path
        # Created readable only by the user before SQLite opens it; SQLite gives its -wal
        # and -shm files the same permissions.
        descriptor = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
        os.close(descriptor)
        os.chmod(path, 0o600)
        self._lock = threading.RLock()
        self._db = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        self._db.execute("PRAGMA journal_mode = WAL")
        self._db.execute("PRAGMA synchronous = FULL")
        self._db.execute("PRAGMA busy_timeout = 5000")
        with self._lock, self._db:
            self._db.executescript(_SCHEMA)

    def close(self) -> None:
        with self._lock:
            self._db.close()

    # The event as last seen -----------------------------------------------------------------
    def store_snapshot(self, snapshot: StationSnapshot, *, location: str, station: str) -> None:
        """Replace the cached event in one transaction (the scans are not touched)."""
        with self._lock:
            db = self._db
            db.execute("BEGIN IMMEDIATE")
            try:
                db.execute("DELETE FROM meta")
                db.executemany(
                    "INSERT INTO meta VALUES (?, ?)",
                    [
                        ("schema", SCHEMA_VERSION),
                        ("uid", snapshot.uid),
                        ("secret", snapshot.secret),
                        ("time_zone", snapshot.time_zone),
                        ("taken_at", _iso(snapshot.taken_at) or ""),
                        ("location", location),
                        ("station", station),
                    ],
                )
                db.execute("DELETE FROM days")
                db.executemany(
                    "INSERT INTO days VALUES (?)", [(d.isoformat(),) for d in snapshot.days]
                )
                db.execute("DELETE FROM badges")
                db.executemany(
                    "INSERT INTO badges VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [
                        (
                            b.id,
                            b.badge_version,
                            b.name,
                            b.organisation,
                            b.country,
                            str(b.category),
                            _iso(b.arrival),
                            _iso(b.departure),
                            b.desk_note,
                        )
                        for b in snapshot.badges
                    ],
                )
                db.execute("DELETE FROM known_checkins")
                db.executemany(
                    "INSERT OR REPLACE INTO known_checkins VALUES (?, ?, ?, ?)",
                    [
                        (c.attendee_id, c.day.isoformat(), c.at.isoformat(), c.station)
                        for c in snapshot.checkins
                    ],
                )
                db.execute("COMMIT")
            except BaseException:
                db.execute("ROLLBACK")
                raise

    def _meta(self) -> dict[str, str]:
        with self._lock:
            return dict(self._db.execute("SELECT key, value FROM meta").fetchall())

    def event_facts(self) -> tuple[str, str, str, tuple[dt.date, ...], dt.datetime | None] | None:
        """uid, secret, time zone, days and when they were read; None before the first sync."""
        meta = self._meta()
        if "secret" not in meta:
            return None
        with self._lock:
            days = tuple(
                dt.date.fromisoformat(d) for (d,) in self._db.execute("SELECT day FROM days")
            )
        taken = meta.get("taken_at") or None
        return meta["uid"], meta["secret"], meta["time_zone"], days, _when(taken)

    def badge(self, attendee_id: int) -> BadgeFacts | None:
        """One badge as last seen on the server; None for someone not registered then."""
        with self._lock:
            row = self._db.execute(
                "SELECT * FROM badges WHERE attendee_id = ?", (attendee_id,)
            ).fetchone()
        if row is None:
            return None
        ident, version, name, organisation, country, category, arrival, departure, note = row
        return BadgeFacts(
            ident,
            name,
            organisation,
            country,
            BadgeCategory(category),
            _when(arrival),
            _when(departure),
            version,
            note,
        )

    def badges(self) -> list[BadgeFacts]:
        with self._lock:
            ids = [row[0] for row in self._db.execute("SELECT attendee_id FROM badges")]
        return [badge for badge in map(self.badge, ids) if badge is not None]

    def first_checkin(self, attendee_id: int, day: dt.date) -> tuple[dt.datetime, str] | None:
        """The attendee's check-in of ``day`` known here (UTC time, station name), if any:
        one of this station's own scans, or one the server had at the last contact."""
        with self._lock:
            own = self._db.execute(
                "SELECT at FROM scans WHERE attendee_id = ? AND day = ? AND result = "
                "'checked_in' ORDER BY seq LIMIT 1",
                (attendee_id, day.isoformat()),
            ).fetchone()
            known = self._db.execute(
                "SELECT at, station FROM known_checkins WHERE attendee_id = ? AND day = ?",
                (attendee_id, day.isoformat()),
            ).fetchone()
            station = self._meta().get("station", "")
        found = []
        if known:
            found.append((dt.datetime.fromisoformat(known[0]), known[1]))
        if own:
            found.append((dt.datetime.fromisoformat(own[0]), station))
        return min(found) if found else None

    # Scans ---------------------------------------------------------------------------------
    def append(self, scan: JournalScan) -> int:
        """Write one scan durably (its own transaction, fsynced) and return its sequence."""
        with self._lock, self._db:
            cursor = self._db.execute(
                "INSERT INTO scans (scan_id, code, logged, desk_attendee, attendee_id, at, day, "
                "result, offline, synced, server_result, found_at_sync) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    scan.scan_id,
                    scan.code,
                    scan.logged,
                    scan.desk_attendee,
                    scan.attendee_id,
                    scan.at.isoformat(),
                    scan.day.isoformat(),
                    scan.result,
                    int(scan.offline),
                    int(scan.synced),
                    scan.server_result,
                    int(scan.found_at_sync),
                ),
            )
            return int(cursor.lastrowid or 0)

    def mark_synced(
        self, scan_id: str, server_result: str, *, found_at_sync: bool, problem: str = ""
    ) -> None:
        with self._lock, self._db:
            self._db.execute(
                "UPDATE scans SET synced = 1, server_result = ?, found_at_sync = ?, "
                "sync_problem = ? WHERE scan_id = ?",
                (server_result, int(found_at_sync), problem, scan_id),
            )

    def pending(self, limit: int = 100) -> list[JournalScan]:
        """The oldest scans the server does not have yet, in the order they were made."""
        return self._scans("WHERE synced = 0 ORDER BY seq LIMIT ?", (limit,))

    def scans(self) -> list[JournalScan]:
        return self._scans("ORDER BY seq", ())

    def pending_count(self) -> int:
        with self._lock:
            return int(
                self._db.execute("SELECT count(*) FROM scans WHERE synced = 0").fetchone()[0]
            )

    def _scans(self, tail: str, params: tuple[object, ...]) -> list[JournalScan]:
        with self._lock:
            rows = self._db.execute(
                "SELECT scan_id, code, logged, desk_attendee, attendee_id, at, day, result, "
                f"offline, synced, server_result, found_at_sync, sync_problem, seq FROM scans {tail}",
                params,
            ).fetchall()
        return [
            JournalScan(
                scan_id,
                code,
                logged,
                desk,
                attendee,
                dt.datetime.fromisoformat(at),
                dt.date.fromisoformat(day),
                result,
                bool(offline),
                bool(synced),
                server,
                bool(found),
                problem,
                seq,
            )
            for (
                scan_id,
                code,
                logged,
                desk,
                attendee,
                at,
                day,
                result,
                offline,
                synced,
                server,
                found,
                problem,
                seq,
            ) in rows
        ]
