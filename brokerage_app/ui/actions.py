"""Application actions: menus, shortcuts and what they do, kept out of the main window.

Opening and creating events happens here (on the task runner, never blocking the window);
page-specific actions forward to the page that owns the work.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from brokerage_app.demo.generator import DemoOptions
from brokerage_app.domain.timetable import EventSpec
from brokerage_app.errors import EventFileMissingError
from brokerage_app.paths import events_dir
from brokerage_app.services.backups import backups_dir, list_backups
from brokerage_app.services.credentials import (
    has_password,
    is_server_url,
    password_of,
    password_rejected,
    remember_password,
    stored_password,
    with_password,
)
from brokerage_app.services.demo import create_demo_database
from brokerage_app.services.event_settings import event_settings
from brokerage_app.services.events import create_event_file
from brokerage_app.services.gdpr import AnonymiseResult, anonymise_event
from brokerage_app.services.listings import edit_choices
from brokerage_app.services.sharing import WindowEvent, lock_for_window, open_for_window
from brokerage_app.settings import without_password
from brokerage_app.ui.commands import EventSettingsCommand
from brokerage_app.ui.context import AppContext
from brokerage_app.ui.data_actions import DataActions
from brokerage_app.ui.dialogs.event_settings import EventSettingsDialog
from brokerage_app.ui.dialogs.messages import Messages
from brokerage_app.ui.dialogs.new_event import NewEventWizard
from brokerage_app.ui.pages import PageKey
from brokerage_app.ui.workers import TaskState

if TYPE_CHECKING:
    from brokerage_app.ui.main_window import MainWindow

DEMO_ATTENDEES = 400


def demo_location() -> Path:
    return events_dir() / f"demo-{dt.datetime.now():%Y%m%d-%H%M%S}.sqlite"


class AppActions(QObject):
    busy_message = Signal(str)

    def __init__(self, context: AppContext, window: MainWindow) -> None:
        super().__init__(window)
        self.context = context
        self.window = window

        def action(text: str, shortcut: Any, slot: Any, tip: str = "") -> QAction:
            qaction = QAction(text, window)
            if shortcut is not None:
                qaction.setShortcut(QKeySequence(shortcut))
            if tip:
                qaction.setStatusTip(tip)
            qaction.triggered.connect(lambda _checked=False: slot())
            window.addAction(qaction)
            return qaction

        self.new_event = action(
            self.tr("&New event…"), QKeySequence.StandardKey.New, self.ask_new_event
        )
        self.open_event = action(
            self.tr("&Open…"), QKeySequence.StandardKey.Open, self.ask_open_event
        )
        self.open_demo = action(self.tr("Open &demo event"), None, self.create_demo)
        self.close_event = action(self.tr("&Close event"), None, self.context.close_event)
        self.quit = action(self.tr("&Quit"), QKeySequence.StandardKey.Quit, window.close)
        self.undo = context.undo_stack.createUndoAction(window, self.tr("&Undo"))
        self.undo.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo = context.undo_stack.createRedoAction(window, self.tr("&Redo"))
        self.redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        window.addAction(self.undo)
        window.addAction(self.redo)
        self.filter = action(self.tr("&Filter"), QKeySequence.StandardKey.Find, window.focus_filter)
        self.solve = action(self.tr("&Solve schedule"), "F5", self.solve_schedule)
        self.print = action(self.tr("&Print…"), QKeySequence.StandardKey.Print, self.show_print)
        self.import_data = action(self.tr("&Import…"), None, self.show_import)
        self.publish = action(self.tr("&Publish…"), None, self.publish_schedule)
        self.anonymise = action(
            self.tr("&Anonymise event…"),
            None,
            self.ask_anonymise,
            self.tr("Remove all personal data from the event after it, backups included"),
        )
        self.event_settings = action(
            self.tr("&Event settings…"),
            None,
            self.edit_event_settings,
            self.tr("Days, sessions, breaks, slot length, rooms and tables"),
        )
        self.page_actions = []
        for number in range(1, 8):
            self.page_actions.append(
                action(
                    self.tr("Page {n}").format(n=number),
                    f"Ctrl+{number}",
                    lambda n=number: window.show_page_number(n),
                )
            )
        # File, export, backup and meeting actions of the CLI's other commands (ui.parity).
        self.data = DataActions(context, window)
        self.event_actions = [
            self.close_event,
            self.filter,
            self.solve,
            self.print,
            self.anonymise,
            self.event_settings,
            self.import_data,
            self.publish,
            *self.data.event_actions,
        ]
        context.event_opened.connect(self._event_state)
        context.event_closed.connect(self._event_state)
        self._event_state()

    def _event_state(self) -> None:
        for qaction in self.event_actions:
            qaction.setEnabled(self.context.is_open)

    # Opening -------------------------------------------------------------------------------
    def parent_widget(self) -> QWidget:
        return self.window

    @classmethod
    def ask_open_path(cls, parent: QWidget) -> str:
        path, _ = QFileDialog.getOpenFileName(
            parent,
            parent.tr("Open event"),
            str(events_dir()),
            parent.tr("Event files (*.sqlite *.db);;All files (*)"),
        )
        return path

    def ask_open_event(self) -> None:
        path = self.ask_open_path(self.window)
        if path:
            self.open_location(path)

    def open_location(self, location: str) -> TaskState:
        """Open (and if needed upgrade) an event database on a worker, then show it.

        A server that wants a password gets the one given earlier in this session, else the
        one in the keyring, else libpq's own (PGPASSWORD, ~/.pgpass); if it refuses, the
        window asks and tries again with what was typed.
        """
        shown = without_password(location)
        self.busy_message.emit(self.tr("Opening {where}…").format(where=shown))
        passwords = self.context.passwords
        target = location
        if is_server_url(location):
            if has_password(location):
                passwords[shown] = password_of(location)
            else:
                password = passwords.get(shown) or stored_password(shown)
                target = with_password(shown, password) if password else shown

        def opened(event: WindowEvent) -> None:
            if target != shown:
                passwords[shown] = password_of(target)
            self.context.adopt(event.database, shown, event.lock)
            if event.held_by is not None:
                Messages.inform(
                    self.window,
                    self.tr("Opened read-only"),
                    self.tr(
                        "{holder} has {event} open for editing, so this window opened it "
                        "read-only: you can look, print and export, but changes are refused. "
                        "Close the other window and open the event again to edit it here."
                    ).format(holder=event.held_by.describe(), event=shown),
                )

        def failed(error: BaseException) -> None:
            if is_server_url(location) and password_rejected(error):
                passwords.pop(shown, None)
                answer = Messages.ask_password(self.window, shown)
                if answer is not None:
                    password, remember = answer
                    if remember:
                        remember_password(shown, password)
                    self.open_location(with_password(shown, password))
                    return
            Messages.show_error(self.window, error)
            if isinstance(error, EventFileMissingError):
                self.context.forget_recent(location)
                self.window.start_page.refresh()

        return self.context.tasks.run(
            self.tr("Opening the event"),
            lambda _state: open_for_window(target),
            on_done=opened,
            on_error=failed,
        )

    def ask_new_event(self) -> TaskState | None:
        wizard = NewEventWizard(self.window)
        if wizard.exec() != QDialog.DialogCode.Accepted:
            return None
        return self.create_new_event(wizard.event_spec(), wizard.target_path())

    def create_new_event(self, spec: EventSpec, path: Path) -> TaskState:
        self.busy_message.emit(self.tr("Creating {name}…").format(name=spec.name))
        return self.context.tasks.run(
            self.tr("Creating the event"),
            lambda _state: create_event_file(path, spec),
            on_done=lambda database: self.context.adopt(
                database, str(path), lock_for_window(database)
            ),
            on_error=lambda error: Messages.show_error(self.window, error),
        )

    def create_demo(self, attendees: int = DEMO_ATTENDEES) -> TaskState:
        location = demo_location()
        self.busy_message.emit(self.tr("Creating the demo event…"))
        return self.context.tasks.run(
            self.tr("Creating the demo event"),
            lambda _state: create_demo_database(location, DemoOptions(attendees=attendees)),
            on_done=lambda database: self.context.adopt(
                database, str(location), lock_for_window(database)
            ),
            on_error=lambda error: Messages.show_error(self.window, error),
        )

    # Page actions -----------------------------------------------------------------------
    def solve_schedule(self) -> None:
        self.window.show_page(PageKey.SCHEDULE)
        self.window.schedule_page.solve()

    def show_print(self) -> None:
        self.window.show_page(PageKey.PRINT)

    def show_import(self) -> None:
        self.window.show_page(PageKey.ATTENDEES)
        self.window.attendees_page.import_file()

    def publish_schedule(self) -> None:
        self.window.show_page(PageKey.SCHEDULE)
        self.window.schedule_page.publish()

    # Data protection ----------------------------------------------------------------------
    def ask_anonymise(self) -> TaskState | None:
        """Ask, naming the backups that go too, then anonymise on a worker (gdpr anonymise)."""
        database = self.context.database
        if database is None:
            return None
        text = self.tr(
            "Remove all personal data from {event} for good? Names, e-mails, phones, "
            "profiles, notes, scanned codes and organisation names are removed; the figures "
            "of the after-event report stay."
        ).format(event=database)
        backups = list_backups(database)
        if backups and database.file_path is not None:
            text += "\n\n" + self.tr(
                "The event's {count} backup(s) in {folder} hold the same personal data and "
                "are deleted too."
            ).format(count=len(backups), folder=backups_dir(database.file_path))
        text += "\n\n" + self.tr("This cannot be undone.")
        if not Messages.ask(self.window, self.tr("Anonymise the event"), text, danger=True):
            return None
        # An undo would write the old names back.
        self.context.undo_stack.clear()
        actor = self.context.actor
        return self.context.tasks.run(
            self.tr("Anonymising the event"),
            lambda state: anonymise_event(database, actor=actor, task=state.task),
            on_done=self._anonymised,
            on_error=lambda error: Messages.show_error(self.window, error),
        )

    def _anonymised(self, result: AnonymiseResult) -> None:
        self.context.undo_stack.clear()
        self.context.apply(result.changed)
        text = self.tr(
            "Anonymised {attendees} attendees and {organisations} organisations; cleared "
            "{checkins} check-in scans and {entries} audit entries. The file was rebuilt."
        ).format(
            attendees=result.attendees,
            organisations=result.organisations,
            checkins=result.checkins,
            entries=result.audit_entries,
        )
        if result.backups_deleted:
            text += "\n\n" + self.tr("Deleted {count} backup(s) holding the old data.").format(
                count=len(result.backups_deleted)
            )
        if result.wal_emptied:
            text += "\n\n" + self.tr("The -wal file was checkpointed and emptied.")
        else:
            text += "\n\n" + self.tr(
                "Another program still has the event open, so its -wal file could not be "
                "emptied and may hold old values: close it and anonymise again."
            )
        Messages.inform(self.window, self.tr("Event anonymised"), text)

    def edit_event_settings(self) -> bool:
        """The Event settings dialog; OK applies it as one undoable edit."""
        if not self.context.is_open:
            return False
        settings, attendees = self.context.read(
            lambda s: (event_settings(s), edit_choices(s).attendees)
        )
        dialog = EventSettingsDialog(settings, attendees, self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        try:
            EventSettingsCommand(self.context, dialog.settings()).execute()
        except Exception as exc:
            Messages.show_error(self.window, exc)
            return False
        return True
