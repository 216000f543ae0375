"""Attendees and organisations: create, edit, delete, look up.

Deletion rules (documented in the README):
- an organisation that still has attendees cannot be deleted;
- an attendee with live meetings (scheduled, held or no-show) is deleted only when the
  caller asks for the cascade: their requests and meetings go with them, a booth they owned
  becomes a shared table, and their check-in log rows stay with the person removed.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy import delete, func, or_, select
from sqlalchemy.orm import Session

from brokerage_app.documents.i18n import LANGUAGES
from brokerage_app.domain.attendee_fields import ATTENDEE_FIELD_NAMES
from brokerage_app.domain.changes import Changes, Topic
from brokerage_app.domain.person_problems import (
    PersonFault,
    PersonKeptError,
    PersonNotFoundError,
    PersonProblem,
    PersonRefusedError,
)
from brokerage_app.errors import NotFoundError, RefusedError, ValidationError
from brokerage_app.services import audit
from brokerage_app.services.changes import note, noted
from brokerage_app.services.schedule_check import ScheduleCheck, check_schedule
from brokerage_app.store.models import (
    ACTIVE_SLOT,
    Attendee,
    AttendeeBlockedSlot,
    AttendeeRole,
    BadgeCategory,
    Meeting,
    MeetingRequest,
    MeetingStatus,
    MeetingTable,
    Organisation,
    Slot,
)

# Deliberately permissive: one @, something on both sides, a dot in the domain.
EMAIL_PATTERN = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
COUNTRY_PATTERN = re.compile(r"^[A-Z]{2}$")
# The languages printed documents come in (an attendee may hold another code: English then).
DOCUMENT_LANGUAGES: tuple[str, ...] = tuple(LANGUAGES)


@dataclass
class OrganisationInput:
    name: str
    country: str = ""
    org_type: str = ""
    sector: str = ""
    website: str = ""
    description: str = ""
    external_id: str | None = None


@dataclass
class AttendeeInput:
    first_name: str
    organisation_id: int
    last_name: str = ""
    badge_name: str = ""
    honorific: str = ""  # "Dr", "Prof."
    job_title: str = ""
    profile: str = ""
    role: AttendeeRole = AttendeeRole.BOTH
    email: str = ""
    phone: str = ""
    language: str = "en"
    badge_category: BadgeCategory = BadgeCategory.DELEGATE
    arrival: dt.datetime | None = None
    departure: dt.datetime | None = None
    max_meetings: int | None = None
    consent_share_contact: bool = False
    consent_list_publicly: bool = True
    consent_photos: bool = False
    external_id: str | None = None
    blocked_slot_ids: list[int] = field(default_factory=list)


def validate_organisation(data: OrganisationInput) -> list[PersonProblem]:
    problems = []
    if not data.name.strip():
        problems.append(PersonProblem(PersonFault.ORGANISATION_NAME_EMPTY))
    if data.country and not COUNTRY_PATTERN.match(data.country):
        problems.append(PersonProblem(PersonFault.BAD_COUNTRY, data.country))
    return problems


def validate_attendee(data: AttendeeInput) -> list[PersonProblem]:
    problems = []
    if not data.first_name.strip() and not data.last_name.strip():
        problems.append(PersonProblem(PersonFault.NO_NAME))
    if data.email and not EMAIL_PATTERN.match(data.email):
        problems.append(PersonProblem(PersonFault.BAD_EMAIL, data.email))
    if data.max_meetings is not None and data.max_meetings < 0:
        problems.append(PersonProblem(PersonFault.NEGATIVE_MAX_MEETINGS))
    if data.arrival and data.departure and data.departure <= data.arrival:
        problems.append(PersonProblem(PersonFault.DEPARTS_BEFORE_ARRIVAL))
    return problems


def _raise_if(problems: list[PersonProblem]) -> None:
    if problems:
        raise PersonRefusedError(problems)


def get_organisation(session: Session, organisation_id: int) -> Organisation:
    organisation = session.get(Organisation, organisation_id)
    if organisation is None:
        raise PersonNotFoundError(PersonProblem(PersonFault.NO_ORGANISATION, id=organisation_id))
    return organisation


def get_attendee(session: Session, attendee_id: int) -> Attendee:
    attendee = session.get(Attendee, attendee_id)
    if attendee is None:
        raise PersonNotFoundError(PersonProblem(PersonFault.NO_ATTENDEE, id=attendee_id))
    return attendee


def _apply_organisation(organisation: Organisation, data: OrganisationInput) -> None:
    """The one way an organisation's fields are stored, by a create or an edit."""
    for name in ("country", "org_type", "sector", "website", "description"):
        setattr(organisation, name, getattr(data, name))
    organisation.name = data.name.strip()
    organisation.external_id = data.external_id or None


def create_organisation(session: Session, data: OrganisationInput, *, actor: str = "") -> int:
    _raise_if(validate_organisation(data))
    organisation = Organisation()
    _apply_organisation(organisation, data)
    session.add(organisation)
    session.flush()
    audit.record(session, "create", "organisation", organisation.id, actor=actor, name=data.name)
    note(session, Topic.ATTENDEES)
    return organisation.id


