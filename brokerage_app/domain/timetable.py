"""How an event's days, sessions and breaks turn into meeting slots."""

from __future__ import annotations

import datetime as dt
import itertools
from dataclasses import dataclass, field

from brokerage_app.domain.clock import is_time_zone


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


def validate_event_spec(spec: EventSpec) -> list[str]:
    """Every problem with a wizard's input, each naming its field."""
    problems: list[str] = []
    if not spec.name.strip():
        problems.append("Event name: must not be empty.")
    if not is_time_zone(spec.time_zone):
        problems.append(
            f"Time zone: {spec.time_zone!r} is not a time zone such as Europe/Stockholm."
        )
    if spec.tables < 1:
        problems.append("Tables: at least one table is needed.")
    if not spec.days:
        problems.append("Days: add at least one day.")
    seen_dates: set[dt.date] = set()
    for day in spec.days:
        if day.date in seen_dates:
            problems.append(f"Day {day.date.isoformat()}: the date appears twice.")
        seen_dates.add(day.date)
        if not day.sessions:
            problems.append(f"Day {day.date.isoformat()}: add at least one session.")
        spans = []
        for number, session in enumerate(day.sessions, start=1):
            where = f"Day {day.date.isoformat()}, session {number}"
            if session.ends <= session.starts:
                problems.append(f"{where}: ends at or before it starts.")
                continue
            if not 5 <= session.slot_minutes <= 240:
                problems.append(f"{where}: slot length must be 5 to 240 minutes.")
                continue
            for pause in session.breaks:
                if pause.ends <= pause.starts:
                    problems.append(f"{where}, break {pause.name!r}: ends at or before it starts.")
            if not slot_times(day.date, session):
                problems.append(f"{where}: too short for one {session.slot_minutes}-minute slot.")
            spans.append((session.starts, session.ends, number))
        spans.sort()
        for (_, end_a, a), (start_b, _, b) in itertools.pairwise(spans):
            if start_b < end_a:
                problems.append(f"Day {day.date.isoformat()}: sessions {a} and {b} overlap.")
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
