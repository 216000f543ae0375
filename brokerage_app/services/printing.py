"""Printing use cases: badges, personal agendas, table sheets and table signs as PDF files.

Each call reads what it prints in short units of work into plain frozen values, closing
the session before it renders, so it can run on a worker thread while the window stays
responsive. Agendas (and fold-over badge backs) are read 200 people at a time, so that a
print's memory does not grow with the event. Output appears all at once: a cancelled or
failed print leaves nothing behind.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol, TypeVar, overload

from sqlalchemy import CompoundSelect, Row, or_, select, union
from sqlalchemy.orm import Session

from brokerage_app.checkin.codes import issue_code
from brokerage_app.constants import CUSTOM_BADGE_LAYOUT, SORT_ORDERS
from brokerage_app.documents.agendas import AgendaOptions, render_agendas
from brokerage_app.documents.badges import BadgeOptions, default_logo, render_badges
from brokerage_app.documents.data import (
    Agenda,
    AgendaDay,
    AgendaItem,
    BreakInfo,
    Counterpart,
    DayInfo,
    EventInfo,
    ItemKind,
    Participant,
    Person,
    SlotInfo,
    TableInfo,
    TableMeeting,
    Timetable,
)
from brokerage_app.documents.fonts import UncoveredCharacters, uncovered_characters
from brokerage_app.documents.i18n import country_name
from brokerage_app.documents.layouts import BADGE_LAYOUTS, BadgeLayout, get_layout
from brokerage_app.documents.style import (
    CategoryStyle,
    ContrastWarning,
    category_styles,
    contrast_warnings,
)
from brokerage_app.documents.table_sheets import render_table_sheets
from brokerage_app.documents.table_signs import TableSign, render_table_signs
from brokerage_app.documents.text import clean
from brokerage_app.domain.collation import collation_key
from brokerage_app.domain.tasks import NO_TASK, CancelFlag, Task
from brokerage_app.domain.text import ascii_slug
from brokerage_app.errors import NotFoundError, ValidationError
from brokerage_app.services import agenda_prints
from brokerage_app.services.events import get_event
from brokerage_app.services.label_layouts import custom_badge_layout
from brokerage_app.services.outputs import OutputKind, check_output, check_output_folder
from brokerage_app.store.database import EventDatabase
from brokerage_app.store.files import atomic_directory, atomic_path
from brokerage_app.store.models import (
    ACTIVE_TABLE,
    Attendee,
    AttendeeBlockedSlot,
    EventDay,
    Meeting,
    MeetingRequest,
    MeetingSession,
    MeetingStatus,
    MeetingTable,
    Organisation,
    Room,
    SessionBreak,
    Slot,
)

__all__ = [
    "BADGE_LAYOUTS",
    "SORT_ORDERS",
    "AgendaOptions",
    "BadgeLayout",
    "ContrastWarning",
    "DocumentKind",
    "PrintResult",
    "print_agendas",
    "print_badges",
    "print_table_sheets",
    "print_table_signs",
]


class DocumentKind(enum.StrEnum):
    """What the Print page and ``print`` command make."""

    BADGES = "badges"
    AGENDAS = "agendas"
    TABLE_SHEETS = "table_sheets"
    TABLE_SIGNS = "table_signs"


@dataclass(frozen=True)
class PrintResult:
    paths: tuple[Path, ...]
    pages: int
    documents: int
    # People whose names or organisations have characters no shipped font has: those print
    # as empty boxes, so the window and the CLI warn, naming them and the characters.
    uncovered: tuple[UncoveredCharacters, ...] = ()
    # Agendas left out by ``changed_since_last_print`` because they did not change.
    unchanged: int = 0
    # Badge categories whose colour reads badly with black and with white text.
    contrast_warnings: tuple[ContrastWarning, ...] = ()

    @property
    def path(self) -> Path | None:
        return self.paths[0] if self.paths else None


# Reading ------------------------------------------------------------------------------


def _event_info(session: Session) -> tuple[EventInfo, str, str]:
    event = get_event(session)
    dates = session.scalars(select(EventDay.date).order_by(EventDay.date)).all()
    info = EventInfo(
        name=clean(event.name),
        venue=clean(event.venue),
        venue_map_ref=clean(event.venue_map_ref),
        organiser_name=clean(event.organiser_name),
        organiser_email=clean(event.organiser_email),
        organiser_phone=clean(event.organiser_phone),
        first_day=dates[0] if dates else None,
        last_day=dates[-1] if dates else None,
        published=event.schedule_published_at is not None,
        default_language=event.default_language or "en",
        venue_map=event.venue_map or b"",
    )
    return info, event.uid, event.badge_secret


# Only the columns a badge or an agenda shows: whole Attendee objects for everyone cost
# several MB more at the start of a large print.
_PERSON_COLUMNS = (
    Attendee.id,
    Attendee.first_name,
    Attendee.last_name,
    Attendee.badge_name,
    Attendee.badge_category,
    Attendee.language,
    Attendee.job_title,
    Attendee.honorific,
    Attendee.badge_version,
    Organisation.name.label("organisation"),
    Organisation.country,
)


def _attendee_rows(
    session: Session, attendee_ids: Sequence[int] | None
) -> Sequence[Row[*tuple[Any, ...]]]:
    query = select(*_PERSON_COLUMNS).join(Organisation, Attendee.organisation_id == Organisation.id)
    if attendee_ids is not None:
        wanted = list(dict.fromkeys(attendee_ids))
        query = query.where(Attendee.id.in_(wanted))
        rows = session.execute(query).all()
        missing = sorted(set(wanted) - {row.id for row in rows})
        if missing:
            raise NotFoundError(
                f"Attendee: no attendee with id {', '.join(map(str, missing))} in this event."
            )
        return rows
    return session.execute(query).all()


def _person(row: Row[*tuple[Any, ...]], code: str) -> Person:
    return Person(
        id=row.id,
        first_name=clean(row.first_name),
        last_name=clean(row.last_name),
        badge_name=clean(row.badge_name),
        organisation=clean(row.organisation),
        country=(row.country or "").upper(),
        category=row.badge_category.value,
        language=row.language or "en",
        job_title=clean(row.job_title),
        honorific=clean(row.honorific),
        code=code,
    )


def _read_people(
    session: Session, attendee_ids: Sequence[int] | None, uid: str, secret: str
) -> list[Person]:
    return [
        _person(row, issue_code(uid, secret, row.id, row.badge_version))
        for row in _attendee_rows(session, attendee_ids)
    ]


def _read_days(session: Session) -> tuple[DayInfo, ...]:
    slots_by_day: dict[dt.date, list[SlotInfo]] = defaultdict(list)
    for slot_id, starts, ends in session.execute(
        select(Slot.id, Slot.starts_at, Slot.ends_at).order_by(Slot.starts_at)
    ):
        slots_by_day[starts.date()].append(SlotInfo(slot_id, starts, ends))
    breaks_by_day: dict[dt.date, list[BreakInfo]] = defaultdict(list)
    for date, name, break_starts, break_ends in session.execute(
        select(EventDay.date, SessionBreak.name, SessionBreak.starts, SessionBreak.ends)
        .join(MeetingSession, SessionBreak.session_id == MeetingSession.id)
        .join(EventDay, MeetingSession.day_id == EventDay.id)
        .order_by(EventDay.date, SessionBreak.starts)
    ):
        breaks_by_day[date].append(
            BreakInfo(
                dt.datetime.combine(date, break_starts),
                dt.datetime.combine(date, break_ends),
                clean(name),
            )
        )
    return tuple(
        DayInfo(
            date=date,
            label=clean(label),
            slots=tuple(slots_by_day.get(date, ())),
            breaks=tuple(breaks_by_day.get(date, ())),
        )
        for date, label in session.execute(
            select(EventDay.date, EventDay.label).order_by(EventDay.date)
        )
    )


def _read_tables(session: Session) -> tuple[TableInfo, ...]:
    rows = session.execute(
        select(MeetingTable, Room.name)
        .outerjoin(Room, MeetingTable.room_id == Room.id)
        .order_by(MeetingTable.number)
    ).all()
    owners = {
        attendee.id: clean(attendee.full_name)
        for attendee in session.scalars(
            select(Attendee).where(Attendee.id.in_([t.owner_id for t, _ in rows if t.owner_id]))
        )
    }
    return tuple(
        TableInfo(
            id=table.id,
            number=table.number,
            name=clean(table.display_name),
            room=clean(room or ""),
            owner=owners.get(table.owner_id, "") if table.owner_id else "",
        )
        for table, room in rows
    )


@dataclass(frozen=True)
class _LiveMeeting:
    slot_id: int
    table_id: int
    requester_id: int
    requested_id: int


def _read_meetings(
    session: Session, attendee_ids: Iterable[int] | None = None
) -> list[_LiveMeeting]:
    query = (
        select(
            Meeting.slot_id,
            Meeting.table_id,
            MeetingRequest.requester_id,
            MeetingRequest.requested_id,
        )
        .join(MeetingRequest, Meeting.request_id == MeetingRequest.id)
        .where(Meeting.status != MeetingStatus.CANCELLED)
    )
    if attendee_ids is not None:
        wanted = list(attendee_ids)
        query = query.where(
            or_(MeetingRequest.requester_id.in_(wanted), MeetingRequest.requested_id.in_(wanted))
        )
    return [_LiveMeeting(*row) for row in session.execute(query)]


def _counterparts(
    session: Session, ids: set[int] | CompoundSelect[int]
) -> dict[int, tuple[Counterpart, str]]:
    result: dict[int, tuple[Counterpart, str]] = {}
    if isinstance(ids, set) and not ids:
        return result
    for attendee, organisation, country in session.execute(
        select(Attendee, Organisation.name, Organisation.country)
        .join(Organisation, Attendee.organisation_id == Organisation.id)
        .where(Attendee.id.in_(ids))
    ):
        consent = attendee.consent_share_contact
        result[attendee.id] = (
            Counterpart(
                name=clean(attendee.full_name),
                organisation=clean(organisation),
                country=(country or "").upper(),
                profile=clean(attendee.profile),
                email=clean(attendee.email) if consent else "",
                phone=clean(attendee.phone) if consent else "",
            ),
            clean(attendee.last_name),
        )
    return result


def _unavailable_slots(
    session: Session, people: Sequence[Person], days: Sequence[DayInfo]
) -> dict[int, set[int]]:
    """Slots each person is not there for: before arrival, after departure, or blocked."""
    ids = [p.id for p in people]
    unavailable: dict[int, set[int]] = defaultdict(set)
    for attendee_id, slot_id in session.execute(
        select(AttendeeBlockedSlot.attendee_id, AttendeeBlockedSlot.slot_id).where(
            AttendeeBlockedSlot.attendee_id.in_(ids)
        )
    ):
        unavailable[attendee_id].add(slot_id)
    slots = [slot for day in days for slot in day.slots]
    for attendee_id, arrival, departure in session.execute(
        select(Attendee.id, Attendee.arrival, Attendee.departure).where(
            Attendee.id.in_(ids),
            (Attendee.arrival.is_not(None)) | (Attendee.departure.is_not(None)),
        )
    ):
        for slot in slots:
            if (arrival and slot.starts < arrival) or (departure and slot.ends > departure):
                unavailable[attendee_id].add(slot.id)
    return unavailable


@dataclass(frozen=True)
class _AgendaFacts:
    """What everyone's agendas are made of, read in one unit of work.

    The agendas themselves (one item per slot and day for every person, about 6 KB each)
    are built one at a time when drawn, never all at once.
    """

    days: tuple[DayInfo, ...]
    tables: Mapping[int, TableInfo]
    meetings: Mapping[int, Mapping[int, _LiveMeeting]]  # person -> slot -> meeting
    counterparts: Mapping[int, tuple[Counterpart, str]]
    unavailable: Mapping[int, set[int]]

    def agenda(self, person: Person) -> Agenda:
        own_meetings = self.meetings.get(person.id, {})
        away = self.unavailable.get(person.id, set())
        agenda_days = []
        for day in self.days:
            items: list[AgendaItem] = [
                AgendaItem(ItemKind.BREAK, b.starts, b.ends, label=b.name) for b in day.breaks
            ]
            for slot in day.slots:
                meeting = own_meetings.get(slot.id)
                if meeting is not None:
                    other = (
                        meeting.requested_id
                        if meeting.requester_id == person.id
                        else meeting.requester_id
                    )
                    table = self.tables.get(meeting.table_id)
                    counterpart = self.counterparts.get(other)
                    items.append(
                        AgendaItem(
                            ItemKind.MEETING,
                            slot.starts,
                            slot.ends,
                            table=table.name if table else "",
                            room=table.room if table else "",
                            counterpart=counterpart[0] if counterpart else None,
                        )
                    )
                elif slot.id in away:
                    items.append(AgendaItem(ItemKind.UNAVAILABLE, slot.starts, slot.ends))
                else:
                    items.append(AgendaItem(ItemKind.FREE, slot.starts, slot.ends))
            items.sort(key=lambda item: (item.starts, item.kind is not ItemKind.BREAK))
            agenda_days.append(AgendaDay(day.date, day.label, tuple(items)))
        return Agenda(person, tuple(agenda_days))


def _met_by(ids: Sequence[int]) -> CompoundSelect[int]:
    """The ids of everyone in a live meeting with one of ``ids``.

    As a subquery rather than a list of ids: a list of a different length in every batch
    is a new statement each time, and the driver keeps the last 128 prepared (about
    270 KB each with a thousand ids).
    """
    live = Meeting.status != MeetingStatus.CANCELLED
    joined = Meeting.request_id == MeetingRequest.id
    return union(
        select(MeetingRequest.requested_id)
        .join(Meeting, joined)
        .where(live, MeetingRequest.requester_id.in_(ids)),
        select(MeetingRequest.requester_id)
        .join(Meeting, joined)
        .where(live, MeetingRequest.requested_id.in_(ids)),
    )


def _read_agenda_facts(session: Session, people: Sequence[Person]) -> _AgendaFacts:
    days = _read_days(session)
    ids = [p.id for p in people]
    meetings = _read_meetings(session, ids)
    wanted = set(ids)
    by_person: dict[int, dict[int, _LiveMeeting]] = defaultdict(dict)
    for meeting in meetings:
        for own in (meeting.requester_id, meeting.requested_id):
            if own in wanted:
                by_person[own][meeting.slot_id] = meeting
    return _AgendaFacts(
        days=days,
        tables={t.id: t for t in _read_tables(session)},
        meetings=by_person,
        counterparts=_counterparts(session, _met_by(ids)),
        unavailable=_unavailable_slots(session, people, days),
    )


class _AgendaReader:
    """Builds people's agendas in print order, reading their facts a batch at a time.

    Only one batch's meetings and counterparts are in memory, so a print's memory does not
    grow with the event. Each batch is its own short unit of work: a change saved while a
    long print runs can appear in the agendas of later batches only.
    """

    batch = 200

    def __init__(
        self, database: EventDatabase, people: Sequence[Person], event_facts: str | None = None
    ) -> None:
        self._database = database
        self.people = people
        self.index = {p.id: i for i, p in enumerate(people)}
        self._start = -1
        self._facts: _AgendaFacts | None = None
        # Given the event's facts, the fingerprint of every agenda built (see agenda_prints).
        self._event_facts = event_facts
        self.fingerprints: dict[int, str] = {}

    def agenda_at(self, index: int) -> Agenda:
        start = index - index % self.batch
        if self._facts is None or start != self._start:
            self._facts = None  # let the last batch go before the next is read
            with self._database.session() as session:
                self._facts = _read_agenda_facts(session, self.people[start : start + self.batch])
            self._start = start
        agenda = self._facts.agenda(self.people[index])
        if self._event_facts is not None:
            fingerprint = agenda_prints.agenda_fingerprint(self._event_facts, agenda)
            self.fingerprints[agenda.person.id] = fingerprint
        return agenda


class _AgendasInOrder(Sequence[Agenda]):
    """Everyone's agendas in print order, each built when it is drawn."""

    def __init__(self, reader: _AgendaReader) -> None:
        self._reader = reader

    def __len__(self) -> int:
        return len(self._reader.people)

    @overload
    def __getitem__(self, index: int) -> Agenda: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[Agenda]: ...
    def __getitem__(self, index: int | slice) -> Agenda | Sequence[Agenda]:
        if isinstance(index, slice):
            return [self[i] for i in range(len(self))[index]]
        if not -len(self) <= index < len(self):
            raise IndexError(index)
        return self._reader.agenda_at(index % len(self))


