"""Attendees, requests and the schedule as CSV/XLSX; every delegate's meetings as iCalendar.

Two audiences (see ``Audience``): exports meant for sharing (the default) respect every
delegate's consent: nobody who declined public listing appears in the attendee list, and
nobody's email or phone appears unless they agreed to share contact details. An
organiser-only export (``Audience.ORGANISER``) holds everything, for re-import or the desk.
Attendee and request exports use the importer's own headings, so an organiser-only export
imports back unchanged.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from brokerage_app.domain.attendee_fields import (
    ATTENDEE_FIELD_NAMES,
    ATTENDEE_FIELDS,
    AttendeeField,
    FieldKind,
)
from brokerage_app.domain.clock import utcnow
from brokerage_app.domain.tasks import NO_TASK, Task
from brokerage_app.domain.text import ascii_slug
from brokerage_app.errors import ValidationError
from brokerage_app.interchange.ical import CalendarMeeting, CalendarOwner, build_calendar
from brokerage_app.interchange.mapping import FIELD_HEADINGS
from brokerage_app.interchange.writing import write_table
from brokerage_app.services.events import get_event
from brokerage_app.services.outputs import (
    OutputKind,
    check_output,
    check_output_folder,
    kind_for_suffix,
)
from brokerage_app.store.database import EventDatabase
from brokerage_app.store.files import atomic_path
from brokerage_app.store.models import (
    Attendee,
    Meeting,
    MeetingRequest,
    MeetingStatus,
    MeetingTable,
    Organisation,
    Room,
    Slot,
)


class Audience(enum.StrEnum):
    SHARED = "shared"
    ORGANISER = "organiser"


@dataclass(frozen=True)
class ExportResult:
    path: Path
    rows: int


@dataclass(frozen=True)
class CalendarExportResult:
    folder: Path
    files: int
    meetings: int


# An attendee's own fields (domain.attendee_fields), then their organisation's.
ORGANISATION_COLUMNS = (
    "organisation",
    "organisation_external_id",
    "country",
    "org_type",
    "sector",
    "website",
)
ATTENDEE_COLUMNS = (*ATTENDEE_FIELD_NAMES, *ORGANISATION_COLUMNS)
REQUEST_HEADINGS = (
    "Requester",
    "Requester name",
    "Requester organisation",
    "Requested",
    "Requested name",
    "Requested organisation",
    "Status",
    "Priority",
    "Note",
    "Meeting",
)
SCHEDULE_HEADINGS = (
    "Date",
    "Start",
    "End",
    "Table",
    "Room",
    "Status",
    "Outcome",
    "Locked",
    "Walk-in",
    "Requester",
    "Requester name",
    "Requester organisation",
    "Requester country",
    "Requested",
    "Requested name",
    "Requested organisation",
    "Requested country",
)
CONTACT_HEADINGS = (
    "Requester email",
    "Requester phone",
    "Requested email",
    "Requested phone",
)
LIVE_STATUSES = (MeetingStatus.SCHEDULED, MeetingStatus.HELD, MeetingStatus.NO_SHOW)


def _yes_no(value: bool) -> str:
    return "yes" if value else "no"


def _when(value: dt.datetime | None) -> str:
    return value.isoformat(sep=" ", timespec="minutes") if value else ""


def _may_share_contact(attendee: Attendee, audience: Audience) -> bool:
    return audience is Audience.ORGANISER or attendee.consent_share_contact


def _reference(attendee: Attendee, audience: Audience) -> str:
    """How a request file names a person: external id, else email (when it may be shown)."""
    if attendee.external_id:
        return attendee.external_id
    return attendee.email if _may_share_contact(attendee, audience) else ""


def _cell(attendee: Attendee, field: AttendeeField, contact: bool) -> str:
    value = getattr(attendee, field.name)
    if field.contact and not contact:
        return ""
    if field.kind is FieldKind.YES_NO:
        return _yes_no(value)
    if field.kind is FieldKind.MOMENT:
        return _when(value)
    if value is None:
        return ""
    return str(value.value if isinstance(value, enum.Enum) else value)


def _attendee_row(attendee: Attendee, audience: Audience) -> list[str]:
    organisation = attendee.organisation
    contact = _may_share_contact(attendee, audience)
    return [
        *(_cell(attendee, field, contact) for field in ATTENDEE_FIELDS),
        organisation.name,
        organisation.external_id or "",
        organisation.country,
        organisation.org_type,
        organisation.sector,
        organisation.website,
    ]


_CANCELLED = "The export was cancelled; no file was written."


def _ticker(total: int, task: Task) -> Callable[[], None]:
    """Counts rows or files; every 200 and at the end it reports them and checks cancel."""
    task.check(_CANCELLED)
    done = 0

    def tick() -> None:
        nonlocal done
        done += 1
        if done % 200 == 0 or done == total:
            task.check(_CANCELLED)
            task.steps(done, total)

    return tick


_Table = tuple[Sequence[str], list[list[str]]]  # headings, rows


def _export_table(
    database: EventDatabase,
    path: str | Path,
    *,
    read: Callable[[Session], _Table],
    sheet_title: str,
    task: Task,
    force: bool,
) -> ExportResult:
    """The flow every table export shares: check the output, read the headings and rows in
    one session, then write them as CSV or XLSX (by the file ending), whole or not at all,
    reporting rows and honouring cancel."""
    path = check_output(path, kind_for_suffix(Path(path)), protect=database, force=force)
    with database.session() as session:
        headings, rows = read(session)
    count = write_table(
        path, headings, rows, sheet_title=sheet_title, on_row=_ticker(len(rows), task)
    )
    return ExportResult(path, count)


def export_attendees(
    database: EventDatabase,
    path: str | Path,
    *,
    audience: Audience = Audience.SHARED,
    task: Task = NO_TASK,
    force: bool = False,
) -> ExportResult:
    """Every attendee with their organisation, one row each, sorted by name."""

    def read(session: Session) -> _Table:
        query = (
            select(Attendee)
            .join(Attendee.organisation)
            .order_by(Attendee.last_name, Attendee.first_name, Attendee.id)
        )
        if audience is Audience.SHARED:
            query = query.where(Attendee.consent_list_publicly.is_(True))
        attendees = session.scalars(query).all()
        for attendee in attendees:
            _ = attendee.organisation
        headings = [FIELD_HEADINGS["attendees"][column] for column in ATTENDEE_COLUMNS]
        return headings, [_attendee_row(a, audience) for a in attendees]

    return _export_table(database, path, read=read, sheet_title="Attendees", task=task, force=force)


def export_requests(
    database: EventDatabase,
    path: str | Path,
    *,
    audience: Audience = Audience.SHARED,
    task: Task = NO_TASK,
    force: bool = False,
) -> ExportResult:
    """Every meeting request; the Requester/Requested columns import back as they are."""

    def read(session: Session) -> _Table:
        requester, requested = aliased(Attendee), aliased(Attendee)
        people = _people(session)
        records = session.execute(
            select(MeetingRequest, Meeting.status)
            .outerjoin(Meeting, Meeting.request_id == MeetingRequest.id)
            .join(requester, requester.id == MeetingRequest.requester_id)
            .join(requested, requested.id == MeetingRequest.requested_id)
            .order_by(requester.last_name, requester.first_name, MeetingRequest.id)
        ).all()
        rows = []
        for request, meeting_status in records:
            a, b = people[request.requester_id], people[request.requested_id]
            rows.append(
                [
                    _reference(a, audience),
                    a.full_name,
                    a.organisation.name,
                    _reference(b, audience),
                    b.full_name,
                    b.organisation.name,
                    request.status.value,
                    str(request.priority),
                    request.note,
                    meeting_status.value if meeting_status else "",
                ]
            )
        return REQUEST_HEADINGS, rows

    return _export_table(database, path, read=read, sheet_title="Requests", task=task, force=force)


def _people(session: Session) -> dict[int, Attendee]:
    attendees = session.scalars(select(Attendee)).all()
    organisations = {o.id: o for o in session.scalars(select(Organisation))}
    for attendee in attendees:
        attendee.organisation = organisations[attendee.organisation_id]
    return {a.id: a for a in attendees}


@dataclass(frozen=True)
class _ScheduledMeeting:
    meeting: Meeting
    request: MeetingRequest
    slot: Slot
    table: MeetingTable
    room: str


def _meetings(session: Session, *, include_cancelled: bool) -> list[_ScheduledMeeting]:
    query = (
        select(Meeting, MeetingRequest, Slot, MeetingTable, Room.name)
        .join(MeetingRequest, Meeting.request_id == MeetingRequest.id)
        .join(Slot, Meeting.slot_id == Slot.id)
        .join(MeetingTable, Meeting.table_id == MeetingTable.id)
        .outerjoin(Room, MeetingTable.room_id == Room.id)
        .order_by(Slot.starts_at, MeetingTable.number)
    )
    if not include_cancelled:
        query = query.where(Meeting.status.in_(LIVE_STATUSES))
    return [
        _ScheduledMeeting(meeting, request, slot, table, room or "")
        for meeting, request, slot, table, room in session.execute(query)
    ]


def export_schedule(
    database: EventDatabase,
    path: str | Path,
    *,
    audience: Audience = Audience.SHARED,
    task: Task = NO_TASK,
    force: bool = False,
) -> ExportResult:
    """Every live meeting with day, time, table and both parties, in time and table order."""

    def read(session: Session) -> _Table:
        people = _people(session)
        rows = []
        for item in _meetings(session, include_cancelled=False):
            a = people[item.request.requester_id]
            b = people[item.request.requested_id]
            row = [
                item.slot.starts_at.date().isoformat(),
                item.slot.starts_at.strftime("%H:%M"),
                item.slot.ends_at.strftime("%H:%M"),
                item.table.display_name,
                item.room,
                item.meeting.status.value,
                item.meeting.outcome.value if item.meeting.outcome else "",
                _yes_no(item.meeting.locked),
                _yes_no(item.meeting.walk_in),
                _reference(a, audience),
                a.full_name,
                a.organisation.name,
                a.organisation.country,
                _reference(b, audience),
                b.full_name,
                b.organisation.name,
                b.organisation.country,
            ]
            if audience is Audience.ORGANISER:
                row += [a.email, a.phone, b.email, b.phone]
            rows.append(row)
        contact = CONTACT_HEADINGS if audience is Audience.ORGANISER else ()
        return SCHEDULE_HEADINGS + contact, rows

    return _export_table(database, path, read=read, sheet_title="Schedule", task=task, force=force)


def calendar_file_name(attendee: Attendee) -> str:
    """``00042-asa-oberg.ics``: the id keeps it unique, the name helps a person find it."""
    slug = ascii_slug(attendee.full_name, max_length=40).lower() or "attendee"
    return f"{attendee.id:05d}-{slug}.ics"


_SEQUENCE_EPOCH = dt.datetime(2020, 1, 1)


def _sequence(meeting: Meeting) -> int:
    # Minutes since a fixed epoch grow with every change, as RFC 5545 asks of SEQUENCE.
    return max(0, int((meeting.updated_at - _SEQUENCE_EPOCH).total_seconds() // 60))


def _calendar_entries(
    people: dict[int, Attendee], meetings: list[_ScheduledMeeting]
) -> dict[int, list[CalendarMeeting]]:
    entries: dict[int, list[CalendarMeeting]] = {}
    for item in meetings:
        pair = (item.request.requester_id, item.request.requested_id)
        for own, other in (pair, pair[::-1]):
            counterpart = people[other]
            contact = ""
            if counterpart.consent_share_contact:
                contact = ", ".join(p for p in (counterpart.email, counterpart.phone) if p)
            entries.setdefault(own, []).append(
                CalendarMeeting(
                    request_id=item.request.id,
                    sequence=_sequence(item.meeting),
                    starts_at=item.slot.starts_at,
                    ends_at=item.slot.ends_at,
                    table=item.table.display_name,
                    room=item.room,
                    counterpart=counterpart.full_name,
                    counterpart_organisation=counterpart.organisation.name,
                    counterpart_country=counterpart.organisation.country,
                    counterpart_title=counterpart.job_title,
                    counterpart_profile=counterpart.profile,
                    counterpart_contact=contact,
                    cancelled=item.meeting.status is MeetingStatus.CANCELLED,
                )
            )
    return entries


def export_calendars(
    database: EventDatabase,
    folder: str | Path,
    *,
    task: Task = NO_TASK,
    force: bool = False,
) -> CalendarExportResult:
    """One .ics file per attendee with meetings; cancelled meetings are sent as cancelled."""
    folder = Path(folder)
    if folder.exists() and not folder.is_dir():
        raise ValidationError(f"Output folder {folder}: this is a file, not a folder.")
    if not folder.parent.is_dir():
        raise ValidationError(f"Output folder {folder}: {folder.parent} does not exist.")
    stamp = utcnow()
    with database.session() as session:
        event = get_event(session)
        owner_template = CalendarOwner(
            name="",
            event_uid=event.uid,
            event_name=event.name,
            venue=event.venue,
            time_zone=event.time_zone,
            organiser_name=event.organiser_name,
            organiser_email=event.organiser_email,
        )
        people = _people(session)
        entries = _calendar_entries(people, _meetings(session, include_cancelled=True))
        files = [(people[i], entries[i]) for i in sorted(entries)]
    names = [calendar_file_name(attendee) for attendee, _ in files]
    check_output_folder(folder, OutputKind.ICALENDAR, names, protect=database, force=force)
    tick = _ticker(len(files), task)
    folder.mkdir(exist_ok=True)
    meetings = 0
    for attendee, calendar_meetings in files:
        owner = CalendarOwner(**{**owner_template.__dict__, "name": attendee.full_name})
        content = build_calendar(owner, calendar_meetings, stamp=stamp)
        with atomic_path(folder / calendar_file_name(attendee)) as partial:
            partial.write_bytes(content)
        meetings += sum(1 for m in calendar_meetings if not m.cancelled)
        tick()
    return CalendarExportResult(folder, len(files), meetings)
