"""Opening the desktop window from the command line."""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys

from brokerage_app.cli import EXIT_ERROR
from brokerage_app.cli.common import DB_ENVIRONMENT_VARIABLE
from brokerage_app.demo.generator import DemoOptions
from brokerage_app.paths import events_dir
from brokerage_app.services.demo import create_demo_database
from brokerage_app.settings import load_settings, save_settings
from brokerage_app.ui.platform_check import platform_problem


def fresh_demo_location() -> str:
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    return str(events_dir() / f"demo-{stamp}.sqlite")


def remember_language(choice: str | None) -> None:
    """Save ``--language`` as the user's setting, which the window reads when it starts."""
    if choice is None:
        return
    settings = load_settings()
    settings.language = "" if choice == "system" else choice
    save_settings(settings)


def launch_gui(args: argparse.Namespace) -> int:
    # Before anything is written: a window that cannot open must leave no demo file behind.
    problem = platform_problem()
    if problem is not None:
        print(problem.message(), file=sys.stderr)
        return EXIT_ERROR
    remember_language(getattr(args, "language", None))
    location = args.db or os.environ.get(DB_ENVIRONMENT_VARIABLE)
    if args.demo:
        location = fresh_demo_location()
        create_demo_database(location, DemoOptions(attendees=400)).dispose()
    # Imported late: the command line must work without loading Qt.
    from brokerage_app.ui.app import run_gui

    return run_gui(location)
