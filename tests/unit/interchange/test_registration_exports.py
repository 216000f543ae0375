"""Registration exports as platforms write them: honorifics, attendance, value mapping,
remembered mappings and re-imports that say what they change."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from brokerage_app.services.exports import Audience, export_attendees
from brokerage_app.services.imports import run_import
from brokerage_app.services.printing import _read_people
from brokerage_app.store.database import EventDatabase
from brokerage_app.store.models import Attendee

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
