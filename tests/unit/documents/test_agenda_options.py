"""Agendas for use at a glance (issue 17 C): duplex padding, the table number first, day
headings kept with their rows, meetings only, the venue map, reprinting what changed."""

from __future__ import annotations

import dataclasses
import re
import threading
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
import pytest
from reportlab.pdfgen.canvas import Canvas
from sqlalchemy import func, select, update

from brokerage_app.cli import main
from brokerage_app.cli.event_problems import refusal
from brokerage_app.documents.agendas import KEEP_WITH_HEADING, AgendaOptions, _AgendaWriter
from brokerage_app.documents.i18n import texts_for
from brokerage_app.domain.tasks import Cancelled, Progress, Task
from brokerage_app.domain.timetable import SettingsRefusedError
from brokerage_app.errors import ValidationError
from brokerage_app.services.event_settings import (
    apply_event_settings,
    event_settings,
    load_venue_map,
)
from brokerage_app.services.printing import (
    _AgendaReader,
    _AgendasInOrder,
    _event_info,
    _read_people,
    print_agendas,
)
from brokerage_app.services.transfer import save_copy
from brokerage_app.store.database import EventDatabase, open_database
from brokerage_app.store.models import (
    AgendaPrint,
    Attendee,
    Meeting,
    MeetingRequest,
    MeetingStatus,
    MeetingTable,
)
from tests.unit.documents.conftest import page_texts
from tests.unit.documents.venue_map import floor_plan_png

_FIRST_PAGE = re.compile(r"(?:Page|Sida) 1 (?:of|av) (\d+)")


@pytest.fixture
def event(scheduled, tmp_path: Path) -> Iterator[EventDatabase]:
    """An own copy of the scheduled event, to change without touching the shared one."""
    copy = save_copy(scheduled.database, tmp_path / "copy.sqlite")
    database = open_database(copy)
    yield database
    database.dispose()


def _set_map(database: EventDatabase, image: bytes | None) -> None:
    with database.session() as session:
        settings = event_settings(session)
        apply_event_settings(session, dataclasses.replace(settings, venue_map=image))


def _starts(texts: list[str]) -> list[tuple[int, int]]:
    """(1-based page, the agenda's page count) of each page that starts an agenda."""
    return [
        (number, int(match[1]))
        for number, text in enumerate(texts, start=1)
        if (match := _FIRST_PAGE.search(text))
    ]


def _attendee_of(path: Path) -> int:
    """The attendee id in a per-attendee agenda file name ("agenda-00042-Oberg-Asa.pdf")."""
    match = re.match(r"agenda-(\d+)", path.name)
    assert match, path
    return int(match[1])


def _lengths(database: EventDatabase, tmp_path: Path, options: AgendaOptions) -> dict[int, int]:
    """Each attendee's agenda length in pages, from one file per attendee."""
    result = print_agendas(
        database, tmp_path / "each", one_file_per_attendee=True, options=options, record=False
    )
    found = {}
    for path in result.paths:
        document = pdfium.PdfDocument(str(path))
        found[_attendee_of(path)] = len(document)
        document.close()
    return found


@pytest.mark.parametrize("with_map", [False, True])
def test_every_agenda_starts_on_an_odd_page_of_a_combined_pdf(event, tmp_path, with_map):
    if with_map:
        _set_map(event, floor_plan_png())
    options = AgendaOptions(meetings_only=True)
    lengths = _lengths(event, tmp_path, options)
    # Odd and even lengths alike: 1 and 2 pages, or 2 and 3 with the map.
    assert ({2, 3} if with_map else {1, 2}) <= set(lengths.values())
    combined = tmp_path / "all.pdf"
    result = print_agendas(event, combined, options=options, record=False)
    texts = page_texts(combined)
    starts = _starts(texts)
    assert len(starts) == result.documents == len(lengths)
    assert all(page % 2 == 1 for page, _pages in starts)
    assert len(texts) == result.pages == sum(n + n % 2 for n in lengths.values())
    # The padding is a blank page after each odd-length agenda.
    for page, pages in starts:
        if pages % 2:
            assert texts[page + pages - 1].strip() == ""

    unpadded = tmp_path / "unpadded.pdf"
    plain = print_agendas(
        event,
        unpadded,
        options=AgendaOptions(meetings_only=True, duplex_padding=False),
        record=False,
    )
    assert plain.pages == sum(lengths.values())
    assert any(page % 2 == 0 for page, _pages in _starts(page_texts(unpadded)))


