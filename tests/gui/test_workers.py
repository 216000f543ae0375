"""The task runner: results, errors, throttled progress and cooperative cancel."""

from __future__ import annotations

import threading

from brokerage_app.errors import ValidationError
from brokerage_app.ui.workers import TaskRunner, TaskState


def test_result_reaches_the_gui_thread(qtbot) -> None:  # type: ignore[no-untyped-def]
    runner = TaskRunner()
    seen: list[tuple[object, bool]] = []
    main = threading.get_ident()
    runner.run(
        "sum",
        lambda _s: sum(range(10)),
        on_done=lambda r: seen.append((r, threading.get_ident() == main)),
    )
    # The task may finish before a waitSignal could be entered: wait for its effect instead.
    qtbot.waitUntil(lambda: bool(seen), timeout=10_000)
    assert seen == [(45, True)]
    assert runner.active == 0


def test_errors_are_reported_not_raised(qtbot) -> None:  # type: ignore[no-untyped-def]
    runner = TaskRunner()
    errors: list[BaseException] = []

    def fail(_state: TaskState) -> None:
        raise ValidationError("Email: 'x' is not an email address.")

    runner.run("fail", fail, on_error=errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=10_000)
    assert [str(e) for e in errors] == ["Email: 'x' is not an email address."]


def test_cancel_is_cooperative_and_progress_is_throttled(qtbot) -> None:  # type: ignore[no-untyped-def]
    runner = TaskRunner()
    started = threading.Event()
    progress: list[tuple[int, int]] = []

    def work(state: TaskState) -> str:
        started.set()
        done = 0
        while not state.cancel.is_set():
            done += 1
            state.report_progress(done, 10**9)
        return f"stopped after {done}"

    state = runner.run("loop", work)
    state.progress.connect(lambda d, t: progress.append((d, t)))
    assert started.wait(5)
    qtbot.waitUntil(lambda: len(progress) >= 2, timeout=5000)
    with qtbot.waitSignal(state.done, timeout=5000):
        state.request_cancel()
    assert state.result.startswith("stopped after")
    steps = int(state.result.split()[-1])
    # Thousands of reports per second become a handful of signals.
    assert len(progress) < steps / 10
