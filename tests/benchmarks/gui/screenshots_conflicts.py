"""docs/screenshots/schedule-conflicts.png, dashboard-conflicts.png and event-settings.png.

    QT_QPA_PLATFORM=offscreen uv run python tests/benchmarks/gui/screenshots_conflicts.py [OUT]

A 120-attendee demo is solved (10 s); the busiest delegate's arrival then moves to day 2,
so their day-1 meetings turn red; the Event settings dialog is shown on the same event.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))

from sqlalchemy import select  # noqa: E402

from brokerage_app.demo.generator import DemoOptions  # noqa: E402
from brokerage_app.services import people  # noqa: E402
from brokerage_app.services.demo import create_demo_database  # noqa: E402
from brokerage_app.services.event_settings import event_settings  # noqa: E402
from brokerage_app.services.listings import edit_choices  # noqa: E402
from brokerage_app.services.schedule import run_schedule  # noqa: E402
from brokerage_app.store.models import Meeting, Slot  # noqa: E402
from brokerage_app.ui.context import AppContext  # noqa: E402
from brokerage_app.ui.dialogs.event_settings import EventSettingsDialog  # noqa: E402
from brokerage_app.ui.dialogs.messages import Messages  # noqa: E402
from brokerage_app.ui.main_window import MainWindow  # noqa: E402
from tests.benchmarks.gui.screenshots import settle, start, wait  # noqa: E402


def main(out: Path) -> None:
    _app, home = start(out)  # the application must live as long as main
    Messages.ask = classmethod(lambda cls, *a, **k: True)  # type: ignore[method-assign]
    path = home / "demo.sqlite"
    database = create_demo_database(path, DemoOptions(attendees=120, seed=5))
    run_schedule(database, time_limit=10, workers=2)
    with database.session() as session:
        starts = dict(session.execute(select(Slot.id, Slot.starts_at)).all())
        first_day = min(starts.values()).date()
        count: dict[int, int] = {}
        for m in session.scalars(select(Meeting)):
            if starts[m.slot_id].date() == first_day:
                for p in (m.request.requester_id, m.request.requested_id):
                    count[p] = count.get(p, 0) + 1
        person = max(count, key=count.__getitem__)
        data = people.attendee_input(people.get_attendee(session, person))
        data.arrival = dt.datetime.combine(first_day + dt.timedelta(days=1), dt.time(8))
        people.update_attendee(session, person, data)
    database.dispose()

    context = AppContext()
    window = MainWindow(context)
    window.resize(1400, 900)
    window.show()
    window.app_actions.open_location(str(path))
    wait(lambda: context.is_open)
    settle(window)
    window.show_page("dashboard")
    settle(window)
    window.grab().save(str(out / "dashboard-conflicts.png"))
    window.show_page("schedule")
    settle(window)
    window.grab().save(str(out / "schedule-conflicts.png"))

    settings, attendees = context.read(lambda s: (event_settings(s), edit_choices(s).attendees))
    dialog = EventSettingsDialog(settings, attendees, window)
    dialog.sessions.item(0, 2).setText("12:30")
    dialog.show()
    settle(window)
    dialog.grab().save(str(out / "event-settings.png"))
    dialog.close()
    context.close_event()


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots")
