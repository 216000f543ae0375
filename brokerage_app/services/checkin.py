"""Check-in at the door: verify a badge scan, log it and answer, in one transaction.

Every scan, good or bad, becomes a row of the check-in log (``checkins``) with its station and
time; the log is the volunteers' answer to "did that scan work?" and the organiser's record.
A successful check-in is unique per attendee and day thanks to the partial unique index
``uq_checkins_attendee_day_ok``: when two stations scan the same badge at once, both insert,
the database lets exactly one win, and the loser answers "already checked in" with the
winner's time and station. A scan id (one per physical scan, chosen by the station) makes a
retried request idempotent: the same scan id with the same code always yields the same
verdict and one row; the same id with another code is refused (ScanIdConflictError).
Scans a station verified offline arrive later through :func:`record_journal_scan`, at the
time they were made: the earliest admission of a badge on a day is its check-in, any other
is "already checked in (found at sync)" and points to it (``duplicate_of``). See
``services/station.py``.

Times: ``Checkin.at`` is stored in UTC like every timestamp of the schema; the check-in day
and the times shown to people are in the event's time zone. A naive ``now`` is the event's
local wall-clock time, as in meetings on the day and as slot times are; an aware one is
converted.
"""

from __future__ import annotations

import datetime as dt
import enum
import uuid
from collections import Counter
from dataclasses import dataclass, fields, replace
from typing import Any, cast

from sqlalchemy import CursorResult, bindparam, func, or_, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session, aliased

from brokerage_app.checkin.codes import CodeProblem, check_code, issue_code
from brokerage_app.checkin.journal import BadgeFacts, KnownCheckin, StationSnapshot
from brokerage_app.checkin.scanner import clean_scan, printable_for_log
from brokerage_app.domain.changes import NOTHING, Changes, Topic
from brokerage_app.domain.clock import EventClock, utcnow
from brokerage_app.domain.text import display_name, fold
from brokerage_app.errors import NotFoundError, RefusedError, ValidationError
from brokerage_app.services import audit
from brokerage_app.services.changes import note as note_changes
from brokerage_app.services.events import get_event
from brokerage_app.store.database import EventDatabase
from brokerage_app.store.models import (
    Attendee,
    BadgeCategory,
    Checkin,
    CheckinResult,
    EventDay,
    Organisation,
    table_of,
)


class Tone(enum.StrEnum):
    """How a verdict is shown and sounded: welcome, look again, or stop."""

    GREEN = "green"
    AMBER = "amber"
    RED = "red"


GREEN, AMBER, RED = Tone.GREEN, Tone.AMBER, Tone.RED

STATION_MAX = 100
SCAN_ID_MAX = 64
REJECTED_RESULTS = (
    CheckinResult.INVALID,
    CheckinResult.REVOKED,
    CheckinResult.WRONG_EVENT,
    CheckinResult.UNKNOWN,
)


class ScanIdConflictError(RefusedError):
    """A scan id already logged for a different code: nothing is checked in or replayed."""

    def __init__(self, scan_id: str, logged: str, scanned: str) -> None:
        super().__init__(
            f"Scan id {scan_id} was already used for another code ({logged or 'a desk check-in'}"
            f"), not for {scanned or '(empty scan)'}; nothing was checked in. Each scan needs "
            "an id of its own: scan again."
        )
        self.scan_id = scan_id


class Unknown(enum.StrEnum):
    """Why an ``unknown`` scan found nobody to check in."""

    # No attendee has the id the badge (or the desk) names: never registered, or deleted.
    NOT_REGISTERED = "not_registered"
    # The badge is newer than the attendee's badge in this copy of the event: it was printed
    # from another, more recent copy (an offline station's cache can lag behind a reprint).
    NEWER_BADGE = "newer_badge"


@dataclass(frozen=True)
class Verdict:
    """What a station shows after a scan, as facts: each front end words them in its own
    language (``ui/pages/checkin.py``, ``cli/verdicts.py``)."""

    result: CheckinResult
    tone: Tone
    attendee_id: int | None = None
    name: str = ""
    organisation: str = ""
    country: str = ""
    badge_category: BadgeCategory | None = None
    # The attendee's successful check-in of that day (this scan's, or the earlier winner's),
    # in the event's time zone.
    first_checkin_at: dt.datetime | None = None
    first_station: str = ""
    day: dt.date | None = None
    # The log row this scan wrote; undo_checkin() takes it.
    checkin_id: int | None = None
    scan_id: str = ""
    expected_today: bool = True
    # The organiser's note for the desk ("collect speaker pass"), shown with the verdict.
    desk_note: str = ""
    # Verified by the station alone, without the server (its journal sends it later).
    offline: bool = False
    # An offline scan whose verdict the server changed when it arrived: a badge admitted by
    # two stations during an outage is "already checked in (found at sync)" at the later scan.
    found_at_sync: bool = False
    # Scans of this station still waiting to reach the server (offline verdicts only).
    pending_sync: int = 0
    # The scan as logged (printable; "desk: attendee #N" for a check-in by name).
    scanned: str = ""
    # The attendee the scan names, also when nobody has that id (``unknown``).
    badge_attendee_id: int | None = None
    # For an ``unknown`` result: why nobody was found.
    unknown: Unknown | None = None

    @property
    def ok(self) -> bool:
        return self.result is CheckinResult.CHECKED_IN

    @property
    def changed(self) -> Changes:
        """A scan that wrote a log row changed the check-in lists."""
        return Changes.of(Topic.CHECKIN) if self.checkin_id is not None else NOTHING


