"""The demo event is deterministic, realistic and valid at any size."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import aliased

from brokerage_app.demo.generator import DemoOptions, generate_demo_event
from brokerage_app.errors import ValidationError
from brokerage_app.services.demo import create_demo_database
from brokerage_app.store.database import EventDatabase, open_database
from brokerage_app.store.models import (
    Attendee,
    AttendeeBlockedSlot,
    BadgeCategory,
    EventDay,
    MeetingRequest,
    MeetingTable,
    Organisation,
    RequestStatus,
)


def snapshot(database: EventDatabase) -> list[tuple]:
    with database.session() as session:
        people = session.execute(
            select(Attendee.first_name, Attendee.last_name, Attendee.email).order_by(Attendee.id)
        ).all()
        requests = session.execute(
            select(
                MeetingRequest.requester_id, MeetingRequest.requested_id, MeetingRequest.status
            ).order_by(MeetingRequest.id)
        ).all()
    return [tuple(r) for r in people + requests]


def test_same_seed_same_event_other_seed_other_event(tmp_path: Path) -> None:
    first = create_demo_database(tmp_path / "a.sqlite", DemoOptions(attendees=60, seed=7))
    second = create_demo_database(tmp_path / "b.sqlite", DemoOptions(attendees=60, seed=7))
    third = create_demo_database(tmp_path / "c.sqlite", DemoOptions(attendees=60, seed=8))
    assert snapshot(first) == snapshot(second)
    assert snapshot(first) != snapshot(third)


def test_four_hundred_attendee_event_looks_like_a_real_one(tmp_path: Path) -> None:
    database = create_demo_database(tmp_path / "e.sqlite", DemoOptions(attendees=400))
    with database.session() as session:
        assert session.scalar(select(func.count()).select_from(Attendee)) == 400
        countries = session.scalar(select(func.count(func.distinct(Organisation.country))))
        assert countries >= 20
        assert session.scalar(select(func.count()).select_from(EventDay)) == 2
        assert session.scalar(select(func.count()).select_from(MeetingTable)) == 60
        booths = session.scalar(select(func.count()).where(MeetingTable.owner_id.is_not(None)))
        assert 2 <= booths <= 20
        categories = Counter(session.scalars(select(Attendee.badge_category)))
        assert categories[BadgeCategory.ORGANISER] >= 2 and categories[BadgeCategory.PRESS] >= 1
        names = " ".join(
            f"{a} {b}" for a, b in session.execute(select(Attendee.first_name, Attendee.last_name))
        )
        # Swedish, Polish, Greek, Cyrillic and Turkish letters all appear.
        for letter in ("å", "ł", "ο", "о", "ı"):
            assert letter in names.lower(), letter
        # Availability patterns: one-day-only, late arrival, blocked slots.
        arrivals = session.scalars(
            select(Attendee.arrival).where(Attendee.arrival.is_not(None))
        ).all()
        assert any(a.time() > dt.time(9, 0) for a in arrivals)
        one_day = session.scalar(
            select(func.count()).where(
                Attendee.arrival.is_not(None),
                Attendee.departure.is_not(None),
                func.date(Attendee.arrival) == func.date(Attendee.departure),
            )
        )
        assert one_day > 0
        assert session.scalar(select(func.count()).select_from(AttendeeBlockedSlot)) > 0
        statuses = Counter(session.scalars(select(MeetingRequest.status)))
        assert statuses[RequestStatus.ACCEPTED] > statuses[RequestStatus.PENDING] > 0
        assert statuses[RequestStatus.DECLINED] > 0
        # Popularity is skewed: the most requested delegate gets far more than the median.
        received = sorted(
            session.execute(
                select(func.count())
                .select_from(MeetingRequest)
                .group_by(MeetingRequest.requested_id)
            ).scalars(),
            reverse=True,
        )
        assert received[0] >= 4 * received[len(received) // 2]
        # Nobody requests themself or a colleague.
        requester, requested = aliased(Attendee), aliased(Attendee)
        same_org = session.scalar(
            select(func.count())
            .select_from(MeetingRequest)
            .join(requester, MeetingRequest.requester_id == requester.id)
            .join(requested, MeetingRequest.requested_id == requested.id)
            .where(requester.organisation_id == requested.organisation_id)
        )
        assert same_org == 0


@pytest.mark.parametrize("attendees", [19, 10_001])
def test_size_out_of_range_writes_nothing(tmp_path: Path, attendees: int) -> None:
    database = open_database(tmp_path / "e.sqlite", create=True)
    with pytest.raises(ValidationError, match="--attendees"), database.session() as session:
        generate_demo_event(session, DemoOptions(attendees=attendees))
    with database.session() as session:
        assert session.scalar(select(func.count()).select_from(Attendee)) == 0


@pytest.mark.postgres
def test_demo_on_postgresql(postgres_server) -> None:  # type: ignore[no-untyped-def]
    url = postgres_server.create_database()
    database = create_demo_database(url, DemoOptions(attendees=50))
    with database.session() as session:
        assert session.scalar(select(func.count()).select_from(Attendee)) == 50
        # Sequences were moved past the bulk-inserted ids: a new row gets a fresh id.
        org = session.scalar(select(Organisation.id).limit(1))
        session.add(Attendee(first_name="Nowa", organisation_id=org))
        session.flush()
        assert session.scalar(select(func.max(Attendee.id))) == 51
    database.dispose()


def test_demo_emails_spell_names_like_mail_systems() -> None:
    from brokerage_app.demo.generator import _mail_name

    spelled = [
        _mail_name(n)
        for n in ("Åsa", "Grégoire", "Γιώργος", "Παπαδόπουλος", "Олена", "Łukasz", "İbrahim")
    ]
    assert spelled == ["asa", "gregoire", "giorgos", "papadopoulos", "olena", "lukasz", "ibrahim"]
