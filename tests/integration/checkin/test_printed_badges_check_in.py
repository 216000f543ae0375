"""Badges as printed: render the PDF, read every QR with zxing-cpp, check each person in."""

from __future__ import annotations

from pathlib import Path

import pypdfium2

from brokerage_app.checkin.decode import decode_codes
from brokerage_app.services.checkin import badge_code, scan
from brokerage_app.services.printing import print_badges
from brokerage_app.store.models import CheckinResult
from tests.integration.checkin.event_setup import MORNING, make_event


def test_every_printed_badge_checks_its_own_attendee_in(tmp_path: Path) -> None:
    database = make_event(str(tmp_path / "event.sqlite"))
    people = list(range(3, 13))  # ten badges: a full A4 sheet of eight and a second page
    output = tmp_path / "badges.pdf"
    print_badges(database, output, attendee_ids=people, layout="a4-2x4")

    document = pypdfium2.PdfDocument(output)
    decoded = [
        code
        for page in document
        for code in decode_codes(page.render(scale=150 / 72, grayscale=True).to_pil())
    ]
    assert len(document) == 2
    assert len(decoded) == len(people)
    with database.session() as session:
        expected = {badge_code(session, attendee_id): attendee_id for attendee_id in people}
    assert set(decoded) == set(expected)
    for code in decoded:
        verdict = scan(database, code, station="Print check", now=MORNING)
        assert (verdict.result, verdict.attendee_id) == (CheckinResult.CHECKED_IN, expected[code])
    database.dispose()
