"""How an event's days, sessions and breaks turn into meeting slots, and what can be wrong
with them (``SettingProblem``: facts each front end words, ``cli/event_problems.py`` and
``ui/event_problems.py``)."""

from __future__ import annotations

import datetime as dt
import enum
import itertools
from dataclasses import dataclass, field

from brokerage_app.domain.clock import is_time_zone
from brokerage_app.errors import ValidationError

# The shortest and the longest meeting slot, in minutes.
SLOT_MINUTES_MIN, SLOT_MINUTES_MAX = 5, 240


class SettingFault(enum.StrEnum):
    """What is wrong with an event's set-up (the wizard's answers, the event settings);
    the fields of ``SettingProblem`` each fault fills are named beside it."""

    NAME_EMPTY = "name_empty"
    BAD_TIME_ZONE = "bad_time_zone"  # value: the zone given
    NO_TABLES = "no_tables"
    NO_DAYS = "no_days"
    DATE_TWICE = "date_twice"  # day
    NO_SESSIONS = "no_sessions"  # day
    SESSION_ENDS_FIRST = "session_ends_first"  # day, session
    BAD_SLOT_LENGTH = "bad_slot_length"  # day, session
    BREAK_ENDS_FIRST = "break_ends_first"  # day, session; value: the break's name
    SESSION_TOO_SHORT = "session_too_short"  # day, session; number: the slot's minutes
    SESSIONS_OVERLAP = "sessions_overlap"  # day, session; number: the other session
    # Event settings (services/event_settings):
    TABLE_NUMBER_TWICE = "table_number_twice"  # number
    TABLE_NUMBER_BELOW_ONE = "table_number_below_one"
    OWNER_TWICE = "owner_twice"
    NO_SUCH_ROOM = "no_such_room"  # number: the table; value: the room
    ROOM_TWICE = "room_twice"
    # The venue map (path: the file, when one was chosen):
    VENUE_MAP_UNREADABLE_FILE = "venue_map_unreadable_file"  # value: the system's reason
    VENUE_MAP_TOO_BIG = "venue_map_too_big"  # number: its MB; limit: the most MB
    VENUE_MAP_NOT_IMAGE = "venue_map_not_image"
    VENUE_MAP_WRONG_KIND = "venue_map_wrong_kind"  # value: the image's format


@dataclass(frozen=True)
class SettingProblem:
    """One problem with an event's set-up as facts: the fault and where (day, 1-based
    session in the day's order), and the values its wording needs."""

    fault: SettingFault
    day: dt.date | None = None
    session: int | None = None
    number: int | None = None
    limit: int | None = None
    value: str = ""
    path: str = ""


class SettingsRefusedError(ValidationError):
    """The event's set-up has problems; nothing was changed. ``problems`` lists them as
    facts the front ends word (the message is only a short fallback for logs)."""

    def __init__(self, problems: tuple[SettingProblem, ...] | list[SettingProblem]) -> None:
        self.problems = tuple(problems)
        super().__init__("Refused: " + ", ".join(p.fault.value for p in self.problems) + ".")

    def __reduce__(self) -> tuple[type[SettingsRefusedError], tuple[tuple[SettingProblem, ...]]]:
        return (type(self), (self.problems,))


@dataclass(frozen=True)
class BreakSpec:
    starts: dt.time
    ends: dt.time
    name: str = "Break"


@dataclass(frozen=True)
class SessionSpec:
    starts: dt.time
    ends: dt.time
    slot_minutes: int = 20
    name: str = ""
    breaks: tuple[BreakSpec, ...] = ()


@dataclass(frozen=True)
class DaySpec:
    date: dt.date
    sessions: tuple[SessionSpec, ...]
    label: str = ""


@dataclass(frozen=True)
class EventSpec:
    """Everything the New-event wizard asks for."""

    name: str
    days: tuple[DaySpec, ...]
    tables: int
    venue: str = ""
    time_zone: str = "Europe/Stockholm"
    rooms: tuple[str, ...] = ("Main hall",)
    organiser_name: str = ""
    organiser_email: str = ""
    organiser_phone: str = ""
    venue_map_ref: str = ""
    default_language: str = "en"
    exhibitor_booths: tuple[str, ...] = field(default=())


