"""What every page shares: the open event, the undo stack, the task runner, change signals.

Pages never talk to each other. A change runs through ``context.edit`` (or a service that
returns ``Changes``, handed to ``context.apply``): the services say which topics they
changed and pages showing any of them reload. This keeps the main window a thin shell
instead of a switchboard, and no button keeps its own list of what to refresh.
"""

from __future__ import annotations

import getpass
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack
from sqlalchemy.orm import Session

from brokerage_app.domain.changes import EVERYTHING, Changes, Topic
from brokerage_app.services.changes import noted
from brokerage_app.settings import load_settings, save_settings, without_password
from brokerage_app.store.database import EventDatabase, open_database
from brokerage_app.store.lock import EventLock
from brokerage_app.ui.workers import TaskRunner

T = TypeVar("T")


class AppContext(QObject):
    event_opened = Signal()
    event_closed = Signal()
    data_changed = Signal(object)  # frozenset[Topic]
    # The schedule check an edit ran in its transaction (services.schedule_check.ScheduleCheck).
    schedule_checked = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.database: EventDatabase | None = None
        self.location: str | None = None
        self.lock: EventLock | None = None  # this window edits the event file
        # Database passwords given in this session, by URL without password; never saved.
        self.passwords: dict[str, str] = {}
        self.undo_stack = QUndoStack(self)
        self.tasks = TaskRunner(self)
        self.settings = load_settings()
        self.actor = f"gui:{self.settings.station_name or _user_name()}"

    @property
    def is_open(self) -> bool:
        return self.database is not None

    def open_event(self, location: str, *, create: bool = False) -> None:
        database = open_database(location, create=create)
        self.adopt(database, location)

    def adopt(self, database: EventDatabase, location: str, lock: EventLock | None = None) -> None:
        """Make an already open database the current event (the demo and wizard use this)."""
        self.close_event()
        self.database = database
        self.lock = lock
        self.location = without_password(location)
        self.settings = load_settings()
        self.settings.remember_event(location)
        save_settings(self.settings)
        self.event_opened.emit()
        self.apply(EVERYTHING)

    def forget_recent(self, location: str) -> None:
        self.settings = load_settings()
        self.settings.recent_events = [e for e in self.settings.recent_events if e != location]
        save_settings(self.settings)

    def close_event(self) -> None:
        if self.database is None:
            return
        self.tasks.cancel_all()
        self.tasks.wait(10_000)
        self.undo_stack.clear()
        self.database.dispose()
        if self.lock is not None:
            self.lock.release()
        self.database = None
        self.lock = None
        self.location = None
        self.event_closed.emit()

    def require_database(self) -> EventDatabase:
        if self.database is None:
            raise RuntimeError("no event is open")
        return self.database

    def output_folder(self) -> Path:
        """Where a file the window writes (an export, a PDF, a copy) is first suggested:
        beside the event file, else the home folder (an event on a server has no folder)."""
        if self.database is not None and self.database.file_path is not None:
            return self.database.file_path.parent
        return Path.home()

    def read(self, function: Callable[[Session], T]) -> T:
        """A short unit of work on the GUI thread (single-row reads)."""
        with self.require_database().session() as session:
            return function(session)

    def edit(self, function: Callable[[Session], T]) -> T:
        """A short unit of work that changes data: once it is stored, the pages showing what
        its services noted (``services.changes``) reload."""
        result, changes = self.read(lambda session: (function(session), noted(session)))
        self.apply(changes)
        return result

    def apply(self, changes: Changes) -> None:
        """Reload the pages that show what ``changes`` touched."""
        if changes:
            self.data_changed.emit(changes.topics)

    def notify(self, *topics: Topic) -> None:
        """Reload pages for a reason no service reported (a sync finished, a refusal to show)."""
        self.apply(Changes.of(*topics))


def _user_name() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "organiser"
