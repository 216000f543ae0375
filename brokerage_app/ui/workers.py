"""Background tasks with progress and cooperative cancel: the window's adapter of the task protocol.

A task is a plain function of plain values that receives a :class:`TaskState`; it hands
``state.task`` (a Qt-free :class:`brokerage_app.domain.tasks.Task`) to the service, which
reports :class:`~brokerage_app.domain.tasks.Progress` through it and stops at the next safe
point once Cancel is pressed, raising :class:`~brokerage_app.domain.tasks.Cancelled`. The
function runs on a pool thread and must never touch widgets or share ORM objects: services
open their own session and return frozen dataclasses. Results, errors, cancels and progress
reach the GUI thread through queued signals; a cancel is never shown as an error.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import wait as futures_wait
from typing import Any

from PySide6.QtCore import QObject, Signal

from brokerage_app.domain.tasks import Cancelled, Progress, ProgressKind, Task

log = logging.getLogger(__name__)

# Progress is forwarded at most this often: a solver can report thousands of times a second
# and each report becomes an event the GUI thread has to process.
PROGRESS_INTERVAL_S = 0.05


class TaskState(QObject):
    """The GUI-side handle of one running task.

    No signal carries a Python object across threads: results, errors and progress
    records are stored as attributes and announced by argument-free (or integer) signals,
    and the threads are Python's own. This keeps every reference-count change of the
    task's objects under the GIL. (PySide 6.12 aborts with "deallocating None" when the
    GUI thread spins ``QCoreApplication.processEvents()`` in a tight loop while a worker
    runs Python code; wait with ``QEventLoop.exec`` or ``qtbot.waitUntil`` instead.)
    """

    progress = Signal(int, int)  # done, total (ProgressKind.STEPS)
    info = Signal()  # ``latest_info`` holds a service's own record (ProgressKind.STATUS)
    finished = Signal()  # ``result`` is set
    failed = Signal()  # ``error`` is set
    stopped = Signal()  # the service raised Cancelled (``error``): nothing was changed
    # Emitted last, after finished, failed or stopped, on the GUI thread once ``is_done`` is
    # set: every slot of ``done`` has run before anyone can see ``is_done``.
    done = Signal()
    worker_ended = Signal()  # the worker's last word, for the runner only

    def __init__(self, title: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.cancel = threading.Event()
        self.result: Any = None
        self.error: BaseException | None = None
        self.latest_info: Any = None
        self.is_done = False
        self.was_cancelled = False  # the work stopped with Cancelled
        self._last_emit = 0.0
        self._lock = threading.Lock()
        # What the service is handed (called on the worker thread).
        self.task = Task(on_progress=self.report, cancel=self.cancel)

    def request_cancel(self) -> None:
        self.cancel.set()

    @property
    def cancelled(self) -> bool:
        return self.cancel.is_set()

    # Called from the worker thread: throttled, and always safe because emit is queued.
    def report(self, progress: Progress) -> None:
        if progress.kind is ProgressKind.STEPS:
            if self._due() or progress.done >= progress.total:
                self.progress.emit(progress.done, progress.total)
        elif progress.status is not None and self._due():
            self.latest_info = progress.status
            self.info.emit()

    def _due(self) -> bool:
        now = time.monotonic()
        with self._lock:
            if now - self._last_emit < PROGRESS_INTERVAL_S:
                return False
            self._last_emit = now
            return True


def _run_task(function: Callable[[TaskState], Any], state: TaskState) -> None:
    try:
        result = function(state)
    except Cancelled as exc:
        state.error = exc
        state.was_cancelled = True
        state.stopped.emit()
    except Exception as exc:  # reported to the GUI, which decides how to show it
        log.debug("task %r failed", state.title, exc_info=exc)
        state.error = exc
        state.failed.emit()
    else:
        state.result = result
        state.finished.emit()
    state.worker_ended.emit()


class TaskRunner(QObject):
    """Runs tasks on a small pool of Python threads; keeps their states until done."""

    busy_changed = Signal(bool)
    task_started = Signal(object)  # TaskState (emitted on the GUI thread only)
    task_cancelled = Signal(object)  # TaskState whose work stopped with Cancelled

    def __init__(self, parent: QObject | None = None, *, threads: int = 2) -> None:
        super().__init__(parent)
        self._pool = ThreadPoolExecutor(max_workers=threads, thread_name_prefix="task")
        self._running: set[TaskState] = set()
        self._futures: set[Future[None]] = set()

    @property
    def active(self) -> int:
        return len(self._running)

    def run(
        self,
        title: str,
        function: Callable[[TaskState], Any],
        *,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        on_cancelled: Callable[[], None] | None = None,
        before_start: Callable[[TaskState], None] | None = None,
    ) -> TaskState:
        """Run ``function(state)`` on the pool; a Cancelled goes to ``on_cancelled``, not
        ``on_error`` (and ``task_cancelled`` tells the window, which says so once).

        Connect to the state's signals (progress, ``done``) in ``before_start``, never after
        ``run`` returns: the work may have ended by then, and a signal emitted before a slot
        is connected never reaches that slot.
        """
        state = TaskState(title, self)
        if on_done is not None:
            state.finished.connect(lambda: on_done(state.result))
        if on_error is not None:

            def failed() -> None:
                assert state.error is not None  # ``failed`` is emitted once it is set
                on_error(state.error)

            state.failed.connect(failed)
        if on_cancelled is not None:
            state.stopped.connect(on_cancelled)
        state.stopped.connect(lambda: self.task_cancelled.emit(state))
        state.worker_ended.connect(lambda: self._forget(state))
        self._running.add(state)
        if len(self._running) == 1:
            self.busy_changed.emit(True)
        self.task_started.emit(state)
        if before_start is not None:
            before_start(state)
        future = self._pool.submit(_run_task, function, state)
        self._futures.add(future)
        future.add_done_callback(self._futures.discard)
        return state

    def _forget(self, state: TaskState) -> None:
        state.is_done = True
        state.done.emit()
        self._running.discard(state)
        if not self._running:
            self.busy_changed.emit(False)
        # Not deleteLater(): callers may still hold the state to read the result; once
        # unparented, Python frees it when the last reference goes.
        state.setParent(None)

    def cancel_all(self) -> None:
        for state in list(self._running):
            state.request_cancel()

    def wait(self, timeout_ms: int = -1) -> bool:
        """Block until running tasks have finished (used when the event closes)."""
        pending = list(self._futures)
        if not pending:
            return True
        _done, not_done = futures_wait(pending, None if timeout_ms < 0 else timeout_ms / 1000)
        return not not_done


# Work in a child process ---------------------------------------------------------------
#
# Solving and printing a large event allocate millions of short-lived objects; Python's
# cyclic garbage collector then stops every thread of the process for 0.3-0.8 s at a time
# (measured: docs/benchmarks.md), and some C extensions hold the GIL for long calls. Run in
# a thread, that freezes the window. In a spawned child process the GUI keeps its own
# interpreter; the child gets plain values (a database URL, options), opens its own
# session and sends back progress and a picklable result.

_POLL_S = 0.05
# Imported by the child while the organiser is still looking at the window, so that the
# first Solve or Print does not wait for OR-Tools and reportlab to load.
WARM_IMPORTS = ("brokerage_app.services.schedule", "brokerage_app.services.printing")


class ProcessWorker:
    """One long-lived child process that runs long tasks one at a time.

    Started lazily (or early with :meth:`warm_up`) and restarted if it ever dies.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._process: Any = None
        self._jobs: Any = None
        self._messages: Any = None
        self._cancel: Any = None

    def warm_up(self) -> None:
        with self._lock:
            self._ensure()

    def _ensure(self) -> None:
        if self._process is not None and self._process.is_alive():
            return
        import multiprocessing

        from brokerage_app.ui.background import serve

        context = multiprocessing.get_context("spawn")
        self._jobs = context.Queue()
        self._messages = context.Queue()
        self._cancel = context.Event()
        self._process = context.Process(
            target=serve,
            args=(self._jobs, self._messages, self._cancel, WARM_IMPORTS),
            daemon=True,
            name="brokerage-worker",
        )
        self._process.start()

    def call(self, function: Callable[..., Any], *args: Any, state: TaskState) -> Any:
        """Run ``function(*args, task=...)`` in the child and wait.

        Called from a task on the pool thread: the child's ``Progress`` reports are relayed
        to ``state``, and ``state.cancel`` sets the child's cancel flag.
        """
        import queue as queue_module

        with self._lock:
            self._ensure()
            self._cancel.clear()
            self._jobs.put((function, args))
            while True:
                if state.cancel.is_set():
                    self._cancel.set()
                try:
                    kind, payload = self._messages.get(timeout=_POLL_S)
                except queue_module.Empty:
                    if not self._process.is_alive():
                        code = self._process.exitcode
                        self._process = None
                        raise RuntimeError(
                            f"The background process stopped unexpectedly (exit code {code})."
                        ) from None
                    continue
                if kind == "progress":
                    state.report(payload)
                elif kind == "result":
                    return payload
                elif kind == "error":
                    raise payload

    def stop(self) -> None:
        with self._lock:
            process, self._process = self._process, None
            if process is None:
                return
            self._jobs.put(None)
            process.join(timeout=5)
            if process.is_alive():
                process.kill()
                process.join()


PROCESS_WORKER = ProcessWorker()


def call_in_process(function: Callable[..., Any], *args: Any, state: TaskState) -> Any:
    return PROCESS_WORKER.call(function, *args, state=state)
