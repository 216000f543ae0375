"""Read models for the window's lists and the dashboard: attendees, organisations, countries.

Overviews that the attendee list and the dashboard show next to request figures. They read
many rows at once, so each is a handful of grouped queries rather than per-row lookups.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass
from typing import NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from brokerage_app.domain.text import display_name
from brokerage_app.services.requests import NON_MEETING_CATEGORIES
from brokerage_app.store.models import (
    ACTIVE_SLOT,
    ACTIVE_TABLE,
    Attendee,
    AttendeeRole,
    BadgeCategory,
    Meeting,
    MeetingRequest,
    MeetingStatus,
    MeetingTable,
    Organisation,
    RequestStatus,
    Slot,
)
from brokerage_app.store.rows import named_rows


class _AttendeeRecord(NamedTuple):
    id: int
    first_name: str
    last_name: str
    organisation_id: int
    organisation: str
    country: str
    badge_category: BadgeCategory
    role: AttendeeRole
    email: str
    arrival: dt.datetime | None
    departure: dt.datetime | None


@dataclass(frozen=True)
class AttendeeRow:
    id: int
    first_name: str
    last_name: str
    organisation_id: int
    organisation: str
    country: str
    badge_category: str
    role: str
    email: str
    arrival: dt.datetime | None
    departure: dt.datetime | None
    own_table: str
    requests_sent: int
    requests_received: int
    meetings: int

    @property
    def full_name(self) -> str:
        return display_name(self.first_name, self.last_name)


@dataclass(frozen=True)
class OrganisationRow:
    id: int
    name: str
    country: str
    org_type: str
    sector: str
    attendees: int


@dataclass(frozen=True)
class CountryStats:
    country: str
    attendees: int
    accepted_requests: int
    meetings: int


def _live_meeting_pairs(session: Session) -> list[tuple[int, int]]:
    return list(
        session.execute(
            select(MeetingRequest.requester_id, MeetingRequest.requested_id)
            .join(Meeting, Meeting.request_id == MeetingRequest.id)
            .where(Meeting.status != MeetingStatus.CANCELLED)
        ).all()
    )


def attendee_rows(session: Session) -> list[AttendeeRow]:
    sent: Counter[int] = Counter()
    received: Counter[int] = Counter()
    for requester_id, requested_id in session.execute(
        select(MeetingRequest.requester_id, MeetingRequest.requested_id).where(
            MeetingRequest.status.in_((RequestStatus.PENDING, RequestStatus.ACCEPTED))
        )
    ):
        sent[requester_id] += 1
        received[requested_id] += 1
    meetings: Counter[int] = Counter()
    for a, b in _live_meeting_pairs(session):
        meetings[a] += 1
        meetings[b] += 1
    tables = {
        # A booth without a label is shown by its number, which needs no translation.
        owner_id: label or str(number)
        for owner_id, label, number in session.execute(
            select(MeetingTable.owner_id, MeetingTable.label, MeetingTable.number).where(
                MeetingTable.owner_id.is_not(None)
            )
        )
    }
    query = (
        select(
            Attendee.id,
            Attendee.first_name,
            Attendee.last_name,
            Attendee.organisation_id,
            Organisation.name.label("organisation"),
            Organisation.country,
            Attendee.badge_category,
            Attendee.role,
            Attendee.email,
            Attendee.arrival,
            Attendee.departure,
        )
        .join(Organisation, Attendee.organisation_id == Organisation.id)
        .order_by(Attendee.last_name, Attendee.first_name, Attendee.id)
    )
    return [
        AttendeeRow(
            id=r.id,
            first_name=r.first_name,
            last_name=r.last_name,
            organisation_id=r.organisation_id,
            organisation=r.organisation,
            country=r.country,
            badge_category=BadgeCategory(r.badge_category).value,
            role=str(r.role.value if hasattr(r.role, "value") else r.role),
            email=r.email,
            arrival=r.arrival,
            departure=r.departure,
            own_table=tables.get(r.id, ""),
            requests_sent=sent[r.id],
            requests_received=received[r.id],
            meetings=meetings[r.id],
        )
        for r in named_rows(session.execute(query), _AttendeeRecord)
    ]


def organisation_rows(session: Session) -> list[OrganisationRow]:
    members = Counter(session.scalars(select(Attendee.organisation_id)))
    return [
        OrganisationRow(r.id, r.name, r.country, r.org_type, r.sector, members[r.id])
        for r in session.execute(
            select(
                Organisation.id,
                Organisation.name,
                Organisation.country,
                Organisation.org_type,
                Organisation.sector,
            ).order_by(Organisation.name)
        )
    ]


def country_stats(session: Session) -> list[CountryStats]:
    """Attendees, accepted requests and meetings per country, largest first."""
    country_of = dict(
        session.execute(
            select(Attendee.id, Organisation.country).join(
                Organisation, Attendee.organisation_id == Organisation.id
            )
        ).all()
    )
    attendees = Counter(country_of.values())
    accepted: Counter[str] = Counter()
    for a, b in session.execute(
        select(MeetingRequest.requester_id, MeetingRequest.requested_id).where(
            MeetingRequest.status == RequestStatus.ACCEPTED
        )
    ):
        accepted[country_of[a]] += 1
        accepted[country_of[b]] += 1
    meetings: Counter[str] = Counter()
    for a, b in _live_meeting_pairs(session):
        meetings[country_of[a]] += 1
        meetings[country_of[b]] += 1
    return sorted(
        (
            CountryStats(country or "—", attendees[country], accepted[country], meetings[country])
            for country in attendees
        ),
        key=lambda s: (-s.attendees, s.country),
    )


@dataclass(frozen=True)
class SlotChoice:
    id: int
    starts_at: dt.datetime
    ends_at: dt.datetime


@dataclass(frozen=True)
class TableChoice:
    id: int
    name: str  # the organiser's label, empty when none was given (show the number)
    owner_id: int | None
    number: int


@dataclass(frozen=True)
class EditChoices:
    """What an attendee or request form offers to pick from."""

    organisations: tuple[tuple[int, str], ...]
    slots: tuple[SlotChoice, ...]
    tables: tuple[TableChoice, ...]
    attendees: tuple[tuple[int, str], ...]


def edit_choices(session: Session) -> EditChoices:
    return EditChoices(
        organisations=tuple(
            (row[0], row[1])
            for row in session.execute(
                select(Organisation.id, Organisation.name).order_by(Organisation.name)
            )
        ),
        slots=tuple(
            SlotChoice(*row)
            for row in session.execute(
                select(Slot.id, Slot.starts_at, Slot.ends_at)
                .where(ACTIVE_SLOT)
                .order_by(Slot.starts_at)
            )
        ),
        tables=tuple(
            TableChoice(row[0], row[1] or "", row[3], row[2])
            for row in session.execute(
                select(
                    MeetingTable.id, MeetingTable.label, MeetingTable.number, MeetingTable.owner_id
                )
                .where(ACTIVE_TABLE)
                .order_by(MeetingTable.number)
            )
        ),
        attendees=tuple(
            (row[0], f"{row[1]} {row[2]} ({row[3]})".replace("  ", " "))
            for row in session.execute(
                select(Attendee.id, Attendee.first_name, Attendee.last_name, Organisation.name)
                .join(Organisation, Attendee.organisation_id == Organisation.id)
                .where(Attendee.badge_category.not_in(NON_MEETING_CATEGORIES))
                .order_by(Attendee.last_name, Attendee.first_name)
            )
        ),
    )
