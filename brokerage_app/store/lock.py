"""Who edits an event file: an advisory lock file beside it (``fair.sqlite.lock``).

The window takes it when it opens an event file and keeps it while the event is open; a
second window, in this process or another, finds it taken and opens the event read-only,
naming who has it. The operating system drops the lock when the holder ends, even by a
crash, so a stale lock file never blocks anyone. Command-line tools and check-in stations
do not take it: several processes may write to one event safely (see ``database``).
"""

from __future__ import annotations

import datetime as dt
import getpass
import os
import socket
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import IO

LOCK_SUFFIX = ".lock"


def lock_path(event_path: Path) -> Path:
    return Path(f"{event_path}{LOCK_SUFFIX}")


def _try_lock(handle: IO[str]) -> bool:
    if sys.platform == "win32":
        import msvcrt

        try:
            handle.seek(0)
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


@dataclass(frozen=True)
class LockHolder:
    """Who holds the lock, as that program wrote it (empty when it could not be read)."""

    user: str = ""
    host: str = ""
    pid: int = 0
    since: str = ""

    def describe(self) -> str:
        if not self.pid:
            return "another window"
        where = f"{self.user}@{self.host}" if self.user else self.host
        return f"another window ({where}, process {self.pid}, since {self.since})"


class EventLock:
    """The lock of one event file, held until :meth:`release`."""

    def __init__(self, path: Path, handle: IO[str]) -> None:
        self.path = path
        self._handle: IO[str] | None = handle

    @classmethod
    def acquire(cls, event_path: Path) -> EventLock | LockHolder:
        """The lock, or who holds it. Never waits."""
        path = lock_path(event_path)
        for _attempt in range(5):
            handle = open(path, "a+", encoding="utf-8")  # noqa: SIM115 (kept open while held)
            if not _try_lock(handle):
                handle.close()
                return _read_holder(path)
            try:
                same = os.path.samefile(path, handle.name) and (
                    os.fstat(handle.fileno()).st_ino == os.stat(path).st_ino
                )
            except OSError:
                same = False
            if not same:  # the holder removed it meanwhile: lock the new one instead
                handle.close()
                continue
            handle.seek(0)
            handle.truncate()
            handle.write(
                f"{_user()}\n{socket.gethostname()}\n{os.getpid()}\n"
                f"{dt.datetime.now():%Y-%m-%d %H:%M}\n"
            )
            handle.flush()
            return cls(path, handle)
        return _read_holder(path)

    @property
    def held(self) -> bool:
        return self._handle is not None

    def release(self) -> None:
        handle, self._handle = self._handle, None
        if handle is None:
            return
        if os.name != "nt":
            self.path.unlink(missing_ok=True)  # while still locked: nobody takes it half-gone
        handle.close()


def _read_holder(path: Path) -> LockHolder:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
        return LockHolder(lines[0], lines[1], int(lines[2]), lines[3])
    except (OSError, ValueError, IndexError):
        return LockHolder()


def _user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return ""