def _font_sizes(path: Path, page_index: int) -> list[tuple[str, float]]:
    """(character, font size) of every character on one page."""
    document = pdfium.PdfDocument(str(path))
    try:
        textpage = document[page_index].get_textpage()
        count = textpage.count_chars()
        text = textpage.get_text_range(0, count)
        return [
            (text[i] if i < len(text) else "", pdfium_c.FPDFText_GetFontSize(textpage.raw, i))
            for i in range(count)
        ]
    finally:
        document.close()


def test_the_table_is_the_largest_text_on_a_meeting_row(scheduled, tmp_path):
    person = scheduled.hard.ids[1]
    output = tmp_path / "agenda.pdf"
    print_agendas(scheduled.database, output, attendee_ids=[person], record=False)
    text = page_texts(output)[0]
    sizes = _font_sizes(output, 0)
    joined = "".join(c for c, _ in sizes)
    table = re.search(r"Table \d+", joined)
    assert table and "Table" in text
    times = list(re.finditer(r"\d\d:\d\d–\d\d:\d\d", joined))
    # The meeting row: from its time to the next row's time.
    time = next(t for t in reversed(times) if t.start() < table.start())
    row_end = next((t.start() for t in times if t.start() > table.start()), len(joined))
    table_size = max(size for _c, size in sizes[table.start() : table.end()])
    time_size = max(size for _c, size in sizes[time.start() : time.end()])
    assert table_size >= 14 > time_size
    others = [size for c, size in sizes[time.start() : row_end] if c.strip()]
    assert table_size == max(others) > sorted(set(others))[-2]


def _pages_of_everyone(database: EventDatabase, options: AgendaOptions, tmp_path: Path):
    with database.session() as session:
        event, uid, secret = _event_info(session)
        people = _read_people(session, None, uid, secret)
    writer = _AgendaWriter(Canvas(str(tmp_path / "scratch.pdf")), event, options)
    for agenda in _AgendasInOrder(_AgendaReader(database, people)):
        texts = texts_for(agenda.person.language)
        yield agenda, writer._paginate(writer._blocks(agenda, texts))


@pytest.mark.parametrize("meetings_only", [False, True])
def test_day_headings_keep_their_first_rows_and_repeat_on_the_next_page(
    scheduled, tmp_path, meetings_only
):
    continued = 0
    for agenda, pages in _pages_of_everyone(
        scheduled.database, AgendaOptions(meetings_only=meetings_only), tmp_path
    ):
        rows_of_day: Counter[object] = Counter()
        day = None
        for block in (b for page in pages for b in page if b.kind != "continued"):
            if block.kind == "day":
                day = block.day
            elif day is not None:
                rows_of_day[day] += 1
        for number, blocks in enumerate(pages):
            for index, block in enumerate(blocks):
                if block.kind != "day":
                    continue
                after = []
                for following in blocks[index + 1 :]:
                    if following.kind == "day":
                        break
                    after.append(following)
                wanted = min(KEEP_WITH_HEADING, rows_of_day[block.day])
                assert len(after) >= wanted, (agenda.person.full_name, number)
            if number and blocks[0].kind != "day":
                # A page going on with a day starts by naming it.
                assert blocks[0].kind == "continued"
                previous_day = next(
                    b.day for b in reversed(pages[number - 1]) if b.kind in ("day", "continued")
                )
                assert blocks[0].day == previous_day
                continued += 1
    assert continued > (0 if meetings_only else 10)


