"""Cancel during a solve keeps the best schedule found so far; the window stays usable."""

from __future__ import annotations

from pathlib import Path

import pytest

from brokerage_app.demo.generator import DemoOptions
from brokerage_app.services.demo import create_demo_database
from brokerage_app.ui.main_window import MainWindow
from tests.gui.conftest import DialogLog, wait_idle


@pytest.mark.slow
def test_cancel_keeps_best_schedule(
    qtbot, window: MainWindow, dialogs: DialogLog, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "bigger.sqlite"
    create_demo_database(path, DemoOptions(attendees=150, seed=2)).dispose()
    window.actions.open_location(str(path))
    qtbot.waitUntil(lambda: window.context.is_open, timeout=90_000)
    schedule = window.show_page("schedule")
    wait_idle(qtbot, window)
    schedule.time_limit.setValue(300)
    schedule.solve()
    task = schedule.solving
    with qtbot.waitSignal(task.info, timeout=120_000):
        pass
    assert task.latest_info.total > 0
    schedule.cancel_solve()
    assert "Stopping" in schedule.task_panel.message.text()
    qtbot.waitUntil(lambda: schedule.solving is None, timeout=60_000)
    wait_idle(qtbot, window)
    assert dialogs.errors == []
    assert schedule.outcome.text().endswith(" Stopped early.")
    assert len(schedule._data.grid.meetings) > 0
    assert schedule.solve_button.isEnabled()
