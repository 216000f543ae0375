"""Ctrl-C on the command line goes through the task protocol: a safe stop, exit 130."""

from __future__ import annotations

import os
import signal
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import func, select

from brokerage_app.cli import EXIT_INTERRUPTED, main
from brokerage_app.cli import tasks as cli_tasks
from brokerage_app.cli.commands import print_documents
from brokerage_app.cli.commands import schedule as schedule_command
from brokerage_app.demo.generator import DemoOptions
from brokerage_app.domain.tasks import Progress
from brokerage_app.services.demo import create_demo_database
from brokerage_app.store.database import open_database
from brokerage_app.store.models import Meeting


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    path = tmp_path / "demo.sqlite"
    create_demo_database(path, DemoOptions(attendees=40, seed=4)).dispose()
    return path


def ctrl_c() -> None:
    os.kill(os.getpid(), signal.SIGINT)


def test_first_ctrl_c_cancels_the_task_and_a_second_interrupts() -> None:
    # Whatever handler was there before is given back: Python's own, or "ignore" when the
    # tests run as a background job of a non-interactive shell (as .ci/run may be started).
    before = signal.getsignal(signal.SIGINT)
    with cli_tasks.terminal_task() as task:
        ctrl_c()
        assert task.cancelled
        with pytest.raises(KeyboardInterrupt):
            ctrl_c()
    assert signal.getsignal(signal.SIGINT) is before


def test_ctrl_c_during_a_print_writes_nothing(
    demo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def press_once(progress: Progress) -> None:
        if progress.done == 1:
            ctrl_c()

    monkeypatch.setattr(print_documents, "_progress", press_once)
    output = tmp_path / "badges.pdf"
    assert main(["--db", str(demo), "print", "badges", "-o", str(output)]) == EXIT_INTERRUPTED
    assert "cancelled; nothing was written" in capsys.readouterr().err
    assert not output.exists()


def test_ctrl_c_during_a_solve_keeps_the_best_schedule(
    demo: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    real = cli_tasks.statuses

    def press_at_first_report(kind: type, show: Callable[[object], None]):  # type: ignore[no-untyped-def]
        pressed: list[bool] = []

        def forward(progress: Progress) -> None:
            if not pressed:
                pressed.append(True)
                ctrl_c()
            real(kind, show)(progress)

        return forward

    monkeypatch.setattr(schedule_command, "statuses", press_at_first_report)
    code = main(["--db", str(demo), "schedule", "--time-limit", "60", "--workers", "1"])
    assert code == 0
    assert "(stopped early)" in capsys.readouterr().out
    database = open_database(str(demo))
    try:
        with database.session() as session:
            assert (session.scalar(select(func.count()).select_from(Meeting)) or 0) > 0
    finally:
        database.dispose()
