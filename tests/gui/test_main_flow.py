"""The organiser's week through the real window: new event → attendees → requests → solve →
move (drop path) → undo → publish → PDF."""

from __future__ import annotations

from pathlib import Path

import pypdfium2
import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog
from sqlalchemy import select

from brokerage_app.services import schedule as schedule_service
from brokerage_app.store.models import Event, Meeting, MeetingRequest, RequestStatus
from brokerage_app.ui.dialogs.new_event import NewEventWizard
from brokerage_app.ui.dialogs.people import AttendeeDialog, OrganisationDialog
from brokerage_app.ui.main_window import MainWindow
from brokerage_app.ui.pages.requests import NewRequestDialog
from tests.gui.conftest import DialogLog, wait_idle

PEOPLE = [("Åsa", "Öberg"), ("Δημήτρης", "Παπαδόπουλος"), ("Zofia", "Wójcik"), ("Emre", "Yılmaz")]


def fill_wizard(path: Path):  # type: ignore[no-untyped-def]
    def exec_(wizard: NewEventWizard) -> int:
        wizard.event_page.name.setText("Nordic Health Brokerage")
        wizard.event_page.venue.setText("Malmö Live")
        wizard.timetable_page.first_day.setDate(QDate(2027, 5, 11))
        wizard.timetable_page.days.setValue(1)
        wizard.venue_page.tables.setValue(3)
        wizard.venue_page.path.setText(str(path))
        assert wizard.problems() == []
        return QDialog.DialogCode.Accepted

    return exec_


