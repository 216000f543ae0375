"""Regenerate docs/screenshots/: every page of the window on the 400-attendee demo, offscreen.

    QT_QPA_PLATFORM=offscreen uv run python tests/benchmarks/gui/screenshots.py [OUT_DIR]

The script solves the demo (20 s), publishes, checks a few people in and makes a preview,
so every page shows real content; the start page and one empty state are captured too.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))

from brokerage_app.demo.generator import DemoOptions  # noqa: E402
from brokerage_app.services.demo import create_demo_database  # noqa: E402
from brokerage_app.ui.context import AppContext  # noqa: E402
from brokerage_app.ui.dialogs.messages import Messages  # noqa: E402
from brokerage_app.ui.dialogs.new_event import NewEventWizard  # noqa: E402
from brokerage_app.ui.main_window import MainWindow  # noqa: E402


def wait(condition, timeout: float = 120.0) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the window did not get there in time")
        QCoreApplication.processEvents()
        time.sleep(0.01)


def settle(window: MainWindow) -> None:
    wait(lambda: window.context.tasks.active == 0)
    for _ in range(20):
        QCoreApplication.processEvents()


def start(out: Path) -> tuple[QApplication, Path]:
    """The application for a screenshot script, in a throwaway user folder; returns it and
    the folder (so that no real settings, recent files or events are touched)."""
    out.mkdir(parents=True, exist_ok=True)
    home = Path(tempfile.mkdtemp(prefix="brokerage-shots-"))
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
        os.environ[name] = str(home / name.lower())
    app = QApplication.instance() or QApplication(sys.argv)
    app.setOrganizationName("brokerage-app-screenshots")
    return app, home


def main(out: Path) -> None:
    _app, home = start(out)  # the application must live as long as main
    Messages.ask = classmethod(lambda cls, *a, **k: True)  # type: ignore[method-assign]
    Messages.inform = classmethod(lambda cls, *a, **k: None)  # type: ignore[method-assign]

    context = AppContext()
    window = MainWindow(context)
    window.resize(1400, 900)
    window.show()
    settle(window)
    window.grab().save(str(out / "start-empty.png"))

    wizard = NewEventWizard(window)
    wizard.event_page.name.setText("Nordic Health Brokerage 2027")
    wizard.event_page.venue.setText("Malmö Live Congress Centre")
    wizard.show()
    settle(window)
    wizard.grab().save(str(out / "new-event-wizard-1.png"))
    wizard.next()
    settle(window)
    wizard.grab().save(str(out / "new-event-wizard-2.png"))
    wizard.next()
    settle(window)
    wizard.grab().save(str(out / "new-event-wizard-3.png"))
    empty_path = home / "empty.sqlite"
    window.app_actions.create_new_event(wizard.event_spec(), empty_path)
    wizard.close()
    wait(lambda: context.is_open)
    settle(window)
    for key in ("attendees", "requests", "schedule"):
        window.show_page(key)
        settle(window)
        window.grab().save(str(out / f"empty-{key}.png"))
    context.close_event()
    settle(window)

    path = home / "Health Brokerage Days 2027.sqlite"
    database = create_demo_database(path, DemoOptions(attendees=400))
    context.adopt(database, str(path))
    settle(window)

    schedule = window.page("schedule")
    window.show_page("schedule")
    settle(window)
    schedule.time_limit.setValue(20)
    schedule.solve()
    wait(lambda: schedule.solving is not None and schedule.task_panel.bar.maximum() > 0, 60)
    QCoreApplication.processEvents()
    window.grab().save(str(out / "schedule-solving.png"))
    wait(lambda: schedule.solving is None, 120)
    settle(window)
    schedule.publish()
    settle(window)

    checkin = window.page("checkin")
    for attendee_id in range(5, 60):
        checkin.check_in_attendee(attendee_id)
    settle(window)
    checkin.scan_code("not-a-badge")
    settle(window)
    checkin.check_in_attendee(7)
    settle(window)

    for key in ("dashboard", "attendees", "requests", "schedule", "checkin"):
        window.show_page(key)
        settle(window)
        if key == "checkin":
            # The run's "today" is no event day: show the first day's lists.
            checkin.day.setCurrentIndex(1)
            settle(window)
        if key == "schedule":
            schedule.person.setCurrentIndex(5)
            settle(window)
        window.grab().save(str(out / f"{key}.png"))
    window.show_page("schedule")
    first = schedule.model.meeting_at(schedule.model.index(1, 2)) or next(
        iter(schedule._data.grid.meetings)
    )
    schedule.show_targets(first.meeting_id)
    schedule.drag_hint.setText("Drop to move the meeting here.")
    settle(window)
    window.grab().save(str(out / "schedule-dragging.png"))
    schedule.model.set_targets(None)
    schedule.drag_hint.clear()
    requests = window.page("requests")
    window.show_page("requests")
    requests.tabs.setCurrentIndex(1)
    requests.people.setCurrentRow(3)
    settle(window)
    window.grab().save(str(out / "requests-by-attendee.png"))
    requests.tabs.setCurrentIndex(2)
    settle(window)
    window.grab().save(str(out / "requests-warnings.png"))
    requests.tabs.setCurrentIndex(0)

    printing = window.page("print")
    window.show_page("print")
    settle(window)
    printing.preview()
    settle(window)
    window.grab().save(str(out / "print-badges.png"))
    printing.select_document("agendas")
    printing.preview()
    settle(window)
    window.grab().save(str(out / "print-agendas.png"))

    context.close_event()
    settle(window)
    window.grab().save(str(out / "start.png"))
    window.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots")