@dataclass(frozen=True)
class AttendeeRow:
    """One attendee as the desk sees them, with their check-in state for one day."""

    id: int
    name: str
    badge_name: str
    organisation: str
    country: str
    badge_category: BadgeCategory
    email: str
    expected: bool
    checked_in_at: dt.datetime | None
    checked_in_station: str
    checkin_id: int | None
    desk_note: str = ""


@dataclass(frozen=True)
class CategoryCount:
    category: BadgeCategory
    expected: int
    checked_in: int


@dataclass(frozen=True)
class CheckinStats:
    day: dt.date
    expected: int
    # Checked in among those expected today.
    checked_in: int
    # Checked in although not registered for this day (arrive early, stay longer).
    unexpected_checked_in: int
    rejected_scans: int
    by_category: tuple[CategoryCount, ...]
    last_scan_at: dt.datetime | None
    # Live check-ins per station, busiest first: where the queue is.
    by_station: tuple[tuple[str, int], ...] = ()
    # False when the day is none of the event's days (nobody is expected then).
    is_event_day: bool = True
    # Scans admitted offline that the server found to repeat an earlier check-in.
    found_at_sync: int = 0

    @property
    def missing(self) -> int:
        return self.expected - self.checked_in


@dataclass(frozen=True)
class CheckinEvent:
    """What verifying a badge needs of the event: its uid and secret, its clock, its days.

    Read once with :func:`checkin_event` and handed to :func:`scan` by a caller that scans
    many badges (a :class:`~brokerage_app.services.station.Station`), so a busy desk does
    not read the event again on every scan; nothing keeps it behind the caller's back.
    """

    uid: str
    secret: str
    clock: EventClock
    # The event's days: nobody is expected on any other day.
    days: frozenset[dt.date]

    def local(self, utc_naive: dt.datetime) -> dt.datetime:
        return self.clock.local(utc_naive)

    def today(self, now: dt.datetime | None = None) -> dt.date:
        return self.clock.today(now)

    def utc_naive(self, now: dt.datetime | None) -> dt.datetime:
        """``now`` (naive = event-local, or aware; None = this moment) as naive UTC."""
        return self.clock.stored(now)

    def expects(
        self, arrival: dt.datetime | None, departure: dt.datetime | None, day: dt.date
    ) -> bool:
        return day in self.days and present_on(arrival, departure, day)


def checkin_event(session: Session) -> CheckinEvent:
    event = get_event(session)
    days = frozenset(session.scalars(select(EventDay.date)))
    return CheckinEvent(event.uid, event.badge_secret, EventClock.named(event.time_zone), days)


def event_today(session: Session, now: dt.datetime | None = None) -> dt.date:
    """The current date in the event's time zone (check-ins are counted per such day)."""
    return checkin_event(session).today(now)


def present_on(arrival: dt.datetime | None, departure: dt.datetime | None, day: dt.date) -> bool:
    """Whether someone is registered to be at the event on ``day`` (local wall-clock times)."""
    day_start = dt.datetime.combine(day, dt.time())
    day_end = day_start + dt.timedelta(days=1)
    return (arrival is None or arrival < day_end) and (departure is None or departure > day_start)


# --- scanning -------------------------------------------------------------------------------


def scan(
    database: EventDatabase,
    scanned: str | bytes,
    *,
    station: str,
    scan_id: str | None = None,
    now: dt.datetime | None = None,
    event: CheckinEvent | None = None,
) -> Verdict:
    """Verify a scanned badge code, log the scan and check the attendee in for today.

    ``event`` is the caller's :func:`checkin_event` (read once for many scans); without it
    the event is read in this scan's own transaction.
    """
    with database.session() as session:
        clock = event or checkin_event(session)
        return _Scan(session, clock, station, scan_id, now).run_code(scanned)


def checkin_attendee_by_id(
    database: EventDatabase,
    attendee_id: int,
    *,
    station: str,
    scan_id: str | None = None,
    now: dt.datetime | None = None,
    event: CheckinEvent | None = None,
) -> Verdict:
    """Check someone in from the desk without a badge (found by name search)."""
    with database.session() as session:
        clock = event or checkin_event(session)
        return _Scan(session, clock, station, scan_id, now).run_attendee(attendee_id)


def desk_logged(attendee_id: int) -> str:
    """How a desk check-in (no badge) appears in the log."""
    return f"desk: attendee #{attendee_id}"