def test_organiser_flow(
    qtbot, window: MainWindow, dialogs: DialogLog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    context = window.context
    event_path = tmp_path / "nordic.sqlite"

    # New event through the wizard.
    monkeypatch.setattr(NewEventWizard, "exec", fill_wizard(event_path))
    window.app_actions.ask_new_event()
    qtbot.waitUntil(lambda: context.is_open, timeout=20_000)
    wait_idle(qtbot, window)
    assert event_path.exists()
    assert context.settings.recent_events[0] == str(event_path)
    with context.database.session() as session:
        assert session.get(Event, 1).name == "Nordic Health Brokerage"

    # An organisation, then attendees through the forms.
    attendees = window.show_page("attendees")
    wait_idle(qtbot, window)
    assert attendees.stack.currentWidget() is attendees.empty

    def fill_org(dialog: OrganisationDialog) -> int:
        dialog.name.setText("Skåne Life Science")
        dialog.country.setText("se")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(OrganisationDialog, "exec", fill_org)
    attendees.add_organisation()
    names = iter(PEOPLE)

    def fill_person(dialog: AttendeeDialog) -> int:
        first, last = next(names)
        dialog.first_name.setText(first)
        dialog.last_name.setText(last)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(AttendeeDialog, "exec", fill_person)
    for _ in PEOPLE:
        attendees.add_attendee()
    wait_idle(qtbot, window)
    assert dialogs.errors == []
    assert attendees.attendee_model.rowCount() == len(PEOPLE)
    assert {r.last_name for r in attendees.attendee_model.rows()} == {p[1] for p in PEOPLE}
    attendees.filter.setText("wójcik")
    qtbot.waitUntil(lambda: attendees.attendee_proxy.rowCount() == 1)
    assert attendees.count_label.text() == f"1 / {len(PEOPLE)} attendees"
    attendees.filter.clear()
    qtbot.waitUntil(lambda: attendees.attendee_proxy.rowCount() == len(PEOPLE))

    # Requests: entered pending, accepted in bulk, undo and redo the acceptance.
    requests = window.show_page("requests")
    wait_idle(qtbot, window)
    pairs = iter([(0, 1), (0, 2), (1, 3), (2, 3), (0, 3)])

    def fill_request(dialog: NewRequestDialog) -> int:
        a, b = next(pairs)
        dialog.requester.setCurrentIndex(a)
        dialog.requested.setCurrentIndex(b)
        dialog.status.setCurrentIndex(dialog.status.findData(RequestStatus.PENDING))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(NewRequestDialog, "exec", fill_request)
    for _ in range(5):
        requests.new_request()
    wait_idle(qtbot, window)
    assert dialogs.errors == []
    assert requests.model.rowCount() == 5
    requests.view.selectAll()
    assert len(requests.selected_ids()) == 5
    requests.set_status(RequestStatus.ACCEPTED)
    wait_idle(qtbot, window)
    assert dialogs.errors == [] and dialogs.informed == []
    assert {r.status for r in requests.model.rows()} == {RequestStatus.ACCEPTED}
    context.undo_stack.undo()
    wait_idle(qtbot, window)
    assert {r.status for r in requests.model.rows()} == {RequestStatus.PENDING}
    context.undo_stack.redo()
    wait_idle(qtbot, window)
    assert {r.status for r in requests.model.rows()} == {RequestStatus.ACCEPTED}

    # Solve in the background.
    schedule = window.show_page("schedule")
    wait_idle(qtbot, window)
    schedule.time_limit.setValue(5)
    window.app_actions.solve.trigger()
    assert schedule.solving is not None
    qtbot.waitUntil(lambda: schedule.solving is None, timeout=60_000)
    wait_idle(qtbot, window)
    assert dialogs.errors == []
    assert "Placed 5 of 5" in schedule.outcome.text()
    meetings = list(schedule._data.grid.meetings)
    assert len(meetings) == 5

    # Move a meeting the way a drop does: the model's drop handler, then undo it.
    meeting = meetings[0]
    source = schedule.model.index_of_meeting(meeting.meeting_id)
    with context.database.session() as session:
        targets = schedule_service.move_targets(session, meeting.meeting_id)
    free = [place for place, reason in targets.items() if reason == ""]
    target = next(p for p in free if p != (meeting.slot_id, meeting.table_id))
    target_index = next(
        schedule.model.index(r, c)
        for r in range(schedule.model.rowCount())
        for c in range(schedule.model.columnCount())
        if schedule.model.place(schedule.model.index(r, c)) == target
    )
    mime = schedule.model.mimeData([source])
    assert schedule.model.canDropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, target_index)
    schedule.model.dropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, target_index)
    wait_idle(qtbot, window)
    with context.database.session() as session:
        moved = session.get(Meeting, meeting.meeting_id)
        assert (moved.slot_id, moved.table_id) == target
        assert moved.locked
    context.undo_stack.undo()
    wait_idle(qtbot, window)
    with context.database.session() as session:
        back = session.get(Meeting, meeting.meeting_id)
        assert (back.slot_id, back.table_id) == (meeting.slot_id, meeting.table_id)
        assert back.locked == meeting.locked

    # A conflicting cell is refused with the reason, nothing changes.
    busy = next((p for p, reason in targets.items() if reason), None)
    if busy is not None:
        assert schedule.move_meeting(meeting.meeting_id, *busy) is False
        assert dialogs.errors and str(dialogs.errors[-1])
        dialogs.errors.clear()

    # Publish.
    assert schedule.publish()
    wait_idle(qtbot, window)
    with context.database.session() as session:
        assert session.get(Event, 1).schedule_published_at is not None
        assert all(m.published_slot_id == m.slot_id for m in session.scalars(select(Meeting)))
        assert session.scalar(select(MeetingRequest.status).limit(1)) == RequestStatus.ACCEPTED

    # Export agendas as PDF.
    printing = window.show_page("print")
    wait_idle(qtbot, window)
    printing.select_document("agendas")
    output = tmp_path / "agendas.pdf"
    task = printing.save_pdf(str(output))
    assert task is not None
    qtbot.waitUntil(lambda: not printing.busy, timeout=60_000)
    assert dialogs.errors == []
    assert output.read_bytes().startswith(b"%PDF")
    assert len(pypdfium2.PdfDocument(str(output))) >= len(PEOPLE)
    assert "Saved" in printing.result.text()
