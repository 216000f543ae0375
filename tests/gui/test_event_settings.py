"""Event settings in the window: the dialog changes days, sessions and tables in one
undoable edit; the wizard and the dialog say when a session leaves minutes unused."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QTableWidgetItem

from brokerage_app.errors import ValidationError
from brokerage_app.services.event_settings import event_settings
from brokerage_app.services.schedule import placed_meetings
from brokerage_app.services.schedule_check import ConflictRule, check_schedule
from brokerage_app.store.models import Slot
from brokerage_app.ui import i18n
from brokerage_app.ui.dialogs.event_settings import EventSettingsDialog
from brokerage_app.ui.dialogs.new_event import NewEventWizard, parse_breaks
from brokerage_app.ui.main_window import MainWindow
from tests.gui.conftest import DialogLog, wait_idle


def test_wizard_says_when_a_session_leaves_minutes_unused(qtbot) -> None:  # type: ignore[no-untyped-def]
    wizard = NewEventWizard()
    qtbot.addWidget(wizard)
    page = wizard.timetable_page
    page.sessions.setRowCount(0)
    page.add_session("Morning", "09:00", "12:30", 20, "")
    assert "session 1: 10 minutes are neither a slot nor a break" in page.summary.text()
    page.sessions.item(0, 2).setText("12:20")
    assert "neither a slot" not in page.summary.text()


def test_the_wizard_suggests_its_sessions_and_breaks_in_the_window_language(qtbot, qapp) -> None:  # type: ignore[no-untyped-def]
    """A Swedish window suggested "Morning", "Afternoon" and "Coffee" (the walk): stored
    as typed, they printed in English on Swedish agendas."""
    previous = QLocale()
    assert i18n.install_translators(qapp, "sv")
    try:
        wizard = NewEventWizard()
        qtbot.addWidget(wizard)
        sessions = wizard.timetable_page.session_specs()
        unnamed = parse_breaks("12:00-12:30", "Session 1, breaks")
    finally:
        i18n.remove_translators(qapp)
        QLocale.setDefault(previous)
    assert [s.name for s in sessions] == ["Förmiddag", "Eftermiddag"]
    assert {b.name for s in sessions for b in s.breaks} == {"Kaffe"}
    assert unnamed[0].name == "Paus"
    english = NewEventWizard()
    qtbot.addWidget(english)
    assert [s.name for s in english.timetable_page.session_specs()] == ["Morning", "Afternoon"]


def test_the_wizard_words_its_own_checks_in_the_window_language(qtbot, qapp, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A Swedish wizard said "Event file: … already exists; choose a new name." and
    "Session 1, slot minutes: 'x' is not a whole number." in English (the walk)."""
    taken = tmp_path / "taken.sqlite"
    taken.write_bytes(b"")
    previous = QLocale()
    assert i18n.install_translators(qapp, "sv")
    try:
        wizard = NewEventWizard()
        qtbot.addWidget(wizard)
        wizard.event_page.name.setText("Mässa")
        wizard.event_page.time_zone.setCurrentText("Europe/Nowhere")
        wizard.venue_page.path.setText(str(taken))
        first = wizard.problems()
        wizard.venue_page.path.setText("")
        problems = first + wizard.problems()
        wizard.timetable_page.sessions.item(0, 3).setText("x")
        wizard.timetable_page.sessions.item(1, 1).setText("nio")
        minutes = wizard.problems()
        wizard.timetable_page.sessions.item(0, 3).setText("20")
        start = wizard.problems()
        with pytest.raises(ValidationError) as bad_break:
            parse_breaks("kaffe", "Pass 1")
    finally:
        i18n.remove_translators(qapp)
        QLocale.setDefault(previous)
    assert f"Evenemangsfil: {taken} finns redan; välj ett nytt namn." in problems
    assert "Evenemangsfil: välj var evenemanget ska sparas." in problems
    # The time zone has one check, the timetable's (domain.timetable), said once.
    assert sum("Europe/Nowhere" in problem for problem in first) == 1
    assert minutes == ["Mötespass 1, min./pass: 'x' är inget heltal."]
    assert start == ["Mötespass 2, börjar: 'nio' är ingen tid som 09:00."]
    assert str(bad_break.value) == "Pass 1: 'kaffe' är ingen paus som 10:40-11:00 Kaffe."


def test_settings_dialog_edit_is_one_undoable_change(
    qtbot, opened: MainWindow, dialogs: DialogLog, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, context = opened, opened.context
    schedule = window.show_page("schedule")
    wait_idle(qtbot, window)
    schedule.time_limit.setValue(3)
    schedule.solve()
    qtbot.waitUntil(lambda: schedule.solving is None, timeout=60_000)
    wait_idle(qtbot, window)
    before = context.read(event_settings)
    places = context.read(lambda s: {m.meeting_id: m.slot_id for m in placed_meetings(s)})
    first_day = before.days[0].date
    on_first_day = context.read(
        lambda s: {
            m.meeting_id
            for m in placed_meetings(s)
            if s.get(Slot, m.slot_id).starts_at.date() == first_day
        }
    )
    assert on_first_day
    seen: dict[str, str] = {}

    def fill(dialog: EventSettingsDialog) -> int:
        dialog.name.setText("Renamed event")
        dialog.remove_day()  # the first day, shown first
        dialog.sessions.item(0, 2).setText("12:30")  # the second day's morning ends later
        seen["note"] = dialog.note.text()
        dialog.add_table()
        dialog.tables.setItem(dialog.tables.rowCount() - 1, 1, QTableWidgetItem("Lounge"))
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(EventSettingsDialog, "exec", fill)
    assert window.app_actions.edit_event_settings()
    wait_idle(qtbot, window)
    assert dialogs.errors == []
    assert "minutes are neither a slot nor a break" in seen["note"]
    after = context.read(event_settings)
    assert after.name == "Renamed event"
    assert [d.date for d in after.days] == [d.date for d in before.days[1:]]
    assert len(after.tables) == len(before.tables) + 1 and after.tables[-1].label == "Lounge"
    check = context.read(check_schedule)
    assert set(check.conflicting_meeting_ids) == on_first_day
    assert {c.rule for c in check.conflicts} == {ConflictRule.SLOT_REMOVED}
    # Nothing was deleted: every meeting is still where it was.
    assert context.read(lambda s: {m.meeting_id: m.slot_id for m in placed_meetings(s)}) == places

    context.undo_stack.undo()
    wait_idle(qtbot, window)
    assert context.read(event_settings) == before
    assert context.read(check_schedule).valid
    assert context.read(lambda s: {m.meeting_id: m.slot_id for m in placed_meetings(s)}) == places


def test_an_added_table_is_shown_selected_and_in_the_room_of_the_table_before(
    qtbot, opened: MainWindow
) -> None:
    """Add table on a long list: the organiser sees the new row (scrolled to, current)
    and it stands in a room, as the wizard's tables do, not in none."""
    settings = opened.context.read(event_settings)
    dialog = EventSettingsDialog(settings, ())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    last_room = settings.tables[-1].room
    assert last_room
    dialog.add_table()
    dialog.add_table()
    row = dialog.tables.rowCount() - 1
    assert dialog.tables.currentRow() == row
    viewport = dialog.tables.viewport().rect()
    assert viewport.contains(dialog.tables.visualRect(dialog.tables.model().index(row, 0)))
    added = dialog.settings().tables[-2:]
    assert [t.room for t in added] == [last_room, last_room]
    assert [t.number for t in added] == [
        settings.tables[-1].number + 1,
        settings.tables[-1].number + 2,
    ]
