"""Opening an event file for the window: editing if no other window edits it, else read-only.

Two windows editing one file would each show data the other changes under it, and undo
stacks that write old values back. The first window takes the lock beside the file
(``store.lock``); a later one, in this process or another, opens the event read-only and is
told who has it. PostgreSQL events are shared by several stations by design: no lock.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from brokerage_app.store.database import EventDatabase, open_database, to_url
from brokerage_app.store.lock import EventLock, LockHolder


@dataclass(frozen=True)
class WindowEvent:
    database: EventDatabase
    lock: EventLock | None  # held while the window edits the event
    held_by: LockHolder | None = None  # who edits it, when this window may only read


def _file_of(location: str | Path) -> Path | None:
    url = to_url(location)
    return Path(str(url.database)) if url.get_backend_name() == "sqlite" else None


def open_for_window(location: str | Path) -> WindowEvent:
    """Open the event for editing, or read-only if another window holds its lock."""
    path = _file_of(location)
    if path is None or not path.is_file():
        return WindowEvent(open_database(location), None)
    lock = EventLock.acquire(path)
    if isinstance(lock, LockHolder):
        reason = f"{lock.describe()} has it open for editing"
        return WindowEvent(open_database(location, read_only_reason=reason), None, lock)
    try:
        return WindowEvent(open_database(location), lock)
    except BaseException:
        lock.release()
        raise


def lock_for_window(database: EventDatabase) -> EventLock | None:
    """The lock of an event the window has just created (a new or demo event file)."""
    if database.file_path is None:
        return None
    lock = EventLock.acquire(database.file_path)
    return lock if isinstance(lock, EventLock) else None
