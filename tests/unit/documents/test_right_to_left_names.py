"""Names in Arabic and Hebrew are set flush right where a document sets names flush left,
with the lines that go with them (organisation, country, profile): on table sheets, in the
master grid and on personal agendas, as on badges (see test_badge_alignment.py).

Measured in the PDF: pdfium's box and baseline of every glyph.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from reportlab.lib.units import mm

from brokerage_app.documents import agendas, table_sheets
from brokerage_app.documents.agendas import render_agendas
from brokerage_app.documents.data import (
    Agenda,
    AgendaDay,
    AgendaItem,
    Counterpart,
    EventInfo,
    ItemKind,
    Participant,
    Person,
    Timetable,
)
from brokerage_app.documents.qr import quiet_zone
from brokerage_app.documents.table_sheets import render_table_sheets
from tests.unit.documents.conftest import one_table
from tests.unit.documents.glyphs import assert_set_by_direction, page_glyphs, printed_lines

DAY = dt.date(2027, 5, 11)
EVENT = EventInfo("Health Days", "", "", "", "", "", DAY, DAY, True)
# (name, organisation): left-to-right and right-to-left names of different lengths
PEOPLE = (
    ("Anna Berg", "Acme Medical AB"),
    ("مريم حسن", "شركة الرعاية الطبية"),
    ("Konstantinos Papadopoulos", "Ελληνική Ιατρική ΑΕ"),
    ("محمد عبد الرحمن", "شركة الرعاية"),
    ("נועה כהן", "מדטק ישראל"),
    ("Bo Ek", ""),
)


def timetable() -> Timetable:
    """One table; each slot a meeting of two of PEOPLE, a left-to-right name first in one
    and a right-to-left one first in the next."""
    people = [Participant(name, org, "SE", name.split()[-1]) for name, org in PEOPLE]
    return one_table(DAY, [(people[i], people[(i + 1) % len(people)]) for i in range(len(people))])


def test_table_sheet_sets_each_name_and_organisation_by_its_direction(tmp_path: Path) -> None:
    output = tmp_path / "tables.pdf"
    render_table_sheets(output, EVENT, timetable())
    sheet = table_sheets.PORTRAIT
    # Between the header and the footer, where the meetings are.
    glyphs = [
        g
        for g in page_glyphs(output, -1)
        if table_sheets.MARGIN < g.baseline < sheet[1] - table_sheets.MARGIN - 30 * mm
    ]
    content = sheet[0] - 2 * table_sheets.MARGIN
    person = (content - table_sheets.SHEET_TIME_COLUMN - table_sheets.SHEET_TICK_COLUMN) / 2
    for column in range(2):
        left = table_sheets.MARGIN + table_sheets.SHEET_TIME_COLUMN + column * person
        lines = printed_lines(glyphs, left, left + person)
        assert len(lines) == 2 * len(PEOPLE), lines  # a name and an organisation each
        assert_set_by_direction(
            lines,
            left,
            left + table_sheets.SHEET_NAME_WIDTH,
            name_size=table_sheets.SHEET_NAME_SIZES[0],
        )


def test_master_grid_sets_each_name_by_its_direction(tmp_path: Path) -> None:
    output = tmp_path / "tables.pdf"
    render_table_sheets(output, EVENT, timetable())
    grid = table_sheets.LANDSCAPE
    header = grid[1] - table_sheets.MARGIN - 22 - 26
    glyphs = [g for g in page_glyphs(output, 0) if g.baseline < header]
    # Six columns at least share the page's width; the first is the table's.
    column = (grid[0] - 2 * table_sheets.MARGIN - table_sheets.GRID_TIME_COLUMN) / 6
    left = table_sheets.MARGIN + table_sheets.GRID_TIME_COLUMN
    lines = printed_lines(glyphs, left, left + column)
    assert len(lines) == 2 * len(PEOPLE), lines  # two names a cell
    assert_set_by_direction(lines, left + 3, left + column - 3)


def agenda(first: str, last: str) -> Agenda:
    items = tuple(
        AgendaItem(
            ItemKind.MEETING,
            slot.starts,
            slot.ends,
            table=f"Table {slot.id + 1}",
            counterpart=Counterpart(name, organisation, "SE", "Diagnostics"),
        )
        for slot, (name, organisation) in zip(timetable().days[0].slots, PEOPLE, strict=True)
    )
    person = Person(1, first, last, "", "شركة الرعاية", "SE", "delegate", "en", code="BRK1-X-1-1-X")
    return Agenda(person, (AgendaDay(DAY, "", items),))


def test_agenda_sets_the_people_met_by_their_direction(tmp_path: Path) -> None:
    output = tmp_path / "agenda.pdf"
    render_agendas(output, EVENT, [agenda("Anna", "Berg")])
    below_header = agendas.PAGE_HEIGHT - agendas.MARGIN_TOP - agendas.FIRST_HEADER
    footer = agendas.MARGIN_BOTTOM + agendas.FOOTER
    glyphs = [g for g in page_glyphs(output, 0) if footer < g.baseline < below_header]
    left = agendas.MARGIN_X + agendas.WHO_X
    lines = printed_lines(glyphs, left, left + agendas.WHO_WIDTH)
    # A name, an organisation with its country and a profile (in English) each
    assert len(lines) == 3 * len(PEOPLE), lines
    assert_set_by_direction(lines, left, left + agendas.WHO_WIDTH, name_size=9.5)


def test_agenda_heading_sets_a_right_to_left_name_flush_right(tmp_path: Path) -> None:
    output = tmp_path / "agendas.pdf"
    people = (agenda("Anna", "Berg"), agenda("محمد", "عبد الرحمن"), agenda("נועה", "כהן"))
    render_agendas(output, EVENT, people)
    # The heading's name column ends before the QR code (and its quiet zone).
    qr_x = agendas.PAGE_WIDTH - agendas.MARGIN_X - agendas.QR_SIZE
    right = qr_x - quiet_zone("BRK1-X-1-1-X", agendas.QR_SIZE) - 2 * mm
    below_header = agendas.PAGE_HEIGHT - agendas.MARGIN_TOP - agendas.FIRST_HEADER
    names = []
    for page in (0, 2, 4):  # duplex padding: each agenda takes two pages
        glyphs = [g for g in page_glyphs(output, page) if g.baseline > below_header]
        heading = printed_lines(glyphs, agendas.MARGIN_X, right)
        # The event's name and dates; the person's name and organisation; the summary
        name, organisation = heading[2], heading[3]
        assert round(name.size) == 20, heading
        names.append(name)
        if name.right_to_left:
            assert abs(name.right - right) < 1.5 and abs(organisation.right - right) < 1.5
        else:
            assert abs(name.left - agendas.MARGIN_X) < 1.5
    assert [name.right_to_left for name in names] == [False, True, True]
