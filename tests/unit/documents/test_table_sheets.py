from __future__ import annotations

import datetime as dt
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_raw
import pytest
from sqlalchemy import select

from brokerage_app.documents import table_sheets
from brokerage_app.documents.data import (
    EventInfo,
    Participant,
)
from brokerage_app.documents.table_sheets import render_table_sheets
from brokerage_app.services.printing import print_table_sheets
from brokerage_app.store.models import Meeting, MeetingStatus, MeetingTable
from tests.unit.documents.conftest import one_table, page_texts
from tests.unit.documents.glyphs import page_glyphs, printed_lines


def test_master_grid_then_one_sheet_per_table_with_every_meeting(scheduled, tmp_path):
    output = tmp_path / "tables.pdf"
    result = print_table_sheets(scheduled.database, output)
    texts = page_texts(output)
    assert result.pages == len(texts)
    with scheduled.database.session() as session:
        tables = session.scalars(select(MeetingTable).order_by(MeetingTable.number)).all()
        meetings = session.scalars(
            select(Meeting).where(Meeting.status != MeetingStatus.CANCELLED)
        ).all()
        expected = {
            table.display_name: [
                (m.request.requester.full_name, m.request.requested.full_name)
                for m in meetings
                if m.table_id == table.id
            ]
            for table in tables
        }
    assert result.documents == len(tables)
    document = pdfium.PdfDocument(str(output))
    landscape = [page.get_width() > page.get_height() for page in document]
    document.close()
    grid_pages = landscape.index(False)
    assert grid_pages >= 1 and not any(landscape[grid_pages:])
    grid_text = "\n".join(texts[:grid_pages])
    for name, pairs in expected.items():
        sheet = "\n".join(
            t
            for t in texts[grid_pages:]
            if t.startswith(name + "\r") or t.startswith(name + "\n") or f"{name} (continued)" in t
        )
        assert sheet, name
        for first, second in pairs:
            # A very long name may end in an ellipsis after two lines (cells, columns).
            assert first[:25] in sheet and second[:25] in sheet
            assert first[:12] in grid_text and second[:12] in grid_text


def _glyphs_of(path: Path, *texts: str) -> dict[str, list[tuple[float, float]]]:
    """On the last page (a table's sheet, after the master grid): each text's glyphs, as
    (font size, bottom)."""
    document = pdfium.PdfDocument(str(path))
    try:
        textpage = document[len(document) - 1].get_textpage()
        chars = [textpage.get_text_range(i, 1) for i in range(textpage.count_chars())]
        page = "".join(chars) if all(len(c) == 1 for c in chars) else None
        assert page is not None, "one character per index"
        found = {}
        for text in texts:
            start = page.find(text)
            assert start >= 0, (text, page)
            found[text] = [
                (pdfium_raw.FPDFText_GetFontSize(textpage, i), textpage.get_charbox(i)[1])
                for i in range(start, start + len(text))
                if not page[i].isspace()
            ]
        return found
    finally:
        document.close()


DAY = dt.date(2027, 5, 11)
EVENT = EventInfo("Health Days", "", "", "", "", "", DAY, DAY, True)
LONG = Participant(
    "Marie-Christine Konstantinopoulou-Papadimitriou-Vandenberghe",
    "Gerätetechnik Bremen",
    "DE",
    "Vandenberghe",
)
ANNA = Participant("Anna Berg", "Acme AB", "SE", "Berg")
BO = Participant("Bo Ek", "", "SE", "Ek")


def test_a_long_name_wraps_onto_two_lines_at_full_size_rather_than_shrinking(
    tmp_path: Path,
) -> None:
    timetable = one_table(DAY, [(ANNA, LONG), (ANNA, BO)])
    output = tmp_path / "tables.pdf"
    render_table_sheets(output, EVENT, timetable)
    # Two lines, broken after a hyphen, both at the largest name size (9.5 pt, where one
    # line would have shrunk to 7 pt and been cut short).
    # (pdfium reads the hyphen that ends a line as U+FFFE)
    first, second = "Marie-Christine Konstantinopoulou\ufffe", "Papadimitriou-Vandenberghe"
    lines = _glyphs_of(
        output, first, second, "Anna Berg", "Gerätetechnik Bremen", "09:00–09:20", "10:00–10:20"
    )
    assert {round(size, 1) for size, _ in lines[first] + lines[second]} == {9.5}
    assert {round(size, 1) for size, _ in lines["Anna Berg"]} == {9.5}
    # The second line sits one line below the first, and its organisation below both.
    below = lines[first][0][1] - lines[second][0][1]
    assert below == pytest.approx(9.5 * 1.18, abs=1.5)
    assert lines["Gerätetechnik Bremen"][0][1] < lines[second][0][1] - 5
    # The meeting's row grew by that line (27 pt for a row of one-line names).
    row = lines["09:00–09:20"][0][1] - lines["10:00–10:20"][0][1]
    assert row == pytest.approx(27 + 9.5 * 1.18, abs=0.5)


def test_a_long_name_in_the_master_grid_wraps_in_its_cell_rather_than_shrinking(
    tmp_path: Path,
) -> None:
    timetable = one_table(DAY, [(LONG, ANNA), (ANNA, BO)])
    output = tmp_path / "tables.pdf"
    render_table_sheets(output, EVENT, timetable)
    glyphs = page_glyphs(output, 0)  # the master grid
    # The first table's cell: six columns at least share the page's width.
    left = table_sheets.MARGIN + table_sheets.GRID_TIME_COLUMN
    column = (table_sheets.LANDSCAPE[0] - table_sheets.MARGIN - left) / 6
    row_top = table_sheets.LANDSCAPE[1] - table_sheets.MARGIN - table_sheets.GRID_TOP
    # The row ends where the next one starts: 12 pt above its time's baseline.
    (next_time,) = [
        line for line in printed_lines(glyphs, table_sheets.MARGIN, left) if line.text == "10:00"
    ]
    row_bottom = next_time.baseline + 12
    cell = [
        g for g in glyphs if left <= g.left < left + column and row_bottom < g.baseline < row_top
    ]
    lines = printed_lines(cell, left, left + column)
    # Two lines of the long name, at a readable size, whole; then the other name below.
    texts = [line.text for line in lines]
    assert texts == [
        "Marie-ChristineKonstantinopoulou\ufffe",
        "Papadimitriou-Vandenberghe",
        "AnnaBerg",
    ]
    assert all(line.size >= 7 for line in lines), lines
    # Nothing leaves the cell (the shaded box is 1 pt inside the column's rules).
    assert min(g.left for g in cell) >= left + 1
    assert max(g.right for g in cell) <= left + column - 1
    assert min(g.bottom for g in cell) >= row_bottom + 1
    assert max(g.top for g in cell) <= row_top - 1
