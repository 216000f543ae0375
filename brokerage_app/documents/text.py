"""Making user text printable: normalised, single-line clean, and fitted into a box.

Names come from registration forms and spreadsheets in every script and state of hygiene.
Everything printed passes through :func:`clean` (NFC, no control characters) and is drawn
with plain ``drawString`` calls, never through reportlab's Paragraph markup, so a name such
as ``<b>&</b>`` prints literally. :func:`fit_text` guarantees a box is never overrun: shrink
first, then wrap, and only as a last resort cut with an ellipsis.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from reportlab.pdfbase.pdfmetrics import stringWidth

ELLIPSIS = "…"
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u200b\u2028\u2029\ufeff]")
_SPACES = re.compile(r"\s+")


def clean(text: str | None) -> str:
    """NFC-normalised text on one line, without control characters or doubled spaces."""
    if not text:
        return ""
    text = unicodedata.normalize("NFC", str(text))
    text = _CONTROL.sub(" ", text)
    return _SPACES.sub(" ", text).strip()


@lru_cache(maxsize=16384)
def text_width(text: str, font: str, size: float) -> float:
    """The width of ``text`` in points; cached because names are measured repeatedly."""
    return stringWidth(text, font, size)


@dataclass(frozen=True)
class FittedText:
    size: float
    lines: tuple[str, ...]
    truncated: bool = False

    def height(self, leading: float = 1.18) -> float:
        return len(self.lines) * self.size * leading


def _break_long_word(word: str, font: str, size: float, width: float) -> list[str]:
    pieces: list[str] = []
    current = ""
    for char in word:
        if current and text_width(current + char, font, size) > width:
            pieces.append(current)
            current = char
        else:
            current += char
    if current:
        pieces.append(current)
    return pieces


def wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """Greedy word wrap; words wider than the box are split between characters."""
    lines: list[str] = []
    current = ""
    for word in text.split(" "):
        candidate = f"{current} {word}" if current else word
        if text_width(candidate, font, size) <= width:
            current = candidate
            continue
        if current:
            lines.append(current)
        if text_width(word, font, size) <= width:
            current = word
        else:
            *whole, current = _break_long_word(word, font, size, width)
            lines.extend(whole)
    if current or not lines:
        lines.append(current)
    return lines


def truncate(text: str, font: str, size: float, width: float) -> str:
    """The longest prefix of ``text`` that fits with an ellipsis appended."""
    if text_width(text, font, size) <= width:
        return text
    low, high = 0, len(text)
    while low < high:
        middle = (low + high + 1) // 2
        if text_width(text[:middle].rstrip() + ELLIPSIS, font, size) <= width:
            low = middle
        else:
            high = middle - 1
    return text[:low].rstrip() + ELLIPSIS


def fit_text(
    text: str,
    font: str,
    *,
    width: float,
    max_size: float,
    min_size: float,
    max_lines: int = 1,
    height: float | None = None,
    leading: float = 1.18,
    step: float = 0.5,
) -> FittedText:
    """Fit ``text`` into ``width`` (and optionally ``height``) points.

    One line at the largest size that fits wins; otherwise the largest size at which the
    text wraps into ``max_lines`` lines (and the height); otherwise the smallest size,
    wrapped, with the last line cut by an ellipsis.
    """
    text = clean(text)
    if not text:
        return FittedText(max_size, ())
    sizes = []
    size = max_size
    while size >= min_size - 1e-9:
        sizes.append(round(size, 2))
        size -= step

    def fits_height(lines: int, at: float) -> bool:
        return height is None or lines * at * leading <= height + 1e-6

    full_width = text_width(text, font, 1.0)
    for size in sizes:
        if full_width * size <= width and fits_height(1, size):
            return FittedText(size, (text,))
    if max_lines > 1:
        for size in sizes:
            lines = wrap(text, font, size, width)
            if len(lines) <= max_lines and fits_height(len(lines), size):
                return FittedText(size, tuple(lines))
    size = sizes[-1]
    lines_allowed = max_lines
    if height is not None:
        lines_allowed = max(1, min(max_lines, int((height + 1e-6) // (size * leading))))
    lines = wrap(text, font, size, width)
    kept = lines[:lines_allowed]
    rest = " ".join(lines[lines_allowed - 1 :])
    kept[-1] = truncate(rest + (ELLIPSIS if len(lines) > lines_allowed else ""), font, size, width)
    return FittedText(size, tuple(kept), truncated=True)
