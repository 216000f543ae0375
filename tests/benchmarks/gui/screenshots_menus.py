"""Screenshots of the File and Schedule menus and the dialogs that stand for CLI commands.

    QT_QPA_PLATFORM=offscreen uv run python tests/benchmarks/gui/screenshots_menus.py [OUT_DIR]

A 120-attendee demo is solved for a few seconds first, so the meeting dialogs have meetings.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QPoint
from PySide6.QtWidgets import QMenu

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))

from brokerage_app.demo.generator import DemoOptions  # noqa: E402
from brokerage_app.services import listings  # noqa: E402
from brokerage_app.services.backups import backup_event, list_backups  # noqa: E402
from brokerage_app.services.demo import create_demo_database  # noqa: E402
from brokerage_app.services.schedule import run_schedule  # noqa: E402
from brokerage_app.ui.context import AppContext  # noqa: E402
from brokerage_app.ui.dialogs import data  # noqa: E402
from brokerage_app.ui.dialogs.messages import Messages  # noqa: E402
from brokerage_app.ui.main_window import MainWindow  # noqa: E402
from tests.benchmarks.gui.screenshots import settle, start, wait  # noqa: E402


def shot(widget, path: Path) -> None:  # type: ignore[no-untyped-def]
    widget.show()
    for _ in range(20):
        QCoreApplication.processEvents()
    widget.grab().save(str(path))


def main(out: Path) -> None:
    _app, home = start(out)  # the application must live as long as main
    Messages.inform = classmethod(lambda cls, *a, **k: None)  # type: ignore[method-assign]
    errors: list[BaseException] = []
    Messages.show_error = classmethod(lambda cls, _parent, error: errors.append(error))  # type: ignore[method-assign]
    event = home / "fair.sqlite"
    database = create_demo_database(event, DemoOptions(attendees=120, seed=5))
    run_schedule(database, time_limit=5)
    backup_event(database, "manual")
    database.dispose()

    window = MainWindow(AppContext())
    window.resize(1400, 900)
    window.show()
    window.app_actions.open_location(str(event))
    wait(lambda: window.context.is_open)
    settle(window)
    for title in ("&File", "&Schedule"):
        menu = next(a.menu() for a in window.menuBar().actions() if a.text() == window.tr(title))
        assert isinstance(menu, QMenu)
        menu.popup(QPoint(0, 0))
        shot(menu, out / f"menu-{title.strip('&').lower()}.png")
        menu.hide()

    people = window.context.read(listings.attendee_rows)
    folder = event.parent
    shot(data.ExportDialog(data.ExportKind.ATTENDEES, folder, window), out / "export.png")
    shot(
        data.BackupsDialog(
            folder / "backups", list_backups(event), lambda: None, lambda _p: None, window
        ),
        out / "backups.png",
    )
    shot(data.CopyEventDialog(folder / "fair-copy.sqlite", window), out / "copy-event.png")
    person = data.PersonExportDialog(people, folder, window)
    person.person.setCurrentIndex(3)
    shot(person, out / "person-export.png")
    actions = window.app_actions.data
    from sqlalchemy import func, select

    from brokerage_app.services.meetings_on_the_day import get_meeting_state
    from brokerage_app.store.models import Meeting

    meeting = window.context.read(lambda s: s.scalar(select(func.min(Meeting.id))))
    outcome = data.MeetingOutcomeDialog(
        lambda n: window.context.read(lambda s: get_meeting_state(s, n)),
        meeting,
        lambda _a, _b: None,
        window,
    )
    outcome.feedback.setCurrentIndex(4)
    outcome.agreement.setChecked(True)
    shot(outcome, out / "meeting-outcome.png")
    walk_in = data.WalkInDialog(people, actions.find_walk_in, actions.book_walk_in, window)
    walk_in.person_a.setCurrentIndex(0)
    for second in range(1, len(people)):  # a pair without a meeting together
        walk_in.person_b.setCurrentIndex(second)
        walk_in.find_places()
        if walk_in.places.count():
            break
    shot(walk_in, out / "walk-in.png")
    window.context.close_event()


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots")