class _AgendasById(Mapping[int, Agenda]):
    """Everyone's agendas by attendee id, each built when it is drawn."""

    def __init__(self, reader: _AgendaReader) -> None:
        self._reader = reader

    def __getitem__(self, attendee_id: int) -> Agenda:
        return self._reader.agenda_at(self._reader.index[attendee_id])

    def __iter__(self) -> Iterator[int]:
        return iter(self._reader.index)

    def __len__(self) -> int:
        return len(self._reader.index)


def _read_timetable(session: Session) -> Timetable:
    days = _read_days(session)
    tables = _read_tables(session)
    meetings = _read_meetings(session)
    people = _counterparts(
        session, {m.requester_id for m in meetings} | {m.requested_id for m in meetings}
    )

    owners = dict(
        session.execute(
            select(MeetingTable.id, MeetingTable.owner_id).where(MeetingTable.owner_id.is_not(None))
        ).all()
    )

    def host_first(meeting: _LiveMeeting) -> tuple[int, int]:
        # At a booth the exhibitor always appears in the first column.
        if owners.get(meeting.table_id) == meeting.requested_id:
            return meeting.requested_id, meeting.requester_id
        return meeting.requester_id, meeting.requested_id

    def participant(attendee_id: int) -> Participant:
        counterpart, last_name = people[attendee_id]
        return Participant(
            counterpart.name, counterpart.organisation, counterpart.country, last_name
        )

    return Timetable(
        days=days,
        tables=tables,
        meetings=tuple(
            TableMeeting(m.slot_id, m.table_id, *(participant(i) for i in host_first(m)))
            for m in meetings
        ),
    )


