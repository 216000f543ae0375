"""Importing attendees and requests: problems by row and column, all or nothing, re-import."""

from __future__ import annotations

import csv
import threading
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from brokerage_app.cli.import_problems import problem_message, refusal
from brokerage_app.domain.tasks import Cancelled, Task
from brokerage_app.interchange.file_problems import TableFileError
from brokerage_app.interchange.mapping import ColumnMapping
from brokerage_app.interchange.reading import open_table
from brokerage_app.services.exports import Audience, export_attendees, export_requests
from brokerage_app.services.imports import (
    ImportPreview,
    ImportProblemKind,
    ImportRefusedError,
    preview_import,
    run_import,
)
from brokerage_app.store.database import EventDatabase
from brokerage_app.store.models import (
    Attendee,
    AttendeeRole,
    AuditEntry,
    MeetingRequest,
    Organisation,
    RequestStatus,
)
from tests.fixtures.interchange.make_fixtures import CP1252_PEOPLE, ENGLISH, PEOPLE
from tests.unit.interchange.conftest import FIXTURES

SOURCES = [
    ("attendees_sv_utf8bom_semicolon.csv", PEOPLE),
    ("attendees_en_utf16_tab.csv", PEOPLE),
    ("attendees_sv_cp1252_semicolon.csv", CP1252_PEOPLE),
    ("attendees_en.xlsx", PEOPLE),
]
# Columns whose text must survive import and export unchanged, byte for byte.
TEXT_COLUMNS = (
    "External ID",
    "First name",
    "Last name",
    "Email",
    "Phone",
    "Organisation",
    "Country",
    "Organisation type",
    "Sector",
    "Job title",
    "Profile",
)


def count(database: EventDatabase, model: type) -> int:
    with database.session() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


@pytest.mark.parametrize(("name", "people"), SOURCES)
def test_names_round_trip_exactly_through_import_and_export(
    event_db: EventDatabase, tmp_path: Path, name: str, people: tuple
) -> None:
    result = run_import(event_db, "attendees", FIXTURES / name)
    assert (result.created, result.updated, result.skipped) == (len(people), 0, 0)

    for export_format in ("csv", "xlsx"):
        exported = tmp_path / f"attendees.{export_format}"
        export_attendees(event_db, exported, audience=Audience.ORGANISER)
        reader = open_table(exported)
        headers = reader.info.headers
        rows = {row.cells[0]: dict(zip(headers, row.cells, strict=False)) for row in reader.rows()}
        assert len(rows) == len(people)
        for person in people:
            source = dict(zip(ENGLISH, person, strict=True))
            back = rows[source["External ID"]]
            for column in TEXT_COLUMNS:
                # Byte-exact: no Unicode normalisation or whitespace games on the way.
                assert back[column].encode() == source[column].encode(), (export_format, column)


def test_swedish_words_are_understood(event_db: EventDatabase) -> None:
    run_import(event_db, "attendees", FIXTURES / "attendees_sv_cp1252_semicolon.csv")
    with event_db.session() as session:
        asa = session.scalars(select(Attendee).where(Attendee.external_id == "WIN-001")).one()
        assert asa.consent_share_contact is True  # "ja"
        assert asa.role is AttendeeRole.SELLER
        bjorn = session.scalars(select(Attendee).where(Attendee.external_id == "WIN-002")).one()
        assert bjorn.consent_share_contact is False  # "nej"


def test_a_title_line_above_the_headings_is_passed_over(
    event_db: EventDatabase, tmp_path: Path
) -> None:
    path = tmp_path / "titled.csv"
    path.write_text(
        "Deltagarlista Hälsodagarna 2027\n\nFörnamn;Efternamn;Företag\nÅsa;Öberg;Ö AB\n",
        encoding="utf-8",
    )
    preview = preview_import(event_db, "attendees", path)
    assert preview.columns == ("Förnamn", "Efternamn", "Företag")
    assert preview.ok and preview.to_create == 1
    path.write_text("Ingen rubrik\nÅsa;Öberg\n", encoding="utf-8")
    problems = preview_import(event_db, "attendees", path).problems
    assert [(p.row, p.column) for p in problems] == [(1, "")]


def test_the_problem_file_lists_every_problem_by_row_and_column(event_db: EventDatabase) -> None:
    preview = preview_import(event_db, "attendees", FIXTURES / "attendees_with_problems.csv")
    found = {(p.row, p.column) for p in preview.problems}
    assert found == {
        (3, "First name"),  # missing name
        (4, "Email"),  # bad email
        (5, "Country"),  # unknown country
        (6, "Email"),  # duplicate person (same email, other case)
        (7, "Role"),
        (7, "Consent share contact"),
        (8, "Organisation"),  # no organisation for a new person
    }
    messages = {(p.row, p.column): problem_message(p) for p in preview.problems}
    assert "duplicate person" in messages[(6, "Email")] and "row 2" in messages[(6, "Email")]
    assert "'Narnia' is not a known country" in messages[(5, "Country")]
    assert preview.row_count == 7
    assert preview.to_create == 1
    assert count(event_db, Attendee) == 0  # a preview stores nothing


