"""The shipped fonts, registered once with reportlab, and text set in whichever of them covers it.

Delegates' names come in every script. DejaVu covers Latin with every European diacritic,
Greek and Cyrillic; Noto Sans Arabic and Noto Sans Hebrew cover those scripts; Droid Sans
Fallback covers Chinese, Japanese kana and Korean hangul. Every document is written on a
:class:`ScriptCanvas`, whose text is split into runs per font (the first font of the role's
chain that has the character), ordered by the Unicode bidirectional algorithm (python-bidi)
and, for Arabic and Hebrew, shaped by HarfBuzz (uharfbuzz, through reportlab's support for
it), so Arabic letters join and both scripts read right to left. reportlab embeds a subset
of each TrueType font used, so a PDF carries only the glyphs it prints.

:func:`uncovered` names the characters no shipped font has: printing reports them per person
(see ``services.printing``) rather than printing empty boxes silently.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import Enum
from functools import cache, lru_cache
from typing import Any

from bidi import algorithm as bidi_algorithm
from reportlab.lib.abag import ABag
from reportlab.lib.fonts import addMapping
from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont, shapeFragWord
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.textobject import PDFTextObject

from brokerage_app.paths import resources_dir


@dataclass(frozen=True)
class FontSet:
    regular: str
    bold: str
    italic: str
    condensed: str
    condensed_bold: str


_FACES = {
    "DejaVuSans": "DejaVuSans.ttf",
    "DejaVuSans-Bold": "DejaVuSans-Bold.ttf",
    "DejaVuSans-Oblique": "DejaVuSans-Oblique.ttf",
    "DejaVuSansCondensed": "DejaVuSansCondensed.ttf",
    "DejaVuSansCondensed-Bold": "DejaVuSansCondensed-Bold.ttf",
}
# Loaded when a text first needs them: Droid Sans Fallback alone holds 30 MB once parsed,
# which an event without Chinese, Japanese or Korean names need not pay.
_FALLBACK_FILES = {
    "NotoSansArabic": "NotoSansArabic-Regular.ttf",
    "NotoSansArabic-Bold": "NotoSansArabic-Bold.ttf",
    "NotoSansHebrew": "NotoSansHebrew-Regular.ttf",
    "NotoSansHebrew-Bold": "NotoSansHebrew-Bold.ttf",
    "DroidSansFallback": "DroidSansFallback.ttf",
}

# Per face of the document, the fonts tried for a character not in it, in order. Droid Sans
# Fallback has one weight: in a bold face it is emboldened (see _FAKE_BOLD).
_FALLBACKS = {
    "DejaVuSans": ("NotoSansArabic", "NotoSansHebrew", "DroidSansFallback"),
    "DejaVuSans-Bold": ("NotoSansArabic-Bold", "NotoSansHebrew-Bold", "DroidSansFallback"),
    "DejaVuSans-Oblique": ("NotoSansArabic", "NotoSansHebrew", "DroidSansFallback"),
    "DejaVuSansCondensed": ("NotoSansArabic", "NotoSansHebrew", "DroidSansFallback"),
    "DejaVuSansCondensed-Bold": (
        "NotoSansArabic-Bold",
        "NotoSansHebrew-Bold",
        "DroidSansFallback",
    ),
}

# Bold faces, and the fallback fonts that have no bold of their own: a run of these in a bold
# face is filled and stroked in its colour (text render mode 2), the usual fake bold, with a
# line of this share of the size: 1.6 times the ink of the regular weight, where DejaVu Sans
# Bold has 1.8 times DejaVu Sans's. (No free bold CJK font with TrueType outlines, which
# reportlab needs, is of a reasonable size: see docs/guide/printing.md.)
_BOLD_FACES = frozenset({"DejaVuSans-Bold", "DejaVuSansCondensed-Bold"})
_FAKE_BOLD = frozenset({"DroidSansFallback"})
FAKE_BOLD_STROKE = 0.035

# Fonts whose runs go through HarfBuzz: joining, marks and right-to-left glyph order.
_SHAPED = frozenset(
    {"NotoSansArabic", "NotoSansArabic-Bold", "NotoSansHebrew", "NotoSansHebrew-Bold"}
)
# Kerning and the required ligatures only: the fonts' discretionary ligatures (dlig) would,
# for one, replace the name محمد with a vocalised calligraphic sign.
_FEATURES = {"kern": True, "liga": True}

# Bidirectional classes of right-to-left text, and of characters that take the direction
# and the font of their neighbours (spaces, punctuation, combining marks).
_RTL_CLASSES = frozenset({"R", "AL", "AN"})
_NEUTRAL_CLASSES = frozenset({"WS", "ON", "CS", "ES", "ET", "NSM", "BN", "S", "B", "EN"})
# Explicit embeddings, overrides and isolates: removed before the algorithm runs; a name
# is one isolated line anyway, and python-bidi's Python implementation predates isolates.
_EXPLICIT_CLASSES = frozenset({"LRE", "RLE", "LRO", "RLO", "PDF", "LRI", "RLI", "FSI", "PDI"})


@cache
def register_fonts() -> FontSet:
    """Register the fonts (once per process) and return the names of the document faces."""
    for name, filename in _FACES.items():
        _register(name, filename)
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


def _register(name: str, filename: str) -> None:
    pdfmetrics.registerFont(TTFont(name, str(resources_dir() / "fonts" / filename)))


@cache
def _coverage(font: str) -> Mapping[int, int]:
    """The font's character map (code point to glyph), registering a fallback font first."""
    register_fonts()
    if font in _FALLBACK_FILES:
        _register(font, _FALLBACK_FILES[font])
    charmap: Mapping[int, int] = pdfmetrics.getFont(font).face.charToGlyph
    return charmap


