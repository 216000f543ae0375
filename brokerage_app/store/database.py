"""Opening, creating and upgrading an event database; one Session per unit of work.

The embedded default is an SQLite file tuned for safety (WAL, ``synchronous=FULL``, foreign
keys on, a busy timeout so several processes can share it). The same code runs on PostgreSQL
when several check-in stations share one event.
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, create_engine, event, inspect
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DatabaseError, DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from brokerage_app.errors import EventFileError, EventFileMissingError
from brokerage_app.paths import migrations_dir

SQLITE_BUSY_TIMEOUT_MS = 15_000
_SQLITE_MAGIC = b"SQLite format 3\x00"


def to_url(path_or_url: str | Path) -> URL:
    """Accept a file path or a SQLAlchemy URL; a bare path means an SQLite event file."""
    text = str(path_or_url)
    if "://" in text:
        try:
            url = make_url(text)
        except ArgumentError as exc:
            raise EventFileError(f"Not a database URL: {text!r} ({exc})") from exc
        if url.drivername in ("postgresql", "postgres"):
            url = url.set(drivername="postgresql+psycopg")
        return url
    return URL.create("sqlite+pysqlite", database=str(Path(text).expanduser().absolute()))


def describe(url: URL) -> str:
    """A human name for the database, without any password."""
    if url.get_backend_name() == "sqlite":
        return str(url.database)
    return url.render_as_string(hide_password=True)


def _alembic_config(url: URL) -> Config:
    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    config.attributes["url"] = url
    return config


def head_revision() -> str:
    script = ScriptDirectory.from_config(_alembic_config(URL.create("sqlite")))
    head = script.get_current_head()
    assert head is not None, "the migrations folder has no revisions"
    return head


def _install_sqlite_pragmas(engine: Engine, *, read_only: bool = False) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        # Let SQLAlchemy's "begin" event issue BEGIN itself (see below).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = FULL")
        # Checkpoint after every commit, so that the .sqlite file alone holds each finished
        # unit of work: organisers copy it by hand while the window is open.
        cursor.execute("PRAGMA wal_autocheckpoint = 1")
        if read_only:
            # Any write fails with SQLITE_READONLY; EventDatabase.session says why.
            cursor.execute("PRAGMA query_only = ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Connection) -> None:
        # IMMEDIATE takes the write lock up front, so two processes writing at once wait
        # for each other (busy timeout) instead of failing when a reader upgrades to writer.
        # A read-only connection never writes, so it must not hold up those who do.
        connection.exec_driver_sql("BEGIN" if read_only else "BEGIN IMMEDIATE")


def create_db_engine(url: URL, *, read_only: bool = False) -> Engine:
    if url.get_backend_name() == "sqlite":
        engine = create_engine(
            url, connect_args={"check_same_thread": False, "timeout": SQLITE_BUSY_TIMEOUT_MS / 1000}
        )
        _install_sqlite_pragmas(engine, read_only=read_only)
        return engine
    return create_engine(url, pool_pre_ping=True)


def _check_sqlite_file(path: Path, *, create: bool) -> bool:
    """Return whether the file exists; refuse clearly what cannot be an event file."""
    if path.is_dir():
        raise EventFileError(f"{path} is a folder, not an event file.")
    if not path.exists():
        if not create:
            raise EventFileMissingError(path)
        if not path.parent.is_dir():
            raise EventFileError(f"Cannot create {path}: the folder {path.parent} does not exist.")
        return False
    try:
        with path.open("rb") as handle:
            header = handle.read(len(_SQLITE_MAGIC))
    except OSError as exc:
        raise EventFileError(f"Cannot read {path}: {exc.strerror}.") from exc
    if header and header != _SQLITE_MAGIC:
        raise EventFileError(f"{path} is not an event database (it is not an SQLite file).")
    return bool(header)


class EventDatabase:
    """An open event database: the engine plus a factory of units of work."""

    def __init__(self, url: URL, engine: Engine, *, read_only_reason: str = "") -> None:
        self.url = url
        self.engine = engine
        # Why this program may only read the event (another window edits it); "" if it may write.
        self.read_only_reason = read_only_reason
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @property
    def read_only(self) -> bool:
        return bool(self.read_only_reason)

    @property
    def is_sqlite(self) -> bool:
        return self.url.get_backend_name() == "sqlite"

    @property
    def file_path(self) -> Path | None:
        return Path(self.url.database) if self.is_sqlite and self.url.database else None

    def __str__(self) -> str:
        return describe(self.url)

    @contextmanager
    def session(self, action: str = "save the changes") -> Iterator[Session]:
        """One unit of work: committed when the block ends, rolled back on any error.

        A full disk, a read-only file or a lost server becomes an EventFileError that names
        the event and says that nothing of this unit of work was stored.
        """
        # Imported here because store.errors names databases with this module's helpers.
        from brokerage_app.store.errors import translate_storage_errors

        with (
            translate_storage_errors(self, action),
            self._read_only_guard(action),
            self._sessions() as session,
            session.begin(),
        ):
            yield session

    @contextmanager
    def _read_only_guard(self, action: str) -> Iterator[None]:
        """A write refused by ``query_only`` says why this program may only read."""
        try:
            yield
        except DBAPIError as exc:
            code = getattr(exc.orig, "sqlite_errorname", "")
            if self.read_only and code.startswith("SQLITE_READONLY"):
                raise EventFileError(
                    f"Could not {action}: {self} is open read-only here, because "
                    f"{self.read_only_reason}. Nothing was changed."
                ) from exc
            raise

    def checkpoint(self) -> bool:
        """Move everything from ``-wal`` into the file and empty it; False if readers prevent it.

        PostgreSQL has nothing to do here.
        """
        if not self.is_sqlite:
            return True
        if self.read_only:
            return False
        try:
            connection = self.engine.raw_connection()
        except DBAPIError:  # the file vanished or cannot be opened: nothing to move
            return False
        try:
            busy, _log_frames, _moved = connection.execute(
                "PRAGMA wal_checkpoint(TRUNCATE)"
            ).fetchone()
        except sqlite3.Error:
            return False
        finally:
            connection.close()
        return bool(busy == 0)

    def dispose(self) -> None:
        """Close the database; an SQLite file is checkpointed first, so it stands alone."""
        self.checkpoint()
        self.engine.dispose()


def _current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def _backup_before_upgrade(path: Path, revision: str) -> None:
    # Imported here: store.backups opens event files through this module.
    from brokerage_app.store.backups import backup_event

    backup_event(path, f"migration from {revision}")


def open_database(
    path_or_url: str | Path, *, create: bool = False, read_only_reason: str = ""
) -> EventDatabase:
    """Open an event database, creating it (``create=True``) or upgrading it as needed.

    A file written by a newer version of the program is refused rather than touched. With
    ``read_only_reason`` an SQLite file is opened for reading only (never upgraded), and
    every attempt to change it says that reason.
    """
    url = to_url(path_or_url)
    existed = True
    if url.get_backend_name() == "sqlite":
        path = Path(str(url.database))
        existed = _check_sqlite_file(path, create=create)
        if existed:
            _refuse_foreign_sqlite_file(path)
    read_only = bool(read_only_reason) and url.get_backend_name() == "sqlite"
    engine = create_db_engine(url, read_only=read_only)
    try:
        database = _open_engine(
            url, engine, existed=existed, create=create and not read_only, read_only=read_only
        )
        if read_only:
            database.read_only_reason = read_only_reason
    except EventFileError:
        engine.dispose()
        raise
    except (DatabaseError, OperationalError) as exc:
        engine.dispose()
        # Imported here because store.errors names databases with this module's helpers.
        from brokerage_app.store.errors import storage_problem

        reason = storage_problem(exc, url) or (
            str(exc.orig) if getattr(exc, "orig", None) else str(exc)
        )
        raise EventFileError(f"Cannot open {describe(url)}: {reason}") from exc
    return database


def _known_revisions(url: URL) -> set[str]:
    return {
        rev.revision for rev in ScriptDirectory.from_config(_alembic_config(url)).walk_revisions()
    }


def _refuse_unknown_schema(name: str, tables: set[str], current: str | None, url: URL) -> None:
    """Refuse a database that is not an event, or an event from a newer program."""
    if current is None and tables:
        raise EventFileError(
            f"{name} is a database but not an event database "
            f"(it has tables {', '.join(sorted(tables)[:5])} and no schema version)."
        )
    if current is not None and current not in _known_revisions(url):
        raise EventFileError(
            f"{name} was written by a newer version of brokerage-app "
            f"(schema {current}); update the program to open it."
        )


def _refuse_foreign_sqlite_file(path: Path) -> None:
    """Read the schema version through a read-only connection, before any pragma writes.

    The engine's connections switch the file to WAL (which rewrites its header) and
    checkpoint a pending ``-wal`` when they close; a file this program must refuse is
    refused here, so it stays byte-identical. A file that cannot be read this way (a hot
    journal needing recovery, say) is left to the normal open, which reports it.
    """
    wal, shm = Path(f"{path}-wal"), Path(f"{path}-shm")
    if wal.exists() and not shm.exists():
        # Even a read-only connection creates the -shm index beside a -wal: read a copy.
        with tempfile.TemporaryDirectory(prefix="brokerage-peek-") as folder:
            copy = Path(folder) / path.name
            shutil.copyfile(path, copy)
            shutil.copyfile(wal, f"{copy}-wal")
            schema = _read_schema(copy)
    else:
        schema = _read_schema(path)
    if schema is not None:
        _refuse_unknown_schema(str(path), *schema, URL.create("sqlite"))


def _read_schema(path: Path) -> tuple[set[str], str | None] | None:
    """The tables and Alembic revision of an SQLite file, read-only; None if unreadable."""
    try:
        connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return None
    try:
        connection.execute("PRAGMA query_only = ON")
        tables = {
            row[0]
            for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        }
        current = None
        if "alembic_version" in tables:
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            current = row[0] if row else None
    except sqlite3.Error:
        return None
    finally:
        connection.close()
    return tables, current


def _open_engine(
    url: URL, engine: Engine, *, existed: bool, create: bool, read_only: bool = False
) -> EventDatabase:
    head = head_revision()
    current = _current_revision(engine)
    tables = set(inspect(engine).get_table_names()) if current is None else set()
    _refuse_unknown_schema(describe(url), tables, current, url)
    if current is None:
        if not create:
            raise EventFileError(f"{describe(url)} holds no event yet.")
        command.upgrade(_alembic_config(url), "head")
        return EventDatabase(url, engine)
    if current != head:
        if read_only:
            raise EventFileError(
                f"{describe(url)} needs an upgrade to schema {head}, which a read-only window "
                "cannot do; close the other window and open the event again."
            )
        if existed and url.get_backend_name() == "sqlite":
            _backup_before_upgrade(Path(str(url.database)), current)
        command.upgrade(_alembic_config(url), "head")
    return EventDatabase(url, engine)


def copy_event_file(source: Path, target: Path) -> None:
    """Copy a live SQLite event file consistently (used by backups and 'save as')."""
    if target.exists():
        target.unlink()
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)
    shutil.copymode(source, target)