def slot_times(day: dt.date, session: SessionSpec) -> list[tuple[dt.datetime, dt.datetime]]:
    """Back-to-back slots from the session start; a slot never overlaps a break."""
    length = dt.timedelta(minutes=session.slot_minutes)
    start = dt.datetime.combine(day, session.starts)
    end_of_session = dt.datetime.combine(day, session.ends)
    breaks = sorted(
        (dt.datetime.combine(day, b.starts), dt.datetime.combine(day, b.ends))
        for b in session.breaks
    )
    slots: list[tuple[dt.datetime, dt.datetime]] = []
    while start + length <= end_of_session:
        end = start + length
        clash = next((b for b in breaks if b[0] < end and start < b[1]), None)
        if clash is not None:
            start = clash[1]
            continue
        slots.append((start, end))
        start = end
    return slots


def validate_event_spec(spec: EventSpec) -> list[SettingProblem]:
    """Every problem with a wizard's input, each naming its field."""
    F = SettingFault
    problems: list[SettingProblem] = []
    if not spec.name.strip():
        problems.append(SettingProblem(F.NAME_EMPTY))
    if not is_time_zone(spec.time_zone):
        problems.append(SettingProblem(F.BAD_TIME_ZONE, value=spec.time_zone))
    if spec.tables < 1:
        problems.append(SettingProblem(F.NO_TABLES))
    if not spec.days:
        problems.append(SettingProblem(F.NO_DAYS))
    seen_dates: set[dt.date] = set()
    for day in spec.days:
        date = day.date
        if date in seen_dates:
            problems.append(SettingProblem(F.DATE_TWICE, date))
        seen_dates.add(date)
        if not day.sessions:
            problems.append(SettingProblem(F.NO_SESSIONS, date))
        spans = []
        for number, session in enumerate(day.sessions, start=1):
            if session.ends <= session.starts:
                problems.append(SettingProblem(F.SESSION_ENDS_FIRST, date, number))
                continue
            if not SLOT_MINUTES_MIN <= session.slot_minutes <= SLOT_MINUTES_MAX:
                problems.append(SettingProblem(F.BAD_SLOT_LENGTH, date, number))
                continue
            for pause in session.breaks:
                if pause.ends <= pause.starts:
                    problems.append(
                        SettingProblem(F.BREAK_ENDS_FIRST, date, number, value=pause.name)
                    )
            if not slot_times(date, session):
                problems.append(
                    SettingProblem(F.SESSION_TOO_SHORT, date, number, session.slot_minutes)
                )
            spans.append((session.starts, session.ends, number))
        spans.sort()
        for (_, end_a, a), (start_b, _, b) in itertools.pairwise(spans):
            if start_b < end_a:
                problems.append(SettingProblem(F.SESSIONS_OVERLAP, date, a, b))
    return problems


def unused_minutes(day: dt.date, session: SessionSpec) -> int:
    """Minutes of the session that neither a slot nor a break covers (09:00-12:30 in
    20-minute slots leaves 10)."""
    start = dt.datetime.combine(day, session.starts)
    end = dt.datetime.combine(day, session.ends)
    if end <= start or session.slot_minutes <= 0:
        return 0
    covered: list[tuple[dt.datetime, dt.datetime]] = list(slot_times(day, session))
    for pause in session.breaks:
        b_start = max(start, dt.datetime.combine(day, pause.starts))
        b_end = min(end, dt.datetime.combine(day, pause.ends))
        if b_end > b_start:
            covered.append((b_start, b_end))
    used = dt.timedelta()
    reach = start
    for s, e in sorted(covered):
        s = max(s, reach)
        if e > s:
            used += e - s
            reach = e
    return int((end - start - used).total_seconds() // 60)


@dataclass(frozen=True)
class UnusedTime:
    """A session whose slots and breaks leave minutes over."""

    day: dt.date
    session: int  # 1-based, in the day's order
    minutes: int


def unused_time(days: tuple[DaySpec, ...]) -> tuple[UnusedTime, ...]:
    """Every session that leaves minutes unused (for the wizard and the settings)."""
    return tuple(
        UnusedTime(day.date, number, minutes)
        for day in days
        for number, block in enumerate(day.sessions, start=1)
        if (minutes := unused_minutes(day.date, block)) > 0
    )
