"""A second window on the same event file warns and opens it read-only (issue 16)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from brokerage_app.errors import EventFileError
from brokerage_app.store.lock import lock_path
from brokerage_app.store.models import Attendee
from brokerage_app.ui.context import AppContext
from brokerage_app.ui.main_window import MainWindow
from tests.gui.conftest import DialogLog, wait_idle


def _open(qtbot, window: MainWindow, path: Path) -> None:  # type: ignore[no-untyped-def]
    window.app_actions.open_location(str(path))
    qtbot.waitUntil(lambda: window.context.is_open, timeout=60_000)
    wait_idle(qtbot, window)


def _rename_first(window: MainWindow) -> None:
    def rename(session) -> None:  # type: ignore[no-untyped-def]
        attendee = session.scalars(select(Attendee).order_by(Attendee.id)).first()
        attendee.first_name = "Changed"

    window.context.read(rename)


def test_second_window_in_this_process_is_read_only_and_says_so(
    qtbot, opened: MainWindow, dialogs: DialogLog, demo_file: Path
) -> None:  # type: ignore[no-untyped-def]
    assert lock_path(demo_file).exists()
    second = MainWindow(AppContext())
    qtbot.addWidget(second)
    _open(qtbot, second, demo_file)
    try:
        assert second.context.require_database().read_only
        assert "read-only" in dialogs.informed[-1]
        assert "(read-only)" in second.windowTitle()
        with pytest.raises(EventFileError, match="open read-only here"):
            _rename_first(second)
        _rename_first(opened)  # the first window still edits
    finally:
        second.context.close_event()
    # Once the first window closes the event, the lock is gone and a window may edit.
    opened.context.close_event()
    assert not lock_path(demo_file).exists()
    third = MainWindow(AppContext())
    qtbot.addWidget(third)
    _open(qtbot, third, demo_file)
    assert not third.context.require_database().read_only
    third.context.close_event()


def test_a_window_of_another_process_counts_too(
    qtbot, window: MainWindow, dialogs: DialogLog, demo_file: Path
) -> None:  # type: ignore[no-untyped-def]
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys; from pathlib import Path; from brokerage_app.store.lock import EventLock; "
            f"lock = EventLock.acquire(Path({str(demo_file)!r})); print('held', flush=True); "
            "sys.stdin.readline(); lock.release()",
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        _open(qtbot, window, demo_file)
        assert window.context.require_database().read_only
        assert f"process {holder.pid}" in dialogs.informed[-1]
    finally:
        window.context.close_event()
        assert holder.stdin is not None
        holder.stdin.write("\n")
        holder.stdin.close()
        holder.wait(timeout=30)
