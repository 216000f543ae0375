"""The check-in window when the server goes away: banner, offline verdict, note, resync."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication

from brokerage_app.services import station
from brokerage_app.store.models import CheckinResult
from brokerage_app.ui.context import AppContext
from brokerage_app.ui.dialogs.messages import Messages
from brokerage_app.ui.main_window import MainWindow
from tests.helpers.postgres import PostgresServer
from tests.integration.checkin.offline_desk import NOTE, prepare_event, scan_through_outage

pytestmark = [pytest.mark.postgres, pytest.mark.gui]


@pytest.fixture
def window(qtbot, monkeypatch: pytest.MonkeyPatch) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    # A slow answer on a loaded test machine must not look like the outage (pg_ctl's).
    monkeypatch.setattr(station, "ONLINE_TIMEOUT_S", 60.0)
    errors: list[BaseException] = []
    monkeypatch.setattr(
        Messages, "show_error", classmethod(lambda cls, parent, error: errors.append(error))
    )
    QCoreApplication.setOrganizationName("brokerage-app-tests")
    context = AppContext()
    main = MainWindow(context)
    main.errors = errors  # type: ignore[attr-defined]
    qtbot.addWidget(main)
    main.show()
    yield main
    context.close_event()
    qtbot.waitUntil(lambda: context.tasks.active == 0, timeout=30_000)


def test_the_desk_shows_an_offline_verdict_and_syncs_by_itself(
    qtbot, window: MainWindow, server: PostgresServer
) -> None:  # type: ignore[no-untyped-def]
    url, codes = prepare_event(server)
    window.app_actions.open_location(url)
    qtbot.waitUntil(lambda: window.context.is_open, timeout=60_000)

    def wait(condition):  # type: ignore[no-untyped-def]
        qtbot.waitUntil(condition, timeout=60_000)

    desk = scan_through_outage(window, server, codes, wait)
    verdict = desk._last_verdict
    assert verdict.result is CheckinResult.CHECKED_IN and verdict.offline
    assert desk.verdict.tone in ("green", "amber")
    assert desk.banner.isVisible() and "OFFLINE" in desk.banner.text()
    assert desk.verdict.offline.isVisible() and "OFFLINE" in desk.verdict.offline.text()
    assert desk.verdict.note.isVisible() and NOTE in desk.verdict.note.text()
    assert desk.pending_label.isVisible() and "1 " in desk.pending_label.text()
    assert desk.sync_button.isVisible()
    # The same badge again at this station: "already", still offline, no error.
    desk.scan_code(codes[0])
    wait(lambda: desk._last_verdict.result is CheckinResult.ALREADY_CHECKED_IN)
    assert desk._last_verdict.offline
    # Search by name works from the station's copy of the event.
    desk.search.setText(verdict.name)
    wait(lambda: desk.search_results.count() > 0)

    server.resume()
    # Nobody flips a switch: the station syncs, the banner goes, the log shows the scans.
    wait(lambda: desk.banner.isHidden())
    assert not desk.sync_button.isVisible()
    wait(lambda: window.context.tasks.active == 0)
    texts = [desk.log.item(i).text() for i in range(desk.log.count())]
    assert sum("(offline)" in text for text in texts) == 2
    desk.scan_code(codes[3])
    wait(lambda: desk._last_verdict.scan_id and not desk._last_verdict.offline)
    assert window.errors == []  # type: ignore[attr-defined]


def test_desk_note_is_edited_from_the_window(
    qtbot, window: MainWindow, server: PostgresServer
) -> None:  # type: ignore[no-untyped-def]
    url, codes = prepare_event(server)
    window.app_actions.open_location(url)
    qtbot.waitUntil(lambda: window.context.is_open, timeout=60_000)
    desk = window.show_page("checkin")
    qtbot.waitUntil(lambda: window.context.tasks.active == 0, timeout=60_000)
    desk.set_desk_note(2, "Pays at the desk")
    desk.scan_code(codes[1])
    qtbot.waitUntil(lambda: desk._last_verdict is not None, timeout=60_000)
    assert desk._last_verdict.desk_note == "Pays at the desk"
    assert "Pays at the desk" in desk.verdict.note.text()
    assert window.errors == []  # type: ignore[attr-defined]