# Ordering -----------------------------------------------------------------------------


def _name_key(person: Person) -> tuple[Any, ...]:
    return (collation_key(person.last_name), collation_key(person.first_name), person.id)


def sort_people(people: Iterable[Person], order: str) -> list[Person]:
    """People in badge/agenda order, by the shared collation key (accents sort as letters)."""
    if order == "name":
        return sorted(people, key=_name_key)
    if order == "organisation":
        return sorted(people, key=lambda p: (collation_key(p.organisation), *_name_key(p)))
    if order == "country":
        return sorted(
            people,
            key=lambda p: (
                collation_key(country_name(p.country)),
                collation_key(p.organisation),
                *_name_key(p),
            ),
        )
    raise ValidationError(f"Sort: unknown order {order!r}; choose one of {', '.join(SORT_ORDERS)}.")


def _uncovered(people: Iterable[Person]) -> tuple[UncoveredCharacters, ...]:
    return uncovered_characters(
        (
            person.full_name or person.name_on_badge,
            (
                person.name_on_badge,
                person.full_name,
                person.organisation,
                person.job_title,
                person.honorific,
            ),
        )
        for person in people
    )


def _keep_requested_order(people: Sequence[Person], attendee_ids: Sequence[int]) -> list[Person]:
    by_id = {p.id: p for p in people}
    return [by_id[i] for i in dict.fromkeys(attendee_ids)]


