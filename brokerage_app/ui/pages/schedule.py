"""The schedule: slots x tables grid, solve in the background, drag to move, lock, publish.

For big events (60 tables, 400 delegates) the grid has zoom levels and a compact mode, an
occupancy overview to jump from, "Find" for a person or table, and room and day filters.
A drag says why a cell is refused on a line of its own under the grid; the legend explains
every style of ``models.schedule.STYLES``. "Not placed" offers "Place by hand…".
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QDragMoveEvent, QDropEvent, QFont, QResizeEvent, QWheelEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from brokerage_app.domain.changes import Topic
from brokerage_app.domain.text import fold
from brokerage_app.scheduling.reasons import Reason
from brokerage_app.scheduling.solver import SolvePhase
from brokerage_app.services import listings, schedule, schedule_check
from brokerage_app.store.database import EventDatabase
from brokerage_app.store.models import MeetingStatus
from brokerage_app.ui import background, conflicts, formatting, labels
from brokerage_app.ui.commands import LockCommand, MoveMeetingCommand, PlaceRequestCommand
from brokerage_app.ui.context import AppContext
from brokerage_app.ui.dialogs.messages import Messages
from brokerage_app.ui.dialogs.place_by_hand import PlaceByHandDialog
from brokerage_app.ui.explain import reason_text, solve_summary
from brokerage_app.ui.models.schedule import ScheduleGridModel
from brokerage_app.ui.models.table import Column, FilterProxy, RowTableModel, collated
from brokerage_app.ui.pages.attendees import make_table
from brokerage_app.ui.pages.base import Page
from brokerage_app.ui.widgets.common import EmptyState, TaskPanel
from brokerage_app.ui.widgets.schedule_grid import GridDelegate, Legend, OccupancyOverview
from brokerage_app.ui.workers import TaskState, call_in_process


def _not_solved_yet() -> str:
    return QCoreApplication.translate("SchedulePage", "Not scheduled yet: run Solve.")


def _why(row: schedule.UnscheduledRow) -> str:
    if row.reason is None:
        return _not_solved_yet()
    return reason_text(row.reason, row.requester, row.requested)


UNSCHEDULED_COLUMNS: list[Column[schedule.UnscheduledRow]] = [
    Column("#", lambda r: r.request_id, align_right=True),
    Column("Requester", lambda r: r.requester),
    Column("Wants to meet", lambda r: r.requested),
    Column("Priority", lambda r: labels.priority(r.priority), sort=lambda r: r.priority),
    Column(
        "Why it is not placed",
        lambda r: _why(r),
        tooltip=lambda r: _why(r),
    ),
]


# Zoom levels of the grid (1 = columns 180 px wide, rows 42 px high; compact is narrower).
ZOOM_LEVELS = (0.25, 0.4, 0.6, 0.8, 1.0, 1.3, 1.6)
NORMAL_CELL = (180, 42)
COMPACT_CELL = (96, 22)


def search_key(text: str) -> str:
    """The one normalisation "Find" uses (case and accents ignored)."""
    return fold(text)


@dataclass(frozen=True)
class ScheduleData:
    grid: schedule.ScheduleGrid
    unscheduled: list[schedule.UnscheduledRow]
    attendees: tuple[tuple[int, str], ...]
    state: schedule_check.ScheduleState | None = None


def load_schedule(database: EventDatabase) -> ScheduleData:
    with database.session() as session:
        return ScheduleData(
            schedule.schedule_grid(session),
            schedule.unscheduled_requests(session),
            listings.edit_choices(session).attendees,
            schedule_check.schedule_state(session),
        )


def solve_task(
    database: EventDatabase,
    time_limit: float,
    actor: str,
    state: TaskState,
    keep_placed: bool = False,
) -> Any:
    """Solve and store in a child process, relaying the solver's progress records."""
    return call_in_process(
        background.solve,
        background.database_url(database),
        time_limit,
        actor,
        keep_placed,
        state=state,
    )


