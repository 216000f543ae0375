"""Table sheets for the staff and the master grid for the organiser's desk.

The master grid comes first: slots down, tables across, in landscape, split into pages of
at most ten tables and one day so that it stays readable at arm's length. Then one sheet per
table (continued on a second page if a long event needs it) with who meets whom when and a
box to tick when the meeting took place.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from brokerage_app.documents.data import (
    BreakInfo,
    DayInfo,
    EventInfo,
    Participant,
    SlotInfo,
    TableInfo,
    TableMeeting,
    Timetable,
)
from brokerage_app.documents.fonts import Column, FontSet, flush_of, register_fonts
from brokerage_app.documents.i18n import (
    Texts,
    country_name,
    format_date_range,
    format_day,
    format_time,
    format_time_range,
    texts_for,
)
from brokerage_app.documents.output import check_cancel, new_canvas
from brokerage_app.documents.style import ACCENT, BREAK_SHADE, FAINT, INK, MUTED, RULE, SHADE
from brokerage_app.documents.text import FittedText, fit_text, truncate
from brokerage_app.domain.tasks import CancelFlag

PORTRAIT = A4
LANDSCAPE = landscape(A4)
MARGIN = 12 * mm
GRID_TABLES_PER_PAGE = 10
GRID_TIME_COLUMN = 17 * mm
# A row of the master grid with one line per name; each further line makes it GRID_LINE
# taller. A name too long for its cell wraps onto a second line before it shrinks (7.5 pt
# down to 6 pt), and when a cell has more than two lines, GRID_NAME_GAP parts its two names.
GRID_ROW = 21.0
GRID_LINE = 8.5
GRID_NAME_SIZES = (7.5, 6.0)
GRID_NAME_LINES = 2
GRID_NAME_GAP = 2.5
GRID_BREAK_ROW = 13.0
# Above the master grid's rows: the title, the tables' heading and room to spare.
GRID_TOP = 22 + 26
GRID_ROOM = LANDSCAPE[1] - 2 * MARGIN - GRID_TOP - 8 * mm
SHEET_ROW = 27.0
SHEET_FREE_ROW = 14.0
SHEET_TIME_COLUMN = 27 * mm
SHEET_TICK_COLUMN = 12 * mm
# The width of each participant's name on a table sheet (two columns, 6 pt apart).
SHEET_NAME_WIDTH = (PORTRAIT[0] - 2 * MARGIN - SHEET_TIME_COLUMN - SHEET_TICK_COLUMN) / 2 - 6
# A name on a table sheet: the largest and the smallest size, and how many lines it may
# take (a long name wraps onto a second line, its row growing, before it shrinks).
SHEET_NAME_SIZES = (9.5, 7.0)
SHEET_NAME_LINES = 2
SHEET_LEADING = 1.18


def _below_first_line(name: FittedText) -> float:
    """How far a table sheet's name reaches below its first line."""
    return max(len(name.lines) - 1, 0) * name.size * SHEET_LEADING


def _grid_extra(lines: int) -> float:
    """How much taller than a row of one-line names a master grid row with a cell of
    ``lines`` lines is: a line each, and the gap between the two names."""
    return 0.0 if lines <= 2 else (lines - 2) * GRID_LINE + GRID_NAME_GAP


# A row of the master grid: a slot or a break, by kind.
_GridRow = tuple[str, SlotInfo | BreakInfo]


@dataclass(frozen=True)
class _Row:
    kind: str  # "day", "meeting", "free", "break"
    height: float
    day: DayInfo | None = None
    starts: dt.datetime | None = None
    ends: dt.datetime | None = None
    label: str = ""
    meeting: TableMeeting | None = None
    # A meeting's two names, fitted to their columns.
    names: tuple[FittedText, FittedText] | None = None

    def times(self, texts: Texts) -> str:
        assert self.starts is not None and self.ends is not None, self.kind
        return format_time_range(self.starts, self.ends, texts)