# Use cases ----------------------------------------------------------------------------


def print_badges(
    database: EventDatabase,
    output: Path,
    *,
    layout: str = "a4-2x4",
    attendee_ids: Sequence[int] | None = None,
    sort: str = "name",
    offset_mm: tuple[float, float] = (0, 0),
    start_position: int = 1,
    cut_marks: bool = True,
    categories: Mapping[str, CategoryStyle] | None = None,
    logo: Path | None = None,
    show_job_title: bool = False,
    show_honorific: bool = False,
    bleed_mm: float = 0.0,
    task: Task = NO_TASK,
    force: bool = False,
) -> PrintResult:
    """Print badges to one PDF.

    ``layout`` is a key of BADGE_LAYOUTS or ``"custom"`` (the event's saved custom layout);
    ``show_job_title``/``show_honorific`` print those fields; ``bleed_mm`` (0 to 10) puts
    each badge on its own page with that bleed and crop marks, for a print shop. The
    result names the categories whose colour fails the contrast check (``style``).

    ``sort`` orders everyone printed ("name", "organisation", "country"); ``offset_mm``
    moves the print (x right, y down) to calibrate a printer; ``start_position`` (1-based)
    skips labels already used on the first sheet; ``categories`` overrides the colour and
    label of badge categories; ``logo`` defaults to ``resources/logo.png`` when present.
    ``force`` replaces an existing file that is not a PDF (see ``services.outputs``).
    """
    check_output(output, OutputKind.PDF, protect=database, force=force)
    chosen = custom_badge_layout(database) if layout == CUSTOM_BADGE_LAYOUT else get_layout(layout)
    if not 0 <= bleed_mm <= 10:
        raise ValidationError(f"Bleed: {bleed_mm} mm is not between 0 and 10 mm.")
    if sort not in SORT_ORDERS:
        raise ValidationError(
            f"Sort: unknown order {sort!r}; choose one of {', '.join(SORT_ORDERS)}."
        )
    if not 1 <= start_position <= chosen.per_page:
        raise ValidationError(
            f"Start position: the layout {chosen.key} has label positions 1 to "
            f"{chosen.per_page}, not {start_position}."
        )
    for axis, value in zip("xy", offset_mm, strict=True):
        if abs(value) > 20:
            raise ValidationError(f"Offset {axis}: {value} mm is more than the 20 mm allowed.")
    with database.session() as session:
        event, uid, secret = _event_info(session)
        people = sort_people(_read_people(session, attendee_ids, uid, secret), sort)
    options = BadgeOptions(
        layout=chosen,
        offset_mm=(float(offset_mm[0]), float(offset_mm[1])),
        start_position=start_position,
        cut_marks=cut_marks,
        categories=category_styles(categories),
        logo=logo if logo is not None else default_logo(),
        show_job_title=show_job_title,
        show_honorific=show_honorific,
        bleed_mm=float(bleed_mm),
    )
    used = {person.category for person in people}
    warnings = contrast_warnings({k: v for k, v in options.categories.items() if k in used})
    agendas = _AgendasById(_AgendaReader(database, people)) if chosen.fold_over else None
    with atomic_path(Path(output)) as partial:
        pages = render_badges(
            partial,
            event,
            people,
            options,
            agendas=agendas,
            on_progress=task.steps,
            cancel=task.cancel,
        )
    return PrintResult(
        paths=(Path(output),),
        pages=pages,
        documents=len(people),
        uncovered=_uncovered(people),
        contrast_warnings=warnings,
    )


