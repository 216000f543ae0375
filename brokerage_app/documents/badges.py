"""Name badges: label sheets, single cards and fold-over badges with an agenda on the back.

Every badge carries the attendee's signed check-in code as a QR of at least 22 mm, the name
(badge name if set) as large as fits, the organisation, the country, a colour band for the
category, and the event's name and dates. Each badge is drawn in its own coordinate system
and clipped to its label, and every text is fitted (shrink, wrap, then ellipsis), so no
name runs onto a neighbouring label.

On sheets each badge is drawn in the part of its label that lies inside the printer-safe
area (``BadgeLayout.content_rect``), so nothing comes within 5 mm of the sheet edge. With a
bleed (for print shops) every badge is a page of its own: trim size plus the bleed, into
which the colour bands run, plus crop marks outside the bleed. Job title and honorific are
printed when the organiser asks for them. A fold-over badge is the delegate's own: its
front is in their language and its back lists their meetings with table and room.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache, partial
from pathlib import Path

from reportlab.lib.colors import Color
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from brokerage_app.documents.data import Agenda, AgendaItem, EventInfo, Person
from brokerage_app.documents.fonts import Column, Flush, FontSet, flush_of, register_fonts
from brokerage_app.documents.i18n import (
    badge_texts_for,
    category_name,
    country_name,
    format_date_range,
    format_short_day,
    format_time,
    table_name,
    texts_for,
)
from brokerage_app.documents.layouts import BadgeLayout, Rect
from brokerage_app.documents.output import check_cancel, new_canvas
from brokerage_app.documents.qr import draw_qr, quiet_zone
from brokerage_app.documents.style import (
    DEFAULT_CATEGORIES,
    FAINT,
    INK,
    MUTED,
    RULE,
    CategoryStyle,
    category_style,
    category_styles,
)
from brokerage_app.documents.text import fit_name_and_organisation, fit_text, truncate
from brokerage_app.domain.tasks import CancelFlag
from brokerage_app.paths import resources_dir

LEADING = 1.15
_LOGO_FORM = "event-logo"
_LOGO_UNIT = 100.0
MIN_QR = 22 * mm


@dataclass(frozen=True)
class BadgeOptions:
    layout: BadgeLayout
    offset_mm: tuple[float, float] = (0.0, 0.0)
    start_position: int = 1
    cut_marks: bool = True
    categories: Mapping[str, CategoryStyle] = field(default_factory=category_styles)
    logo: Path | None = None
    show_job_title: bool = False
    show_honorific: bool = False
    # Print-shop output: each badge on its own page with this bleed (mm) and crop marks.
    bleed_mm: float = 0.0


# Crop marks of a bleed print start this far outside the bleed and are this long.
CROP_MARK_OFFSET = 2 * mm
CROP_MARK_LENGTH = 5 * mm


def bleed_page(layout: BadgeLayout, bleed_mm: float) -> tuple[float, float, Rect]:
    """Page width and height of a bleed print and where the trimmed badge lies on it."""
    slug = bleed_mm * mm + CROP_MARK_OFFSET + CROP_MARK_LENGTH
    trim = Rect(slug, slug, layout.label_width, layout.label_height)
    return layout.label_width + 2 * slug, layout.label_height + 2 * slug, trim


def default_logo() -> Path | None:
    path = resources_dir() / "logo.png"
    return path if path.is_file() else None


@cache
def _logo_reader(path: Path) -> tuple[ImageReader, float]:
    reader = ImageReader(str(path))
    width, height = reader.getSize()
    return reader, width / height


class _BadgeDrawer:
    def __init__(self, canvas: Canvas, event: EventInfo, options: BadgeOptions) -> None:
        self.canvas = canvas
        self.event = event
        self.options = options
        self.fonts: FontSet = register_fonts()
        texts = texts_for(event.default_language)
        self.dates = format_date_range(event.first_day, event.last_day, texts)
        self.logo = _logo_reader(options.logo) if options.logo else None
        self._logo_form = False
        self.bleed = options.bleed_mm * mm
        self._area = (0.0, 0.0)  # the panel being drawn, for bands that run into the bleed

    def _name(self, person: Person) -> str:
        name = person.name_on_badge
        if self.options.show_honorific and person.honorific:
            return f"{person.honorific} {name}"
        return name

    def _job_title(self, person: Person) -> str:
        return person.job_title if self.options.show_job_title else ""

    def _category_label(self, person: Person, style: CategoryStyle, language: str) -> str:
        """The band's text; a category's default label is said in ``language``."""
        if style == DEFAULT_CATEGORIES.get(person.category):
            return category_name(person.category, language).upper()
        return style.label.upper()

    # Shared pieces -------------------------------------------------------------------

    def _lines(
        self,
        lines: Sequence[str],
        font: str,
        size: float,
        where: float | Column,
        top: float,
        *,
        colour: Color = INK,
    ) -> float:
        """Draw lines from ``top`` downwards, starting at x = ``where`` or set in its
        column; return the y below the last line."""
        column = where if isinstance(where, Column) else Column(where)
        canvas = self.canvas
        canvas.setFont(font, size)
        canvas.setFillColor(colour)
        y = top
        for line in lines:
            y -= size * LEADING
            canvas.drawString(column.start(line, font, size), y + size * 0.22, line)
        return y

    def _band(self, x: float, y: float, width: float, height: float, style: CategoryStyle) -> None:
        """A colour band; an edge on the panel's edge runs into the bleed, if any."""
        if self.bleed:
            area_width, area_height = self._area
            right, top = x + width, y + height
            x = x - self.bleed if x <= 0 else x
            y = y - self.bleed if y <= 0 else y
            right = right + self.bleed if right >= area_width else right
            top = top + self.bleed if top >= area_height else top
            width, height = right - x, top - y
        self.canvas.setFillColor(style.color)
        self.canvas.rect(x, y, width, height, stroke=0, fill=1)

    def _logo(self, x: float, y: float, height: float) -> float:
        """Draw the logo with its lower-left corner at (x, y); return its width."""
        if self.logo is None:
            return 0.0
        reader, ratio = self.logo
        canvas = self.canvas
        if not self._logo_form:
            # Embedded once as a form and reused: drawing the image anew hashes its pixels
            # on every badge.
            canvas.beginForm(_LOGO_FORM, 0, 0, ratio * _LOGO_UNIT, _LOGO_UNIT)
            canvas.drawImage(reader, 0, 0, ratio * _LOGO_UNIT, _LOGO_UNIT, mask="auto")
            canvas.endForm()
            self._logo_form = True
        canvas.saveState()
        canvas.translate(x, y)
        canvas.scale(height / _LOGO_UNIT, height / _LOGO_UNIT)
        canvas.doForm(_LOGO_FORM)
        canvas.restoreState()
        return height * ratio

    # Landscape badges: business cards, CR80, A7, 4 x 3 in --------------------------------

    def landscape(self, person: Person, width: float, height: float) -> None:
        fonts, canvas = self.fonts, self.canvas
        self._area = (width, height)
        style = category_style(self.options.categories, person.category)
        scale = min(width / (90 * mm), height / (54 * mm))
        pad = 4 * mm
        band = max(8 * mm, height * 0.16)
        self._band(0, height - band, width, band, style)
        label = fit_text(
            self._category_label(person, style, self.event.default_language),
            fonts.bold,
            width=width - 2 * pad,
            max_size=min(11 * scale, band / mm * 1.25),
            min_size=6,
        )
        canvas.setFont(fonts.bold, label.size)
        canvas.setFillColor(style.text_color)
        canvas.drawString(pad, height - band / 2 - label.size * 0.36, label.lines[0])

        qr = min(max(MIN_QR, width * 0.27), 30 * mm, height - band - 2 * pad)
        qr_x = width - pad - qr
        qr_y = (height - band - qr) / 2
        draw_qr(canvas, person.code, qr_x, qr_y, qr)

        text_x = pad
        text_width = qr_x - quiet_zone(person.code, qr) - 1.5 * mm - text_x
        footer_size = max(5.5, 6.5 * scale)
        footer_height = footer_size * 1.3 * 2 + 1 * mm
        top = height - band - 2.8 * mm
        bottom = pad * 0.6 + footer_height
        available = top - bottom
        job_title = self._job_title(person)
        job_title_size = 8.5 * scale
        # The job title's line is kept free, so that a name wrapping to three lines shrinks
        # instead of pushing the country off the badge (the organiser walk's "Prof. Dr.
        # Mikael Moreau", CEO, on a business card).
        kept = job_title_size * LEADING if job_title else 0.0

        name, organisation = fit_name_and_organisation(
            self._name(person),
            person.organisation,
            name_font=fonts.bold,
            organisation_font=fonts.regular,
            width=text_width,
            height=available * 0.9 - kept,
            name_sizes=(19 * scale, 7),
            organisation_sizes=(10.5 * scale, 6.5),
            gap=1.2 * mm,
            leading=LEADING,
            language=person.language,
        )
        # The person's lines start where their name starts: on the right for a name in
        # Arabic or Hebrew, as right-to-left text is set flush right.
        column = Column(text_x, text_width, flush_of(person.name_on_badge))
        y = self._lines(name.lines, fonts.bold, name.size, column, top)
        if job_title:
            size = min(job_title_size, name.size)
            y = self._lines(
                [truncate(job_title, fonts.italic, size, text_width)],
                fonts.italic,
                size,
                column,
                y,
                colour=MUTED,
            )
        y -= 1.2 * mm
        y = self._lines(organisation.lines, fonts.regular, organisation.size, column, y)
        country = country_name(person.country)
        if country and y - bottom > 7:
            fitted = fit_text(
                country, fonts.regular, width=text_width, max_size=9 * scale, min_size=6
            )
            size = min(fitted.size, y - bottom)
            self._lines(fitted.lines, fonts.regular, size, column, y, colour=MUTED)

        logo_width = 0.0
        if self.logo is not None:
            logo_width = self._logo(text_x, pad * 0.6, footer_height - 1 * mm) + 1.5 * mm
        footer_x = text_x + logo_width
        footer_width = text_width - logo_width
        canvas.setFont(fonts.condensed_bold, footer_size)
        canvas.setFillColor(MUTED)
        line_y = pad * 0.6 + footer_size * 1.3 + footer_size * 0.25
        canvas.drawString(
            footer_x,
            line_y,
            truncate(self.event.name, fonts.condensed_bold, footer_size, footer_width),
        )
        canvas.setFont(fonts.condensed, footer_size)
        canvas.drawString(
            footer_x,
            line_y - footer_size * 1.3,
            truncate(self.dates, fonts.condensed, footer_size, footer_width),
        )

    # Portrait badges: A6 and fold-over fronts -------------------------------------------

    def portrait(
        self, person: Person, width: float, height: float, *, own_language: bool = False
    ) -> None:
        """An A6 badge; ``own_language`` writes its dates, country and category in the
        delegate's language (fold-over badges) instead of the event's."""
        fonts, canvas = self.fonts, self.canvas
        self._area = (width, height)
        language = person.language if own_language else self.event.default_language
        dates = (
            format_date_range(self.event.first_day, self.event.last_day, texts_for(language))
            if own_language
            else self.dates
        )
        style = category_style(self.options.categories, person.category)
        pad = 8 * mm
        band = 17 * mm
        inner = width - 2 * pad

        header_top = height - 7 * mm
        logo_height = 12 * mm
        logo_width = 0.0
        if self.logo is not None:
            logo_width = self._logo(pad, header_top - logo_height, logo_height) + 3 * mm
        header_width = inner - logo_width
        event = fit_text(
            self.event.name,
            fonts.bold,
            width=header_width,
            max_size=11,
            min_size=7,
            max_lines=2,
        )
        y = self._lines(event.lines, fonts.bold, event.size, pad + logo_width, header_top + 1)
        self._lines(
            [truncate(dates, fonts.regular, 8.5, header_width)],
            fonts.regular,
            8.5,
            pad + logo_width,
            y,
            colour=MUTED,
        )
        rule_y = height - 24 * mm
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        canvas.line(pad, rule_y, width - pad, rule_y)

        self._band(0, 0, width, band, style)
        label = fit_text(
            self._category_label(person, style, language),
            fonts.bold,
            width=inner,
            max_size=20,
            min_size=8,
        )
        canvas.setFont(fonts.bold, label.size)
        canvas.setFillColor(style.text_color)
        canvas.drawCentredString(width / 2, band / 2 - label.size * 0.36, label.lines[0])

        qr = 36 * mm
        qr_room = qr + 2 * quiet_zone(person.code, qr) + 4 * mm
        top = rule_y - 5 * mm
        bottom = band + qr_room
        available = top - bottom
        name, organisation = fit_name_and_organisation(
            self._name(person),
            person.organisation,
            name_font=fonts.bold,
            organisation_font=fonts.regular,
            width=inner,
            height=available * 0.86,
            name_sizes=(30, 10),
            organisation_sizes=(15, 8),
            gap=2 * mm,
            leading=LEADING,
            language=person.language,
        )
        centred = Column(pad, inner, Flush.CENTRE)
        y = self._lines(name.lines, fonts.bold, name.size, centred, top)
        job_title = self._job_title(person)
        if job_title:
            fitted = fit_text(
                job_title, fonts.italic, width=inner, max_size=min(13, name.size), min_size=8
            )
            y = self._lines(fitted.lines, fonts.italic, fitted.size, centred, y, colour=MUTED)
        y -= 2 * mm
        y = self._lines(organisation.lines, fonts.regular, organisation.size, centred, y)
        country = country_name(person.country, texts_for(language).language)
        if country and y - bottom > 10:
            fitted = fit_text(country, fonts.regular, width=inner, max_size=12, min_size=7)
            y = self._lines(fitted.lines, fonts.regular, fitted.size, centred, y, colour=MUTED)
        # The code sits in the middle of what the text leaves free above the band.
        qr_y = band + (min(y, top) - band - qr) / 2
        draw_qr(canvas, person.code, (width - qr) / 2, qr_y, qr)

    # Fold-over backs: the attendee's meetings at a glance -------------------------------

    def agenda_back(
        self, person: Person, agenda: Agenda | None, width: float, height: float
    ) -> None:
        fonts, canvas = self.fonts, self.canvas
        texts = texts_for(person.language)
        pad = 7 * mm
        inner = width - 2 * pad
        y = height - pad
        heading = fit_text(texts.your_agenda, fonts.bold, width=inner, max_size=13, min_size=8)
        y = self._lines(heading.lines, fonts.bold, heading.size, pad, y, colour=INK)
        name = fit_text(person.full_name, fonts.regular, width=inner, max_size=9, min_size=6)
        y = self._lines(name.lines, fonts.regular, name.size, pad, y, colour=MUTED)
        meetings = agenda.meetings if agenda else ()
        where = self._where(meetings, texts.language)
        if where:
            fitted = fit_text(where, fonts.bold, width=inner, max_size=8.5, min_size=6, max_lines=2)
            y = self._lines(fitted.lines, fonts.bold, fitted.size, pad, y, colour=INK)
        if not self.event.published:
            note = fit_text(
                texts.provisional_note, fonts.italic, width=inner, max_size=7.5, min_size=5.5
            )
            y = self._lines(note.lines, fonts.italic, note.size, pad, y, colour=MUTED)
        y -= 2 * mm
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(pad, y, width - pad, y)
        y -= 1.5 * mm

        size = 9.0
        step = size * 1.35
        bottom = pad + 2 * step
        if not meetings:
            fitted = fit_text(
                texts.no_meetings, fonts.regular, width=inner, max_size=9, min_size=7, max_lines=4
            )
            self._lines(fitted.lines, fonts.regular, fitted.size, pad, y, colour=MUTED)
        else:
            with_rooms = any(meeting.room for meeting in meetings)
            time_width = (40 if with_rooms else 31) * mm
            shown = 0
            current_day = None
            for meeting in meetings:
                needs = step * (2 if meeting.starts.date() != current_day else 1)
                if y - needs < bottom and shown < len(meetings):
                    break
                if meeting.starts.date() != current_day:
                    current_day = meeting.starts.date()
                    y -= step
                    canvas.setFont(fonts.bold, size)
                    canvas.setFillColor(INK)
                    canvas.drawString(pad, y + 2, format_short_day(current_day, texts))
                y -= step
                counterpart = meeting.counterpart
                who = counterpart.name if counterpart else ""
                if counterpart and counterpart.organisation:
                    who = f"{who}, {counterpart.organisation}"
                canvas.setFont(fonts.condensed_bold, size)
                canvas.setFillColor(INK)
                place = table_name(meeting.table, texts)
                if meeting.room:
                    place = f"{place} · {meeting.room}"
                canvas.drawString(
                    pad,
                    y + 2,
                    truncate(
                        f"{format_time(meeting.starts, texts)}  {place}",
                        fonts.condensed_bold,
                        size,
                        time_width - 1.5 * mm,
                    ),
                )
                canvas.setFont(fonts.condensed, size)
                canvas.drawString(
                    pad + time_width,
                    y + 2,
                    truncate(who, fonts.condensed, size, inner - time_width),
                )
                shown += 1
            if shown < len(meetings):
                canvas.setFont(fonts.bold, size)
                canvas.drawString(
                    pad, pad + step, texts.more_meetings.format(n=len(meetings) - shown)
                )
        canvas.setFont(fonts.regular, 6.5)
        canvas.setFillColor(FAINT)
        canvas.drawString(pad, pad, truncate(texts.see_agenda, fonts.regular, 6.5, inner))

    def _where(self, meetings: Sequence[AgendaItem], language: str) -> str:
        """'Venue: Hall B · Rooms: Room 1, Room 2': the hall and the rooms of the meetings."""
        texts = badge_texts_for(language)
        rooms = list(dict.fromkeys(m.room for m in meetings if m.room))
        parts = []
        if self.event.venue:
            parts.append(f"{texts.venue}: {self.event.venue}")
        if rooms:
            label = texts.room if len(rooms) == 1 else texts.rooms
            parts.append(f"{label}: {', '.join(rooms)}")
        return "  ·  ".join(parts)


