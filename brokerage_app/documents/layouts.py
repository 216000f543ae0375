"""Badge layout presets and the geometry of labels on a sheet.

A layout is a page with a grid of labels (columns x rows), or a page that is one badge
(card and label printers). Geometry is computed here once and used by the renderer, the
cut marks and the tests alike, so what is tested is what is printed.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.units import inch, mm

from brokerage_app.constants import BADGE_LAYOUT_LABELS
from brokerage_app.errors import ValidationError


@dataclass(frozen=True)
class Rect:
    """A rectangle in PDF points; (x, y) is the lower-left corner."""

    x: float
    y: float
    width: float
    height: float

    @property
    def top(self) -> float:
        return self.y + self.height

    @property
    def right(self) -> float:
        return self.x + self.width

    def contains(self, other: Rect, tolerance: float = 1e-6) -> bool:
        return (
            other.x >= self.x - tolerance
            and other.y >= self.y - tolerance
            and other.right <= self.right + tolerance
            and other.top <= self.top + tolerance
        )

    def inset(self, dx: float, dy: float | None = None) -> Rect:
        dy = dx if dy is None else dy
        return Rect(self.x + dx, self.y + dy, self.width - 2 * dx, self.height - 2 * dy)

    def moved(self, dx: float, dy: float) -> Rect:
        return Rect(self.x + dx, self.y + dy, self.width, self.height)


@dataclass(frozen=True)
class BadgeLayout:
    key: str
    label: str
    page_width: float  # points
    page_height: float
    label_width: float
    label_height: float
    columns: int = 1
    rows: int = 1
    gap_x: float = 0.0
    gap_y: float = 0.0
    # Fold-over badges: each label is two panels, the back (upside down) above the front.
    fold_over: bool = False

    @property
    def per_page(self) -> int:
        return self.columns * self.rows

    @property
    def is_sheet(self) -> bool:
        return self.per_page > 1

    @property
    def margin_left(self) -> float:
        used = self.columns * self.label_width + (self.columns - 1) * self.gap_x
        return (self.page_width - used) / 2

    @property
    def margin_top(self) -> float:
        used = self.rows * self.label_height + (self.rows - 1) * self.gap_y
        return (self.page_height - used) / 2

    def label_rects(self, offset_mm: tuple[float, float] = (0.0, 0.0)) -> tuple[Rect, ...]:
        """Every label on a page, left to right then top to bottom.

        The offset moves the print for printer calibration: x to the right, y downwards,
        as one measures on the sheet.
        """
        dx, dy = offset_mm[0] * mm, -offset_mm[1] * mm
        rects = []
        for row in range(self.rows):
            top = self.page_height - self.margin_top - row * (self.label_height + self.gap_y)
            for column in range(self.columns):
                left = self.margin_left + column * (self.label_width + self.gap_x)
                rects.append(
                    Rect(
                        left + dx, top - self.label_height + dy, self.label_width, self.label_height
                    )
                )
        return tuple(rects)

    def panels(self, label: Rect) -> tuple[Rect, Rect | None]:
        """The front panel of a label and, for fold-over badges, the back panel above it."""
        if not self.fold_over:
            return label, None
        half = label.height / 2
        return Rect(label.x, label.y, label.width, half), Rect(
            label.x, label.y + half, label.width, half
        )

    def cut_positions(self) -> tuple[tuple[float, ...], tuple[float, ...]]:
        """The x and y lines (points, before any offset) where the sheet is cut."""
        xs: set[float] = set()
        ys: set[float] = set()
        for rect in self.label_rects():
            xs.update((round(rect.x, 3), round(rect.right, 3)))
            ys.update((round(rect.y, 3), round(rect.top, 3)))
        return tuple(sorted(xs)), tuple(sorted(ys))


A4 = (210 * mm, 297 * mm)

BADGE_LAYOUTS: dict[str, BadgeLayout] = {
    layout.key: layout
    for layout in (
        BadgeLayout(
            "a4-2x4",
            BADGE_LAYOUT_LABELS["a4-2x4"],
            *A4,
            90 * mm,
            54 * mm,
            2,
            4,
        ),
        BadgeLayout("a4-4xa6", BADGE_LAYOUT_LABELS["a4-4xa6"], *A4, 105 * mm, 148.5 * mm, 2, 2),
        BadgeLayout("a4-8xa7", BADGE_LAYOUT_LABELS["a4-8xa7"], *A4, 105 * mm, 74.25 * mm, 2, 4),
        BadgeLayout("cr80", BADGE_LAYOUT_LABELS["cr80"], 85.6 * mm, 54 * mm, 85.6 * mm, 54 * mm),
        BadgeLayout(
            "label-4x3in",
            BADGE_LAYOUT_LABELS["label-4x3in"],
            4 * inch,
            3 * inch,
            4 * inch,
            3 * inch,
        ),
        BadgeLayout(
            "a6-foldover",
            BADGE_LAYOUT_LABELS["a6-foldover"],
            *A4,
            105 * mm,
            297 * mm,
            2,
            1,
            fold_over=True,
        ),
    )
}


def get_layout(key: str) -> BadgeLayout:
    try:
        return BADGE_LAYOUTS[key]
    except KeyError:
        raise ValidationError(
            f"Layout: unknown badge layout {key!r}; choose one of {', '.join(BADGE_LAYOUTS)}."
        ) from None
