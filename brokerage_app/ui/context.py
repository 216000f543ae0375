"""What every page shares: the open event, the undo stack, the task runner, change signals.

Pages never talk to each other. A page that changes data says which topics changed
(``context.notify("requests")``) and pages showing that topic reload. This keeps the main
window a thin shell instead of a switchboard.
"""

from __future__ import annotations

import getpass
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack
from sqlalchemy.orm import Session

from brokerage_app.settings import load_settings, save_settings, without_password
from brokerage_app.store.database import EventDatabase, open_database
from brokerage_app.store.lock import EventLock
from brokerage_app.ui.workers import TaskRunner

T = TypeVar("T")

TOPICS = ("event", "attendees", "requests", "schedule", "checkin")


class AppContext(QObject):
    event_opened = Signal()
    event_closed = Signal()
    data_changed = Signal(object)  # frozenset of topic names
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
        self.notify(*TOPICS)

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

    def read(self, function: Callable[[Session], T]) -> T:
        """A short unit of work on the GUI thread (single-row reads and edits)."""
        with self.require_database().session() as session:
            return function(session)

    def notify(self, *topics: str) -> None:
        self.data_changed.emit(frozenset(topics))


def _user_name() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "organiser"