def cut_mark_lines(
    layout: BadgeLayout, offset_mm: tuple[float, float] = (0.0, 0.0)
) -> list[tuple[float, float, float, float]]:
    """The cut marks of a sheet as lines (x1, y1, x2, y2), all inside the safe area.

    Each cut line gets a mark at both ends in the margin beyond the grid; where the grid
    reaches into the safe margin (sheets cut edge to edge), the mark runs along the cut line
    itself, from the safe margin inwards, and is cut away with it. A cut on the sheet edge
    needs no mark.
    """
    xs, ys = layout.cut_positions()
    dx, dy = offset_mm[0] * mm, -offset_mm[1] * mm
    safe = layout.safe_area
    gap, longest, shortest = 1.5 * mm, 8 * mm, 3 * mm
    grid_left, grid_right = xs[0] + dx, xs[-1] + dx
    grid_bottom, grid_top = ys[0] + dy, ys[-1] + dy

    def span(edge: float, grid_edge: float, inwards: float) -> tuple[float, float]:
        """From the safe edge towards the grid, ``inwards`` being +1 or -1."""
        room = (grid_edge - edge) * inwards - gap
        if room >= shortest:
            return edge, edge + inwards * min(room, longest)
        return edge, edge + inwards * 4 * mm

    lines = []
    for x in xs:
        x += dx
        if not safe.x + 0.01 < x < safe.right - 0.01:
            continue
        for edge, grid_edge, inwards in ((safe.top, grid_top, -1), (safe.y, grid_bottom, 1)):
            y1, y2 = span(edge, grid_edge, inwards)
            lines.append((x, y1, x, y2))
    for y in ys:
        y += dy
        if not safe.y + 0.01 < y < safe.top - 0.01:
            continue
        for edge, grid_edge, inwards in ((safe.x, grid_left, 1), (safe.right, grid_right, -1)):
            x1, x2 = span(edge, grid_edge, inwards)
            lines.append((x1, y, x2, y))
    return lines


