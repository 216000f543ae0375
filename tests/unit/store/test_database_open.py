"""Opening event files: bad input is refused clearly and nothing is half-written."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from brokerage_app.demo.generator import DemoOptions
from brokerage_app.errors import EventFileError
from brokerage_app.paths import migrations_dir
from brokerage_app.services.demo import create_demo_database
from brokerage_app.store import database as database_module
from brokerage_app.store.database import head_revision, open_database


def test_new_file_gets_safe_sqlite_settings(tmp_path: Path) -> None:
    database = open_database(tmp_path / "e.sqlite", create=True)
    with database.engine.connect() as connection:
        pragma = lambda name: connection.exec_driver_sql(f"PRAGMA {name}").scalar()  # noqa: E731
        assert pragma("foreign_keys") == 1
        assert pragma("journal_mode") == "wal"
        assert pragma("synchronous") == 2  # FULL
        assert pragma("busy_timeout") >= 5000
    database.dispose()


def test_missing_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(EventFileError, match=r"folder .* does not exist"):
        open_database(tmp_path / "nope" / "e.sqlite", create=True)
    assert not (tmp_path / "nope").exists()


def test_missing_file_without_create(tmp_path: Path) -> None:
    with pytest.raises(EventFileError, match="No event file"):
        open_database(tmp_path / "e.sqlite")


def test_text_file_is_not_an_event(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite"
    path.write_text("attendees,requests\n")
    with pytest.raises(EventFileError, match="not an event database"):
        open_database(path)
    assert path.read_text() == "attendees,requests\n"


def test_other_sqlite_database_is_not_an_event(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE contacts (name TEXT)")
    with pytest.raises(EventFileError, match=r"not an event database.*contacts"):
        open_database(path, create=True)


def test_corrupt_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "e.sqlite"
    create_demo_database(path, DemoOptions(attendees=20)).dispose()
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # wreck the schema page, keep the header
    path.write_bytes(bytes(data))
    with pytest.raises(EventFileError, match=r"Cannot open|not an event"):
        open_database(path)


def test_newer_schema_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "e.sqlite"
    create_demo_database(path, DemoOptions(attendees=20)).dispose()
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    before = path.read_bytes()
    with pytest.raises(EventFileError, match="newer version of brokerage-app"):
        open_database(path)
    assert path.read_bytes() == before


def _file_hashes(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


def _future_event(folder: Path) -> Path:
    path = folder / "e.sqlite"
    create_demo_database(path, DemoOptions(attendees=20)).dispose()
    connection = sqlite3.connect(path)
    with connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    connection.close()
    return path


def test_newer_delete_journal_file_is_refused_byte_identical(tmp_path: Path) -> None:
    # A file copied from a program that keeps the classic rollback journal (or a backup,
    # which is written with journal_mode=DELETE): refusing it must not switch it to WAL.
    path = _future_event(tmp_path)
    connection = sqlite3.connect(path)
    assert connection.execute("PRAGMA journal_mode = DELETE").fetchone() == ("delete",)
    connection.close()
    before = _file_hashes(tmp_path)
    with pytest.raises(EventFileError, match="newer version of brokerage-app"):
        open_database(path)
    assert _file_hashes(tmp_path) == before


def test_newer_wal_file_with_pending_changes_is_refused_byte_identical(tmp_path: Path) -> None:
    # A live WAL file copied with its -wal (changes not yet checkpointed): refusing it must
    # neither checkpoint the -wal into the file nor delete it.
    live = tmp_path / "live"
    live.mkdir()
    path = _future_event(live)
    holder = sqlite3.connect(path)
    try:
        holder.execute("PRAGMA wal_autocheckpoint = 0")
        holder.execute("UPDATE event SET name = 'Pending in the WAL'")
        holder.commit()
        copy = tmp_path / "copy"
        copy.mkdir()
        for name in ("e.sqlite", "e.sqlite-wal"):
            shutil.copyfile(live / name, copy / name)
    finally:
        holder.close()
    assert (copy / "e.sqlite-wal").stat().st_size > 0
    before = _file_hashes(copy)
    with pytest.raises(EventFileError, match="newer version of brokerage-app"):
        open_database(copy / "e.sqlite")
    assert _file_hashes(copy) == before


def test_foreign_delete_journal_database_is_refused_byte_identical(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE contacts (name TEXT)")
    before = _file_hashes(tmp_path)
    with pytest.raises(EventFileError, match=r"not an event database.*contacts"):
        open_database(path)
    assert _file_hashes(tmp_path) == before


def test_older_file_is_backed_up_and_upgraded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file at today's schema opened by a program one migration ahead: backup, upgrade."""
    path = tmp_path / "e.sqlite"
    create_demo_database(path, DemoOptions(attendees=20)).dispose()
    current = head_revision()
    newer_program = tmp_path / "migrations"
    shutil.copytree(migrations_dir(), newer_program, ignore=shutil.ignore_patterns("__pycache__"))
    (newer_program / "versions" / "9001_add_dietary_needs.py").write_text(
        "import sqlalchemy as sa\nfrom alembic import op\n\n"
        f'revision = "9001"\ndown_revision = "{current}"\nbranch_labels = None\ndepends_on = None\n\n'
        "def upgrade() -> None:\n"
        "    with op.batch_alter_table('attendees') as batch:\n"
        "        batch.add_column(sa.Column('dietary_needs', sa.String(100), nullable=True))\n\n"
        "def downgrade() -> None:\n    pass\n"
    )
    monkeypatch.setattr(database_module, "migrations_dir", lambda: newer_program)

    database = open_database(path)
    with database.engine.connect() as connection:
        assert (
            connection.execute(text("SELECT version_num FROM alembic_version")).scalar() == "9001"
        )
        columns = [row[1] for row in connection.exec_driver_sql("PRAGMA table_info(attendees)")]
        assert "dietary_needs" in columns
        assert connection.exec_driver_sql("SELECT count(*) FROM attendees").scalar() == 20
    database.dispose()
    backups = list((tmp_path / "backups").glob(f"e.*migration-from-{current}*.sqlite"))
    assert len(backups) == 1
    with sqlite3.connect(backups[0]) as connection:
        assert (
            connection.execute("SELECT version_num FROM alembic_version").fetchone()[0] == current
        )
        assert connection.execute("SELECT count(*) FROM attendees").fetchone()[0] == 20


def test_demo_over_existing_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "e.sqlite"
    create_demo_database(path, DemoOptions(attendees=20, seed=1)).dispose()
    before = path.read_bytes()
    with pytest.raises(EventFileError, match="already exists"):
        create_demo_database(path, DemoOptions(attendees=30, seed=2))
    assert path.read_bytes() == before
