"""The command line's words for a refused attendee edit, word for word.

The attendee checks return facts (``services.people.PersonProblem``);
``cli/people_problems.py`` words them in English. These lines were taken from the command
line before the checks returned facts, so the CLI says exactly what it said before.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from brokerage_app.cli import main
from brokerage_app.cli.people_problems import problem_text
from brokerage_app.domain.timetable import DaySpec, EventSpec, SessionSpec
from brokerage_app.services.events import create_event
from brokerage_app.services.people import (
    AttendeeInput,
    OrganisationInput,
    create_attendee,
    create_organisation,
    validate_attendee,
    validate_organisation,
)
from brokerage_app.store.database import open_database

DAY = dt.date(2027, 5, 11)


@pytest.fixture
def db(tmp_path: Path) -> str:
    """An event of one day with two attendees (ids 1 and 2)."""
    path = tmp_path / "e.sqlite"
    database = open_database(path, create=True)
    block = (SessionSpec(dt.time(9), dt.time(10), 20),)
    with database.session() as session:
        create_event(session, EventSpec(name="E", tables=2, days=(DaySpec(DAY, block),)))
        org = create_organisation(session, OrganisationInput("Org", "SE"))
        for name in ("Ada", "Bo"):
            create_attendee(session, AttendeeInput(first_name=name, organisation_id=org))
    return str(path)


def test_a_refused_attendee_edit_names_the_attendee_and_the_field(
    db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    argv = ["attendee", "edit", "1", "2", "--db", db]
    times = ["--arrival", "2027-05-11T10:00", "--departure", "2027-05-11T09:00"]
    assert main([*argv, *times]) == 2
    assert capsys.readouterr().err == (
        "brokerage-app: error: Ada (id 1): Departure: must be after arrival.\n"
    )
    # A date alone: the start of that day for --arrival, its end for --departure.
    assert (
        main(
            [
                "attendee",
                "edit",
                "2",
                "--arrival",
                "2027-05-12",
                "--departure",
                "2027-05-10",
                "--db",
                db,
            ]
        )
        == 2
    )
    assert capsys.readouterr().err == (
        "brokerage-app: error: Bo (id 2): Departure: must be after arrival.\n"
    )


def test_every_attendee_and_organisation_problem_in_english() -> None:
    # Only the departure is reachable from the command line; the rest are pinned here.
    bad = AttendeeInput(
        first_name=" ",
        organisation_id=1,
        email="not-an-address",
        max_meetings=-1,
        arrival=dt.datetime(2027, 5, 11, 10),
        departure=dt.datetime(2027, 5, 11, 10),
    )
    assert [problem_text(p) for p in validate_attendee(bad)] == [
        "Name: first or last name is needed.",
        "Email: 'not-an-address' is not an email address.",
        "Max meetings: must be 0 or more.",
        "Departure: must be after arrival.",
    ]
    organisation = OrganisationInput(" ", country="Sweden")
    assert [problem_text(p) for p in validate_organisation(organisation)] == [
        "Organisation name: must not be empty.",
        "Country: 'Sweden' is not a two-letter ISO code such as SE.",
    ]