def test_one_bad_row_imports_nothing(event_db: EventDatabase) -> None:
    with pytest.raises(ImportRefusedError) as refused:
        run_import(event_db, "attendees", FIXTURES / "attendees_with_problems.csv")
    assert "nothing was imported" in str(refused.value)
    assert "row 4, column 'Email'" in refusal(refused.value)
    assert len(refused.value.problems) == 7
    assert count(event_db, Attendee) == 0
    assert count(event_db, Organisation) == 0


def test_skipping_bad_rows_imports_the_rest_and_reports_what_was_skipped(
    event_db: EventDatabase,
) -> None:
    result = run_import(
        event_db, "attendees", FIXTURES / "attendees_with_problems.csv", skip_bad_rows=True
    )
    assert (result.created, result.skipped) == (1, 6)
    assert {p.row for p in result.skipped_problems} == {3, 4, 5, 6, 7, 8}
    with event_db.session() as session:
        assert session.scalars(select(Attendee.external_id)).all() == ["BAD-1"]
        entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "import")).one()
        assert entry.details["skipped_rows"] == [3, 4, 5, 6, 7, 8]


def test_a_file_without_a_name_column_is_refused_even_when_skipping(
    event_db: EventDatabase, tmp_path: Path
) -> None:
    path = tmp_path / "emails.csv"
    path.write_text("Email,Company\na@b.se,B AB\n", encoding="utf-8")
    with pytest.raises(ImportRefusedError) as refused:
        run_import(event_db, "attendees", path, skip_bad_rows=True)
    assert [(p.row, p.kind) for p in refused.value.problems] == [
        (1, ImportProblemKind.NO_NAME_COLUMN)
    ]


def test_reimporting_an_updated_file_updates_instead_of_duplicating(
    event_db: EventDatabase, tmp_path: Path
) -> None:
    run_import(event_db, "attendees", FIXTURES / "attendees_en_utf8_comma.csv")
    text = (FIXTURES / "attendees_en_utf8_comma.csv").read_text(encoding="utf-8")
    updated = tmp_path / "updated.csv"
    updated.write_text(
        text.replace("Professor", "Dean").replace("Κ", "K")
        + "REG-009,Nowy,Uczestnik,nowy@zdrowie.example,,Zdrowie Łódź Sp. z o.o.,PL,,,,,,\r\n",
        encoding="utf-8",
    )
    result = run_import(event_db, "attendees", updated)
    assert (result.created, result.updated, result.organisations_created) == (1, 8, 1)
    assert count(event_db, Attendee) == 9
    with event_db.session() as session:
        jorgen = session.scalars(select(Attendee).where(Attendee.external_id == "REG-002")).one()
        assert jorgen.job_title == "Dean"
        nowy = session.scalars(select(Attendee).where(Attendee.external_id == "REG-009")).one()
        assert nowy.organisation.name == "Zdrowie Łódź Sp. z o.o."  # matched by name+country


def test_people_without_external_id_are_matched_by_email(
    event_db: EventDatabase, tmp_path: Path
) -> None:
    first = tmp_path / "first.csv"
    first.write_text("Förnamn;Efternamn;E-post;Företag\nÅsa;Öberg;asa@x.se;X AB\n", "utf-8")
    run_import(event_db, "attendees", first)
    second = tmp_path / "second.csv"
    second.write_text("Förnamn;Efternamn;E-post;Företag\nÅsa;Öberg-Lind;ASA@x.se;X AB\n", "utf-8")
    result = run_import(event_db, "attendees", second)
    assert (result.created, result.updated) == (0, 1)
    with event_db.session() as session:
        assert session.scalars(select(Attendee.last_name)).all() == ["Öberg-Lind"]
        assert session.scalar(select(func.count()).select_from(Organisation)) == 1


