"""The import's problem lines on the command line, word for word, for every kind of problem.

The import service returns each problem as a fact (kind, row, column, the offending values);
``cli/import_problems.py`` words it in English. These lines were taken from the command line
before problems became facts, so the CLI says exactly what it said before.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from sqlalchemy import update

from brokerage_app.cli import main
from brokerage_app.services.imports import run_import
from brokerage_app.store.database import EventDatabase
from brokerage_app.store.models import Attendee

ATTENDEE_HEADINGS = (
    "External ID",
    "First name",
    "Last name",
    "Email",
    "Organisation",
    "Organisation external ID",
    "Country",
    "Role",
    "Badge category",
    "Language",
    "Max meetings",
    "Arrival",
    "Departure",
    "Attendance",
    "Consent share contact",
    "Job title",
)


def write_csv(path: Path, headings: tuple[str, ...], rows: list[dict[str, str]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=headings)
        writer.writeheader()
        writer.writerows(rows)
    return path


@pytest.fixture
def people(event_db: EventDatabase, tmp_path: Path) -> EventDatabase:
    """Three stored people (two share an email) and a request from P-3 to P-1."""
    base = write_csv(
        tmp_path / "base.csv",
        ("External ID", "First name", "Last name", "Email", "Organisation", "Organisation ID"),
        [
            {"External ID": "P-1", "First name": "Anna", "Last name": "Berg",
             "Email": "anna@berg.example", "Organisation": "Berg AB", "Organisation ID": "O-1"},
            {"External ID": "P-2", "First name": "Bo", "Last name": "Ek",
             "Email": "shared@ek.example", "Organisation": "Ek AB", "Organisation ID": "O-2"},
            {"External ID": "P-3", "First name": "Cy", "Last name": "Ek",
             "Email": "cy@ek.example", "Organisation": "Ek AB", "Organisation ID": "O-2"},
        ],
    )  # fmt: skip
    run_import(event_db, "attendees", base)
    with event_db.session() as session:
        session.execute(
            update(Attendee).where(Attendee.external_id == "P-3").values(email="shared@ek.example")
        )
    request = write_csv(
        tmp_path / "request.csv",
        ("Requester", "Requested"),
        [{"Requester": "P-3", "Requested": "P-1"}],
    )
    run_import(event_db, "requests", request)
    return event_db


def dry_run(
    database: EventDatabase, capsys: pytest.CaptureFixture[str], kind: str, path: Path, *extra: str
) -> list[str]:
    capsys.readouterr()
    code = main(
        ["--db", str(database.url.database), "import", kind, str(path), "--dry-run", *extra]
    )
    out = capsys.readouterr().out
    assert code == 1
    return out[out.index(" problem(s) in ") :].splitlines()[1:] if "problem(s)" in out else []


def summary_line(out: str) -> str:
    return next(line for line in out.splitlines() if " problem(s) in " in line)


def row(**cells: str) -> dict[str, str]:
    names = {h.replace(" ", "_").lower(): h for h in ATTENDEE_HEADINGS}
    return {names[key]: value for key, value in cells.items()}


ATTENDEE_ROWS = [
    row(external_id="X-1", email="x1@ex.example", organisation="Berg AB"),  # 2
    row(external_id="X-2", first_name="Al", last_name="Ax", email="not-an-email",
        organisation="Berg AB"),  # 3
    row(external_id="X-3", first_name="Bea", last_name="Bx", email="b3@ex.example",
        organisation="Bx AB", country="Narnia", role="king", badge_category="vip",
        language="Xyzzy1", max_meetings="-2", arrival="soon",
        departure="2027-03-27T09:00+01:00", attendance="Day 9", consent_share_contact="maybe"),
    row(external_id="X-4", first_name="Cee", last_name="Cx", organisation="Cx AB",
        arrival="2027-03-29 10:00", departure="2027-03-29 09:00", attendance="Friday"),  # 5
    row(external_id="X-1", first_name="Dee", last_name="Dx", email="X1@ex.example",
        organisation="Dx AB"),  # 6
    row(external_id="P-1", first_name="Anna", last_name="Berg", email="shared@ek.example"),  # 7
    row(first_name="Eve", last_name="Ex", email="Shared@ek.example"),  # 8
    row(external_id="NEW-9", first_name="Anna", last_name="Berg",
        email="anna@berg.example"),  # 9
    row(external_id="X-10", first_name="Fay", last_name="Fx",
        organisation_external_id="ORG-404"),  # 10
    row(external_id="X-11", first_name="Gus", last_name="Gx"),  # 11
    row(external_id="X-12", first_name="Hal", last_name="Hx", organisation="Hx AB",
        job_title="x" * 201),  # 12
]  # fmt: skip

ATTENDEE_LINES = [
    "  row 2, column 'First name': the name is missing.",
    "  row 3, column 'Email': 'not-an-email' is not an email address.",
    "  row 4, column 'Max meetings': '-2' is not a whole number of 0 or more.",
    "  row 4, column 'Arrival': 'soon' is not a date and time; write it as 2027-05-11 09:00.",
    "  row 4, column 'Departure': '2027-03-27T09:00+01:00': give the local time at the venue without a time zone.",
    "  row 4, column 'Consent share contact': 'maybe' is not yes or no.",
    "  row 4, column 'Role': 'king' is not a role; use buyer, seller or both.",
    # Value fields in the order of domain.attendee_fields (the export's columns): since the
    # three lists of attendee fields became one, language comes before badge category.
    "  row 4, column 'Language': 'Xyzzy1' is not a language; use a code such as en, sv or pl.",
    "  row 4, column 'Badge category': 'vip' is not a badge category; use one of delegate, exhibitor, organiser, press, staff.",
    "  row 4, column 'Attendance': 'Day 9': the event has 2 day(s), so there is no day 9.",
    "  row 4, column 'Country': 'Narnia' is not a known country; use a two-letter ISO code such as SE or PL.",
    "  row 5, column 'Attendance': 'Friday' names none of the event's days; write 'Both days', 'Day 1 only', a date such as 2027-03-27 or a weekday such as Saturday.",
    "  row 5, column 'Departure': the departure must be after the arrival.",
    "  row 6, column 'External ID': duplicate person: external ID 'X-1' is also on row 2.",
    "  row 6, column 'Email': duplicate person: X1@ex.example is also on row 2.",
    "  row 7, column 'Email': duplicate person: shared@ek.example belongs to another attendee (id 2).",
    "  row 8, column 'Email': duplicate person: Shared@ek.example is also on row 7.",
    "  row 8, column 'Email': Shared@ek.example belongs to 2 attendees; add an external ID column to tell them apart.",
    "  row 9, column 'External ID': duplicate person: anna@berg.example belongs to attendee 1, whose external ID is 'P-1', not 'NEW-9'.",
    "  row 9, column 'External ID': duplicate person: row 7 updates the same attendee.",
    "  row 10, column 'Organisation external ID': unknown organisation: no organisation has the external ID 'ORG-404' (give its name to create it).",
    "  row 11, column 'Organisation': the organisation is missing; a new attendee needs one.",
    "  row 12, column 'Job title': 201 characters is too long; at most 200 fit.",
]

REQUEST_LINES = [
    "  row 2, column 'Requester': empty: give the attendee's email address or external ID.",
    "  row 3, column 'Requester': shared@ek.example belongs to 2 attendees; use external IDs.",
    "  row 4, column 'Requester': unknown attendee: nobody in the event has the email or external ID 'nobody@ex.example'.",
    "  row 5, column 'Requested': self-request: an attendee cannot ask to meet themselves.",
    "  row 6, column 'Status': 'maybe' is not a request status; use one of pending, accepted, declined, cancelled.",
    "  row 6, column 'Priority': 'urgent' is not a priority; use 1 (meet), 2 (should meet), 3 (must meet), or High/Medium/Low, Must/Should/Nice.",
    "  row 7, column 'Requested': duplicate request: row 6 is for the same two people.",
    "  row 8, column 'Requester': duplicate request: the other person already asked for this meeting (request 1).",
]
FILE_LINES = [
    "  row 1: no column holds the names: add a column such as 'First name' / 'Last name' (or 'Förnamn' / 'Efternamn'), or map one. Columns: Email, Company.",
    "  row 2, column 'Organisation': unknown organisation: the file has no organisation column and this person is not in the event yet.",
    "  row 1: no column for requested: add columns such as 'Requester' and 'Requested' holding email addresses or external IDs, or map them. Columns: Requester, Priority.",
]
MAPPED_LINES = [
    "  row 2, column 'Role': the value mapping turns 'Boss' into 'king': 'king' is not one of buyer, seller, both.",
    "  row 2, column 'Attendance': the value mapping turns 'Weekend' into '2027-01-01': 2027-01-01 is not a day of the event.",
    "  row 2, column 'Country': the value mapping turns 'Nowhere' into 'Atlantis': 'Atlantis' is not a known country; use a two-letter ISO code such as SE or PL.",
    "  row 3, column 'Language': the value mapping turns 'Elvish' into 'Quenya!': 'Quenya!' is not a language; use a code such as en, sv or pl.",
    "  row 3, column 'Attendance': the value mapping turns 'Later' into 'soon': 'soon' is not a list of dates such as 2027-05-11,2027-05-12.",
    "  row 2, column 'Priority': the value mapping turns 'Top' into '9': '9' is not a priority; use 1 (meet), 2 (should meet), 3 (must meet).",
]


def test_every_attendee_problem_reads_as_before(
    people: EventDatabase, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_csv(tmp_path / "people.csv", ATTENDEE_HEADINGS, ATTENDEE_ROWS)
    lines = dry_run(people, capsys, "attendees", path)
    assert lines == ATTENDEE_LINES


def test_file_problems_and_people_without_organisation_read_as_before(
    people: EventDatabase, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    no_names = write_csv(
        tmp_path / "no_names.csv", ("Email", "Company"), [{"Email": "a@b.example", "Company": "A"}]
    )
    no_org = write_csv(
        tmp_path / "no_org.csv",
        ("First name", "Email"),
        [{"First name": "Ida", "Email": "ida@x.example"}],
    )
    no_pair = write_csv(
        tmp_path / "no_pair.csv", ("Requester", "Priority"), [{"Requester": "P-1", "Priority": "1"}]
    )
    lines = [
        *dry_run(people, capsys, "attendees", no_names),
        *dry_run(people, capsys, "attendees", no_org),
        *dry_run(people, capsys, "requests", no_pair),
    ]
    assert lines == FILE_LINES


def test_every_request_problem_reads_as_before(
    people: EventDatabase, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_csv(
        tmp_path / "requests.csv",
        ("Requester", "Requested", "Status", "Priority"),
        [
            {"Requester": "", "Requested": "P-1"},
            {"Requester": "shared@ek.example", "Requested": "P-1"},
            {"Requester": "nobody@ex.example", "Requested": "P-1"},
            {"Requester": "P-1", "Requested": "P-1"},
            {"Requester": "P-1", "Requested": "P-2", "Status": "maybe", "Priority": "urgent"},
            {"Requester": "P-2", "Requested": "P-1"},
            {"Requester": "P-1", "Requested": "P-3"},
        ],
    )
    lines = dry_run(people, capsys, "requests", path)
    assert lines == REQUEST_LINES


def test_a_value_mapping_to_a_bad_value_reads_as_before(
    people: EventDatabase, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    attendees = write_csv(
        tmp_path / "mapped.csv",
        ATTENDEE_HEADINGS,
        [
            row(external_id="M-1", first_name="Ann", last_name="Mx", organisation="Mx AB",
                role="Boss", attendance="Weekend", country="Nowhere"),
            row(external_id="M-2", first_name="Bob", last_name="Mx", organisation="Mx AB",
                attendance="Later", language="Elvish"),
        ],
    )  # fmt: skip
    mapping = tmp_path / "mapping.json"
    mapping.write_text(
        json.dumps(
            {
                "kind": "attendees",
                "columns": {},
                "values": {
                    "role": {"Boss": "king"},
                    "attendance": {"Weekend": "2027-01-01", "Later": "soon"},
                    "country": {"Nowhere": "Atlantis"},
                    "language": {"Elvish": "Quenya!"},
                },
            }
        ),
        encoding="utf-8",
    )
    requests = write_csv(
        tmp_path / "mapped_requests.csv",
        ("Requester", "Requested", "Priority"),
        [{"Requester": "P-1", "Requested": "P-2", "Priority": "Top"}],
    )
    request_mapping = tmp_path / "request_mapping.json"
    request_mapping.write_text(
        json.dumps({"kind": "requests", "columns": {}, "values": {"priority": {"Top": "9"}}}),
        encoding="utf-8",
    )
    lines = [
        *dry_run(people, capsys, "attendees", attendees, "--mapping", str(mapping)),
        *dry_run(people, capsys, "requests", requests, "--mapping", str(request_mapping)),
    ]
    assert lines == MAPPED_LINES


def test_the_summary_the_refusal_and_the_skipped_rows_read_as_before(
    people: EventDatabase, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_csv(tmp_path / "people.csv", ATTENDEE_HEADINGS, ATTENDEE_ROWS)
    db = str(people.url.database)
    capsys.readouterr()
    main(["--db", db, "import", "attendees", str(path), "--dry-run"])
    dry = summary_line(capsys.readouterr().out)
    assert main(["--db", db, "import", "attendees", str(path)]) == 2
    refused = capsys.readouterr().err
    assert main(["--db", db, "import", "attendees", str(path), "--skip-bad-rows"]) == 0
    skipped = capsys.readouterr().err
    assert dry == "23 problem(s) in 11 row(s):"
    lines = "".join(f"{line}\n" for line in ATTENDEE_LINES)
    assert refused == (
        "brokerage-app: error: people.csv: 23 problem(s) in 11 row(s); nothing was imported. "
        "Fix the file, or skip the bad rows.\n" + lines
    )
    assert skipped == "Skipped 11 row(s) with problems:\n" + lines


def test_a_refusal_lists_the_first_25_problems_and_counts_the_rest(
    event_db: EventDatabase, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_csv(
        tmp_path / "nameless.csv",
        ("First name", "Organisation"),
        [{"First name": "", "Organisation": "A"}] * 27,
    )
    capsys.readouterr()
    assert main(["--db", str(event_db.url.database), "import", "attendees", str(path)]) == 2
    refused = capsys.readouterr().err.splitlines()
    assert refused[0] == (
        "brokerage-app: error: nameless.csv: 27 problem(s) in 27 row(s); nothing was imported. "
        "Fix the file, or skip the bad rows."
    )
    assert refused[1:3] == [
        "  row 2, column 'First name': the name is missing.",
        "  row 3, column 'First name': the name is missing.",
    ]
    assert refused[25:] == [
        "  row 26, column 'First name': the name is missing.",
        "  … and 2 more",
    ]


def test_refusals_keep_their_facts_across_processes() -> None:
    """The window runs work in a worker process too: a refusal must pickle with its facts."""
    import pickle

    from brokerage_app.domain.timetable import SettingFault, SettingProblem, SettingsRefusedError
    from brokerage_app.services.imports import (
        ImportProblem,
        ImportProblemKind,
        ImportRefusedError,
    )

    problem = ImportProblem(4, "Email", ImportProblemKind.NOT_EMAIL, "email", "x")
    refused = pickle.loads(pickle.dumps(ImportRefusedError("people.csv", (problem,))))
    assert (refused.source, refused.problems, refused.rows) == ("people.csv", (problem,), 1)
    setting = SettingProblem(SettingFault.NO_SUCH_ROOM, number=3, value="Attic")
    assert pickle.loads(pickle.dumps(SettingsRefusedError([setting]))).problems == (setting,)
