"""The one protocol of long work: progress, cancel, result (no Qt; in the spirit of Orange3).

A long service (solve, print, import, export, report, anonymise) takes a :class:`Task`.
It reports :class:`Progress` through it, asks ``task.cancelled`` (or calls
``task.check()``) at safe points, and either returns its result or raises
:class:`Cancelled` having stored and written nothing. The window's worker layer
(``ui/workers.py``) and the command line (``cli/tasks.py``) each adapt it once: where
progress goes, and what sets the cancel flag (the Cancel button, Ctrl-C).
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from brokerage_app.errors import BrokerageError


class CancelFlag(Protocol):
    """What tells long work to stop: ``threading.Event`` and ``multiprocessing.Event`` both are."""

    def is_set(self) -> bool: ...

    def wait(self, timeout: float | None = None) -> bool: ...


class Cancelled(BrokerageError):
    """The person cancelled; the message says what was left untouched, in English for the
    command line. The window says a cancel in its own words (``TaskRunner``'s
    ``on_cancelled`` and the main window's status bar), never with this message."""

    def __init__(self, message: str = "Cancelled; nothing was changed.") -> None:
        super().__init__(message)

    def __reduce__(self) -> tuple[type[Cancelled], tuple[str]]:
        # Crosses the process boundary of background work with its message.
        return (type(self), (str(self),))


class ProgressKind(enum.StrEnum):
    STEPS = "steps"  # ``done`` of ``total`` steps
    STATUS = "status"  # a service's own record (``status``), e.g. the solver's bounds


@dataclass(frozen=True)
class Progress:
    """One progress report; build it with :meth:`steps` or :meth:`of`."""

    kind: ProgressKind
    done: int = 0
    total: int = 0
    status: object = None

    @classmethod
    def steps(cls, done: int, total: int) -> Progress:
        return cls(ProgressKind.STEPS, done=int(done), total=int(total))

    @classmethod
    def of(cls, status: object) -> Progress:
        return cls(ProgressKind.STATUS, status=status)


ProgressSink = Callable[[Progress], None]


class Task:
    """What a long service is handed: where its progress goes and whether to stop."""

    def __init__(
        self, on_progress: ProgressSink | None = None, cancel: CancelFlag | None = None
    ) -> None:
        self._sink = on_progress
        # Handed on as it is to renderers and the solver (None: nobody can cancel).
        self.cancel = cancel

    @property
    def cancelled(self) -> bool:
        return self.cancel is not None and self.cancel.is_set()

    def check(self, message: str = "Cancelled; nothing was changed.") -> None:
        """Raise :class:`Cancelled` (with ``message``) if cancel was asked for."""
        if self.cancelled:
            raise Cancelled(message)

    def report(self, progress: Progress) -> None:
        if self._sink is not None:
            self._sink(progress)

    def steps(self, done: int, total: int) -> None:
        """``done`` of ``total`` steps; also the ``on_progress(done, total)`` of renderers."""
        self.report(Progress.steps(done, total))

    def status(self, record: object) -> None:
        self.report(Progress.of(record))


NO_TASK = Task()  # for calls nobody watches or cancels
