"""Check-in at the door: verify a badge scan, log it and answer, in one transaction.

Every scan, good or bad, becomes a row of the check-in log (``checkins``) with its station and
time; the log is the volunteers' answer to "did that scan work?" and the organiser's record.
A successful check-in is unique per attendee and day thanks to the partial unique index
``uq_checkins_attendee_day_ok``: when two stations scan the same badge at once, both insert,
the database lets exactly one win, and the loser answers "already checked in" with the
winner's time and station. A scan id (one per physical scan, chosen by the station) makes a
retried request idempotent: the same scan id with the same code always yields the same
verdict and one row; the same id with another code is refused (ScanIdConflictError).

Times: ``Checkin.at`` is stored in UTC like every timestamp of the schema; the check-in day
and the times shown to people are in the event's time zone. A naive ``now`` is the event's
local wall-clock time, as in meetings on the day and as slot times are; an aware one is
converted.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
import uuid
import weakref
from collections import Counter
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import bindparam, func, or_, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from brokerage_app.checkin.codes import CodeProblem, check_code, issue_code
from brokerage_app.checkin.scanner import clean_scan, printable_for_log
from brokerage_app.errors import NotFoundError, RefusedError, ValidationError
from brokerage_app.services import audit
from brokerage_app.services.events import get_event
from brokerage_app.store.database import EventDatabase
from brokerage_app.store.models import (
    Attendee,
    BadgeCategory,
    Checkin,
    CheckinResult,
    EventDay,
    Organisation,
    utcnow,
)

GREEN = "green"
AMBER = "amber"
RED = "red"

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


@dataclass(frozen=True)
class Verdict:
    """What a station shows after a scan: big, coloured, one line of text."""

    result: CheckinResult
    message: str
    tone: str
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

    @property
    def ok(self) -> bool:
        return self.result is CheckinResult.CHECKED_IN


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

    @property
    def missing(self) -> int:
        return self.expected - self.checked_in


@dataclass(frozen=True)
class _EventClock:
    uid: str
    secret: str
    zone: ZoneInfo
    # The event's days: nobody is expected on any other day.
    days: frozenset[dt.date]

    def local(self, utc_naive: dt.datetime) -> dt.datetime:
        return utc_naive.replace(tzinfo=dt.UTC).astimezone(self.zone)

    def today(self, now: dt.datetime | None = None) -> dt.date:
        return self.local(self.utc_naive(now)).date()

    def utc_naive(self, now: dt.datetime | None) -> dt.datetime:
        """``now`` (naive = event-local, or aware; None = this moment) as naive UTC."""
        if now is None:
            return utcnow()
        if now.tzinfo is None:
            now = now.replace(tzinfo=self.zone)
        return now.astimezone(dt.UTC).replace(tzinfo=None)

    def expects(
        self, arrival: dt.datetime | None, departure: dt.datetime | None, day: dt.date
    ) -> bool:
        return day in self.days and present_on(arrival, departure, day)


def _clock(session: Session) -> _EventClock:
    event = get_event(session)
    days = frozenset(session.scalars(select(EventDay.date)))
    return _EventClock(event.uid, event.badge_secret, ZoneInfo(event.time_zone), days)


def event_today(session: Session, now: dt.datetime | None = None) -> dt.date:
    """The current date in the event's time zone (check-ins are counted per such day)."""
    return _clock(session).today(now)


def present_on(arrival: dt.datetime | None, departure: dt.datetime | None, day: dt.date) -> bool:
    """Whether someone is registered to be at the event on ``day`` (local wall-clock times)."""
    day_start = dt.datetime.combine(day, dt.time())
    day_end = day_start + dt.timedelta(days=1)
    return (arrival is None or arrival < day_end) and (departure is None or departure > day_start)


# --- scanning -------------------------------------------------------------------------------

# The event's uid, secret and time zone do not change while stations scan; reading them once
# per open database saves a round trip on every scan (it matters on a busy network).
_clocks: weakref.WeakKeyDictionary[EventDatabase, _EventClock] = weakref.WeakKeyDictionary()


def _database_clock(database: EventDatabase, session: Session) -> _EventClock:
    clock = _clocks.get(database)
    if clock is None:
        clock = _clocks[database] = _clock(session)
    return clock


def scan(
    database: EventDatabase,
    scanned: str | bytes,
    *,
    station: str,
    scan_id: str | None = None,
    now: dt.datetime | None = None,
) -> Verdict:
    """Verify a scanned badge code, log the scan and check the attendee in for today."""
    with database.session() as session:
        clock = _database_clock(database, session)
        return _Scan(session, clock, station, scan_id, now).run_code(scanned)


