"""The shipped DejaVu fonts, registered once with reportlab.

DejaVu covers Latin with every European diacritic, Greek and Cyrillic, so no delegate's name
prints as empty boxes; the core PDF fonts cover none of Greek or Cyrillic.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from brokerage_app.paths import resources_dir


@dataclass(frozen=True)
class FontSet:
    regular: str
    bold: str
    italic: str
    condensed: str
    condensed_bold: str


_FILES = {
    "DejaVuSans": "DejaVuSans.ttf",
    "DejaVuSans-Bold": "DejaVuSans-Bold.ttf",
    "DejaVuSans-Oblique": "DejaVuSans-Oblique.ttf",
    "DejaVuSansCondensed": "DejaVuSansCondensed.ttf",
    "DejaVuSansCondensed-Bold": "DejaVuSansCondensed-Bold.ttf",
}


@cache
def register_fonts() -> FontSet:
    """Register the fonts (once per process) and return their reportlab names."""
    folder = resources_dir() / "fonts"
    for name, filename in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(folder / filename)))
    # Lets <b> and <i> inside Paragraph markup pick the right faces.
    addMapping("DejaVuSans", 0, 0, "DejaVuSans")
    addMapping("DejaVuSans", 1, 0, "DejaVuSans-Bold")
    addMapping("DejaVuSans", 0, 1, "DejaVuSans-Oblique")
    addMapping("DejaVuSans", 1, 1, "DejaVuSans-Bold")
    return FontSet(
        regular="DejaVuSans",
        bold="DejaVuSans-Bold",
        italic="DejaVuSans-Oblique",
        condensed="DejaVuSansCondensed",
        condensed_bold="DejaVuSansCondensed-Bold",
    )
