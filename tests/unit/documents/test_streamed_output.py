"""Pages written to the file as they are finished: the PDF must still be exact.

PDF readers such as pdfium quietly rebuild a broken cross-reference table, so these tests
check the table themselves: every entry must point at its own object.
"""

from __future__ import annotations

import re
import threading
import zlib
from pathlib import Path

import pypdfium2 as pdfium
import pytest
import zxingcpp
from reportlab.lib.colors import Color
from sqlalchemy import select

from brokerage_app.checkin.codes import issue_code
from brokerage_app.documents import output
from brokerage_app.documents.layouts import BADGE_LAYOUTS
from brokerage_app.documents.output import new_canvas
from brokerage_app.domain.collation import collation_key
from brokerage_app.domain.tasks import Cancelled, Progress, Task
from brokerage_app.services import printing
from brokerage_app.services.printing import print_agendas, print_badges
from brokerage_app.store.models import Attendee, Event
from tests.unit.documents.conftest import page_texts
from tests.unit.documents.test_badges import printed_order


@pytest.fixture
def write_every_object(monkeypatch: pytest.MonkeyPatch) -> None:
    """Append to the file after every object, so every page boundary is a write boundary."""
    monkeypatch.setattr(output._StreamingDocument, "write_bytes", 1)


def check_cross_references(path: Path) -> int:
    """Assert that every object's xref entry points at that object; return the object count."""
    data = path.read_bytes()
    assert re.match(rb"%PDF-1\.\d\n", data)
    start = int(re.search(rb"startxref\n(\d+)\n%%EOF\n$", data).group(1))
    table = re.match(rb"xref\n0 (\d+)\n", data[start:])
    assert table is not None
    count = int(table.group(1))
    entries = data[start + table.end() : start + table.end() + 20 * count]
    assert entries[:20] == b"0000000000 65535 f \n"
    for number in range(1, count):
        entry = entries[20 * number : 20 * number + 20]
        offset, kind = int(entry[:10]), entry[17:18]
        assert kind == b"n"
        assert data[offset:].startswith(f"{number} 0 obj\n".encode()), number
    return count - 1


def metadata(path: Path) -> dict[str, str]:
    document = pdfium.PdfDocument(str(path))
    try:
        return document.get_metadata_dict()
    finally:
        document.close()


def draw_pages(path: Path, count: int) -> output.StreamingCanvas:
    canvas = new_canvas(path, (300, 200), title="Streamed", subject="Test")
    for number in range(1, count + 1):
        canvas.setFont("Helvetica", 12)
        canvas.drawString(20, 100, f"Page number {number}")
        canvas.showPage()
    return canvas


def test_finished_pages_are_on_disk_before_save_and_not_in_memory(tmp_path, write_every_object):
    path = tmp_path / "streamed.pdf"
    canvas = draw_pages(path, 3)
    written = path.stat().st_size
    assert written > 0
    # Only each page's reference stays, formatted for the page tree.
    kids = canvas._doc.Pages.pages
    assert len(kids) == 3
    assert all(re.fullmatch(rb"\d+ 0 R", kid) for kid in kids)
    canvas.save()
    assert path.stat().st_size > written
    assert canvas._doc.kept_pages == 0
    check_cross_references(path)
    assert [text.strip() for text in page_texts(path)] == [f"Page number {n}" for n in (1, 2, 3)]
    assert metadata(path)["Title"] == "Streamed"


def test_a_page_using_a_form_defined_later_is_kept_until_save(tmp_path, write_every_object):
    path = tmp_path / "forward.pdf"
    canvas = new_canvas(path, (300, 200), title="Forward", subject="Test")
    canvas.doForm("later")  # reportlab resolves the form's name only at save()
    canvas.showPage()
    canvas.beginForm("later")
    canvas.setFont("Helvetica", 12)
    canvas.drawString(20, 100, "Drawn by the form")
    canvas.endForm()
    canvas.doForm("later")
    canvas.showPage()
    canvas.save()
    assert canvas._doc.kept_pages == 1
    check_cross_references(path)
    assert [text.strip() for text in page_texts(path)] == ["Drawn by the form"] * 2


def test_transparency_after_the_first_page_raises_the_header_version(tmp_path):
    path = tmp_path / "version.pdf"
    canvas = new_canvas(path, (300, 200), title="Version", subject="Test")
    canvas.drawString(20, 100, "Opaque")
    canvas.showPage()
    canvas.setFillColor(Color(1, 0, 0, alpha=0.5))
    canvas.drawString(20, 100, "Translucent")
    canvas.showPage()
    canvas.save()
    assert path.read_bytes().startswith(b"%PDF-1.4\n")
    check_cross_references(path)
    assert len(page_texts(path)) == 2


def codes_by_id(database) -> dict[int, str]:
    with database.session() as session:
        event = session.get(Event, 1)
        return {
            a.id: issue_code(event.uid, event.badge_secret, a.id, a.badge_version)
            for a in session.scalars(select(Attendee))
        }


