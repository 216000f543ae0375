"""Exports: formula injection, consent, the schedule, and calendars across a DST change."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar
from openpyxl import load_workbook
from sqlalchemy import select, update

from brokerage_app.domain.tasks import Cancelled, Progress, Task
from brokerage_app.errors import ValidationError
from brokerage_app.services.exports import (
    Audience,
    ExportResult,
    export_attendees,
    export_calendars,
    export_requests,
    export_schedule,
)
from brokerage_app.services.imports import run_import
from brokerage_app.store.database import EventDatabase
from brokerage_app.store.models import Attendee, Event
from tests.unit.interchange.conftest import FIXTURES, schedule_meetings

STOCKHOLM = ZoneInfo("Europe/Stockholm")


@pytest.fixture
def populated(event_db: EventDatabase) -> EventDatabase:
    run_import(event_db, "attendees", FIXTURES / "attendees_en.xlsx")
    run_import(event_db, "requests", FIXTURES / "requests_sv_utf8_semicolon.csv")
    return event_db


def read_csv_cells(path: Path) -> list[list[str]]:
    import csv

    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "Excel needs the UTF-8 byte-order mark"
    assert b"\r\n" in raw
    return list(csv.reader(raw.decode("utf-8-sig").splitlines(keepends=True)))


def test_csv_and_xlsx_cells_that_look_like_formulas_are_neutralised(
    populated: EventDatabase, tmp_path: Path
) -> None:
    with populated.session() as session:
        session.execute(
            update(Attendee)
            .where(Attendee.external_id == "REG-002")
            .values(first_name='=HYPERLINK("http://evil.example","Click")', job_title="@SUM(1)")
        )
    export_attendees(populated, tmp_path / "a.csv", audience=Audience.ORGANISER)
    rows = read_csv_cells(tmp_path / "a.csv")
    header = rows[0]
    jorgen = next(r for r in rows if r[0] == "REG-002")
    assert jorgen[header.index("First name")] == '\'=HYPERLINK("http://evil.example","Click")'
    assert jorgen[header.index("Job title")] == "'@SUM(1)"
    assert jorgen[header.index("Phone")] == "'+46 46 222 00 00"

    # In XLSX a string cell is never a formula: the text is stored as it is (no apostrophe
    # for Excel to show), typed as a string.
    with populated.session() as session:
        session.execute(
            update(Attendee).where(Attendee.external_id == "REG-003").values(job_title="'=x")
        )
    export_attendees(populated, tmp_path / "a.xlsx", audience=Audience.ORGANISER)
    sheet = load_workbook(tmp_path / "a.xlsx").active
    header = [cell.value for cell in sheet[1]]
    by_id = {row[0].value: row for row in sheet.iter_rows(min_row=2)}
    jorgen = by_id["REG-002"]
    formula_cell = jorgen[header.index("First name")]
    assert formula_cell.value == '=HYPERLINK("http://evil.example","Click")'
    assert formula_cell.data_type == "s"  # text, never a formula
    assert jorgen[header.index("Job title")].value == "@SUM(1)"
    assert jorgen[header.index("Phone")].value == "+46 46 222 00 00"
    assert not any(c.data_type == "f" for row in sheet.iter_rows() for c in row)
    apostrophes = [
        c.value
        for row in sheet.iter_rows()
        for c in row
        if isinstance(c.value, str) and c.value.startswith("'")
    ]
    assert apostrophes == ["''=x"]  # only a text that starts with one itself
    # ...and every value comes back unchanged when the file is imported again, including
    # a text that itself starts with an apostrophe.
    with populated.session() as session:
        before = session.execute(
            select(Attendee.first_name, Attendee.phone, Attendee.job_title).order_by(Attendee.id)
        ).all()
    run_import(populated, "attendees", tmp_path / "a.xlsx")
    with populated.session() as session:
        after = session.execute(
            select(Attendee.first_name, Attendee.phone, Attendee.job_title).order_by(Attendee.id)
        ).all()
    assert after == before


def test_shared_exports_respect_consent(populated: EventDatabase, tmp_path: Path) -> None:
    with populated.session() as session:
        session.execute(
            update(Attendee)
            .where(Attendee.external_id == "REG-006")
            .values(consent_list_publicly=False)
        )
    export_attendees(populated, tmp_path / "shared.csv")
    export_attendees(populated, tmp_path / "full.csv", audience=Audience.ORGANISER)
    shared = read_csv_cells(tmp_path / "shared.csv")
    full = read_csv_cells(tmp_path / "full.csv")
    email = shared[0].index("Email")
    shared_by_id = {r[0]: r for r in shared[1:]}
    # REG-006 declined public listing: absent from the shared list, present for the organiser.
    assert "REG-006" not in shared_by_id
    assert "REG-006" in {r[0] for r in full[1:]}
    # REG-002 and REG-005 did not consent to sharing contact details.
    assert shared_by_id["REG-002"][email] == ""
    assert shared_by_id["REG-005"][email] == ""
    assert shared_by_id["REG-001"][email] == "asa.oberg@halsa.example"
    assert "jorgen@lund-uni.example" in (tmp_path / "full.csv").read_text("utf-8-sig")
    assert "jorgen@lund-uni.example" not in (tmp_path / "shared.csv").read_text("utf-8-sig")


def test_schedule_lists_day_time_table_and_both_parties(
    populated: EventDatabase, tmp_path: Path
) -> None:
    assert len(schedule_meetings(populated)) == 2
    export_schedule(populated, tmp_path / "schedule.csv")
    rows = read_csv_cells(tmp_path / "schedule.csv")
    header, body = rows[0], rows[1:]
    assert "Requester email" not in header
    as_dicts = [dict(zip(header, row, strict=True)) for row in body]
    assert [(r["Date"], r["Start"], r["End"], r["Table"]) for r in as_dicts] == [
        ("2027-03-27", "09:00", "09:20", "Table 1"),
        ("2027-03-29", "09:00", "09:20", "Table 1"),
    ]
    assert as_dicts[0]["Requester name"] == "Åsa Öberg"
    assert as_dicts[0]["Requested name"] == "Jörgen Hällström"
    assert as_dicts[1]["Requested organisation"] == "МедТех Київ"

    export_schedule(populated, tmp_path / "full.xlsx", audience=Audience.ORGANISER)
    sheet = load_workbook(tmp_path / "full.xlsx").active
    header = [c.value for c in next(sheet.iter_rows())]
    assert header[-4:] == [
        "Requester email",
        "Requester phone",
        "Requested email",
        "Requested phone",
    ]


# The table exports share one flow (services.exports._export_table): each is held to it.
TABLE_EXPORTS = pytest.mark.parametrize(
    "export", [export_attendees, export_requests, export_schedule], ids=lambda e: e.__name__
)


@TABLE_EXPORTS
def test_export_refuses_unknown_endings_and_leaves_no_partial_file(
    populated: EventDatabase, tmp_path: Path, export: Callable[..., ExportResult]
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(ValidationError, match=r"name it \.csv or \.xlsx"):
        export(populated, out / "a.ods")
    with pytest.raises(ValidationError, match="does not exist"):
        export(populated, out / "missing" / "a.csv")
    cancel = threading.Event()
    cancel.set()
    for name in ("a.csv", "a.xlsx"):
        with pytest.raises(Cancelled, match="no file was written"):
            export(populated, out / name, task=Task(cancel=cancel))
    assert list(out.iterdir()) == []


@TABLE_EXPORTS
def test_exports_report_every_row_and_write_the_same_table_as_csv_and_xlsx(
    populated: EventDatabase, tmp_path: Path, export: Callable[..., ExportResult]
) -> None:
    schedule_meetings(populated)
    reports: list[Progress] = []
    csv_result = export(populated, tmp_path / "a.csv", task=Task(reports.append))
    xlsx_result = export(populated, tmp_path / "a.xlsx")
    assert csv_result.rows == xlsx_result.rows > 0
    assert (reports[-1].done, reports[-1].total) == (csv_result.rows, csv_result.rows)
    sheet = load_workbook(tmp_path / "a.xlsx").active
    xlsx_rows = list(sheet.iter_rows(values_only=True))
    csv_rows = read_csv_cells(tmp_path / "a.csv")
    # Same headings, same rows (CSV cells may be neutralised, so only the first column).
    assert csv_rows[0] == list(xlsx_rows[0])
    assert [row[0] for row in csv_rows] == [row[0] or "" for row in xlsx_rows]
    assert len(csv_rows) == csv_result.rows + 1


def test_calendars_validate_and_keep_local_time_across_the_dst_change(
    populated: EventDatabase, tmp_path: Path
) -> None:
    schedule_meetings(populated)
    result = export_calendars(populated, tmp_path / "ical")
    assert (result.files, result.meetings) == (4, 4)
    files = sorted((tmp_path / "ical").iterdir())
    asa = next(f for f in files if f.name.endswith("-asa-oberg.ics"))
    calendar = Calendar.from_ical(asa.read_bytes())
    timezones = [c for c in calendar.walk("VTIMEZONE")]
    assert [tz["TZID"] for tz in timezones] == ["Europe/Stockholm"]
    (meeting,) = calendar.walk("VEVENT")
    assert meeting["SUMMARY"] == "Meeting: Jörgen Hällström, Lunds universitet (SE)"
    assert "Table 1" in meeting["LOCATION"]

    ayse = next(f for f in files if "-ayse" in f.name)
    (after,) = Calendar.from_ical(ayse.read_bytes()).walk("VEVENT")
    # Saturday 27 March is CET (+01:00), Monday 29 March CEST (+02:00): both at 09:00 local.
    before_start = meeting.decoded("DTSTART")
    after_start = after.decoded("DTSTART")
    assert before_start == dt.datetime(2027, 3, 27, 9, 0, tzinfo=STOCKHOLM)
    assert after_start == dt.datetime(2027, 3, 29, 9, 0, tzinfo=STOCKHOLM)
    assert before_start.utcoffset() == dt.timedelta(hours=1)
    assert after_start.utcoffset() == dt.timedelta(hours=2)
    assert after_start.astimezone(dt.UTC).hour == 7
    assert after.decoded("DTEND") - after_start == dt.timedelta(minutes=20)
    # The VTIMEZONE itself carries the change on 28 March.
    assert b"20270328T030000" in ayse.read_bytes()


def test_calendar_uids_are_stable_and_shared_by_both_parties(
    populated: EventDatabase, tmp_path: Path
) -> None:
    schedule_meetings(populated)
    export_calendars(populated, tmp_path / "one")
    export_calendars(populated, tmp_path / "two")

    def uids(folder: Path) -> dict[str, list[str]]:
        return {
            f.name: [str(e["UID"]) for e in Calendar.from_ical(f.read_bytes()).walk("VEVENT")]
            for f in sorted(folder.iterdir())
        }

    first, second = uids(tmp_path / "one"), uids(tmp_path / "two")
    assert first == second
    with populated.session() as session:
        event_uid = session.get(Event, 1).uid
    all_uids = [uid for values in first.values() for uid in values]
    assert all(uid.startswith(event_uid) for uid in all_uids)
    assert len(set(all_uids)) == 2  # two meetings, each in both parties' calendars


def test_calendar_contact_details_need_the_counterparts_consent(
    populated: EventDatabase, tmp_path: Path
) -> None:
    schedule_meetings(populated)
    export_calendars(populated, tmp_path)
    asa = next(tmp_path.glob("*-asa-oberg.ics")).read_text("utf-8")
    jorgen = next(tmp_path.glob("*-jorgen-hallstrom.ics")).read_text("utf-8")
    # Åsa consented, so Jörgen sees her contact; Jörgen did not, so Åsa does not see his.
    assert "asa.oberg@halsa.example" in jorgen.replace("\r\n ", "")
    assert "jorgen@lund-uni.example" not in asa.replace("\r\n ", "")


def test_an_event_time_zone_that_does_not_exist_is_reported(
    populated: EventDatabase, tmp_path: Path
) -> None:
    schedule_meetings(populated)
    with populated.session() as session:
        session.get(Event, 1).time_zone = "Europe/Atlantis"
    with pytest.raises(ValidationError, match="'Europe/Atlantis' is not a known time zone"):
        export_calendars(populated, tmp_path / "ical")


def test_people_in_requests_only_appear_by_reference_when_allowed(
    populated: EventDatabase, tmp_path: Path
) -> None:
    with populated.session() as session:
        for attendee in session.scalars(select(Attendee)):
            attendee.external_id = None
    from brokerage_app.services.exports import export_requests

    export_requests(populated, tmp_path / "shared.csv")
    text = (tmp_path / "shared.csv").read_text("utf-8-sig")
    assert "asa.oberg@halsa.example" in text  # consented
    assert "jorgen@lund-uni.example" not in text  # did not
