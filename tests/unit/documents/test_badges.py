from __future__ import annotations

import threading
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from reportlab.lib.units import mm
from sqlalchemy import select

from brokerage_app.checkin.codes import issue_code
from brokerage_app.documents.layouts import BADGE_LAYOUTS, Rect
from brokerage_app.domain.collation import collation_key
from brokerage_app.domain.tasks import Cancelled, Progress, Task
from brokerage_app.errors import NotFoundError, ValidationError
from brokerage_app.services.printing import print_badges
from brokerage_app.store.models import Attendee, Event, Organisation
from tests.unit.documents.conftest import decode_codes, page_texts
from tests.unit.documents.scheduled_event import HARD_NAMES, LONG_NAME, MARKUP_NAME


def expected_codes(database, ids):
    with database.session() as session:
        event = session.get(Event, 1)
        return {
            a.id: issue_code(event.uid, event.badge_secret, a.id, a.badge_version)
            for a in session.scalars(select(Attendee).where(Attendee.id.in_(ids)))
        }


def sorted_by_name(database, ids):
    with database.session() as session:
        rows = session.execute(
            select(Attendee.id, Attendee.first_name, Attendee.last_name).where(Attendee.id.in_(ids))
        ).all()
    return [
        r.id
        for r in sorted(
            rows, key=lambda r: (collation_key(r.last_name), collation_key(r.first_name), r.id)
        )
    ]


def label_index(layout, rects, code) -> int:
    for index, rect in enumerate(rects):
        if rect.x <= code.x <= rect.right and rect.y <= code.y <= rect.top:
            return index
    raise AssertionError(f"QR at ({code.x:.0f}, {code.y:.0f}) lies in no label of {layout.key}")


def printed_order(path: Path, layout, offset=(0.0, 0.0), dpi=150) -> list[str]:
    rects = layout.label_rects(offset)
    order = []
    for page in decode_codes(path, dpi):
        page.sort(key=lambda code: label_index(layout, rects, code))
        order.extend(code.text for code in page)
    return order