def record_journal_scan(
    database: EventDatabase,
    *,
    scan_id: str,
    station: str,
    at: dt.datetime,
    shown: CheckinResult,
    code: str = "",
    logged: str = "",
    attendee_id: int | None = None,
    event: CheckinEvent | None = None,
) -> Verdict:
    """Log a scan that a station verified offline, at its own time ``at``; idempotent.

    The server verifies it again: the verdict returned is the server's, which differs from
    ``shown`` (what the station showed) when another station admitted the badge earlier,
    or the badge was revoked meanwhile. Sending the same scan id again returns the logged
    verdict and stores nothing more. ``attendee_id`` is a desk check-in without a badge.
    """
    with database.session() as session:
        clock = event or checkin_event(session)
        run = _Scan(session, clock, station, scan_id, at, shown)
        if attendee_id is not None:
            return run.run_attendee(attendee_id)
        return run.run_code(code, logged)


# The attendee facts a verdict shows, read in one query (and cached by stations as such).
Who = BadgeFacts


# The scan path runs a handful of fixed statements thousands of times a morning: built once
# with bound parameters and run on the Core connection, they skip per-call statement
# construction and ORM bookkeeping (about half of a scan's CPU time otherwise).
_attendees = table_of(Attendee)
_organisations = table_of(Organisation)
_checkins = table_of(Checkin)

_WHO = (
    select(
        _attendees.c.id,
        _attendees.c.first_name,
        _attendees.c.last_name,
        _attendees.c.badge_name,
        _organisations.c.name,
        _organisations.c.country,
        _attendees.c.badge_category,
        _attendees.c.arrival,
        _attendees.c.departure,
        _attendees.c.badge_version,
        _attendees.c.desk_note,
    )
    .join(_organisations, _organisations.c.id == _attendees.c.organisation_id)
    .where(_attendees.c.id == bindparam("attendee_id"))
)


def _who(session: Session, attendee_id: int | None) -> Who | None:
    if attendee_id is None:
        return None
    row = session.connection().execute(_WHO, {"attendee_id": attendee_id}).one_or_none()
    if row is None:
        return None
    ident, first, last, badge_name, organisation, country, *rest = row
    name = badge_name or display_name(first, last)
    return Who(ident, name, organisation, country, *rest)


@dataclass(frozen=True)
class _LogRow:
    id: int
    scan_id: str
    attendee_id: int | None
    day: dt.date
    at: dt.datetime
    station: str
    result: CheckinResult
    scanned: str
    offline: bool = False
    shown_result: CheckinResult | None = None
    duplicate_of: int | None = None

    @property
    def found_at_sync(self) -> bool:
        return self.shown_result is not None and self.shown_result is not self.result


# What an insert writes: every field but the id the database gives.
_LOG_ROW_VALUES = tuple(f.name for f in fields(_LogRow) if f.name != "id")


_LOG_COLUMNS = (
    _checkins.c.id,
    _checkins.c.scan_id,
    _checkins.c.attendee_id,
    _checkins.c.day,
    _checkins.c.at,
    _checkins.c.station,
    _checkins.c.result,
    _checkins.c.scanned,
    _checkins.c.offline,
    _checkins.c.shown_result,
    _checkins.c.duplicate_of,
)
_LIVE = (
    select(*_LOG_COLUMNS)
    .where(
        _checkins.c.attendee_id == bindparam("attendee_id"),
        _checkins.c.day == bindparam("day"),
        _checkins.c.result == CheckinResult.CHECKED_IN,
        _checkins.c.undone_at.is_(None),
    )
    .limit(1)
)
# A live check-in found at sync to be later than an offline one: it stays in the log as what
# it was shown as, and becomes the duplicate.
_DEMOTE = (
    update(_checkins)
    .where(
        _checkins.c.id == bindparam("demoted"),
        _checkins.c.result == CheckinResult.CHECKED_IN,
        _checkins.c.undone_at.is_(None),
    )
    .values(
        result=CheckinResult.ALREADY_CHECKED_IN,
        shown_result=func.coalesce(_checkins.c.shown_result, CheckinResult.CHECKED_IN.value),
    )
)
# The demoted check-in and every duplicate that pointed to it now point to the winner.
_REPOINT = (
    update(_checkins)
    .where(or_(_checkins.c.id == bindparam("old"), _checkins.c.duplicate_of == bindparam("old")))
    .values(duplicate_of=bindparam("new"))
)
_BY_SCAN_ID = select(*_LOG_COLUMNS).where(_checkins.c.scan_id == bindparam("scan_id"))
# ON CONFLICT DO NOTHING rather than IntegrityError in a savepoint: one round trip, and under
# PostgreSQL a concurrent insert of the same attendee's check-in waits for the other
# transaction and then yields to it.
_INSERTS = {
    "postgresql": pg_insert(_checkins).on_conflict_do_nothing().returning(_checkins.c.id),
    "sqlite": sqlite_insert(_checkins).on_conflict_do_nothing().returning(_checkins.c.id),
}


def _log_row(session: Session, *where: Any) -> _LogRow | None:
    row = session.execute(
        select(*_LOG_COLUMNS).where(*where).order_by(_checkins.c.id.desc()).limit(1)
    ).one_or_none()
    return None if row is None else _LogRow(*row)


