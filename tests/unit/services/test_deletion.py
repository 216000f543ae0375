"""Deleting organisations and attendees never leaves dangling rows (both backends)."""

from __future__ import annotations

import pytest
from sqlalchemy import func, or_, select

from brokerage_app.domain.person_problems import PersonFault, PersonKeptError
from brokerage_app.services.people import delete_attendee, delete_organisation
from brokerage_app.store.database import EventDatabase
from brokerage_app.store.models import (
    Attendee,
    AttendeeBlockedSlot,
    Checkin,
    Meeting,
    MeetingRequest,
    MeetingTable,
    Organisation,
)
from tests.unit.store.test_model_roundtrip import populate


def count(session, model, *where) -> int:  # type: ignore[no-untyped-def]
    return session.scalar(select(func.count()).select_from(model).where(*where)) or 0


def test_organisation_with_attendees_is_refused(empty_db: EventDatabase) -> None:
    populate(empty_db)
    with empty_db.session() as session:
        org_id = session.scalar(select(Organisation.id).where(Organisation.country == "SE"))
    with pytest.raises(PersonKeptError) as kept, empty_db.session() as s:
        delete_organisation(s, org_id)
    assert (kept.value.problem.fault, kept.value.problem.count) == (PersonFault.HAS_MEMBERS, 1)
    with empty_db.session() as session:
        assert count(session, Organisation) == 2


def test_attendee_with_meetings_is_refused_then_cascades(empty_db: EventDatabase) -> None:
    ids = populate(empty_db)
    with empty_db.session() as session:
        session.scalars(select(MeetingTable)).first().owner_id = ids["asa"]
    with pytest.raises(PersonKeptError) as kept, empty_db.session() as s:
        delete_attendee(s, ids["asa"])
    assert (kept.value.problem.fault, kept.value.problem.count) == (PersonFault.HAS_MEETINGS, 1)
    with empty_db.session() as session:
        assert count(session, Meeting) == 1

    with empty_db.session() as session:
        delete_attendee(session, ids["asa"], cascade=True)
    with empty_db.session() as session:
        assert session.get(Attendee, ids["asa"]) is None
        involving = or_(
            MeetingRequest.requester_id == ids["asa"], MeetingRequest.requested_id == ids["asa"]
        )
        assert count(session, MeetingRequest, involving) == 0
        assert count(session, Meeting) == 0
        assert (
            count(session, AttendeeBlockedSlot, AttendeeBlockedSlot.attendee_id == ids["asa"]) == 0
        )
        assert count(session, MeetingTable, MeetingTable.owner_id.is_not(None)) == 0
        # The check-in log keeps the scan, with the person removed.
        assert session.scalars(select(Checkin.attendee_id)).all() == [None]


def test_organisation_without_attendees_is_deleted(empty_db: EventDatabase) -> None:
    ids = populate(empty_db)
    with empty_db.session() as session:
        delete_attendee(session, ids["giorgos"], cascade=True)
        org_id = session.scalar(select(Organisation.id).where(Organisation.country == "GR"))
    with empty_db.session() as session:
        delete_organisation(session, org_id)
    with empty_db.session() as session:
        assert count(session, Organisation) == 1