def checkin_attendee_by_id(
    database: EventDatabase,
    attendee_id: int,
    *,
    station: str,
    scan_id: str | None = None,
    now: dt.datetime | None = None,
) -> Verdict:
    """Check someone in from the desk without a badge (found by name search)."""
    with database.session() as session:
        clock = _database_clock(database, session)
        return _Scan(session, clock, station, scan_id, now).run_attendee(attendee_id)


@dataclass(frozen=True)
class _Who:
    """The attendee facts a verdict shows, read in one query."""

    id: int
    name: str
    organisation: str
    country: str
    category: BadgeCategory
    arrival: dt.datetime | None
    departure: dt.datetime | None
    badge_version: int


# The scan path runs a handful of fixed statements thousands of times a morning: built once
# with bound parameters and run on the Core connection, they skip per-call statement
# construction and ORM bookkeeping (about half of a scan's CPU time otherwise).
_attendees = Attendee.__table__
_organisations = Organisation.__table__
_checkins = Checkin.__table__

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
    )
    .join(_organisations, _organisations.c.id == _attendees.c.organisation_id)
    .where(_attendees.c.id == bindparam("attendee_id"))
)


def _who(session: Session, attendee_id: int | None) -> _Who | None:
    if attendee_id is None:
        return None
    row = session.connection().execute(_WHO, {"attendee_id": attendee_id}).one_or_none()
    if row is None:
        return None
    ident, first, last, badge_name, organisation, country, *rest = row
    name = badge_name or f"{first} {last}".strip()
    return _Who(ident, name, organisation, country, *rest)


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


_LOG_COLUMNS = (
    _checkins.c.id,
    _checkins.c.scan_id,
    _checkins.c.attendee_id,
    _checkins.c.day,
    _checkins.c.at,
    _checkins.c.station,
    _checkins.c.result,
    _checkins.c.scanned,
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
        clock: _EventClock,
        station: str,
        scan_id: str | None,
        now: dt.datetime | None,
    ) -> None:
        self.session = session
        self.clock = clock
        self.station = station.strip()[:STATION_MAX]
        if scan_id is not None and not 0 < len(scan_id) <= SCAN_ID_MAX:
            raise ValidationError(f"Scan id: 1 to {SCAN_ID_MAX} characters, not {len(scan_id)}.")
        self.scan_id = scan_id or uuid.uuid4().hex
        self.at = clock.utc_naive(now)
        self.day = clock.local(self.at).date()
        self.logged = ""

    def run_code(self, scanned: str | bytes) -> Verdict:
        logged = self.logged = printable_for_log(scanned)
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
        logged = self.logged = f"desk: attendee #{attendee_id}"
        who = _who(self.session, attendee_id)
        if who is None:
            return self._reject(CheckinResult.UNKNOWN, None, logged)
        return self._check_in(who, logged)

    def _insert(self, result: CheckinResult, who: _Who | None, logged: str) -> _LogRow | None:
        """Write the log row, or None when a unique index refused it."""
        values = {
            "scan_id": self.scan_id,
            "attendee_id": who.id if who else None,
            "day": self.day,
            "at": self.at,
            "station": self.station,
            "result": result,
            "scanned": logged,
        }
        connection = self.session.connection()
        inserted = connection.execute(_INSERTS[connection.dialect.name], values).scalar()
        if inserted is None:
            return None
        return _LogRow(inserted, **values)

    def _reject(self, result: CheckinResult, who: _Who | None, logged: str) -> Verdict:
        row = self._insert(result, who, logged)
        if row is None:
            return self._replay()
        return _verdict(self.session, self.clock, row, who)

    def _check_in(self, who: _Who, logged: str) -> Verdict:
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
    return _verdict(session, _clock(session), row, _who(session, row.attendee_id))


def _attendee_id_in(logged: str) -> int | None:
    # UNKNOWN rows keep no attendee foreign key (the attendee is gone); the id is in the code.
    parts = logged.split("-")
    if len(parts) == 5 and parts[2].isdigit():
        return int(parts[2])
    digits = logged.rsplit("#", 1)[-1]
    return int(digits) if digits.isdigit() else None


