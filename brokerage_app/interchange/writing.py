"""Writing CSV and XLSX files that Excel, LibreOffice and Numbers open correctly.

CSV is UTF-8 with a byte-order mark (without it Excel guesses the ANSI code page and turns
"Åsa Öberg" into mojibake), comma-separated with CRLF line ends as RFC 4180 says. Every CSV
cell is neutralised against formula injection; XLSX cells are typed as strings, which are
never formulas, so their text is stored as it is. The file appears only once complete: it is
written beside the target and renamed (``store.files.atomic_path``), so a failed export never
leaves half a file.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter

from brokerage_app.errors import ValidationError
from brokerage_app.interchange.cells import neutralise, neutralise_typed_text
from brokerage_app.store.files import atomic_path

TABLE_FORMATS = (".csv", ".xlsx")


_MAX_COLUMN_WIDTH = 50


def table_format(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix not in TABLE_FORMATS:
        raise ValidationError(
            f"Output file {path.name}: name it .csv or .xlsx (the ending chooses the format)."
        )
    return suffix[1:]


def write_table(
    path: str | Path,
    headers: Sequence[str],
    rows: Iterable[Sequence[str]],
    *,
    sheet_title: str = "Sheet1",
    on_row: Callable[[], None] | None = None,
) -> int:
    """Write a table as CSV or XLSX (by the file ending); returns the number of data rows."""
    path = Path(path)
    if table_format(path) == "csv":
        return _write_csv(path, headers, rows, on_row)
    return _write_xlsx(path, headers, rows, sheet_title, on_row)


def _write_csv(
    path: Path,
    headers: Sequence[str],
    rows: Iterable[Sequence[str]],
    on_row: Callable[[], None] | None,
) -> int:
    count = 0
    with (
        atomic_path(path) as partial,
        partial.open("w", encoding="utf-8-sig", newline="") as handle,
    ):
        writer = csv.writer(handle, lineterminator="\r\n")
        writer.writerow([neutralise(h) for h in headers])
        for row in rows:
            writer.writerow([neutralise(cell) for cell in row])
            count += 1
            if on_row:
                on_row()
    return count


def _write_xlsx(
    path: Path,
    headers: Sequence[str],
    rows: Iterable[Sequence[str]],
    sheet_title: str,
    on_row: Callable[[], None] | None,
) -> int:
    rows = list(rows)
    if on_row:
        # Progress and cancel happen before the workbook exists: a write-only workbook
        # abandoned half-way cannot be closed cleanly.
        for _ in rows:
            on_row()
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title=sheet_title[:31])
    # Widths must be set before the first row in write-only mode.
    for index, header in enumerate(headers, start=1):
        longest = max(
            [len(header), *(len(row[index - 1]) for row in rows[:500] if index <= len(row))]
        )
        sheet.column_dimensions[get_column_letter(index)].width = min(
            _MAX_COLUMN_WIDTH, max(8, longest + 2)
        )
    sheet.freeze_panes = "A2"
    bold = Font(bold=True, color="FFFFFF")
    fill = PatternFill("solid", fgColor="1F4E79")
    heading_cells = []
    for header in headers:
        cell = _xlsx_cell(sheet, _xlsx_text(header))
        cell.font, cell.fill = bold, fill
        heading_cells.append(cell)
    sheet.append(heading_cells)
    for row in rows:
        # Values go in as strings, so Excel never turns "0046..." or "1/2" into numbers.
        sheet.append([_xlsx_value(sheet, cell) for cell in row])
    if rows:
        sheet.auto_filter.ref = f"A1:{get_column_letter(len(headers))}{len(rows) + 1}"
    with atomic_path(path) as partial:
        workbook.save(partial)
    return len(rows)


def _xlsx_text(value: str) -> str:
    cleaned: str = ILLEGAL_CHARACTERS_RE.sub("", neutralise_typed_text(value))
    return cleaned


def _xlsx_cell(sheet: object, text: str) -> WriteOnlyCell:
    cell = WriteOnlyCell(sheet, value=text)
    # openpyxl would store a text starting with "=" as a formula: it stays a string cell.
    cell.data_type = "s"
    return cell


def _xlsx_value(sheet: object, value: str) -> str | WriteOnlyCell:
    # Plain strings are the fast path; openpyxl takes only those starting with "=" for
    # formulas, so those (and only those) become explicit string cells.
    text = _xlsx_text(value)
    return _xlsx_cell(sheet, text) if text.startswith("=") else text