def _chain(font: str) -> tuple[str, ...]:
    return (font, *_FALLBACKS.get(font, ()))


def _ignorable(char: str) -> bool:
    """Format characters and variation selectors: drawn by no font, missed by nobody."""
    return unicodedata.category(char) == "Cf" or "\ufe00" <= char <= "\ufe0f"


@dataclass(frozen=True)
class Run:
    """Consecutive characters set in one font at one bidirectional level.

    ``text`` is in visual order, ready to draw left to right (a reportlab ``ShapedStr`` for
    shaped fonts); ``width`` is its advance at 1 pt.
    """

    font: str
    text: str
    width: float


@dataclass(frozen=True)
class Line:
    runs: tuple[Run, ...]
    missing: str  # characters no shipped font covers, in order of appearance, once each

    @property
    def width(self) -> float:
        """The advance of the whole line at 1 pt."""
        return sum(run.width for run in self.runs)


def _pick_font(char: str, chain: Sequence[str], previous: str | None) -> str | None:
    kind = unicodedata.bidirectional(char)
    if previous is not None and kind in _NEUTRAL_CLASSES and ord(char) in _coverage(previous):
        return previous
    if kind in _RTL_CLASSES:
        # The script's own font before the face's: DejaVu has unjoined Arabic letters.
        for font in chain:
            if font in _SHAPED and ord(char) in _coverage(font):
                return font
    for font in chain:
        if ord(char) in _coverage(font):
            return font
    return None


def _levels(text: str) -> list[int]:
    """The resolved bidirectional embedding level of each character (even: left to right)."""
    if not any(unicodedata.bidirectional(char) in _RTL_CLASSES for char in text):
        return [0] * len(text)
    storage = bidi_algorithm.get_empty_storage()
    # Every document is laid out left to right (English and Swedish), so a line mixing
    # directions reads as in a left-to-right paragraph: "כהן, Israel", not "Israel ,כהן".
    storage["base_level"] = 0
    storage["base_dir"] = "L"
    bidi_algorithm.get_embedding_levels(text, storage)
    bidi_algorithm.explicit_embed_and_overrides(storage)
    bidi_algorithm.resolve_weak_types(storage)
    bidi_algorithm.resolve_neutral_types(storage, False)
    bidi_algorithm.resolve_implicit_levels(storage, False)
    return [int(char["level"]) for char in storage["chars"]]


def _visual_order(runs: list[tuple[int, str, str]]) -> list[tuple[int, str, str]]:
    """Runs (level, font, text) reordered by rule L2 of the bidirectional algorithm."""
    if not runs:
        return runs
    highest = max(level for level, _, _ in runs)
    odd_levels = [level for level, _, _ in runs if level % 2]
    if not odd_levels:
        return runs
    ordered = list(runs)
    for level in range(highest, min(odd_levels) - 1, -1):
        start = None
        for index in range(len(ordered) + 1):
            inside = index < len(ordered) and ordered[index][0] >= level
            if inside and start is None:
                start = index
            elif not inside and start is not None:
                ordered[start:index] = reversed(ordered[start:index])
                start = None
    return ordered


