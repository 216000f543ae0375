"""Backups as the window and the command line use them: back up now, list, restore.

The mechanism (names, snapshots, pruning) lives in ``store.backups``, because the store backs
a file up itself before a migration; this module adds restoring one, which keeps a safety
copy of what it replaces, and offers the store's operations to the layers above.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from brokerage_app.errors import EventFileError, RefusedError
from brokerage_app.settings import load_settings
from brokerage_app.store.backups import (
    PG_DUMP_ADVICE,
    BackupInfo,
    EventLocation,
    backup_event,
    backups_dir,
    delete_all_backups,
    event_file_of,
    list_backups,
    prune_backups,
    write_snapshot,
)
from brokerage_app.store.errors import storage_error_message
from brokerage_app.store.event_files import BACKUP_FOLDER

__all__ = [
    "BACKUP_FOLDER",
    "PG_DUMP_ADVICE",
    "BackupInfo",
    "EventLocation",
    "backup_event",
    "backups_dir",
    "delete_all_backups",
    "event_file_of",
    "list_backups",
    "prune_backups",
    "restore_backup",
    "write_snapshot",
]

_SQLITE_MAGIC = b"SQLite format 3\x00"


def _check_backup(backup_path: Path) -> None:
    if not backup_path.is_file():
        raise RefusedError(f"Cannot restore {backup_path}: there is no such file.")
    with backup_path.open("rb") as handle:
        if handle.read(len(_SQLITE_MAGIC)) != _SQLITE_MAGIC:
            raise RefusedError(f"Cannot restore {backup_path}: it is not an event database.")
    try:
        connection = sqlite3.connect(f"{backup_path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            verdict = connection.execute("PRAGMA integrity_check").fetchone()[0]
            tables = {
                row[0]
                for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
        finally:
            connection.close()
    except sqlite3.Error as exc:
        raise RefusedError(f"Cannot restore {backup_path}: it cannot be read ({exc}).") from exc
    if verdict != "ok":
        raise RefusedError(f"Cannot restore {backup_path}: the backup is damaged ({verdict}).")
    if not {"alembic_version", "event"} <= tables:
        raise RefusedError(f"Cannot restore {backup_path}: it is not an event database.")


def restore_backup(event_path: Path, backup_path: Path) -> Path | None:
    """Replace the event file's contents with a backup, keeping a backup of what is replaced.

    The current file is first backed up (reason ``before-restore``); the returned path is that
    safety copy (None when there was no file to save). The restore itself is one SQLite
    transaction through the backup API: it waits for other writers, and a crash part-way
    leaves the old contents. Stations that have the event open see the restored data on
    their next read; close the event in the window first so nothing on screen is stale.
    """
    event_path = Path(event_path).absolute()
    backup_path = Path(backup_path).absolute()
    if backup_path.exists() and event_path.exists() and backup_path.samefile(event_path):
        raise RefusedError(f"{backup_path} is the event file itself; choose a backup.")
    _check_backup(backup_path)
    if not event_path.exists():
        if not event_path.parent.is_dir():
            raise EventFileError(
                f"Cannot restore to {event_path}: the folder {event_path.parent} does not exist."
            )
        write_snapshot(backup_path, event_path)
        return None
    safety = backup_event(event_path, "before-restore", keep=_keep_including_one_more())
    try:
        with (
            sqlite3.connect(f"{backup_path.resolve().as_uri()}?mode=ro", uri=True) as source,
            sqlite3.connect(event_path, timeout=15) as target,
        ):
            source.backup(target)
        source.close()
        target.close()
    except sqlite3.Error as exc:
        message = storage_error_message(exc, event_path, f"restore {backup_path.name}")
        raise EventFileError(
            message or f"Could not restore {backup_path.name} into {event_path}: {exc}."
        ) from exc
    return safety


def _keep_including_one_more() -> int:
    # The safety copy must not push out the very backup being restored.
    return load_settings().backups_to_keep + 1
