"""The check-in desk page, the start screen, and how errors reach the organiser."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from brokerage_app.errors import ValidationError
from brokerage_app.services import checkin as checkin_service
from brokerage_app.store.models import Attendee, BadgeCategory, CheckinResult
from brokerage_app.ui.dialogs import messages
from brokerage_app.ui.main_window import MainWindow
from tests.gui.conftest import DialogLog, wait_idle


def test_scan_field_checks_in_and_shows_coloured_verdicts(qtbot, opened: MainWindow) -> None:  # type: ignore[no-untyped-def]
    desk = opened.show_page("checkin")
    wait_idle(qtbot, opened)
    with opened.context.database.session() as session:
        attendee = session.scalar(
            select(Attendee).where(Attendee.badge_category == BadgeCategory.DELEGATE).limit(1)
        )
        code, name = checkin_service.badge_code(session, attendee.id), attendee.full_name
    before = desk.arrived_card.value.text() + desk.arrived_card.detail.text()

    qtbot.keyClicks(desk.scan_field, code)
    qtbot.keyClick(desk.scan_field, "\r")
    # Green, or amber when the person is not expected on this (test run's) day.
    qtbot.waitUntil(lambda: desk.verdict.tone in ("green", "amber"), timeout=10_000)
    assert desk._last_verdict.result == CheckinResult.CHECKED_IN
    first_tone = desk.verdict.tone
    assert desk.verdict.name.text() == name
    assert desk.scan_field.text() == ""
    wait_idle(qtbot, opened)
    assert desk.arrived_card.value.text() + desk.arrived_card.detail.text() != before

    desk.scan_code(code)
    qtbot.waitUntil(
        lambda: desk._last_verdict.result == CheckinResult.ALREADY_CHECKED_IN, timeout=10_000
    )
    assert desk.verdict.tone == "amber"
    assert "already" in desk.verdict.title.text().casefold()
    assert first_tone in ("green", "amber")

    desk.scan_code("HELLO-NOT-A-BADGE")
    qtbot.waitUntil(lambda: desk.verdict.tone == "red", timeout=10_000)
    wait_idle(qtbot, opened)
    assert desk.log.count() >= 3


def test_search_by_name_checks_in_without_a_badge(qtbot, opened: MainWindow) -> None:  # type: ignore[no-untyped-def]
    desk = opened.show_page("checkin")
    wait_idle(qtbot, opened)
    with opened.context.database.session() as session:
        person = session.scalar(
            select(Attendee).where(Attendee.badge_category == BadgeCategory.DELEGATE).limit(1)
        )
        first = person.full_name
    desk.search.setText(first)
    qtbot.waitUntil(lambda: desk.search_results.count() > 0, timeout=5000)
    desk._check_in_result(desk.search_results.item(0))
    qtbot.waitUntil(
        lambda: getattr(desk._last_verdict, "result", None) == CheckinResult.CHECKED_IN,
        timeout=10_000,
    )
    assert desk.verdict.name.text() == first
    desk.undo_last()
    assert "undone" in desk.verdict.title.text().casefold()


def test_start_page_lists_recent_events_and_reopens(
    qtbot, window: MainWindow, demo_file: Path
) -> None:  # type: ignore[no-untyped-def]
    assert window.current_page() is window.start_page
    assert not window.app_actions.solve.isEnabled()
    window.app_actions.open_location(str(demo_file))
    qtbot.waitUntil(lambda: window.context.is_open, timeout=10_000)
    assert window.current_page() is window.pages["dashboard"]
    assert window.app_actions.solve.isEnabled()
    window.context.close_event()
    assert window.current_page() is window.start_page
    item = window.start_page.recent.item(0)
    assert str(demo_file) in item.text()
    window.start_page.recent.itemActivated.emit(item)
    qtbot.waitUntil(lambda: window.context.is_open, timeout=10_000)
    wait_idle(qtbot, window)


def test_missing_file_is_explained_and_forgotten(
    qtbot, window: MainWindow, dialogs: DialogLog, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    missing = tmp_path / "gone.sqlite"
    window.context.settings.remember_event(str(missing))
    from brokerage_app.settings import save_settings

    save_settings(window.context.settings)
    window.start_page.refresh()
    task = window.app_actions.open_location(str(missing))
    qtbot.waitUntil(lambda: task.is_done, timeout=10_000)
    assert dialogs.errors and "No event file" in str(dialogs.errors[0])
    assert not window.context.is_open
    assert window.start_page.recent.count() == 0


def test_page_shortcuts_and_filter_focus(qtbot, opened: MainWindow) -> None:  # type: ignore[no-untyped-def]
    opened.app_actions.page_actions[2].trigger()
    assert opened.current_page() is opened.pages["requests"]
    opened.app_actions.page_actions[1].trigger()
    opened.app_actions.filter.trigger()
    assert (
        opened.pages["attendees"].filter.hasFocus()
        or opened.focusWidget() is opened.pages["attendees"].filter
    )
    assert opened.app_actions.solve.shortcut().toString() == "F5"
    assert opened.app_actions.redo.shortcuts()[0].toString() == "Ctrl+Shift+Z"


def test_errors_become_dialogs(monkeypatch: pytest.MonkeyPatch, qtbot) -> None:  # type: ignore[no-untyped-def]
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, title, text: shown.append((title, text)))
    monkeypatch.setattr(
        QMessageBox, "critical", lambda _p, title, text: shown.append((title, text))
    )
    messages.Messages.show_error(None, ValidationError("Email: 'x' is not an email address."))
    assert shown[-1][1] == "Email: 'x' is not an email address."
    messages.install_excepthook()
    import sys

    try:
        raise KeyError("internal")
    except KeyError as exc:
        sys.excepthook(type(exc), exc, exc.__traceback__)
    assert "unexpected" in shown[-1][1]
    assert "KeyError" in messages.log_path().read_text(encoding="utf-8")
    sys.excepthook = sys.__excepthook__


def test_desk_lists_any_event_day(qtbot, opened: MainWindow) -> None:  # type: ignore[no-untyped-def]
    desk = opened.show_page("checkin")
    wait_idle(qtbot, opened)
    assert desk.day.count() >= 3  # today + the demo's two days
    desk.day.setCurrentIndex(1)
    wait_idle(qtbot, opened)
    assert desk.missing.count() > 0
    assert "0 / 0" not in desk.arrived_card.value.text()