def test_an_explicit_mapping_feeds_unusual_headings(
    event_db: EventDatabase, tmp_path: Path
) -> None:
    path = tmp_path / "odd.csv"
    path.write_text("Vorname,Nachname,Firma,Staat\nJürgen,Groß,Groß GmbH,Deutschland\n", "utf-8")
    mapping = ColumnMapping(
        "attendees",
        {
            "first_name": "Vorname",
            "last_name": "Nachname",
            "organisation": "Firma",
            "country": "Staat",
        },
    )
    preview = preview_import(event_db, "attendees", path, mapping)
    # "Deutschland" is neither English nor Swedish: reported, with row and column.
    assert [(p.row, p.column) for p in preview.problems] == [(2, "Staat")]
    path.write_text("Vorname,Nachname,Firma,Staat\nJürgen,Groß,Groß GmbH,Tyskland\n", "utf-8")
    run_import(event_db, "attendees", path, mapping)
    with event_db.session() as session:
        person = session.scalars(select(Attendee)).one()
        assert (person.first_name, person.organisation.country) == ("Jürgen", "DE")


def test_requests_import_with_swedish_headings_and_words(event_db: EventDatabase) -> None:
    run_import(event_db, "attendees", FIXTURES / "attendees_en.xlsx")
    result = run_import(event_db, "requests", FIXTURES / "requests_sv_utf8_semicolon.csv")
    assert result.created == 5
    with event_db.session() as session:
        rows = {
            (r.requester.external_id, r.requested.external_id): r
            for r in session.scalars(select(MeetingRequest))
        }
    assert rows[("REG-001", "REG-002")].status is RequestStatus.ACCEPTED
    assert rows[("REG-001", "REG-002")].priority == 2
    assert rows[("REG-001", "REG-002")].note == "Vill träffas"
    assert rows[("REG-004", "REG-005")].status is RequestStatus.DECLINED
    assert rows[("REG-006", "REG-008")].priority == 3  # "måste"
    assert rows[("REG-007", "REG-001")].status is RequestStatus.CANCELLED


def test_request_problems_are_listed_by_row_and_column(event_db: EventDatabase) -> None:
    run_import(event_db, "attendees", FIXTURES / "attendees_en.xlsx")
    preview = preview_import(event_db, "requests", FIXTURES / "requests_with_problems.csv")
    problems = {(p.row, p.column): problem_message(p) for p in preview.problems}
    assert set(problems) == {
        (3, "Requester"),  # unknown attendee
        (4, "Requested"),  # self-request
        (5, "Status"),
        (6, "Priority"),
        (7, "Requested"),  # the reverse of row 2
    }
    assert "unknown attendee" in problems[(3, "Requester")]
    assert "self-request" in problems[(4, "Requested")]
    with pytest.raises(ImportRefusedError):
        run_import(event_db, "requests", FIXTURES / "requests_with_problems.csv")
    assert count(event_db, MeetingRequest) == 0


def test_matched_pairs_import_as_accepted_and_reuse_the_reverse_request(
    event_db: EventDatabase, tmp_path: Path
) -> None:
    run_import(event_db, "attendees", FIXTURES / "attendees_en.xlsx")
    pending = tmp_path / "pending.csv"
    pending.write_text("From,To\nREG-001,REG-002\n", "utf-8")
    run_import(event_db, "requests", pending)
    pairs = tmp_path / "pairs.csv"
    pairs.write_text("Participant 1,Participant 2\nREG-002,REG-001\nREG-003,REG-004\n", "utf-8")
    result = run_import(event_db, "requests", pairs, matched=True)
    assert (result.created, result.updated) == (1, 1)
    with event_db.session() as session:
        statuses = session.scalars(select(MeetingRequest.status)).all()
    assert statuses == [RequestStatus.ACCEPTED, RequestStatus.ACCEPTED]


def test_requests_export_imports_back_unchanged(event_db: EventDatabase, tmp_path: Path) -> None:
    run_import(event_db, "attendees", FIXTURES / "attendees_en.xlsx")
    run_import(event_db, "requests", FIXTURES / "requests_sv_utf8_semicolon.csv")
    exported = tmp_path / "requests.xlsx"
    export_requests(event_db, exported, audience=Audience.ORGANISER)
    preview = preview_import(event_db, "requests", exported)
    assert preview.ok
    assert (preview.to_create, preview.to_update) == (0, 5)
    with event_db.session() as session:
        before = session.execute(
            select(MeetingRequest.status, MeetingRequest.priority, MeetingRequest.note).order_by(
                MeetingRequest.id
            )
        ).all()
    run_import(event_db, "requests", exported)
    with event_db.session() as session:
        after = session.execute(
            select(MeetingRequest.status, MeetingRequest.priority, MeetingRequest.note).order_by(
                MeetingRequest.id
            )
        ).all()
    assert after == before


