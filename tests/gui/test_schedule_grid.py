"""The schedule grid for a big event (issue 16): 400 delegates, 60 tables, two halls.

Zoom and compact mode, the overview to jump from, find, room and day filters, the drag
reason where it is readable, the legend of every style, and "Place by hand…".
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDragMoveEvent
from PySide6.QtWidgets import QDialogButtonBox

from brokerage_app.demo.generator import DemoOptions
from brokerage_app.services import schedule as schedule_service
from brokerage_app.services.checkin import fold
from brokerage_app.services.demo import create_demo_database
from brokerage_app.ui.main_window import MainWindow
from brokerage_app.ui.models.schedule import (
    CONFLICT,
    LOCKED,
    MEETING,
    MEETING_MIME,
    MOVED,
    OWN_BOOTH_FREE,
    STYLES,
    TARGET_BAD,
    TARGET_OK,
)
from brokerage_app.ui.pages.schedule import SchedulePage
from tests.gui.conftest import wait_idle


@pytest.fixture(scope="module")
def big_event(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The 400-delegate demo (60 tables in two halls, two days), solved for 3 s."""
    path = tmp_path_factory.mktemp("big") / "big.sqlite"
    database = create_demo_database(path, DemoOptions(attendees=400, seed=2))
    schedule_service.run_schedule(database, time_limit=3, workers=2)
    database.dispose()
    return path


@pytest.fixture
def page(qtbot, window: MainWindow, big_event: Path, tmp_path: Path) -> Iterator[SchedulePage]:  # type: ignore[no-untyped-def]
    event = tmp_path / "event.sqlite"
    shutil.copy(big_event, event)
    window.resize(1400, 900)
    window.app_actions.open_location(str(event))
    qtbot.waitUntil(lambda: window.context.is_open, timeout=90_000)
    schedule = window.page("schedule")
    window.show_page("schedule")
    wait_idle(qtbot, window)
    assert schedule._data is not None
    yield schedule


def _shown(page: SchedulePage) -> tuple[int, int]:
    """(tables, slots) the grid shows now."""
    (first_row, last_row), (first_column, last_column) = page.visible_cells()
    return last_column - first_column + 1, last_row - first_row + 1


def test_compact_mode_and_zoom_show_all_60_tables(qtbot, page: SchedulePage) -> None:  # type: ignore[no-untyped-def]
    assert page.model.columnCount() == 60
    tables, _slots = _shown(page)
    assert tables <= 6  # 100 %: about five tables, as the issue found
    page.set_compact(True)
    qtbot.waitUntil(lambda: _shown(page)[0] > tables)
    compact_tables, _ = _shown(page)
    # Compact cells are a line of surnames.
    meeting = next(iter(page._data.grid.meetings))
    index = page.model.index_of_meeting(meeting.meeting_id)
    if index.isValid():
        assert "\n" not in page.model.data(index)
    page.zoom_by(-2)
    qtbot.waitUntil(lambda: _shown(page)[0] > compact_tables)
    page.zoom.setCurrentIndex(page.zoom.findData(0.0))  # fit all tables
    qtbot.waitUntil(lambda: _shown(page) == (60, page.model.rowCount()))
    page.zoom.setCurrentIndex(page.zoom.findData(1.0))
    page.set_compact(False)
    qtbot.waitUntil(lambda: _shown(page)[0] == tables)


def test_overview_click_scrolls_the_grid_there(qtbot, page: SchedulePage) -> None:  # type: ignore[no-untyped-def]
    overview = page.overview
    assert overview.isVisible() and overview.height() > 10
    # Its height follows the grid: empty first (before a solve), then the day's slots.
    page.model.set_grid([], [], [])
    assert overview.height() <= 2
    page._show_grid()
    assert overview.height() == overview.heightForWidth(overview.width()) > 10
    target = (page.model.rowCount() - 2, 50)
    cell = overview.cell_size()
    point = QPoint(int(1 + (target[1] + 0.5) * cell), int(1 + (target[0] + 0.5) * cell))
    assert overview.cell_at(point) == target
    (rows, columns) = page.visible_cells()
    assert not columns[0] <= 50 <= columns[1]
    qtbot.mouseClick(overview, Qt.MouseButton.LeftButton, pos=point)
    (rows, columns) = page.visible_cells()
    assert rows[0] <= target[0] <= rows[1] and columns[0] <= target[1] <= columns[1]
    assert page.view.currentIndex().row() == target[0]
    assert overview._visible.contains(target[1], target[0])


