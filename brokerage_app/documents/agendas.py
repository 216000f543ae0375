"""Personal agendas: every day of the event, slot by slot, in the attendee's language.

Each meeting shows the time, the table (and room) as the row's most prominent text, and
who the attendee meets: name, organisation, country, one-line profile and, only if that
person consented, their email and phone. Free slots, breaks and slots the attendee is away
are visible too, so a delegate can arrange extra meetings on the spot, unless
``meetings_only`` leaves the free and away slots out. Until the schedule is published every
page carries a "provisional" watermark. Pages are laid out first and drawn second, so each
page can say "page 2 of 3", a day heading always has its first rows below it, and a page
that goes on with a day repeats the day ("... continued"). The event's venue map, when one
is set, is the agenda's last page, and the footer says which page that is. With duplex
padding each agenda in a combined PDF has an even number of pages, so printed two-sided
every agenda starts on the front of a sheet.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from brokerage_app.documents.data import Agenda, AgendaDay, AgendaItem, EventInfo, ItemKind
from brokerage_app.documents.fonts import Column, Flush, FontSet, flush_of, register_fonts
from brokerage_app.documents.i18n import (
    Texts,
    country_name,
    format_date_range,
    format_day,
    format_time_range,
    table_name,
    texts_for,
)
from brokerage_app.documents.output import check_cancel, new_canvas
from brokerage_app.documents.qr import draw_qr, quiet_zone
from brokerage_app.documents.style import (
    ACCENT,
    BREAK_SHADE,
    FAINT,
    INK,
    MUTED,
    RULE,
    SHADE,
    WATERMARK,
)
from brokerage_app.documents.text import FittedText, fit_text, truncate
from brokerage_app.domain.tasks import CancelFlag

PAGE_WIDTH, PAGE_HEIGHT = float(A4[0]), float(A4[1])
MARGIN_X: float = 16 * mm
MARGIN_TOP: float = 13 * mm
MARGIN_BOTTOM: float = 12 * mm
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN_X
FIRST_HEADER: float = 46 * mm
NEXT_HEADER: float = 14 * mm
FOOTER: float = 13 * mm
TIME_COLUMN: float = 26 * mm
TABLE_COLUMN: float = 34 * mm
WHO_X = TIME_COLUMN + TABLE_COLUMN
WHO_WIDTH = CONTENT_WIDTH - WHO_X
QR_SIZE: float = 24 * mm
# The table is what a delegate looks for: larger than anything else on a meeting row.
TABLE_SIZE = 15
# A day heading stays with at least this many of its first rows (all of them if fewer).
KEEP_WITH_HEADING = 2


@dataclass(frozen=True)
class AgendaOptions:
    """How agendas are printed; what they say comes from the agenda itself."""

    # Each agenda gets an even number of pages (a blank one after it when needed), so that
    # printed two-sided every agenda starts on the front of a sheet.
    duplex_padding: bool = True
    # Only meetings and breaks; free and away slots are left out.
    meetings_only: bool = False


@dataclass(frozen=True)
class _Block:
    """One row of the agenda: measured once, drawn at whatever height the page puts it."""

    height: float
    # "day", "continued" (a day going on from the page before), "meeting", "slot",
    # "break", "empty" (no meetings at all), "empty_day" (no meetings that day)
    kind: str
    item: AgendaItem | None = None
    day: AgendaDay | None = None
    lines: tuple[tuple[str, str, float, object], ...] = ()  # (text, font, size, colour)
    # How the lines are set: as the name of the person met (flush right in Arabic).
    flush: Flush = Flush.LEFT
    table: FittedText | None = None


class _AgendaWriter:
    def __init__(self, canvas: Canvas, event: EventInfo, options: AgendaOptions) -> None:
        self.canvas = canvas
        self.event = event
        self.options = options
        self.fonts: FontSet = register_fonts()
        self._forms: dict[tuple[object, ...], str] = {}
        self._map = ImageReader(io.BytesIO(event.venue_map)) if event.venue_map else None

    # Measuring ------------------------------------------------------------------------

    def _meeting_block(self, item: AgendaItem, texts: Texts) -> _Block:
        fonts = self.fonts
        who = item.counterpart
        lines: list[tuple[str, str, float, object]] = []
        if who is None:
            lines.append(("—", fonts.bold, 9.5, INK))
        else:
            # Wrapped rather than set smaller than the organisation line below it.
            name = fit_text(
                who.name, fonts.bold, width=WHO_WIDTH, max_size=9.5, min_size=8.5, max_lines=2
            )
            lines.extend((line, fonts.bold, name.size, INK) for line in name.lines)
            country = country_name(who.country, texts.language)
            organisation = ", ".join(part for part in (who.organisation, country) if part)
            fitted = fit_text(
                organisation,
                fonts.regular,
                width=WHO_WIDTH,
                max_size=8.5,
                min_size=8.5,
                max_lines=2,
            )  # two lines, cut with an ellipsis (not silently) only beyond them
            lines.extend((line, fonts.regular, 8.5, INK) for line in fitted.lines)
            if who.profile:
                profile = fit_text(
                    who.profile, fonts.italic, width=WHO_WIDTH, max_size=8, min_size=8, max_lines=2
                )
                lines.extend((line, fonts.italic, 8, MUTED) for line in profile.lines)
            contact = "  ·  ".join(part for part in (who.email, who.phone) if part)
            if contact:
                text = truncate(f"{texts.contact}: {contact}", fonts.regular, 8, WHO_WIDTH)
                lines.append((text, fonts.regular, 8, MUTED))
        table = fit_text(
            table_name(item.table, texts) or "—",
            fonts.bold,
            width=TABLE_COLUMN - 4,
            max_size=TABLE_SIZE,
            min_size=9,
            max_lines=2,
        )
        table_height = len(table.lines) * table.size * 1.1 + (11 if item.room else 0) + 9
        height = sum(size * 1.25 for _, _, size, _ in lines) + 5
        return _Block(
            max(height, table_height, 26),
            "meeting",
            item=item,
            lines=tuple(lines),
            table=table,
            flush=flush_of(who.name) if who is not None else Flush.LEFT,
        )

    def _blocks(self, agenda: Agenda, texts: Texts) -> list[_Block]:
        meetings_only = self.options.meetings_only
        blocks: list[_Block] = []
        if not agenda.meetings:
            blocks.append(_Block(22, "empty"))
            if meetings_only:
                return blocks
        for day in agenda.days:
            blocks.append(_Block(24, "day", day=day))
            if meetings_only and not day.meetings:
                blocks.append(_Block(16, "empty_day", day=day))
                continue
            for item in day.items:
                if item.kind is ItemKind.MEETING:
                    blocks.append(self._meeting_block(item, texts))
                elif item.kind is ItemKind.BREAK:
                    blocks.append(_Block(14, "break", item=item))
                elif not meetings_only:
                    blocks.append(_Block(13, "slot", item=item))
        return blocks

    @staticmethod
    def _paginate(blocks: Sequence[_Block]) -> list[list[_Block]]:
        """Blocks to pages: a day heading keeps its first rows, a page going on with a day
        starts by repeating it."""
        first = PAGE_HEIGHT - MARGIN_TOP - FIRST_HEADER - FOOTER - MARGIN_BOTTOM
        later = PAGE_HEIGHT - MARGIN_TOP - NEXT_HEADER - FOOTER - MARGIN_BOTTOM
        pages: list[list[_Block]] = [[]]
        room = first
        day: AgendaDay | None = None
        for index, block in enumerate(blocks):
            needed = block.height
            if block.kind == "day":
                day = block.day
                for following in blocks[index + 1 : index + 1 + KEEP_WITH_HEADING]:
                    if following.kind == "day":
                        break
                    needed += following.height
            if needed > room and pages[-1]:
                pages.append([])
                room = later
                if block.kind != "day" and day is not None:
                    heading = _Block(20, "continued", day=day)
                    pages[-1].append(heading)
                    room -= heading.height
            pages[-1].append(block)
            room -= block.height
        return pages

    # Drawing ----------------------------------------------------------------------------

    def write(self, agenda: Agenda) -> int:
        """Draw one agenda; return the pages it took, a padding page included."""
        texts = texts_for(agenda.person.language)
        pages = self._paginate(self._blocks(agenda, texts))
        total = len(pages) + (self._map is not None)
        map_page = total if self._map is not None else None
        for number, blocks in enumerate(pages, start=1):
            if number == 1:
                top = self._first_header(agenda, texts)
            else:
                top = self._next_header(agenda, texts)
            for block in blocks:
                self._draw_block(block, top, texts)
                top -= block.height
            self._stamp(
                ("footer", texts.language, map_page),
                0,
                0,
                PAGE_WIDTH,
                PAGE_HEIGHT,
                lambda: self._footer(texts, map_page),
            )
            self._page_number(texts, number, total)
            if not self.event.published:
                # Last and translucent, so it shows over shaded rows without hiding text;
                # not a form, because form resources would drop the transparency.
                self._watermark(texts)
            self.canvas.showPage()
        if map_page is not None:
            self._stamp(
                ("map", texts.language),
                0,
                0,
                PAGE_WIDTH,
                PAGE_HEIGHT,
                lambda: self._map_page(texts),
            )
            self._page_number(texts, total, total)
            self.canvas.showPage()
        if self.options.duplex_padding and total % 2:
            self.canvas.showPage()  # the back of the last sheet stays blank
            total += 1
        return total

    def _watermark(self, texts: Texts) -> None:
        canvas = self.canvas
        canvas.saveState()
        canvas.setFillColor(WATERMARK)
        canvas.translate(PAGE_WIDTH / 2, PAGE_HEIGHT / 2)
        canvas.rotate(50)
        fitted = fit_text(
            texts.provisional, self.fonts.bold, width=PAGE_HEIGHT * 0.8, max_size=96, min_size=40
        )
        canvas.setFont(self.fonts.bold, fitted.size)
        canvas.drawCentredString(0, -fitted.size * 0.35, fitted.lines[0])
        canvas.restoreState()

    def _first_header(self, agenda: Agenda, texts: Texts) -> float:
        canvas, fonts, person = self.canvas, self.fonts, agenda.person
        top = PAGE_HEIGHT - MARGIN_TOP
        qr_x = PAGE_WIDTH - MARGIN_X - QR_SIZE
        draw_qr(canvas, person.code, qr_x, top - QR_SIZE, QR_SIZE)
        text_width = qr_x - quiet_zone(person.code, QR_SIZE) - 2 * mm - MARGIN_X
        x = MARGIN_X

        canvas.setFillColor(ACCENT)
        canvas.setFont(fonts.bold, 10)
        canvas.drawString(x, top - 9, truncate(self.event.name, fonts.bold, 10, text_width))
        details = "  ·  ".join(
            part
            for part in (
                format_date_range(self.event.first_day, self.event.last_day, texts),
                self.event.venue,
            )
            if part
        )
        canvas.setFillColor(MUTED)
        canvas.setFont(fonts.regular, 8.5)
        canvas.drawString(x, top - 21, truncate(details, fonts.regular, 8.5, text_width))

        name = fit_text(
            person.full_name, fonts.bold, width=text_width, max_size=20, min_size=11, max_lines=2
        )
        # The name and organisation start where the name does: on the right in Arabic.
        column = Column(x, text_width, flush_of(person.full_name))
        y = top - 30
        canvas.setFillColor(INK)
        canvas.setFont(fonts.bold, name.size)
        for line in name.lines:
            y -= name.size * 1.15
            canvas.drawString(column.start(line, fonts.bold, name.size), y + name.size * 0.2, line)
        organisation = ", ".join(
            part
            for part in (person.organisation, country_name(person.country, texts.language))
            if part
        )
        # Two lines before an ellipsis; the header has room for them under a two-line name.
        fitted = fit_text(
            organisation, fonts.regular, width=text_width, max_size=10.5, min_size=9, max_lines=2
        )
        canvas.setFont(fonts.regular, fitted.size)
        y -= 13 - fitted.size * 1.1
        for line in fitted.lines:
            y -= fitted.size * 1.1
            canvas.drawString(column.start(line, fonts.regular, fitted.size), y, line)
        count = len(agenda.meetings)
        summary = f"{texts.your_agenda}  ·  {texts.meetings_count.format(n=count)}"
        canvas.setFillColor(MUTED)
        canvas.setFont(fonts.regular, 8.5)
        y -= 12
        canvas.drawString(x, y, truncate(summary, fonts.regular, 8.5, text_width))
        if not self.event.published:
            canvas.setFillColor(WATERMARK.clone(alpha=1))
            canvas.setFont(fonts.bold, 8.5)
            y -= 10.5
            canvas.drawString(x, y, truncate(texts.provisional_note, fonts.bold, 8.5, text_width))
        header_bottom: float = PAGE_HEIGHT - MARGIN_TOP - FIRST_HEADER
        canvas.setStrokeColor(ACCENT)
        canvas.setLineWidth(1.2)
        canvas.line(MARGIN_X, header_bottom + 3, PAGE_WIDTH - MARGIN_X, header_bottom + 3)
        return header_bottom

    def _next_header(self, agenda: Agenda, texts: Texts) -> float:
        canvas, fonts = self.canvas, self.fonts
        top = PAGE_HEIGHT - MARGIN_TOP
        canvas.setFillColor(INK)
        canvas.setFont(fonts.bold, 11)
        title = f"{agenda.person.full_name} ({texts.continued})"
        canvas.drawString(MARGIN_X, top - 11, truncate(title, fonts.bold, 11, CONTENT_WIDTH * 0.6))
        canvas.setFillColor(MUTED)
        canvas.setFont(fonts.regular, 8.5)
        canvas.drawRightString(
            PAGE_WIDTH - MARGIN_X,
            top - 11,
            truncate(self.event.name, fonts.regular, 8.5, CONTENT_WIDTH * 0.38),
        )
        header_bottom: float = top - NEXT_HEADER
        canvas.setStrokeColor(ACCENT)
        canvas.setLineWidth(1.2)
        canvas.line(MARGIN_X, header_bottom + 6, PAGE_WIDTH - MARGIN_X, header_bottom + 6)
        return header_bottom

    def _stamp(
        self,
        key: tuple[object, ...],
        x: float,
        y: float,
        width: float,
        height: float,
        draw: Callable[[], None],
    ) -> None:
        """Draw ``draw`` (in coordinates from (0, 0)) at (x, y), as a form made once.

        Free slots, breaks, day headings, footers and watermarks repeat across thousands of
        agendas; as PDF forms they are written once per file, which makes large prints
        several times faster and their files smaller.
        """
        canvas = self.canvas
        name = self._forms.get(key)
        if name is None:
            name = f"agenda-part-{len(self._forms)}"
            canvas.beginForm(name, -1, -1, width + 1, height + 1)
            draw()
            canvas.endForm()
            self._forms[key] = name
        canvas.saveState()
        canvas.translate(x, y)
        canvas.doForm(name)
        canvas.restoreState()

    def _draw_block(self, block: _Block, top: float, texts: Texts) -> None:
        bottom = top - block.height
        if block.kind == "meeting":
            self._draw_meeting(block, top, texts)
            return
        item = block.item
        key = (
            block.kind,
            texts.language,
            block.height,
            (block.day.date, block.day.label) if block.day else None,
            (item.kind, item.starts, item.ends, item.label) if item else None,
        )
        self._stamp(
            key,
            MARGIN_X,
            bottom,
            CONTENT_WIDTH,
            block.height,
            lambda: self._draw_plain_block(block, texts),
        )

    def _draw_plain_block(self, block: _Block, texts: Texts) -> None:
        """Day headings, breaks and free slots, drawn with their lower-left corner at (0, 0)."""
        canvas, fonts = self.canvas, self.fonts
        x = bottom = 0.0
        if block.kind in ("day", "continued"):
            day = block.day
            assert day is not None
            title = format_day(day.date, texts)
            if day.label:
                title = f"{title}  ·  {day.label}"
            if block.kind == "continued":
                title = f"{title} ({texts.continued})"
            size = 11.5 if block.kind == "day" else 10
            canvas.setFillColor(INK if block.kind == "day" else MUTED)
            canvas.setFont(fonts.bold, size)
            canvas.drawString(
                x, bottom + 8, truncate(title, fonts.bold, size, CONTENT_WIDTH * 0.85)
            )
            canvas.setStrokeColor(INK if block.kind == "day" else RULE)
            canvas.setLineWidth(0.8)
            canvas.line(x, bottom + 3, x + CONTENT_WIDTH, bottom + 3)
            return
        if block.kind in ("empty", "empty_day"):
            words, size = (
                (texts.no_meetings, 10) if block.kind == "empty" else (texts.no_meetings_day, 9)
            )
            canvas.setFillColor(MUTED)
            canvas.setFont(fonts.italic, size)
            canvas.drawString(
                x + (0 if block.kind == "empty" else 3),
                bottom + 5,
                truncate(words, fonts.italic, size, CONTENT_WIDTH),
            )
            return
        item = block.item
        assert item is not None
        when = format_time_range(item.starts, item.ends, texts)
        if block.kind == "break":
            canvas.setFillColor(BREAK_SHADE)
            canvas.rect(x, bottom + 1, CONTENT_WIDTH, block.height - 2, stroke=0, fill=1)
            canvas.setFillColor(MUTED)
            canvas.setFont(fonts.regular, 8.5)
            canvas.drawString(x + 3, bottom + 4.5, when)
            canvas.setFont(fonts.italic, 8.5)
            canvas.drawString(
                x + TIME_COLUMN,
                bottom + 4.5,
                truncate(item.label, fonts.italic, 8.5, CONTENT_WIDTH - TIME_COLUMN),
            )
            return
        if block.kind == "slot":
            canvas.setFillColor(FAINT)
            canvas.setFont(fonts.regular, 8.5)
            canvas.drawString(x + 3, bottom + 4, when)
            label = texts.free if item.kind is ItemKind.FREE else texts.not_available
            canvas.drawString(x + TIME_COLUMN, bottom + 4, label)
            canvas.setStrokeColor(RULE)
            canvas.setLineWidth(0.3)
            canvas.line(x, bottom, x + CONTENT_WIDTH, bottom)

    def _draw_meeting(self, block: _Block, top: float, texts: Texts) -> None:
        canvas, fonts = self.canvas, self.fonts
        item = block.item
        assert item is not None
        x = MARGIN_X
        bottom = top - block.height
        when = format_time_range(item.starts, item.ends, texts)
        canvas.setFillColor(SHADE)
        canvas.rect(x, bottom + 1, CONTENT_WIDTH, block.height - 2, stroke=0, fill=1)
        # One text object for the whole row: a drawString per line costs a text object each.
        first_baseline = top - 12
        text = canvas.beginText()
        text.setFillColor(INK)
        text.setFont(fonts.bold, 9)
        text.setTextOrigin(x + 3, first_baseline)
        text.textOut(when)
        table = block.table
        assert table is not None
        text.setFillColor(ACCENT)
        text.setFont(fonts.bold, table.size)
        y = top - 3
        for line in table.lines:
            y -= table.size * 1.1
            text.setTextOrigin(x + TIME_COLUMN, y + table.size * 0.12)
            text.textOut(line)
        if item.room:
            text.setFillColor(INK)
            text.setFont(fonts.regular, 8)
            text.setTextOrigin(x + TIME_COLUMN, y - 9)
            text.textOut(truncate(item.room, fonts.regular, 8, TABLE_COLUMN - 4))
        y = top - 3
        who = Column(x + WHO_X, WHO_WIDTH, block.flush)
        for line, font, size, colour in block.lines:
            y -= size * 1.25
            text.setFillColor(colour)
            text.setFont(font, size)
            text.setTextOrigin(who.start(line, font, size), y + size * 0.2 - 1)
            text.textOut(line)
        canvas.drawText(text)

    def _page_number(self, texts: Texts, page: int, pages: int) -> None:
        self.canvas.setFont(self.fonts.regular, 7.5)
        self.canvas.setFillColor(MUTED)
        self.canvas.drawRightString(
            PAGE_WIDTH - MARGIN_X,
            MARGIN_BOTTOM + FOOTER - 14,
            texts.page.format(page=page, pages=pages),
        )

    def _footer(self, texts: Texts, map_page: int | None) -> None:
        canvas, fonts, event = self.canvas, self.fonts, self.event
        top = MARGIN_BOTTOM + FOOTER - 4
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        canvas.line(MARGIN_X, top, PAGE_WIDTH - MARGIN_X, top)
        width = CONTENT_WIDTH - 28 * mm
        canvas.setFont(fonts.regular, 7.5)
        canvas.setFillColor(MUTED)
        lines = []
        where = [texts.venue_map_page.format(page=map_page)] if map_page is not None else []
        if event.venue_map_ref:
            where.append(event.venue_map_ref)
        if where:
            lines.append(f"{texts.venue_map}: {'  ·  '.join(where)}")
        contact = "  ·  ".join(
            part
            for part in (event.organiser_name, event.organiser_email, event.organiser_phone)
            if part
        )
        if contact:
            lines.append(f"{texts.organiser}: {contact}")
        y = top - 10
        for line in lines:
            canvas.drawString(MARGIN_X, y, truncate(line, fonts.regular, 7.5, width))
            y -= 10

    def _map_page(self, texts: Texts) -> None:
        """The venue map as large as the page allows, turned when that makes it larger."""
        canvas, fonts, image = self.canvas, self.fonts, self._map
        assert image is not None
        top = PAGE_HEIGHT - MARGIN_TOP
        canvas.setFillColor(INK)
        canvas.setFont(fonts.bold, 14)
        canvas.drawString(MARGIN_X, top - 14, texts.venue_map)
        details = "  ·  ".join(part for part in (self.event.name, self.event.venue) if part)
        canvas.setFillColor(MUTED)
        canvas.setFont(fonts.regular, 8.5)
        canvas.drawRightString(
            PAGE_WIDTH - MARGIN_X,
            top - 14,
            truncate(details, fonts.regular, 8.5, CONTENT_WIDTH * 0.6),
        )
        canvas.setStrokeColor(ACCENT)
        canvas.setLineWidth(1.2)
        canvas.line(MARGIN_X, top - 20, PAGE_WIDTH - MARGIN_X, top - 20)
        box_top = top - 28
        box_bottom = MARGIN_BOTTOM + 12
        box_width, box_height = CONTENT_WIDTH, box_top - box_bottom
        width, height = image.getSize()
        upright = min(box_width / width, box_height / height)
        turned = min(box_width / height, box_height / width)
        canvas.saveState()
        if turned > upright * 1.15:
            # Landscape maps read better turned a quarter than shrunk to the page's width.
            # Its top at the left edge, as printers turn landscape pages.
            drawn_width, drawn_height = height * turned, width * turned
            right = MARGIN_X + (box_width + drawn_width) / 2
            bottom = box_top - (box_height + drawn_height) / 2
            canvas.translate(right, bottom)
            canvas.rotate(90)
            canvas.drawImage(image, 0, 0, drawn_height, drawn_width)
        else:
            drawn_width, drawn_height = width * upright, height * upright
            x = MARGIN_X + (box_width - drawn_width) / 2
            y = box_top - drawn_height
            canvas.drawImage(image, x, y, drawn_width, drawn_height)
        canvas.restoreState()


def render_agendas(
    path: Path,
    event: EventInfo,
    agendas: Sequence[Agenda],
    *,
    options: AgendaOptions | None = None,
    on_progress: Callable[[int, int], None] | None = None,
    cancel: CancelFlag | None = None,
) -> int:
    """Write the agendas one after another into ``path``; return the number of pages."""
    canvas = new_canvas(path, A4, title=event.name, subject="Personal agendas")
    writer = _AgendaWriter(canvas, event, options or AgendaOptions())
    pages = 0
    for done, agenda in enumerate(agendas, start=1):
        check_cancel(cancel)
        pages += writer.write(agenda)
        if on_progress is not None:
            on_progress(done, len(agendas))
    if pages == 0:
        canvas.showPage()
        pages = 1
    canvas.save()
    return pages