def test_continuation_pages_say_the_day_in_the_pdf(scheduled, tmp_path):
    output = tmp_path / "agenda.pdf"
    print_agendas(scheduled.database, output, attendee_ids=[scheduled.hard.ids[1]], record=False)
    second = page_texts(output)[1]
    assert re.search(r"(Tuesday|Wednesday) \d+ May 2027 · Day \d \(continued\)", second)


def test_meetings_only_lists_every_meeting_and_no_free_slot(scheduled, tmp_path):
    person = scheduled.hard.ids[1]
    full, short = tmp_path / "full.pdf", tmp_path / "short.pdf"
    print_agendas(scheduled.database, full, attendee_ids=[person], record=False)
    result = print_agendas(
        scheduled.database,
        short,
        attendee_ids=[person],
        options=AgendaOptions(meetings_only=True, duplex_padding=False),
        record=False,
    )
    full_text, short_text = "\n".join(page_texts(full)), "\n".join(page_texts(short))
    assert "Free" in full_text and "Free" not in short_text
    assert "Coffee" in short_text
    tables = re.findall(r"Table \d+", full_text)
    assert tables and re.findall(r"Table \d+", short_text) == tables
    assert result.pages < len(page_texts(full))


def _coffee_pixels(path: Path, page_index: int) -> int:
    """Pixels of the floor plan's green coffee bar on a page (rendered at 36 dpi)."""
    document = pdfium.PdfDocument(str(path))
    try:
        image = document[page_index].render(scale=0.5).to_pil().convert("RGB")
        colours = image.getcolors(maxcolors=1 << 20) or []
        return sum(
            count for count, (r, g, b) in colours if abs(r - 228) + abs(g - 242) + abs(b - 231) < 12
        )
    finally:
        document.close()


def test_the_venue_map_is_the_last_page_and_the_footer_says_which(scheduled, event, tmp_path):
    no_map = tmp_path / "no-map.pdf"
    person = scheduled.hard.ids[1]  # English
    print_agendas(event, no_map, attendee_ids=[person], record=False)
    # Without a map no page is promised; the organiser's own note stays.
    assert not any("Venue map: page" in text for text in page_texts(no_map))
    assert "Venue map: on the screens at the entrance" in page_texts(no_map)[0]

    _set_map(event, floor_plan_png())
    output = tmp_path / "map.pdf"
    print_agendas(event, output, attendee_ids=[person], record=False)
    texts = page_texts(output)
    ((_start, pages),) = _starts(texts)
    assert f"Venue map: page {pages}" in texts[0]
    assert texts[pages - 1].startswith("Venue map")
    assert f"Page {pages} of {pages}" in texts[pages - 1]
    assert _coffee_pixels(output, pages - 1) > 500 and _coffee_pixels(output, 0) == 0
    assert len(texts) == pages + pages % 2  # then padded for duplex


def test_a_venue_map_that_is_not_an_image_is_refused_by_name(event, tmp_path, capsys):
    bad = tmp_path / "map.pdf"
    bad.write_bytes(b"%PDF-1.4 not an image")
    with pytest.raises(SettingsRefusedError) as refused:
        load_venue_map(bad)
    assert refusal(refused.value) == f"Venue map {bad}: it is not a readable PNG or JPEG image."
    good = tmp_path / "map.png"
    good.write_bytes(floor_plan_png())
    database = str(event.file_path)
    assert main(["--db", database, "event", "set", "--venue-map", str(bad)]) == 2
    assert "map.pdf" in capsys.readouterr().err
    assert main(["--db", database, "event", "set", "--venue-map", str(good)]) == 0
    with event.session() as session:
        assert event_settings(session).venue_map == good.read_bytes()
    assert main(["--db", database, "event", "set", "--no-venue-map"]) == 0
    with event.session() as session:
        assert event_settings(session).venue_map is None


def _printed_ids(result) -> set[int]:
    return {_attendee_of(path) for path in result.paths}


def _counterparts(session, attendee_id: int) -> set[int]:
    rows = session.execute(
        select(MeetingRequest.requester_id, MeetingRequest.requested_id)
        .join(Meeting, Meeting.request_id == MeetingRequest.id)
        .where(Meeting.status != MeetingStatus.CANCELLED)
    ).all()
    return {b if a == attendee_id else a for a, b in rows if attendee_id in (a, b)}