def test_everyone_agendas_streamed_page_by_page_are_complete_and_in_order(
    scheduled, tmp_path, write_every_object
):
    path = tmp_path / "agendas.pdf"
    result = print_agendas(scheduled.database, path)
    check_cross_references(path)
    texts = page_texts(path)
    assert len(texts) == result.pages
    assert metadata(path)["Title"] == "Health Brokerage Days 2027"
    assert metadata(path)["Subject"] == "Personal agendas"
    first_pages = [n for n, text in enumerate(texts) if "Page 1 of" in text or "Sida 1 av" in text]
    assert len(first_pages) == result.documents
    # The first and the last agenda: each page went to the file in a write of its own.
    by_id = codes_by_id(scheduled.database)
    first, last = first_and_last_by_name(scheduled.database)
    assert codes_on_pages(path, [first_pages[0], first_pages[-1]]) == [by_id[first], by_id[last]]


def codes_on_pages(path: Path, indices: list[int], dpi: int = 150) -> list[str]:
    document = pdfium.PdfDocument(str(path))
    try:
        codes = []
        for index in indices:
            image = document[index].render(scale=dpi / 72, grayscale=True).to_pil()
            found = zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)
            codes.extend(code.text for code in found)
        return codes
    finally:
        document.close()


def first_and_last_by_name(database) -> list[int]:
    with database.session() as session:
        rows = session.execute(select(Attendee.id, Attendee.first_name, Attendee.last_name)).all()
    ordered = sorted(
        rows, key=lambda r: (collation_key(r.last_name), collation_key(r.first_name), r.id)
    )
    return [ordered[0].id, ordered[-1].id]


def test_badges_across_page_writes_keep_their_order(scheduled, tmp_path, write_every_object):
    path = tmp_path / "badges.pdf"
    result = print_badges(scheduled.database, path, layout="a4-2x4", start_position=3)
    check_cross_references(path)
    assert metadata(path)["Subject"] == "Badges"
    assert len(page_texts(path)) == result.pages == -(-(result.documents + 2) // 8)
    ordered = printed_order(path, BADGE_LAYOUTS["a4-2x4"])
    by_id = codes_by_id(scheduled.database)
    first, last = first_and_last_by_name(scheduled.database)
    assert len(ordered) == result.documents
    assert ordered[0] == by_id[first]
    assert ordered[-1] == by_id[last]


@pytest.mark.parametrize(
    "print_document",
    [print_agendas, printing.print_table_sheets, printing.print_table_signs],
    ids=["agendas", "table-sheets", "table-signs"],
)
def test_cancel_after_pages_were_written_leaves_only_the_older_file(
    scheduled, tmp_path, write_every_object, print_document
):
    path = tmp_path / "out.pdf"
    path.write_bytes(b"%PDF-1.4 older print")
    cancel = threading.Event()

    def progress(report: Progress) -> None:
        if report.done == 3:
            cancel.set()

    with pytest.raises(Cancelled):
        print_document(scheduled.database, path, task=Task(progress, cancel))
    assert path.read_bytes() == b"%PDF-1.4 older print"
    assert [p.name for p in tmp_path.iterdir()] == ["out.pdf"]


def test_agendas_read_in_small_batches_match_one_batch(scheduled, tmp_path, monkeypatch):
    """Batch boundaries (every 3 people here) change nothing on any agenda or badge back."""
    one_batch = tmp_path / "one-batch.pdf"
    print_agendas(scheduled.database, one_batch)
    badges_one_batch = tmp_path / "badges-one-batch.pdf"
    print_badges(scheduled.database, badges_one_batch, layout="a6-foldover")
    monkeypatch.setattr(printing._AgendaReader, "batch", 3)
    batches = tmp_path / "batches.pdf"
    result = print_agendas(scheduled.database, batches)
    badges_batches = tmp_path / "badges-batches.pdf"
    print_badges(scheduled.database, badges_batches, layout="a6-foldover")
    assert result.documents > 3 * 5
    assert page_texts(batches) == page_texts(one_batch)
    assert page_texts(badges_batches) == page_texts(badges_one_batch)
    assert any("Page 2 of" in text for text in page_texts(batches))  # agendas with meetings


def test_every_font_a_page_names_is_in_the_document(scheduled, tmp_path):
    # Poppler reported "Unknown font tag 'F1'" on every page: the page preamble named the
    # canvas's initial font in the document reportlab made first, which the streaming
    # document replaced. Strict printer RIPs reject such pages.
    output_pdf = tmp_path / "agendas.pdf"
    print_agendas(scheduled.database, output_pdf, attendee_ids=scheduled.hard.ids[:2])
    data = output_pdf.read_bytes()
    declared = set(re.findall(rb"/(F\d+(?:\+\d+)?) \d+ 0 R", data))
    used: set[bytes] = set()
    for found in re.finditer(rb"/Length (\d+)[^>]*>>\s*stream\r?\n", data):
        stream = data[found.end() : found.end() + int(found.group(1))]
        try:
            text = zlib.decompress(stream)
        except zlib.error:
            continue  # not Flate: an image
        used.update(re.findall(rb"/(F\d+(?:\+\d+)?) [\d.]+ Tf", text))
    assert used, "no text drawn?"
    assert used <= declared, used - declared