def _run_log_row(session: Session, statement: Any, params: dict[str, Any]) -> _LogRow | None:
    row = session.connection().execute(statement, params).first()
    return None if row is None else _LogRow(*row)


class _Scan:
    """One scan inside one unit of work."""

    def __init__(
        self,
        session: Session,
        clock: CheckinEvent,
        station: str,
        scan_id: str | None,
        now: dt.datetime | None,
        shown: CheckinResult | None = None,
    ) -> None:
        self.session = session
        # A scan from a station's journal, verified offline at ``now`` with verdict ``shown``.
        self.shown = shown
        self.clock = clock
        self.station = station.strip()[:STATION_MAX]
        if scan_id is not None and not 0 < len(scan_id) <= SCAN_ID_MAX:
            raise ValidationError(f"Scan id: 1 to {SCAN_ID_MAX} characters, not {len(scan_id)}.")
        self.scan_id = scan_id or uuid.uuid4().hex
        self.at = clock.utc_naive(now)
        self.day = clock.local(self.at).date()
        self.logged = ""

    def run_code(self, scanned: str | bytes, logged: str | None = None) -> Verdict:
        """Verify ``scanned``; ``logged`` is its log form when the journal kept that apart."""
        logged = self.logged = printable_for_log(scanned) if logged is None else logged
        if self.shown is not None and self._logged_before():
            return self._replay()
        check = check_code(clean_scan(scanned), self.clock.uid, self.clock.secret)
        if check.problem is CodeProblem.WRONG_EVENT:
            return self._reject(CheckinResult.WRONG_EVENT, None, logged)
        if check.problem is not None or check.attendee_id is None:
            return self._reject(CheckinResult.INVALID, None, logged)
        who = _who(self.session, check.attendee_id)
        if who is None:
            return self._reject(CheckinResult.UNKNOWN, None, logged)
        if check.version != who.badge_version:
            # An older version was revoked by a reprint; a newer one than the database knows
            # means this station works on an outdated copy of the event.
            result = (
                CheckinResult.REVOKED
                if (check.version or 0) < who.badge_version
                else CheckinResult.UNKNOWN
            )
            return self._reject(result, who, logged)
        return self._check_in(who, logged)

    def run_attendee(self, attendee_id: int) -> Verdict:
        logged = self.logged = desk_logged(attendee_id)
        if self.shown is not None and self._logged_before():
            return self._replay()
        who = _who(self.session, attendee_id)
        if who is None:
            return self._reject(CheckinResult.UNKNOWN, None, logged)
        return self._check_in(who, logged)

    def _insert(
        self,
        result: CheckinResult,
        who: Who | None,
        logged: str,
        duplicate_of: int | None = None,
    ) -> _LogRow | None:
        """Write the log row, or None when a unique index refused it."""
        row = _LogRow(
            0,  # the database gives the id
            scan_id=self.scan_id,
            attendee_id=who.id if who else None,
            day=self.day,
            at=self.at,
            station=self.station,
            result=result,
            scanned=logged,
            offline=self.shown is not None,
            shown_result=self.shown,
            duplicate_of=duplicate_of,
        )
        values = {name: getattr(row, name) for name in _LOG_ROW_VALUES}
        connection = self.session.connection()
        statement = _INSERTS[connection.dialect.name]
        extra = {"synced_at": utcnow()} if self.shown is not None else {}
        inserted = connection.execute(statement, {**values, **extra}).scalar()
        if inserted is None:
            return None
        return replace(row, id=inserted)

    def _reject(self, result: CheckinResult, who: Who | None, logged: str) -> Verdict:
        row = self._insert(result, who, logged)
        if row is None:
            return self._replay()
        return _verdict(self.session, self.clock, row, who)

    def _check_in(self, who: Who, logged: str) -> Verdict:
        if self.shown is not None:
            return self._check_in_synced(who, logged)
        # Most repeated scans find the earlier check-in with one indexed read; the insert's
        # conflict handling covers the race where two stations read "not yet" at once.
        winner = self._live(who.id)
        if winner is None:
            row = self._insert(CheckinResult.CHECKED_IN, who, logged)
            if row is not None:
                return _verdict(self.session, self.clock, row, who)
            # Refused: this scan id is already logged (a retry), or another station checked
            # the attendee in a moment ago.
            if self._logged_before():
                return self._replay()
            winner = self._live(who.id)
        row = self._insert(CheckinResult.ALREADY_CHECKED_IN, who, logged)
        if row is None:
            return self._replay()
        return _verdict(self.session, self.clock, row, who, winner)

    def _check_in_synced(self, who: Who, logged: str) -> Verdict:
        """An offline scan arriving from a journal: the earliest scan of the day wins.

        A live check-in made later (by another station during the outage, or online while
        this station could not reach the server) becomes "already (found at sync)" and points
        to this one; an earlier one makes this scan the duplicate. Each step is conditional,
        so stations syncing at once retry rather than both winning.
        """
        for _attempt in range(10):
            live = self._live(who.id)
            if live is None:
                row = self._insert(CheckinResult.CHECKED_IN, who, logged)
                if row is not None:
                    return _verdict(self.session, self.clock, row, who)
                continue
            if live.at <= self.at:
                row = self._insert(CheckinResult.ALREADY_CHECKED_IN, who, logged, live.id)
                if row is None:
                    return self._replay()
                return _verdict(self.session, self.clock, row, who, live)
            demoted = self.session.connection().execute(_DEMOTE, {"demoted": live.id}).rowcount
            if not demoted:
                continue
            row = self._insert(CheckinResult.CHECKED_IN, who, logged)
            if row is None:
                raise RefusedError(f"Scan {self.scan_id} could not be logged; please sync again.")
            self.session.connection().execute(_REPOINT, {"old": live.id, "new": row.id})
            return _verdict(self.session, self.clock, row, who)
        raise RefusedError(
            f"Scan {self.scan_id} of attendee #{who.id} kept meeting other stations' check-ins "
            "while syncing; nothing was stored for it, it is synced again."
        )

    def _live(self, attendee_id: int) -> _LogRow | None:
        return _run_log_row(self.session, _LIVE, {"attendee_id": attendee_id, "day": self.day})

    def _logged_before(self) -> bool:
        return _run_log_row(self.session, _BY_SCAN_ID, {"scan_id": self.scan_id}) is not None

    def _replay(self) -> Verdict:
        row = _run_log_row(self.session, _BY_SCAN_ID, {"scan_id": self.scan_id})
        if row is None:
            raise RefusedError(f"Scan {self.scan_id} could not be logged; please scan again.")
        if row.scanned != self.logged:
            # A retry repeats the same scan; another code under the same id is a station
            # reusing ids, and answering with the first scan's verdict would wave through
            # someone who was never checked in.
            raise ScanIdConflictError(self.scan_id, row.scanned, self.logged)
        return _verdict(self.session, self.clock, row, _who(self.session, row.attendee_id))


