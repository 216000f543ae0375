"""The main window: a sidebar of pages, a stack, menus and a status bar. Nothing more."""

from __future__ import annotations

from PySide6.QtCore import QSettings, QSize, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QProgressBar,
    QStackedWidget,
    QWidget,
)

from brokerage_app.services.schedule_check import ScheduleCheck
from brokerage_app.ui import conflicts
from brokerage_app.ui.actions import AppActions
from brokerage_app.ui.context import AppContext
from brokerage_app.ui.pages import PageKey
from brokerage_app.ui.pages.attendees import AttendeesPage
from brokerage_app.ui.pages.base import Page
from brokerage_app.ui.pages.checkin import CheckinPage
from brokerage_app.ui.pages.dashboard import DashboardPage
from brokerage_app.ui.pages.printing import PrintPage
from brokerage_app.ui.pages.requests import RequestsPage
from brokerage_app.ui.pages.schedule import SchedulePage
from brokerage_app.ui.pages.start import StartPage
from brokerage_app.ui.style import STYLE_SHEET
from brokerage_app.ui.workers import TaskState

PAGE_ORDER = tuple(PageKey)


class MainWindow(QMainWindow):
    def __init__(self, context: AppContext | None = None) -> None:
        super().__init__()
        self.context = context or AppContext(self)
        self.setWindowTitle(self.tr("Brokerage App"))
        self.setStyleSheet(STYLE_SHEET)
        self.start_page = StartPage()
        # Typed handles for the actions that drive one page; ``pages`` holds them all by key.
        self.dashboard_page = DashboardPage(self.context)
        self.attendees_page = AttendeesPage(self.context)
        self.schedule_page = SchedulePage(self.context)
        self.pages: dict[PageKey, QWidget] = {
            PageKey.DASHBOARD: self.dashboard_page,
            PageKey.ATTENDEES: self.attendees_page,
            PageKey.REQUESTS: RequestsPage(self.context),
            PageKey.SCHEDULE: self.schedule_page,
            PageKey.PRINT: PrintPage(self.context),
            PageKey.CHECKIN: CheckinPage(self.context),
            PageKey.START: self.start_page,
        }
        titles = {
            PageKey.DASHBOARD: self.tr("Dashboard"),
            PageKey.ATTENDEES: self.tr("Attendees"),
            PageKey.REQUESTS: self.tr("Requests"),
            PageKey.SCHEDULE: self.tr("Schedule"),
            PageKey.PRINT: self.tr("Print"),
            PageKey.CHECKIN: self.tr("Check-in"),
            PageKey.START: self.tr("Events"),
        }
        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setFixedWidth(190)
        self.sidebar.setIconSize(QSize(0, 0))
        self.stack = QStackedWidget()
        for number, key in enumerate(PAGE_ORDER, start=1):
            item = QListWidgetItem(titles[key])
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setToolTip(f"Ctrl+{number}")
            self.sidebar.addItem(item)
            self.stack.addWidget(self.pages[key])
        self.sidebar.currentRowChanged.connect(self.stack.setCurrentIndex)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.sidebar)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.app_actions = AppActions(self.context, self)
        self._build_menus()
        self.busy_label = QLabel()
        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setFixedWidth(120)
        self.busy_bar.setFixedHeight(10)
        self.busy_bar.hide()
        self.statusBar().addPermanentWidget(self.busy_label)
        self.statusBar().addPermanentWidget(self.busy_bar)
        self.app_actions.busy_message.connect(lambda text: self.statusBar().showMessage(text, 5000))
        self.context.schedule_checked.connect(self._schedule_checked)
        self.context.tasks.busy_changed.connect(self._busy)
        self.context.tasks.task_cancelled.connect(self._task_cancelled)

        self.start_page.new_requested.connect(self.app_actions.ask_new_event)
        self.start_page.open_requested.connect(self.app_actions.ask_open_event)
        self.start_page.demo_requested.connect(lambda: self.app_actions.create_demo())
        self.start_page.recent_chosen.connect(self.app_actions.open_location)
        self.dashboard_page.settings_requested.connect(self.app_actions.edit_event_settings)
        self.context.event_opened.connect(self._event_opened)
        self.context.event_closed.connect(self._event_closed)
        self._event_closed()
        self.resize(1400, 900)
        self._restore_state()

    def _build_menus(self) -> None:
        a = self.app_actions
        d = a.data
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        for action in (a.new_event, a.open_event, d.open_url, a.open_demo, a.close_event):
            file_menu.addAction(action)
        file_menu.addSeparator()
        for action in (d.save_copy, d.copy_event, d.backups):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(a.import_data)
        export_menu = file_menu.addMenu(self.tr("&Export"))
        export_menu.setObjectName("export_menu")
        for action in (d.export_attendees, d.export_requests, d.export_schedule):
            export_menu.addAction(action)
        export_menu.addSeparator()
        export_menu.addAction(d.export_calendars)
        file_menu.addAction(a.print)
        file_menu.addAction(d.report)
        protection_menu = file_menu.addMenu(self.tr("&Data protection"))
        protection_menu.setObjectName("protection_menu")
        protection_menu.addAction(d.export_person)
        protection_menu.addAction(a.anonymise)
        file_menu.addSeparator()
        file_menu.addAction(a.quit)
        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        edit_menu.addAction(a.undo)
        edit_menu.addAction(a.redo)
        edit_menu.addSeparator()
        edit_menu.addAction(a.filter)
        schedule_menu = self.menuBar().addMenu(self.tr("&Schedule"))
        schedule_menu.addAction(a.solve)
        schedule_menu.addSeparator()
        schedule_menu.addAction(a.event_settings)
        schedule_menu.addAction(a.publish)
        schedule_menu.addSeparator()
        schedule_menu.addAction(d.meeting_outcome)
        schedule_menu.addAction(d.walk_in)
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        for number, action in enumerate(a.page_actions):
            action.setText(self.sidebar.item(number).text())
            view_menu.addAction(action)

    # Navigation -------------------------------------------------------------------------------
    def _schedule_checked(self, check: ScheduleCheck) -> None:
        """Right after an edit: say when placed meetings no longer fit (the grid shows which)."""
        if not check.valid:
            self.statusBar().showMessage(conflicts.summary(check), 15_000)

    def show_page(self, key: PageKey) -> QWidget:
        index = PAGE_ORDER.index(PageKey(key))
        if self.sidebar.item(index).flags() & Qt.ItemFlag.ItemIsEnabled:
            self.sidebar.setCurrentRow(index)
        return self.pages[key]

    def show_page_number(self, number: int) -> None:
        if 1 <= number <= len(PAGE_ORDER):
            self.show_page(PAGE_ORDER[number - 1])

    def current_page(self) -> QWidget | None:
        return self.stack.currentWidget()

    def focus_filter(self) -> None:
        page = self.current_page()
        if isinstance(page, AttendeesPage | RequestsPage):
            page.focus_filter()
        else:
            self.show_page(PageKey.ATTENDEES)
            self.attendees_page.focus_filter()

    def _event_opened(self) -> None:
        location = self.context.location or ""
        database = self.context.database
        if database is not None and database.read_only:
            location = self.tr("{where} (read-only)").format(where=location)
        self.setWindowTitle(self.tr("{where} — Brokerage App").format(where=location))
        self._enable_pages(True)
        self.show_page(PageKey.DASHBOARD)

    def _event_closed(self) -> None:
        self.setWindowTitle(self.tr("Brokerage App"))
        self._enable_pages(False)
        self.start_page.refresh()
        self.sidebar.setCurrentRow(PAGE_ORDER.index(PageKey.START))

    def _enable_pages(self, enabled: bool) -> None:
        for index, key in enumerate(PAGE_ORDER):
            item = self.sidebar.item(index)
            if key is PageKey.START:
                continue
            flags = item.flags()
            item.setFlags(
                flags | Qt.ItemFlag.ItemIsEnabled if enabled else flags & ~Qt.ItemFlag.ItemIsEnabled
            )

    def _task_cancelled(self, state: TaskState) -> None:
        """Every cancelled task, said once here (a page may say more where it is)."""
        self.statusBar().showMessage(
            self.tr("{task}: cancelled; nothing was changed.").format(task=state.title), 10_000
        )

    def _busy(self, busy: bool) -> None:
        self.busy_bar.setVisible(busy)
        self.busy_label.setText(self.tr("Working…") if busy else "")

    def page(self, key: PageKey) -> Page:
        page = self.pages[PageKey(key)]
        assert isinstance(page, Page)
        return page

    # State ------------------------------------------------------------------------------------
    def _restore_state(self) -> None:
        settings = QSettings()
        geometry = settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)

    def closeEvent(self, event: QCloseEvent) -> None:
        QSettings().setValue("window/geometry", self.saveGeometry())
        self.context.close_event()
        super().closeEvent(event)
