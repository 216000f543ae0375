"""Column mapping (synonyms, saved mappings) and the import/export/report/gdpr commands."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from brokerage_app.cli import main
from brokerage_app.interchange.mapping import (
    FIELD_SYNONYMS,
    ColumnMapping,
    auto_map,
    load_mapping,
    normalise_heading,
    resolve_mapping,
    save_mapping,
)
from brokerage_app.interchange.mapping_problems import MappingError, MappingFault, MappingProblem
from brokerage_app.store.database import EventDatabase, open_database
from brokerage_app.store.models import Attendee, MeetingRequest
from tests.unit.interchange.conftest import FIXTURES


@pytest.mark.parametrize("kind", list(FIELD_SYNONYMS))
def test_no_synonym_points_at_two_fields(kind: str) -> None:
    owners: dict[str, str] = {}
    for field, names in FIELD_SYNONYMS[kind].items():
        for name in (field, *names):
            key = normalise_heading(name)
            assert owners.setdefault(key, field) == field, f"{name!r}: {owners[key]} and {field}"


def test_swedish_and_english_headings_map_to_the_same_fields() -> None:
    swedish = auto_map(
        "attendees",
        ("Förnamn", "Efternamn", "E-post", "Telefon", "Företag", "Land", "Bransch", "Organisation"),
    )
    assert swedish == {
        "first_name": "Förnamn",
        "last_name": "Efternamn",
        "email": "E-post",
        "phone": "Telefon",
        "organisation": "Företag",
        "country": "Land",
        "sector": "Bransch",
    }
    english = auto_map("attendees", ("first_name", "LAST NAME", "E-mail", "Company"))
    assert english == {
        "first_name": "first_name",
        "last_name": "LAST NAME",
        "email": "E-mail",
        "organisation": "Company",
    }


def test_explicit_mappings_take_a_column_over_and_name_missing_columns() -> None:
    headers = ("Name", "Mail", "Firma")
    columns = resolve_mapping(
        "attendees", headers, ColumnMapping("attendees", {"organisation": "firma"}), "f.csv"
    )
    assert columns == {"full_name": "Name", "email": "Mail", "organisation": "Firma"}
    with pytest.raises(MappingError) as missing:
        resolve_mapping(
            "attendees", headers, ColumnMapping("attendees", {"phone": "Telefon"}), "f.csv"
        )
    assert missing.value.problem == MappingProblem(
        MappingFault.NO_SUCH_COLUMN,
        source="f.csv",
        name="phone",
        heading="Telefon",
        choices=headers,
    )
    with pytest.raises(MappingError) as unknown:
        resolve_mapping(
            "attendees", headers, ColumnMapping("attendees", {"shoe_size": "Name"}), "f.csv"
        )
    assert (unknown.value.problem.fault, unknown.value.problem.name) == (
        MappingFault.NOT_A_FIELD,
        "shoe_size",
    )


def test_mappings_save_and_load(tmp_path: Path) -> None:
    mapping = ColumnMapping("requests", {"requester": "Från", "requested": "Till"})
    save_mapping(mapping, tmp_path / "m.json")
    assert load_mapping(tmp_path / "m.json") == mapping
    (tmp_path / "bad.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(MappingError) as bad:
        load_mapping(tmp_path / "bad.json")
    problem = bad.value.problem
    assert (problem.fault, problem.file, problem.line, problem.column) == (
        MappingFault.NOT_JSON,
        str(tmp_path / "bad.json"),
        1,
        2,
    )
    (tmp_path / "shape.json").write_text('{"columns": ["a"]}', encoding="utf-8")
    with pytest.raises(MappingError) as shape:
        load_mapping(tmp_path / "shape.json")
    assert shape.value.problem.fault is MappingFault.BAD_SHAPE


@pytest.fixture
def db_path(event_db: EventDatabase) -> str:
    path = str(event_db.file_path)
    event_db.dispose()
    return path


def attendee_count(path: str) -> int:
    database = open_database(path)
    try:
        with database.session() as session:
            return session.scalar(select(func.count()).select_from(Attendee)) or 0
    finally:
        database.dispose()


def test_cli_dry_run_lists_problems_and_stores_nothing(
    db_path: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(
        [
            "--db",
            db_path,
            "import",
            "attendees",
            str(FIXTURES / "attendees_with_problems.csv"),
            "--dry-run",
        ]
    )
    out = capsys.readouterr().out
    assert code == 1
    assert "CSV, utf-8, comma-separated" in out
    assert "row 4, column 'Email': 'not-an-email' is not an email address." in out
    assert attendee_count(db_path) == 0

    code = main(
        ["--db", db_path, "import", "attendees", str(FIXTURES / "attendees_with_problems.csv")]
    )
    assert code == 2
    assert "nothing was imported" in capsys.readouterr().err
    assert attendee_count(db_path) == 0


def test_cli_import_export_report_and_gdpr(
    db_path: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    mapping = tmp_path / "mapping.json"
    assert (
        main(
            [
                "--db",
                db_path,
                "import",
                "attendees",
                str(FIXTURES / "attendees_sv_cp1252_semicolon.csv"),
                "--save-mapping",
                str(mapping),
            ]
        )
        == 0
    )
    assert json.loads(mapping.read_text("utf-8"))["columns"]["first_name"] == "Förnamn"
    assert (
        main(
            [
                "--db",
                db_path,
                "import",
                "attendees",
                str(FIXTURES / "attendees_with_problems.csv"),
                "--skip-bad-rows",
            ]
        )
        == 0
    )
    captured = capsys.readouterr()
    assert "1 created" in captured.out
    assert "Skipped 6 row(s)" in captured.err
    assert attendee_count(db_path) == 5

    pairs = tmp_path / "pairs.csv"
    pairs.write_text("Participant 1;Participant 2\nWIN-001;WIN-002\n", encoding="utf-8")
    assert main(["--db", db_path, "import", "requests", str(pairs), "--matched"]) == 0
    database = open_database(db_path)
    with database.session() as session:
        assert session.scalars(select(MeetingRequest.status)).one().value == "accepted"
    database.dispose()

    assert main(["--db", db_path, "export", "attendees", "-o", str(tmp_path / "a.xlsx")]) == 0
    assert (
        main(["--db", db_path, "export", "schedule", "--full", "-o", str(tmp_path / "s.csv")]) == 0
    )
    assert main(["--db", db_path, "export", "ical", "-o", str(tmp_path / "ical")]) == 0
    assert main(["--db", db_path, "report", "-o", str(tmp_path / "r.pdf")]) == 0
    assert (tmp_path / "r.pdf").read_bytes().startswith(b"%PDF")
    assert (
        main(
            [
                "--db",
                db_path,
                "gdpr",
                "export",
                "bjorn@ekstrom.example",
                "-o",
                str(tmp_path / "p.json"),
            ]
        )
        == 0
    )
    person = json.loads((tmp_path / "p.json").read_text("utf-8"))
    assert person["attendee"]["last_name"] == "Ekström"
    assert (
        main(["--db", db_path, "gdpr", "export", "nobody@x.se", "-o", str(tmp_path / "q.json")])
        == 2
    )
    capsys.readouterr()

    # Without --yes and without a terminal, anonymising is refused, saying that the
    # backups (the import made one) go too.
    backups = sorted((Path(db_path).parent / "backups").iterdir())
    assert backups
    assert main(["--db", db_path, "gdpr", "anonymise"]) == 2
    refusal = capsys.readouterr().err
    assert "--yes" in refusal
    assert f"deletes its {len(backups)} backup(s)" in refusal
    assert all(backup.exists() for backup in backups)
    assert main(["--db", db_path, "gdpr", "anonymise", "--yes"]) == 0
    report = capsys.readouterr().out
    assert f"Deleted {len(backups)} backup(s)" in report
    assert str(backups[0]) in report
    assert "-wal file was checkpointed and emptied" in report
    assert not any(backup.exists() for backup in backups)
    assert "Ekström".encode() not in Path(db_path).read_bytes()


def test_export_help_says_which_export_holds_contact_details(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit):
        main(["export", "attendees", "--help"])
    text = " ".join(capsys.readouterr().out.split())
    assert "organiser-only full export: every email and phone number" in text
    assert "safe to share" in text


def test_cli_dry_run_lists_values_and_what_a_reimport_changes(
    db_path: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first = tmp_path / "reg.csv"
    first.write_text(
        "Registration ID,First name,Organisation,Job title,Priority level,Attending days\n"
        "R1,Ann,Org,Head of R&D,,Day 2 only\nR2,Bo,Org,Head of R&D,,Both days\n",
        encoding="utf-8",
    )
    assert main(["--db", db_path, "import", "attendees", str(first)]) == 0
    capsys.readouterr()
    second = tmp_path / "reg-2.csv"
    second.write_text(first.read_text("utf-8").replace("Head of R&D", "Dr"), encoding="utf-8")
    code = main(["--db", db_path, "import", "attendees", str(second), "--dry-run"])
    out = capsys.readouterr().out
    assert code == 0
    assert "Mapping:  remembered" in out
    assert "attendance     Day 2 only  ->  2027-03-29" in out
    assert "Would change stored values:\n  2 attendees, Job title: 'Head of R&D' -> 'Dr' (2)" in out

    # The saved mapping carries the value mapping; loading it back gives the same mapping.
    edited = tmp_path / "m.json"
    edited.write_text(
        json.dumps(
            {
                "kind": "attendees",
                "columns": {},
                "values": {"attendance": {"Day 2 only": "2027-03-27"}},
            }
        ),
        encoding="utf-8",
    )
    saved = tmp_path / "saved.json"
    assert (
        main(
            [
                "--db",
                db_path,
                "import",
                "attendees",
                str(second),
                "--dry-run",
                "--mapping",
                str(edited),
                "--save-mapping",
                str(saved),
            ]
        )
        == 0
    )
    data = json.loads(saved.read_text("utf-8"))
    assert data["values"] == {"attendance": {"Day 2 only": "2027-03-27"}}
    assert data["columns"]["attendance"] == "Attending days" and data["columns"]["phone"] == ""
    assert load_mapping(saved).values == {"attendance": {"Day 2 only": "2027-03-27"}}
    assert "Day 2 only  ->  2027-03-27 (mapped)" in capsys.readouterr().out
