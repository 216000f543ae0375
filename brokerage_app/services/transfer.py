"""Copy a whole event from one database to another (an SQLite file to PostgreSQL and back).

Organisers plan on one laptop in an event file and move the event to PostgreSQL for the days
when several check-in stations share it; afterwards they bring it back to a file to archive.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, insert, select

from brokerage_app.domain.tasks import NO_TASK, Task
from brokerage_app.errors import EventFileError
from brokerage_app.services.backups import write_snapshot
from brokerage_app.services.events import get_event
from brokerage_app.services.outputs import OutputKind, check_output
from brokerage_app.store.database import EventDatabase, open_database, to_url
from brokerage_app.store.models import Base
from brokerage_app.store.sequences import reset_sequences

_CHUNK = 2_000


def save_copy(source: EventDatabase, target: str | Path) -> Path:
    """Write the open SQLite event as one self-contained new file (File > Save a copy…).

    Through SQLite's backup API, so it is consistent while the event is in use; the copy has
    no ``-wal`` companion and replaces nothing: the target must be a new file.
    """
    path = source.file_path
    if path is None:
        raise EventFileError(
            f"{source} is on a database server; copy it into a new file with copy-event."
        )
    target = check_output(Path(target), OutputKind.SQLITE, protect=source, force=True)
    if target.exists():
        raise EventFileError(f"{target} already exists; save the copy as a new file.")
    if not target.parent.is_dir():
        raise EventFileError(f"Cannot save a copy in {target.parent}: the folder does not exist.")
    write_snapshot(path, target)
    return target


_CANCELLED = "The copy was cancelled; nothing was copied."


def copy_event(
    source: EventDatabase,
    target_location: str | Path,
    *,
    task: Task = NO_TASK,
) -> EventDatabase:
    """Copy every row into an empty target in one transaction; the target must hold no event.

    Cancelling rolls the copy back (``Cancelled``); the target keeps its empty tables.
    """
    task.check(_CANCELLED)
    url = to_url(target_location)
    if url.get_backend_name() == "sqlite":
        check_output(Path(str(url.database)), OutputKind.SQLITE, protect=source, force=True)
        if Path(str(url.database)).exists():
            raise EventFileError(f"{url.database} already exists; copy into a new file.")
    with source.session() as session:
        get_event(session)
    if url.get_backend_name() == "sqlite" and source.is_sqlite:
        # File to file is a snapshot, the same as File > Save a copy….
        return open_database(save_copy(source, Path(str(url.database))))
    # The URL's own text, password included: str(url) would mask it as ***.
    target = open_database(url.render_as_string(hide_password=False), create=True)
    tables = Base.metadata.sorted_tables
    with source.engine.connect() as reader:
        total = sum(reader.scalar(select(func.count()).select_from(t)) or 0 for t in tables)
        done = 0
        with target.session("copy the event") as writer:
            if writer.scalar(select(func.count()).select_from(Base.metadata.tables["event"])):
                raise EventFileError(f"{target} already holds an event; copy into an empty one.")
            for table in tables:
                rows = reader.execute(select(table)).mappings()
                while chunk := [dict(row) for row in rows.fetchmany(_CHUNK)]:
                    writer.execute(insert(table), chunk)
                    done += len(chunk)
                    task.check(_CANCELLED)
                    task.steps(done, total)
            reset_sequences(
                writer,
                [m.class_ for m in Base.registry.mappers if "id" in m.class_.__table__.c],
            )
    return target