def agenda_file_name(person: Person) -> str:
    """'agenda-00042-Oberg-Asa.pdf': sortable by id, readable, safe on every file system."""
    slug = ascii_slug(f"{person.last_name}-{person.first_name}", max_length=60)
    return f"agenda-{person.id:05d}{'-' + slug if slug else ''}.pdf"


def _changed_since_last_print(
    database: EventDatabase, facts: str, people: Sequence[Person], task: Task
) -> list[Person]:
    """The people whose agenda differs from the one last printed for them (or never was)."""
    with database.session() as session:
        last = agenda_prints.last_fingerprints(session, [p.id for p in people])
    changed = []
    for agenda in _AgendasInOrder(_AgendaReader(database, people)):
        task.check("The print was cancelled; nothing was written.")
        if last.get(agenda.person.id) != agenda_prints.agenda_fingerprint(facts, agenda):
            changed.append(agenda.person)
    return changed


def _recording(database: EventDatabase, record: bool) -> AbstractContextManager[Session | None]:
    """The unit of work a print's fingerprints are stored in (none if not recorded)."""
    if not record or database.read_only:
        return nullcontext()
    return database.session("record which agendas were printed")


def print_agendas(
    database: EventDatabase,
    output: Path,
    *,
    attendee_ids: Sequence[int] | None = None,
    one_file_per_attendee: bool = False,
    options: AgendaOptions | None = None,
    changed_since_last_print: bool = False,
    record: bool = True,
    task: Task = NO_TASK,
    force: bool = False,
) -> PrintResult:
    """Print personal agendas: one PDF sorted by last name, or a folder of one PDF each.

    Given ``attendee_ids`` keep their order; everyone is sorted by last name for handing out.
    ``changed_since_last_print`` prints only the agendas whose content changed since they
    were last printed (or never were); ``record`` (a preview does not) stores the printed
    agendas' fingerprints, in one transaction that commits once the output is in place.
    Duplex padding applies to a combined PDF only, never to one file per attendee.
    """
    options = options or AgendaOptions()
    with database.session() as session:
        event, uid, secret = _event_info(session)
        people = _read_people(session, attendee_ids, uid, secret)
        people = (
            _keep_requested_order(people, attendee_ids)
            if attendee_ids is not None
            else sort_people(people, "name")
        )
    facts = agenda_prints.event_facts(event)
    unchanged = 0
    if changed_since_last_print:
        changed = _changed_since_last_print(database, facts, people, task)
        unchanged, people = len(people) - len(changed), changed
        if not people:
            return PrintResult(paths=(), pages=0, documents=0, unchanged=unchanged)
    if one_file_per_attendee:
        file_names = [agenda_file_name(person) for person in people]
        check_output_folder(output, OutputKind.PDF, file_names, protect=database, force=force)
    else:
        check_output(output, OutputKind.PDF, protect=database, force=force)
    reader = _AgendaReader(database, people, facts)
    ordered = _AgendasInOrder(reader)
    if not one_file_per_attendee:
        with _recording(database, record) as session, atomic_path(Path(output)) as partial:
            pages = render_agendas(
                partial,
                event,
                ordered,
                options=options,
                on_progress=task.steps,
                cancel=task.cancel,
            )
            if session is not None:
                agenda_prints.record_fingerprints(session, reader.fingerprints)
        return PrintResult(
            paths=(Path(output),),
            pages=pages,
            documents=len(ordered),
            uncovered=_uncovered(people),
            unchanged=unchanged,
        )
    pages = 0
    names: list[str] = []
    single = dataclasses.replace(options, duplex_padding=False)
    with _recording(database, record) as session, atomic_directory(Path(output)) as folder:
        for done, agenda in enumerate(ordered, start=1):
            name = agenda_file_name(agenda.person)
            pages += render_agendas(
                folder / name, event, [agenda], options=single, cancel=task.cancel
            )
            names.append(name)
            task.steps(done, len(ordered))
        if session is not None:
            agenda_prints.record_fingerprints(session, reader.fingerprints)
    return PrintResult(
        paths=tuple(Path(output) / name for name in names),
        pages=pages,
        documents=len(names),
        uncovered=_uncovered(people),
        unchanged=unchanged,
    )


