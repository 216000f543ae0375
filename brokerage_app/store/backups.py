"""Automatic, timestamped backups of an SQLite event file.

Backups sit in a ``backups/`` folder beside the event file, named
``<event stem>.<YYYYmmdd-HHMMSS-mmm>.<reason><suffix>``, so several events can share a folder
and a listing sorts by time. Each is a complete single-file SQLite database made with SQLite's
online backup API (a consistent snapshot even while another station writes) and appears under
its final name only once complete. Only the newest ``UserSettings.backups_to_keep`` (default
10) of an event are kept.

A PostgreSQL event is not backed up here: ``pg_dump`` is the tool for a server database, and
:func:`backup_event` returns ``None`` for it.

This is the mechanism, in the store because the store itself backs a file up before it
migrates it (``store.database.open_database``); restoring a backup is a use case in
``services.backups``.
"""

from __future__ import annotations

import datetime as dt
import glob
import logging
import os
import re
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path

from brokerage_app.errors import EventFileError
from brokerage_app.settings import load_settings
from brokerage_app.store.database import EventDatabase, copy_event_file, to_url
from brokerage_app.store.errors import storage_error_message
from brokerage_app.store.event_files import BACKUP_FOLDER, with_companions

STALE_PARTIAL_SECONDS = 3600
_STAMP_FORMAT = "%Y%m%d-%H%M%S"
_log = logging.getLogger(__name__)

PG_DUMP_ADVICE = (
    "A PostgreSQL event is backed up with the server's own tools, for example "
    "'pg_dump --format=custom --file=event.dump <database URL>' (restore with pg_restore)."
)


@dataclass(frozen=True)
class BackupInfo:
    """One backup file and what it holds (``None`` counts: the file could not be read)."""

    path: Path
    created: dt.datetime
    reason: str
    size_bytes: int
    event_name: str | None
    attendees: int | None
    meetings: int | None

    @property
    def readable(self) -> bool:
        return self.event_name is not None


EventLocation = EventDatabase | Path | str


def event_file_of(location: EventLocation) -> Path | None:
    """The SQLite file behind an open database, path or URL; None for a server database."""
    if isinstance(location, EventDatabase):
        return location.file_path
    url = to_url(location)
    if url.get_backend_name() != "sqlite" or not url.database:
        return None
    return Path(url.database)


def backups_dir(event_path: Path) -> Path:
    return event_path.parent / BACKUP_FOLDER


