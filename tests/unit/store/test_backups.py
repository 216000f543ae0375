"""Backups of the event file, restoring them, and storage failures told the organiser's way."""

from __future__ import annotations

import errno
import os
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import DBAPIError

from brokerage_app.cli import main
from brokerage_app.demo.generator import DemoOptions
from brokerage_app.errors import EventFileError, RefusedError
from brokerage_app.services import audit
from brokerage_app.services.backups import restore_backup
from brokerage_app.services.demo import create_demo_database
from brokerage_app.settings import UserSettings, save_settings
from brokerage_app.store import backups
from brokerage_app.store.backups import backup_event, backups_dir, list_backups, prune_backups
from brokerage_app.store.database import EventDatabase, open_database
from brokerage_app.store.errors import translate_storage_errors
from brokerage_app.store.models import Attendee, AuditEntry


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "template.sqlite"
    create_demo_database(path, DemoOptions(attendees=30, seed=3)).dispose()
    return path


@pytest.fixture
def event(demo_template: Path, tmp_path: Path) -> Iterator[EventDatabase]:
    path = tmp_path / "event.sqlite"
    path.write_bytes(demo_template.read_bytes())
    database = open_database(path)
    yield database
    database.dispose()


def attendee_count(database: EventDatabase) -> int:
    with database.session() as session:
        return session.scalar(select(func.count()).select_from(Attendee))


def delete_one_attendee(database: EventDatabase) -> None:
    with database.session() as session:
        session.delete(session.scalars(select(Attendee).order_by(Attendee.id.desc())).first())


def file_attendees(path: Path) -> int:
    with sqlite3.connect(path) as connection:
        return connection.execute("SELECT count(*) FROM attendees").fetchone()[0]


# --- backing up -----------------------------------------------------------------------------


def test_backup_is_a_complete_single_file_beside_the_event(event: EventDatabase) -> None:
    path = backup_event(event, "solve")

    assert path is not None and path.parent == event.file_path.parent / "backups"
    assert path.name.startswith("event.") and path.name.endswith(".solve.sqlite")
    assert file_attendees(path) == 30
    with sqlite3.connect(path) as connection:
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert not list(path.parent.glob("*.partial"))


def test_backup_holds_committed_changes_still_in_the_wal_and_nothing_uncommitted(
    event: EventDatabase,
) -> None:
    delete_one_attendee(event)  # committed, but the open pool keeps it in event.sqlite-wal
    assert Path(f"{event.file_path}-wal").stat().st_size > 0
    with event.session() as session:
        session.delete(session.scalars(select(Attendee)).first())
        session.flush()
        uncommitted_backup = backup_event(event.file_path, "import")
        session.rollback()

    assert file_attendees(uncommitted_backup) == 29


def test_only_the_newest_backups_are_kept(event: EventDatabase) -> None:
    made = [backup_event(event, f"step {i}", keep=3) for i in range(5)]

    listed = list_backups(event)
    assert [info.path for info in listed] == list(reversed(made[2:]))
    assert [info.reason for info in listed] == ["step-4", "step-3", "step-2"]
    assert all(info.readable and info.attendees == 30 for info in listed)


def test_number_kept_comes_from_the_user_settings(event: EventDatabase) -> None:
    save_settings(UserSettings(backups_to_keep=2))
    for reason in ("import", "solve", "publish", "migration"):
        backup_event(event, reason)

    assert [info.reason for info in list_backups(event)] == ["migration", "publish"]


def test_backups_of_other_events_in_the_same_folder_are_left_alone(
    event: EventDatabase, demo_template: Path
) -> None:
    other = event.file_path.with_name("event-2.sqlite")
    other.write_bytes(demo_template.read_bytes())
    theirs = backup_event(other, "solve")
    for _ in range(3):
        backup_event(event, "solve", keep=1)

    assert theirs.exists()
    assert len(list_backups(event)) == 1
    assert [info.path for info in list_backups(other)] == [theirs]
    assert prune_backups(event.file_path, 1) == []


def test_a_backup_left_half_made_by_a_crash_is_cleared_later(event: EventDatabase) -> None:
    folder = backups_dir(event.file_path)
    folder.mkdir()
    stale = folder / ".event.20270511-090000-000.solve.sqlite.partial"
    stale.write_bytes(b"SQLite format 3\x00 and then the battery died")
    an_hour_ago = time.time() - backups.STALE_PARTIAL_SECONDS - 60
    os.utime(stale, (an_hour_ago, an_hour_ago))
    in_progress = folder / ".event.20270511-100000-000.import.sqlite.partial"
    in_progress.write_bytes(b"SQLite format 3\x00")

    backup_event(event, "solve")

    assert not stale.exists() and in_progress.exists()
    assert [info.reason for info in list_backups(event)] == ["solve"]