class _SheetWriter:
    def __init__(self, canvas: Canvas, event: EventInfo, timetable: Timetable) -> None:
        self.canvas = canvas
        self.event = event
        self.timetable = timetable
        self.fonts: FontSet = register_fonts()
        self.texts = texts_for(event.default_language)
        self.by_cell = {(m.slot_id, m.table_id): m for m in timetable.meetings}
        self.grid_names = self._grid_names()
        # Per slot, the most lines a cell of its row has.
        self.grid_lines: dict[int, int] = {}
        for (slot, _table), (first, second) in self.grid_names.items():
            lines = len(first.lines) + len(second.lines)
            self.grid_lines[slot] = max(lines, self.grid_lines.get(slot, 2))

    # Master grid ----------------------------------------------------------------------

    def _grid_column(self, tables: int) -> float:
        """The width of a table's column on a master grid page of ``tables`` tables."""
        return float(LANDSCAPE[0] - 2 * MARGIN - GRID_TIME_COLUMN) / max(tables, 6)

    def _grid_names(self) -> dict[tuple[int, int], tuple[FittedText, FittedText]]:
        """Each meeting's two names (by slot and table), fitted to its cell."""
        tables = self.timetable.tables
        width: dict[int, float] = {}
        for first in range(0, len(tables), GRID_TABLES_PER_PAGE):
            group = tables[first : first + GRID_TABLES_PER_PAGE]
            width.update((table.id, self._grid_column(len(group)) - 6) for table in group)

        def fit(who: Participant, table: int) -> FittedText:
            return fit_text(
                who.name,
                self.fonts.condensed,
                width=width[table],
                max_size=GRID_NAME_SIZES[0],
                min_size=GRID_NAME_SIZES[1],
                max_lines=GRID_NAME_LINES,
            )

        return {
            (m.slot_id, m.table_id): (fit(m.first, m.table_id), fit(m.second, m.table_id))
            for m in self.timetable.meetings
            if m.table_id in width
        }

    def _grid_row_height(self, row: SlotInfo | BreakInfo) -> float:
        """A break's row, or a slot's: as tall as its cell with the most lines."""
        if isinstance(row, BreakInfo):
            return GRID_BREAK_ROW
        return GRID_ROW + _grid_extra(self.grid_lines.get(row.id, 2))

    def grid_pages(self) -> list[tuple[DayInfo, Sequence[_GridRow], Sequence[TableInfo]]]:
        tables = self.timetable.tables
        pages: list[tuple[DayInfo, Sequence[_GridRow], Sequence[TableInfo]]] = []
        for day in self.timetable.days:
            rows: list[_GridRow] = sorted(
                [("slot", slot) for slot in day.slots] + [("break", b) for b in day.breaks],
                key=lambda row: row[1].starts,
            )
            # Rows to pages by their heights; every page has a row at least.
            chunks: list[list[_GridRow]] = [[]]
            room = GRID_ROOM
            for row in rows:
                height = self._grid_row_height(row[1])
                if chunks[-1] and height > room:
                    chunks.append([])
                    room = GRID_ROOM
                chunks[-1].append(row)
                room -= height
            for chunk in chunks:
                for first_table in range(0, len(tables), GRID_TABLES_PER_PAGE):
                    pages.append(
                        (day, chunk, tables[first_table : first_table + GRID_TABLES_PER_PAGE])
                    )
        return pages

    def draw_grid_page(
        self,
        day: DayInfo,
        rows: Sequence[_GridRow],
        tables: Sequence[TableInfo],
        page: int,
        pages: int,
    ) -> None:
        canvas, fonts, texts = self.canvas, self.fonts, self.texts
        canvas.setPageSize(LANDSCAPE)
        width, height = LANDSCAPE
        top = height - MARGIN
        canvas.setFillColor(INK)
        canvas.setFont(fonts.bold, 13)
        title = f"{format_day(day.date, texts)}  ·  {tables[0].name} – {tables[-1].name}"
        canvas.drawString(MARGIN, top - 12, truncate(title, fonts.bold, 13, width * 0.62))
        canvas.setFillColor(MUTED)
        canvas.setFont(fonts.regular, 8.5)
        canvas.drawRightString(
            width - MARGIN, top - 12, truncate(self.event.name, fonts.regular, 8.5, width * 0.33)
        )
        column = self._grid_column(len(tables))
        y = top - 22
        header = 26.0
        canvas.setFillColor(ACCENT)
        canvas.rect(MARGIN, y - header, width - 2 * MARGIN, header, stroke=0, fill=1)
        canvas.setFillColorRGB(1, 1, 1)
        canvas.setFont(fonts.bold, 8)
        canvas.drawString(MARGIN + 3, y - 16, texts.time)
        for index, table in enumerate(tables):
            x = MARGIN + GRID_TIME_COLUMN + index * column
            canvas.setFont(fonts.condensed_bold, 8.5)
            canvas.drawString(
                x + 3, y - 11, truncate(table.name, fonts.condensed_bold, 8.5, column - 6)
            )
            canvas.setFont(fonts.condensed, 7)
            sub = table.owner or table.room
            canvas.drawString(x + 3, y - 21, truncate(sub, fonts.condensed, 7, column - 6))
        y -= header
        for _kind, row in rows:
            row_height = self._grid_row_height(row)
            if isinstance(row, BreakInfo):
                canvas.setFillColor(BREAK_SHADE)
                canvas.rect(
                    MARGIN, y - row_height, width - 2 * MARGIN, row_height, stroke=0, fill=1
                )
                canvas.setFillColor(MUTED)
                canvas.setFont(fonts.italic, 7.5)
                canvas.drawString(
                    MARGIN + 3,
                    y - 9.5,
                    f"{format_time_range(row.starts, row.ends, texts)}  {row.name}",
                )
                y -= row_height
                continue
            canvas.setFillColor(INK)
            canvas.setFont(fonts.bold, 8)
            canvas.drawString(MARGIN + 3, y - 12, format_time(row.starts, texts))
            for index, table in enumerate(tables):
                x = MARGIN + GRID_TIME_COLUMN + index * column
                meeting = self.by_cell.get((row.id, table.id))
                if meeting is None:
                    continue
                canvas.setFillColor(SHADE)
                canvas.rect(x + 1, y - row_height + 1, column - 2, row_height - 2, stroke=0, fill=1)
                canvas.setFillColor(INK)
                names = self.grid_names[(row.id, table.id)]
                gap = GRID_NAME_GAP if sum(len(name.lines) for name in names) > 2 else 0.0
                baseline = y - 9
                for who, name in zip((meeting.first, meeting.second), names, strict=True):
                    cell = Column(x + 3, column - 6, flush_of(who.name))
                    canvas.setFont(fonts.condensed, name.size)
                    for line in name.lines:
                        start = cell.start(line, fonts.condensed, name.size)
                        canvas.drawString(start, baseline, line)
                        baseline -= GRID_LINE
                    baseline -= gap
            canvas.setStrokeColor(RULE)
            canvas.setLineWidth(0.3)
            right = MARGIN + GRID_TIME_COLUMN + len(tables) * column
            canvas.line(MARGIN, y - row_height, right, y - row_height)
            y -= row_height
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.3)
        for index in range(len(tables) + 1):
            x = MARGIN + GRID_TIME_COLUMN + index * column
            canvas.line(x, top - 22 - header, x, y)
        self._footer(LANDSCAPE, f"{page} / {pages}")

    # Table sheets ------------------------------------------------------------------------

    def _table_days(self, table: TableInfo) -> list[list[_Row]]:
        days: list[list[_Row]] = []
        for day in self.timetable.days:
            day_rows: list[_Row] = [
                _Row("break", 14, starts=b.starts, ends=b.ends, label=b.name) for b in day.breaks
            ]
            for slot in day.slots:
                meeting = self.by_cell.get((slot.id, table.id))
                if meeting is None:
                    day_rows.append(
                        _Row("free", SHEET_FREE_ROW, starts=slot.starts, ends=slot.ends)
                    )
                else:
                    names = (self._fit_name(meeting.first), self._fit_name(meeting.second))
                    # A name's second line makes its row that much taller.
                    taller = max(_below_first_line(name) for name in names)
                    day_rows.append(
                        _Row(
                            "meeting",
                            SHEET_ROW + taller,
                            starts=slot.starts,
                            ends=slot.ends,
                            meeting=meeting,
                            names=names,
                        )
                    )
            day_rows.sort(key=lambda row: (row.starts, row.kind != "break"))
            days.append([_Row("day", 24, day=day), *day_rows])
        return days

    def table_pages(self, table: TableInfo) -> list[list[_Row]]:
        """Rows per page; a day starts on a new page unless all of it fits where it is."""
        height = PORTRAIT[1]
        first = height - 2 * MARGIN - 30 * mm - 10 * mm
        later = height - 2 * MARGIN - 14 * mm - 10 * mm
        pages: list[list[_Row]] = [[]]
        room = first
        for rows in self._table_days(table):
            whole = sum(row.height for row in rows)
            if pages[-1] and whole > room and whole <= later:
                pages.append([])
                room = later
            for index, row in enumerate(rows):
                needed = row.height + (rows[1].height if index == 0 and len(rows) > 1 else 0)
                if needed > room and pages[-1]:
                    pages.append([])
                    room = later
                pages[-1].append(row)
                room -= row.height
        return pages

    def draw_table_page(
        self, table: TableInfo, rows: Sequence[_Row], page: int, pages: int
    ) -> None:
        canvas, fonts, texts = self.canvas, self.fonts, self.texts
        canvas.setPageSize(PORTRAIT)
        width, height = PORTRAIT
        top = height - MARGIN
        content = width - 2 * MARGIN
        if page == 1:
            canvas.setFillColor(INK)
            title = fit_text(table.name, fonts.bold, width=content * 0.6, max_size=30, min_size=14)
            canvas.setFont(fonts.bold, title.size)
            canvas.drawString(MARGIN, top - title.size, title.lines[0])
            canvas.setFillColor(MUTED)
            canvas.setFont(fonts.regular, 10)
            details = "  ·  ".join(part for part in (table.room, table.owner) if part)
            canvas.drawString(
                MARGIN, top - title.size - 16, truncate(details, fonts.regular, 10, content * 0.6)
            )
            canvas.setFont(fonts.regular, 8.5)
            canvas.drawRightString(
                width - MARGIN,
                top - 12,
                truncate(self.event.name, fonts.regular, 8.5, content * 0.38),
            )
            canvas.drawRightString(
                width - MARGIN,
                top - 24,
                format_date_range(self.event.first_day, self.event.last_day, texts),
            )
            y = top - 30 * mm
        else:
            canvas.setFillColor(INK)
            canvas.setFont(fonts.bold, 13)
            canvas.drawString(MARGIN, top - 13, f"{table.name} ({texts.continued})")
            y = top - 14 * mm
        canvas.setStrokeColor(ACCENT)
        canvas.setLineWidth(1.2)
        canvas.line(MARGIN, y + 4, width - MARGIN, y + 4)
        time_width = SHEET_TIME_COLUMN
        person_width = (content - time_width - SHEET_TICK_COLUMN) / 2
        for row in rows:
            bottom = y - row.height
            if row.kind == "day":
                assert row.day is not None
                canvas.setFillColor(INK)
                canvas.setFont(fonts.bold, 11)
                canvas.drawString(MARGIN, bottom + 8, format_day(row.day.date, texts))
                canvas.setStrokeColor(INK)
                canvas.setLineWidth(0.8)
                canvas.line(MARGIN, bottom + 3, width - MARGIN, bottom + 3)
            elif row.kind == "break":
                canvas.setFillColor(BREAK_SHADE)
                canvas.rect(MARGIN, bottom + 1, content, row.height - 2, stroke=0, fill=1)
                canvas.setFillColor(MUTED)
                canvas.setFont(fonts.italic, 8.5)
                canvas.drawString(
                    MARGIN + 3,
                    bottom + 4.5,
                    f"{row.times(texts)}    {row.label}",
                )
            elif row.kind == "free":
                canvas.setFillColor(FAINT)
                canvas.setFont(fonts.regular, 8.5)
                canvas.drawString(MARGIN + 3, bottom + 4, row.times(texts))
                canvas.drawString(MARGIN + time_width, bottom + 4, "—")
                canvas.setStrokeColor(RULE)
                canvas.setLineWidth(0.3)
                canvas.line(MARGIN, bottom, width - MARGIN, bottom)
            else:
                meeting, names = row.meeting, row.names
                assert meeting is not None and names is not None
                canvas.setFillColor(SHADE)
                canvas.rect(MARGIN, bottom + 1, content, row.height - 2, stroke=0, fill=1)
                canvas.setFillColor(INK)
                canvas.setFont(fonts.bold, 9.5)
                canvas.drawString(MARGIN + 3, y - 12, row.times(texts))
                for index, who in enumerate((meeting.first, meeting.second)):
                    self._participant(
                        who, names[index], MARGIN + time_width + index * person_width, y
                    )
                # A rule between the two: a name set flush right (Arabic, Hebrew) in the
                # first column ends 6 pt before the second's starts.
                between = MARGIN + time_width + person_width - 3
                canvas.setStrokeColor(RULE)
                canvas.setLineWidth(0.5)
                canvas.line(between, bottom + 4, between, y - 3)
                box = 4 * mm
                canvas.setStrokeColor(INK)
                canvas.setLineWidth(0.7)
                canvas.rect(
                    width - MARGIN - box - 3,
                    bottom + (row.height - box) / 2,
                    box,
                    box,
                    stroke=1,
                    fill=0,
                )
            y = bottom
        self._footer(PORTRAIT, f"{table.name}  ·  {page} / {pages}")

    def _fit_name(self, who: Participant) -> FittedText:
        return fit_text(
            who.name,
            self.fonts.bold,
            width=SHEET_NAME_WIDTH,
            max_size=SHEET_NAME_SIZES[0],
            min_size=SHEET_NAME_SIZES[1],
            max_lines=SHEET_NAME_LINES,
            leading=SHEET_LEADING,
        )

    def _participant(self, who: Participant, name: FittedText, x: float, top: float) -> None:
        canvas, fonts = self.canvas, self.fonts
        width = SHEET_NAME_WIDTH
        # The organisation goes where the name goes: flush right under an Arabic name.
        column = Column(x, width, flush_of(who.name))
        canvas.setFillColor(INK)
        canvas.setFont(fonts.bold, name.size)
        for index, line in enumerate(name.lines):
            canvas.drawString(
                column.start(line, fonts.bold, name.size),
                top - 12 - index * name.size * SHEET_LEADING,
                line,
            )
        top -= _below_first_line(name)
        organisation = ", ".join(
            part
            for part in (who.organisation, country_name(who.country, self.texts.language))
            if part
        )
        canvas.setFillColor(MUTED)
        size = min(7.5, name.size)  # never larger than the name
        canvas.setFont(fonts.regular, size)
        organisation = truncate(organisation, fonts.regular, size, width)
        canvas.drawString(column.start(organisation, fonts.regular, size), top - 22, organisation)

    def _footer(self, size: tuple[float, float], right: str) -> None:
        canvas, fonts = self.canvas, self.fonts
        width, _height = size
        canvas.setFillColor(FAINT)
        canvas.setFont(fonts.regular, 7)
        note = self.event.name
        if not self.event.published:
            note = f"{note}  ·  {self.texts.provisional}"
        canvas.drawString(MARGIN, MARGIN - 10, truncate(note, fonts.regular, 7, width * 0.6))
        canvas.drawRightString(width - MARGIN, MARGIN - 10, right)


