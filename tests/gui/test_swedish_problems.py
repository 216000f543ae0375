"""A Swedish window words import, file, mapping, timetable, attendee and walk-in problems
in Swedish.

The import service and the timetable checks return problems as facts; the window words them
(``ui/import_problems.py``, ``ui/event_problems.py``, ``ui/people_problems.py``,
``ui/file_problems.py``, ``ui/walk_in_problems.py``, ``ui/mapping_problems.py``). A Swedish window used to list
"Row 4, column Email: 'x' is not an email address." and "Tables: at least one table is
needed." in English, and the attendee form "Name: first or last name is needed.".
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from sqlalchemy import select

from brokerage_app.domain.person_problems import (
    PersonFault,
    PersonNotFoundError,
    PersonProblem,
    PersonRefusedError,
)
from brokerage_app.domain.tasks import Task
from brokerage_app.domain.walk_in_problems import WalkInFault, WalkInProblem, WalkInRefusedError
from brokerage_app.interchange.file_problems import TableFileError
from brokerage_app.interchange.mapping_problems import MappingError
from brokerage_app.services.event_settings import event_settings
from brokerage_app.services.imports import ImportRefusedError, preview_import, run_import
from brokerage_app.services.listings import EditChoices
from brokerage_app.services.people import AvailabilityEdit, edit_attendees
from brokerage_app.store.models import Attendee
from brokerage_app.ui import formatting, i18n
from brokerage_app.ui.dialogs.event_settings import EventSettingsDialog
from brokerage_app.ui.dialogs.import_dialog import ImportDialog
from brokerage_app.ui.dialogs.messages import error_text
from brokerage_app.ui.dialogs.new_event import NewEventWizard
from brokerage_app.ui.dialogs.people import AttendeeDialog, BulkEditDialog, OrganisationDialog
from brokerage_app.ui.main_window import MainWindow
from tests.gui.conftest import DialogLog

CSV = """First name,Last name,Organisation,Country,E-mail,Attendance
Åsa,Lindqvist,Lund Medtech AB,SE,asa@lundmedtech.example,
Zofia,Nowak,Kraków Devices,Narnia,not-an-email,Day 9
"""


def check(qtbot, dialog: ImportDialog) -> None:  # type: ignore[no-untyped-def]
    task = dialog.check()
    assert task is not None
    qtbot.waitUntil(lambda: task.is_done, timeout=20_000)


def checked_dialog(  # type: ignore[no-untyped-def]
    qtbot, opened: MainWindow, source: Path, preview: Any = preview_import
) -> ImportDialog:
    """An import dialog that has checked ``source``."""
    dialog = ImportDialog(opened.context, preview, run_import, opened)
    qtbot.addWidget(dialog)
    dialog.path.setText(str(source))
    check(qtbot, dialog)
    return dialog


def test_a_swedish_import_dialog_lists_its_problems_in_swedish(
    qtbot, opened: MainWindow, dialogs: DialogLog, tmp_path: Path, swedish: None
) -> None:  # type: ignore[no-untyped-def]
    source = tmp_path / "anmälningar.csv"
    source.write_text(CSV, encoding="utf-8")
    dialog = checked_dialog(qtbot, opened, source)
    listed = [dialog.problems.item(i).text() for i in range(dialog.problems.count())]
    assert listed == [
        "Rad 3, kolumn E-mail: 'not-an-email' är ingen e-postadress.",
        "Rad 3, kolumn Attendance: 'Day 9': evenemanget har 2 dag(ar), så det finns ingen dag 9.",
        "Rad 3, kolumn Country: 'Narnia' är inget känt land; "
        "använd en kod med två bokstäver som SE.",
    ]

    task = dialog.run_import()  # without leaving out the bad row: refused, in Swedish
    assert task is not None
    qtbot.waitUntil(lambda: task.is_done, timeout=20_000)
    [refused] = dialogs.errors
    assert isinstance(refused, ImportRefusedError)
    assert error_text(refused).splitlines() == [
        "anmälningar.csv: 3 problem på 1 rad(er); inget importerades. "
        "Rätta filen, eller hoppa över raderna med problem.",
        "",
        *listed,
    ]


def test_a_swedish_event_settings_dialog_words_its_problems_in_swedish(
    qtbot, opened: MainWindow, tmp_path: Path, swedish: None
) -> None:  # type: ignore[no-untyped-def]
    settings = opened.context.read(event_settings)
    dialog = EventSettingsDialog(settings, ())
    qtbot.addWidget(dialog)
    not_an_image = tmp_path / "karta.png"
    not_an_image.write_bytes(b"%PDF-1.4")
    dialog.choose_venue_map(str(not_an_image))
    assert dialog.problems.text() == (
        f"Karta över lokalen {not_an_image}: den är ingen läsbar PNG- eller JPEG-bild."
    )
    dialog.name.setText("")
    dialog._number_cell(1).setValue(settings.tables[0].number)
    dialog.accept()
    assert dialog.problems.text().splitlines() == [
        "Evenemangets namn: får inte vara tomt.",
        f"Bord: nummer {settings.tables[0].number} finns två gånger.",
    ]


def test_a_swedish_wizard_words_the_timetable_checks_in_swedish(qtbot, swedish: None) -> None:  # type: ignore[no-untyped-def]
    wizard = NewEventWizard()
    qtbot.addWidget(wizard)
    wizard.event_page.name.setText("Mässa")
    wizard.event_page.time_zone.setCurrentText("Europe/Nowhere")
    wizard.timetable_page.sessions.item(0, 2).setText("08:00")  # ends before it starts
    wizard.venue_page.path.setText(str(Path.cwd() / "no-such-folder" / "e.sqlite"))
    day = i18n.format_date(wizard.timetable_page.day_specs()[0].date)
    assert wizard.problems()[:2] == [
        "Tidszon: 'Europe/Nowhere' är ingen tidszon som Europe/Stockholm.",
        f"Dag {day}, mötespass 1: slutar innan eller när det börjar.",
    ]


def test_swedish_attendee_and_organisation_forms_word_their_problems_in_swedish(
    qtbot, swedish: None
) -> None:  # type: ignore[no-untyped-def]
    choices = EditChoices(organisations=((1, "Org"),), slots=(), tables=(), attendees=())
    attendee = AttendeeDialog(choices)
    qtbot.addWidget(attendee)
    attendee.email.setText("x")
    attendee.max_meetings.setValue(0)
    attendee.accept()
    assert attendee.problems.text().splitlines() == [
        "Namn: för- eller efternamn behövs.",
        "E-post: 'x' är ingen e-postadress.",
    ]
    organisation = OrganisationDialog()
    qtbot.addWidget(organisation)
    organisation.country.setText("s1")
    organisation.accept()
    assert organisation.problems.text().splitlines() == [
        "Organisationens namn: får inte vara tomt.",
        "Land: 'S1' är ingen ISO-kod med två bokstäver som SE.",
    ]

    def refuse(_edit: AvailabilityEdit) -> None:
        raise PersonRefusedError([PersonProblem(PersonFault.DEPARTS_BEFORE_ARRIVAL)], 3, "Ada")

    bulk = BulkEditDialog(choices, 2, refuse)
    qtbot.addWidget(bulk)
    bulk.ticks["role"].setChecked(True)
    bulk.accept()
    assert bulk.problems.text() == "Ada (id 3): Avresa: måste vara efter ankomsten."


def test_a_swedish_import_dialog_says_in_swedish_why_a_file_cannot_be_read(
    qtbot, opened: MainWindow, dialogs: DialogLog, tmp_path: Path, swedish: None
) -> None:  # type: ignore[no-untyped-def]
    source = tmp_path / "anmälningar.csv"
    source.write_text('First name,E-mail\nÅsa,asa@x.example\nBo,"bo@x.example\n', "utf-8")
    dialog = checked_dialog(qtbot, opened, source)
    [refused] = dialogs.errors
    assert isinstance(refused, TableFileError)  # its facts crossed from the worker
    assert error_text(refused) == (
        'anmälningar.csv, rad 3: ett citattecken (") öppnar en cell som aldrig stängs, så '
        "resten av filen skulle bli en enda cell. Lägg till det avslutande citattecknet, "
        "eller ta bort det som blivit över."
    )
    source.write_text("First name,E-mail,e-mail\nÅsa,a@x.example,b@x.example\n", "utf-8")
    check(qtbot, dialog)
    assert error_text(dialogs.errors[-1]) == (
        "anmälningar.csv, rad 1: kolumnrubriken 'e-mail' finns två gånger (kolumn B och C); "
        "byt namn på en av dem."
    )
    source.write_bytes(b"\xef\xbb\xbfFirst name,E-mail\nAsa,a@x.example\nBo,b\xff@x.example\n")
    check(qtbot, dialog)
    assert error_text(dialogs.errors[-1]) == (
        "anmälningar.csv, rad 3, kolumn B: byte som inte är utf-8-sig-text (invalid start "
        "byte); spara filen som UTF-8."
    )


def test_a_swedish_window_says_a_cancel_in_its_own_words(
    qtbot, opened: MainWindow, dialogs: DialogLog, tmp_path: Path, swedish: None
) -> None:  # type: ignore[no-untyped-def]
    # The service stops with its English sentence (the CLI's); the window says its own.
    def cancelled_preview(*_args: object, task: Task, **_kwargs: object) -> None:
        assert task.cancel is not None
        task.cancel.set()
        task.check("The import was cancelled; nothing was stored.")

    source = tmp_path / "anmälningar.csv"
    source.write_text(CSV, encoding="utf-8")
    dialog = checked_dialog(qtbot, opened, source, cancelled_preview)
    assert dialogs.errors == []
    assert dialog.summary.text() == "Avbrutet; inget sparades."
    assert opened.statusBar().currentMessage() == (
        "Kontrollerar anmälningar.csv…: avbrutet; inget ändrades."
    )


def test_a_swedish_walk_in_dialog_says_in_swedish_why_it_cannot_book(
    qtbot, opened: MainWindow, dialogs: DialogLog, swedish: None
) -> None:  # type: ignore[no-untyped-def]
    data = opened.app_actions.data
    people = opened.context.read(
        lambda s: {a.id: a.full_name for a in s.scalars(select(Attendee).order_by(Attendee.id))}
    )
    first, second, third = list(people)[:3]
    options = data.find_walk_in(first, second)
    assert options, dialogs.errors
    booked = data.book_walk_in(first, second, options[0])
    assert booked is not None
    when = formatting.day_time(booked.starts_at)
    table = booked.table_label or f"Bord {booked.table_number}"

    assert data.find_walk_in(first, second) is None
    assert error_text(dialogs.errors[-1]) == (
        f"{people[first]} och {people[second]} har redan möte {booked.meeting_id} ({when}, "
        f"{table}); markera det som uteblivet först för att boka dem igen."
    )
    assert data.book_walk_in(first, third, options[0]) is None
    assert error_text(dialogs.errors[-1]) == (
        f"Kan inte boka spontanmötet: {people[first]} har redan möte {booked.meeting_id} {when}."
    )
    assert when.startswith(("mån", "tis", "ons", "tor", "fre", "lör", "sön")), when

    nine = dt.datetime(2027, 5, 11, 9, 0)  # a Tuesday
    F = WalkInFault
    words = {
        WalkInProblem(F.NOT_AVAILABLE, "Åsa Lind", starts_at=nine): (
            "Kan inte boka spontanmötet: Åsa Lind är inte tillgänglig tis 09:00."
        ),
        WalkInProblem(F.OTHER_BOOTH, table_number=3): (
            "Kan inte boka spontanmötet: Bord 3 är en annan utställares monter."
        ),
        WalkInProblem(F.BELONGS_AT_BOOTH): (
            "Kan inte boka spontanmötet: Mötet hör hemma i montern hos utställaren som är med i "
            "det."
        ),
        WalkInProblem(F.TABLE_TAKEN, meeting_id=7, starts_at=nine, table_number=3): (
            "Kan inte boka spontanmötet: Bord 3 är upptaget tis 09:00 av möte 7."
        ),
        WalkInProblem(F.JUST_TAKEN, starts_at=nine, table_label="Scenen"): (
            "Scenen kl. 09:00 bokades nyss vid en annan station; välj en annan plats."
        ),
    }
    for problem, text in words.items():
        assert error_text(WalkInRefusedError(problem)) == text


def test_a_swedish_import_dialog_says_in_swedish_why_a_mapping_cannot_be_used(
    qtbot, opened: MainWindow, dialogs: DialogLog, tmp_path: Path, swedish: None
) -> None:  # type: ignore[no-untyped-def]
    source = tmp_path / "anmälningar.csv"
    source.write_text(CSV, encoding="utf-8")
    dialog = checked_dialog(qtbot, opened, source)
    errors = len(dialogs.errors)
    missing = tmp_path / "saknas.json"
    dialog.load_mapping_file(str(missing))
    assert error_text(dialogs.errors[-1]) == f"Mappningsfilen {missing}: filen finns inte."
    broken = tmp_path / "trasig.json"
    broken.write_text('{"columns":\n  {"phone" "Telefon"}}', encoding="utf-8")
    dialog.load_mapping_file(str(broken))
    assert error_text(dialogs.errors[-1]) == (
        f"Mappningsfilen {broken}: inte giltig JSON (rad 2, kolumn 12)."
    )
    assert len(dialogs.errors) == errors + 2

    wrong = tmp_path / "telefon.json"
    wrong.write_text('{"columns": {"phone": "Telefon"}}', encoding="utf-8")
    dialog.load_mapping_file(str(wrong))  # checks the file again with it, in the worker
    qtbot.waitUntil(lambda: len(dialogs.errors) == errors + 3, timeout=20_000)
    refused = dialogs.errors[-1]
    assert isinstance(refused, MappingError)  # its facts crossed from the worker
    assert error_text(refused) == (
        "Mappning: kolumnen 'Telefon' (för phone) finns inte i anmälningar.csv; dess kolumner "
        "är First name, Last name, Organisation, Country, E-mail, Attendance."
    )


def test_a_swedish_window_says_in_swedish_why_people_cannot_be_changed(
    qtbot, opened: MainWindow, dialogs: DialogLog, swedish: None
) -> None:  # type: ignore[no-untyped-def]
    page = opened.show_page("attendees")
    qtbot.waitUntil(lambda: page.organisation_view.model().rowCount() > 0, timeout=20_000)
    page.organisation_view.selectRow(0)
    row = page.selected_organisation()
    assert row is not None
    members = opened.context.read(
        lambda s: len(s.scalars(select(Attendee).where(Attendee.organisation_id == row.id)).all())
    )
    assert members, "the demo's organisations have attendees"
    page.delete_organisation()
    assert error_text(dialogs.errors[-1]) == (
        f"{row.name} (id {row.id}) har fortfarande {members} deltagare; flytta eller ta bort "
        "dem först."
    )
    first = opened.context.read(lambda s: s.scalars(select(Attendee).order_by(Attendee.id)).first())
    edit = AvailabilityEdit(blocked_slot_ids=(99_999,))
    try:
        opened.context.edit(lambda s: edit_attendees(s, [first.id], edit))
    except PersonRefusedError as error:
        refused = error
    assert error_text(refused) == (
        f"{first.full_name} (id {first.id}): Blockerade pass: inget pass har id 99999."
    )
    missing = PersonNotFoundError(PersonProblem(PersonFault.NO_ATTENDEE, id=99_999))
    assert error_text(missing) == "Ingen deltagare har id 99999."
