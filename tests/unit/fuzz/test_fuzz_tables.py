"""Fuzz: CSV and XLSX files from registration platforms (brokerage_app.interchange.reading)."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from hypothesis import Phase, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook

from brokerage_app.interchange.reading import TableReader, open_table
from tests.unit.fuzz.rules import EXAMPLES, FUZZ, clean_or_explained

# Writing a workbook per example is slow (~0.1 s): fewer of them in the default run.
XLSX_FUZZ = settings(FUZZ, max_examples=max(10, EXAMPLES // 4))

CELL = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"])
    | st.sampled_from(list(',;\t"\r\n\x00\ufeff=+-@')),
    max_size=20,
)
ROWS = st.lists(st.lists(CELL, min_size=0, max_size=6), min_size=0, max_size=8)


def read_everything(path: Path) -> TableReader:
    with open_table(path) as table:
        rows = list(table.rows())
        assert all(row.number > table.info.header_row for row in rows)
        assert table.count_rows() == len(rows)
    return table


def _csv_bytes(rows: list[list[str]], delimiter: str, encoding: str, quote_all: bool) -> bytes:
    lines = []
    for row in rows:
        cells = []
        for cell in row:
            if quote_all or any(ch in cell for ch in f'{delimiter}"\r\n'):
                cell = '"' + cell.replace('"', '""') + '"'
            cells.append(cell)
        lines.append(delimiter.join(cells))
    return "\r\n".join(lines).encode(encoding, errors="replace")


@FUZZ
@given(
    ROWS,
    st.sampled_from([",", ";", "\t"]),
    st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "utf-16", "iso-8859-2", "mac-roman"]),
    st.booleans(),
)
def test_csv_files_as_platforms_write_them(
    tmp_path: Path, rows: list[list[str]], delimiter: str, encoding: str, quote_all: bool
) -> None:
    path = tmp_path / "attendees.csv"
    path.write_bytes(_csv_bytes(rows, delimiter, encoding, quote_all))
    clean_or_explained(lambda: read_everything(path))


@FUZZ
@given(st.binary(max_size=2000), st.sampled_from(["list.csv", "list.txt", "list", "list.tsv"]))
def test_arbitrary_bytes_as_csv(tmp_path: Path, data: bytes, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    clean_or_explained(lambda: read_everything(path))


def _xlsx_bytes(rows: list[list[object]]) -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    for row in rows:
        sheet.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


XLSX_CELL = (
    st.none()
    | st.integers(min_value=-(10**12), max_value=10**12)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.booleans()
    | st.datetimes(min_value=__import__("datetime").datetime(1900, 3, 1))
    | st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs", "Cc"]), max_size=20)
)


@XLSX_FUZZ
@given(st.lists(st.lists(XLSX_CELL, max_size=6), max_size=6))
def test_xlsx_workbooks_with_any_cells(tmp_path: Path, rows: list[list[object]]) -> None:
    path = tmp_path / "attendees.xlsx"
    path.write_bytes(_xlsx_bytes(rows))
    clean_or_explained(lambda: read_everything(path))


@pytest.fixture(scope="module")
def valid_xlsx() -> bytes:
    return _xlsx_bytes(
        [["First name", "Last name", "Organisation", "Country"]]
        + [[f"Åsa {i}", "Łukasiewicz", f"Org {i}", "SE"] for i in range(30)]
    )


@FUZZ
@given(st.data())
def test_damaged_xlsx_files(tmp_path: Path, valid_xlsx: bytes, data: st.DataObject) -> None:
    damaged = bytearray(valid_xlsx)
    for _ in range(data.draw(st.integers(min_value=1, max_value=8))):
        position = data.draw(st.integers(min_value=0, max_value=len(damaged) - 1))
        damaged[position] = data.draw(st.integers(min_value=0, max_value=255))
    cut = data.draw(st.integers(min_value=4, max_value=len(damaged)))
    path = tmp_path / "attendees.xlsx"
    path.write_bytes(bytes(damaged[:cut]))
    clean_or_explained(lambda: read_everything(path))


@settings(XLSX_FUZZ, phases=[Phase.explicit, Phase.generate], report_multiple_bugs=False)
@given(st.data())
def test_xlsx_archives_with_damaged_parts(
    tmp_path: Path, valid_xlsx: bytes, data: st.DataObject
) -> None:
    # Corrupting inside the compressed stream mostly trips the zip CRC; rewriting a part
    # uncompressed reaches the XML parser and openpyxl's reading of the sheet.
    source = zipfile.ZipFile(io.BytesIO(valid_xlsx))
    names = source.namelist()
    victim = data.draw(st.sampled_from(names))
    content = bytearray(source.read(victim))
    for _ in range(data.draw(st.integers(min_value=1, max_value=6))):
        position = data.draw(st.integers(min_value=0, max_value=max(0, len(content) - 1)))
        content[position : position + 1] = data.draw(st.binary(min_size=0, max_size=3))
    path = tmp_path / "attendees.xlsx"
    with zipfile.ZipFile(path, "w") as target:
        for name in names:
            target.writestr(name, bytes(content) if name == victim else source.read(name))
    clean_or_explained(lambda: read_everything(path))
