"""docs/screenshots/ of the schedule grid for a big event: 60 tables, 400 delegates.

    QT_QPA_PLATFORM=offscreen uv run python tests/benchmarks/gui/screenshots_grid.py [OUT_DIR]

The 400-attendee demo (60 tables in two halls, 2 days) is solved for 20 s with 2 workers,
then the grid is captured at 100 % (``schedule-grid-normal.png``), in compact mode fitted to
all tables with a search (``schedule-grid-compact.png``), the overview enlarged
(``schedule-overview.png``), a refused drag with its reason (``schedule-drag-reason.png``)
and "Place by hand…" (``place-by-hand.png``). It prints how many tables x slots each shows.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))

from brokerage_app.demo.generator import DemoOptions  # noqa: E402
from brokerage_app.services.demo import create_demo_database  # noqa: E402
from brokerage_app.services.schedule import run_schedule  # noqa: E402
from brokerage_app.ui.context import AppContext  # noqa: E402
from brokerage_app.ui.dialogs.messages import Messages  # noqa: E402
from brokerage_app.ui.main_window import MainWindow  # noqa: E402
from tests.benchmarks.gui.screenshots import settle, start, wait  # noqa: E402


def shown(page) -> str:  # type: ignore[no-untyped-def]
    (first_row, last_row), (first_column, last_column) = page.visible_cells()
    return f"{last_column - first_column + 1} tables x {last_row - first_row + 1} slots"


def main(out: Path) -> None:
    _app, home = start(out)  # the application must live as long as main
    Messages.inform = classmethod(lambda cls, *a, **k: None)  # type: ignore[method-assign]
    path = home / "Health Brokerage Days 2027.sqlite"
    database = create_demo_database(path, DemoOptions(attendees=400))
    run_schedule(database, time_limit=20, workers=2)
    database.dispose()

    window = MainWindow(AppContext())
    window.resize(1400, 900)
    window.show()
    window.app_actions.open_location(str(path))
    wait(lambda: window.context.is_open)
    settle(window)
    page = window.page("schedule")
    window.show_page("schedule")
    settle(window)
    print(f"{len(page.model.tables)} tables, {page.model.rowCount()} slots on day 1")
    print("100 %:", shown(page))
    window.grab().save(str(out / "schedule-grid-normal.png"))

    page.set_compact(True)
    page.zoom.setCurrentIndex(page.zoom.count() - 1)  # fit all tables
    settle(window)
    print("compact, fit all tables:", shown(page))
    page.find_box.setText("Table 12")
    settle(window)
    window.grab().save(str(out / "schedule-grid-compact.png"))
    page.find_box.clear()

    # The overview alone, larger, with a person's meetings found (outlined in blue).
    busiest = max(
        {m.attendee_a for m in page._data.grid.meetings},
        key=lambda a: sum(1 for m in page._data.grid.meetings if a in (m.attendee_a, m.attendee_b)),
    )
    name = next(m.name_a for m in page._data.grid.meetings if m.attendee_a == busiest)
    page.zoom.setCurrentIndex(4)  # 100 %
    page.set_compact(False)
    settle(window)
    page.find_box.setText(name)
    settle(window)
    window.grab().save(str(out / "schedule-find.png"))
    page.overview.resize(600, page.overview.heightForWidth(600))
    page.overview.grab().save(str(out / "schedule-overview.png"))
    page.find_box.clear()
    settle(window)

    # A refused drag: the reason on its own line under the grid, wrapped, not clipped.
    meeting = page.model.meeting_at(page.model.index(2, 3)) or page._data.grid.meetings[0]
    page.show_targets(meeting.meeting_id)
    refused = next(
        (
            page.model.index(r, c)
            for r in range(page.model.rowCount())
            for c in range(page.model.columnCount())
            if (reason := page.model.target_reason(page.model.index(r, c)))
            and "already meets" in reason
        ),
        None,
    )
    if refused is not None:
        page.drag_hint.setText(page.model.target_reason(refused) or "")
    settle(window)
    window.grab().save(str(out / "schedule-drag-reason.png"))
    page.model.set_targets(None)

    page.tabs.setCurrentIndex(1)
    settle(window)
    if page.unscheduled_model.all_rows():
        page.unscheduled_view.selectRow(0)
        dialog = page.place_by_hand()
        if dialog is not None:
            settle(window)
            dialog.grab().save(str(out / "place-by-hand.png"))
            dialog.reject()
    window.context.close_event()
    window.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots")
