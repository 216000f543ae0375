from __future__ import annotations

import datetime as dt
import threading

import pytest
from sqlalchemy import or_, select, update

from brokerage_app.checkin.codes import issue_code
from brokerage_app.domain.collation import collation_key
from brokerage_app.domain.tasks import Cancelled, Task
from brokerage_app.services.printing import agenda_file_name, print_agendas
from brokerage_app.store.models import (
    Attendee,
    Event,
    Meeting,
    MeetingRequest,
    MeetingStatus,
    MeetingTable,
)
from tests.unit.documents.conftest import decode_codes, page_texts


def meetings_of(database, attendee_id):
    """(counterpart, table name) of every live meeting of one attendee."""
    with database.session() as session:
        rows = session.execute(
            select(MeetingRequest, MeetingTable)
            .join(Meeting, Meeting.request_id == MeetingRequest.id)
            .join(MeetingTable, Meeting.table_id == MeetingTable.id)
            .where(
                Meeting.status != MeetingStatus.CANCELLED,
                or_(
                    MeetingRequest.requester_id == attendee_id,
                    MeetingRequest.requested_id == attendee_id,
                ),
            )
        ).all()
        result = []
        for request, table in rows:
            other = request.requested if request.requester_id == attendee_id else request.requester
            result.append(
                (other.full_name, other.email, other.consent_share_contact, table.display_name)
            )
        return result


def test_agenda_lists_every_meeting_with_table_and_counterpart(scheduled, tmp_path):
    person = scheduled.hard.ids[1]  # Łukasz Wójcik, English
    output = tmp_path / "agenda.pdf"
    result = print_agendas(scheduled.database, output, attendee_ids=[person])
    assert result.documents == 1
    text = "\n".join(page_texts(output))
    meetings = meetings_of(scheduled.database, person)
    assert len(meetings) >= 3
    for name, _email, _consent, table in meetings:
        assert name in text
        assert table in text
    assert "Łukasz Wójcik" in text
    assert f"{len(meetings)} meetings" in text
    assert "Free" in text and "Coffee" in text
    assert "Tuesday 11 May 2027" in text
    assert "Venue map: on the screens at the entrance" in text
    assert "brokerage@skane-eu.example" in text


def test_contact_details_only_with_consent(scheduled, tmp_path):
    shown = hidden = 0
    for person in scheduled.hard.ids:
        output = tmp_path / f"agenda-{person}.pdf"
        print_agendas(scheduled.database, output, attendee_ids=[person])
        text = "\n".join(page_texts(output))
        for _name, email, consent, _table in meetings_of(scheduled.database, person):
            if consent:
                assert email in text
                shown += 1
            else:
                assert email not in text
                hidden += 1
    assert shown and hidden


def test_swedish_attendee_gets_swedish_texts_and_dates(scheduled, tmp_path):
    output = tmp_path / "agenda.pdf"
    print_agendas(scheduled.database, output, attendee_ids=[scheduled.hard.ids[0]])
    text = "\n".join(page_texts(output))
    assert "Åsa Öberg" in text
    for expected in (
        "Ditt mötesschema",
        "Ledigt",
        "tisdag 11 maj 2027",
        "PRELIMINÄRT",
        "Sida 1 av",
    ):
        assert expected in text
    assert "Free" not in text
    assert "09.00–09.20" in text


def test_watermark_only_until_the_schedule_is_published(tmp_path, scheduled):
    person = [scheduled.hard.ids[1]]
    before = tmp_path / "before.pdf"
    print_agendas(scheduled.database, before, attendee_ids=person)
    assert "PROVISIONAL" in page_texts(before)[0]
    with scheduled.database.session() as session:
        session.execute(update(Event).values(schedule_published_at=dt.datetime(2027, 5, 1)))
    try:
        after = tmp_path / "after.pdf"
        print_agendas(scheduled.database, after, attendee_ids=person)
        assert all("PROVISIONAL" not in text for text in page_texts(after))
    finally:
        with scheduled.database.session() as session:
            session.execute(update(Event).values(schedule_published_at=None))


def test_bulk_agendas_are_sorted_by_last_name_with_the_qr_on_each_first_page(scheduled, tmp_path):
    ids = list(scheduled.hard.ids)
    output = tmp_path / "all.pdf"
    # Only these people, but as everyone is printed: by last name.
    result = print_agendas(scheduled.database, output, attendee_ids=sorted(ids, reverse=True))
    assert result.documents == len(ids)
    with scheduled.database.session() as session:
        event = session.get(Event, 1)
        attendees = {
            a.id: (a.last_name, issue_code(event.uid, event.badge_secret, a.id, a.badge_version))
            for a in session.scalars(select(Attendee).where(Attendee.id.in_(ids)))
        }
    codes = [code.text for page in decode_codes(output, 150) for code in page]
    assert codes == [attendees[i][1] for i in sorted(ids, reverse=True)]


def test_everyone_is_sorted_by_last_name(scheduled, tmp_path):
    output = tmp_path / "everyone.pdf"
    result = print_agendas(scheduled.database, output)
    with scheduled.database.session() as session:
        rows = session.execute(select(Attendee.first_name, Attendee.last_name)).all()
    assert result.documents == len(rows)
    texts = page_texts(output)
    expected = sorted(rows, key=lambda r: (collation_key(r.last_name), collation_key(r.first_name)))
    first_pages = [t for t in texts if "Page 1 of" in t or "Sida 1 av" in t]
    assert len(first_pages) == len(rows)
    for page, row in zip(first_pages, expected, strict=True):
        # Long names wrap: compare without line breaks and spaces.
        assert "".join(f"{row.first_name}{row.last_name}".split()) in "".join(page.split())


def test_one_file_per_attendee_into_a_folder(scheduled, tmp_path):
    ids = list(scheduled.hard.ids[:3])
    folder = tmp_path / "agendas"
    result = print_agendas(scheduled.database, folder, attendee_ids=ids, one_file_per_attendee=True)
    assert result.documents == 3
    assert sorted(p.name for p in folder.iterdir()) == sorted(p.name for p in result.paths)
    assert result.paths[0].name == f"agenda-{ids[0]:05d}-Oberg-Asa.pdf"
    assert "Wojcik-Lukasz" in result.paths[1].name
    assert "Γιώργος Παπαδόπουλος" in page_texts(result.paths[2])[0]
    assert [p.name for p in tmp_path.iterdir()] == ["agendas"]


def test_cancelled_folder_print_leaves_nothing(scheduled, tmp_path):
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(Cancelled):
        print_agendas(
            scheduled.database,
            tmp_path / "agendas",
            one_file_per_attendee=True,
            task=Task(cancel=cancel),
        )
    assert list(tmp_path.iterdir()) == []


def test_file_names_are_ascii_and_safe():
    from brokerage_app.documents.data import Person

    person = Person(7, "Олена", "Коваленко", "", "", "UA", "delegate", "en")
    assert agenda_file_name(person) == "agenda-00007-Kovalenko-Olena.pdf"
    person = Person(9, "", "…", "", "", "UA", "delegate", "en")
    assert agenda_file_name(person) == "agenda-00009.pdf"
    person = Person(8, "<b>&</b>", "../x", "", "", "GB", "delegate", "en")
    assert agenda_file_name(person) == "agenda-00008-x-b-b.pdf"
