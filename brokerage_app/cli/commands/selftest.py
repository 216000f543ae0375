"""``brokerage-app selftest``: prove an installation works, end to end, in a few seconds.

Run after installing (and by ``packaging/build_linux.sh`` on every bundle): it creates a
small demo event in a temporary folder and goes through what a bundle most often breaks:
migrations read from files, the solver's native library, fonts and the PDF renderer, the QR
reader, a check-in, a backup, and with ``--gui`` the Qt platform plugins and the main window.
Nothing outside the temporary folder is changed (the recent-events list is put back).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from brokerage_app import __version__
from brokerage_app.cli.explain import solve_summary
from brokerage_app.cli.verdicts import verdict_line
from brokerage_app.paths import migrations_dir, resources_dir

if TYPE_CHECKING:
    from brokerage_app.store.database import EventDatabase

SELFTEST_ATTENDEES = 40
GUI_QUIT_AFTER_MS = 1500
EXIT_FAILED = 1


class _Checks:
    """Runs named steps, printing one line each; remembers whether any failed."""

    def __init__(self, verbose: bool) -> None:
        self.verbose = verbose
        self.failed: list[str] = []

    def run(self, name: str, step: Callable[[], str]) -> bool:
        started = time.perf_counter()
        try:
            detail = step()
        except Exception as exc:
            self.failed.append(name)
            print(f"FAIL {name}: {type(exc).__name__}: {exc}", flush=True)
            if self.verbose:
                traceback.print_exc()
            return False
        print(f"ok   {name}: {detail} ({time.perf_counter() - started:.1f} s)", flush=True)
        return True


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "selftest",
        help="check that this installation works (demo event, solve, badge, check-in)",
        description="Create a small demo event in a temporary folder and exercise the "
        "database, solver, badge printing, QR reading, check-in and backups; with --gui "
        "also open and close the main window (offscreen when there is no display) and load "
        "QtMultimedia (check-in sounds and camera). "
        "Exit status 0 when everything works.",
    )
    parser.add_argument("--gui", action="store_true", help="also open and close the main window")
    parser.add_argument("--verbose", action="store_true", help="print tracebacks of failures")
    parser.set_defaults(func=run)


def _check_installation() -> str:
    from brokerage_app.domain.locale_names import country_name, language_name

    migrations = sorted((migrations_dir() / "versions").glob("*.py"))
    if not migrations:
        raise FileNotFoundError(f"no database migrations in {migrations_dir()}")
    fonts = sorted((resources_dir() / "fonts").glob("*.ttf"))
    if not fonts:
        raise FileNotFoundError(f"no fonts in {resources_dir() / 'fonts'}")
    # Country and language names in Swedish come from Babel's CLDR data: a bundle that
    # dropped it would silently print and offer English names.
    if (country_name("SE", "sv"), language_name("el", "sv")) != ("Sverige", "grekiska"):
        raise LookupError("country and language names are not translated (Babel's data)")
    frozen = " (bundled)" if getattr(sys, "frozen", False) else ""
    return (
        f"brokerage-app {__version__}{frozen}, Python {sys.version.split()[0]}, "
        f"{len(migrations)} migration(s), {len(fonts)} font(s), "
        "translated country and language names"
    )


def _make_event(folder: Path) -> tuple[EventDatabase, str]:
    from brokerage_app.demo.generator import DemoOptions
    from brokerage_app.services.demo import create_demo_database
    from brokerage_app.services.events import event_counts

    database = create_demo_database(
        folder / "selftest.sqlite", DemoOptions(attendees=SELFTEST_ATTENDEES, seed=7)
    )
    with database.session() as session:
        counts = event_counts(session)
    return database, (
        f"{counts.attendees} attendees, {sum(counts.requests_by_status.values())} requests, "
        f"{counts.slots} slots"
    )


def _solve(database: EventDatabase) -> str:
    from brokerage_app.services.schedule import run_schedule

    outcome = run_schedule(database, time_limit=3.0, workers=1, actor="selftest")
    if outcome.placed == 0:
        raise AssertionError(f"the solver placed no meeting ({solve_summary(outcome)})")
    return f"placed {outcome.placed} of {outcome.total} meetings"


def _badge_and_checkin(database: EventDatabase, folder: Path) -> str:
    import pypdfium2
    from sqlalchemy import select

    from brokerage_app.checkin.decode import decode_codes
    from brokerage_app.services.checkin import scan
    from brokerage_app.services.printing import print_badges
    from brokerage_app.store.models import Attendee, EventDay

    with database.session() as session:
        first_ids = list(session.scalars(select(Attendee.id).order_by(Attendee.id).limit(2)))
        first_day = session.scalars(select(EventDay.date).order_by(EventDay.date)).first()
    result = print_badges(database, folder / "badges.pdf", attendee_ids=first_ids)
    document = pypdfium2.PdfDocument(str(result.path))
    try:
        image = document[0].render(scale=200 / 72).to_pil()
    finally:
        document.close()
    codes = decode_codes(image)
    if not codes:
        raise AssertionError("no QR code could be read back from the rendered badge page")
    now = dt.datetime.combine(first_day or dt.date.today(), dt.time(9, 0))
    verdict = scan(database, codes[0], station="selftest", now=now)
    if not verdict.ok:
        raise AssertionError(f"the badge was not accepted at check-in: {verdict_line(verdict)}")
    return (
        f"{result.pages} page(s) rendered, {len(codes)} QR code(s) read, {verdict.name} checked in"
    )


def _backup(database: EventDatabase) -> str:
    from brokerage_app.services.backups import backup_event, list_backups

    path = backup_event(database, "selftest", keep=2)
    backups = list_backups(database)
    if path is None or not backups or backups[0].path != path or not backups[0].readable:
        raise AssertionError("the backup was not written or cannot be read back")
    return f"{path.name}, {backups[0].attendees} attendees"


def _open_window(location: Path) -> str:
    if (
        not os.environ.get("DISPLAY")
        and not os.environ.get("WAYLAND_DISPLAY")
        and sys.platform.startswith("linux")
    ):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # Imported late: the command line must work without loading Qt.
    from brokerage_app.ui.selftest import show_and_close_main_window

    return show_and_close_main_window(location, GUI_QUIT_AFTER_MS)


def _multimedia() -> str:
    from brokerage_app.ui.selftest import multimedia_devices

    return multimedia_devices()


def run(args: argparse.Namespace) -> int:
    checks = _Checks(args.verbose)
    checks.run("installation", _check_installation)
    with tempfile.TemporaryDirectory(prefix="brokerage-selftest-") as folder_name:
        folder = Path(folder_name)
        made: list[tuple[EventDatabase, str]] = []
        if checks.run("demo event", lambda: _remember(made, _make_event(folder))):
            database = made[0][0]
            checks.run("solve", lambda: _solve(database))
            checks.run("badge, QR and check-in", lambda: _badge_and_checkin(database, folder))
            checks.run("backup", lambda: _backup(database))
            database.dispose()
            if args.gui:
                checks.run("main window", lambda: _open_window(folder / "selftest.sqlite"))
                checks.run("sound and camera", _multimedia)
    if checks.failed:
        print(f"Self-test FAILED: {', '.join(checks.failed)}.", flush=True)
        return EXIT_FAILED
    print("Self-test passed.", flush=True)
    return 0


def _remember(made: list[tuple[EventDatabase, str]], result: tuple[EventDatabase, str]) -> str:
    made.append(result)
    return result[1]