def test_find_a_person_on_another_day_ignoring_accents(qtbot, page: SchedulePage) -> None:  # type: ignore[no-untyped-def]
    grid = page._data.grid
    day_of = {slot.id: slot.starts_at.date() for slot in grid.slots}
    days = sorted(set(day_of.values()))
    shown_day = page.day.currentData()
    assert shown_day == days[0]
    # Someone with an accent in the name who meets only on the second day.
    meetings_of: dict[int, list] = {}
    for m in grid.meetings:
        meetings_of.setdefault(m.attendee_a, []).append(m)
        meetings_of.setdefault(m.attendee_b, []).append(m)
    owners = {t.owner_id for t in grid.tables}
    person, name = next(
        (a, m.name_a if m.attendee_a == a else m.name_b)
        for a, ms in meetings_of.items()
        for m in ms[:1]
        if a not in owners
        and all(day_of[x.slot_id] == days[1] for x in ms)
        and fold(m.name_a if m.attendee_a == a else m.name_b)
        != (m.name_a if m.attendee_a == a else m.name_b).casefold()
    )
    page.find_box.setText(fold(name))  # typed without accents
    expected = {(m.slot_id, m.table_id) for m in meetings_of[person]}
    assert set(page._hits) >= expected
    assert page.day.currentData() == days[1]  # the day filter followed the first match
    current = page.view.currentIndex()
    assert page.model.place(current) in expected
    assert page.model.data(current, Qt.ItemDataRole.UserRole + 11) is True  # outlined
    assert page.found_label.text().startswith("1 of ")
    page.find_box.returnPressed.emit()
    assert page.found_label.text().startswith("2 of ") or len(page._hits) == 1

    page.find_box.setText("12")  # a table by its number: every slot of it, both days
    table = next(t for t in grid.tables if t.number == 12)
    assert set(page._hits) == {(s.id, table.id) for s in grid.slots}
    page.find_box.setText("nobody-by-this-name")
    assert page.found_label.text() == "No match" and not page._hits


def test_room_and_day_filters(page: SchedulePage) -> None:
    grid = page._data.grid
    rooms = sorted({t.room for t in grid.tables})
    assert len(rooms) == 2 and page.room.count() == 3  # All rooms, Hall A, Hall B
    page.room.setCurrentIndex(page.room.findData(rooms[1]))
    assert page.model.tables and all(t.room == rooms[1] for t in page.model.tables)
    assert len(page.model.tables) == sum(1 for t in grid.tables if t.room == rooms[1])
    day = page.day.itemData(2)
    page.day.setCurrentIndex(2)
    assert page.model.slots and all(s.starts_at.date() == day for s in page.model.slots)
    page.room.setCurrentIndex(0)
    assert page.model.columnCount() == 60