def live_checkin(session: Session, attendee_id: int, day: dt.date) -> Checkin | None:
    """The attendee's successful, not undone check-in of ``day``."""
    return session.scalar(
        select(Checkin).where(
            Checkin.attendee_id == attendee_id,
            Checkin.day == day,
            Checkin.result == CheckinResult.CHECKED_IN,
            Checkin.undone_at.is_(None),
        )
    )


def _first_success(session: Session, row: _LogRow) -> _LogRow | None:
    """For a log row, the successful check-in it refers to (itself, or the earlier winner)."""
    if row.result is CheckinResult.CHECKED_IN:
        return row
    if row.attendee_id is None or row.result is not CheckinResult.ALREADY_CHECKED_IN:
        return None
    if row.duplicate_of is not None:
        return _log_row(session, Checkin.id == row.duplicate_of)
    return _log_row(
        session,
        Checkin.attendee_id == row.attendee_id,
        Checkin.day == row.day,
        Checkin.result == CheckinResult.CHECKED_IN,
        # The winner is the check-in live when this scan was logged: not undone, or
        # undone only later.
        or_(Checkin.undone_at.is_(None), Checkin.undone_at > row.at),
        Checkin.id < row.id,
    )


def verdict_of_log_row(session: Session, checkin_id: int) -> Verdict:
    """Rebuild the verdict of one log entry (for the log view and idempotent retries)."""
    row = _log_row(session, Checkin.id == checkin_id)
    if row is None:
        raise NotFoundError(f"No check-in log entry with id {checkin_id}.")
    return _verdict(session, checkin_event(session), row, _who(session, row.attendee_id))


def _attendee_id_in(logged: str) -> int | None:
    # UNKNOWN rows keep no attendee foreign key (the attendee is gone); the id is in the code.
    parts = logged.split("-")
    if len(parts) == 5 and parts[2].isdigit():
        return int(parts[2])
    digits = logged.rsplit("#", 1)[-1]
    return int(digits) if digits.isdigit() else None


def _verdict(
    session: Session,
    clock: CheckinEvent,
    row: _LogRow,
    who: Who | None,
    first: _LogRow | None = None,
) -> Verdict:
    expected = True if who is None else clock.expects(who.arrival, who.departure, row.day)
    first = first or _first_success(session, row)
    return make_verdict(
        row.result,
        who,
        day=row.day,
        scanned=row.scanned,
        expected=expected,
        first_at=clock.local(first.at) if first else None,
        first_station=first.station if first else "",
        checkin_id=row.id,
        scan_id=row.scan_id,
        offline=row.offline,
        found_at_sync=row.found_at_sync,
    )