def update_organisation(
    session: Session, organisation_id: int, data: OrganisationInput, *, actor: str = ""
) -> Changes:
    _raise_if(validate_organisation(data))
    organisation = get_organisation(session, organisation_id)
    _apply_organisation(organisation, data)
    audit.record(session, "update", "organisation", organisation_id, actor=actor, name=data.name)
    return note(session, Topic.ATTENDEES)


def _apply_attendee(session: Session, attendee: Attendee, data: AttendeeInput) -> None:
    get_organisation(session, data.organisation_id)
    attendee.organisation_id = data.organisation_id
    for name in ATTENDEE_FIELD_NAMES:
        setattr(attendee, name, getattr(data, name))
    attendee.external_id = data.external_id or None
    slots = []
    for slot_id in data.blocked_slot_ids:
        slot = session.get(Slot, slot_id)
        if slot is None:
            raise PersonRefusedError([PersonProblem(PersonFault.NO_SUCH_SLOT, str(slot_id))])
        slots.append(slot)
    attendee.blocked_slots = slots


def create_attendee(session: Session, data: AttendeeInput, *, actor: str = "") -> int:
    _raise_if(validate_attendee(data))
    attendee = Attendee(first_name="")
    _apply_attendee(session, attendee, data)
    session.add(attendee)
    session.flush()
    audit.record(session, "create", "attendee", attendee.id, actor=actor, name=attendee.full_name)
    note(session, Topic.ATTENDEES)
    return attendee.id


def update_attendee(
    session: Session, attendee_id: int, data: AttendeeInput, *, actor: str = ""
) -> Changes:
    """Store the attendee's fields; availability can break placed meetings (the schedule)."""
    _raise_if(validate_attendee(data))
    attendee = get_attendee(session, attendee_id)
    _apply_attendee(session, attendee, data)
    audit.record(session, "update", "attendee", attendee_id, actor=actor, name=attendee.full_name)
    return note(session, Topic.ATTENDEES, Topic.SCHEDULE)


def attendee_input(attendee: Attendee) -> AttendeeInput:
    """The editable fields of a stored attendee (for edit dialogs and undo)."""
    return AttendeeInput(
        **{name: getattr(attendee, name) for name in ATTENDEE_FIELD_NAMES},
        organisation_id=attendee.organisation_id,
        blocked_slot_ids=[slot.id for slot in attendee.blocked_slots],
    )


def set_own_table(
    session: Session, attendee_id: int, table_id: int | None, *, actor: str = ""
) -> Changes:
    """Give an exhibitor a booth (or take it away with ``None``)."""
    get_attendee(session, attendee_id)
    for owned in session.scalars(select(MeetingTable).where(MeetingTable.owner_id == attendee_id)):
        owned.owner_id = None
    if table_id is not None:
        table = session.get(MeetingTable, table_id)
        if table is None:
            raise NotFoundError(f"No table with id {table_id}.")
        if table.owner_id not in (None, attendee_id):
            raise RefusedError(f"{table.display_name} is already another attendee's booth.")
        session.flush()
        table.owner_id = attendee_id
    audit.record(session, "set_own_table", "attendee", attendee_id, actor=actor, table=table_id)
    return note(session, Topic.ATTENDEES, Topic.SCHEDULE, Topic.EVENT)


def live_meeting_count(session: Session, attendee_id: int) -> int:
    return (
        session.scalar(
            select(func.count())
            .select_from(Meeting)
            .join(MeetingRequest, Meeting.request_id == MeetingRequest.id)
            .where(
                or_(
                    MeetingRequest.requester_id == attendee_id,
                    MeetingRequest.requested_id == attendee_id,
                ),
                Meeting.status != MeetingStatus.CANCELLED,
            )
        )
        or 0
    )


def delete_attendee(
    session: Session, attendee_id: int, *, cascade: bool = False, actor: str = ""
) -> Changes:
    attendee = get_attendee(session, attendee_id)
    name = attendee.full_name
    meetings = live_meeting_count(session, attendee_id)
    if meetings and not cascade:
        problem = PersonProblem(PersonFault.HAS_MEETINGS, name=name, id=attendee_id, count=meetings)
        raise PersonKeptError(problem)
    session.expunge(attendee)
    # The database's foreign keys do the cascading, so no ORM state can leave orphans.
    session.execute(
        delete(AttendeeBlockedSlot).where(AttendeeBlockedSlot.attendee_id == attendee_id)
    )
    session.execute(delete(Attendee).where(Attendee.id == attendee_id))
    audit.record(
        session, "delete", "attendee", attendee_id, actor=actor, name=name, meetings=meetings
    )
    return note(session, Topic.ATTENDEES, Topic.REQUESTS, Topic.SCHEDULE, Topic.CHECKIN)