def _verdict(
    session: Session,
    clock: _EventClock,
    row: _LogRow,
    who: _Who | None,
    first: _LogRow | None = None,
) -> Verdict:
    name = organisation = country = ""
    category = None
    expected = True
    if who is not None:
        name, organisation, country, category = (
            who.name,
            who.organisation,
            who.country,
            who.category,
        )
        expected = clock.expects(who.arrival, who.departure, row.day)
    first = first or _first_success(session, row)
    first_at = clock.local(first.at) if first else None
    first_station = first.station if first else ""
    who_text = f"{name} ({organisation})" if organisation else name
    result = row.result
    tone = RED
    if result is CheckinResult.CHECKED_IN:
        tone = GREEN if expected else AMBER
        message = f"Checked in: {who_text}"
        if not expected:
            message += " — not registered for this day, please check"
    elif result is CheckinResult.ALREADY_CHECKED_IN:
        tone = AMBER
        when = f"{first_at:%H:%M}" if first_at else "earlier"
        message = f"Already checked in at {when} at {_station_name(first_station)}: {who_text}"
    elif result is CheckinResult.UNDONE:
        tone = AMBER
        message = f"Check-in undone: {who_text}"
    elif result is CheckinResult.REVOKED:
        message = f"Revoked badge of {who_text}: a newer badge was printed; keep this one"
    elif result is CheckinResult.WRONG_EVENT:
        message = "Badge of another event — not valid here"
    elif result is CheckinResult.UNKNOWN:
        message = (
            f"Badge of {who_text} is newer than this station's event data; check the database"
            if who is not None
            else f"Unknown attendee #{_attendee_id_in(row.scanned)}: not (or no longer) registered"
        )
    else:
        shown = row.scanned if len(row.scanned) <= 40 else row.scanned[:39] + "…"
        message = f"Not a valid badge code: {shown or '(empty scan)'}"
    return Verdict(
        result=result,
        message=message,
        tone=tone,
        attendee_id=who.id if who else None,
        name=name,
        organisation=organisation,
        country=country,
        badge_category=category,
        first_checkin_at=first_at,
        first_station=first_station,
        day=row.day,
        checkin_id=row.id,
        scan_id=row.scan_id,
        expected_today=expected,
    )


def _station_name(station: str) -> str:
    return f"station {station}" if station else "an unnamed station"


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
    clock = _clock(session)
    at = clock.utc_naive(now)
    # Conditional update: of two stations undoing at once, only one records the undo.
    changed = session.execute(
        update(Checkin)
        .where(Checkin.id == checkin_id, Checkin.undone_at.is_(None))
        .values(undone_at=at)
        .execution_options(synchronize_session=False)
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
    return badge_code(session, attendee_id)


# --- desk search, statistics, who is missing -----------------------------------------------

# Letters that Unicode does not decompose into a base letter plus accent.
_FOLD_EXTRA = str.maketrans(
    {"ł": "l", "ø": "o", "đ": "d", "ð": "d", "þ": "th", "æ": "ae", "œ": "oe", "ı": "i"}
)


def fold(text: str) -> str:
    """Case- and accent-insensitive form: 'Łukasz Żółć' and 'lukasz zolc' fold alike."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return stripped.translate(_FOLD_EXTRA)


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

    @property
    def name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


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
        ).join(Organisation, Organisation.id == Attendee.organisation_id)
    ).all()
    return [_Person(*row) for row in rows]


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
    person: _Person, day: dt.date, checkin: Checkin | None, clock: _EventClock
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
    clock = _clock(session)
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
    clock = _clock(session)
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
    )


def not_arrived(session: Session, day: dt.date | None = None) -> list[AttendeeRow]:
    """Everyone expected on ``day`` who has not checked in yet, by last name."""
    clock = _clock(session)
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


def checkin_log(
    session: Session, day: dt.date | None = None, *, limit: int = 100
) -> list[LogEntry]:
    """The most recent scans of ``day``, newest first: the full log behind the stations."""
    clock = _clock(session)
    day = day or clock.today()
    rows = session.execute(
        select(Checkin, Attendee.first_name, Attendee.last_name, Attendee.badge_name)
        .outerjoin(Attendee, Attendee.id == Checkin.attendee_id)
        .where(Checkin.day == day)
        .order_by(Checkin.at.desc(), Checkin.id.desc())
        .limit(limit)
    ).all()
    return [
        LogEntry(
            id=row.id,
            at=clock.local(row.at),
            station=row.station,
            result=row.result,
            attendee_id=row.attendee_id,
            name=badge or f"{first or ''} {last or ''}".strip(),
            scanned=row.scanned,
            undone=row.undone_at is not None,
        )
        for row, first, last, badge in rows
    ]
