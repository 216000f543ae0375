"""The names of the files an event keeps on disk beside its SQLite database.

Light on purpose (no SQLAlchemy): every command's output check uses it, the `solve` command
included, which opens no database and should not pay 43 MB of resident memory for SQLAlchemy
and Alembic.
"""

from __future__ import annotations

from pathlib import Path

BACKUP_FOLDER = "backups"
SQLITE_COMPANION_SUFFIXES = ("-wal", "-shm", "-journal")


def with_companions(path: Path) -> list[Path]:
    """The database file and the journal files SQLite may keep beside it."""
    return [path, *(Path(f"{path}{suffix}") for suffix in SQLITE_COMPANION_SUFFIXES)]