def make_verdict(
    result: CheckinResult,
    who: Who | None,
    *,
    day: dt.date,
    scanned: str,
    expected: bool,
    first_at: dt.datetime | None,
    first_station: str,
    checkin_id: int | None,
    scan_id: str,
    offline: bool = False,
    found_at_sync: bool = False,
) -> Verdict:
    """A verdict from its facts, online, offline and at sync: its tone and why it refused."""
    name = organisation = country = desk_note = ""
    category = None
    if who is not None:
        name, organisation, country, category, desk_note = (
            who.name,
            who.organisation,
            who.country,
            who.category,
            who.desk_note,
        )
    else:
        expected = True
    tone = RED
    unknown = None
    if result is CheckinResult.CHECKED_IN:
        tone = GREEN if expected else AMBER
    elif result in (CheckinResult.ALREADY_CHECKED_IN, CheckinResult.UNDONE):
        tone = AMBER
    elif result is CheckinResult.UNKNOWN:
        unknown = Unknown.NEWER_BADGE if who is not None else Unknown.NOT_REGISTERED
    return Verdict(
        result=result,
        tone=tone,
        attendee_id=who.id if who else None,
        name=name,
        organisation=organisation,
        country=country,
        badge_category=category,
        first_checkin_at=first_at,
        first_station=first_station,
        day=day,
        checkin_id=checkin_id,
        scan_id=scan_id,
        expected_today=expected,
        desk_note=desk_note,
        offline=offline,
        found_at_sync=found_at_sync,
        scanned=scanned,
        badge_attendee_id=who.id if who else _attendee_id_in(scanned),
        unknown=unknown,
    )


# --- undo and reprint -----------------------------------------------------------------------


def undo_checkin(
    session: Session,
    checkin_id: int,
    *,
    station: str = "",
    actor: str = "",
    now: dt.datetime | None = None,
) -> Verdict:
    """Take back a mistaken check-in; the log keeps both the check-in and the undo."""
    row = session.get(Checkin, checkin_id)
    if row is None:
        raise NotFoundError(f"No check-in log entry with id {checkin_id}.")
    if row.result is not CheckinResult.CHECKED_IN:
        raise RefusedError(
            f"Log entry {checkin_id} is a {row.result.value.replace('_', ' ')} scan, "
            "not a check-in; there is nothing to undo."
        )
    clock = checkin_event(session)
    at = clock.utc_naive(now)
    # Conditional update: of two stations undoing at once, only one records the undo.
    changed = cast(
        CursorResult[Any],  # what an UPDATE gives; Session.execute is typed more loosely
        session.execute(
            update(Checkin)
            .where(Checkin.id == checkin_id, Checkin.undone_at.is_(None))
            .values(undone_at=at)
            .execution_options(synchronize_session=False)
        ),
    ).rowcount
    if not changed:
        raise RefusedError(f"The check-in {checkin_id} was already undone.")
    session.refresh(row)
    undo_row = Checkin(
        scan_id=uuid.uuid4().hex,
        attendee_id=row.attendee_id,
        day=row.day,
        at=at,
        station=station.strip()[:STATION_MAX],
        result=CheckinResult.UNDONE,
        scanned=f"undo of check-in #{checkin_id}",
    )
    session.add(undo_row)
    session.flush()
    undo_log = _log_row(session, Checkin.id == undo_row.id)
    assert undo_log is not None
    audit.record(
        session,
        "undo_checkin",
        "checkin",
        checkin_id,
        actor=actor or station,
        attendee_id=row.attendee_id,
        day=row.day.isoformat(),
    )
    note_changes(session, Topic.CHECKIN)
    return _verdict(session, clock, undo_log, _who(session, row.attendee_id))


def undo_attendee_checkin(
    session: Session,
    attendee_id: int,
    *,
    day: dt.date | None = None,
    station: str = "",
    actor: str = "",
    now: dt.datetime | None = None,
) -> Verdict:
    """Undo an attendee's check-in of ``day`` (default: today in the event's time zone)."""
    day = day or event_today(session, now)
    row = live_checkin(session, attendee_id, day)
    if row is None:
        raise NotFoundError(f"Attendee {attendee_id} is not checked in on {day.isoformat()}.")
    return undo_checkin(session, row.id, station=station, actor=actor, now=now)


def badge_code(session: Session, attendee_id: int) -> str:
    """The current (valid) code of an attendee's badge."""
    attendee = session.get(Attendee, attendee_id)
    if attendee is None:
        raise NotFoundError(f"No attendee with id {attendee_id}.")
    event = get_event(session)
    return issue_code(event.uid, event.badge_secret, attendee.id, attendee.badge_version)


def reissue_badge(session: Session, attendee_id: int, *, actor: str = "") -> str:
    """A new badge code for a lost or misprinted badge; every older code is revoked."""
    attendee = session.get(Attendee, attendee_id)
    if attendee is None:
        raise NotFoundError(f"No attendee with id {attendee_id}.")
    attendee.badge_version += 1
    session.flush()
    audit.record(
        session,
        "reissue_badge",
        "attendee",
        attendee_id,
        actor=actor,
        badge_version=attendee.badge_version,
    )
    note_changes(session, Topic.CHECKIN, Topic.ATTENDEES)
    return badge_code(session, attendee_id)


DESK_NOTE_MAX = 500