def delete_organisation(session: Session, organisation_id: int, *, actor: str = "") -> Changes:
    organisation = get_organisation(session, organisation_id)
    members = session.scalar(
        select(func.count()).where(Attendee.organisation_id == organisation_id)
    )
    if members:
        problem = PersonProblem(
            PersonFault.HAS_MEMBERS, name=organisation.name, id=organisation_id, count=members
        )
        raise PersonKeptError(problem)
    name = organisation.name
    session.delete(organisation)
    audit.record(session, "delete", "organisation", organisation_id, actor=actor, name=name)
    return note(session, Topic.ATTENDEES)


@dataclass(frozen=True)
class AvailabilityEdit:
    """Changes to an attendee's availability and badge; a field left None stays as it is.

    ``clear_arrival``/``clear_departure`` remove the limit; ``days`` blocks every slot on the
    event's other days (and unblocks a listed day that was blocked whole);
    ``blocked_slot_ids`` replaces the individually blocked slots.
    """

    arrival: dt.datetime | None = None
    departure: dt.datetime | None = None
    clear_arrival: bool = False
    clear_departure: bool = False
    days: tuple[dt.date, ...] | None = None
    max_meetings: int | None = None
    clear_max_meetings: bool = False
    blocked_slot_ids: tuple[int, ...] | None = None
    badge_category: BadgeCategory | None = None
    language: str | None = None
    role: AttendeeRole | None = None

    @property
    def empty(self) -> bool:
        return self == AvailabilityEdit()


def edit_availability(
    session: Session, attendee_id: int, edit: AvailabilityEdit, *, actor: str = ""
) -> AttendeeInput:
    """Apply an availability edit (validated like any attendee edit); returns the previous
    fields, which :func:`update_attendee` puts back (undo)."""
    attendee = get_attendee(session, attendee_id)
    before = attendee_input(attendee)
    data = attendee_input(attendee)
    if edit.arrival is not None or edit.clear_arrival:
        data.arrival = edit.arrival
    if edit.departure is not None or edit.clear_departure:
        data.departure = edit.departure
    if edit.max_meetings is not None or edit.clear_max_meetings:
        data.max_meetings = edit.max_meetings
    for name in ("badge_category", "language", "role"):
        if getattr(edit, name) is not None:
            setattr(data, name, getattr(edit, name))
    blocked = set(data.blocked_slot_ids if edit.blocked_slot_ids is None else edit.blocked_slot_ids)
    if edit.days is not None:
        slots = session.execute(select(Slot.id, Slot.starts_at).where(ACTIVE_SLOT)).all()
        unknown = sorted(set(edit.days) - {starts.date() for _id, starts in slots})
        if unknown:
            not_a_day = PersonProblem(PersonFault.NOT_A_DAY, unknown[0].isoformat())
            raise PersonRefusedError([not_a_day])
        by_day: dict[dt.date, set[int]] = {}
        for slot_id, starts in slots:
            by_day.setdefault(starts.date(), set()).add(slot_id)
        for day, ids in by_day.items():
            if day not in edit.days:
                blocked |= ids
            elif ids <= blocked:
                blocked -= ids  # a listed day that was blocked whole is a day present again
    data.blocked_slot_ids = sorted(blocked)
    update_attendee(session, attendee_id, data, actor=actor)
    session.flush()
    return before


@dataclass(frozen=True)
class BulkEdit:
    """What :func:`edit_attendees` did: everyone's previous fields (for undo), the ids whose
    fields really changed, and the schedule check run in the same transaction."""

    previous: dict[int, AttendeeInput]
    changed: tuple[int, ...]
    check: ScheduleCheck


def edit_attendees(
    session: Session, attendee_ids: Sequence[int], edit: AvailabilityEdit, *, actor: str = ""
) -> BulkEdit:
    """Apply one edit to many attendees in the caller's transaction, with the single edit's
    rules; a refusal names the attendee, and the caller's rollback leaves everyone as they were.
    """
    if not attendee_ids:
        raise ValidationError("Attendees: choose at least one.")
    if edit.empty:
        raise ValidationError("Nothing to change: choose at least one field.")
    previous: dict[int, AttendeeInput] = {}
    for attendee_id in dict.fromkeys(attendee_ids):
        name = get_attendee(session, attendee_id).full_name
        try:
            previous[attendee_id] = edit_availability(session, attendee_id, edit, actor=actor)
        except PersonRefusedError as error:
            raise PersonRefusedError(error.problems, attendee_id, name) from None
        except ValidationError as error:
            raise ValidationError(f"{name} (id {attendee_id}): {error}") from None
    changed = tuple(
        attendee_id
        for attendee_id, before in previous.items()
        if attendee_input(get_attendee(session, attendee_id)) != before
    )
    return BulkEdit(previous, changed, check_schedule(session))


def restore_attendees(
    session: Session, previous: dict[int, AttendeeInput], *, actor: str = ""
) -> Changes:
    """Put back the fields a bulk edit replaced (its undo)."""
    for attendee_id, data in previous.items():
        update_attendee(session, attendee_id, data, actor=actor)
    session.flush()
    return noted(session)