class ScheduleView(QTableView):
    """The grid view; a drag colours the cells the meeting may move to."""

    def __init__(self, page: SchedulePage) -> None:
        super().__init__()
        self._page = page
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(False)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setWordWrap(False)
        self.verticalHeader().setDefaultSectionSize(42)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.horizontalHeader().setDefaultSectionSize(180)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)

    def startDrag(self, supported: Qt.DropAction) -> None:
        meeting = self._page.model.meeting_at(self.currentIndex())
        if meeting is None:
            return
        self._page.show_targets(meeting.meeting_id)
        try:
            super().startDrag(supported)
        finally:
            self._page.model.set_targets(None)
            self._page._show_idle_hint()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        super().dragMoveEvent(event)
        index = self.indexAt(event.position().toPoint())
        reason = self._page.model.target_reason(index)
        if reason:
            self._page.drag_hint.setText(reason)
            event.ignore()
        elif reason == "":
            self._page.drag_hint.setText(self.tr("Drop to move the meeting here."))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._page.zoom.currentData() == 0.0:  # "Fit all tables" follows the width
            self._page.apply_zoom()
        self._page._frame_overview()

    def wheelEvent(self, event: QWheelEvent) -> None:
        """Ctrl + wheel zooms, as in a browser."""
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self._page.zoom_by(1 if event.angleDelta().y() > 0 else -1)
            event.accept()
            return
        super().wheelEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        index = self.indexAt(event.position().toPoint())
        if self._page.model.target_reason(index):
            event.ignore()
            return
        super().dropEvent(event)


