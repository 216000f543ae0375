"""The command line's words for a spreadsheet it cannot read, word for word.

Reading a file returns what is wrong with it as a fact (``interchange.file_problems``);
``cli/file_problems.py`` words it in English. These lines were taken from the command line
before the problems became facts, so the CLI says exactly what it said before.
"""

from __future__ import annotations

import pickle
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook

from brokerage_app.cli import main
from brokerage_app.cli.file_problems import problem_text
from brokerage_app.interchange import reading
from brokerage_app.interchange.file_problems import FileFault, FileProblem, TableFileError
from brokerage_app.store.database import EventDatabase


def refusal(database: EventDatabase, path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    capsys.readouterr()
    assert main(["--db", str(database.url.database), "import", "attendees", str(path)]) == 2
    error = capsys.readouterr().err
    assert error.startswith("brokerage-app: error: ")
    return error.removeprefix("brokerage-app: error: ").removesuffix("\n")


def csv_file(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def workbook(path: Path, rows: list[list[object]]) -> Path:
    book = Workbook()
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


def test_a_missing_empty_huge_or_unknown_file(
    event_db: EventDatabase, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "missing.csv"
    assert refusal(event_db, missing, capsys) == f"{missing}: no such file."
    assert refusal(event_db, csv_file(tmp_path / "empty.csv", ""), capsys) == (
        "empty.csv: the file is empty."
    )
    huge = tmp_path / "huge.csv"
    with huge.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)
    assert refusal(event_db, huge, capsys) == (
        "huge.csv: the file is 50.0 MB; files up to 25 MB can be imported. "
        "Split it into smaller files."
    )
    assert refusal(event_db, csv_file(tmp_path / "people.pdf", "%PDF-1.4"), capsys) == (
        "people.pdf: unknown file type '.pdf'; import .csv or .xlsx files."
    )


def test_a_csv_file_that_cannot_be_read(
    event_db: EventDatabase, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    quote = csv_file(tmp_path / "quote.csv", 'First name,Email\nAnna,a@x.se\nBo,"b@x.se\n')
    assert refusal(event_db, quote, capsys) == (
        'quote.csv, row 3: a quote (") opens a cell that is never closed, so the rest of the '
        "file would be one cell. Add the closing quote, or remove the stray one."
    )
    csv_file(quote, 'First name,Email\nAnna,"a@x.se" (work)\n')
    assert refusal(event_db, quote, capsys) == (
        "quote.csv, row 2: text follows the closing quote of a cell (a quote inside a quoted "
        'cell must be doubled: "" ), or a quote opened in an earlier cell was never closed.'
    )
    long = csv_file(tmp_path / "long.csv", "First name,Profile\nAnna," + "x" * 40_000 + "\n")
    assert refusal(event_db, long, capsys) == (
        "long.csv, row 2, column 'Profile' (B): the cell holds 40,000 characters; at most "
        "32,767 are accepted (is a quote missing?)."
    )
    late = tmp_path / "late.csv"
    rows = "".join(f"P{i},p{i}@x.se\n" for i in range(20_000))
    late.write_bytes(f"First name,Email\n{rows}".encode() + b"\xff,x\n")
    # Past the detection sample, and decoded by the text reader a chunk ahead of the rows.
    assert refusal(event_db, late, capsys) == (
        "late.csv, row 20002, column 'First name' (A): bytes that are not utf-8 text "
        "(invalid start byte); save the file as UTF-8."
    )
    blank = csv_file(tmp_path / "blank.csv", ",,\n,,\n")
    assert refusal(event_db, blank, capsys) == (
        "blank.csv: the file has no heading row and no data."
    )
    twice = csv_file(tmp_path / "twice.csv", "First name,Email,email\nAnna,a@x.se,b@x.se\n")
    assert refusal(event_db, twice, capsys) == (
        "twice.csv, row 1: the column heading 'email' appears twice (columns B and C); "
        "rename one of them."
    )


def test_a_csv_file_past_the_limits(
    event_db: EventDatabase,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    people = "First name,Email\n" + "".join(f"P{i},p{i}@x.se\n" for i in range(8))
    monkeypatch.setattr(reading, "MAX_ROWS", 5)
    assert refusal(event_db, csv_file(tmp_path / "rows.csv", people), capsys) == (
        "rows.csv: more than 5 rows (row 7 is past the limit); files up to 5 rows can be "
        "imported. Split it into smaller files."
    )
    monkeypatch.setattr(reading, "MAX_ROWS", 100)
    monkeypatch.setattr(reading, "MAX_CELLS", 7)
    assert refusal(event_db, csv_file(tmp_path / "cells.csv", people), capsys) == (
        "cells.csv, row 4: more than 7 cells (rows x columns); at most 7 can be imported. "
        "Delete unused columns, or split the file."
    )


def test_a_workbook_that_cannot_be_read(
    event_db: EventDatabase,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    broken = csv_file(tmp_path / "broken.xlsx", "not a zip")
    assert refusal(event_db, broken, capsys) == (
        "broken.xlsx: not a valid XLSX file (not a zip archive, or a damaged one)."
    )
    with zipfile.ZipFile(tmp_path / "other.xlsx", "w") as archive:
        archive.writestr("hello.txt", "not a workbook")
    assert refusal(event_db, tmp_path / "other.xlsx", capsys) == (
        "other.xlsx: cannot open the workbook (\"There is no item named '[Content_Types].xml' "
        'in the archive").'
    )
    people = [["First name", "Email"], *([f"P{i}", f"p{i}@x.se"] for i in range(20))]
    monkeypatch.setattr(reading, "MAX_ROWS", 5)
    assert refusal(event_db, workbook(tmp_path / "rows.xlsx", people), capsys) == (
        "rows.xlsx: the sheet has at least 21 rows; files up to 5 rows can be imported. "
        "Split it into smaller files."
    )
    monkeypatch.setattr(reading, "MAX_ROWS", 100)
    monkeypatch.setattr(reading, "MAX_CELLS", 10)
    assert refusal(event_db, workbook(tmp_path / "range.xlsx", people), capsys) == (
        "range.xlsx: the sheet's used range A1:B21 holds 42 cells; at most 10 can be "
        "imported. Delete unused columns and rows (or export only the columns you need), or "
        "split the file."
    )
    monkeypatch.setattr(reading, "MAX_XLSX_UNPACKED_BYTES", 100)
    assert refusal(event_db, tmp_path / "range.xlsx", capsys) == (
        "range.xlsx: the workbook unpacks to 0 MB; workbooks up to 0 MB unpacked can be imported."
    )


def test_the_problems_the_command_line_rarely_meets_read_as_before() -> None:
    # What the reader said for these, taken from its code before the problems were facts.
    F = FileFault
    assert [
        problem_text(FileProblem(fault, "p.csv", **where))
        for fault, where in (
            (F.UNKNOWN_ENCODING, {}),
            (F.UNREADABLE_ROW, {"row": 4, "reason": "line contains NUL"}),
            (F.LONG_CELL_SOMEWHERE, {"row": 4, "limit": 32_767}),
            (F.LONG_CELL, {"row": 1, "column": "C", "count": 40_000, "limit": 32_767}),
            (F.TOO_MANY_TEXTS, {"limit": 1_000_000}),
            (F.SHEET_TOO_LONG, {"count": 200_000, "value": "A1:M200000", "limit": 100_000}),
            (F.WORKBOOK_CLOSED, {}),
            (F.SHEET_DAMAGED, {"row": 7, "reason": "bad XML"}),
        )
    ] == [
        "p.csv: cannot tell the text encoding; save the file as UTF-8 CSV or XLSX.",
        "p.csv, row 4: cannot read the row (line contains NUL).",
        "p.csv, row 4: a cell is longer than 32,767 characters; this is not a registration "
        "list (is a quote missing?).",
        "p.csv, row 1, column C: the cell holds 40,000 characters; at most 32,767 are "
        "accepted (is a quote missing?).",
        "p.csv: the workbook holds more than 1,000,000 different texts; at most 1,000,000 "
        "cells can be imported. Split the file.",
        "p.csv: the sheet has 200,000 rows (A1:M200000); files up to 100,000 rows can be "
        "imported. Split it into smaller files.",
        "p.csv: the workbook was already closed.",
        "p.csv: the sheet is damaged near row 7 (bad XML); open and re-save it in Excel, or "
        "export it as CSV.",
    ]


def test_a_refusal_keeps_its_fact_when_pickled() -> None:
    # It can cross from the window's worker process.
    error = TableFileError(FileProblem(FileFault.HEADING_TWICE, "p.csv", 1, "A", "C", "Email"))
    assert pickle.loads(pickle.dumps(error)).problem == error.problem
