"""Badge layout presets and the geometry of labels on a sheet.

A layout is a page with a grid of labels (columns x rows), or a page that is one badge
(card and label printers). Geometry is computed here once and used by the renderer, the
cut marks and the tests alike, so what is tested is what is printed.

Office printers do not print the outer few millimetres of a sheet, so on every sheet layout
the content, colour bands and cut marks stay inside ``SAFE_MARGIN`` of the edge
(``content_rect``); only layouts for printers that print edge to edge (card and label
printers) say ``borderless``. Label stock presets carry their manufacturer's published
margins and gutters (see docs/guide/printing.md for the sources).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import asdict, dataclass, fields
from typing import Any

from reportlab.lib.units import inch, mm

from brokerage_app.constants import BADGE_LAYOUT_LABELS, CUSTOM_BADGE_LAYOUT, PAGE_SIZE_NAMES
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

    def intersection(self, other: Rect) -> Rect:
        """The overlap of two rectangles (zero-sized where they do not overlap)."""
        x, y = max(self.x, other.x), max(self.y, other.y)
        return Rect(
            x, y, max(0.0, min(self.right, other.right) - x), max(0.0, min(self.top, other.top) - y)
        )


# What office laser and inkjet printers leave unprinted at the sheet edge is 3-5 mm.
SAFE_MARGIN = 5 * mm


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
    # Label stock: the published distance of the first label from the left and top edge
    # (None: the grid is centred on the page).
    left: float | None = None
    top: float | None = None
    # Pre-cut label stock needs no cut marks.
    die_cut: bool = False
    # For printers that print to the edge (card and label printers): no safe margin.
    borderless: bool = False

    @property
    def per_page(self) -> int:
        return self.columns * self.rows

    @property
    def is_sheet(self) -> bool:
        return self.per_page > 1

    @property
    def margin_left(self) -> float:
        if self.left is not None:
            return self.left
        used = self.columns * self.label_width + (self.columns - 1) * self.gap_x
        return (self.page_width - used) / 2

    @property
    def margin_top(self) -> float:
        if self.top is not None:
            return self.top
        used = self.rows * self.label_height + (self.rows - 1) * self.gap_y
        return (self.page_height - used) / 2

    @property
    def safe_area(self) -> Rect:
        """Where anything may be printed: the page less ``SAFE_MARGIN`` unless borderless."""
        page = Rect(0, 0, self.page_width, self.page_height)
        return page if self.borderless else page.inset(SAFE_MARGIN)

    def content_rect(self, rect: Rect) -> Rect:
        """The part of a label (or panel) that is printed: what lies in the safe area."""
        return rect.intersection(self.safe_area)

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
LETTER = (8.5 * inch, 11 * inch)
PAGE_SIZES: dict[str, tuple[float, float]] = dict(zip(PAGE_SIZE_NAMES, (A4, LETTER), strict=True))

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
        BadgeLayout(
            "cr80",
            BADGE_LAYOUT_LABELS["cr80"],
            85.6 * mm,
            54 * mm,
            85.6 * mm,
            54 * mm,
            borderless=True,
        ),
        BadgeLayout(
            "label-4x3in",
            BADGE_LAYOUT_LABELS["label-4x3in"],
            4 * inch,
            3 * inch,
            4 * inch,
            3 * inch,
            borderless=True,
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
        # Label stock, with the published geometry (sources in docs/guide/printing.md).
        BadgeLayout(
            "avery-l4785",
            BADGE_LAYOUT_LABELS["avery-l4785"],
            *A4,
            80 * mm,
            50 * mm,
            2,
            5,
            gap_x=15 * mm,
            gap_y=5 * mm,
            left=18 * mm,
            top=13 * mm,
            die_cut=True,
        ),
        BadgeLayout(
            "avery-5395",
            BADGE_LAYOUT_LABELS["avery-5395"],
            *LETTER,
            3.375 * inch,
            (2 + 1 / 3) * inch,
            2,
            4,
            gap_x=0.375 * inch,
            gap_y=inch / 6,
            left=0.6875 * inch,
            top=(7 / 12) * inch,
            die_cut=True,
        ),
        BadgeLayout(
            "letter-6x4x3in",
            BADGE_LAYOUT_LABELS["letter-6x4x3in"],
            *LETTER,
            4 * inch,
            3 * inch,
            2,
            3,
            gap_x=0.125 * inch,
            left=0.1875 * inch,
            top=1 * inch,
            die_cut=True,
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


@dataclass(frozen=True)
class CustomLayout:
    """An organiser's own sheet of labels, in millimetres, as saved with the event.

    ``left``/``top`` are the distance of the first label from the sheet's left and top
    edge; None centres the grid.
    """

    page: str = "a4"  # a key of PAGE_SIZES
    columns: int = 2
    rows: int = 4
    label_width: float = 90.0
    label_height: float = 54.0
    left: float | None = None
    top: float | None = None
    gap_x: float = 0.0
    gap_y: float = 0.0
    die_cut: bool = False

    def to_json(self) -> str:
        return json.dumps(asdict(self), sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> CustomLayout:
        data = json.loads(text)
        if not isinstance(data, dict):
            raise ValidationError("Custom layout: the saved layout is not a JSON object.")
        return cls.from_mapping(data)

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any]) -> CustomLayout:
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ValidationError(f"Custom layout: unknown field {', '.join(unknown)}.")
        return cls(**data)

    def layout(self) -> BadgeLayout:
        """The layout, checked: it fits on the page and keeps to the safe margin."""
        if self.page not in PAGE_SIZES:
            raise ValidationError(
                f"Custom layout page: {self.page!r} is not one of {', '.join(PAGE_SIZES)}."
            )
        for name in ("columns", "rows"):
            if not 1 <= getattr(self, name) <= 20:
                raise ValidationError(f"Custom layout {name}: must be 1 to 20.")
        for name in ("label_width", "label_height"):
            if not 10 <= getattr(self, name) <= 300:
                raise ValidationError(f"Custom layout {name}: must be 10 to 300 mm.")
        for name in ("left", "top", "gap_x", "gap_y"):
            value = getattr(self, name)
            if value is not None and not 0 <= value <= 100:
                raise ValidationError(f"Custom layout {name}: must be 0 to 100 mm.")
        width, height = PAGE_SIZES[self.page]
        layout = BadgeLayout(
            CUSTOM_BADGE_LAYOUT,
            f"Custom: {self.columns} x {self.rows} labels of "
            f"{self.label_width:g} x {self.label_height:g} mm on {self.page.upper()}",
            width,
            height,
            self.label_width * mm,
            self.label_height * mm,
            self.columns,
            self.rows,
            gap_x=self.gap_x * mm,
            gap_y=self.gap_y * mm,
            left=None if self.left is None else self.left * mm,
            top=None if self.top is None else self.top * mm,
            die_cut=self.die_cut,
        )
        page = Rect(0, 0, width, height)
        rects = layout.label_rects()
        if not all(page.contains(rect, tolerance=0.01) for rect in rects):
            raise ValidationError(
                f"Custom layout: {self.columns} x {self.rows} labels of {self.label_width:g} x "
                f"{self.label_height:g} mm with these margins and gutters do not fit on "
                f"{self.page.upper()} ({width / mm:.0f} x {height / mm:.0f} mm)."
            )
        return layout