_Printed = TypeVar("_Printed")
_Printed_contra = TypeVar("_Printed_contra", contravariant=True)


class _Renderer(Protocol[_Printed_contra]):
    """A renderer of one event-wide PDF (table sheets, table signs): it writes ``path``
    and returns the number of pages."""

    def __call__(
        self,
        path: Path,
        event: EventInfo,
        printed: _Printed_contra,
        /,
        *,
        on_progress: Callable[[int, int], None] | None = ...,
        cancel: CancelFlag | None = ...,
    ) -> int: ...


def _print_one_pdf(
    database: EventDatabase,
    output: Path,
    *,
    read: Callable[[Session], _Printed],
    render: _Renderer[_Printed],
    documents: Callable[[_Printed], int],
    uncovered: Callable[[_Printed], tuple[UncoveredCharacters, ...]],
    task: Task,
    force: bool,
) -> PrintResult:
    """The flow every one-file print of the whole event shares: check the output, read
    what it prints in one session, render it into a file that appears only when complete
    (a cancelled or failed print leaves nothing), and say which names print as boxes."""
    check_output(output, OutputKind.PDF, protect=database, force=force)
    with database.session() as session:
        event, _uid, _secret = _event_info(session)
        printed = read(session)
    with atomic_path(Path(output)) as partial:
        pages = render(partial, event, printed, on_progress=task.steps, cancel=task.cancel)
    return PrintResult(
        paths=(Path(output),),
        pages=pages,
        documents=documents(printed),
        uncovered=uncovered(printed),
    )


