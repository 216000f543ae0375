"""Storage failures told the organiser's way: a full disk, a read-only file, a vanished drive.

SQLite and PostgreSQL report these as driver errors ("database or disk is full", "attempt to
write a readonly database", SQLSTATE 53100 …) wrapped by SQLAlchemy. Wrap any unit of work
that writes in :func:`translate_storage_errors` and such failures become an
:class:`~brokerage_app.errors.EventFileError` that names the event file and says what to do.
The unit of work itself rolls back, so what was stored before is untouched: every change is
committed as a whole or not at all.
"""

from __future__ import annotations

import errno
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Protocol

from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError

from brokerage_app.errors import EventFileError
from brokerage_app.store.database import describe, to_url

NOTHING_LOST = "Everything saved before this change is intact; this change was not saved."


class _HasUrl(Protocol):
    url: URL


Location = _HasUrl | URL | Path | str


# Less free space than this on the event's drive makes a vague I/O failure a full disk.
NEARLY_FULL_BYTES = 1024 * 1024


def _location_path(where: Location) -> Path | None:
    """The SQLite file behind ``where``, or None for a server database."""
    if isinstance(where, URL):
        url = where
    elif isinstance(where, Path | str):
        url = to_url(where)
    else:
        url = where.url
    if url.get_backend_name() != "sqlite" or not url.database:
        return None
    return Path(url.database)


def _drive_reason(path: Path) -> str | None:
    """What the drive says when SQLite only says "disk I/O error" or "unable to open".

    Opening a WAL file creates and grows its ``-shm`` index; on a full or read-only drive
    SQLite reports that failure generically, so the folder is asked directly.
    """
    folder = path.parent
    try:
        stats = os.statvfs(folder)
    except OSError:
        return None
    if stats.f_flag & os.ST_RDONLY:
        return "read_only"
    if stats.f_bavail * stats.f_frsize < NEARLY_FULL_BYTES:
        return "disk_full"
    writable = os.access(folder, os.W_OK) and (not path.exists() or os.access(path, os.W_OK))
    return None if writable else "read_only"


def _location_name(where: Location) -> str:
    if isinstance(where, URL):
        return describe(where)
    if isinstance(where, Path | str):
        return describe(to_url(where))
    return describe(where.url)


def _sqlite_reason(error: sqlite3.Error) -> str | None:
    name = getattr(error, "sqlite_errorname", "") or ""
    text = str(error).lower()
    if name == "SQLITE_FULL" or "database or disk is full" in text:
        return "disk_full"
    if name.startswith("SQLITE_READONLY") or "readonly database" in text:
        return "read_only"
    if name.startswith("SQLITE_BUSY") or "database is locked" in text:
        return "busy"
    if name.startswith("SQLITE_IOERR") or "disk i/o error" in text:
        return "io"
    if name.startswith("SQLITE_CANTOPEN") or "unable to open database file" in text:
        return "cannot_open"
    if name.startswith("SQLITE_CORRUPT") or name == "SQLITE_NOTADB" or "malformed" in text:
        return "corrupt"
    return None


def _postgres_reason(error: BaseException) -> str | None:
    sqlstate = getattr(error, "sqlstate", None) or ""
    if sqlstate == "53100":
        return "disk_full"
    if sqlstate == "25006":
        return "read_only"
    if sqlstate.startswith("08") or sqlstate in ("57P01", "57P02", "57P03"):
        return "connection"
    return None


def _os_reason(error: OSError) -> str | None:
    if error.errno == errno.ENOSPC or error.errno == getattr(errno, "EDQUOT", None):
        return "disk_full"
    if isinstance(error, PermissionError) or error.errno == errno.EROFS:
        return "read_only"
    return None


def _classify(error: BaseException) -> str | None:
    if isinstance(error, DBAPIError):
        original = error.orig
        if isinstance(original, sqlite3.Error):
            return _sqlite_reason(original)
        if original is not None:
            return _postgres_reason(original) or (
                "connection" if error.connection_invalidated else None
            )
        return None
    if isinstance(error, sqlite3.Error):
        return _sqlite_reason(error)
    if isinstance(error, OSError):
        return _os_reason(error)
    return None


_MESSAGES = {
    "disk_full": "the disk is full. Free some space (empty the trash, delete old exports) "
    "and try again, or save a copy of the event on another drive.",
    "read_only": "the file is read-only (it, its folder or the drive cannot be written, or "
    "you lack permission). Copy the event file to a folder you can write to, such as "
    "Documents, and open the copy.",
    "busy": "another program or check-in station kept the event busy for too long. "
    "Wait a moment and try again.",
    "io": "the drive reported a read/write error (a USB stick or network drive that was "
    "removed?). Reconnect it and try again; if it persists, restore a backup.",
    "cannot_open": "the file or its folder cannot be opened (moved, renamed or a drive "
    "that is no longer connected?).",
    "corrupt": "the file is damaged. Restore the latest backup (brokerage-app backup --list).",
    "connection": "the connection to the database server was lost. Check the network and "
    "try again.",
}


def _reason(error: BaseException, where: Location) -> str | None:
    reason = _classify(error)
    if reason in ("io", "cannot_open"):
        path = _location_path(where)
        return (_drive_reason(path) if path is not None else None) or reason
    return reason


def storage_problem(error: BaseException, where: Location) -> str | None:
    """What went wrong with the storage, in the organiser's words, or None."""
    reason = _reason(error, where)
    return None if reason is None else _MESSAGES[reason]


def storage_error_message(
    error: BaseException, where: Location, action: str, *, consequence: str = NOTHING_LOST
) -> str | None:
    """The organiser's message for a storage failure, or None if it is some other error.

    ``consequence`` is appended for failures while writing, telling what became of the data.
    """
    reason = _reason(error, where)
    if reason is None:
        return None
    tail = "" if reason in ("cannot_open", "corrupt") or not consequence else f" {consequence}"
    return f"Could not {action} in {_location_name(where)}: {_MESSAGES[reason]}{tail}"


@contextmanager
def translate_storage_errors(where: Location, action: str = "save the changes") -> Iterator[None]:
    """Turn full-disk, read-only, busy and I/O failures inside the block into EventFileError.

    ``where`` is the open database (or its path/URL) named in the message; ``action`` says
    what was being done ("save the import", "store the schedule"). Other errors pass unchanged.
    """
    try:
        yield
    except EventFileError:
        raise
    except (DBAPIError, sqlite3.Error, OSError) as exc:
        message = storage_error_message(exc, where, action)
        if message is None:
            raise
        raise EventFileError(message) from exc