def _draw_cut_marks(canvas: Canvas, layout: BadgeLayout, offset_mm: tuple[float, float]) -> None:
    canvas.saveState()
    canvas.setStrokeColor(FAINT)
    canvas.setLineWidth(0.35)
    for x1, y1, x2, y2 in cut_mark_lines(layout, offset_mm):
        canvas.line(x1, y1, x2, y2)
    if layout.fold_over:
        # Where to fold: dashed ticks at the middle of each strip's height.
        canvas.setDash(2, 1.5)
        for rect in layout.label_rects(offset_mm):
            content = layout.content_rect(rect)
            middle = rect.y + rect.height / 2
            canvas.line(content.x + 1 * mm, middle, content.x + 6 * mm, middle)
            canvas.line(content.right - 6 * mm, middle, content.right - 1 * mm, middle)
    canvas.restoreState()


def _draw_crop_marks(canvas: Canvas, trim: Rect, bleed: float, fold: bool) -> None:
    """Crop marks at the corners of the trim box, outside the bleed."""
    start = bleed + CROP_MARK_OFFSET
    canvas.saveState()
    canvas.setStrokeColorRGB(0, 0, 0)
    canvas.setLineWidth(0.25)
    for x in (trim.x, trim.right):
        for y, sign in ((trim.y, -1), (trim.top, 1)):
            canvas.line(x, y + sign * start, x, y + sign * (start + CROP_MARK_LENGTH))
    for y in (trim.y, trim.top):
        for x, sign in ((trim.x, -1), (trim.right, 1)):
            canvas.line(x + sign * start, y, x + sign * (start + CROP_MARK_LENGTH), y)
    if fold:
        middle = trim.y + trim.height / 2
        canvas.setDash(2, 1.5)
        for x, sign in ((trim.x, -1), (trim.right, 1)):
            canvas.line(x + sign * start, middle, x + sign * (start + CROP_MARK_LENGTH), middle)
    canvas.restoreState()