def test_progress_is_reported_and_cancel_stores_nothing(event_db: EventDatabase) -> None:
    seen: list[tuple[int, int]] = []
    run_import(
        event_db,
        "attendees",
        FIXTURES / "attendees_en_utf8_comma.csv",
        task=Task(lambda p: seen.append((p.done, p.total))),
    )
    assert seen[-1][0] == seen[-1][1] > 0
    assert all(done <= total for done, total in seen)

    cancel = threading.Event()
    cancel.set()
    with pytest.raises(Cancelled, match="nothing was stored"):
        run_import(
            event_db,
            "attendees",
            FIXTURES / "attendees_sv_cp1252_semicolon.csv",
            task=Task(cancel=cancel),
        )
    assert count(event_db, Attendee) == len(PEOPLE)


def test_import_is_all_or_nothing_on_every_backend(event_db_any: EventDatabase) -> None:
    with pytest.raises(ImportRefusedError):
        run_import(event_db_any, "attendees", FIXTURES / "attendees_with_problems.csv")
    assert count(event_db_any, Attendee) == 0
    result = run_import(event_db_any, "attendees", FIXTURES / "attendees_sv_utf8bom_semicolon.csv")
    assert (result.created, result.organisations_created) == (8, 7)
    run_import(event_db_any, "requests", FIXTURES / "requests_sv_utf8_semicolon.csv")
    again = run_import(event_db_any, "attendees", FIXTURES / "attendees_en.xlsx")
    assert (again.created, again.updated) == (0, 8)
    with event_db_any.session() as session:
        names = set(session.scalars(select(Attendee.first_name)))
    assert {"Γιώργος", "Дмитрий", "İbrahim", "Małgorzata", "Åsa"} <= names


cell_text = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=40
)


def test_any_cell_content_gives_problems_never_a_crash(
    event_db: EventDatabase, tmp_path: Path
) -> None:
    headings = (
        "External ID",
        "Förnamn",
        "Efternamn",
        "E-post",
        "Land",
        "Roll",
        "Företag",
        "Max meetings",
        "Arrival",
        "Consent photos",
    )

    @settings(max_examples=25, deadline=None)
    @given(st.lists(st.lists(cell_text, min_size=10, max_size=10), min_size=1, max_size=4))
    def check(rows: list[list[str]]) -> None:
        path = tmp_path / "random.csv"
        with path.open("w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle, delimiter=";")
            writer.writerow(headings)
            writer.writerows(rows)
        try:
            preview = preview_import(event_db, "attendees", path)
        except TableFileError:
            return  # an unreadable file is refused with a message, which is fine
        for problem in preview.problems:
            assert problem.row >= 1 and problem_message(problem)
        if preview.ok:
            result = run_import(event_db, "attendees", path)
            assert result.created + result.updated == preview.row_count

    check()


def _agree(event_db: EventDatabase, kind: str, path: Path, **options: Any) -> ImportPreview:
    """The dry run says what the import then does: the same counts and changes."""
    preview = preview_import(event_db, kind, path, **options)
    result = run_import(event_db, kind, path, **options)
    assert (
        preview.to_create,
        preview.to_update,
        preview.organisations_to_create,
        preview.changes,
    ) == (result.created, result.updated, result.organisations_created, result.changes)
    return preview


def test_the_dry_run_says_what_the_import_does(event_db: EventDatabase, tmp_path: Path) -> None:
    # Preview and import read the file and choose its mapping the same way: the given one,
    # else the one remembered for these headings, over the automatic one.
    first = _agree(event_db, "attendees", FIXTURES / "attendees_en.xlsx")
    assert first.to_create > 0 and not first.remembered
    again = _agree(event_db, "attendees", FIXTURES / "attendees_en.xlsx")
    assert (again.to_create, again.remembered) == (0, True)
    odd = tmp_path / "odd.csv"
    odd.write_text("Vorname,Nachname,Firma\nJürgen,Groß,Groß GmbH\nAnna,Berg,Groß GmbH\n", "utf-8")
    mapping = ColumnMapping(
        "attendees", {"first_name": "Vorname", "last_name": "Nachname", "organisation": "Firma"}
    )
    given = _agree(event_db, "attendees", odd, mapping=mapping)
    assert (given.to_create, given.organisations_to_create) == (2, 1)
    odd.write_text("Vorname,Nachname,Firma\nJürgen,Groß,Klein AG\n", "utf-8")
    remembered = _agree(event_db, "attendees", odd)  # the mapping given before, remembered
    assert (remembered.remembered, remembered.to_create + remembered.to_update) == (True, 1)
    requests = _agree(event_db, "requests", FIXTURES / "requests_sv_utf8_semicolon.csv")
    assert requests.to_create > 0
    matched = _agree(
        event_db, "requests", FIXTURES / "requests_sv_utf8_semicolon.csv", matched=True
    )
    assert matched.to_update == requests.to_create