def render_table_sheets(
    path: Path,
    event: EventInfo,
    timetable: Timetable,
    *,
    on_progress: Callable[[int, int], None] | None = None,
    cancel: CancelFlag | None = None,
) -> int:
    """Write the master grid, then one sheet per table; return the number of pages."""
    canvas = new_canvas(path, LANDSCAPE, title=event.name, subject="Table sheets and master grid")
    writer = _SheetWriter(canvas, event, timetable)
    pages = 0
    grid = writer.grid_pages() if timetable.tables else []
    total = len(grid) + len(timetable.tables)
    done = 0
    for number, (day, rows, tables) in enumerate(grid, start=1):
        check_cancel(cancel)
        writer.draw_grid_page(day, rows, tables, number, len(grid))
        canvas.showPage()
        pages += 1
        done += 1
        if on_progress is not None:
            on_progress(done, total)
    for table in timetable.tables:
        check_cancel(cancel)
        table_pages = writer.table_pages(table)
        for number, sheet_rows in enumerate(table_pages, start=1):
            writer.draw_table_page(table, sheet_rows, number, len(table_pages))
            canvas.showPage()
            pages += 1
        done += 1
        if on_progress is not None:
            on_progress(done, total)
    if pages == 0:
        canvas.showPage()
        pages = 1
    canvas.save()
    return pages