def render_badges(
    path: Path,
    event: EventInfo,
    people: Sequence[Person],
    options: BadgeOptions,
    *,
    agendas: Mapping[int, Agenda] | None = None,
    on_progress: Callable[[int, int], None] | None = None,
    cancel: CancelFlag | None = None,
) -> int:
    """Write the badges of ``people`` in order to ``path``; return the number of pages."""
    layout = options.layout
    bleed = options.bleed_mm * mm
    if bleed:
        page_width, page_height, trim = bleed_page(layout, options.bleed_mm)
        rects: tuple[Rect, ...] = (trim,)
        per_page = 1
    else:
        page_width, page_height = layout.page_width, layout.page_height
        rects = layout.label_rects(options.offset_mm)
        per_page = layout.per_page
    canvas = new_canvas(path, (page_width, page_height), title=event.name, subject="Badges")
    drawer = _BadgeDrawer(canvas, event, options)
    sheet = layout.is_sheet and not bleed
    position = options.start_position - 1 if sheet else 0
    pages = 0
    page_open = False
    total = len(people)
    for done, person in enumerate(people, start=1):
        check_cancel(cancel)
        if not page_open:
            if bleed:
                _draw_crop_marks(canvas, rects[0], bleed, layout.fold_over)
            elif options.cut_marks and sheet and not layout.die_cut:
                _draw_cut_marks(canvas, layout, options.offset_mm)
        page_open = True
        front, back = layout.panels(rects[position])
        if not bleed:  # on a sheet only what lies in the printer-safe area
            front = layout.content_rect(front)
            back = None if back is None else layout.content_rect(back)
        _draw_clipped(canvas, front, partial(_front, drawer, person), bleed)
        if back is not None:
            agenda = (agendas or {}).get(person.id)
            _draw_clipped(
                canvas, back, partial(drawer.agenda_back, person, agenda), bleed, upside_down=True
            )
        position += 1
        if position == per_page:
            canvas.showPage()
            pages += 1
            position = 0
            page_open = False
        if on_progress is not None:
            on_progress(done, total)
    if page_open or pages == 0:
        canvas.showPage()
        pages += 1
    canvas.save()
    return pages


def _front(drawer: _BadgeDrawer, person: Person, width: float, height: float) -> None:
    if width > height:
        drawer.landscape(person, width, height)
    else:
        drawer.portrait(person, width, height, own_language=drawer.options.layout.fold_over)


def _draw_clipped(
    canvas: Canvas,
    rect: Rect,
    draw: Callable[[float, float], None],
    bleed: float = 0.0,
    *,
    upside_down: bool = False,
) -> None:
    canvas.saveState()
    clip = canvas.beginPath()
    clip.rect(rect.x - bleed, rect.y - bleed, rect.width + 2 * bleed, rect.height + 2 * bleed)
    canvas.clipPath(clip, stroke=0, fill=0)
    if upside_down:
        canvas.translate(rect.right, rect.top)
        canvas.rotate(180)
    else:
        canvas.translate(rect.x, rect.y)
    draw(rect.width, rect.height)
    canvas.restoreState()