def set_desk_note(session: Session, attendee_id: int, note: str, *, actor: str = "") -> str:
    """Set (or, with an empty text, clear) the note the desk sees with the verdict."""
    attendee = session.get(Attendee, attendee_id)
    if attendee is None:
        raise NotFoundError(f"No attendee with id {attendee_id}.")
    note = " ".join(note.split())
    if len(note) > DESK_NOTE_MAX:
        raise ValidationError(
            f"Desk note: at most {DESK_NOTE_MAX} characters, not {len(note)}; keep it to what "
            "the desk must do."
        )
    if note != attendee.desk_note:
        attendee.desk_note = note
        session.flush()
        audit.record(session, "set_desk_note", "attendee", attendee_id, actor=actor)
        note_changes(session, Topic.CHECKIN, Topic.ATTENDEES)
    return note


def station_snapshot(session: Session) -> StationSnapshot:
    """Secret, days, every badge's version and facts, and the live check-ins, in one read."""
    event = get_event(session)
    badges = tuple(
        BadgeFacts(
            id=person.id,
            name=person.badge_name or person.name,
            organisation=person.organisation,
            country=person.country,
            category=person.category,
            arrival=person.arrival,
            departure=person.departure,
            badge_version=person.badge_version,
            desk_note=person.desk_note,
        )
        for person in _people(session)
    )
    live = session.execute(
        select(Checkin.attendee_id, Checkin.day, Checkin.at, Checkin.station).where(
            Checkin.result == CheckinResult.CHECKED_IN,
            Checkin.undone_at.is_(None),
            Checkin.attendee_id.is_not(None),
        )
    ).all()
    return StationSnapshot(
        uid=event.uid,
        secret=event.badge_secret,
        time_zone=event.time_zone,
        days=tuple(sorted(session.scalars(select(EventDay.date)))),
        badges=badges,
        checkins=tuple(
            KnownCheckin(attendee_id, day, at, station)
            for attendee_id, day, at, station in live
            if attendee_id is not None  # as the query says; narrows the type
        ),
        taken_at=utcnow(),
    )


# --- desk search, statistics, who is missing -----------------------------------------------


@dataclass(frozen=True)
class _Person:
    id: int
    first_name: str
    last_name: str
    badge_name: str
    email: str
    external_id: str | None
    category: BadgeCategory
    arrival: dt.datetime | None
    departure: dt.datetime | None
    organisation: str
    country: str
    badge_version: int
    desk_note: str

    @property
    def name(self) -> str:
        return display_name(self.first_name, self.last_name)


def _people(session: Session) -> list[_Person]:
    rows = session.execute(
        select(
            Attendee.id,
            Attendee.first_name,
            Attendee.last_name,
            Attendee.badge_name,
            Attendee.email,
            Attendee.external_id,
            Attendee.badge_category,
            Attendee.arrival,
            Attendee.departure,
            Organisation.name,
            Organisation.country,
            Attendee.badge_version,
            Attendee.desk_note,
        ).join(Organisation, Organisation.id == Attendee.organisation_id)
    ).all()
    return [_Person(*tuple(row)) for row in rows]


def _live_checkins(session: Session, day: dt.date) -> dict[int, Checkin]:
    rows = session.scalars(
        select(Checkin).where(
            Checkin.day == day,
            Checkin.result == CheckinResult.CHECKED_IN,
            Checkin.undone_at.is_(None),
            Checkin.attendee_id.is_not(None),
        )
    ).all()
    return {row.attendee_id: row for row in rows if row.attendee_id is not None}


def _row_of(
    person: _Person, day: dt.date, checkin: Checkin | None, clock: CheckinEvent
) -> AttendeeRow:
    return AttendeeRow(
        id=person.id,
        name=person.name,
        badge_name=person.badge_name,
        organisation=person.organisation,
        country=person.country,
        badge_category=person.category,
        email=person.email,
        expected=clock.expects(person.arrival, person.departure, day),
        checked_in_at=clock.local(checkin.at) if checkin else None,
        checked_in_station=checkin.station if checkin else "",
        checkin_id=checkin.id if checkin else None,
        desk_note=person.desk_note,
    )


def search_attendees(
    session: Session, text: str, limit: int = 20, *, day: dt.date | None = None
) -> list[AttendeeRow]:
    """Find attendees by any part of name, badge name, organisation, email or id.

    Every word typed must match; case and accents are ignored. People whose first or last
    name starts with the first word come first.
    """
    words = fold(text).split()
    if not words or limit <= 0:
        return []
    clock = checkin_event(session)
    day = day or clock.today()
    scored: list[tuple[tuple[int, str, str], _Person]] = []
    for person in _people(session):
        names = fold(f"{person.first_name} {person.last_name} {person.badge_name}")
        haystack = (
            f"{names} {fold(person.organisation)} {person.email.casefold()} "
            f"{(person.external_id or '').casefold()} #{person.id}"
        )
        if len(words) == 1 and words[0].lstrip("#").isdigit():
            if int(words[0].lstrip("#")) != person.id:
                continue
        elif not all(word in haystack for word in words):
            continue
        starts = any(part.startswith(words[0]) for part in names.split())
        scored.append(
            ((0 if starts else 1, fold(person.last_name), fold(person.first_name)), person)
        )
    scored.sort(key=lambda item: item[0])
    chosen = [person for _key, person in scored[:limit]]
    live = _live_checkins(session, day)
    return [_row_of(person, day, live.get(person.id), clock) for person in chosen]


