"""Table signs: a folded A4 tent per table, a door sign per room (issue 17)."""

from __future__ import annotations

import pypdfium2 as pdfium
from reportlab.lib.units import mm
from sqlalchemy import select

from brokerage_app.cli import main
from brokerage_app.documents.data import EventInfo
from brokerage_app.documents.table_signs import (
    NUMBER_SIZE,
    TableSign,
    render_table_signs,
    table_ranges,
)
from brokerage_app.services.printing import print_table_signs
from brokerage_app.store.models import ACTIVE_TABLE, Attendee, MeetingTable, Room
from tests.unit.documents.conftest import page_texts


def _number_boxes(page: pdfium.PdfPage, number: int) -> list[list[tuple[float, float, float]]]:
    """For each printing of ``number``: (x centre, y centre, height) of each digit in order."""
    textpage = page.get_textpage()
    digits = str(number)
    found = []
    count = textpage.count_chars()
    text = textpage.get_text_range(0, count)
    start = text.find(digits)
    while start >= 0:
        boxes = [textpage.get_charbox(start + i) for i in range(len(digits))]
        heights = [top - bottom for _left, bottom, _right, top in boxes]
        if min(heights) > 100:  # the big number, not "Table 12" in a text line
            found.append(
                [((l + r) / 2, (b + t) / 2, t - b) for (l, b, r, t) in boxes]  # noqa: E741
            )
        start = text.find(digits, start + 1)
    return found


def test_a_tent_per_table_then_a_door_sign_per_room(scheduled, tmp_path):
    output = tmp_path / "signs.pdf"
    result = print_table_signs(scheduled.database, output)
    with scheduled.database.session() as session:
        tables = session.execute(
            select(MeetingTable.number, Room.name, Attendee.first_name, Attendee.last_name)
            .outerjoin(Room, MeetingTable.room_id == Room.id)
            .outerjoin(Attendee, MeetingTable.owner_id == Attendee.id)
            .where(ACTIVE_TABLE)
            .order_by(MeetingTable.number)
        ).all()
    rooms = sorted({t.name for t in tables if t.name})
    assert result.documents == len(tables)
    assert result.pages == len(tables) + len(rooms)
    texts = page_texts(output)
    document = pdfium.PdfDocument(str(output))
    try:
        for index, table in enumerate(tables):
            page = document[index]
            width, height = page.get_width(), page.get_height()
            assert (round(width / mm), round(height / mm)) == (297, 210)  # landscape A4
            faces = _number_boxes(page, table.number)
            assert len(faces) == 2, table.number  # both halves of the tent
            lower, upper = sorted(faces, key=lambda face: face[0][1])
            assert all(y < height / 2 for _x, y, _h in lower)
            assert all(y > height / 2 for _x, y, _h in upper)
            # Digits as high as a 250 pt font's: readable at 10 m.
            assert NUMBER_SIZE >= 250
            assert min(h for face in faces for _x, _y, h in face) >= 250 * 0.7
            if len(str(table.number)) > 1:  # upside down: the digits run right to left
                assert lower[0][0] < lower[-1][0] and upper[0][0] > upper[-1][0]
            if table.name:
                assert texts[index].count(table.name) == 2
            if table.first_name:
                assert texts[index].count(f"{table.first_name} {table.last_name}") == 2
        for offset, room in enumerate(rooms):
            door = texts[len(tables) + offset]
            page = document[len(tables) + offset]
            assert page.get_height() > page.get_width()  # portrait
            numbers = [t.number for t in tables if t.name == room]
            assert room in door and f"Tables {table_ranges(numbers)}" in door
            for table in tables:
                if table.name == room and table.first_name:
                    assert f"{table.first_name} {table.last_name}" in door
    finally:
        document.close()


def test_the_upper_face_is_upside_down_for_the_fold(tmp_path):
    event = EventInfo("Expo", "Hall", "", "", "", "", None, None, True)
    output = tmp_path / "signs.pdf"
    signs = [TableSign(12, "Table 12", "Room B", "Ada Lovelace", "Engines Ltd")]
    assert render_table_signs(output, event, signs) == 2  # the tent and Room B's door sign
    document = pdfium.PdfDocument(str(output))
    try:
        page = document[0]
        lower, upper = sorted(_number_boxes(page, 12), key=lambda face: face[0][1])
        assert lower[0][0] < lower[1][0]  # "1" left of "2"
        assert upper[0][0] > upper[1][0]  # turned round: "1" right of "2"
        assert upper[0][1] > page.get_height() / 2 > lower[0][1]
    finally:
        document.close()
    texts = page_texts(output)
    assert texts[0].count("Ada Lovelace, Engines Ltd") == 2
    assert "Room B" in texts[1] and "Tables 12" in texts[1] and "Ada Lovelace" in texts[1]


def test_table_ranges():
    assert table_ranges([3, 1, 2, 7, 9, 10]) == "1–3, 7, 9–10"
    assert table_ranges([5]) == "5"


def test_print_table_signs_command(scheduled, tmp_path, capsys):
    output = tmp_path / "signs.pdf"
    db = str(scheduled.database.file_path)
    assert main(["--db", db, "print", "table-signs", "-o", str(output)]) == 0
    assert "table signs" in capsys.readouterr().out and output.stat().st_size > 0
