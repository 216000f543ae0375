"""Reading spreadsheets: encodings, delimiters, limits, formula neutralisation."""

from __future__ import annotations

import codecs
import csv
import io
import re
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl import Workbook

from brokerage_app.cli.file_problems import problem_text
from brokerage_app.interchange import reading
from brokerage_app.interchange.cells import neutralise, restore
from brokerage_app.interchange.file_problems import FileFault, TableFileError
from brokerage_app.interchange.reading import MAX_CELL_CHARS, MAX_FILE_BYTES, open_table
from tests.fixtures.interchange.make_fixtures import CP1252_PEOPLE, PEOPLE
from tests.unit.interchange.conftest import FIXTURES


@contextmanager
def refused(pattern: str) -> Iterator[None]:
    """The block raises TableFileError, and its problem reads (in the CLI's English) as
    ``pattern`` says."""
    with pytest.raises(TableFileError) as raised:
        yield
    assert re.search(pattern, problem_text(raised.value.problem))


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


@pytest.mark.parametrize("note", ["line1\rline2", "\rfirst", "last\r", "a\r\rb", "a\r\nb"])
def test_a_quoted_cr_in_a_cr_only_file_stays_in_its_cell(tmp_path: Path, note: str) -> None:
    # Old Mac exports end lines with CR alone; a CR inside quotes is part of the cell.
    path = tmp_path / "mac.csv"
    path.write_bytes(f'First name,Note\r"Anna","{note}"\rBo,x\r'.encode())
    rows = list(open_table(path).rows())
    assert [(row.number, row.cells) for row in rows] == [(2, ("Anna", note)), (3, ("Bo", "x"))]


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
    with refused(r"huge\.csv: the file is 50\.0 MB; files up to"):
        open_table(path)


def test_a_one_megabyte_cell_is_refused_with_its_row_and_column(tmp_path: Path) -> None:
    path = tmp_path / "long.csv"
    path.write_text("First name,Profile\nAnna,short\nBo," + "x" * 1_000_000 + "\n")
    reader = open_table(path)
    with refused(r"long\.csv, row 3, column 'Profile' \(B\): the cell holds 1,000,000"):
        list(reader.rows())
    # The csv module's process-wide limit is restored afterwards.
    assert csv.field_size_limit() != MAX_CELL_CHARS + 1


def test_an_unmatched_quote_is_reported_with_the_row_it_opens_in(tmp_path: Path) -> None:
    path = tmp_path / "quote.csv"
    path.write_text(
        "First name,Email,Organisation\nAnna,anna@x.se,Acme AB\n"
        'Bo,"bo@x.se,Beta AB\nCe,ce@x.se,Gamma AB\n'
    )
    with refused(r"quote\.csv, row 3: a quote \(\"\) opens a cell that is never closed"):
        list(open_table(path).rows())
    # A quote closed too early, with text after it, is reported too (not read as one cell).
    path.write_text('First name,Email\nAnna,"anna@x.se" (work)\n')
    with refused(r"quote\.csv, row 2: text follows the closing quote"):
        list(open_table(path).rows())


def test_an_unmatched_quote_swallowing_a_long_file_is_still_reported_as_a_quote(
    tmp_path: Path,
) -> None:
    path = tmp_path / "quote.csv"
    body = "".join(f"Person {i},p{i}@x.se\n" for i in range(5_000))  # > 32,767 characters
    path.write_text('First name,Email\nAnna,"anna@x.se\n' + body)
    with refused(r"quote\.csv, row 2: a quote .* never closed"):
        list(open_table(path).rows())


def _csv_with_rows(path: Path, rows: int) -> Path:
    with path.open("w", encoding="utf-8") as handle:
        handle.write("First name,Last name,Email\n")
        handle.writelines(f"P{i},Q,p{i}@x.se\n" for i in range(rows))
    return path


def test_the_row_limit_admits_100000_rows_and_refuses_one_more(tmp_path: Path) -> None:
    assert reading.MAX_ROWS == 100_000
    exactly = open_table(_csv_with_rows(tmp_path / "full.csv", 100_000))
    assert exactly.count_rows() == 100_000
    one_more = open_table(_csv_with_rows(tmp_path / "over.csv", 100_001))
    with refused(r"over\.csv: more than 100,000 rows \(row 100,002 is past"):
        one_more.estimate_rows()  # the dry run's first pass: refused while streaming


