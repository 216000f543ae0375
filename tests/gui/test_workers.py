"""The task runner: results, errors, throttled progress and cooperative cancel."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from brokerage_app.domain.changes import Topic
from brokerage_app.domain.tasks import Cancelled, Task
from brokerage_app.errors import ValidationError
from brokerage_app.services import people
from brokerage_app.services.print_jobs import PrintJob, make_document
from brokerage_app.services.printing import DocumentKind
from brokerage_app.ui.main_window import MainWindow
from brokerage_app.ui.pages import PageKey
from brokerage_app.ui.workers import TaskRunner, TaskState
from tests.gui.conftest import FinishedAtOnce


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
            state.task.steps(done, 10**9)
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


def test_a_cancelled_service_stops_the_task_and_is_not_an_error(qtbot) -> None:  # type: ignore[no-untyped-def]
    runner = TaskRunner()
    errors: list[BaseException] = []
    stopped: list[bool] = []
    announced: list[object] = []
    runner.task_cancelled.connect(announced.append)

    def work(state: TaskState) -> None:
        state.request_cancel()
        state.task.check("The export was cancelled; no file was written.")

    state = runner.run(
        "export", work, on_error=errors.append, on_cancelled=lambda: stopped.append(True)
    )
    qtbot.waitUntil(lambda: state.is_done, timeout=10_000)
    assert stopped == [True] and errors == [] and announced == [state]
    assert state.was_cancelled and isinstance(state.error, Cancelled)


def test_progress_and_status_go_to_their_own_signals(qtbot) -> None:  # type: ignore[no-untyped-def]
    runner = TaskRunner()
    steps: list[tuple[int, int]] = []

    connected = threading.Event()

    def work(state: TaskState) -> None:
        assert connected.wait(5)  # the signal is connected before anything is emitted
        state.task.status((7, 9))  # shaped like steps, but a status record
        state.task.steps(9, 9)

    state = runner.run("mixed", work)
    state.progress.connect(lambda d, t: steps.append((d, t)))
    connected.set()
    qtbot.waitUntil(lambda: state.is_done and bool(steps), timeout=10_000)
    assert state.latest_info == (7, 9)
    assert steps == [(9, 9)]


def test_the_slots_connected_before_the_start_hear_a_task_that_ended_at_once(
    qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    runner = TaskRunner()
    monkeypatch.setattr(runner, "_pool", FinishedAtOnce())
    heard: list[object] = []

    def listen(state: TaskState) -> None:
        state.done.connect(lambda: heard.append(("done", state.is_done)))

    state = runner.run("sum", lambda _s: 45, on_done=heard.append, before_start=listen)
    assert heard == []  # nothing reaches the GUI thread before its event loop runs
    qtbot.waitUntil(lambda: state.is_done, timeout=5_000)
    # ``is_done`` is never seen before every slot of ``done`` has run.
    assert heard == [45, ("done", True)]
    assert runner.active == 0


def test_an_unknown_document_kind_is_refused_not_printed_as_table_sheets(
    tmp_path: Path,
) -> None:
    with pytest.raises(ValueError, match="posters"):
        PrintJob(document="posters")  # type: ignore[arg-type]  # the point: a wrong kind
    job = PrintJob(document=DocumentKind.BADGES)
    object.__setattr__(job, "document", "posters")  # as an old pickled job could carry
    with pytest.raises(ValueError, match="unknown document kind"):
        make_document(None, job, tmp_path / "out.pdf", task=Task())  # type: ignore[arg-type]  # never reaches the database
    assert not (tmp_path / "out.pdf").exists()


def test_the_window_reloads_what_the_services_noted_not_a_hand_list(
    qtbot, opened: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    seen: list[frozenset[Topic]] = []
    opened.context.data_changed.connect(seen.append)

    def rename(session: Session) -> None:
        data = people.attendee_input(people.get_attendee(session, 1))
        data.job_title = "Buyer"
        people.update_attendee(session, 1, data)

    opened.context.edit(rename)
    assert seen == [frozenset({Topic.ATTENDEES, Topic.SCHEDULE})]
    opened.context.edit(lambda session: people.get_attendee(session, 1))  # a read: no reload
    assert len(seen) == 1


def test_pages_are_keys_of_an_enum_with_typed_handles(opened: MainWindow) -> None:
    assert opened.show_page(PageKey.SCHEDULE) is opened.schedule_page
    assert opened.current_page() is opened.schedule_page
    with pytest.raises(ValueError):
        opened.show_page("planning")  # type: ignore[arg-type]  # the point: no such page
