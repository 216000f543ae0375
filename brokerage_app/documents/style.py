"""Colours and category styles shared by every printed document."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from reportlab.lib.colors import Color, HexColor

INK = HexColor("#1A1A1A")
MUTED = HexColor("#555555")
FAINT = HexColor("#8A8A8A")
RULE = HexColor("#C8CCD2")
SHADE = HexColor("#EEF1F5")
BREAK_SHADE = HexColor("#FFF4DC")
ACCENT = HexColor("#0B4F71")
WATERMARK = Color(0.80, 0.16, 0.16, alpha=0.10)


@dataclass(frozen=True)
class CategoryStyle:
    label: str
    colour: str  # "#RRGGBB"; white text sits on it, so keep it dark enough

    @property
    def color(self) -> Color:
        return HexColor(self.colour)


# Dark enough for white bold text (contrast at least 4.5:1) and distinct at a glance.
DEFAULT_CATEGORIES: dict[str, CategoryStyle] = {
    "delegate": CategoryStyle("Delegate", "#1F5FAD"),
    "exhibitor": CategoryStyle("Exhibitor", "#1D7A46"),
    "organiser": CategoryStyle("Organiser", "#B3261E"),
    "press": CategoryStyle("Press", "#6A3D9A"),
    "staff": CategoryStyle("Staff", "#A34A00"),
}


def category_styles(
    overrides: Mapping[str, CategoryStyle] | None = None,
) -> dict[str, CategoryStyle]:
    styles = dict(DEFAULT_CATEGORIES)
    styles.update(overrides or {})
    return styles


def category_style(styles: Mapping[str, CategoryStyle], category: str) -> CategoryStyle:
    return styles.get(category) or CategoryStyle(category.title(), "#444444")