def test_a_damaged_backup_is_listed_as_unreadable(event: EventDatabase) -> None:
    path = backup_event(event, "solve")
    path.write_bytes(b"not a database at all" * 100)

    (info,) = list_backups(event)
    assert not info.readable and info.attendees is None


def test_postgresql_events_are_not_backed_up_here() -> None:
    url = "postgresql://organiser@db.example/event"

    assert backup_event(url, "solve") is None
    assert list_backups(url) == []


def test_a_backup_that_cannot_be_written_is_an_event_file_error(
    event: EventDatabase, monkeypatch: pytest.MonkeyPatch
) -> None:
    def disk_full(_source: Path, _target: Path) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(backups, "copy_event_file", disk_full)

    with pytest.raises(EventFileError) as raised:
        backup_event(event, "solve")
    message = str(raised.value)
    assert "event.sqlite" in message and "disk is full" in message and "solve" in message
    assert list_backups(event) == []


# --- restoring ------------------------------------------------------------------------------


def test_restore_brings_back_the_backup_and_keeps_what_it_replaced(event: EventDatabase) -> None:
    before = backup_event(event, "import")
    delete_one_attendee(event)

    safety = restore_backup(event.file_path, before)

    # The still-open database sees the restored contents on its next unit of work.
    assert attendee_count(event) == 30
    assert safety is not None and file_attendees(safety) == 29
    assert "before-restore" in safety.name
    with sqlite3.connect(event.file_path) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_restore_of_a_file_that_was_deleted(event: EventDatabase) -> None:
    backup = backup_event(event, "solve")
    path = event.file_path
    event.dispose()
    for leftover in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        leftover.unlink(missing_ok=True)

    assert restore_backup(path, backup) is None
    reopened = open_database(path)
    assert attendee_count(reopened) == 30
    reopened.dispose()


@pytest.mark.parametrize(
    "content",
    [b"garbage" * 1000, b""],
    ids=["not-sqlite", "empty"],
)
def test_restore_refuses_what_is_not_a_sound_event_file(
    event: EventDatabase, tmp_path: Path, content: bytes
) -> None:
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(content)

    with pytest.raises(RefusedError, match=r"bad\.sqlite"):
        restore_backup(event.file_path, bad)
    assert attendee_count(event) == 30
    assert list_backups(event) == []


