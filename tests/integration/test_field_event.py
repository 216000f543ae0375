"""The field test: a 400-attendee event from spreadsheets to the after-event report.

Everything goes through the command line (as an organiser's script would) and the services
the window calls, and every number on the way is checked.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from pathlib import Path
from zoneinfo import ZoneInfo

import pypdfium2
import pytest
import zxingcpp
from sqlalchemy import func, select

from brokerage_app.cli import main
from brokerage_app.scheduling.format import Placement
from brokerage_app.scheduling.validate import validate_assignments
from brokerage_app.services.checkin import checkin_stats, scan
from brokerage_app.services.events import event_counts
from brokerage_app.services.meetings_on_the_day import (
    book_walk_in,
    mark_held,
    mark_no_show,
    walk_in_options,
)
from brokerage_app.services.report import compute_report_figures
from brokerage_app.services.schedule import export_problem
from brokerage_app.store.database import EventDatabase, open_database
from brokerage_app.store.models import (
    Attendee,
    CheckinResult,
    Meeting,
    MeetingRequest,
    MeetingStatus,
    RequestStatus,
    Slot,
)

pytestmark = pytest.mark.slow
DAY1 = dt.date(2027, 5, 11)
DAY2 = dt.date(2027, 5, 12)


def run(*argv: str) -> None:
    assert main(list(argv)) == 0, argv


def live_meetings(database: EventDatabase) -> dict[int, tuple[int, int, MeetingStatus]]:
    with database.session() as session:
        return {
            m.id: (m.slot_id, m.table_id, m.status)
            for m in session.scalars(
                select(Meeting).where(Meeting.status != MeetingStatus.CANCELLED)
            )
        }


def decode_badges(pdf: Path) -> list[str]:
    codes: list[str] = []
    document = pypdfium2.PdfDocument(pdf)
    for page in document:
        image = page.render(scale=150 / 72).to_pil()
        # Reading order on the sheet: top to bottom, left to right.
        found = sorted(
            zxingcpp.read_barcodes(image),
            key=lambda b: (round(b.position.top_left.y / 50), b.position.top_left.x),
        )
        codes.extend(b.text for b in found)
    document.close()
    return codes


def test_four_hundred_attendee_event_end_to_end(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # --- Registration data arrives as spreadsheets (made from a demo event elsewhere).
    source = tmp_path / "registration.sqlite"
    run("demo-data", "--db", str(source), "--attendees", "400", "--seed", "11")
    run(
        "--db", str(source), "export", "attendees", "--full", "-o", str(tmp_path / "attendees.xlsx")
    )
    run("--db", str(source), "export", "requests", "--full", "-o", str(tmp_path / "requests.xlsx"))
    source_db = open_database(source)
    with source_db.session() as session:
        expected = event_counts(session)
    source_db.dispose()

    # --- The organiser creates the event and imports both files.
    event = tmp_path / "event.sqlite"
    run(
        "new-event",
        "--db",
        str(event),
        "--name",
        "Health Brokerage Days 2027",
        "--first-day",
        DAY1.isoformat(),
        "--days",
        "2",
        "--tables",
        "60",
        "--session",
        "09:00-12:20",
        "--session",
        "13:30-17:10",
        "--break",
        "10:40-11:00",
        "--break",
        "15:10-15:30",
    )
    run("--db", str(event), "import", "attendees", str(tmp_path / "attendees.xlsx"))
    run("--db", str(event), "import", "requests", str(tmp_path / "requests.xlsx"))
    database = open_database(event)
    with database.session() as session:
        counts = event_counts(session)
    assert counts.attendees == expected.attendees == 400
    assert counts.organisations == expected.organisations
    assert counts.requests_by_status == expected.requests_by_status
    assert counts.slots == 38 and counts.tables == 60
    accepted = counts.requests_by_status["accepted"]

    # --- Solve, check the stored schedule against the problem, publish.
    capsys.readouterr()
    run("--db", str(event), "schedule", "--time-limit", "15", "--quiet")
    assert "Placed" in capsys.readouterr().out
    with database.session() as session:
        problem = export_problem(session).problem
        placed = session.execute(
            select(Meeting.request_id, Meeting.slot_id, Meeting.table_id).where(
                Meeting.status == MeetingStatus.SCHEDULED
            )
        ).all()
        reasons = session.scalars(
            select(MeetingRequest.unscheduled_reason).where(
                MeetingRequest.status == RequestStatus.ACCEPTED,
                MeetingRequest.id.not_in(
                    select(Meeting.request_id).where(Meeting.status == MeetingStatus.SCHEDULED)
                ),
            )
        ).all()
    placements = [Placement(f"r{r}", f"s{s}", f"t{t}") for r, s, t in placed]
    assert validate_assignments(problem, placements) == []
    assert len(placed) + len(reasons) == accepted
    assert all(reason for reason in reasons), "every unplaced meeting says why"
    assert len(placed) > 0.8 * accepted
    run("--db", str(event), "publish")
    published = live_meetings(database)

    # --- Print: badges (8 a sheet) and agendas.
    run(
        "--db",
        str(event),
        "print",
        "badges",
        "--layout",
        "a4-2x4",
        "--sort",
        "name",
        "-o",
        str(tmp_path / "badges.pdf"),
    )
    run("--db", str(event), "print", "agendas", "-o", str(tmp_path / "agendas.pdf"))
    assert len(pypdfium2.PdfDocument(tmp_path / "badges.pdf")) == 50
    assert len(pypdfium2.PdfDocument(tmp_path / "agendas.pdf")) >= 400

    # --- 08:30 on day one: every printed badge is scanned at two desks.
    codes = decode_badges(tmp_path / "badges.pdf")
    assert len(codes) == 400 and len(set(codes)) == 400
    morning = dt.datetime.combine(DAY1, dt.time(8, 30), tzinfo=ZoneInfo("Europe/Stockholm"))
    verdicts = [
        scan(database, code, station=f"Desk {i % 2 + 1}", now=morning + dt.timedelta(seconds=3 * i))
        for i, code in enumerate(codes)
    ]
    assert {v.result for v in verdicts} == {CheckinResult.CHECKED_IN}
    assert len({v.attendee_id for v in verdicts}) == 400
    with database.session() as session:
        stats = checkin_stats(session, DAY1)
    # Delegates registered for day two only are let in, in amber so the desk notices.
    assert Counter(v.tone for v in verdicts) == {
        "green": stats.expected,
        "amber": 400 - stats.expected,
    }
    assert (
        stats.checked_in == stats.expected and stats.unexpected_checked_in == 400 - stats.expected
    )
    again = scan(database, codes[0], station="Desk 2", now=morning + dt.timedelta(hours=1))
    assert again.result is CheckinResult.ALREADY_CHECKED_IN
    assert again.first_station == "Desk 1" and f"{again.first_checkin_at:%H:%M}" == "08:30"

    # --- Day one: meetings are held, one in ten is a no-show.
    with database.session() as session:
        day1_slots = set(
            session.scalars(select(Slot.id).where(func.date(Slot.starts_at) == DAY1.isoformat()))
        )
    day1 = sorted(m for m, (slot, _table, _status) in published.items() if slot in day1_slots)
    no_shows = day1[::10]
    with database.session() as session:
        for meeting_id in day1:
            if meeting_id in no_shows:
                mark_no_show(session, meeting_id, actor="table staff")
            else:
                mark_held(session, meeting_id, actor="table staff")

    # --- A walk-in on day two fills a free place; nobody else's meeting moves.
    with database.session() as session:
        people = session.scalars(
            select(Attendee.id)
            .where(Attendee.arrival.is_(None), Attendee.departure.is_(None))
            .order_by(Attendee.id)
        ).all()
        pairs = {
            frozenset(p)
            for p in session.execute(
                select(MeetingRequest.requester_id, MeetingRequest.requested_id)
            )
        }
        first, second = next(
            (a, b)
            for a in people[10:]
            for b in people[20:]
            if a != b and frozenset((a, b)) not in pairs
        )
        options = walk_in_options(session, first, second, dt.datetime.combine(DAY2, dt.time(9)))
        assert options
        book_walk_in(session, first, second, options[0].slot_id, options[0].table_id, actor="desk")
    after = live_meetings(database)
    assert len(after) == len(published) + 1
    for meeting_id, (slot, table, _status) in published.items():
        assert after[meeting_id][:2] == (slot, table)

    # --- The after-event report tells the same numbers.
    run("--db", str(event), "report", "-o", str(tmp_path / "report.pdf"))
    assert (tmp_path / "report.pdf").stat().st_size > 10_000
    with database.session() as session:
        figures = compute_report_figures(session)
    assert figures.attendees == 400 and figures.checked_in == 400
    assert figures.meetings_held == len(day1) - len(no_shows)
    assert figures.meetings_no_show == len(no_shows)
    assert figures.walk_ins == 1
    assert figures.meetings == len(published) + 1
    assert figures.requests == sum(expected.requests_by_status.values()) + 1
    database.dispose()
