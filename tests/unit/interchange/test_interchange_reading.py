"""Reading spreadsheets: encodings, delimiters, limits, formula neutralisation."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from openpyxl import Workbook

from brokerage_app.interchange import reading
from brokerage_app.interchange.cells import neutralise, restore
from brokerage_app.interchange.reading import (
    MAX_CELL_CHARS,
    MAX_FILE_BYTES,
    TableFileError,
    open_table,
)
from tests.fixtures.interchange.make_fixtures import CP1252_PEOPLE, PEOPLE
from tests.unit.interchange.conftest import FIXTURES


@pytest.mark.parametrize(
    ("name", "encoding", "delimiter", "people"),
    [
        ("attendees_sv_utf8bom_semicolon.csv", "utf-8-sig", ";", PEOPLE),
        ("attendees_en_utf16_tab.csv", "utf-16", "\t", PEOPLE),
        ("attendees_en_utf8_comma.csv", "utf-8", ",", PEOPLE),
        ("attendees_sv_cp1252_semicolon.csv", "cp1252", ";", CP1252_PEOPLE),
        ("attendees_en.xlsx", "", "", PEOPLE),
    ],
)
def test_every_encoding_and_delimiter_reads_back_the_exact_cells(
    name: str, encoding: str, delimiter: str, people: tuple
) -> None:
    reader = open_table(FIXTURES / name)
    assert reader.info.encoding == encoding
    assert reader.info.delimiter == delimiter
    assert len(reader.info.headers) == 13
    rows = list(reader.rows())
    assert [row.cells for row in rows] == [tuple(person) for person in people]
    # Row numbers are what a spreadsheet shows: the heading is row 1.
    assert [row.number for row in rows] == list(range(2, 2 + len(people)))


def test_quoted_line_breaks_stay_inside_one_cell() -> None:
    rows = list(open_table(FIXTURES / "attendees_en_utf8_comma.csv").rows())
    assert rows[0].cells[10] == 'Wearables för äldre; "smarta" sensorer,\nandra raden'
    assert rows[1].number == 3


def test_utf16_without_byte_order_mark_is_recognised(tmp_path: Path) -> None:
    path = tmp_path / "people.csv"
    path.write_bytes("First name;Last name\nÅsa;Öberg\nΓιώργος;Иванов\n".encode("utf-16-le"))
    reader = open_table(path)
    assert reader.info.encoding == "utf-16-le"
    assert [row.cells for row in reader.rows()] == [("Åsa", "Öberg"), ("Γιώργος", "Иванов")]


def test_excels_separator_hint_line_is_honoured(tmp_path: Path) -> None:
    path = tmp_path / "hint.csv"
    path.write_text("sep=;\nFirst name;Company\nLars, Jr.;Lund AB\n", encoding="utf-8")
    reader = open_table(path)
    assert (reader.info.delimiter, reader.info.headers) == (";", ("First name", "Company"))
    assert [(row.number, row.cells) for row in reader.rows()] == [(3, ("Lars, Jr.", "Lund AB"))]


def test_a_file_over_the_limit_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.csv"
    with path.open("wb") as handle:
        # A sparse 50 MB file: refused by its size alone, without reading it.
        handle.truncate(50 * 1024 * 1024)
    assert path.stat().st_size > MAX_FILE_BYTES
    with pytest.raises(TableFileError, match=r"huge\.csv: the file is 50\.0 MB; files up to"):
        open_table(path)


def test_a_one_megabyte_cell_is_refused_with_its_row(tmp_path: Path) -> None:
    path = tmp_path / "long.csv"
    path.write_text("First name,Profile\nAnna,short\nBo," + "x" * 1_000_000 + "\n")
    reader = open_table(path)
    with pytest.raises(TableFileError, match=r"long\.csv, row 3: a cell is longer than 32,767"):
        list(reader.rows())
    # The csv module's process-wide limit is restored afterwards.
    assert csv.field_size_limit() != MAX_CELL_CHARS + 1


def test_a_workbook_that_unpacks_too_large_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A zip bomb is small on disk; the unpacked size is checked before openpyxl parses it.
    monkeypatch.setattr(reading, "MAX_XLSX_UNPACKED_BYTES", 5_000)
    workbook = Workbook()
    workbook.active.append(["First name", "Profile"])
    workbook.active.append(["Anna", "y" * 10_000])
    workbook.save(tmp_path / "bomb.xlsx")
    assert (tmp_path / "bomb.xlsx").stat().st_size < 10_000
    with pytest.raises(TableFileError, match=r"bomb\.xlsx: the workbook unpacks to"):
        open_table(tmp_path / "bomb.xlsx")


def test_a_heading_used_twice_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "twice.csv"
    path.write_text("Email;Name;email\na@b.se;A;c@d.se\n", encoding="utf-8")
    with pytest.raises(TableFileError, match=r"'email' appears twice \(columns A and C\)"):
        open_table(path)


def test_unknown_file_types_and_empty_files_are_refused(tmp_path: Path) -> None:
    (tmp_path / "people.pdf").write_bytes(b"%PDF-1.4")
    with pytest.raises(TableFileError, match=r"unknown file type '\.pdf'"):
        open_table(tmp_path / "people.pdf")
    (tmp_path / "empty.csv").write_bytes(b"")
    with pytest.raises(TableFileError, match="empty"):
        open_table(tmp_path / "empty.csv")
    (tmp_path / "broken.xlsx").write_bytes(b"not a zip")
    with pytest.raises(TableFileError, match="not a valid XLSX"):
        open_table(tmp_path / "broken.xlsx")


def test_bytes_that_do_not_fit_the_encoding_are_reported_with_their_row(tmp_path: Path) -> None:
    path = tmp_path / "mixed.csv"
    # 300 KB of clean UTF-8 (beyond the detection sample), then a stray cp1252 byte.
    body = "".join(f"Person{i},Öberg\n" for i in range(20_000)).encode()
    path.write_bytes(b"First name,Last name\n" + body + "Björn,Ek\n".encode("cp1252"))
    reader = open_table(path)
    assert reader.info.encoding == "utf-8"
    with pytest.raises(TableFileError, match=r"mixed\.csv, row \d+: bytes that are not utf-8"):
        list(reader.rows())


@given(st.text())
def test_neutralising_a_cell_is_undone_exactly_on_import(text: str) -> None:
    assert restore(neutralise(text)) == text


@pytest.mark.parametrize("text", ["=SUM(A1)", "+46 40 12", "-2", "@cmd", "\tx", "\rx"])
def test_formula_triggers_are_neutralised(text: str) -> None:
    assert neutralise(text) == "'" + text
