from __future__ import annotations

import pypdfium2 as pdfium
from sqlalchemy import select

from brokerage_app.services.printing import print_table_sheets
from brokerage_app.store.models import Meeting, MeetingStatus, MeetingTable
from tests.unit.documents.conftest import page_texts


def test_master_grid_then_one_sheet_per_table_with_every_meeting(scheduled, tmp_path):
    output = tmp_path / "tables.pdf"
    result = print_table_sheets(scheduled.database, output)
    texts = page_texts(output)
    assert result.pages == len(texts)
    with scheduled.database.session() as session:
        tables = session.scalars(select(MeetingTable).order_by(MeetingTable.number)).all()
        meetings = session.scalars(
            select(Meeting).where(Meeting.status != MeetingStatus.CANCELLED)
        ).all()
        expected = {
            table.display_name: [
                (m.request.requester.full_name, m.request.requested.full_name)
                for m in meetings
                if m.table_id == table.id
            ]
            for table in tables
        }
    assert result.documents == len(tables)
    document = pdfium.PdfDocument(str(output))
    landscape = [page.get_width() > page.get_height() for page in document]
    document.close()
    grid_pages = landscape.index(False)
    assert grid_pages >= 1 and not any(landscape[grid_pages:])
    grid_text = "\n".join(texts[:grid_pages])
    for name, pairs in expected.items():
        sheet = "\n".join(
            t
            for t in texts[grid_pages:]
            if t.startswith(name + "\r") or t.startswith(name + "\n") or f"{name} (continued)" in t
        )
        assert sheet, name
        for first, second in pairs:
            # Very long names are cut with an ellipsis on these one-line cells.
            assert first[:25] in sheet and second[:25] in sheet
            assert first[:12] in grid_text and second[:12] in grid_text
