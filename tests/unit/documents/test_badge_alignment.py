"""Names in Arabic and Hebrew sit on a badge as right-to-left typography expects: centred
where a layout centres names, flush right where it sets them flush left.

Measured in the PDF: pdfium's box of every glyph printed at the name's size.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_raw
import pytest

from brokerage_app.documents.badges import BadgeOptions, render_badges
from brokerage_app.documents.data import EventInfo, Person
from brokerage_app.documents.fonts import reads_right_to_left
from brokerage_app.documents.layouts import BADGE_LAYOUTS

EVENT = EventInfo(
    "Health Days", "", "", "", "", "", dt.date(2027, 5, 11), dt.date(2027, 5, 12), True
)
# (first name, last name, organisation); the same first letters, as glyph boxes are ink
NAMES = (
    ("Anna", "Berg", "Acme Medical AB"),
    ("Anastasia-Konstantina", "Papadopoulou", "Ελληνική Ιατρική Τεχνολογία ΑΕ"),
    ("مريم", "حسن", "شركة الرعاية الطبية المتقدمة"),
    ("محمد", "عبد الرحمن", "شركة الرعاية"),
    ("נועה", "כהן", "מדטק ישראל בע״מ"),
)
# Glyph boxes are ink, not advance: side bearings differ by a point or so.
TOLERANCE = 1.5


def people() -> list[Person]:
    return [
        Person(i, first, last, "", organisation, "SE", "delegate", "en", code=f"BRK1-X-{i}-1-X")
        for i, (first, last, organisation) in enumerate(NAMES, start=1)
    ]


def name_extents(path: Path) -> list[tuple[float, float]]:
    """Per page (one badge each): the left and right edge of the glyphs at the largest
    size, which is the name's."""
    extents = []
    document = pdfium.PdfDocument(str(path))
    try:
        for page in document:
            textpage = page.get_textpage()
            glyphs = [
                (pdfium_raw.FPDFText_GetFontSize(textpage, index), textpage.get_charbox(index))
                for index in range(textpage.count_chars())
                if textpage.get_text_range(index, 1).strip()
            ]
            largest = max(size for size, _ in glyphs)
            boxes = [box for size, box in glyphs if abs(size - largest) < 0.01]
            extents.append((min(b[0] for b in boxes), max(b[2] for b in boxes)))
    finally:
        document.close()
    return extents


def test_right_to_left_is_told_by_the_first_strong_character() -> None:
    assert reads_right_to_left("محمد عبد الرحمن") and reads_right_to_left("נועה כהן")
    assert reads_right_to_left("«١٢» علي Smith")
    assert not reads_right_to_left("Dr محمد") and not reads_right_to_left("秀英 王")
    assert not reads_right_to_left("") and not reads_right_to_left("123")


@pytest.mark.parametrize("layout", ["a4-4xa6", "a6-foldover"])
def test_names_in_every_script_share_the_centre_of_a_centred_badge(
    tmp_path: Path, layout: str
) -> None:
    output = tmp_path / "badges.pdf"
    # With a bleed every badge is a page of its own, centred on it.
    render_badges(output, EVENT, people(), BadgeOptions(BADGE_LAYOUTS[layout], bleed_mm=3))
    document = pdfium.PdfDocument(str(output))
    middle = document[0].get_width() / 2
    document.close()
    centres = [(left + right) / 2 for left, right in name_extents(output)]
    assert len(centres) == len(NAMES)
    for (first, last, _), centre in zip(NAMES, centres, strict=True):
        assert centre == pytest.approx(middle, abs=TOLERANCE), f"{first} {last}"


@pytest.mark.parametrize("layout", ["cr80", "a4-2x4", "label-4x3in"])
def test_right_to_left_names_end_where_left_to_right_names_start_on_a_flush_left_badge(
    tmp_path: Path, layout: str
) -> None:
    output = tmp_path / "badges.pdf"
    render_badges(output, EVENT, people(), BadgeOptions(BADGE_LAYOUTS[layout], bleed_mm=3))
    extents = name_extents(output)
    latin = [e for e, (first, *_) in zip(extents, NAMES, strict=True) if first.isascii()]
    rtl = [e for e, (first, *_) in zip(extents, NAMES, strict=True) if not first.isascii()]
    # Left-to-right names of any length start at one x; right-to-left ones end at one x,
    # well to the right of it (their column's end, before the QR code).
    starts = [left for left, _ in latin]
    ends = [right for _, right in rtl]
    assert max(starts) - min(starts) < TOLERANCE
    assert max(ends) - min(ends) < TOLERANCE
    assert len({round(left) for left, _ in rtl}) == len(rtl)  # ragged on the left
    assert min(ends) > max(right for _, right in latin) - TOLERANCE


@pytest.mark.parametrize("layout", sorted(BADGE_LAYOUTS))
def test_a_three_line_name_with_job_title_leaves_room_for_the_country(
    tmp_path: Path, layout: str
) -> None:
    # The organiser walk: "Prof. Dr. Mikael Moreau", CEO, wrapped to three lines on a
    # business-card badge and pushed its country off the badge.
    person = Person(
        1,
        "Mikael",
        "Moreau",
        "",
        "BioValley Kraków Sp. z o.o.",
        "IE",
        "delegate",
        "en",
        job_title="CEO",
        code="BRK1-X-1-1-X",
        honorific="Prof. Dr.",
    )
    output = tmp_path / "badge.pdf"
    options = BadgeOptions(BADGE_LAYOUTS[layout], show_job_title=True, show_honorific=True)
    render_badges(output, EVENT, [person], options)
    document = pdfium.PdfDocument(str(output))
    try:
        text = " ".join(document[0].get_textpage().get_text_range().split())
    finally:
        document.close()
    for shown in ("Moreau", "CEO", "BioValley", "Ireland"):
        assert shown in text, f"{layout}: {shown!r} missing from {text!r}"
