"""What the printed documents show, as plain frozen values read once from the database.

The printing service fills these in one unit of work and closes it; the builders never see
a Session or an ORM object, so rendering can run on a worker thread.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from brokerage_app.domain.text import display_name


@dataclass(frozen=True, slots=True)
class EventInfo:
    name: str
    venue: str
    venue_map_ref: str
    organiser_name: str
    organiser_email: str
    organiser_phone: str
    first_day: dt.date | None
    last_day: dt.date | None
    published: bool
    default_language: str = "en"
    venue_map: bytes = b""  # a PNG or JPEG printed on the last page of every agenda


@dataclass(frozen=True, slots=True)
class Person:
    """An attendee as printed: names already NFC-normalised and cleaned."""

    id: int
    first_name: str
    last_name: str
    badge_name: str
    organisation: str
    country: str  # ISO 3166-1 alpha-2
    category: str  # BadgeCategory value
    language: str
    job_title: str = ""
    code: str = ""  # the signed check-in code for the badge QR
    honorific: str = ""  # "Dr", "Prof."; layouts may print it before the name

    @property
    def full_name(self) -> str:
        return display_name(self.first_name, self.last_name)

    @property
    def name_on_badge(self) -> str:
        return self.badge_name or self.full_name


@dataclass(frozen=True, slots=True)
class Counterpart:
    name: str
    organisation: str
    country: str
    profile: str
    # Empty unless the counterpart consented to sharing contact details.
    email: str = ""
    phone: str = ""


class ItemKind(StrEnum):
    MEETING = "meeting"
    FREE = "free"
    UNAVAILABLE = "unavailable"
    BREAK = "break"


@dataclass(frozen=True, slots=True)
class AgendaItem:
    kind: ItemKind
    starts: dt.datetime
    ends: dt.datetime
    label: str = ""  # a break's or session's name
    table: str = ""
    room: str = ""
    counterpart: Counterpart | None = None


@dataclass(frozen=True, slots=True)
class AgendaDay:
    date: dt.date
    label: str
    items: tuple[AgendaItem, ...]

    @property
    def meetings(self) -> tuple[AgendaItem, ...]:
        return tuple(item for item in self.items if item.kind is ItemKind.MEETING)


@dataclass(frozen=True, slots=True)
class Agenda:
    person: Person
    days: tuple[AgendaDay, ...]

    @property
    def meetings(self) -> tuple[AgendaItem, ...]:
        return tuple(item for day in self.days for item in day.meetings)


@dataclass(frozen=True, slots=True)
class SlotInfo:
    id: int
    starts: dt.datetime
    ends: dt.datetime


@dataclass(frozen=True, slots=True)
class BreakInfo:
    starts: dt.datetime
    ends: dt.datetime
    name: str


@dataclass(frozen=True, slots=True)
class DayInfo:
    date: dt.date
    label: str
    slots: tuple[SlotInfo, ...]
    breaks: tuple[BreakInfo, ...]


@dataclass(frozen=True, slots=True)
class TableInfo:
    id: int
    number: int
    name: str
    room: str
    owner: str = ""


@dataclass(frozen=True, slots=True)
class Participant:
    name: str
    organisation: str
    country: str
    last_name: str


@dataclass(frozen=True, slots=True)
class TableMeeting:
    slot_id: int
    table_id: int
    first: Participant
    second: Participant


@dataclass(frozen=True, slots=True)
class Timetable:
    """Everything the table sheets show: days with slots and breaks, tables, meetings."""

    days: tuple[DayInfo, ...]
    tables: tuple[TableInfo, ...]
    meetings: tuple[TableMeeting, ...]
