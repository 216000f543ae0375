"""Table signs: a folded A4 tent per table and a door sign per room.

A tent is an A4 sheet in landscape folded along its long middle: both halves carry the table
number (``NUMBER_SIZE``, at least 250 pt, digits 67-69 mm high, readable at 10 m), the
room and, at an own booth, its owner. The upper half is printed upside down so that both
faces read upright once folded. A door sign (A4 portrait) names the room, its table range
and the tables with their owners. Everything stays ``SAFE_MARGIN`` inside the sheet edge.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from brokerage_app.documents.data import EventInfo
from brokerage_app.documents.fonts import FontSet, register_fonts
from brokerage_app.documents.i18n import badge_texts_for, table_name, texts_for
from brokerage_app.documents.layouts import SAFE_MARGIN
from brokerage_app.documents.output import check_cancel, new_canvas
from brokerage_app.documents.style import ACCENT, FAINT, INK, MUTED, RULE
from brokerage_app.documents.text import fit_text, truncate
from brokerage_app.domain.tasks import CancelFlag

TENT = landscape(A4)  # 297 x 210 mm, folded at 105 mm
DOOR = A4
NUMBER_SIZE = 260.0  # points; the issue asks for at least 250
PAD = SAFE_MARGIN + 5 * mm  # door signs


@dataclass(frozen=True, slots=True)
class TableSign:
    number: int
    name: str  # "Table 7" or the table's own label
    room: str
    owner: str = ""  # own booth: the owner's name
    owner_organisation: str = ""


def table_ranges(numbers: Sequence[int]) -> str:
    """'1–4, 7, 9–10' for [1, 2, 3, 4, 7, 9, 10]."""
    runs: list[list[int]] = []
    for number in sorted(set(numbers)):
        if runs and number == runs[-1][-1] + 1:
            runs[-1].append(number)
        else:
            runs.append([number])
    return ", ".join(f"{r[0]}–{r[-1]}" if len(r) > 1 else f"{r[0]}" for r in runs)


class _SignWriter:
    def __init__(self, canvas: Canvas, event: EventInfo) -> None:
        self.canvas = canvas
        self.event = event
        self.fonts: FontSet = register_fonts()
        self.texts = texts_for(event.default_language)
        self.sign_texts = badge_texts_for(event.default_language)

    def _centred(self, text: str, font: str, size: float, width: float, x: float, y: float) -> None:
        fitted = fit_text(text, font, width=width, max_size=size, min_size=min(size, 9))
        self.canvas.setFont(font, fitted.size)
        self.canvas.drawCentredString(x + width / 2, y, fitted.lines[0])

    def tent(self, sign: TableSign) -> None:
        canvas = self.canvas
        canvas.setPageSize(TENT)
        width, height = TENT
        half = height / 2
        for upside_down in (False, True):
            canvas.saveState()
            if upside_down:
                canvas.translate(width, height)
                canvas.rotate(180)
            self._tent_face(sign, width, half)
            canvas.restoreState()
        # The fold: a faint dashed line between the faces, inside the safe margin.
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.setDash(3, 3)
        canvas.line(SAFE_MARGIN, half, width - SAFE_MARGIN, half)
        canvas.setDash()

    def _tent_face(self, sign: TableSign, width: float, height: float) -> None:
        """One face in the lower half of the sheet; its top is the fold at ``height``."""
        canvas, fonts = self.canvas, self.fonts
        pad = SAFE_MARGIN + 3 * mm
        inner = width - 2 * pad
        size, cap = 18.0, 0.73  # the text lines; DejaVu Sans Bold capitals are 0.73 em
        top_line = ", ".join(
            part for part in (table_name(sign.name, self.texts), sign.room) if part
        )
        top_baseline = height - pad - size * cap
        canvas.setFillColor(MUTED)
        self._centred(top_line, fonts.bold, size, inner, pad, top_baseline)
        owner = ", ".join(part for part in (sign.owner, sign.owner_organisation) if part)
        if owner:
            canvas.setFillColor(ACCENT)
            self._centred(owner, fonts.bold, size, inner, pad, pad)
        # The digits (as high as capitals) in the middle of the room between the two lines.
        low, high = pad + size * cap + 2 * mm, top_baseline - 2 * mm
        canvas.setFillColor(INK)
        canvas.setFont(fonts.bold, NUMBER_SIZE)
        baseline = (low + high - NUMBER_SIZE * cap) / 2
        canvas.drawCentredString(width / 2, baseline, str(sign.number))

    def door(self, room: str, signs: Sequence[TableSign]) -> None:
        canvas, fonts = self.canvas, self.fonts
        canvas.setPageSize(DOOR)
        width, height = DOOR
        inner = width - 2 * PAD
        y = height - PAD
        canvas.setFillColor(MUTED)
        canvas.setFont(fonts.regular, 12)
        canvas.drawString(PAD, y - 12, truncate(self.event.name, fonts.regular, 12, inner))
        y -= 30 * mm
        name = fit_text(room, fonts.bold, width=inner, max_size=72, min_size=24, max_lines=2)
        canvas.setFillColor(INK)
        canvas.setFont(fonts.bold, name.size)
        for line in name.lines:
            y -= name.size
            canvas.drawString(PAD, y, line)
            y -= name.size * 0.15
        y -= 14 * mm
        tables = self.sign_texts.tables.format(numbers=table_ranges([t.number for t in signs]))
        canvas.setFillColor(ACCENT)
        fitted = fit_text(tables, fonts.bold, width=inner, max_size=54, min_size=20)
        canvas.setFont(fonts.bold, fitted.size)
        y -= fitted.size
        canvas.drawString(PAD, y, fitted.lines[0])
        y -= 12 * mm
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.8)
        canvas.line(PAD, y, width - PAD, y)
        size = 14.0 if len(signs) <= 24 else 10.0
        step = size * 1.6
        bottom = PAD + 10 * mm
        for index, sign in enumerate(signs):
            if y - step < bottom:
                canvas.setFillColor(MUTED)
                canvas.setFont(fonts.regular, size)
                canvas.drawString(PAD, y - step, f"+ {len(signs) - index}")
                break
            y -= step
            canvas.setFillColor(INK)
            canvas.setFont(fonts.bold, size)
            canvas.drawString(PAD, y, str(sign.number))
            label = sign.name if sign.name != f"Table {sign.number}" else ""
            rest = "  ·  ".join(
                part for part in (label, sign.owner, sign.owner_organisation) if part
            )
            canvas.setFont(fonts.regular, size)
            canvas.drawString(
                PAD + 18 * mm, y, truncate(rest, fonts.regular, size, inner - 18 * mm)
            )
        canvas.setFillColor(FAINT)
        canvas.setFont(fonts.regular, 8)
        canvas.drawString(PAD, PAD, truncate(self.event.venue, fonts.regular, 8, inner))


def render_table_signs(
    path: Path,
    event: EventInfo,
    signs: Sequence[TableSign],
    *,
    on_progress: Callable[[int, int], None] | None = None,
    cancel: CancelFlag | None = None,
) -> int:
    """Write one tent per table, then one door sign per room; return the number of pages."""
    canvas = new_canvas(path, TENT, title=event.name, subject="Table signs")
    writer = _SignWriter(canvas, event)
    rooms: dict[str, list[TableSign]] = {}
    for sign in signs:
        if sign.room:
            rooms.setdefault(sign.room, []).append(sign)
    total = len(signs) + len(rooms)
    pages = 0
    for sign in signs:
        check_cancel(cancel)
        writer.tent(sign)
        canvas.showPage()
        pages += 1
        if on_progress is not None:
            on_progress(pages, total)
    for room, room_signs in rooms.items():
        check_cancel(cancel)
        writer.door(room, room_signs)
        canvas.showPage()
        pages += 1
        if on_progress is not None:
            on_progress(pages, total)
    if pages == 0:
        canvas.showPage()
        pages = 1
    canvas.save()
    return pages
