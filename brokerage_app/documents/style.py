"""Colours and category styles shared by every printed document."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from reportlab.lib.colors import Color, HexColor

INK = HexColor("#1A1A1A")  # BLACK_TEXT
MUTED = HexColor("#555555")
FAINT = HexColor("#8A8A8A")
RULE = HexColor("#C8CCD2")
SHADE = HexColor("#EEF1F5")
BREAK_SHADE = HexColor("#FFF4DC")
ACCENT = HexColor("#0B4F71")
WATERMARK = Color(0.80, 0.16, 0.16, alpha=0.10)


# WCAG 2 asks for 4.5:1 between normal text and its background.
MIN_CONTRAST = 4.5
# The text on a band is the documents' ink or white. (With pure black every opaque colour
# would reach 4.58:1 one way or the other; the ink fails both on mid tones such as #7A7A7A.)
BLACK_TEXT = "#1A1A1A"
WHITE_TEXT = "#FFFFFF"


def relative_luminance(colour: str) -> float:
    """WCAG 2 relative luminance of "#RRGGBB" (0 black, 1 white)."""
    channels = []
    for start in (1, 3, 5):
        value = int(colour[start : start + 2], 16) / 255
        channels.append(value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4)
    red, green, blue = channels
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast_ratio(first: str, second: str) -> float:
    """WCAG 2 contrast ratio of two "#RRGGBB" colours, 1 to 21."""
    light, dark = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


@dataclass(frozen=True)
class CategoryStyle:
    label: str
    colour: str  # "#RRGGBB" of the band; its text is black or white, whichever reads better

    @property
    def color(self) -> Color:
        return HexColor(self.colour)

    @property
    def text_colour(self) -> str:
        """Black or white, whichever contrasts more with the band (white on a tie)."""
        on_white = contrast_ratio(self.colour, WHITE_TEXT)
        return WHITE_TEXT if on_white >= contrast_ratio(self.colour, BLACK_TEXT) else BLACK_TEXT

    @property
    def text_color(self) -> Color:
        return HexColor(self.text_colour)

    @property
    def contrast(self) -> float:
        """The contrast of the band with its text."""
        return contrast_ratio(self.colour, self.text_colour)


@dataclass(frozen=True)
class ContrastWarning:
    """A category colour on which neither black nor white text reaches MIN_CONTRAST."""

    category: str
    colour: str
    contrast: float  # with the better of black and white


def contrast_warnings(styles: Mapping[str, CategoryStyle]) -> tuple[ContrastWarning, ...]:
    return tuple(
        ContrastWarning(category, style.colour, round(style.contrast, 2))
        for category, style in styles.items()
        if style.contrast < MIN_CONTRAST
    )


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
