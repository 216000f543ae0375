"""A registration export and a request export as a platform writes them, through the
import dialog: honorifics, attending days, priority words, remembered and confirmed mappings."""

from __future__ import annotations

import json
import os
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog
from sqlalchemy import select

from brokerage_app.services.imports import preview_import, run_import
from brokerage_app.store.models import Attendee, MeetingRequest
from brokerage_app.ui.dialogs.import_dialog import ImportDialog
from brokerage_app.ui.dialogs.people import AttendeeDialog
from brokerage_app.ui.main_window import MainWindow
from tests.gui.conftest import DialogLog, wait_idle
from tests.unit.interchange.conftest import DST_DAYS, make_event
from tests.unit.interchange.test_registration_exports import slot_days

SATURDAY, MONDAY = DST_DAYS
HEADINGS = (
    "Registration ID",
    "Title",
    "First name",
    "Last name",
    "Job title",
    "Organisation / Company",
    "Country of residence",
    "E-mail address",
    "Mobile",
    "Attending days",
    "Participant type",
    "Language",
)
# Left unformatted (marker at its end): one registration per line, as the export's rows.
PEOPLE = [
    ("P-1", "Dr", "Ingrid", "Bråten", "Head of R&D", "Nordic Care AS", "Norway",
     "ingrid@care.example", "+47 900 00 001", "Both days", "Seller", "Norsk"),
    ("P-2", "Prof.", "Luc", "Bérénger", "Head of R&D", "Université de Lyon", "Frankrike",
     "luc@lyon.example", "+33 6 00 00 00 02", "Day 2 only", "Buyer", "Français"),
    ("P-3", "", "Anna", "Ek", "CEO", "Ek Medical AB", "Sverige", "anna@ek.example", "",
     "Day 1 only", "Köpare", "Svenska"),
    ("P-4", "Ms", "Ewa", "Nowak", "Buyer", "Kraków Devices", "PL", "ewa@krakow.example", "",
     "Only the first morning", "Buyer and seller", "Polish"),
]  # fmt: skip
REQUESTS = [
    ("Requester e-mail", "Requested participant e-mail", "Priority"),
    ("ingrid@care.example", "luc@lyon.example", "Medium"),
    ("anna@ek.example", "ingrid@care.example", "High"),
    ("ewa@krakow.example", "anna@ek.example", "Low"),
]


def workbook(path: Path, rows: list[tuple]) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Participants"
    for row in rows:
        sheet.append(list(row))
    book.save(path)
    return path


