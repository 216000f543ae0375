"""Making user text printable: normalised, single-line clean, and fitted into a box.

Names come from registration forms and spreadsheets in every script and state of hygiene.
Everything printed passes through :func:`clean` (NFC, no control characters) and is drawn
with plain ``drawString`` calls, never through reportlab's Paragraph markup, so a name such
as ``<b>&</b>`` prints literally. Widths are those of the fonts that actually print each
character (see ``documents.fonts``).

:func:`fit_text` never overruns its box. It wraps before it shrinks: lines break at spaces,
after hyphens and between CJK characters; a word still too wide is hyphenated (pyphen, with
a visible hyphen) once the text has shrunk by a quarter; only text that fits in no way at the
smallest size is split between characters and, as a last resort, cut with an ellipsis.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

import pyphen

from brokerage_app.documents.fonts import line_width

ELLIPSIS = "…"
HYPHEN = "-"
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u200b\u2028\u2029\ufeff]")
_SPACES = re.compile(r"\s+")
# Where a line may break inside a word: after a hyphen (kept on the line) and around
# ideographs, kana and hangul, which are set without spaces.
_CJK = r"\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef"
_PIECES = re.compile(rf"[^\s{_CJK}-]*-+|[{_CJK}]|[^\s{_CJK}-]+")
# Shrinking to this share of the largest size comes before hyphenating.
_SHRINK_BEFORE_HYPHENATING = 0.75


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
    return line_width(text, font, size)


@dataclass(frozen=True)
class FittedText:
    size: float
    lines: tuple[str, ...]
    truncated: bool = False

    def height(self, leading: float = 1.18) -> float:
        return len(self.lines) * self.size * leading


@cache
def _hyphenator(language: str) -> pyphen.Pyphen:
    found = pyphen.language_fallback(language.replace("-", "_")) or "en"
    return pyphen.Pyphen(lang=found, left=3, right=3)


def _words(text: str) -> list[list[str]]:
    """The words of ``text`` (split at spaces), each as its unbreakable pieces."""
    return [_PIECES.findall(word) or [word] for word in text.split(" ")]


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


def _hyphenated(piece: str, room: float, font: str, size: float, language: str) -> tuple[str, str]:
    """The longest syllable break of ``piece`` whose head (with a hyphen) fits in ``room``."""
    if piece.endswith(HYPHEN):
        return "", piece
    for position in reversed(_hyphenator(language).positions(piece)):
        head = piece[:position] + HYPHEN
        if text_width(head, font, size) <= room:
            return head, piece[position:]
    return "", piece


def _wrap(
    text: str, font: str, size: float, width: float, *, hyphenate: bool, language: str
) -> list[str] | None:
    """Greedy wrap at break opportunities; None if a piece is wider than the box."""
    lines: list[str] = []
    current = ""
    for word in _words(text):
        for index, piece in enumerate(word):
            joiner = " " if index == 0 and current else ""
            if text_width(current + joiner + piece, font, size) <= width:
                current += joiner + piece
                continue
            if hyphenate:
                room_line = current + joiner
                head, piece = _hyphenated(
                    piece, width - text_width(room_line, font, size), font, size, language
                )
                if head:
                    lines.append(room_line + head)
                    current, joiner = "", ""
            while text_width(piece, font, size) > width:
                head, rest = (
                    _hyphenated(piece, width, font, size, language) if hyphenate else ("", piece)
                )
                if not head:
                    return None
                if current:
                    lines.append(current)
                current = ""
                lines.append(head)
                piece = rest
            if current:
                lines.append(current.rstrip())
            current = piece
    if current or not lines:
        lines.append(current)
    return lines


def wrap(text: str, font: str, size: float, width: float, *, language: str = "en") -> list[str]:
    """Wrap at spaces, hyphens and CJK characters, hyphenating words wider than the box;
    a word that cannot be hyphenated to fit is split between characters."""
    lines = _wrap(text, font, size, width, hyphenate=True, language=language)
    if lines is not None:
        return lines
    lines = []
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


def _rest_after(text: str, lines: Sequence[str]) -> str:
    """What of ``text`` comes after its first ``lines`` (as wrapped: the spaces at their
    ends left out, a hyphen added where a word was hyphenated); "" if they are not its start.

    The last line of a cut text goes on from there as the text does: no space after a
    line-ending hyphen or between CJK characters, no hyphen a syllable break added.
    """
    position = 0
    for line in lines:
        if text.startswith(line, position):
            position += len(line)
        elif line.endswith(HYPHEN) and text.startswith(line[:-1], position):
            position += len(line) - 1
        else:
            return ""
        while text.startswith(" ", position):
            position += 1
    return text[position:]


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
    language: str = "en",
) -> FittedText:
    """Fit ``text`` into ``width`` (and optionally ``height``) points, in ``max_lines`` lines.

    The largest size at which the text wraps at spaces, hyphens and CJK characters into the
    lines (and the height) wins; below three quarters of ``max_size``, a size at which
    hyphenating (in ``language``) makes it fit comes before a smaller one; otherwise the
    smallest size, wrapped, with the last line cut by an ellipsis.
    """
    text = clean(text)
    if not text:
        return FittedText(max_size, ())
    sizes = []
    size = max_size
    while size >= min_size - 1e-9:
        sizes.append(round(size, 2))
        size -= step

    def fits(lines: list[str] | None, at: float) -> bool:
        return (
            lines is not None
            and len(lines) <= max_lines
            and (height is None or len(lines) * at * leading <= height + 1e-6)
        )

    full_width = text_width(text, font, 1.0)
    for size in sizes:
        if full_width * size <= width and fits([text], size):
            return FittedText(size, (text,))
        if max_lines == 1:
            continue
        hyphenate = size < max_size * _SHRINK_BEFORE_HYPHENATING
        for hyphens in (False, True) if hyphenate else (False,):
            lines = _wrap(text, font, size, width, hyphenate=hyphens, language=language)
            if lines is not None and fits(lines, size):
                return FittedText(size, tuple(lines))
    size = sizes[-1]
    lines_allowed = max_lines
    if height is not None:
        lines_allowed = max(1, min(max_lines, int((height + 1e-6) // (size * leading))))
    lines = wrap(text, font, size, width, language=language)
    if len(lines) <= lines_allowed:
        return FittedText(size, tuple(lines))
    kept = lines[:lines_allowed]
    rest = _rest_after(text, lines[: lines_allowed - 1]) or " ".join(lines[lines_allowed - 1 :])
    kept[-1] = truncate(rest + ELLIPSIS, font, size, width)
    return FittedText(size, tuple(kept), truncated=True)


def fit_name_and_organisation(
    name: str,
    organisation: str,
    *,
    name_font: str,
    organisation_font: str,
    width: float,
    height: float,
    name_sizes: tuple[float, float],
    organisation_sizes: tuple[float, float],
    name_lines: int = 3,
    gap: float = 0.0,
    leading: float = 1.18,
    language: str = "en",
) -> tuple[FittedText, FittedText]:
    """A person's name and organisation fitted one above the other into ``height``.

    Sizes are (largest, smallest). The organisation always keeps room for two lines at its
    smallest size, so it is shortened only when it cannot fit in two lines at all; the name
    takes the rest, and the organisation is never set larger than the name.
    """
    reserve = 2 * organisation_sizes[1] * leading + gap if clean(organisation) else 0.0
    fitted_name = fit_text(
        name,
        name_font,
        width=width,
        max_size=name_sizes[0],
        min_size=max(name_sizes[1], organisation_sizes[1]),
        max_lines=name_lines,
        height=max(height - reserve, name_sizes[1] * leading),
        leading=leading,
        language=language,
    )
    largest = min(organisation_sizes[0], fitted_name.size)
    fitted_organisation = fit_text(
        organisation,
        organisation_font,
        width=width,
        max_size=largest,
        min_size=min(organisation_sizes[1], largest),
        max_lines=2,
        height=max(height - fitted_name.height(leading) - gap, reserve - gap),
        leading=leading,
        language=language,
    )
    return fitted_name, fitted_organisation
