"""Cancel during a solve keeps the best schedule found so far; the window stays usable."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from brokerage_app.demo.generator import DemoOptions
from brokerage_app.domain.tasks import Progress, Task
from brokerage_app.services.demo import create_demo_database
from brokerage_app.ui import background
from brokerage_app.ui.main_window import MainWindow
from tests.gui.conftest import DialogLog, wait_idle

REAL_SOLVE = background.solve
CANCEL_WAIT_S = 60


def solve_held_at_first_progress(
    url: str,
    time_limit: float,
    actor: str,
    keep_placed: bool = False,
    *,
    task: Task,
) -> Any:
    """The window's solve, run in the worker process, whose first progress report waits for
    the window's Cancel to arrive: the solver can then not finish (or prove optimality) before
    the cancel lands, whatever the machine's speed."""
    first = [True]
    cancel = task.cancel
    assert cancel is not None  # the window's solve can always be cancelled

    def report(progress: Progress) -> None:
        task.report(progress)
        if first[0]:
            first[0] = False
            if not cancel.wait(CANCEL_WAIT_S):
                raise AssertionError(f"Cancel did not reach the solver in {CANCEL_WAIT_S} s")

    held = Task(on_progress=report, cancel=cancel)
    return REAL_SOLVE(url, time_limit, actor, keep_placed, task=held)


@pytest.mark.slow
def test_cancel_keeps_best_schedule(
    qtbot, window: MainWindow, dialogs: DialogLog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "bigger.sqlite"
    create_demo_database(path, DemoOptions(attendees=150, seed=2)).dispose()
    window.app_actions.open_location(str(path))
    qtbot.waitUntil(lambda: window.context.is_open, timeout=90_000)
    schedule = window.show_page("schedule")
    wait_idle(qtbot, window)
    # The worker process imports this module to find the function, by its qualified name.
    monkeypatch.setattr(background, "solve", solve_held_at_first_progress)
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
