"""What every command needs: which event database to open, and printing conventions."""

from __future__ import annotations

import argparse
import os
from typing import TYPE_CHECKING

from brokerage_app.errors import EventFileError
from brokerage_app.settings import load_settings

if TYPE_CHECKING:
    from brokerage_app.store.database import EventDatabase

DB_ENVIRONMENT_VARIABLE = "BROKERAGE_APP_DB"


def event_location(args: argparse.Namespace) -> str:
    """--db, else $BROKERAGE_APP_DB, else the last event opened."""
    location = args.db or os.environ.get(DB_ENVIRONMENT_VARIABLE) or load_settings().last_event
    if not location:
        raise EventFileError(
            "No event database given: use --db PATH_OR_URL (or create one with "
            "'brokerage-app demo-data --db FILE')."
        )
    return location


def add_force_argument(parser: argparse.ArgumentParser) -> None:
    """``--force``: replace an existing output file that is not a document of this kind."""
    parser.add_argument(
        "--force",
        action="store_true",
        help="replace an existing output file even if it is not of this kind (never the "
        "event file or its backups)",
    )


def open_event(args: argparse.Namespace) -> EventDatabase:
    # Imported here: SQLAlchemy costs seconds, and parsing (or --help) must not pay for it.
    from brokerage_app.store.database import open_database

    return open_database(event_location(args))
