"""The whole event model round-trips on SQLite and on a real PostgreSQL server."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from brokerage_app.domain.timetable import BreakSpec, DaySpec, EventSpec, SessionSpec
from brokerage_app.services.events import create_event, event_counts
from brokerage_app.services.people import (
    AttendeeInput,
    OrganisationInput,
    create_attendee,
    create_organisation,
)
from brokerage_app.store.database import EventDatabase, open_database
from brokerage_app.store.models import (
    Attendee,
    AttendeeRole,
    AuditEntry,
    BadgeCategory,
    Checkin,
    CheckinResult,
    Meeting,
    MeetingOutcome,
    MeetingRequest,
    MeetingStatus,
    MeetingTable,
    RequestStatus,
    Slot,
)

SPEC = EventSpec(
    name="Health Brokerage Days",
    venue="Malmö Live",
    time_zone="Europe/Stockholm",
    days=(
        DaySpec(
            dt.date(2027, 5, 11),
            (
                SessionSpec(
                    dt.time(9),
                    dt.time(12),
                    20,
                    "Morning",
                    (BreakSpec(dt.time(10), dt.time(10, 20)),),
                ),
                SessionSpec(dt.time(13), dt.time(15), 20, "Afternoon"),
            ),
        ),
        DaySpec(dt.date(2027, 5, 12), (SessionSpec(dt.time(9), dt.time(10), 30),)),
    ),
    tables=5,
    rooms=("Hall A", "Hall B"),
)


def populate(database: EventDatabase) -> dict[str, int]:
    with database.session() as session:
        create_event(session, SPEC)
        org = create_organisation(
            session, OrganisationInput("Öresund Medtech AB", "SE", "SME", "Medical devices")
        )
        org2 = create_organisation(session, OrganisationInput("Ελληνική Υγεία Α.Ε.", "GR"))
        slots = session.scalars(select(Slot.id).order_by(Slot.starts_at)).all()
        asa = create_attendee(
            session,
            AttendeeInput(
                first_name="Åsa",
                last_name="Öberg",
                organisation_id=org,
                badge_name="Åsa Ö.",
                role=AttendeeRole.SELLER,
                email="asa@example.se",
                phone="+46 70 111 22 33",
                language="sv",
                badge_category=BadgeCategory.EXHIBITOR,
                arrival=dt.datetime(2027, 5, 11, 11, 0),
                departure=dt.datetime(2027, 5, 12, 10, 0),
                max_meetings=12,
                consent_share_contact=True,
                external_id="REG-1",
                blocked_slot_ids=[slots[-1]],
            ),
        )
        giorgos = create_attendee(
            session,
            AttendeeInput(first_name="Γιώργος", last_name="Παπαδόπουλος", organisation_id=org2),
        )
        request = MeetingRequest(
            requester_id=asa,
            requested_id=giorgos,
            status=RequestStatus.ACCEPTED,
            priority=3,
            note="Wound-care sensors <b>&</b>",
        )
        session.add(request)
        session.flush()
        table = session.scalars(select(MeetingTable).order_by(MeetingTable.number)).first()
        session.add(
            Meeting(
                request_id=request.id,
                slot_id=slots[2],
                table_id=table.id,
                locked=True,
                status=MeetingStatus.HELD,
                outcome=MeetingOutcome.COOPERATION_POSSIBLE,
            )
        )
        session.add(
            Checkin(
                scan_id="scan-1",
                attendee_id=asa,
                day=dt.date(2027, 5, 11),
                station="Desk 1",
                result=CheckinResult.CHECKED_IN,
                scanned="BRK1-…",
            )
        )
    return {"asa": asa, "giorgos": giorgos, "last_slot": slots[-1], "slot": slots[2]}


def test_full_model_round_trips(event_url: str) -> None:
    database = open_database(event_url, create=True)
    ids = populate(database)
    database.dispose()

    reopened = open_database(event_url)
    with reopened.session() as session:
        counts = event_counts(session)
        assert counts.days == 2 and counts.sessions == 3
        # 09:00-12:00 minus the 10:00-10:20 break gives 8 slots, 13-15 six, 9-10 two of 30 min.
        assert counts.slots == 8 + 6 + 2
        assert counts.tables == 5 and counts.rooms == 2
        assert counts.requests_by_status["accepted"] == 1
        assert counts.meetings_by_status["held"] == 1
        assert counts.checkins == 1
        asa = session.get(Attendee, ids["asa"])
        assert (asa.first_name, asa.last_name, asa.badge_name) == ("Åsa", "Öberg", "Åsa Ö.")
        assert asa.organisation.name == "Öresund Medtech AB"
        assert asa.role is AttendeeRole.SELLER and asa.badge_category is BadgeCategory.EXHIBITOR
        assert asa.arrival == dt.datetime(2027, 5, 11, 11, 0)
        assert asa.max_meetings == 12 and asa.consent_share_contact
        assert [s.id for s in asa.blocked_slots] == [ids["last_slot"]]
        giorgos = session.get(Attendee, ids["giorgos"])
        assert giorgos.full_name == "Γιώργος Παπαδόπουλος"
        request = session.scalars(select(MeetingRequest)).one()
        assert request.note == "Wound-care sensors <b>&</b>" and request.priority == 3
        meeting = request.meeting
        assert meeting.slot_id == ids["slot"] and meeting.locked
        assert meeting.outcome is MeetingOutcome.COOPERATION_POSSIBLE
        actions = session.scalars(select(AuditEntry.action)).all()
        assert actions.count("create") == 5  # event, two organisations, two attendees
    reopened.dispose()


def test_constraints_hold_on_every_backend(empty_db: EventDatabase) -> None:
    ids = populate(empty_db)
    with pytest.raises(IntegrityError), empty_db.session() as session:
        session.add(MeetingRequest(requester_id=ids["asa"], requested_id=ids["asa"]))
    with pytest.raises(IntegrityError), empty_db.session() as session:
        session.add(
            MeetingRequest(requester_id=ids["asa"], requested_id=ids["giorgos"], priority=4)
        )
    with pytest.raises(IntegrityError), empty_db.session() as session:
        # A second successful check-in of the same person on the same day.
        session.add(
            Checkin(
                scan_id="scan-2",
                attendee_id=ids["asa"],
                day=dt.date(2027, 5, 11),
                result=CheckinResult.CHECKED_IN,
            )
        )
    with empty_db.session() as session:
        assert session.scalar(select(func.count()).select_from(Checkin)) == 1
        assert session.scalar(select(func.count()).select_from(MeetingRequest)) == 1
