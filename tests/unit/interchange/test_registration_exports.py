"""Registration exports as platforms write them: honorifics, attendance, value mapping,
remembered mappings and re-imports that say what they change."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import select

from brokerage_app.cli.import_problems import change_line
from brokerage_app.domain.availability import is_available, stay_for_days
from brokerage_app.interchange.mapping import ColumnMapping
from brokerage_app.services.exports import Audience, export_attendees
from brokerage_app.services.imports import preview_import, run_import
from brokerage_app.services.printing import _read_people
from brokerage_app.store.database import EventDatabase
from brokerage_app.store.models import Attendee, AttendeeBlockedSlot, MeetingRequest, Slot
from tests.unit.interchange.conftest import DST_DAYS

REGISTRATION = (
    "Registration ID,Title,First name,Last name,Job title,Organisation / Company,"
    "Country of residence,E-mail address,Mobile\n"
    "R1,Dr,Ingrid,Bråten,Head of R&D,Nordic Care AS,Norway,ingrid@care.example,+47 900\n"
    "R2,Prof.,Luc,Bérénger,Chair,Université de Lyon,Frankrike,luc@lyon.example,+33 600\n"
    "R3,,Anna,Ek,CEO,Ek Medical AB,SE,anna@ek.example,\n"
)


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def people(database: EventDatabase) -> dict[str, Attendee]:
    with database.session() as session:
        rows = session.scalars(select(Attendee)).all()
        for row in rows:
            _ = row.organisation.country
        session.expunge_all()
    return {a.external_id: a for a in rows}


def test_the_title_column_is_the_honorific_not_the_job_title(
    event_db: EventDatabase, tmp_path: Path
) -> None:
    result = run_import(event_db, "attendees", write(tmp_path, "reg.csv", REGISTRATION))
    assert result.created == 3
    stored = people(event_db)
    assert (stored["R1"].honorific, stored["R1"].job_title) == ("Dr", "Head of R&D")
    assert (stored["R2"].honorific, stored["R2"].organisation.country) == ("Prof.", "FR")
    assert stored["R3"].honorific == ""
    assert stored["R1"].phone == "+47 900"

    # Exported under its own heading, and in the data badges and agendas print from.
    exported = tmp_path / "out.csv"
    export_attendees(event_db, exported, audience=Audience.ORGANISER)
    heading = exported.read_text(encoding="utf-8-sig").splitlines()[0].split(",")
    assert "Honorific" in heading and "Job title" in heading
    with event_db.session() as session:
        printed = {p.last_name: p for p in _read_people(session, None, "uid", "secret")}
    assert printed["Bråten"].honorific == "Dr" and printed["Bråten"].job_title == "Head of R&D"


def slot_days(database: EventDatabase, attendee: Attendee) -> set[dt.date]:
    """The days on which the attendee can meet in at least one slot."""
    with database.session() as session:
        slots = session.execute(select(Slot.id, Slot.starts_at, Slot.ends_at)).all()
        blocked = set(
            session.scalars(
                select(AttendeeBlockedSlot.slot_id).where(
                    AttendeeBlockedSlot.attendee_id == attendee.id
                )
            )
        )
    return {
        starts.date()
        for slot_id, starts, ends in slots
        if is_available(attendee.arrival, attendee.departure, blocked, slot_id, starts, ends)
    }


ATTENDANCE = (
    "Registration ID,First name,Last name,Organisation / Company,Attending days,Priority\n"
    "A1,Ada,Both,Org,Both days,\n"
    "A2,Bo,One,Org,Day 1 only,\n"
    "A3,Cy,Two,Org,Day 2 only,\n"
    "A4,Di,Date,Org,2027-03-29,\n"
    "A5,Ed,Weekday,Org,lördag,\n"
)


def test_attending_days_become_arrival_departure_and_days_present(
    event_db: EventDatabase, tmp_path: Path
) -> None:
    saturday, monday = DST_DAYS
    run_import(event_db, "attendees", write(tmp_path, "days.csv", ATTENDANCE))
    stored = people(event_db)
    assert slot_days(event_db, stored["A1"]) == {saturday, monday}
    assert (stored["A1"].arrival, stored["A1"].departure) == (None, None)
    assert slot_days(event_db, stored["A2"]) == {saturday}
    assert slot_days(event_db, stored["A3"]) == {monday}
    assert stored["A3"].arrival == dt.datetime.combine(monday, dt.time(9, 0))
    assert slot_days(event_db, stored["A4"]) == {monday}
    assert slot_days(event_db, stored["A5"]) == {saturday}


def test_a_missed_middle_day_is_blocked() -> None:
    days = [dt.date(2027, 5, d) for d in (11, 12, 13)]
    slots = [
        (
            i * 10 + h,
            dt.datetime.combine(day, dt.time(9 + h)),
            dt.datetime.combine(day, dt.time(10 + h)),
        )
        for i, day in enumerate(days)
        for h in range(2)
    ]
    arrival, departure, blocked = stay_for_days({days[0], days[2]}, slots)
    assert (arrival, departure) == (None, None)
    assert blocked == {10, 11}
    arrival, departure, blocked = stay_for_days({days[1]}, slots)
    assert arrival == dt.datetime(2027, 5, 12, 9) and departure == dt.datetime(2027, 5, 12, 11)
    assert blocked == frozenset()


def test_unknown_words_are_problems_until_the_value_mapping_names_them(
    event_db: EventDatabase, tmp_path: Path
) -> None:
    path = write(
        tmp_path,
        "odd.csv",
        "Registration ID,First name,Organisation,Attending days,Country of residence,Role\n"
        "B1,Ann,Org,Only the first day,Republic of Elbonia,Exhibitor/Seller\n"
        "B2,Bob,Org,Day 2 only,Sverige,köpare\n",
    )
    preview = preview_import(event_db, "attendees", path)
    assert {p.column for p in preview.problems} == {
        "Attending days",
        "Country of residence",
        "Role",
    }
    rows = {(v.field, v.text): v for v in preview.values}
    assert rows[("country", "Sverige")].value == "SE" and not rows[("country", "Sverige")].mapped
    assert rows[("attendance", "Day 2 only")].value == DST_DAYS[1].isoformat()
    assert rows[("attendance", "Only the first day")].value is None
    assert rows[("role", "köpare")].value == "buyer"

    saturday = DST_DAYS[0].isoformat()
    mapping = ColumnMapping(
        "attendees",
        {},
        {
            "attendance": {"Only the first day": saturday},
            "country": {"Republic of Elbonia": "NO"},
            "role": {"Exhibitor/Seller": "seller"},
        },
    )
    preview = preview_import(event_db, "attendees", path, mapping)
    assert preview.problems == ()
    assert {(v.text, v.value, v.mapped) for v in preview.values if v.field == "attendance"} == {
        ("Only the first day", saturday, True),
        ("Day 2 only", DST_DAYS[1].isoformat(), False),
    }
    run_import(event_db, "attendees", path, mapping)
    stored = people(event_db)
    assert stored["B1"].organisation.country == "NO"
    assert slot_days(event_db, stored["B1"]) == {DST_DAYS[0]}


def test_the_mapping_is_remembered_per_set_of_headings(
    event_db: EventDatabase, tmp_path: Path
) -> None:
    path = write(tmp_path, "reg.csv", REGISTRATION)
    # The organiser decides that this platform's "Title" is the job title after all.
    mapping = ColumnMapping("attendees", {"job_title": "Title", "honorific": ""})
    run_import(event_db, "attendees", path, mapping)
    # The same platform's next export: headings in another order, another case.
    lines = REGISTRATION.splitlines()
    reordered = [",".join(reversed(line.split(","))) for line in lines]
    reordered[0] = reordered[0].upper()
    again = write(tmp_path, "reg-2.csv", "\n".join(reordered) + "\n")
    preview = preview_import(event_db, "attendees", again)
    assert preview.remembered
    assert preview.mapping["job_title"] == "TITLE" and "honorific" not in preview.mapping
    # Another file's headings are not affected.
    other = write(tmp_path, "other.csv", "Title,First name,Organisation\nDr,Eva,Org\n")
    assert preview_import(event_db, "attendees", other).mapping["honorific"] == "Title"


def test_a_reimport_lists_what_it_changes(event_db: EventDatabase, tmp_path: Path) -> None:
    run_import(event_db, "attendees", write(tmp_path, "reg.csv", REGISTRATION))
    # The platform's next export puts the honorific where the job title was.
    changed = REGISTRATION.replace("Job title", "Function").replace(",Title,", ",Job title,")
    path = write(tmp_path, "reg-2.csv", changed)
    preview = preview_import(event_db, "attendees", path)
    changes = {(c.entity, c.field): c for c in preview.changes}
    job = changes[("attendees", "job_title")]
    assert job.count == 3
    assert ("Head of R&D", "Dr", 1) in job.examples
    assert "3 attendees, Job title: 'Head of R&D' -> 'Dr'" in change_line(job)
    with event_db.session() as session:
        assert (
            session.scalar(select(Attendee.job_title).where(Attendee.external_id == "R1"))
            == "Head of R&D"
        )


def test_requests_priority_words_and_platform_headings(
    event_db: EventDatabase, tmp_path: Path
) -> None:
    run_import(event_db, "attendees", write(tmp_path, "reg.csv", REGISTRATION))
    path = write(
        tmp_path,
        "requests.csv",
        "Requester e-mail,Requested participant e-mail,Priority\n"
        "ingrid@care.example,luc@lyon.example,Medium\n"
        "luc@lyon.example,anna@ek.example,High\n"
        "anna@ek.example,ingrid@care.example,Low\n",
    )
    result = run_import(event_db, "requests", path)
    assert result.created == 3
    with event_db.session() as session:
        priorities = sorted(session.scalars(select(MeetingRequest.priority)))
    assert priorities == [1, 2, 3]
    again = write(tmp_path, "requests-2.csv", path.read_text("utf-8").replace("Medium", "Must"))
    preview = preview_import(event_db, "requests", again)
    assert [change_line(c) for c in preview.changes] == ["1 requests, Priority: '2' -> '3'"]


def test_a_limit_of_zero_is_a_change_and_an_empty_cell_for_an_empty_text_is_not(
    event_db: EventDatabase, tmp_path: Path
) -> None:
    first = "Registration ID,First name,Organisation,Max meetings,Badge name\nM1,Ann,Org,,\n"
    run_import(event_db, "attendees", write(tmp_path, "a.csv", first))
    second = first.replace("M1,Ann,Org,,", "M1,Ann,Org,0,")
    preview = preview_import(event_db, "attendees", write(tmp_path, "b.csv", second))
    assert [(c.field, c.examples) for c in preview.changes] == [("max_meetings", (("", "0", 1),))]
