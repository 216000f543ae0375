"""Bulk edit in the window: select rows, one change for all, one undo, conflicts reported."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel
from sqlalchemy import select

from brokerage_app.services import people
from brokerage_app.services.schedule import run_schedule
from brokerage_app.services.schedule_check import ConflictRule, check_schedule
from brokerage_app.store.database import open_database
from brokerage_app.store.models import AttendeeRole, BadgeCategory, Meeting, Slot
from brokerage_app.ui.dialogs.people import BulkEditDialog
from brokerage_app.ui.main_window import MainWindow
from tests.gui.conftest import DialogLog, wait_idle


@pytest.fixture
def solved_window(qtbot, window: MainWindow, demo_file: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    database = open_database(demo_file)
    run_schedule(database, time_limit=5, workers=1)
    database.dispose()
    window.app_actions.open_location(str(demo_file))
    qtbot.waitUntil(lambda: window.context.is_open, timeout=90_000)
    wait_idle(qtbot, window)
    return window


def _state(context, ids: list[int]) -> dict[int, people.AttendeeInput]:  # type: ignore[no-untyped-def]
    return context.read(
        lambda s: {i: people.attendee_input(people.get_attendee(s, i)) for i in ids}
    )


def _select(page, ids: list[int]) -> None:  # type: ignore[no-untyped-def]
    view, proxy = page.attendee_view, page.attendee_proxy
    view.clearSelection()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in range(proxy.rowCount()):
        if proxy.row_at(row).id in ids:
            view.selectionModel().select(proxy.index(row, 0), flags)


def _answer_with(monkeypatch: pytest.MonkeyPatch, fill) -> list[BulkEditDialog]:  # type: ignore[no-untyped-def]
    """The dialog is filled in and applied instead of waiting for a person."""
    shown: list[BulkEditDialog] = []

    def exec_(dialog: BulkEditDialog) -> int:
        shown.append(dialog)
        fill(dialog)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(BulkEditDialog, "exec", exec_)
    return shown


def test_bulk_edit_changes_the_selection_in_one_undoable_step(
    qtbot,
    solved_window: MainWindow,
    dialogs: DialogLog,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    window, context = solved_window, solved_window.context
    with context.database.session() as session:
        starts = dict(session.execute(select(Slot.id, Slot.starts_at)).all())
        first_day = min(starts.values()).date()
        on_day1: dict[int, set[int]] = {}
        for m in session.scalars(select(Meeting)):
            if starts[m.slot_id].date() == first_day:
                for person in (m.request.requester_id, m.request.requested_id):
                    on_day1.setdefault(person, set()).add(m.id)
    ids = sorted(on_day1, key=lambda p: -len(on_day1[p]))[:3]
    expected = set().union(*(on_day1[p] for p in ids))
    before = _state(context, ids)

    page = window.show_page("attendees")
    wait_idle(qtbot, window)
    assert not page.bulk_button.isEnabled()
    _select(page, ids)
    assert page.bulk_button.isEnabled()
    assert page.edit_several_action in page.attendee_view.actions()

    def fill(dialog: BulkEditDialog) -> None:
        assert not dialog.days.isEnabled()  # untouched fields stay as each person has them
        dialog.ticks["days"].setChecked(True)
        dialog.days.item(0).setCheckState(dialog.days.item(0).checkState().Unchecked)
        dialog.ticks["badge_category"].setChecked(True)
        dialog.category.setCurrentIndex(dialog.category.findData(BadgeCategory.PRESS))
        dialog.ticks["language"].setChecked(True)
        dialog.language.setCurrentIndex(dialog.language.findData("sv"))
        dialog.ticks["role"].setChecked(True)
        dialog.role.setCurrentIndex(dialog.role.findData(AttendeeRole.SELLER))
        dialog.show()
        qtbot.waitExposed(dialog)
        target = Path(os.environ.get("BROKERAGE_SCREENSHOTS", tmp_path))
        assert dialog.grab().save(str(target / "bulk-edit.png"))

    shown = _answer_with(monkeypatch, fill)
    steps = context.undo_stack.count()
    page.edit_several_action.trigger()  # the context menu's (and Ctrl+Shift+E's) action
    assert len(shown) == 1 and shown[0].result() == shown[0].DialogCode.Accepted
    assert dialogs.errors == []
    assert context.undo_stack.count() == steps + 1

    after = _state(context, ids)
    day1_slots = {i for i, s in starts.items() if s.date() == first_day}
    for person in after.values():
        assert person.badge_category is BadgeCategory.PRESS
        assert person.language == "sv" and person.role is AttendeeRole.SELLER
        assert day1_slots <= set(person.blocked_slot_ids)
    with context.database.session() as session:
        check = check_schedule(session)
    assert set(check.meetings) == expected
    assert {c.rule for c in check.conflicts} == {ConflictRule.BLOCKED_SLOT}
    # The window says it at once, as after a single edit.
    assert f"{len(expected)} placed meetings no longer fit" in window.statusBar().currentMessage()
    wait_idle(qtbot, window)

    # One undo gives each person back their own values; the schedule fits again.
    context.undo_stack.undo()
    wait_idle(qtbot, window)
    assert _state(context, ids) == before
    with context.database.session() as session:
        assert check_schedule(session).valid
    context.undo_stack.redo()
    assert _state(context, ids) == after


def test_a_refused_bulk_edit_stays_open_names_the_attendee_and_changes_nobody(
    qtbot, solved_window: MainWindow, dialogs: DialogLog, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, context = solved_window, solved_window.context
    ids = [1, 2, 3]
    before = _state(context, ids)
    names = context.read(lambda s: [f"{people.get_attendee(s, i).full_name} (id {i})" for i in ids])
    page = window.show_page("attendees")
    wait_idle(qtbot, window)
    _select(page, ids)

    def fill(dialog: BulkEditDialog) -> None:
        # Arrive in the last slot, leave at the end of the first: departure before arrival.
        dialog.ticks["arrival"].setChecked(True)
        dialog.arrival.setCurrentIndex(dialog.arrival.count() - 1)
        dialog.ticks["departure"].setChecked(True)
        dialog.departure.setCurrentIndex(1)

    shown = _answer_with(monkeypatch, fill)
    steps = context.undo_stack.count()
    page.bulk_button.click()
    dialog = shown[0]
    assert dialog.result() != dialog.DialogCode.Accepted
    # The first of them in the list's order is named (every one of them is refused).
    assert dialog.problems.text().split(":")[0] in names
    assert "Departure" in dialog.problems.text()
    assert context.undo_stack.count() == steps
    assert _state(context, ids) == before
