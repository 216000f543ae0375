"""The command line's adapter of the task protocol (``domain.tasks``): Ctrl-C and a terminal.

The first Ctrl-C sets the task's cancel flag: the service stops at its next safe point and
raises ``Cancelled`` having stored nothing (a solve instead keeps the best schedule found
so far, as the window's Cancel does). A second Ctrl-C interrupts at once.
"""

from __future__ import annotations

import signal
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from types import FrameType
from typing import TypeVar

from brokerage_app.domain.tasks import Progress, ProgressKind, ProgressSink, Task

T = TypeVar("T")


@contextmanager
def terminal_task(on_progress: ProgressSink | None = None) -> Iterator[Task]:
    cancel = threading.Event()
    if threading.current_thread() is not threading.main_thread():
        yield Task(on_progress, cancel)  # signal handlers live on the main thread only
        return

    def stop(_signum: int, _frame: FrameType | None) -> None:
        if cancel.is_set():
            raise KeyboardInterrupt
        cancel.set()
        print("\nStopping… (Ctrl-C again to interrupt at once)", file=sys.stderr, flush=True)

    previous = signal.signal(signal.SIGINT, stop)
    try:
        yield Task(on_progress, cancel)
    finally:
        signal.signal(signal.SIGINT, previous)


def percent_on_terminal() -> ProgressSink | None:
    """Steps as a percentage on stderr, only when a person is watching."""
    if not sys.stderr.isatty():
        return None
    shown = -1

    def show(progress: Progress) -> None:
        nonlocal shown
        if progress.kind is not ProgressKind.STEPS:
            return
        percent = 100 * progress.done // max(1, progress.total)
        if percent != shown:
            shown = percent
            end = "\n" if progress.done >= progress.total else ""
            print(f"\r  {percent:3d}%", end=end, file=sys.stderr, flush=True)

    return show


def statuses(kind: type[T], show: Callable[[T], None]) -> ProgressSink:
    """Hand a service's own progress records of ``kind`` (``ProgressKind.STATUS``) to ``show``."""

    def forward(progress: Progress) -> None:
        if progress.kind is ProgressKind.STATUS and isinstance(progress.status, kind):
            show(progress.status)

    return forward
