"""What a PDF page prints, measured by pdfium: each glyph's box, and lines of glyphs.

Glyph boxes are ink, not advance: side bearings differ by a point or so between letters,
so positions compare within about 1.5 pt.
"""

from __future__ import annotations

import ctypes
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_raw

TOLERANCE = 1.5
# Wider than a word space, narrower than the gap between two columns (in em).
WORD_GAP = 0.55


@dataclass(frozen=True)
class Glyph:
    char: str
    size: float
    left: float
    bottom: float
    right: float
    top: float
    baseline: float


@dataclass(frozen=True)
class PrintedLine:
    """Glyphs of one size on one baseline, in the order pdfium reads them."""

    text: str
    size: float
    left: float
    right: float
    baseline: float

    @property
    def right_to_left(self) -> bool:
        """Whether any of it is Arabic or Hebrew."""
        return any(unicodedata.bidirectional(char) in ("R", "AL") for char in self.text)


def page_glyphs(path: Path, page: int) -> list[Glyph]:
    """Every glyph that prints ink on ``page`` (from 0; -1 is the last)."""
    document = pdfium.PdfDocument(str(path))
    try:
        textpage = document[page if page >= 0 else len(document) + page].get_textpage()
        glyphs = []
        x, y = ctypes.c_double(), ctypes.c_double()
        for index in range(textpage.count_chars()):
            char = textpage.get_text_range(index, 1)
            if not char.strip():
                continue
            pdfium_raw.FPDFText_GetCharOrigin(textpage, index, x, y)
            left, bottom, right, top = textpage.get_charbox(index)
            size = pdfium_raw.FPDFText_GetFontSize(textpage, index)
            glyphs.append(Glyph(char, size, left, bottom, right, top, y.value))
        return glyphs
    finally:
        document.close()


def printed_lines(glyphs: list[Glyph], left: float, right: float) -> list[PrintedLine]:
    """The lines that start between ``left`` and ``right``, top first: glyphs of one size
    on one baseline, with no gap wider than a word space between them."""
    on_baseline: dict[tuple[int, float], list[Glyph]] = defaultdict(list)
    for glyph in glyphs:
        on_baseline[(round(glyph.baseline), round(glyph.size, 1))].append(glyph)
    lines = []
    for (baseline, size), found in sorted(on_baseline.items(), key=lambda item: -item[0][0]):
        found.sort(key=lambda g: g.left)
        pieces = [[found[0]]]
        for glyph in found[1:]:
            if glyph.left - pieces[-1][-1].right > WORD_GAP * size:
                pieces.append([])
            pieces[-1].append(glyph)
        lines.extend(
            PrintedLine(
                "".join(g.char for g in piece),
                size,
                piece[0].left,
                max(g.right for g in piece),
                baseline,
            )
            for piece in pieces
            if left <= piece[0].left < right
        )
    return lines


def assert_set_by_direction(
    lines: list[PrintedLine], left: float, right: float, *, name_size: float | None = None
) -> None:
    """Left-to-right names start at ``left``; right-to-left ones end at ``right``. With
    ``name_size``, the lines below a name (of that size) go with it, set as it is;
    without, each line is a name."""
    assert any(line.right_to_left for line in lines) and any(
        not line.right_to_left for line in lines
    ), lines
    name = lines[0]
    for line in lines:
        if name_size is None or round(line.size, 1) == round(name_size, 1):
            name = line
        if name.right_to_left:
            assert abs(line.right - right) < TOLERANCE, (line, "below", name, right)
            assert line.left > left + TOLERANCE, (line, "ragged left", left)
        else:
            assert abs(line.left - left) < TOLERANCE, (line, "below", name, left)