def checkin_stats(session: Session, day: dt.date | None = None) -> CheckinStats:
    """How many of those expected on ``day`` have arrived, overall and per badge category."""
    clock = checkin_event(session)
    day = day or clock.today()
    live = _live_checkins(session, day)
    expected: Counter[BadgeCategory] = Counter()
    arrived: Counter[BadgeCategory] = Counter()
    unexpected = 0
    for person in _people(session):
        if clock.expects(person.arrival, person.departure, day):
            expected[person.category] += 1
            if person.id in live:
                arrived[person.category] += 1
        elif person.id in live:
            unexpected += 1
    rejected = session.scalar(
        select(func.count())
        .select_from(Checkin)
        .where(Checkin.day == day, Checkin.result.in_(REJECTED_RESULTS))
    )
    last = session.scalar(select(func.max(Checkin.at)).where(Checkin.day == day))
    duplicates = session.scalar(
        select(func.count())
        .select_from(Checkin)
        .where(
            Checkin.day == day,
            Checkin.result == CheckinResult.ALREADY_CHECKED_IN,
            Checkin.shown_result == CheckinResult.CHECKED_IN,
        )
    )
    stations = Counter(row.station for row in live.values())
    return CheckinStats(
        day=day,
        expected=sum(expected.values()),
        checked_in=sum(arrived.values()),
        unexpected_checked_in=unexpected,
        rejected_scans=rejected or 0,
        by_category=tuple(
            CategoryCount(category, expected[category], arrived[category])
            for category in BadgeCategory
            if expected[category] or arrived[category]
        ),
        last_scan_at=clock.local(last) if last else None,
        by_station=tuple(sorted(stations.items(), key=lambda item: (-item[1], item[0]))),
        is_event_day=day in clock.days,
        found_at_sync=duplicates or 0,
    )


def not_arrived(session: Session, day: dt.date | None = None) -> list[AttendeeRow]:
    """Everyone expected on ``day`` who has not checked in yet, by last name."""
    clock = checkin_event(session)
    day = day or clock.today()
    live = _live_checkins(session, day)
    missing = [
        person
        for person in _people(session)
        if person.id not in live and clock.expects(person.arrival, person.departure, day)
    ]
    missing.sort(key=lambda p: (fold(p.last_name), fold(p.first_name), p.id))
    return [_row_of(person, day, None, clock) for person in missing]


@dataclass(frozen=True)
class LogEntry:
    id: int
    at: dt.datetime
    station: str
    result: CheckinResult
    attendee_id: int | None
    name: str
    scanned: str
    undone: bool
    # Verified offline by the station and synced later.
    offline: bool = False
    # What the station showed, when the server decided otherwise at sync.
    shown_result: CheckinResult | None = None
    # For a duplicate found at sync: the check-in it repeats, with its time and station.
    first_checkin_id: int | None = None
    first_at: dt.datetime | None = None
    first_station: str = ""

    @property
    def found_at_sync(self) -> bool:
        return self.shown_result is not None and self.shown_result is not self.result


def checkin_log(
    session: Session,
    day: dt.date | None = None,
    *,
    limit: int = 100,
    found_at_sync: bool = False,
) -> list[LogEntry]:
    """The most recent scans of ``day``, newest first: the full log behind the stations.

    ``found_at_sync`` keeps only the scans whose verdict the server changed at sync (most
    often a badge that two stations admitted during an outage), each with the check-in
    it repeats.
    """
    clock = checkin_event(session)
    day = day or clock.today()
    first = aliased(Checkin)
    query = (
        select(
            Checkin,
            Attendee.first_name,
            Attendee.last_name,
            Attendee.badge_name,
            first.at,
            first.station,
        )
        .outerjoin(Attendee, Attendee.id == Checkin.attendee_id)
        .outerjoin(first, first.id == Checkin.duplicate_of)
        .where(Checkin.day == day)
        .order_by(Checkin.at.desc(), Checkin.id.desc())
        .limit(limit)
    )
    if found_at_sync:
        query = query.where(
            Checkin.shown_result.is_not(None), Checkin.shown_result != Checkin.result
        )
    return [
        LogEntry(
            id=row.id,
            at=clock.local(row.at),
            station=row.station,
            result=row.result,
            attendee_id=row.attendee_id,
            name=badge or display_name(first_name, last),
            scanned=row.scanned,
            undone=row.undone_at is not None,
            offline=row.offline,
            shown_result=row.shown_result,
            first_checkin_id=row.duplicate_of,
            first_at=clock.local(first_at) if first_at else None,
            first_station=first_station or "",
        )
        for row, first_name, last, badge, first_at, first_station in session.execute(query)
    ]