def test_drag_reason_is_shown_whole_not_clipped(
    qtbot, window: MainWindow, page: SchedulePage
) -> None:  # type: ignore[no-untyped-def]
    """The reason a drop is refused was squeezed into the legend row and clipped."""
    window.resize(1000, 700)
    meeting = next(iter(page._data.grid.meetings))
    source = page.model.index_of_meeting(meeting.meeting_id)
    if not source.isValid():
        page.day.setCurrentIndex(0)
        source = page.model.index_of_meeting(meeting.meeting_id)
    page.show_targets(meeting.meeting_id)
    refused = next(
        page.model.index(r, c)
        for r in range(page.model.rowCount())
        for c in range(min(page.model.columnCount(), 4))
        if len(page.model.target_reason(page.model.index(r, c)) or "") > 40
    )
    page.view.scrollTo(refused)
    reason = page.model.target_reason(refused)
    mime = QMimeData()
    mime.setData(MEETING_MIME, str(meeting.meeting_id).encode())
    event = QDragMoveEvent(
        QPointF(page.view.visualRect(refused).center()),  # the QPoint overload is deprecated
        Qt.DropAction.MoveAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    page.view.dragMoveEvent(event)
    hint = page.drag_hint
    assert hint.text() == reason
    qtbot.waitUntil(lambda: hint.isVisible())
    if hint.wordWrap():
        assert hint.heightForWidth(hint.width()) <= hint.height()
    else:
        assert hint.fontMetrics().horizontalAdvance(reason) <= hint.contentsRect().width()
    page.model.set_targets(None)


def test_legend_explains_every_style_the_grid_paints(page: SchedulePage) -> None:
    legend = page.legend
    assert legend.isVisible()
    assert legend.meanings == [style.meaning for style in STYLES]
    explained = {style.colour.name() for style in STYLES if style.colour is not None}
    for colour in (MEETING, LOCKED, MOVED, CONFLICT, OWN_BOOTH_FREE, TARGET_OK, TARGET_BAD):
        assert colour.name() in explained
    assert any(style.bold for style in STYLES)  # bold = high priority
    assert any(style.outline for style in STYLES)  # found
    # Every background the grid paints on this event is in the legend.
    model = page.model
    painted = {
        model.cell_colour(r, c).name()
        for r in range(model.rowCount())
        for c in range(model.columnCount())
    }
    assert painted <= explained
    bold = [
        model.index(r, c)
        for r in range(model.rowCount())
        for c in range(model.columnCount())
        if model.data(model.index(r, c), Qt.ItemDataRole.FontRole) is not None
    ]
    assert bold and all(model.meeting_at(i).priority == 3 for i in bold)


def test_place_by_hand_offers_the_cells_where_it_fits_in_one_undoable_step(
    qtbot, window: MainWindow, page: SchedulePage
) -> None:  # type: ignore[no-untyped-def]
    rows = page.unscheduled_model.all_rows()
    assert rows
    targets: dict = {}
    for row in rows:  # a request that fits somewhere
        targets = window.context.read(
            lambda s, r=row: schedule_service.place_targets(s, r.request_id)
        )
        if "" in targets.values():
            break
    fits = {place for place, reason in targets.items() if reason == ""}
    assert fits
    page.tabs.setCurrentIndex(1)
    dialog = page.place_by_hand(row.request_id)
    assert dialog is not None
    enabled = [
        dialog.slots.item(i).data(Qt.ItemDataRole.UserRole)
        for i in range(dialog.slots.count())
        if dialog.slots.item(i).flags() & Qt.ItemFlag.ItemIsEnabled
    ]
    assert set(enabled) == {slot for slot, _table in fits}
    slot_id, table_id = sorted(fits)[-1]
    dialog.choose(slot_id, table_id)
    offered = {dialog.table.itemData(i) for i in range(dialog.table.count())}
    assert offered == {t for s, t in fits if s == slot_id}
    before = len(rows)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    wait_idle(qtbot, window)
    meeting = next(m for m in page._data.grid.meetings if m.request_id == row.request_id)
    assert (meeting.slot_id, meeting.table_id) == (slot_id, table_id) and meeting.locked
    assert len(page.unscheduled_model.all_rows()) == before - 1
    stack = window.context.undo_stack
    assert stack.undoText().startswith("Place ")
    stack.undo()
    wait_idle(qtbot, window)
    again = next(r for r in page.unscheduled_model.all_rows() if r.request_id == row.request_id)
    assert again.reason == row.reason  # the reason it had, not "taken out by the organiser"
    assert all(m.request_id != row.request_id for m in page._data.grid.meetings)
    stack.redo()
    wait_idle(qtbot, window)
    assert any(m.request_id == row.request_id for m in page._data.grid.meetings)


def test_place_by_hand_refused_cell_is_not_offered(page: SchedulePage, window: MainWindow) -> None:
    row = page.unscheduled_model.all_rows()[0]
    targets = window.context.read(lambda s: schedule_service.place_targets(s, row.request_id))
    refused = [place for place, reason in targets.items() if reason]
    assert refused
    dialog = page.place_by_hand(row.request_id)
    assert dialog is not None
    dialog.choose(*refused[0])
    assert dialog.table.findData(refused[0][1]) == -1 or dialog.place() != refused[0]
    dialog.reject()


def test_agenda_choice_lists_people_in_collation_order(page: SchedulePage) -> None:
    from brokerage_app.ui.models.table import locale_collator

    names = [page.person.itemText(i) for i in range(1, page.person.count())]
    key = locale_collator().sortKey
    assert names == sorted(names, key=key)
    assert len(names) == len(page._data.attendees) > 300