def test_the_cell_limit_is_checked_while_streaming(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(reading, "MAX_CELLS", 300)
    reader = open_table(_csv_with_rows(tmp_path / "wide.csv", 100))  # 303 cells
    with refused(r"wide\.csv, row 101: more than 300 cells"):
        list(reader.rows())
    reader = open_table(_csv_with_rows(tmp_path / "fits.csv", 99))
    assert reader.count_rows() == 99


@pytest.mark.parametrize("write_only", [False, True])
def test_a_workbook_over_the_row_limit_is_refused_when_opened(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, write_only: bool
) -> None:
    # Whether or not the sheet stores its used range (openpyxl's write-only mode stores
    # none), the row elements of the sheet's XML are counted before openpyxl parses it.
    monkeypatch.setattr(reading, "MAX_ROWS", 50)
    workbook = Workbook(write_only=write_only)
    sheet = workbook.create_sheet() if write_only else workbook.active
    sheet.append(["First name", "Last name", "Email"])
    for i in range(60):
        sheet.append([f"P{i}", "Q", f"p{i}@x.se"])
    workbook.save(tmp_path / "long.xlsx")

    def parse(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("the workbook was parsed (shared strings and all) before refusing")

    monkeypatch.setattr(reading, "load_workbook", parse)
    with refused(r"long\.xlsx: the sheet has at least 61 rows"):
        open_table(tmp_path / "long.xlsx")


def test_a_workbook_whose_rows_skip_ahead_counts_the_skipped_rows(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(reading, "MAX_ROWS", 50)
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet()
    sheet.append(["First name", "Email"])
    workbook.save(tmp_path / "gap.xlsx")
    # Two row elements, the second numbered 5000: openpyxl would yield 4,998 empty rows.
    with zipfile.ZipFile(tmp_path / "gap.xlsx") as source:
        parts = {name: source.read(name) for name in source.namelist()}
    sheet_xml = parts["xl/worksheets/sheet1.xml"]
    parts["xl/worksheets/sheet1.xml"] = sheet_xml.replace(
        b"</sheetData>",
        b'<row r="5000"><c r="A5000" t="inlineStr"><is><t>late</t></is></c></row></sheetData>',
    )
    with zipfile.ZipFile(tmp_path / "gap.xlsx", "w") as target:
        for name, data in parts.items():
            target.writestr(name, data)
    with refused(r"gap\.xlsx: the sheet has at least 5,000 rows"):
        open_table(tmp_path / "gap.xlsx")


def test_a_workbook_over_the_cell_limit_is_refused_by_its_used_range(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(reading, "MAX_CELLS", 100)
    workbook = Workbook()
    workbook.active.append(["First name", "Email"])
    workbook.active["Z40"] = "stray"
    workbook.save(tmp_path / "wide.xlsx")
    with refused(r"wide\.xlsx: the sheet's used range A1:Z40 holds 1,040 cells"):
        open_table(tmp_path / "wide.xlsx")


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
    with refused(r"bomb\.xlsx: the workbook unpacks to"):
        open_table(tmp_path / "bomb.xlsx")


def test_a_heading_used_twice_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "twice.csv"
    path.write_text("Email;Name;email\na@b.se;A;c@d.se\n", encoding="utf-8")
    with refused(r"'email' appears twice \(columns A and C\)"):
        open_table(path)


def test_unknown_file_types_and_empty_files_are_refused(tmp_path: Path) -> None:
    (tmp_path / "people.pdf").write_bytes(b"%PDF-1.4")
    with refused(r"unknown file type '\.pdf'"):
        open_table(tmp_path / "people.pdf")
    (tmp_path / "empty.csv").write_bytes(b"")
    with refused("empty"):
        open_table(tmp_path / "empty.csv")
    (tmp_path / "broken.xlsx").write_bytes(b"not a zip")
    with refused("not a valid XLSX"):
        open_table(tmp_path / "broken.xlsx")


# A bad byte is reported at the row and column that hold it, as a spreadsheet numbers them:
# the heading is row 1 and a quoted cell spanning several lines is still one row. Files past
# the 256 KB detection sample are read in chunks ahead of the csv module, so these once named
# the row where the read-ahead stopped instead. A small file is decoded whole while its
# heading is looked for, so there the column is named by its letter only.
PEOPLE_ROWS = "First name,Email\n" + "".join(f"P{i},p{i}@x.se\n" for i in range(20_000))
NOTE_ROWS = "First name,Notes\n" + "".join(f'P{i},"line one\nline two"\n' for i in range(20_000))
SWEDES = "First name,Email\n" + "".join(f"Björn{i},b{i}@x.se\n" for i in range(20_000))


@pytest.mark.parametrize(
    ("content", "encoding", "row", "column", "heading"),
    [
        (PEOPLE_ROWS.encode() + b"Bo,b\xff@x.se\n", "utf-8", 20_002, "B", "Email"),
        (
            NOTE_ROWS.encode() + b'Bo,"first line\nsecond \xff line"\n',
            "utf-8",
            20_002,
            "B",
            "Notes",
        ),
        (SWEDES.encode("cp1252") + b"Bo,b\x81@x.se\n", "cp1252", 20_002, "B", "Email"),
        (
            b"\xef\xbb\xbfFirst name,Email\nAnna,a@x.se\nB\xffo,b@x.se\n",
            "utf-8-sig",
            3,
            "A",
            None,
        ),
        (
            b'\xef\xbb\xbfFirst name,Notes\nAnna,"one\ntwo"\nBo,"first\nsec\xffond"\n',
            "utf-8-sig",
            3,
            "B",
            None,
        ),
        (
            "First name,Email\nAnna,a@x.se\nBo,".encode("utf-16")
            + b"\x00\xd8"
            + ",x\n".encode("utf-16-le"),
            "utf-16",
            3,
            "B",
            None,
        ),
    ],
    ids=[
        "utf-8 row 20002",
        "utf-8 row 20002 after multi-line cells",
        "cp1252 row 20002",
        "utf-8 with BOM row 3",
        "utf-8 with BOM inside a multi-line cell",
        "utf-16 row 3",
    ],
)
def test_a_bad_byte_is_reported_at_its_own_row_and_column(
    tmp_path: Path, content: bytes, encoding: str, row: int, column: str, heading: str
) -> None:
    path = tmp_path / "people.csv"
    path.write_bytes(content)
    with pytest.raises(TableFileError) as raised, open_table(path) as reader:
        assert reader.info.encoding == encoding
        list(reader.rows())
    problem = raised.value.problem
    assert (problem.fault, problem.value) == (FileFault.NOT_ENCODED_TEXT, encoding)
    assert (problem.row, problem.column, problem.heading) == (row, column, heading)


@settings(max_examples=60, deadline=None)
@given(
    padding=st.integers(0, 1_500),
    rows=st.lists(
        st.lists(st.text(alphabet='ab ,"\n\r', min_size=1, max_size=6), min_size=1, max_size=4),
        min_size=1,
        max_size=6,
    ),
    where=st.tuples(st.integers(0, 5), st.integers(0, 3)),
    encoding=st.sampled_from(["utf-8-sig", "utf-16"]),
)
def test_any_bad_byte_is_reported_at_the_record_and_cell_that_hold_it(
    tmp_path_factory: pytest.TempPathFactory,
    padding: int,
    rows: list[list[str]],
    where: tuple[int, int],
    encoding: str,
) -> None:
    # Quoted line breaks and enough clean rows before them to cross the decoder's chunks.
    row, column = where[0] % len(rows), where[1] % len(rows[where[0] % len(rows)])
    rows[row][column] += "X"
    text = io.StringIO(newline="")
    csv.writer(text).writerows([["First name", "Email"], *[["ab", "c"]] * padding, *rows])
    # The X's code unit becomes a byte (UTF-8) or a lone low surrogate (UTF-16) that is bad.
    if encoding == "utf-8-sig":
        content = text.getvalue().encode(encoding).replace(b"X", b"\xff")
    else:
        body = text.getvalue().encode("utf-16-le").replace(b"X\x00", b"\x00\xdc")
        content = codecs.BOM_UTF16_LE + body
    path = tmp_path_factory.mktemp("bad") / "people.csv"
    path.write_bytes(content)
    with pytest.raises(TableFileError) as raised, open_table(path) as reader:
        list(reader.rows())
    problem = raised.value.problem
    assert problem.fault is FileFault.NOT_ENCODED_TEXT
    assert (problem.row, problem.column) == (padding + row + 2, "ABCD"[column])


@given(st.text())
def test_neutralising_a_cell_is_undone_exactly_on_import(text: str) -> None:
    assert restore(neutralise(text)) == text


@pytest.mark.parametrize("text", ["=SUM(A1)", "+46 40 12", "-2", "@cmd", "\tx", "\rx"])
def test_formula_triggers_are_neutralised(text: str) -> None:
    assert neutralise(text) == "'" + text