def _run(level: int, font: str, text: str) -> Run:
    if font in _SHAPED:
        # HarfBuzz shapes the run (in logical order) into a reportlab ShapedStr in visual
        # order, which carries the glyph positions (in 1/1000 em) as an attribute.
        word = [0.0, (ABag(fontName=font, fontSize=1000.0), text)]
        shaped: Any = shapeFragWord(word, features=_FEATURES, force=True)[1][1]
        advance = sum(data.x_advance for data in shaped.__shapeData__) / 1000.0
        return Run(font, shaped, advance)
    if level % 2:
        text = text[::-1]  # neutrals between right-to-left runs in another font
    return Run(font, text, pdfmetrics.stringWidth(text, font, 1.0))


def layout_line(text: str, font: str) -> Line:
    """``text`` split into runs per font, in visual order, with what no font covers."""
    if font not in _FACES:  # a standard PDF font, or a fallback: no further fallback
        return Line((Run(font, text, pdfmetrics.stringWidth(text, font, 1.0)),), "")
    coverage = _coverage(font)
    simple = text.isascii() or (
        all(ord(char) in coverage for char in text)
        and not any(unicodedata.bidirectional(char) in _RTL_CLASSES for char in text)
    )
    if simple:
        return Line((Run(font, text, pdfmetrics.stringWidth(text, font, 1.0)),), "")
    return _mixed_line(text, font)


@lru_cache(maxsize=8192)
def _mixed_line(text: str, font: str) -> Line:
    """Text in more than one font or direction: cached, because shaping is the costly part."""
    text = "".join(c for c in text if unicodedata.bidirectional(c) not in _EXPLICIT_CLASSES)
    chain = _chain(font)
    missing: dict[str, None] = {}
    pieces: list[tuple[int, str, str]] = []
    previous: str | None = None
    for char, level in zip(text, _levels(text), strict=True):
        chosen = _pick_font(char, chain, previous)
        if chosen is None:
            if _ignorable(char):
                continue
            missing[char] = None
            chosen = font  # its empty box at least shows that something is there
        if pieces and pieces[-1][0] == level and pieces[-1][1] == chosen:
            pieces[-1] = (level, chosen, pieces[-1][2] + char)
        else:
            pieces.append((level, chosen, char))
        previous = chosen
    runs = tuple(_run(*piece) for piece in _visual_order(pieces))
    return Line(runs, "".join(missing))


def reads_right_to_left(text: str) -> bool:
    """Whether ``text`` is a right-to-left paragraph (Arabic, Hebrew): its first strong
    character says so, as rules P2 and P3 of the bidirectional algorithm have it."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind == "L":
            return False
        if kind in ("R", "AL"):
            return True
    return False


def line_width(text: str, font: str, size: float) -> float:
    """The printed width of ``text`` in points, whichever fonts set it."""
    return layout_line(text, font).width * size


class Flush(Enum):
    """Where the lines of a text sit in their box."""

    LEFT = "left"
    RIGHT = "right"
    CENTRE = "centre"


def flush_of(text: str) -> Flush:
    """How a document that sets text flush left sets ``text``: flush right when it reads
    right to left (a name in Arabic or Hebrew), as right-to-left text is set. A person's
    organisation, country and other lines follow their name's."""
    return Flush.RIGHT if reads_right_to_left(text) else Flush.LEFT


@dataclass(frozen=True)
class Column:
    """Where lines are set: in the box of ``width`` from ``x``, as ``flush`` says."""

    x: float
    width: float = 0.0
    flush: Flush = Flush.LEFT

    def start(self, text: str, font: str, size: float) -> float:
        """Where a line of ``text`` starts."""
        if self.flush is Flush.LEFT:
            return self.x
        room = self.width - line_width(text, font, size)
        return self.x + (room if self.flush is Flush.RIGHT else room / 2)