def test_restore_refuses_a_damaged_backup(event: EventDatabase) -> None:
    backup = backup_event(event, "solve")
    data = bytearray(backup.read_bytes())
    data[len(data) // 2 : len(data) // 2 + 4096] = b"\xff" * 4096  # smash a page mid-file
    backup.write_bytes(bytes(data))

    with pytest.raises(RefusedError, match=r"damaged|cannot be read"):
        restore_backup(event.file_path, backup)
    assert attendee_count(event) == 30


def test_restore_refuses_a_database_that_is_no_event(event: EventDatabase, tmp_path: Path) -> None:
    other = tmp_path / "contacts.sqlite"
    with sqlite3.connect(other) as connection:
        connection.execute("CREATE TABLE contacts (name TEXT)")
    connection.close()

    with pytest.raises(RefusedError, match="not an event database"):
        restore_backup(event.file_path, other)


def test_restore_refuses_the_event_file_itself(event: EventDatabase) -> None:
    with pytest.raises(RefusedError, match="event file itself"):
        restore_backup(event.file_path, event.file_path)


# --- storage failures -----------------------------------------------------------------------


def test_a_full_disk_names_the_file_and_loses_nothing_stored(event: EventDatabase) -> None:
    with event.session() as session:
        before = session.scalar(select(func.count()).select_from(AuditEntry))

    # EventDatabase.session() translates storage errors itself (with translate_storage_errors).
    with pytest.raises(EventFileError) as raised, event.session("save the import") as session:
        # A page limit at the current size: SQLite reports exactly what a full disk gives.
        pages = session.execute(text("PRAGMA page_count")).scalar()
        session.execute(text(f"PRAGMA max_page_count = {pages}"))
        for i in range(2000):
            audit.record(session, "import", "attendee", i, padding="x" * 2000)
        session.flush()

    message = str(raised.value)
    assert str(event.file_path) in message
    assert "save the import" in message and "disk is full" in message
    assert "Everything saved before this change is intact" in message
    with event.session() as session:
        session.execute(text("PRAGMA max_page_count = 1073741823"))
        assert session.scalar(select(func.count()).select_from(AuditEntry)) == before
        assert session.execute(text("PRAGMA integrity_check")).scalar() == "ok"


def test_a_read_only_database_names_the_file(event: EventDatabase) -> None:
    with event.engine.connect() as connection:
        # Set outside any transaction: the driver connection runs in autocommit mode.
        driver = connection.connection.driver_connection
        driver.execute("PRAGMA query_only = ON")
        try:
            with pytest.raises(EventFileError) as raised, translate_storage_errors(event):
                connection.exec_driver_sql("DELETE FROM attendees")
        finally:
            connection.rollback()
            driver.execute("PRAGMA query_only = OFF")

    assert "event.sqlite" in str(raised.value) and "cannot be written" in str(raised.value)
    assert attendee_count(event) == 30


def test_a_file_opened_read_only_names_the_file(event: EventDatabase) -> None:
    path = event.file_path
    connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        with (
            pytest.raises(EventFileError, match="cannot be written"),
            translate_storage_errors(path),
        ):
            connection.execute("DELETE FROM audit_log")
    finally:
        connection.close()


@pytest.mark.parametrize(
    ("error", "expected"),
    [
        (PermissionError(errno.EACCES, "Permission denied"), "cannot be written"),
        (OSError(errno.ENOSPC, "No space left on device"), "disk is full"),
        (OSError(errno.EROFS, "Read-only file system"), "cannot be written"),
        (sqlite3.OperationalError("database is locked"), "busy"),
        (sqlite3.OperationalError("disk I/O error"), "read/write error"),
        (sqlite3.DatabaseError("database disk image is malformed"), "damaged"),
    ],
)
def test_operating_system_and_sqlite_failures_are_explained(
    tmp_path: Path, error: Exception, expected: str
) -> None:
    path = tmp_path / "week.sqlite"
    with (
        pytest.raises(EventFileError) as raised,
        translate_storage_errors(path, "store the schedule"),
    ):
        raise error

    assert str(path) in str(raised.value) and expected in str(raised.value)
    assert raised.value.__cause__ is error


def test_postgresql_server_failures_are_explained() -> None:
    class DiskFull(Exception):
        sqlstate = "53100"

    wrapped = DBAPIError("INSERT ...", {}, DiskFull("could not extend file"))
    url = "postgresql://organiser:secret@db.example/fair"

    with pytest.raises(EventFileError) as raised, translate_storage_errors(url):
        raise wrapped

    assert "db.example/fair" in str(raised.value) and "disk is full" in str(raised.value)
    assert "secret" not in str(raised.value)


@pytest.mark.parametrize(
    "error",
    [
        ValueError("a bug"),
        sqlite3.IntegrityError("UNIQUE constraint failed"),
        OSError(errno.ENOENT, "x"),
    ],
)
def test_other_errors_pass_through_unchanged(tmp_path: Path, error: Exception) -> None:
    with pytest.raises(type(error)) as raised, translate_storage_errors(tmp_path / "e.sqlite"):
        raise error
    assert raised.value is error


# --- command line ---------------------------------------------------------------------------


def test_backup_command_backs_up_lists_and_restores(
    event: EventDatabase, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(event.file_path)

    assert main(["--db", db, "backup"]) == 0
    made = capsys.readouterr().out
    (backup,) = list(backups_dir(event.file_path).iterdir())
    assert backup.name in made

    delete_one_attendee(event)
    assert main(["--db", db, "backup", "--list"]) == 0
    listing = capsys.readouterr().out
    assert "manual" in listing and "30 attendees" in listing and backup.name in listing

    assert main(["--db", db, "backup", "--restore", backup.name]) == 0
    restored = capsys.readouterr().out
    assert "Restored" in restored and "before-restore" in restored
    assert attendee_count(event) == 30


def test_backup_command_explains_postgresql_and_bad_files(
    event: EventDatabase, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", "postgresql://u@db.example/fair", "backup"]) == 2
    assert "pg_dump" in capsys.readouterr().err

    assert main(["--db", str(event.file_path), "backup", "--restore", "nope.sqlite"]) == 2
    assert "nope.sqlite" in capsys.readouterr().err
    assert os.path.exists(event.file_path)
