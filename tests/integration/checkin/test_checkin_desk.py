"""The desk: name search for forgotten badges, who is still missing, statistics per day."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from brokerage_app.domain.text import fold
from brokerage_app.services.checkin import (
    badge_code,
    checkin_log,
    checkin_stats,
    not_arrived,
    scan,
    search_attendees,
)
from brokerage_app.store.database import EventDatabase
from brokerage_app.store.models import Attendee, BadgeCategory, CheckinResult, Organisation
from tests.integration.checkin.event_setup import FIRST_DAY, MORNING, SECOND_DAY


def test_fold_ignores_case_and_accents() -> None:
    assert fold("Łukasz ŻÓŁĆ") == fold("lukasz zolc") == "lukasz zolc"
    assert fold("Gößmann") == "gossmann"
    assert fold("Παπαδόπουλος") == fold("ΠΑΠΑΔΟΠΟΥΛΟΣ")
    assert fold("Øster Ærø") == "oster aero"


def test_search_finds_people_by_name_organisation_email_and_id(event_db: EventDatabase) -> None:
    with event_db.session() as session:
        person = session.get(Attendee, 15)
        person.first_name, person.last_name = "Łukasz", "Żółć-Brzęczyszczykiewicz"
        person.organisation.name = "Politechnika Gdańska"
        greek = session.get(Attendee, 16)
        greek.first_name, greek.last_name = "Αθανάσιος", "Παπαδόπουλος"
    scan(event_db, _code(event_db, 15), station="Door 2", now=MORNING)

    with event_db.session() as session:
        by_name = search_attendees(session, "lukasz zolc", day=FIRST_DAY)
        by_org = search_attendees(session, "gdansk", day=FIRST_DAY)
        by_upper = search_attendees(session, "ŻÓŁĆ", day=FIRST_DAY)
        by_greek = search_attendees(session, "παπαδοπουλος", day=FIRST_DAY)
        by_id = search_attendees(session, "#16", day=FIRST_DAY)
        email = session.get(Attendee, 17).email
        by_email = search_attendees(session, email.upper(), day=FIRST_DAY)
        nobody = search_attendees(session, "zzzz qqqq", day=FIRST_DAY)
        limited = search_attendees(session, "e", limit=3, day=FIRST_DAY)
    assert [r.id for r in by_name] == [15]
    assert by_name[0].name == "Łukasz Żółć-Brzęczyszczykiewicz"
    assert by_name[0].organisation == "Politechnika Gdańska"
    assert (by_name[0].checked_in_station, by_name[0].checked_in_at.strftime("%H:%M")) == (
        "Door 2",
        "09:30",
    )
    assert 15 in [r.id for r in by_org]
    assert [r.id for r in by_upper] == [15]
    assert [r.id for r in by_greek] == [16]
    assert by_greek[0].checked_in_at is None
    assert [r.id for r in by_id] == [16]
    assert 17 in [r.id for r in by_email]
    assert nobody == []
    assert len(limited) == 3


def _code(database: EventDatabase, attendee_id: int) -> str:
    with database.session() as session:
        return badge_code(session, attendee_id)


def test_stats_and_missing_list_follow_each_day(event_db: EventDatabase) -> None:
    with event_db.session() as session:
        people = session.scalars(select(Attendee).order_by(Attendee.id)).all()
        # Two people only come on the second day, one leaves after the first.
        people[10].arrival, people[10].departure = dt.datetime(2027, 5, 12, 9), None
        people[11].arrival, people[11].departure = dt.datetime(2027, 5, 12, 13, 30), None
        people[12].arrival, people[12].departure = None, dt.datetime(2027, 5, 11, 17, 10)
        for attendee in people:
            if attendee.id not in (11, 12, 13):
                attendee.arrival = attendee.departure = None
        categories = {a.id: a.badge_category for a in people}
        total = len(people)
    arrivals = [1, 2, 5, 13, 20, 21, 22]
    for attendee_id in arrivals:
        scan(event_db, _code(event_db, attendee_id), station="Main door", now=MORNING)
    scan(event_db, _code(event_db, 11), station="Main door", now=MORNING)  # came a day early
    scan(event_db, "BRK1-garbage", station="Main door", now=MORNING)
    scan(event_db, _code(event_db, 1), station="Side door", now=MORNING)

    with event_db.session() as session:
        day_one = checkin_stats(session, FIRST_DAY)
        day_two = checkin_stats(session, SECOND_DAY)
        missing_one = not_arrived(session, FIRST_DAY)
        missing_two = not_arrived(session, SECOND_DAY)
        log = checkin_log(session, FIRST_DAY)

    assert (day_one.expected, day_one.checked_in, day_one.missing) == (total - 2, 7, total - 9)
    assert day_one.unexpected_checked_in == 1
    assert day_one.rejected_scans == 1
    assert day_one.last_scan_at.strftime("%H:%M") == "09:30"
    assert day_one.by_station == (("Main door", 8),)
    for row in day_one.by_category:
        assert row.expected == sum(
            1 for i, c in categories.items() if c is row.category and i not in (11, 12)
        )
        assert row.checked_in == sum(1 for i in arrivals if categories[i] is row.category)
    assert sum(r.expected for r in day_one.by_category) == day_one.expected
    assert {r.category for r in day_one.by_category} >= {BadgeCategory.DELEGATE}

    missing_ids = [r.id for r in missing_one]
    assert set(missing_ids).isdisjoint([*arrivals, 11, 12])
    assert len(missing_ids) == day_one.missing
    assert all(r.expected and r.checked_in_at is None for r in missing_one)
    with event_db.session() as session:
        last_names = [fold(session.get(Attendee, i).last_name) for i in missing_ids]
    assert last_names == sorted(last_names)
    assert (day_two.expected, day_two.checked_in) == (total - 1, 0)
    assert 13 not in [r.id for r in missing_two] and 11 in [r.id for r in missing_two]

    assert [e.result for e in log[:2]] == [CheckinResult.ALREADY_CHECKED_IN, CheckinResult.INVALID]
    assert log[0].station == "Side door" and log[0].attendee_id == 1


def test_nobody_is_expected_outside_the_event_days(event_db: EventDatabase) -> None:
    day_before = FIRST_DAY - dt.timedelta(days=1)
    verdict = scan(event_db, _code(event_db, 5), station="A", now=MORNING - dt.timedelta(days=1))
    assert (verdict.result, verdict.tone, verdict.day) == (
        CheckinResult.CHECKED_IN,
        "amber",
        day_before,
    )
    with event_db.session() as session:
        stats = checkin_stats(session, day_before)
        assert not_arrived(session, day_before) == []
        assert checkin_stats(session, FIRST_DAY).is_event_day
    assert (stats.is_event_day, stats.expected, stats.unexpected_checked_in) == (False, 0, 1)


def test_organisation_and_country_are_on_the_verdict(event_db: EventDatabase) -> None:
    with event_db.session() as session:
        attendee = session.get(Attendee, 25)
        organisation = session.get(Organisation, attendee.organisation_id)
        expected = (attendee.full_name, organisation.name, organisation.country)
    verdict = scan(event_db, _code(event_db, 25), station="A", now=MORNING)
    assert (verdict.name, verdict.organisation, verdict.country) == expected
    assert verdict.badge_category is not None