def uncovered(text: str) -> str:
    """The characters of ``text`` that no shipped font has, each once, in order."""
    regular = _coverage(register_fonts().regular)
    seen: dict[str, None] = {}
    for char in text:
        if ord(char) in regular or char.isspace() or _ignorable(char):
            continue
        if not any(ord(char) in _coverage(font) for font in _FALLBACK_FILES):
            seen[char] = None
    return "".join(seen)


@dataclass(frozen=True)
class UncoveredCharacters:
    """A person whose printed details have characters no shipped font has (empty boxes)."""

    name: str
    characters: str


def uncovered_characters(
    people: Iterable[tuple[str, Iterable[str]]],
) -> tuple[UncoveredCharacters, ...]:
    """For each (name, texts printed for them) with uncovered characters, which ones; once
    per name, in order."""
    found: dict[str, dict[str, None]] = {}
    for name, texts in people:
        missing = uncovered("".join(texts))
        if missing:
            found.setdefault(name, {}).update(dict.fromkeys(missing))
    return tuple(UncoveredCharacters(name, "".join(chars)) for name, chars in found.items())


class ScriptTextObject(PDFTextObject):
    """A text object whose strings are set per run (fallback fonts, bidi, shaping)."""

    _fontname: str  # reportlab's state: the current face, size and render mode, the
    _fontsize: float  # subset last named and the code written so far
    _curSubset: int
    _textRenderMode: int
    _code: list[str]

    def _formatText(self, text: str) -> str:
        face = self._fontname
        line = layout_line(text, face)
        if len(line.runs) == 1 and line.runs[0].font == face and line.runs[0].text == text:
            return str(super()._formatText(text))
        parts: list[str] = []
        try:
            for run in line.runs:
                self._fontname = run.font
                self._curSubset = -1  # makes the run name its font
                code = str(super()._formatText(run.text))
                if face in _BOLD_FACES and run.font in _FAKE_BOLD:
                    code = self._emboldened(code)
                parts.append(code)
        finally:
            self._fontname = face
            self._curSubset = -1  # the next string names the face again
        return " ".join(parts)

    def _emboldened(self, code: str) -> str:
        """``code`` filled and stroked in the fill colour; the stroke state is restored."""
        canvas: Any = self._canvas
        fill = self.__dict__.get("_fillColorObj", canvas._fillColorObj)
        stroke = self.__dict__.get("_strokeColorObj", canvas._strokeColorObj)
        width = fp_str(self._fontsize * FAKE_BOLD_STROKE)
        return (
            f"2 Tr {width} w {self._stroke_colour(fill)} {code} "
            f"{self._textRenderMode} Tr {fp_str(canvas._lineWidth)} w {self._stroke_colour(stroke)}"
        )

    def _stroke_colour(self, colour: Any) -> str:
        """The operator that makes ``colour`` the stroke colour, as reportlab writes it."""
        code, self._code = self._code, []
        try:
            self.setStrokeColor(colour)
            return " ".join(self._code)
        finally:
            self._code = code


class ScriptCanvas(Canvas):
    """A canvas whose strings print in every shipped script, measured as they print.

    Its initial font is the shipped regular face, so no PDF names a standard font that it
    does not embed (reportlab's default, Helvetica, would otherwise sit in every page's
    resources).
    """

    _fontname: str  # reportlab's state: the current font and size
    _fontsize: float

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        fonts = register_fonts()
        if kwargs.get("initialFontName") is None:  # platypus passes None
            kwargs["initialFontName"] = fonts.regular
        super().__init__(*args, **kwargs)

    def beginText(self, x: float = 0, y: float = 0, direction: str | None = None) -> Any:
        return ScriptTextObject(self, x, y, direction=direction)

    def stringWidth(
        self, text: str, fontName: str | None = None, fontSize: float | None = None
    ) -> float:
        return line_width(
            text,
            fontName if fontName is not None else self._fontname,
            fontSize if fontSize is not None else self._fontsize,
        )

    def drawRightString(self, x: float, y: float, text: str, *args: Any, **kwargs: Any) -> None:
        self.drawString(x - self.stringWidth(text), y, text, *args, **kwargs)

    def drawCentredString(self, x: float, y: float, text: str, *args: Any, **kwargs: Any) -> None:
        self.drawString(x - self.stringWidth(text) / 2, y, text, *args, **kwargs)