def test_changed_since_last_print_prints_exactly_the_changed_agendas(event, tmp_path, capsys):
    everyone = print_agendas(event, tmp_path / "first", one_file_per_attendee=True)
    with event.session() as session:
        assert session.scalar(select(func.count()).select_from(AgendaPrint)) == everyone.documents
        # Two delegates' meeting moves to a table free in its slot ...
        shared = set(
            session.scalars(select(MeetingTable.id).where(MeetingTable.owner_id.is_(None)))
        )
        for meeting in session.scalars(select(Meeting).order_by(Meeting.id)).all():
            busy = set(
                session.scalars(select(Meeting.table_id).where(Meeting.slot_id == meeting.slot_id))
            )
            if meeting.table_id in shared and shared - busy:
                meeting.table_id = min(shared - busy)
                break
        moved = {meeting.request.requester_id, meeting.request.requested_id}
        # ... and a third delegate is renamed: their agenda and their partners' change.
        renamed = session.scalars(
            select(Attendee.id).where(Attendee.id.not_in(moved)).order_by(Attendee.id.desc())
        ).first()
        session.execute(update(Attendee).where(Attendee.id == renamed).values(first_name="Renamed"))
        expected = moved | {renamed} | _counterparts(session, renamed)
    assert len(expected) < everyone.documents / 2

    second = print_agendas(
        event, tmp_path / "second", one_file_per_attendee=True, changed_since_last_print=True
    )
    assert _printed_ids(second) == expected
    assert second.unchanged == everyone.documents - len(expected)

    # Printed once, they are unchanged: the command prints none and writes nothing.
    output = tmp_path / "third.pdf"
    code = main(
        [
            "--db",
            str(event.file_path),
            "print",
            "agendas",
            "-o",
            str(output),
            "--changed-since-last-print",
        ]
    )
    assert code == 0 and not output.exists()
    assert "No agenda changed since the last print." in capsys.readouterr().out


def test_the_command_reprints_the_changed_agendas_into_one_pdf(event, tmp_path, capsys):
    database = str(event.file_path)
    assert main(["--db", database, "print", "agendas", "-o", str(tmp_path / "all.pdf")]) == 0
    with event.session() as session:
        renamed = session.scalars(select(Attendee).order_by(Attendee.id)).first()
        renamed.last_name = "Zyxwabc"
        expected = {renamed.id} | _counterparts(session, renamed.id)
    capsys.readouterr()
    output = tmp_path / "changed.pdf"
    assert (
        main(
            [
                "--db",
                database,
                "print",
                "agendas",
                "-o",
                str(output),
                "--changed-since-last-print",
                "--meetings-only",
            ]
        )
        == 0
    )
    out = capsys.readouterr().out
    assert f"Wrote {len(expected)} agendas" in out
    assert len(_starts(page_texts(output))) == len(expected)
    assert "Zyxwabc" in "\n".join(page_texts(output))


def test_a_preview_or_a_cancelled_print_records_nothing(event, tmp_path):
    def recorded() -> int:
        with event.session() as session:
            return session.scalar(select(func.count()).select_from(AgendaPrint)) or 0

    print_agendas(event, tmp_path / "preview.pdf", record=False)
    assert recorded() == 0
    cancel = threading.Event()
    calls = []

    def progress(report: Progress) -> None:
        calls.append(report.done)
        if report.done == 3:
            cancel.set()

    with pytest.raises(Cancelled):
        print_agendas(event, tmp_path / "cancelled.pdf", task=Task(progress, cancel))
    assert calls and recorded() == 0
    assert not (tmp_path / "cancelled.pdf").exists()
    # A print that fails while it is written records nothing either.
    with pytest.raises(ValidationError):
        print_agendas(event, tmp_path / "missing" / "agendas.pdf")
    assert recorded() == 0
    print_agendas(event, tmp_path / "printed.pdf", attendee_ids=[1, 2])
    assert recorded() == 2
