"""A check-in station that goes on checking people in when the server is out of reach.

Every scan goes through :class:`Station`. While the event database answers (within
``timeout``, about a second), the scan is verified and logged there, as
:func:`brokerage_app.services.checkin.scan` does, and copied into the station's journal. When
it does not answer, or a station still has scans waiting to sync, the station verifies the
code on its own: the signature with the event's secret, the badge version (a reprint revokes
older badges) and the event days as cached at the last contact, and its own journal (and the
check-ins the server had then) for "already checked in". The verdict is marked ``offline``.
Either way the scan is written to the journal, in its own fsynced transaction, before the
verdict is returned.

A background thread (or :meth:`Station.sync`) sends the waiting scans to the server in the
order they were made, by scan id, so sending one twice stores it once. The server decides
again: of two stations that admitted one badge during an outage the earliest scan is the
check-in; the later one is logged as "already checked in (found at sync)" pointing to it.
Nobody switches anything: the station goes back online by itself once its journal is synced.

All server calls run on one worker thread, so an answer that never comes cannot hold up a
verdict, and a late answer is still in order with the scans synced after it.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
import time
import uuid
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError

from brokerage_app.checkin.codes import CodeProblem, check_code
from brokerage_app.checkin.journal import Journal, JournalScan, journal_path
from brokerage_app.checkin.scanner import clean_scan, printable_for_log
from brokerage_app.domain.clock import EventClock, as_aware_utc, utcnow
from brokerage_app.domain.text import fold
from brokerage_app.errors import EventFileError, ValidationError
from brokerage_app.paths import user_config_dir
from brokerage_app.services import checkin
from brokerage_app.services.checkin import STATION_MAX, CheckinEvent, Verdict, Who
from brokerage_app.store.database import EventDatabase, describe, open_database, to_url
from brokerage_app.store.models import CheckinResult

T = TypeVar("T")
log = logging.getLogger(__name__)

# A verdict never waits longer than this for the server.
ONLINE_TIMEOUT_S = 1.0
# How often an offline station tries the server again.
RETRY_S = 2.0
# How often an online station refreshes its cached event (new badges, revocations, notes).
REFRESH_S = 60.0
# libpq's own limits, so that a call abandoned by the timeout above still ends: a dead
# network is noticed within about 2 s (tcp_user_timeout, keepalives), a stuck statement too.
_LIBPQ_OPTIONS = {
    "connect_timeout": "2",
    "tcp_user_timeout": "2000",
    "keepalives": "1",
    "keepalives_idle": "2",
    "keepalives_interval": "1",
    "keepalives_count": "2",
    "options": "-c statement_timeout=2000 -c lock_timeout=1500",
}
# What "the server is out of reach" looks like: a lost connection, a refused one, a server
# that cannot write, a timeout.
_UNREACHABLE = (EventFileError, DBAPIError, OSError, TimeoutError)


class _NoAnswer(TimeoutError):
    pass


@dataclass(frozen=True)
class StationStatus:
    station: str
    online: bool
    # Scans in the journal the server does not have yet.
    pending: int
    # The last time the server answered (naive UTC), None if never since the start.
    last_contact: dt.datetime | None
    # When the cached event (secret, badge versions, days) was read from the server.
    cached_at: dt.datetime | None
    journal: Path
    problem: str = ""


@dataclass(frozen=True)
class SyncReport:
    sent: int
    # Scans whose verdict the server changed: mostly badges admitted by two stations.
    found_at_sync: int
    pending: int
    online: bool
    # Scans the server refused for good (kept in the journal with the reason).
    refused: tuple[str, ...] = ()


def _with_timeouts(url: URL) -> URL:
    if url.get_backend_name() != "postgresql":
        return url
    given = dict(url.query)
    return url.update_query_dict({k: v for k, v in _LIBPQ_OPTIONS.items() if k not in given})


class Station:
    """One check-in station of an event: server when it answers, its own journal always."""

    def __init__(
        self,
        location: str | Path | URL,
        station: str,
        *,
        config_dir: Path | None = None,
        timeout: float | None = None,
        retry_seconds: float | None = None,
    ) -> None:
        url = location if isinstance(location, URL) else to_url(location)
        self.url = _with_timeouts(url)
        self.name = station.strip()[:STATION_MAX]
        if not self.name:
            raise ValidationError("Station: give the check-in station a name (--station NAME).")
        self.location = describe(url)
        self.timeout = ONLINE_TIMEOUT_S if timeout is None else timeout
        self.retry_seconds = RETRY_S if retry_seconds is None else retry_seconds
        self.journal = Journal(
            journal_path(config_dir or user_config_dir(), self.location, self.name)
        )
        self._server = ThreadPoolExecutor(1, thread_name_prefix=f"station-{self.name}")
        self._database: EventDatabase | None = None
        self._clock: CheckinEvent | None = None
        self._cached_at: dt.datetime | None = None
        self._online = False
        self._last_contact: dt.datetime | None = None
        self._problem = ""
        self._abandoned: Future[Any] | None = None
        # Held while deciding online or offline and journaling, so a scan queued behind the
        # journal is never overtaken; the changes notify waiters (tests, the window).
        self._state = threading.Condition(threading.RLock())
        self._scanning = threading.Lock()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._refreshed = float("-inf")  # time.monotonic() of the last refresh
        self._load_cached_event()

    # Starting and stopping ------------------------------------------------------------------
    def start(self, *, background: bool = True, timeout: float | None = None) -> SyncReport:
        """Reach the server, cache the event and sync the journal; offline if it does not answer
        within ``timeout`` (default: 5 s, or 3 verdict timeouts if longer).

        Refused only when the server cannot be reached and the station never cached the event.
        ``background`` starts the thread that retries the server and syncs by itself.
        """
        report = self.sync(timeout=timeout or max(5.0, 3 * self.timeout))
        if self._clock is None:
            raise EventFileError(
                f"Station {self.name} cannot check in: {self.location} does not answer "
                f"({self._problem or 'no connection'}) and this station has not reached it "
                "before, so it has no copy of the event to verify badges with. Connect it "
                "to the event's network once, then it works offline too."
            )
        if background and self._thread is None:
            self._thread = threading.Thread(
                target=self._run, name=f"station-{self.name}-sync", daemon=True
            )
            self._thread.start()
        return report

    def close(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=3)
        # A call still waiting for a dead server is left to its libpq timeouts.
        done = self._server.submit(lambda: None)
        self._server.shutdown(wait=False)
        try:
            done.result(timeout=3)
        except FutureTimeout:
            return
        if self._database is not None:
            self._database.dispose()
        self.journal.close()

    def __enter__(self) -> Station:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # Scanning -------------------------------------------------------------------------------
    def scan(self, scanned: str | bytes, *, now: dt.datetime | None = None) -> Verdict:
        """Verify a scanned badge and check the attendee in; never an error for a lost server."""
        code, logged = clean_scan(scanned), printable_for_log(scanned)

        def online(database: EventDatabase, scan_id: str, at: dt.datetime) -> Verdict:
            return checkin.scan(
                database, scanned, station=self.name, scan_id=scan_id, now=at, event=self._clock
            )

        return self._check(online, code, logged, None, now)

    def check_in_attendee(self, attendee_id: int, *, now: dt.datetime | None = None) -> Verdict:
        """Check someone in from the desk without a badge (found by name)."""

        def online(database: EventDatabase, scan_id: str, at: dt.datetime) -> Verdict:
            return checkin.checkin_attendee_by_id(
                database, attendee_id, station=self.name, scan_id=scan_id, now=at, event=self._clock
            )

        return self._check(online, "", checkin.desk_logged(attendee_id), attendee_id, now)

    def _check(
        self,
        online: Callable[[EventDatabase, str, dt.datetime], Verdict],
        code: str,
        logged: str,
        desk: int | None,
        now: dt.datetime | None,
    ) -> Verdict:
        """The server's verdict if it answers in time, else the station's own; journaled."""
        with self._scanning:
            scan_id, at = uuid.uuid4().hex, self._utc(now)
            database = self._online_database()
            if database is not None:
                verdict = self._ask(lambda: online(database, scan_id, as_aware_utc(at)))
                if verdict is not None:
                    return self._journal_online(verdict, code, logged, desk, at)
            return self._offline(scan_id, at, code, logged, desk)

    def _utc(self, now: dt.datetime | None) -> dt.datetime:
        assert self._clock is not None, "start() the station first"
        return self._clock.utc_naive(now)

    def _online_database(self) -> EventDatabase | None:
        """The server to ask, or None while offline or while scans wait for it."""
        with self._state:
            if not self._online or self._database is None:
                return None
            if self._abandoned is not None and not self._abandoned.done():
                return None  # a call the server never answered still holds the line
            if self.journal.pending_count():
                return None
            return self._database

    def _ask(self, call: Callable[[], Verdict]) -> Verdict | None:
        """The server's verdict within the timeout, or None (the station goes offline)."""
        try:
            verdict = self._call(call, self.timeout)
        except _UNREACHABLE as exc:
            self._went_offline(exc)
            return None
        self._contact()
        return verdict

    def _journal_online(
        self, verdict: Verdict, code: str, logged: str, desk: int | None, at: dt.datetime
    ) -> Verdict:
        assert verdict.day is not None
        self.journal.append(
            JournalScan(
                verdict.scan_id,
                code,
                logged,
                desk,
                verdict.attendee_id,
                at,
                verdict.day,
                verdict.result.value,
                offline=False,
                synced=True,
                server_result=verdict.result.value,
            )
        )
        return verdict

    def _offline(
        self, scan_id: str, at: dt.datetime, code: str, logged: str, desk: int | None
    ) -> Verdict:
        clock = self._clock
        assert clock is not None
        day = clock.local(at).date()
        result, who = self._verify_offline(clock, code, desk)
        first: tuple[dt.datetime, str] | None = None
        if result is CheckinResult.CHECKED_IN and who is not None:
            first = self.journal.first_checkin(who.id, day)
            if first is not None:
                result = CheckinResult.ALREADY_CHECKED_IN
        with self._state:
            self.journal.append(
                JournalScan(
                    scan_id,
                    code,
                    logged,
                    desk,
                    who.id if who else None,
                    at,
                    day,
                    result.value,
                    offline=True,
                    synced=False,
                )
            )
            pending = self.journal.pending_count()
            self._state.notify_all()
        verdict = checkin.make_verdict(
            result,
            who,
            day=day,
            scanned=logged,
            expected=who is None or clock.expects(who.arrival, who.departure, day),
            first_at=clock.local(first[0]) if first else None,
            first_station=first[1] if first else "",
            checkin_id=None,
            scan_id=scan_id,
            offline=True,
        )
        return _with_pending(verdict, pending)

    def _verify_offline(
        self, clock: CheckinEvent, code: str, desk: int | None
    ) -> tuple[CheckinResult, Who | None]:
        if desk is not None:
            who = self._who(desk)
            return (CheckinResult.CHECKED_IN if who else CheckinResult.UNKNOWN), who
        check = check_code(code, clock.uid, clock.secret)
        if check.problem is CodeProblem.WRONG_EVENT:
            return CheckinResult.WRONG_EVENT, None
        if check.problem is not None or check.attendee_id is None:
            return CheckinResult.INVALID, None
        who = self._who(check.attendee_id)
        if who is None:
            return CheckinResult.UNKNOWN, None
        if check.version != who.badge_version:
            older = (check.version or 0) < who.badge_version
            return (CheckinResult.REVOKED if older else CheckinResult.UNKNOWN), who
        return CheckinResult.CHECKED_IN, who

    def _who(self, attendee_id: int) -> Who | None:
        return self.journal.badge(attendee_id)

    # Syncing --------------------------------------------------------------------------------
    def sync(self, timeout: float | None = None) -> SyncReport:
        """Send the waiting scans now, in order; refresh the cached event. Never raises for
        a server that does not answer: the report says the station is still offline."""
        try:
            report = self._call(self._drain, timeout)
        except _UNREACHABLE as exc:
            self._went_offline(exc)
            return SyncReport(0, 0, self.journal.pending_count(), online=False)
        return report

    def _drain(self) -> SyncReport:
        """On the server thread: connect, refresh the cache, send every waiting scan."""
        database = self._connect()
        if time.monotonic() - self._refreshed > REFRESH_S:
            self._refresh(database)
        sent = found = 0
        refused: list[str] = []
        while True:
            batch = self.journal.pending(200)
            if not batch:
                if sent:
                    self._refresh(database)  # the check-ins just sent, and anything new
                with self._state:
                    if not self.journal.pending_count():
                        self._online = True
                        self._problem = ""
                        self._state.notify_all()
                        break
                continue
            for entry in batch:
                try:
                    verdict = checkin.record_journal_scan(
                        database,
                        scan_id=entry.scan_id,
                        station=self.name,
                        at=as_aware_utc(entry.at),
                        shown=CheckinResult(entry.result),
                        code=entry.code,
                        logged=entry.logged,
                        attendee_id=entry.desk_attendee,
                        event=self._clock,
                    )
                except (checkin.ScanIdConflictError, ValidationError) as exc:
                    # Never accepted, however often sent: kept here with the reason.
                    self.journal.mark_synced(
                        entry.scan_id, "refused", found_at_sync=False, problem=str(exc)
                    )
                    refused.append(f"{entry.logged}: {exc}")
                    continue
                self.journal.mark_synced(
                    entry.scan_id, verdict.result.value, found_at_sync=verdict.found_at_sync
                )
                sent += 1
                found += verdict.found_at_sync
            self._contact()
        return SyncReport(sent, found, 0, online=True, refused=tuple(refused))

    def _connect(self) -> EventDatabase:
        if self._database is None:
            # Checks the schema like any opening; the URL carries the libpq time limits.
            self._database = open_database(self.url.render_as_string(hide_password=False))
        return self._database

    def _refresh(self, database: EventDatabase) -> None:
        with database.session() as session:
            snapshot = checkin.station_snapshot(session)
        self.journal.store_snapshot(snapshot, location=self.location, station=self.name)
        self._refreshed = time.monotonic()
        self._load_cached_event()
        self._contact()

    def _load_cached_event(self) -> None:
        facts = self.journal.event_facts()
        if facts is None:
            return
        uid, secret, zone, days, taken_at = facts
        self._clock = CheckinEvent(uid, secret, EventClock.named(zone), frozenset(days))
        self._cached_at = taken_at

    def _run(self) -> None:
        while not self._stop.wait(self.retry_seconds):
            with self._state:
                due = not self._online or self.journal.pending_count() > 0
            if not due and time.monotonic() - self._refreshed <= REFRESH_S:
                continue
            try:
                self.sync()
            except Exception as exc:  # the thread must outlive any one failure; retried
                log.warning("station %s: sync failed: %s", self.name, exc)
                self._went_offline(exc)

    # The server thread ---------------------------------------------------------------------
    def _call(self, function: Callable[[], T], timeout: float | None) -> T:
        future = self._server.submit(function)
        try:
            return future.result(timeout)
        except FutureTimeout as exc:
            with self._state:
                self._abandoned = future
            raise _NoAnswer(f"no answer within {timeout:.1f} s") from exc

    def _went_offline(self, exc: BaseException) -> None:
        with self._state:
            self._online = False
            self._problem = str(exc).splitlines()[0][:200] if str(exc) else type(exc).__name__
            self._state.notify_all()

    def _contact(self) -> None:
        with self._state:
            self._last_contact = utcnow()

    # What the desk sees ---------------------------------------------------------------------
    def search(self, text: str, limit: int = 20) -> list[checkin.AttendeeRow]:
        """Find attendees by name or organisation: on the server, or offline in the cached
        event with this station's own check-ins (``checkin_id`` is then None)."""
        database = self._online_database()
        if database is not None:
            try:
                return self._call(lambda: self._search_server(database, text, limit), self.timeout)
            except _UNREACHABLE as exc:
                self._went_offline(exc)
        clock = self._clock
        words = fold(text).split()
        if clock is None or not words or limit <= 0:
            return []
        day = clock.today()
        found = []
        for badge in self.journal.badges():
            haystack = f"{fold(badge.name)} {fold(badge.organisation)} #{badge.id}"
            if all(word in haystack for word in words):
                found.append(badge)
        found.sort(key=lambda b: (fold(b.name), b.id))
        rows = []
        for badge in found[:limit]:
            first = self.journal.first_checkin(badge.id, day)
            rows.append(
                checkin.AttendeeRow(
                    id=badge.id,
                    name=badge.name,
                    badge_name=badge.name,
                    organisation=badge.organisation,
                    country=badge.country,
                    badge_category=badge.category,
                    email="",
                    expected=clock.expects(badge.arrival, badge.departure, day),
                    checked_in_at=clock.local(first[0]) if first else None,
                    checked_in_station=first[1] if first else "",
                    checkin_id=None,
                    desk_note=badge.desk_note,
                )
            )
        return rows

    @staticmethod
    def _search_server(database: EventDatabase, text: str, limit: int) -> list[checkin.AttendeeRow]:
        with database.session() as session:
            return checkin.search_attendees(session, text, limit)

    def status(self) -> StationStatus:
        with self._state:
            return StationStatus(
                station=self.name,
                online=self._online,
                pending=self.journal.pending_count(),
                last_contact=self._last_contact,
                cached_at=self._cached_at,
                journal=self.journal.path,
                problem=self._problem,
            )

    def wait_until(self, predicate: Callable[[StationStatus], bool], timeout: float) -> bool:
        """Block until the status satisfies ``predicate`` (True) or ``timeout`` passes."""
        with self._state:
            return self._state.wait_for(lambda: predicate(self.status()), timeout)


def _with_pending(verdict: Verdict, pending: int) -> Verdict:
    return replace(verdict, pending_sync=pending)


def pending_scans(location: str | Path | URL, station: str, config_dir: Path | None = None) -> int:
    """How many scans of ``station`` for this event wait in its journal (0: no journal)."""
    url = location if isinstance(location, URL) else to_url(location)
    name = station.strip()[:STATION_MAX]
    path = journal_path(config_dir or user_config_dir(), describe(url), name)
    if not path.exists():
        return 0
    journal = Journal(path)
    try:
        return journal.pending_count()
    finally:
        journal.close()