@pytest.fixture
def event(qtbot, window: MainWindow, tmp_path: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    """A new two-day event (27 and 29 March 2027), open in the window."""
    path = tmp_path / "event.sqlite"
    make_event(str(path)).dispose()
    window.app_actions.open_location(str(path))
    qtbot.waitUntil(lambda: window.context.is_open, timeout=90_000)
    wait_idle(qtbot, window)
    return window


def run(qtbot, task) -> None:  # type: ignore[no-untyped-def]
    assert task is not None
    qtbot.waitUntil(lambda: task.is_done, timeout=30_000)


def value_rows(dialog: ImportDialog) -> dict[tuple[str, str], QComboBox]:
    rows = {}
    for row in range(dialog.values.rowCount()):
        combo = dialog.values.cellWidget(row, 3)
        assert isinstance(combo, QComboBox)
        field = dialog.values.item(row, 0).data(Qt.ItemDataRole.UserRole)
        rows[(field, dialog.values.item(row, 1).text())] = combo
    return rows


def people(window: MainWindow) -> dict[str, Attendee]:
    with window.context.database.session() as session:
        stored = session.scalars(select(Attendee)).all()
        session.expunge_all()
    return {a.external_id: a for a in stored}


def new_dialog(qtbot, window: MainWindow, kind: str = "attendees") -> ImportDialog:  # type: ignore[no-untyped-def]
    dialog = ImportDialog(window.context, preview_import, run_import, window, kind=kind)
    qtbot.addWidget(dialog)
    return dialog


def test_platform_exports_through_the_dialog(
    qtbot, event: MainWindow, dialogs: DialogLog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    registration = workbook(tmp_path / "registrations.xlsx", [HEADINGS, *PEOPLE])

    # 1. Check: columns and values recognised, one word not.
    dialog = new_dialog(qtbot, event)
    dialog.path.setText(str(registration))
    run(qtbot, dialog.check())
    assert dialogs.errors == []
    columns = {
        dialog.mapping.item(r, 0).text(): dialog.mapping.cellWidget(r, 1).currentData()
        for r in range(dialog.mapping.rowCount())
    }
    assert columns["Title"] == "honorific" and columns["Job title"] == "job_title"
    assert columns["Organisation / Company"] == "organisation"
    assert columns["Country of residence"] == "country" and columns["Mobile"] == "phone"
    values = value_rows(dialog)
    assert values[("attendance", "Day 2 only")].currentData() == MONDAY.isoformat()
    assert values[("attendance", "Both days")].currentData() == f"{SATURDAY},{MONDAY}"
    assert values[("country", "Frankrike")].currentData() == "FR"
    assert values[("role", "Köpare")].currentData() == "buyer"
    assert values[("language", "Svenska")].currentData() == "sv"
    unknown = values[("attendance", "Only the first morning")]
    assert unknown.currentData() is None
    assert "1 problem(s)" in dialog.summary.text()

    # 2. The organiser maps the unknown word in the value table; the preview goes stale.
    unknown.setCurrentIndex(unknown.findData(SATURDAY.isoformat()))
    assert not dialog.import_button.isEnabled()
    run(qtbot, dialog.check())
    assert "0 problem(s)" in dialog.summary.text()
    # The screenshot shows the mapping checked, and the file by its name, not a test folder.
    target = Path(os.environ.get("BROKERAGE_SCREENSHOTS", tmp_path)).resolve()
    monkeypatch.chdir(tmp_path)
    dialog.path.setText(registration.name)
    run(qtbot, dialog.check())
    assert "0 problem(s)" in dialog.summary.text()
    assert dialog.grab().save(str(target / "import-value-mapping.png"))
    run(qtbot, dialog.run_import())
    assert dialogs.errors == [] and dialog.result() == QDialog.DialogCode.Accepted
    assert dialogs.asked == []  # nothing stored changed: no confirmation needed

    stored = people(event)
    assert (stored["P-1"].honorific, stored["P-1"].job_title) == ("Dr", "Head of R&D")
    assert (stored["P-2"].honorific, stored["P-2"].job_title) == ("Prof.", "Head of R&D")
    assert slot_days(event.context.database, stored["P-2"]) == {MONDAY}
    assert slot_days(event.context.database, stored["P-3"]) == {SATURDAY}
    assert slot_days(event.context.database, stored["P-1"]) == {SATURDAY, MONDAY}
    assert slot_days(event.context.database, stored["P-4"]) == {SATURDAY}

    # 3. Requests through the Requests page's own Import, "Medium" is priority 2.
    opened: list[str] = []
    with monkeypatch.context() as patch:
        patch.setattr(
            ImportDialog,
            "exec",
            lambda self: opened.append(self.kind.currentData()) or QDialog.DialogCode.Rejected,
        )
        event.show_page("requests").import_file()
    assert opened == ["requests"]
    requests = workbook(tmp_path / "requests.xlsx", REQUESTS)
    dialog = new_dialog(qtbot, event, "requests")
    dialog.path.setText(str(requests))
    run(qtbot, dialog.check())
    priorities = {text: combo.currentData() for (field, text), combo in value_rows(dialog).items()}
    assert priorities == {"High": "3", "Low": "1", "Medium": "2"}
    run(qtbot, dialog.run_import())
    assert dialogs.errors == []
    with event.context.database.session() as session:
        by_requester = {
            r.requester.email: r.priority for r in session.scalars(select(MeetingRequest))
        }
    assert by_requester == {
        "ingrid@care.example": 2,
        "anna@ek.example": 3,
        "ewa@krakow.example": 1,
    }

    # 4. The platform's next export: its "Job title" column now holds the honorifics.
    changed = [HEADINGS] + [(*p[:4], p[1] or "Mr", *p[5:]) for p in PEOPLE]
    again = workbook(tmp_path / "registrations-2.xlsx", changed)
    dialog = new_dialog(qtbot, event)
    dialog.path.setText(str(again))
    run(qtbot, dialog.check())
    # The word mapped last time is remembered for these headings.
    remembered = value_rows(dialog)[("attendance", "Only the first morning")]
    assert remembered.currentData() == SATURDAY.isoformat()
    assert "used last time" in dialog.summary.text()
    assert "4 attendees, job title: 'Head of R&D' → 'Dr'" in dialog.summary.text()
    dialogs.answer = False
    assert dialog.run_import() is None
    assert "'Head of R&D' → 'Prof.'" in dialogs.asked[-1]
    assert people(event)["P-1"].job_title == "Head of R&D"  # nothing changed
    dialogs.answer = True
    run(qtbot, dialog.run_import())
    assert dialogs.errors == []
    assert people(event)["P-1"].job_title == "Dr"
    wait_idle(qtbot, event)


def test_the_mapping_saves_to_and_loads_from_a_file_in_the_window(
    qtbot, event: MainWindow, dialogs: DialogLog, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    registration = workbook(tmp_path / "registrations.xlsx", [HEADINGS, *PEOPLE])
    dialog = new_dialog(qtbot, event)
    dialog.path.setText(str(registration))
    run(qtbot, dialog.check())
    unknown = value_rows(dialog)[("attendance", "Only the first morning")]
    unknown.setCurrentIndex(unknown.findData(MONDAY.isoformat()))
    for row in range(dialog.mapping.rowCount()):
        if dialog.mapping.item(row, 0).text() == "Mobile":
            combo = dialog.mapping.cellWidget(row, 1)
            combo.setCurrentIndex(combo.findData(""))
    saved = tmp_path / "platform-mapping.json"
    dialog.save_mapping_file(str(saved))
    data = json.loads(saved.read_text("utf-8"))
    assert data["columns"]["phone"] == "" and data["columns"]["honorific"] == "Title"
    assert data["values"] == {"attendance": {"Only the first morning": MONDAY.isoformat()}}

    # A new dialog on the same file loads it, and the check uses it.
    other = new_dialog(qtbot, event)
    other.path.setText(str(registration))
    other.load_mapping_file(str(saved))
    qtbot.waitUntil(lambda: other.preview_result is not None, timeout=30_000)
    wait_idle(qtbot, event)
    assert "phone" not in other.preview_result.mapping
    loaded = value_rows(other)[("attendance", "Only the first morning")]
    assert loaded.currentData() == MONDAY.isoformat()
    assert other.preview_result.problems == ()


def test_the_attendee_dialog_shows_and_edits_the_honorific(
    qtbot, event: MainWindow, dialogs: DialogLog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    registration = workbook(tmp_path / "registrations.xlsx", [HEADINGS, *PEOPLE[:1]])
    dialog = new_dialog(qtbot, event)
    dialog.path.setText(str(registration))
    run(qtbot, dialog.check())
    run(qtbot, dialog.run_import())
    wait_idle(qtbot, event)
    attendee = people(event)["P-1"]
    shown: list[str] = []

    def edit(editor: AttendeeDialog) -> int:
        shown.append(editor.honorific.text())
        editor.honorific.setText("Prof. Dr")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(AttendeeDialog, "exec", edit)
    event.show_page("attendees").edit_attendee(attendee.id)
    wait_idle(qtbot, event)
    assert shown == ["Dr"]
    assert people(event)["P-1"].honorific == "Prof. Dr"
    assert people(event)["P-1"].job_title == "Head of R&D"