def _slug(reason: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", reason.lower()).strip("-")
    return slug[:40] or "manual"


def _name_pattern(event_path: Path) -> re.Pattern[str]:
    return re.compile(
        rf"^{re.escape(event_path.stem)}\.(\d{{8}}-\d{{6}})-(\d{{3}})\.([a-z0-9-]+)"
        rf"{re.escape(_suffix(event_path))}$"
    )


def _suffix(event_path: Path) -> str:
    return event_path.suffix or ".sqlite"


def _fsync_folder(folder: Path) -> None:
    # Makes the rename itself durable; Windows has no directory handles to sync.
    if os.name != "posix":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def _unique_target(folder: Path, event_path: Path, reason: str) -> Path:
    now = dt.datetime.now()
    for _attempt in range(1000):
        stamp = f"{now.strftime(_STAMP_FORMAT)}-{now.microsecond // 1000:03d}"
        target = folder / f"{event_path.stem}.{stamp}.{reason}{_suffix(event_path)}"
        if not target.exists():
            return target
        now += dt.timedelta(milliseconds=1)
    raise EventFileError(f"Too many backups of {event_path} at once in {folder}.")


def write_snapshot(source: Path, target: Path) -> None:
    """Copy ``source`` to ``target`` as one self-contained file, durable before it is named."""
    partial = target.with_name(f".{target.name}.partial")
    try:
        copy_event_file(source, partial)
        # A single file without -wal/-shm companions: easy to copy, open read-only, or mail.
        with sqlite3.connect(partial) as connection:
            connection.execute("PRAGMA journal_mode = DELETE")
        connection.close()
        with partial.open("rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(partial, target)
        _fsync_folder(target.parent)
    finally:
        partial.unlink(missing_ok=True)


def backup_event(location: EventLocation, reason: str, *, keep: int | None = None) -> Path | None:
    """Back up the event file now (before a solve, import, publish, migration …).

    Returns the new backup's path, or None for a PostgreSQL event (see ``PG_DUMP_ADVICE``).
    Keeps the newest ``keep`` backups of this event (default: the user's
    ``backups_to_keep``). Raises EventFileError naming the folder when the backup cannot be
    written (full disk, read-only folder): callers should not go on with a risky change then.
    """
    event_path = event_file_of(location)
    if event_path is None:
        _log.info("No automatic backup of %s before %s: %s", location, reason, PG_DUMP_ADVICE)
        return None
    if not event_path.is_file():
        raise EventFileError(f"Cannot back up {event_path}: there is no such file.")
    folder = backups_dir(event_path)
    try:
        folder.mkdir(exist_ok=True)
        target = _unique_target(folder, event_path, _slug(reason))
        write_snapshot(event_path, target)
    except (OSError, sqlite3.Error) as exc:
        action = f"write a backup of {event_path.name} (before {reason})"
        message = storage_error_message(
            exc, folder, action, consequence="The event file itself is unchanged."
        )
        raise EventFileError(message or f"Could not {action} in {folder}: {exc}.") from exc
    prune_backups(event_path, keep if keep is not None else load_settings().backups_to_keep)
    _log.info("Backed up %s before %s to %s", event_path, reason, target)
    return target


def _backup_files(event_path: Path) -> list[tuple[dt.datetime, str, Path]]:
    folder = backups_dir(event_path)
    if not folder.is_dir():
        return []
    pattern = _name_pattern(event_path)
    found = []
    for path in folder.iterdir():
        match = pattern.match(path.name)
        if not match:
            continue
        stamp, millis, reason = match.groups()
        try:
            created = dt.datetime.strptime(stamp, _STAMP_FORMAT).replace(
                microsecond=int(millis) * 1000
            )
        except ValueError:
            continue
        found.append((created, reason, path))
    found.sort(key=lambda item: (item[0], item[2].name))
    return found


def _stale_partials(event_path: Path) -> list[Path]:
    # Left by a backup whose process was killed; an hour is far longer than any backup takes,
    # so a partial file that old is not another station's backup in progress.
    folder = backups_dir(event_path)
    if not folder.is_dir():
        return []
    cutoff = time.time() - STALE_PARTIAL_SECONDS
    stale = []
    for path in folder.glob(f".{glob.escape(event_path.stem)}.*.partial"):
        try:
            if path.stat().st_mtime < cutoff:
                stale.append(path)
        except FileNotFoundError:
            continue
    return stale


def prune_backups(event_path: Path, keep: int) -> list[Path]:
    """Delete all but the newest ``keep`` backups of the event (and backups left half-made
    by a crash); return what was deleted."""
    files = _backup_files(event_path)
    doomed = [path for _created, _reason, path in files[: max(0, len(files) - max(1, keep))]]
    doomed += _stale_partials(event_path)
    _delete(doomed)
    return doomed


def delete_all_backups(location: EventLocation) -> list[Path]:
    """Delete every backup of the event, half-made ones of any age included (anonymising:
    they hold the personal data it removed); return the complete backups deleted."""
    event_path = event_file_of(location)
    if event_path is None:
        return []
    complete = [path for _created, _reason, path in _backup_files(event_path)]
    partials = []
    folder = backups_dir(event_path)
    if folder.is_dir():
        partials = list(folder.glob(f".{glob.escape(event_path.stem)}.*.partial"))
    _delete(complete + partials)
    return complete


def _delete(paths: list[Path]) -> None:
    for path in paths:
        for companion in with_companions(path):
            companion.unlink(missing_ok=True)


def _read_summary(path: Path) -> tuple[str | None, int | None, int | None]:
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    except sqlite3.Error:
        return None, None, None
    try:
        row = connection.execute("SELECT name FROM event").fetchone()
        attendees = connection.execute("SELECT count(*) FROM attendees").fetchone()[0]
        meetings = connection.execute("SELECT count(*) FROM meetings").fetchone()[0]
    except sqlite3.Error:
        return None, None, None
    finally:
        connection.close()
    return (row[0] if row else ""), attendees, meetings


def list_backups(location: EventLocation) -> list[BackupInfo]:
    """The event's backups, newest first, with what each holds."""
    event_path = event_file_of(location)
    if event_path is None:
        return []
    infos = []
    for created, reason, path in reversed(_backup_files(event_path)):
        try:
            size = path.stat().st_size
        except OSError:
            continue
        name, attendees, meetings = _read_summary(path)
        infos.append(BackupInfo(path, created, reason, size, name, attendees, meetings))
    return infos