@pytest.mark.parametrize("layout", list(BADGE_LAYOUTS))
def test_every_badge_qr_decodes_to_its_attendee_in_name_order(scheduled, tmp_path, layout):
    ids = [*scheduled.hard.ids, 1, 2, 3]
    output = tmp_path / "badges.pdf"
    result = print_badges(scheduled.database, output, layout=layout, attendee_ids=ids)
    chosen = BADGE_LAYOUTS[layout]
    assert result.documents == len(ids)
    assert result.pages == -(-len(ids) // chosen.per_page)
    codes = expected_codes(scheduled.database, ids)
    expected = [codes[i] for i in sorted_by_name(scheduled.database, ids)]
    assert printed_order(output, chosen, dpi=150) == expected


def test_badges_decode_at_300_dpi_too(scheduled, tmp_path):
    output = tmp_path / "badges.pdf"
    print_badges(scheduled.database, output, layout="a4-2x4", attendee_ids=scheduled.hard.ids)
    codes = expected_codes(scheduled.database, scheduled.hard.ids)
    decoded = [code.text for page in decode_codes(output, 300) for code in page]
    assert sorted(decoded) == sorted(codes.values())


def test_names_print_exactly_in_every_script(scheduled, tmp_path):
    output = tmp_path / "badges.pdf"
    print_badges(scheduled.database, output, layout="a4-4xa6", attendee_ids=scheduled.hard.ids)
    text = "\n".join(page_texts(output))
    words = " ".join(text.split())  # names and organisations wrap over lines
    for first, last, organisation, *_ in HARD_NAMES[:5]:
        assert f"{first} {last}" in words
        assert organisation in words
    assert MARKUP_NAME in text  # printed literally, not interpreted as markup
    assert "<i>Tag & Co</i>" in text
    # The 80-character name wraps over lines (hyphenated) but loses no character; pdfium
    # reads a hyphen that ends a line as U+FFFE.
    letters = "".join(text.split()).replace("-", "").replace("\ufffe", "")
    assert LONG_NAME.replace(" ", "").replace("-", "") in letters


def char_boxes(path: Path) -> list[list[tuple[str, tuple[float, float, float, float]]]]:
    document = pdfium.PdfDocument(str(path))
    pages = []
    for page in document:
        textpage = page.get_textpage()
        boxes = []
        for index in range(textpage.count_chars()):
            char = textpage.get_text_range(index, 1)
            if char.strip():
                boxes.append((char, textpage.get_charbox(index)))
        pages.append(boxes)
    document.close()
    return pages


@pytest.mark.parametrize("layout", list(BADGE_LAYOUTS))
def test_no_text_leaves_its_label_even_with_an_offset(scheduled, tmp_path, layout):
    chosen = BADGE_LAYOUTS[layout]
    offset = (1.5, -2.0)
    output = tmp_path / "badges.pdf"
    print_badges(
        scheduled.database,
        output,
        layout=layout,
        attendee_ids=scheduled.hard.ids,
        offset_mm=offset,
        cut_marks=False,
    )
    rects = chosen.label_rects(offset)
    for page in char_boxes(output):
        assert page
        for char, (left, bottom, right, top) in page:
            box = Rect(left, bottom, right - left, top - bottom)
            assert any(rect.contains(box, tolerance=0.5) for rect in rects), (char, box)


@pytest.mark.parametrize("layout", [k for k, v in BADGE_LAYOUTS.items() if v.is_sheet])
def test_labels_fit_the_sheet_and_the_offset_moves_every_label_exactly(layout):
    chosen = BADGE_LAYOUTS[layout]
    page = Rect(0, 0, chosen.page_width, chosen.page_height)
    plain = chosen.label_rects()
    moved = chosen.label_rects((2.0, 3.0))
    assert len(plain) == chosen.per_page
    for index, rect in enumerate(plain):
        assert page.contains(rect)
        assert rect.width == pytest.approx(chosen.label_width)
        assert moved[index].x == pytest.approx(rect.x + 2 * mm)
        assert moved[index].y == pytest.approx(rect.y - 3 * mm)  # y is measured downwards
        for other in plain[index + 1 :]:
            overlap_x = min(rect.right, other.right) - max(rect.x, other.x)
            overlap_y = min(rect.top, other.top) - max(rect.y, other.y)
            assert overlap_x <= 1e-6 or overlap_y <= 1e-6
    # Reading order: left to right, then top to bottom.
    assert plain[0].x < plain[1].x
    if chosen.rows > 1:
        assert plain[0].top > plain[-1].top


def test_business_card_sheet_geometry_is_90_by_54_mm():
    layout = BADGE_LAYOUTS["a4-2x4"]
    assert (layout.columns, layout.rows) == (2, 4)
    assert layout.label_width == pytest.approx(90 * mm)
    assert layout.label_height == pytest.approx(54 * mm)


def test_start_position_skips_used_labels(scheduled, tmp_path):
    ids = list(scheduled.hard.ids[:3])
    output = tmp_path / "badges.pdf"
    print_badges(scheduled.database, output, layout="a4-2x4", attendee_ids=ids, start_position=6)
    layout = BADGE_LAYOUTS["a4-2x4"]
    rects = layout.label_rects()
    pages = decode_codes(output, 150)
    assert [len(page) for page in pages] == [3]
    assert sorted(label_index(layout, rects, code) for code in pages[0]) == [5, 6, 7]


def test_sort_by_organisation(scheduled, tmp_path):
    ids = list(scheduled.hard.ids)
    output = tmp_path / "badges.pdf"
    print_badges(scheduled.database, output, layout="cr80", attendee_ids=ids, sort="organisation")
    with scheduled.database.session() as session:
        rows = session.execute(
            select(Attendee.id, Organisation.name, Attendee.last_name, Attendee.first_name)
            .join(Organisation)
            .where(Attendee.id.in_(ids))
        ).all()
    expected_ids = [
        r.id
        for r in sorted(
            rows,
            key=lambda r: (
                collation_key(r.name),
                collation_key(r.last_name),
                collation_key(r.first_name),
            ),
        )
    ]
    codes = expected_codes(scheduled.database, ids)
    assert printed_order(output, BADGE_LAYOUTS["cr80"]) == [codes[i] for i in expected_ids]


def test_unknown_attendee_is_refused_and_nothing_is_written(scheduled, tmp_path):
    output = tmp_path / "badges.pdf"
    with pytest.raises(NotFoundError, match="999999"):
        print_badges(scheduled.database, output, attendee_ids=[1, 999999])
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("options", "field"),
    [
        ({"layout": "a5-nonsense"}, "Layout"),
        ({"start_position": 9}, "Start position"),
        ({"sort": "age"}, "Sort"),
        ({"offset_mm": (0, 40)}, "Offset y"),
    ],
)
def test_bad_options_name_their_field(scheduled, tmp_path, options, field):
    with pytest.raises(ValidationError, match=field):
        print_badges(scheduled.database, tmp_path / "b.pdf", attendee_ids=[1], **options)
    assert list(tmp_path.iterdir()) == []


def test_cancel_leaves_no_file_and_keeps_an_older_one(scheduled, tmp_path):
    output = tmp_path / "badges.pdf"
    output.write_bytes(b"%PDF-1.4 older print")
    cancel = threading.Event()
    seen = []

    def progress(report: Progress) -> None:
        seen.append(report.done)
        if report.done == 2:
            cancel.set()

    with pytest.raises(Cancelled, match="nothing was written"):
        print_badges(
            scheduled.database,
            output,
            attendee_ids=scheduled.hard.ids,
            task=Task(progress, cancel),
        )
    assert seen == [1, 2]
    assert output.read_bytes() == b"%PDF-1.4 older print"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["badges.pdf"]


def test_fold_over_back_lists_the_meetings(scheduled, tmp_path):
    person = scheduled.hard.ids[0]  # Åsa Öberg, Swedish
    output = tmp_path / "fold.pdf"
    print_badges(scheduled.database, output, layout="a6-foldover", attendee_ids=[person])
    text = page_texts(output)[0]
    assert "Ditt mötesschema" in text
    assert "Łukasz Wójcik" in text  # one of her meetings
