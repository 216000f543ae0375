"""Printer-safe sheets, bleed, contrast, label stock presets and the custom layout (issue 17)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from reportlab.lib.units import inch, mm

from brokerage_app.cli import main
from brokerage_app.documents.badges import (
    CROP_MARK_LENGTH,
    CROP_MARK_OFFSET,
    bleed_page,
    cut_mark_lines,
)
from brokerage_app.documents.layouts import (
    BADGE_LAYOUTS,
    LETTER,
    SAFE_MARGIN,
    CustomLayout,
    Rect,
)
from brokerage_app.documents.style import (
    BLACK_TEXT,
    DEFAULT_CATEGORIES,
    WHITE_TEXT,
    CategoryStyle,
    contrast_ratio,
    contrast_warnings,
)
from brokerage_app.errors import ValidationError
from brokerage_app.services.label_layouts import load_custom_layout, save_custom_layout
from brokerage_app.services.printing import print_badges
from brokerage_app.store.database import EventDatabase, open_database
from tests.unit.documents.conftest import decode_codes, page_texts

SHEETS = [key for key, layout in BADGE_LAYOUTS.items() if layout.is_sheet]


@pytest.fixture
def event(scheduled, tmp_path) -> Iterator[EventDatabase]:
    """A copy of the scheduled event that a test may change."""
    path = tmp_path / "copy.sqlite"
    shutil.copy(scheduled.database.file_path, path)
    database = open_database(path)
    yield database
    database.dispose()


# Safe margins ------------------------------------------------------------------------


def test_only_edge_to_edge_printers_are_borderless():
    for key, layout in BADGE_LAYOUTS.items():
        assert layout.borderless == (not layout.is_sheet), key


@pytest.mark.parametrize("key", SHEETS)
def test_content_and_cut_marks_keep_5_mm_from_the_sheet_edge(key):
    layout = BADGE_LAYOUTS[key]
    safe = Rect(0, 0, layout.page_width, layout.page_height).inset(5 * mm)
    assert layout.safe_area == safe
    for offset in ((0.0, 0.0), (3.0, -4.0)):
        for label in layout.label_rects(offset):
            for panel in layout.panels(label):
                if panel is not None:
                    content = layout.content_rect(panel)
                    assert safe.contains(content)
                    assert content.width > 0.8 * panel.width - 8 * mm
        for x1, y1, x2, y2 in cut_mark_lines(layout, offset):
            assert safe.contains(Rect(min(x1, x2), min(y1, y2), abs(x2 - x1), abs(y2 - y1)))


def test_every_inner_cut_of_an_edge_to_edge_sheet_has_marks():
    layout = BADGE_LAYOUTS["a4-8xa7"]  # 2 x 4 A7 cut from the whole sheet
    lines = cut_mark_lines(layout)
    vertical = {round(x1 / mm, 1) for x1, _y1, x2, _y2 in lines if x1 == x2}
    horizontal = {round(y1 / mm, 2) for _x1, y1, _x2, y2 in lines if y1 == y2}
    assert vertical == {105.0}
    assert horizontal == {74.25, 148.5, 222.75}


def _ink_near_the_edge(path: Path, margin: float, dpi: int = 72) -> list[tuple[int, int, int]]:
    """(page, x, y) of every non-white pixel within ``margin`` points of a page edge."""
    found = []
    document = pdfium.PdfDocument(str(path))
    try:
        for number, page in enumerate(document):
            image = page.render(scale=dpi / 72, grayscale=True).to_pil()
            band = int(margin * dpi / 72) - 1  # a pixel straddling the line may be grey
            width, height = image.size
            pixels = image.load()
            for y in range(height):
                columns = (
                    range(width)
                    if y < band or y >= height - band
                    else (*range(band), *range(width - band, width))
                )
                for x in columns:
                    if pixels[x, y] < 250:
                        found.append((number, x, y))
    finally:
        document.close()
    return found


@pytest.mark.parametrize("key", SHEETS)
def test_printed_sheets_leave_the_outer_5_mm_blank(scheduled, tmp_path, key):
    output = tmp_path / "badges.pdf"
    print_badges(
        scheduled.database,
        output,
        layout=key,
        attendee_ids=scheduled.hard.ids,
        offset_mm=(2.0, 2.0),
    )
    assert _ink_near_the_edge(output, SAFE_MARGIN) == []
    # The rendering is not blank there by accident: ink starts just inside the margin.
    assert _ink_near_the_edge(output, SAFE_MARGIN + 12 * mm)


# Bleed -------------------------------------------------------------------------------


def test_bleed_puts_each_badge_on_a_page_with_the_band_running_into_the_bleed(scheduled, tmp_path):
    output = tmp_path / "bleed.pdf"
    ids = scheduled.hard.ids[:3]
    result = print_badges(
        scheduled.database, output, layout="a4-8xa7", attendee_ids=ids, bleed_mm=3
    )
    layout = BADGE_LAYOUTS["a4-8xa7"]
    width, height, trim = bleed_page(layout, 3)
    assert result.pages == 3
    assert trim.width == pytest.approx(105 * mm) and trim.height == pytest.approx(74.25 * mm)
    assert trim.x == pytest.approx(3 * mm + CROP_MARK_OFFSET + CROP_MARK_LENGTH)
    document = pdfium.PdfDocument(str(output))
    page = document[0]
    assert (page.get_width(), page.get_height()) == pytest.approx((width, height))
    image = page.render(scale=2).to_pil().convert("RGB")
    document.close()

    def pixel(x: float, y: float) -> tuple[int, int, int]:  # PDF points from the lower left
        return image.getpixel((int(x * 2), int((height - y) * 2)))

    band = DEFAULT_CATEGORIES["delegate"].colour
    expected = tuple(int(band[i : i + 2], 16) for i in (1, 3, 5))
    inside_bleed = (trim.x - 1.5 * mm, trim.top + 1.5 * mm)  # the band's top-left corner
    assert all(abs(a - b) < 12 for a, b in zip(pixel(*inside_bleed), expected, strict=True))
    beyond_bleed = (trim.x - 4 * mm, trim.top - 4 * mm)
    assert pixel(*beyond_bleed) == (255, 255, 255)
    # A crop mark on the trim line's extension, outside the bleed.
    mark = (trim.x, trim.top + 3 * mm + CROP_MARK_OFFSET + CROP_MARK_LENGTH / 2)
    assert max(pixel(*mark)) < 200
    assert [len(codes) for codes in decode_codes(output, 150)] == [1, 1, 1]
    with pytest.raises(ValidationError, match="Bleed"):
        print_badges(scheduled.database, tmp_path / "x.pdf", bleed_mm=12)


# Contrast ----------------------------------------------------------------------------


def test_contrast_picks_black_text_on_yellow_and_white_on_the_defaults():
    yellow = CategoryStyle("Guest", "#FFEE00")
    assert contrast_ratio("#FFEE00", WHITE_TEXT) < 1.3  # what the issue saw
    assert yellow.text_colour == BLACK_TEXT
    assert yellow.contrast >= 4.5
    for style in DEFAULT_CATEGORIES.values():
        assert style.text_colour == WHITE_TEXT and style.contrast >= 4.5
    assert contrast_ratio("#000000", "#FFFFFF") == pytest.approx(21)


def test_colours_that_fail_with_both_inks_are_warned_about_by_category():
    styles = {
        "press": CategoryStyle("Press", "#7A7A7A"),  # mid grey: 4.3:1 at best
        "staff": CategoryStyle("Staff", "#FFEE00"),
        "delegate": DEFAULT_CATEGORIES["delegate"],
    }
    warnings = contrast_warnings(styles)
    assert [(w.category, w.colour) for w in warnings] == [("press", "#7A7A7A")]
    assert 4.0 < warnings[0].contrast < 4.5


def test_badges_print_black_on_yellow_and_report_a_failing_colour(scheduled, tmp_path, capsys):
    output = tmp_path / "badges.pdf"
    result = print_badges(
        scheduled.database,
        output,
        layout="cr80",
        attendee_ids=scheduled.hard.ids[:1],
        categories={"delegate": CategoryStyle("Delegate", "#FFEE00")},
    )
    assert result.contrast_warnings == ()
    document = pdfium.PdfDocument(str(output))
    textpage = document[0].get_textpage()
    # The band's label is drawn in the dark ink, not white.
    index = textpage.get_text_range().index("DELEGATE")
    assert "DELEGATE" in textpage.get_text_range()
    box = textpage.get_charbox(index)
    image = document[0].render(scale=4).to_pil().convert("L")
    height = document[0].get_height()
    darkest = min(
        image.getpixel((int(x * 4), int((height - y) * 4)))
        for x in range(int(box[0]), int(box[2]) + 1)
        for y in range(int(box[1]), int(box[3]) + 1)
    )
    document.close()
    assert darkest < 80
    code = main(
        [
            "--db",
            str(scheduled.database.file_path),
            "print",
            "badges",
            "-o",
            str(tmp_path / "grey.pdf"),
            "--attendee",
            str(scheduled.hard.ids[0]),
            "--category-colour",
            "delegate=#7A7A7A",
        ]
    )
    assert code == 0
    err = capsys.readouterr().err
    assert "category delegate" in err and "#7A7A7A" in err and "4.5:1" in err


# Label stock -------------------------------------------------------------------------

# (key, page, columns, rows, label w x h, first label left/top, pitch x/y), as published:
# Avery L4785 and 5395 from Avery's templates, the 4 x 3 in 6-up from Online Labels OL500
# (sources in docs/guide/printing.md).
PUBLISHED = [
    (
        "avery-l4785",
        (210 * mm, 297 * mm),
        2,
        5,
        (80 * mm, 50 * mm),
        (18 * mm, 13 * mm),
        (95 * mm, 55 * mm),
    ),
    (
        "avery-5395",
        LETTER,
        2,
        4,
        (3.375 * inch, 7 / 3 * inch),
        (0.6875 * inch, 7 / 12 * inch),
        (3.75 * inch, 2.5 * inch),
    ),
    (
        "letter-6x4x3in",
        LETTER,
        2,
        3,
        (4 * inch, 3 * inch),
        (0.1875 * inch, 1 * inch),
        (4.125 * inch, 3 * inch),
    ),
]


@pytest.mark.parametrize(("key", "page", "columns", "rows", "size", "first", "pitch"), PUBLISHED)
def test_label_stock_matches_its_published_geometry(key, page, columns, rows, size, first, pitch):
    layout = BADGE_LAYOUTS[key]
    assert (layout.page_width, layout.page_height) == pytest.approx(page)
    assert (layout.columns, layout.rows, layout.per_page) == (columns, rows, columns * rows)
    assert layout.die_cut  # pre-cut: no cut marks
    rects = layout.label_rects()
    for index, rect in enumerate(rects):
        row, column = divmod(index, columns)
        left = first[0] + column * pitch[0]
        top = first[1] + row * pitch[1]  # from the top edge, as templates measure
        assert rect.x == pytest.approx(left, abs=0.01)
        assert layout.page_height - rect.top == pytest.approx(top, abs=0.01)
        assert (rect.width, rect.height) == pytest.approx(size)


def test_label_stock_prints_without_cut_marks(scheduled, tmp_path):
    output = tmp_path / "labels.pdf"
    print_badges(scheduled.database, output, layout="avery-5395", attendee_ids=[1, 2])
    document = pdfium.PdfDocument(str(output))
    page = document[0]
    assert (page.get_width(), page.get_height()) == pytest.approx(LETTER)
    document.close()
    # Nothing but the two badges: no cut marks in the sheet's margins (the top one is 7/12 in).
    assert _ink_near_the_edge(output, 7 / 12 * inch - 1) == []


# Custom layout -----------------------------------------------------------------------


def test_custom_layout_is_saved_with_the_event_and_printed(event, tmp_path):
    assert load_custom_layout(event) is None
    with pytest.raises(ValidationError, match="no custom layout"):
        print_badges(event, tmp_path / "x.pdf", layout="custom")
    custom = CustomLayout(
        page="letter",
        columns=2,
        rows=5,
        label_width=88.9,
        label_height=50.8,
        left=19.05,
        top=12.7,
        gap_x=0,
        gap_y=0,
        die_cut=True,
    )
    assert save_custom_layout(event, custom) is None
    assert load_custom_layout(event) == custom
    output = tmp_path / "custom.pdf"
    result = print_badges(event, output, layout="custom", attendee_ids=list(range(1, 13)))
    assert result.pages == 2
    layout = custom.layout()
    assert layout.label_rects()[0].x == pytest.approx(19.05 * mm)
    codes = decode_codes(output, 150)
    assert [len(page) for page in codes] == [10, 2]
    assert save_custom_layout(event, None) == custom
    assert load_custom_layout(event) is None


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"columns": 3, "label_width": 90}, "do not fit on A4"),
        ({"page": "a3"}, "page"),
        ({"rows": 0}, "rows"),
        ({"gap_x": -1}, "gap_x"),
        ({"label_height": 5}, "label_height"),
    ],
)
def test_custom_layout_that_cannot_print_is_refused_naming_the_field(event, changes, message):
    with pytest.raises(ValidationError, match=message):
        save_custom_layout(event, CustomLayout(**{"left": 10, **changes}))
    assert load_custom_layout(event) is None


def test_custom_layout_from_the_command_line(event, tmp_path, capsys):
    database = str(event.file_path)
    assert (
        main(
            [
                "--db",
                database,
                "event",
                "badge-layout",
                "--page",
                "a4",
                "--columns",
                "2",
                "--rows",
                "5",
                "--label",
                "80x50",
                "--left",
                "18",
                "--top",
                "13",
                "--gap-x",
                "15",
                "--gap-y",
                "5",
                "--die-cut",
            ]
        )
        == 0
    )
    assert "2 x 5 labels of 80 x 50 mm on A4" in capsys.readouterr().out
    saved = load_custom_layout(event)
    assert saved is not None and saved.layout().label_rects() == pytest.approx(
        BADGE_LAYOUTS["avery-l4785"].label_rects()
    )
    output = tmp_path / "custom.pdf"
    assert (
        main(
            [
                "--db",
                database,
                "print",
                "badges",
                "-o",
                str(output),
                "--layout",
                "custom",
                "--attendee",
                "1",
            ]
        )
        == 0
    )
    assert main(["--db", database, "event", "badge-layout", "--label", "300x50"]) == 2
    assert "do not fit" in capsys.readouterr().err
    assert main(["--db", database, "event", "badge-layout", "--remove"]) == 0
    assert load_custom_layout(event) is None


# Badge fields and the fold-over badge ------------------------------------------------


def test_job_title_and_honorific_print_only_when_asked(event, tmp_path):
    from sqlalchemy import update

    from brokerage_app.store.models import Attendee

    person = 1
    with event.session() as session:
        session.execute(
            update(Attendee)
            .where(Attendee.id == person)
            .values(honorific="Dr", job_title="Head of Procurement")
        )
    for key in ("a4-2x4", "a4-4xa6", "cr80", "avery-l4785"):
        plain, full = tmp_path / f"{key}-plain.pdf", tmp_path / f"{key}-full.pdf"
        print_badges(event, plain, layout=key, attendee_ids=[person])
        print_badges(
            event, full, layout=key, attendee_ids=[person], show_job_title=True, show_honorific=True
        )
        plain_text, full_text = page_texts(plain)[0], page_texts(full)[0]
        assert "Head of Procurement" not in plain_text and "Dr " not in plain_text
        assert "Head of Procurement" in full_text, key
        assert "Dr " in full_text, key


def test_foldover_front_is_in_the_delegates_language_and_the_back_names_hall_and_rooms(
    scheduled, tmp_path
):
    swedish = scheduled.hard.by_full_name["Åsa Öberg"]  # language sv
    english = scheduled.hard.by_full_name["Łukasz Wójcik"]
    output = tmp_path / "fold.pdf"
    print_badges(scheduled.database, output, layout="a6-foldover", attendee_ids=[swedish])
    text = page_texts(output)[0]
    assert "DELEGAT\r" in text or "DELEGAT\n" in text or text.rstrip().endswith("DELEGAT")
    assert " maj " in text  # the event's dates in Swedish
    assert "Sverige" in text
    # (the line wraps after "Rum:" since names fit by wrapping, so no space is asserted there)
    assert "Plats: " in text and "Rum:" in text and "Hall A" in text
    print_badges(scheduled.database, output, layout="a6-foldover", attendee_ids=[english])
    text = page_texts(output)[0]
    assert "DELEGATE" in text and " May " in text
    assert "Venue: " in text and ("Room:" in text or "Rooms:" in text)