def _timetable_uncovered(timetable: Timetable) -> tuple[UncoveredCharacters, ...]:
    participants = {
        participant.name: participant
        for meeting in timetable.meetings
        for participant in (meeting.first, meeting.second)
    }
    return uncovered_characters(
        (name, (name, participant.organisation)) for name, participant in participants.items()
    )


def print_table_sheets(
    database: EventDatabase,
    output: Path,
    *,
    task: Task = NO_TASK,
    force: bool = False,
) -> PrintResult:
    """Print one timetable per table for the staff and the master grid for the desk."""
    return _print_one_pdf(
        database,
        output,
        read=_read_timetable,
        render=render_table_sheets,
        documents=lambda timetable: len(timetable.tables),
        uncovered=_timetable_uncovered,
        task=task,
        force=force,
    )


def _read_table_signs(session: Session) -> list[TableSign]:
    owner_organisations = dict(
        session.execute(
            select(MeetingTable.id, Organisation.name)
            .join(Attendee, MeetingTable.owner_id == Attendee.id)
            .join(Organisation, Attendee.organisation_id == Organisation.id)
        ).all()
    )
    active = set(session.scalars(select(MeetingTable.id).where(ACTIVE_TABLE)))
    return [
        TableSign(
            number=table.number,
            name=table.name,
            room=table.room,
            owner=table.owner,
            owner_organisation=clean(owner_organisations.get(table.id, "")),
        )
        for table in _read_tables(session)
        if table.id in active
    ]


def _signs_uncovered(signs: Sequence[TableSign]) -> tuple[UncoveredCharacters, ...]:
    """A tent prints its booth owner's name and organisation."""
    return uncovered_characters(
        (sign.owner, (sign.owner, sign.owner_organisation)) for sign in signs if sign.owner
    )


def print_table_signs(
    database: EventDatabase,
    output: Path,
    *,
    task: Task = NO_TASK,
    force: bool = False,
) -> PrintResult:
    """Print a folded A4 tent per table and a door sign per room, to one PDF."""
    return _print_one_pdf(
        database,
        output,
        read=_read_table_signs,
        render=render_table_signs,
        documents=len,
        uncovered=_signs_uncovered,
        task=task,
        force=force,
    )
