"""No output replaces the event, its companions or its backups; other files only with --force.

Each writing command is pointed at the open event file, at its ``-wal`` companion, into its
``backups/`` folder and at an existing file of another kind. It must exit 2 naming the file,
and the event file must stay byte-identical.
"""

from __future__ import annotations

import hashlib
import os
import stat
from collections.abc import Callable
from pathlib import Path

import pytest

from brokerage_app.cli import main
from brokerage_app.services.outputs import (
    OutputKind,
    OutputProblem,
    OutputRefusedError,
    check_output,
)
from brokerage_app.store.database import copy_event_file, open_database
from brokerage_app.store.files import atomic_path
from tests.unit.documents.conftest import page_texts

# (name, kind of output, argv after "--db EVENT" given the output path and an attendee id)
WRITERS: list[tuple[str, str, Callable[[str, int], list[str]]]] = [
    ("print badges", "pdf", lambda out, _a: ["print", "badges", "-o", out]),
    ("print agendas", "pdf", lambda out, _a: ["print", "agendas", "-o", out]),
    ("print table-sheets", "pdf", lambda out, _a: ["print", "table-sheets", "-o", out]),
    ("report", "pdf", lambda out, _a: ["report", "-o", out]),
    ("checkin --reissue", "pdf", lambda out, a: ["checkin", "--reissue", str(a), "-o", out]),
    ("gdpr export", "json", lambda out, a: ["gdpr", "export", str(a), "-o", out]),
    ("export-problem", "json", lambda out, _a: ["export-problem", "-o", out]),
]


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def event(scheduled, tmp_path: Path) -> Path:
    """A private copy of the scheduled event, opened once so that opening changes nothing."""
    path = tmp_path / "fair.sqlite"
    copy_event_file(scheduled.database.file_path, path)
    open_database(path).dispose()
    return path


def _run(event: Path, argv: list[str]) -> int:
    return main(["--db", str(event), *argv])


def _attendee(scheduled) -> int:
    return scheduled.hard.ids[0]


@pytest.mark.parametrize("name,kind,argv", WRITERS, ids=[w[0] for w in WRITERS])
@pytest.mark.parametrize("target", ["event", "wal", "backups"])
def test_writer_refuses_the_event_and_its_backups(
    scheduled, event, capsys, name, kind, argv, target
):
    output = {
        "event": event,
        "wal": Path(f"{event}-wal"),
        "backups": event.parent / "backups" / f"x.{kind}",
    }[target]
    (event.parent / "backups").mkdir(exist_ok=True)
    before = _digest(event)
    code = _run(event, [*argv(str(output), _attendee(scheduled)), "--force"])
    err = capsys.readouterr().err
    assert code == 2, err
    assert str(output) in err
    assert _digest(event) == before
    if target == "backups":
        assert not output.exists()


@pytest.mark.parametrize("name,kind,argv", WRITERS, ids=[w[0] for w in WRITERS])
def test_writer_replaces_another_kind_of_file_only_with_force(
    scheduled, event, capsys, name, kind, argv
):
    other = event.parent / f"notes.{kind}"
    copy_event_file(event, other)  # an SQLite file named like the output: not a PDF or JSON
    before = other.read_bytes()
    code = _run(event, argv(str(other), _attendee(scheduled)))
    err = capsys.readouterr().err
    assert code == 2
    assert str(other) in err and "--force" in err
    assert other.read_bytes() == before
    assert _run(event, [*argv(str(other), _attendee(scheduled)), "--force"]) == 0
    assert other.read_bytes() != before


def test_a_document_of_the_same_kind_is_replaced_without_force(scheduled, event, capsys):
    output = event.parent / "sheets.pdf"
    assert _run(event, ["print", "table-sheets", "-o", str(output)]) == 0
    assert _run(event, ["print", "table-sheets", "-o", str(output)]) == 0
    assert page_texts(output)


def test_table_export_refuses_a_binary_csv_and_calendars_refuse_the_backups(
    scheduled, event, capsys
):
    binary = event.parent / "people.csv"
    binary.write_bytes(b"\x00\x01binary")
    assert _run(event, ["export", "attendees", "-o", str(binary)]) == 2
    assert str(binary) in capsys.readouterr().err
    assert binary.read_bytes() == b"\x00\x01binary"
    backups = event.parent / "backups"
    backups.mkdir()
    assert _run(event, ["export", "ical", "-o", str(backups)]) == 2
    assert str(backups) in capsys.readouterr().err
    assert list(backups.iterdir()) == []


def test_import_does_not_save_its_mapping_over_the_event_or_the_imported_file(event, capsys):
    people = event.parent / "people.csv"
    people.write_text("First name,Last name,Organisation,Country\nAnna,Berg,Acme,SE\n")
    for target in (event, people):
        before = target.read_bytes()
        argv = ["import", "attendees", str(people), "--save-mapping", str(target), "--dry-run"]
        assert _run(event, [*argv, "--force"]) == 2
        assert str(target) in capsys.readouterr().err
        assert target.read_bytes() == before


def test_copy_event_refuses_the_wal_of_the_open_event(event, capsys):
    wal = Path(f"{event}-wal")
    assert _run(event, ["copy-event", str(wal)]) == 2
    assert str(wal) in capsys.readouterr().err
    assert not wal.exists() or not wal.read_bytes().startswith(b"SQLite format 3")


def test_solve_refuses_to_overwrite_its_problem_file(event, tmp_path, capsys):
    problem = tmp_path / "problem.json"
    assert _run(event, ["export-problem", "-o", str(problem)]) == 0
    before = problem.read_bytes()
    assert main(["solve", str(problem), "-o", str(problem), "--force"]) == 2
    assert str(problem) in capsys.readouterr().err
    assert problem.read_bytes() == before


def test_a_refusal_says_whether_it_can_be_forced(event):
    with pytest.raises(OutputRefusedError) as refused:
        check_output(event, OutputKind.PDF, protect=event, force=True)
    assert refused.value.problem is OutputProblem.EVENT_FILE and not refused.value.can_force
    other = event.parent / "other.pdf"
    other.write_text("plain text")
    with pytest.raises(OutputRefusedError) as refused:
        check_output(other, OutputKind.PDF, protect=event)
    assert refused.value.problem is OutputProblem.OTHER_KIND and refused.value.can_force


@pytest.mark.parametrize("umask", [0o022, 0o002, 0o077])
def test_outputs_get_the_permissions_the_umask_gives(tmp_path, umask):
    previous = os.umask(umask)
    try:
        target = tmp_path / "out.pdf"
        with atomic_path(target) as partial:
            partial.write_bytes(b"%PDF-1.4")
    finally:
        os.umask(previous)
    assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~umask


def test_printed_pdfs_follow_the_umask(scheduled, event, capsys):
    previous = os.umask(0o022)
    try:
        output = event.parent / "sheets.pdf"
        assert _run(event, ["print", "table-sheets", "-o", str(output)]) == 0
    finally:
        os.umask(previous)
    assert stat.S_IMODE(output.stat().st_mode) == 0o644
