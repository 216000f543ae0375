"""Create a demo event file: all or nothing, never over an existing event."""

from __future__ import annotations

import os
from pathlib import Path

from brokerage_app.demo.generator import DemoOptions, check_options, generate_demo_event
from brokerage_app.errors import EventFileError
from brokerage_app.store.database import EventDatabase, open_database, to_url


def create_demo_database(path_or_url: str | Path, options: DemoOptions) -> EventDatabase:
    """Write a demo event; an SQLite file appears only once it is complete."""
    check_options(options)
    url = to_url(path_or_url)
    if url.get_backend_name() != "sqlite":
        # The URL's own text, password included: str(url) would mask it as ***.
        database = open_database(url.render_as_string(hide_password=False), create=True)
        with database.session() as session:
            generate_demo_event(session, options)
        return database
    target = Path(str(url.database))
    if target.exists():
        raise EventFileError(f"{target} already exists; choose a new file name for the demo event.")
    if not target.parent.is_dir():
        raise EventFileError(f"Cannot create {target}: the folder {target.parent} does not exist.")
    partial = target.with_name(f".{target.name}.partial")
    for leftover in (partial, Path(f"{partial}-wal"), Path(f"{partial}-shm")):
        leftover.unlink(missing_ok=True)
    try:
        database = open_database(partial, create=True)
        with database.session() as session:
            generate_demo_event(session, options)
        # Closing the last connection folds the WAL into the file, so the rename moves
        # one complete file.
        database.dispose()
        os.replace(partial, target)
    finally:
        for leftover in (partial, Path(f"{partial}-wal"), Path(f"{partial}-shm")):
            leftover.unlink(missing_ok=True)
    return open_database(target)
