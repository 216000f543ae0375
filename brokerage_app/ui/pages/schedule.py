"""The schedule: slots x tables grid, solve in the background, drag to move, lock, publish."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDoubleSpinBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from brokerage_app.domain.changes import Topic
from brokerage_app.services import listings, schedule, schedule_check
from brokerage_app.store.database import EventDatabase
from brokerage_app.store.models import MeetingStatus
from brokerage_app.ui import background, conflicts, formatting, labels
from brokerage_app.ui.commands import LockCommand, MoveMeetingCommand
from brokerage_app.ui.context import AppContext
from brokerage_app.ui.dialogs.messages import Messages
from brokerage_app.ui.explain import reason_text, solve_summary
from brokerage_app.ui.models.schedule import (
    CONFLICT,
    LOCKED,
    MEETING,
    MOVED,
    TARGET_BAD,
    TARGET_OK,
    ScheduleGridModel,
)
from brokerage_app.ui.models.table import Column, FilterProxy, RowTableModel
from brokerage_app.ui.pages.attendees import make_table
from brokerage_app.ui.pages.base import Page
from brokerage_app.ui.widgets.common import EmptyState, TaskPanel
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
            self._page.drag_hint.clear()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        super().dragMoveEvent(event)
        index = self.indexAt(event.position().toPoint())
        reason = self._page.model.target_reason(index)
        if reason:
            self._page.drag_hint.setText(reason)
            event.ignore()
        elif reason == "":
            self._page.drag_hint.setText(self.tr("Drop to move the meeting here."))

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
        self.status = QLabel()
        self.status.setObjectName("muted")
        self.drag_hint = QLabel()
        self.drag_hint.setObjectName("dragHint")
        legend = QHBoxLayout()
        legend.addWidget(QLabel(self.tr("Day")))
        legend.addWidget(self.day)
        legend.addSpacing(16)
        for colour, text in (
            (MEETING, self.tr("Meeting")),
            (LOCKED, self.tr("Locked")),
            (MOVED, self.tr("Moved since published")),
            (CONFLICT, self.tr("No longer fits")),
            (TARGET_OK, self.tr("Free while dragging")),
            (TARGET_BAD, self.tr("Conflict")),
        ):
            swatch = QLabel()
            swatch.setFixedSize(14, 14)
            swatch.setStyleSheet(f"background: {colour.name()}; border: 1px solid #b8bec8;")
            legend.addWidget(swatch)
            legend.addWidget(QLabel(text))
            legend.addSpacing(8)
        legend.addWidget(self.drag_hint, 1)
        # Long conflict reasons must not widen the window: the label may shrink and clip.
        self.drag_hint.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.drag_hint.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

        self.model = ScheduleGridModel(self)
        self.model.meeting_dropped.connect(self.move_meeting)
        self.view = ScheduleView(self)
        self.view.setModel(self.model)
        self.view.clicked.connect(self._cell_clicked)

        self.person = QComboBox()
        self.person.setEditable(True)
        self.person.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.person.currentIndexChanged.connect(lambda _i: self._show_timeline())
        self.timeline = QListWidget()
        self.timeline.setAlternatingRowColors(True)
        self.timeline.setWordWrap(True)
        timeline_box = QWidget()
        timeline_layout = QVBoxLayout(timeline_box)
        timeline_layout.setContentsMargins(8, 0, 0, 0)
        title = QLabel(self.tr("Agenda of"))
        title.setObjectName("sectionTitle")
        timeline_layout.addWidget(title)
        timeline_layout.addWidget(self.person)
        timeline_layout.addWidget(self.timeline, 1)

        self.unscheduled_model: RowTableModel[Any] = RowTableModel(UNSCHEDULED_COLUMNS, self)
        self.unscheduled_proxy = FilterProxy(self)
        self.unscheduled_view = make_table(self.unscheduled_model, self.unscheduled_proxy)

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
        grid_layout.addLayout(legend)
        grid_layout.addWidget(grid_split, 1)
        self.tabs.addTab(grid_tab, self.tr("Grid"))
        self.tabs.addTab(self.unscheduled_view, self.tr("Not placed"))

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
        slots = [s for s in grid.slots if day is None or s.starts_at.date() == day]
        self.model.set_grid(slots, list(grid.tables), list(grid.meetings))

    def _fill_people(self, attendees: tuple[tuple[int, str], ...]) -> None:
        if attendees == self._people_listed:
            self._show_timeline()
            return
        self._people_listed = attendees
        current = self.person.currentData()
        self.person.blockSignals(True)
        self.person.clear()
        self.person.addItem(self.tr("Choose an attendee…"), None)
        self.person.addItems([name for _id, name in attendees])
        for index, (attendee_id, _name) in enumerate(attendees, start=1):
            self.person.setItemData(index, attendee_id)
        index = self.person.findData(current)
        self.person.setCurrentIndex(max(index, 0))
        self.person.blockSignals(False)
        self._show_timeline()

    def _cell_clicked(self, index: QModelIndex) -> None:
        meeting = self.model.meeting_at(index)
        if meeting is not None:
            row = self.person.findData(meeting.attendee_a)
            if row >= 0:
                self.person.setCurrentIndex(row)

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
        self._solve = self.context.tasks.run(
            self.tr("Solving the schedule"),
            lambda state: solve_task(database, limit, actor, state, keep_placed),
            on_done=self._solved,
            on_error=self._solve_failed,
        )
        task = self._solve
        task.info.connect(lambda: self._solve_progress(task.latest_info))
        self._solve.done.connect(self._solve_done)

    @property
    def solving(self) -> TaskState | None:
        return self._solve

    def _solve_progress(self, info: schedule.SolveProgressInfo) -> None:
        bound = max(info.placeable_bound, info.placed)
        self.task_panel.set_progress(
            info.placed,
            max(bound, 1),
            self.tr(
                "{phase}: {placed} meetings placed (at most {bound} can fit, {total} accepted) "
                "· {breaks} idle gaps · {elapsed:.0f} s"
            ).format(
                phase=info.phase.capitalize(),
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
