"""The walk of issue 15 in the real window: solve, change an arrival, red cells with the
reason, publish refused, the fewest-moves re-solve, publish with a backup."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from sqlalchemy import select

from brokerage_app.services import people
from brokerage_app.services.backups import backups_dir
from brokerage_app.services.schedule import placed_meetings
from brokerage_app.store.models import Event, Meeting, Slot
from brokerage_app.ui.commands import EditAttendeeCommand
from brokerage_app.ui.main_window import MainWindow
from brokerage_app.ui.models.schedule import CONFLICT
from tests.gui.conftest import DialogLog, wait_idle


def _red_cells(schedule) -> dict[int, str]:  # type: ignore[no-untyped-def]
    model = schedule.model
    found = {}
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            index = model.index(row, column)
            meeting = model.meeting_at(index)
            brush = model.data(index, Qt.ItemDataRole.BackgroundRole)
            if meeting is not None and brush.color() == CONFLICT:
                found[meeting.meeting_id] = model.data(index, Qt.ItemDataRole.ToolTipRole)
    return found


def test_arrival_change_shows_red_cells_blocks_publish_until_resolved(
    qtbot, opened: MainWindow, dialogs: DialogLog, demo_file: Path
) -> None:
    window, context = opened, opened.context
    schedule = window.show_page("schedule")
    wait_idle(qtbot, window)
    schedule.time_limit.setValue(5)
    schedule.solve()
    qtbot.waitUntil(lambda: schedule.solving is None, timeout=60_000)
    wait_idle(qtbot, window)
    assert dialogs.errors == []
    assert not schedule.conflict_banner.isVisible() and not _red_cells(schedule)
    assert "last solve:" in schedule.status.text()

    # The delegate with the most day-1 meetings now arrives on day 2.
    with context.database.session() as session:
        starts = dict(session.execute(select(Slot.id, Slot.starts_at)).all())
        first_day = min(starts.values()).date()
        by_person: dict[int, set[int]] = {}
        for m in session.scalars(select(Meeting)):
            if starts[m.slot_id].date() == first_day:
                for person in (m.request.requester_id, m.request.requested_id):
                    by_person.setdefault(person, set()).add(m.id)
        person = max(by_person, key=lambda p: len(by_person[p]))
        expected = by_person[person]
        attendee = people.get_attendee(session, person)
        name = attendee.full_name
        data = people.attendee_input(attendee)
        own = attendee.own_table.id if attendee.own_table else None
        before = {m.meeting_id: (m.slot_id, m.table_id) for m in placed_meetings(session)}
    data.arrival = dt.datetime.combine(first_day + dt.timedelta(days=1), dt.time(8))
    EditAttendeeCommand(context, person, (data, own), name).execute()
    # The check ran in the edit's own transaction and the window says so at once.
    assert f"{len(expected)} placed meetings no longer fit" in window.statusBar().currentMessage()
    wait_idle(qtbot, window)

    # Red cells, each with the reason; the banner counts them; the claims are withdrawn.
    window.show_page("schedule")
    schedule.day.setCurrentIndex(0)  # all days
    red = _red_cells(schedule)
    assert set(red) == expected
    assert all(f"{name} arrives only" in tip for tip in red.values())
    assert schedule.conflict_banner.isVisible()
    assert f"{len(expected)} placed meetings no longer fit" in schedule.conflict_text.text()
    assert "Changed since the last solve" in schedule.outcome.text()
    assert "last solve:" not in schedule.status.text()
    dashboard = window.show_page("dashboard")
    wait_idle(qtbot, window)
    assert f"{len(expected)} placed meetings no longer fit" in dashboard.next_step.text()

    # Publish is refused with the list; the offered re-solve moves as few meetings as possible.
    backups = backups_dir(demo_file)

    def publish_backups() -> set[Path]:
        return {p for p in backups.glob("*.publish.*")} if backups.exists() else set()

    window.show_page("schedule")
    dialogs.answer = True
    assert schedule.publish() is False
    assert any("no longer fit" in text and name in text for text in dialogs.asked)
    assert publish_backups() == set()
    with context.database.session() as session:
        assert session.get(Event, 1).schedule_published_at is None
    qtbot.waitUntil(lambda: schedule.solving is None, timeout=60_000)
    wait_idle(qtbot, window)
    assert dialogs.errors == []
    assert not _red_cells(schedule) and not schedule.conflict_banner.isVisible()
    with context.database.session() as session:
        after = {m.meeting_id: (m.slot_id, m.table_id) for m in placed_meetings(session)}
    moved = {m for m in before if after.get(m) != before[m]}
    assert moved and moved <= expected

    # Now it publishes, through the CLI's service, and a new backup is written first.
    assert schedule.publish() is True
    wait_idle(qtbot, window)
    assert len(publish_backups()) == 1
    with context.database.session() as session:
        assert session.get(Event, 1).schedule_published_at is not None