class SchedulePage(Page):
    topics = frozenset({Topic.SCHEDULE, Topic.REQUESTS, Topic.ATTENDEES, Topic.EVENT})

    def __init__(self, context: AppContext) -> None:
        super().__init__(
            context,
            self.tr("Schedule"),
            self.tr("Drag a meeting to another cell; green cells are free for it."),
        )
        self.time_limit = QDoubleSpinBox()
        self.time_limit.setRange(2, 3600)
        self.time_limit.setDecimals(0)
        self.time_limit.setValue(30)
        self.time_limit.setSuffix(self.tr(" s"))
        self.time_limit.setToolTip(self.tr("Longest time the solver may take"))
        self.header.buttons.addWidget(QLabel(self.tr("Time limit")))
        self.header.buttons.addWidget(self.time_limit)
        self.solve_button = self.header.add_button(self.tr("Solve (F5)"), self.solve, primary=True)
        self.header.add_button(self.tr("Lock"), lambda: self.set_locked(True))
        self.header.add_button(self.tr("Unlock"), lambda: self.set_locked(False))
        self.header.add_button(self.tr("Unschedule"), self.unschedule)
        self.publish_button = self.header.add_button(self.tr("Publish…"), self.publish)

        self.task_panel = TaskPanel()
        self.task_panel.cancel_requested.connect(self.cancel_solve)
        self.outcome = QLabel()
        self.outcome.setObjectName("banner")
        self.outcome.setWordWrap(True)
        self.outcome.hide()
        self.conflict_text = QLabel()
        self.conflict_text.setWordWrap(True)
        self.conflict_text.setObjectName("warningText")
        self.resolve_button = QPushButton(self.tr("Re-solve, moving as few meetings as possible"))
        self.resolve_button.clicked.connect(lambda: self.solve(keep_placed=True))
        self.conflict_banner = QFrame()
        self.conflict_banner.setObjectName("warningBanner")
        banner_layout = QHBoxLayout(self.conflict_banner)
        banner_layout.addWidget(self.conflict_text, 1)
        banner_layout.addWidget(self.resolve_button)
        self.conflict_banner.hide()

        self.day = QComboBox()
        self.day.currentIndexChanged.connect(lambda _i: self._show_grid())
        self.room = QComboBox()
        self.room.currentIndexChanged.connect(lambda _i: self._show_grid())
        for combo in (self.day, self.room):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.find_box = QLineEdit()
        self.find_box.setPlaceholderText(self.tr("Find a person or table…"))
        self.find_box.setClearButtonEnabled(True)
        self.find_box.setToolTip(self.tr("Enter: next match"))
        self.find_box.textChanged.connect(lambda _t: self.find_text())
        self.find_box.returnPressed.connect(lambda: self.next_match())
        self.found_label = QLabel()
        self.found_label.setObjectName("muted")
        self.zoom = QComboBox()
        for level in ZOOM_LEVELS:
            self.zoom.addItem(f"{level:.0%}", level)
        self.zoom.addItem(self.tr("Fit all tables"), 0.0)
        self.zoom.setCurrentIndex(ZOOM_LEVELS.index(1.0))
        self.zoom.setToolTip(self.tr("Zoom (Ctrl + mouse wheel)"))
        self.zoom.currentIndexChanged.connect(lambda _i: self.apply_zoom())
        self.compact = QCheckBox(self.tr("Compact"))
        self.compact.setToolTip(self.tr("One line of surnames per cell, table numbers only"))
        self.compact.toggled.connect(self.set_compact)
        self.status = QLabel()
        self.status.setObjectName("muted")
        toolbar = QHBoxLayout()
        for label, widget in (
            (self.tr("Day"), self.day),
            (self.tr("Room"), self.room),
            (self.tr("Zoom"), self.zoom),
        ):
            toolbar.addWidget(QLabel(label))
            toolbar.addWidget(widget)
            toolbar.addSpacing(8)
        toolbar.addWidget(self.compact)
        toolbar.addSpacing(16)
        toolbar.addWidget(self.find_box, 1)
        toolbar.addWidget(self.found_label)
        self.legend = Legend()
        # Why a drop is refused, on a line of its own and wrapped: long reasons stay readable.
        self.drag_hint = QLabel()
        self.drag_hint.setObjectName("dragHint")
        self.drag_hint.setWordWrap(True)
        self.drag_hint.setMinimumHeight(2 * self.drag_hint.fontMetrics().lineSpacing() + 4)
        self.drag_hint.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)

        self.model = ScheduleGridModel(self)
        self.model.meeting_dropped.connect(self.move_meeting)
        self.view = ScheduleView(self)
        self.view.setModel(self.model)
        self.view.setItemDelegate(GridDelegate(self.view))
        self.view.clicked.connect(self._cell_clicked)
        self.overview = OccupancyOverview(self.model)
        self.overview.jump.connect(self.jump_to)
        for bar in (self.view.horizontalScrollBar(), self.view.verticalScrollBar()):
            bar.valueChanged.connect(lambda _v: self._frame_overview())
            bar.rangeChanged.connect(lambda _a, _b: self._frame_overview())
        self.model.modelReset.connect(self._frame_overview)

        self.person = QComboBox()
        self.person.setEditable(True)
        self.person.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.person.currentIndexChanged.connect(lambda _i: self._show_timeline())
        # A long "name (organisation)" shows from its start, not scrolled to its end.
        self.person.currentIndexChanged.connect(lambda _i: self._person_from_start())
        self.timeline = QListWidget()
        self.timeline.setAlternatingRowColors(True)
        self.timeline.setWordWrap(True)
        timeline_box = QWidget()
        timeline_layout = QVBoxLayout(timeline_box)
        timeline_layout.setContentsMargins(8, 0, 0, 0)
        overview_title = QLabel(self.tr("Overview (click to jump)"))
        overview_title.setObjectName("sectionTitle")
        timeline_layout.addWidget(overview_title)
        timeline_layout.addWidget(self.overview)
        title = QLabel(self.tr("Agenda of"))
        title.setObjectName("sectionTitle")
        timeline_layout.addWidget(title)
        timeline_layout.addWidget(self.person)
        timeline_layout.addWidget(self.timeline, 1)

        self.unscheduled_model: RowTableModel[Any] = RowTableModel(UNSCHEDULED_COLUMNS, self)
        self.unscheduled_proxy = FilterProxy(self)
        self.unscheduled_view = make_table(self.unscheduled_model, self.unscheduled_proxy)
        self.unscheduled_view.doubleClicked.connect(lambda _i: self.place_by_hand())
        self.place_button = QPushButton(self.tr("Place by hand…"))
        self.place_button.setToolTip(self.tr("Shows the cells where the chosen meeting fits"))
        self.place_button.clicked.connect(lambda: self.place_by_hand())
        unscheduled_tab = QWidget()
        unscheduled_layout = QVBoxLayout(unscheduled_tab)
        unscheduled_layout.setContentsMargins(0, 8, 0, 0)
        place_row = QHBoxLayout()
        place_row.addWidget(self.place_button)
        place_row.addWidget(
            QLabel(self.tr("Choose a request, then a free cell; the meeting is locked there."))
        )
        place_row.addStretch(1)
        unscheduled_layout.addLayout(place_row)
        unscheduled_layout.addWidget(self.unscheduled_view, 1)

        grid_split = QSplitter(Qt.Orientation.Horizontal)
        grid_split.addWidget(self.view)
        grid_split.addWidget(timeline_box)
        grid_split.setStretchFactor(0, 4)
        grid_split.setStretchFactor(1, 1)
        grid_split.setSizes([1000, 300])
        self.tabs = QTabWidget()
        grid_tab = QWidget()
        grid_layout = QVBoxLayout(grid_tab)
        grid_layout.setContentsMargins(0, 8, 0, 0)
        grid_layout.addLayout(toolbar)
        grid_layout.addWidget(self.legend)
        grid_layout.addWidget(grid_split, 1)
        grid_layout.addWidget(self.drag_hint)
        self.tabs.addTab(grid_tab, self.tr("Grid"))
        self.tabs.addTab(unscheduled_tab, self.tr("Not placed"))

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.task_panel)
        layout.addWidget(self.conflict_banner)
        layout.addWidget(self.outcome)
        layout.addWidget(self.tabs, 1)
        self.empty = EmptyState(
            self.tr("Nothing scheduled yet"),
            self.tr(
                "Accept meeting requests on the Requests page, then press Solve: the "
                "optimiser places as many meetings as possible, highest priority first, "
                "and keeps idle gaps short."
            ),
            [(self.tr("Solve now"), self.solve)],
        )
        self.stack.addWidget(content)
        self.stack.addWidget(self.empty)
        self._data: ScheduleData | None = None
        self._day_chosen = False
        self._people_listed: tuple[tuple[int, str], ...] = ()
        self._solve: TaskState | None = None
        self._hits: list[tuple[int, int]] = []  # (slot id, table id) that "Find" matched
        self._hit = -1
        self._base_font = QFont(self.view.font())
        self._show_idle_hint()
        self.apply_zoom()

    # Loading ------------------------------------------------------------------------------
    def load(self, database: EventDatabase) -> ScheduleData:
        return load_schedule(database)

    def apply(self, result: ScheduleData) -> None:
        self._data = result
        grid = result.grid
        days = sorted({s.starts_at.date() for s in grid.slots})
        current = self.day.currentData()
        self.day.blockSignals(True)
        self.day.clear()
        self.day.addItem(self.tr("All days"), None)
        for day in days:
            self.day.addItem(formatting.long_day(day), day)
        index = self.day.findData(current) if self._day_chosen else -1
        # Day one first: a whole multi-day grid is too long to take in at a glance.
        self.day.setCurrentIndex(index if index >= 0 else (1 if len(days) > 1 else 0))
        self._day_chosen = True
        self.day.blockSignals(False)
        rooms = collated({t.room for t in grid.tables if t.room}, lambda room: room)
        current_room = self.room.currentData()
        self.room.blockSignals(True)
        self.room.clear()
        self.room.addItem(self.tr("All rooms"), None)
        for room in rooms:
            self.room.addItem(room, room)
        self.room.setCurrentIndex(max(self.room.findData(current_room), 0))
        self.room.setEnabled(bool(rooms))
        self.room.blockSignals(False)
        self._show_state(result.state)
        self._show_grid()
        self.unscheduled_model.set_rows(result.unscheduled)
        if result.unscheduled and self.unscheduled_view.columnWidth(1) == 100:
            self.unscheduled_view.resizeColumnsToContents()
        self.tabs.setTabText(1, self.tr("Not placed ({n})").format(n=len(result.unscheduled)))
        live = [m for m in grid.meetings if m.status is not MeetingStatus.CANCELLED]
        published = (
            self.tr("published {at}").format(at=formatting.day_month_time(grid.published_at))
            if grid.published_at
            else self.tr("not published")
        )
        status = self.tr("{n} meetings · {locked} locked · {published}").format(
            n=len(live), locked=sum(1 for m in live if m.locked), published=published
        )
        claims = result.state.claims if result.state is not None else None
        if claims is not None:
            # What the last solve proved, while the schedule is still the one it stored.
            status += " · " + (
                self.tr("last solve: optimal")
                if claims.proven_optimal
                else self.tr("last solve: at most {n} more could fit").format(
                    n=claims.upper_bound - claims.placed
                )
                if claims.upper_bound > claims.placed
                else self.tr("last solve: every meeting that can fit is placed")
            )
        self.status.setText(status)
        self.header.subtitle.setText(
            self.tr(
                "{status}. Drag a meeting to another cell; green cells are free for it."
            ).format(status=self.status.text())
        )
        self._fill_people(result.attendees)
        has_anything = bool(grid.meetings or result.unscheduled)
        self.stack.setCurrentIndex(
            0 if has_anything or self._solve else self.stack.indexOf(self.empty)
        )

    def _show_state(self, state: schedule_check.ScheduleState | None) -> None:
        """Red cells and the banner for conflicts; the last solve's claims while they hold."""
        check = state.check if state is not None else None
        reasons = (
            {
                meeting_id: [conflicts.reason(c) for c in check.conflicts_of(meeting_id)]
                for meeting_id in check.meetings
            }
            if check is not None
            else {}
        )
        self.model.set_conflicts(reasons)
        if check is not None and not check.valid:
            lines = [conflicts.summary(check), *conflicts.meeting_lines(check, 5)]
            self.conflict_text.setText("\n".join(lines))
            self.conflict_banner.show()
        else:
            self.conflict_banner.hide()
        if state is not None and state.changed_since_solve:
            self.outcome.setText(conflicts.changed_since_solve())
            self.outcome.show()
        elif self.outcome.text() == conflicts.changed_since_solve():
            self.outcome.hide()  # an undo brought back the schedule the last solve stored

    def clear(self) -> None:
        self.model.set_grid([], [], [])
        self.model.set_conflicts({})
        self.conflict_banner.hide()
        self._day_chosen = False
        self.unscheduled_model.set_rows([])
        self.timeline.clear()
        self.outcome.hide()

    def _show_grid(self) -> None:
        if self._data is None:
            return
        grid = self._data.grid
        day = self.day.currentData()
        room = self.room.currentData()
        slots = [s for s in grid.slots if day is None or s.starts_at.date() == day]
        tables = [t for t in grid.tables if room is None or t.room == room]
        self.model.set_grid(slots, tables, list(grid.meetings))
        self.find_text(jump=False)
        if self.zoom.currentData() == 0.0:
            self.apply_zoom()

    def _fill_people(self, attendees: tuple[tuple[int, str], ...]) -> None:
        if attendees == self._people_listed:
            self._show_timeline()
            return
        self._people_listed = attendees
        current = self.person.currentData()
        self.person.blockSignals(True)
        self.person.clear()
        self.person.addItem(self.tr("Choose an attendee…"), None)
        for attendee_id, name in collated(attendees, lambda person: person[1]):
            self.person.addItem(name, attendee_id)
        index = self.person.findData(current)
        self.person.setCurrentIndex(max(index, 0))
        self.person.blockSignals(False)
        self._person_from_start()
        self._show_timeline()

    def _person_from_start(self) -> None:
        line = self.person.lineEdit()
        if line is not None:
            line.setCursorPosition(0)

    def _cell_clicked(self, index: QModelIndex) -> None:
        meeting = self.model.meeting_at(index)
        if meeting is not None:
            position = self.person.findData(meeting.attendee_a)
            if position >= 0:
                self.person.setCurrentIndex(position)

    def _show_timeline(self) -> None:
        self.timeline.clear()
        attendee_id = self.person.currentData()
        if attendee_id is None or self.context.database is None:
            return
        meetings = self.context.read(lambda s: schedule.attendee_timeline(s, attendee_id))
        if not meetings:
            QListWidgetItem(self.tr("No meetings scheduled."), self.timeline)
            return
        slots = {s.id: s for s in self._data.grid.slots} if self._data else {}
        tables = {t.id: t for t in self._data.grid.tables} if self._data else {}
        for meeting in meetings:
            slot = slots.get(meeting.slot_id)
            table = tables.get(meeting.table_id)
            other, org = (
                (meeting.name_b, meeting.organisation_b)
                if meeting.attendee_a == attendee_id
                else (meeting.name_a, meeting.organisation_a)
            )
            when = formatting.day_time(slot.starts_at) if slot else ""
            where = (table.label or self.tr("Table {n}").format(n=table.number)) if table else ""
            lock = self.tr(" · locked") if meeting.locked else ""
            item = QListWidgetItem(f"{when}  {where}{lock}\n{other} — {org}", self.timeline)
            item.setData(Qt.ItemDataRole.UserRole, meeting.meeting_id)

    # Big events: zoom, compact, overview, find ------------------------------------------
    def _show_idle_hint(self) -> None:
        self.drag_hint.setText(
            self.tr(
                "Drag a meeting to another cell: green cells are free for it, and the reason "
                "a cell is refused appears here. Click a meeting to see its agenda."
            )
        )

    def zoom_by(self, steps: int) -> None:
        level = self.zoom.currentData()
        current = ZOOM_LEVELS.index(level) if level in ZOOM_LEVELS else ZOOM_LEVELS.index(1.0)
        self.zoom.setCurrentIndex(max(0, min(len(ZOOM_LEVELS) - 1, current + steps)))

    def set_compact(self, compact: bool) -> None:
        if self.compact.isChecked() != compact:
            self.compact.setChecked(compact)  # comes back here through ``toggled``
            return
        self.model.set_compact(compact)
        self.apply_zoom()

    def apply_zoom(self) -> None:
        """Cell sizes and font for the zoom level; "Fit all tables" fits the width.

        Columns scale fully; rows and the font less, so slot times stay readable. Cells too
        narrow for a name show their colour only (the tooltip still names the meeting).
        """
        width, height = COMPACT_CELL if self.compact.isChecked() else NORMAL_CELL
        level = self.zoom.currentData() or 1.0
        fit = self.zoom.currentData() == 0.0
        if fit:
            columns = max(self.model.columnCount(), 1)
            room = self.view.viewport().width() or self.view.width()
            level = max(0.05, min(1.6, (room - 1) / (columns * width)))
        column_width = max(10, int(width * level))
        text_level = min(max(level, 0.75), 1.3)
        row_height = max(12, int(height * text_level))
        if fit and self.model.rowCount():
            # The slots of the day fill the height too (between 12 and 42 px a row).
            tall = (self.view.viewport().height() or self.view.height()) - 1
            row_height = max(12, min(NORMAL_CELL[1], tall // self.model.rowCount()))
        font = QFont(self._base_font)
        header_font = QFont(self._base_font)
        if font.pointSizeF() > 0:
            font.setPointSizeF(min(text_level, 1.0) * font.pointSizeF())
            if column_width < 32:
                header_font.setPointSizeF(max(6.0, 0.7 * header_font.pointSizeF()))
        self.view.setFont(font)
        for header in (self.view.horizontalHeader(), self.view.verticalHeader()):
            header.setFont(header_font)
        # Narrow columns: no padding, and a number on every fifth table only.
        self.view.horizontalHeader().setStyleSheet(
            "QHeaderView::section { padding: 0px; }" if column_width < 32 else ""
        )
        every = 1 if column_width >= 24 else 5
        if every != self.model.header_every:
            self.model.header_every = every
            self.model.headerDataChanged.emit(
                Qt.Orientation.Horizontal, 0, max(self.model.columnCount() - 1, 0)
            )
        self.view.horizontalHeader().setMinimumSectionSize(10)
        self.view.horizontalHeader().setDefaultSectionSize(column_width)
        self.view.verticalHeader().setMinimumSectionSize(8)
        self.view.verticalHeader().setDefaultSectionSize(row_height)
        self._frame_overview()

    def visible_cells(self) -> tuple[tuple[int, int], tuple[int, int]]:
        """(first row, last row), (first column, last column) the grid shows now."""
        viewport = self.view.viewport()
        rows, columns = self.model.rowCount(), self.model.columnCount()
        first_row = max(self.view.rowAt(0), 0)
        last_row = self.view.rowAt(viewport.height() - 1)
        first_column = max(self.view.columnAt(0), 0)
        last_column = self.view.columnAt(viewport.width() - 1)
        return (
            (first_row, rows - 1 if last_row < 0 else last_row),
            (first_column, columns - 1 if last_column < 0 else last_column),
        )

    def _frame_overview(self) -> None:
        self.overview.set_visible_cells(*self.visible_cells())

    def jump_to(self, row: int, column: int) -> None:
        """Bring a cell of the grid into view and make it current (the overview's click)."""
        index = self.model.index(row, column)
        if not index.isValid():
            return
        self.view.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        self.view.setCurrentIndex(index)
        self._frame_overview()

    def focus_filter(self) -> None:
        """Ctrl+F on this page: "Find a person or table"."""
        self.tabs.setCurrentIndex(0)
        self.find_box.setFocus()
        self.find_box.selectAll()

    def _matches(self, text: str) -> list[tuple[int, int]]:
        """(slot id, table id) of every cell of the whole schedule "Find" matches, in time
        and table order: meetings of a person or organisation, or every cell of a table."""
        if self._data is None:
            return []
        words = search_key(text).split()
        if not words:
            return []
        grid = self._data.grid
        hits: set[tuple[int, int]] = set()
        for table in grid.tables:
            name = table.label or self.tr("Table {n}").format(n=table.number)
            number = words[0].lstrip("#")
            haystack = search_key(f"{name} {table.owner_name} {table.room}")
            if (len(words) == 1 and number.isdigit() and int(number) == table.number) or all(
                w in haystack for w in words
            ):
                hits.update((slot.id, table.id) for slot in grid.slots)
        for meeting in grid.meetings:
            for name, organisation in (
                (meeting.name_a, meeting.organisation_a),
                (meeting.name_b, meeting.organisation_b),
            ):
                if all(w in search_key(f"{name} {organisation}") for w in words):
                    hits.add((meeting.slot_id, meeting.table_id))
        order = {slot.id: i for i, slot in enumerate(grid.slots)}
        numbers = {table.id: table.number for table in grid.tables}
        return sorted(hits, key=lambda h: (order.get(h[0], 0), numbers.get(h[1], 0)))

    def find_text(self, jump: bool = True) -> None:
        self._hits = self._matches(self.find_box.text())
        self._hit = -1
        self.model.set_found(frozenset(self._hits))
        if not self.find_box.text().strip():
            self.found_label.clear()
        elif not self._hits:
            self.found_label.setText(self.tr("No match"))
        else:
            shown = sum(
                1
                for slot_id, table_id in self._hits
                if self.model.row_of_slot(slot_id) >= 0
                and self.model.column_of_table(table_id) >= 0
            )
            self.found_label.setText(
                self.tr("{n} cells ({shown} shown)").format(n=len(self._hits), shown=shown)
            )
        self.overview.update()
        if jump and self._hits:
            self.next_match()

    def next_match(self) -> None:
        """Scroll to the next match; a day or room filter that hides it is widened."""
        if not self._hits:
            return
        hit = (self._hit + 1) % len(self._hits)
        slot_id, table_id = self._hits[hit]
        if self.model.row_of_slot(slot_id) < 0 and self._data is not None:
            day = next(s.starts_at.date() for s in self._data.grid.slots if s.id == slot_id)
            days = [self.day.itemData(i) for i in range(self.day.count())]
            self.day.setCurrentIndex(days.index(day) if day in days else 0)
        if self.model.column_of_table(table_id) < 0:
            self.room.setCurrentIndex(0)
        # Changing a filter above searched again (same matches): keep counting from here.
        self._hit = hit
        self.jump_to(self.model.row_of_slot(slot_id), self.model.column_of_table(table_id))
        self.found_label.setText(self.tr("{i} of {n}").format(i=self._hit + 1, n=len(self._hits)))

    # Placing by hand ---------------------------------------------------------------------
    def place_by_hand(self, request_id: int | None = None) -> PlaceByHandDialog | None:
        """The cells where a "Not placed" request fits (from the service); the chosen cell
        is placed in one undoable step. Returns the (open, non-blocking) dialog."""
        row = next(
            (r for r in self.unscheduled_model.all_rows() if r.request_id == request_id), None
        )
        if row is None:
            current = self.unscheduled_view.currentIndex()
            row = self.unscheduled_proxy.row_at(current.row()) if current.isValid() else None
        if row is None or self._data is None:
            Messages.inform(
                self, self.tr("Place by hand"), self.tr("Choose a request under Not placed first.")
            )
            return None
        chosen = row
        try:
            targets = self.context.read(lambda s: schedule.place_targets(s, chosen.request_id))
        except Exception as error:
            self.show_error(error)
            return None
        description = f"{chosen.requester} – {chosen.requested}"
        grid = self._data.grid
        dialog = PlaceByHandDialog(description, targets, grid.slots, grid.tables, self)

        def placed(result: int) -> None:
            place = dialog.place()
            if result == QDialog.DialogCode.Accepted and place is not None:
                self.place_request(chosen.request_id, place, description, chosen.reason)

        dialog.finished.connect(placed)
        dialog.open()
        return dialog

    def place_request(
        self,
        request_id: int,
        place: tuple[int, int],
        description: str,
        reason: Reason | None,
    ) -> bool:
        return self.run_edit(
            lambda: PlaceRequestCommand(
                self.context, request_id, place, description, reason
            ).execute()
        )

    # Solving -----------------------------------------------------------------------------
    def solve(self, keep_placed: bool = False) -> None:
        """Solve in the background; ``keep_placed`` moves as few placed meetings as possible."""
        database = self.context.database
        if database is None or self._solve is not None:
            return
        limit = self.time_limit.value()
        self.stack.setCurrentIndex(0)
        self.outcome.hide()
        self.task_panel.start(self.tr("Preparing the scheduling problem…"))
        self.solve_button.setEnabled(False)
        actor = self.context.actor

        def follow(task: TaskState) -> None:
            self._solve = task
            task.info.connect(lambda: self._solve_progress(task.latest_info))
            task.done.connect(self._solve_done)

        self.context.tasks.run(
            self.tr("Solving the schedule"),
            lambda state: solve_task(database, limit, actor, state, keep_placed),
            on_done=self._solved,
            on_error=self._solve_failed,
            before_start=follow,
        )

    @property
    def solving(self) -> TaskState | None:
        return self._solve

    def _phase_text(self, phase: SolvePhase) -> str:
        texts = {
            SolvePhase.GREEDY: self.tr("First schedule"),
            SolvePhase.BOUNDS: self.tr("Bounds"),
            SolvePhase.PLACING: self.tr("Placing every meeting"),
            SolvePhase.PLACED: self.tr("Every meeting placed"),
            SolvePhase.PRIORITY_3: labels.priority(3).capitalize(),
            SolvePhase.PRIORITY_2: labels.priority(2).capitalize(),
            SolvePhase.PRIORITY_1: labels.priority(1).capitalize(),
            SolvePhase.MOVED: self.tr("Keeping published meetings"),
            SolvePhase.BREAKS: self.tr("Fewer idle gaps"),
            SolvePhase.PROBE: self.tr("Proving idle gaps"),
            SolvePhase.IMPROVING: self.tr("Improving"),
            SolvePhase.DONE: self.tr("Done"),
        }
        return texts[phase]

    def _solve_progress(self, info: schedule.SolveProgressInfo) -> None:
        bound = max(info.placeable_bound, info.placed)
        self.task_panel.set_progress(
            info.placed,
            max(bound, 1),
            self.tr(
                "{phase}: {placed} meetings placed (at most {bound} can fit, {total} accepted) "
                "· {breaks} idle gaps · {elapsed:.0f} s"
            ).format(
                phase=self._phase_text(info.phase),
                placed=info.placed,
                bound=bound,
                total=info.total,
                breaks=info.breaks,
                elapsed=info.elapsed,
            ),
        )

    def cancel_solve(self) -> None:
        if self._solve is not None:
            self._solve.request_cancel()
            self.task_panel.cancelling()

    def _solved(self, outcome: schedule.ScheduleOutcome) -> None:
        self.outcome.setText(solve_summary(outcome))
        self.outcome.show()
        # Moves recorded before the solve refer to a schedule that no longer exists.
        self.context.undo_stack.clear()
        self.context.apply(outcome.changed)

    def _solve_failed(self, error: BaseException) -> None:
        self.show_error(error)

    def _solve_done(self) -> None:
        self._solve = None
        self.task_panel.finish()
        self.solve_button.setEnabled(True)

    # Editing -----------------------------------------------------------------------------
    def show_targets(self, meeting_id: int) -> None:
        targets = self.context.read(lambda s: schedule.move_targets(s, meeting_id))
        self.model.set_targets(targets)

    def move_meeting(self, meeting_id: int, slot_id: int, table_id: int) -> bool:
        """Where a drop lands (and what tests call): move via an undoable command."""
        meeting = next(
            (
                m
                for m in (self._data.grid.meetings if self._data else ())
                if m.meeting_id == meeting_id
            ),
            None,
        )
        description = f"{meeting.name_a} – {meeting.name_b}" if meeting else f"#{meeting_id}"
        return self.run_edit(
            lambda: MoveMeetingCommand(
                self.context, meeting_id, (slot_id, table_id), description
            ).execute()
        )

    def selected_meeting_ids(self) -> list[int]:
        ids = {
            m.meeting_id
            for i in self.view.selectionModel().selectedIndexes()
            if (m := self.model.meeting_at(i)) is not None
        }
        return sorted(ids)

    def set_locked(self, locked: bool, ids: list[int] | None = None) -> None:
        ids = self.selected_meeting_ids() if ids is None else ids
        if not ids:
            Messages.inform(self, self.tr("Lock"), self.tr("Select meetings in the grid first."))
            return
        self.run_edit(lambda: LockCommand(self.context, ids, locked).execute())

    def unschedule(self) -> None:
        ids = self.selected_meeting_ids()
        if not ids:
            return
        if not Messages.ask(
            self,
            self.tr("Unschedule"),
            self.tr("Take {n} meeting(s) out of the schedule?").format(n=len(ids)),
        ):
            return

        def unschedule(session: Session) -> None:
            for meeting_id in ids:
                schedule.unschedule_meeting(session, meeting_id, actor=self.context.actor)

        if self.run_edit(lambda: self.context.edit(unschedule)):
            self.context.undo_stack.clear()

    def publish(self) -> bool:
        """Publish through the same service as the CLI: refused while meetings no longer fit
        (then the re-solve is offered), and the event file is backed up first."""
        database = self.context.database
        if database is None:
            return False
        if not Messages.ask(
            self,
            self.tr("Publish the schedule"),
            self.tr(
                "Publish the schedule as it is now? Delegates' agendas show these times and "
                "tables; solving again later moves as few of these meetings as possible."
            ),
        ):
            return False
        try:
            schedule.publish(database, actor=self.context.actor)
        except schedule.ScheduleConflictsError as refused:
            self.context.notify(Topic.SCHEDULE)  # show the conflicts the refusal found
            check = refused.check
            lines = conflicts.meeting_lines(check, 10)
            if Messages.ask(
                self,
                self.tr("Not published"),
                self.tr(
                    "{summary}\n\n{list}\n\nRe-solve now, moving as few meetings as possible?"
                ).format(summary=conflicts.summary(check), list="\n".join(lines)),
            ):
                self.solve(keep_placed=True)
            return False
        except Exception as exc:
            self.show_error(exc)
            return False
        self.context.apply(schedule.PUBLISHED)
        return True
