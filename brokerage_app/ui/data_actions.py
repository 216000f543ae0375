"""Window actions for what the CLI does to whole events and files: exports, the report, one
person's data, backups, copies, opening a server URL, and meetings on the day.

Every action calls the service its CLI command calls (``ui.parity`` lists which is which);
long work runs on the task runner with a progress dialog whose Cancel stops it. Writing a
file goes through ``services.outputs``: the event and its backups are never replaced, and
another kind of file only after the organiser agreed.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QLineEdit

from brokerage_app.domain.changes import Topic
from brokerage_app.errors import BrokerageError, EventFileError
from brokerage_app.services import exports, listings
from brokerage_app.services.backups import (
    PG_DUMP_ADVICE,
    backup_event,
    backups_dir,
    list_backups,
    restore_backup,
)
from brokerage_app.services.credentials import (
    has_password,
    password_rejected,
    remember_password,
    with_password,
)
from brokerage_app.services.exports import Audience
from brokerage_app.services.gdpr import write_person_export
from brokerage_app.services.meetings_on_the_day import (
    MeetingState,
    WalkInOption,
    confirm_meeting_by_badges,
    get_meeting_state,
    walk_in_options,
)
from brokerage_app.services.outputs import OutputRefusedError
from brokerage_app.services.report import build_report
from brokerage_app.services.transfer import copy_event, save_copy
from brokerage_app.settings import without_password
from brokerage_app.store.database import EventDatabase
from brokerage_app.ui.commands import MeetingOutcomeCommand, WalkInCommand
from brokerage_app.ui.context import AppContext
from brokerage_app.ui.dialogs.data import (
    BackupsDialog,
    CopyChoice,
    CopyEventDialog,
    ExportChoice,
    ExportDialog,
    ExportKind,
    MeetingOutcomeDialog,
    OutcomeChoice,
    PersonExportDialog,
    WalkInDialog,
)
from brokerage_app.ui.dialogs.messages import Messages
from brokerage_app.ui.dialogs.progress import follow
from brokerage_app.ui.workers import TaskState

if TYPE_CHECKING:
    from brokerage_app.ui.main_window import MainWindow

# Kind of table export -> the exporter the CLI's ``export KIND`` calls.
_EXPORTERS: dict[str, Callable[..., exports.ExportResult]] = {
    ExportKind.ATTENDEES: exports.export_attendees,
    ExportKind.REQUESTS: exports.export_requests,
    ExportKind.SCHEDULE: exports.export_schedule,
}


class DataActions(QObject):
    def __init__(self, context: AppContext, window: MainWindow) -> None:
        super().__init__(window)
        self.context = context
        self.window = window

        def action(name: str, text: str, slot: Callable[[], Any], tip: str = "") -> QAction:
            qaction = QAction(text, window)
            qaction.setObjectName(name)
            if tip:
                qaction.setStatusTip(tip)
            qaction.triggered.connect(lambda _checked=False: slot())
            window.addAction(qaction)
            return qaction

        self.export_attendees = action(
            "export_attendees", self.tr("&Attendees…"), lambda: self.export(ExportKind.ATTENDEES)
        )
        self.export_requests = action(
            "export_requests", self.tr("&Requests…"), lambda: self.export(ExportKind.REQUESTS)
        )
        self.export_schedule = action(
            "export_schedule", self.tr("&Schedule…"), lambda: self.export(ExportKind.SCHEDULE)
        )
        self.export_calendars = action(
            "export_calendars",
            self.tr("&Calendars (iCalendar)…"),
            lambda: self.export(ExportKind.CALENDARS),
        )
        self.report = action(
            "report",
            self.tr("After-event &report…"),
            self.write_report,
            self.tr("The PDF report for the funder: meetings, outcomes, countries, sectors"),
        )
        self.export_person = action(
            "export_person", self.tr("&Export one person's data…"), self.ask_person_export
        )
        self.backups = action("backups", self.tr("&Backups…"), self.show_backups)
        self.save_copy = action(
            "save_copy",
            self.tr("Save a &copy…"),
            self.ask_save_copy,
            self.tr("Write the event as one new self-contained file"),
        )
        self.copy_event = action(
            "copy_event",
            self.tr("Copy event to &PostgreSQL or a file…"),
            self.ask_copy_event,
        )
        self.open_url = action(
            "open_url", self.tr("Open database &URL…"), self.ask_open_url
        )  # needs no open event
        self.meeting_outcome = action(
            "meeting_outcome",
            self.tr("Meeting &outcome…"),
            self.ask_meeting_outcome,
            self.tr("Held or no-show, feedback and agreements of a meeting"),
        )
        self.walk_in = action("walk_in", self.tr("&Walk-in meeting…"), self.show_walk_in)
        self.event_actions = [
            self.export_attendees,
            self.export_requests,
            self.export_schedule,
            self.export_calendars,
            self.report,
            self.export_person,
            self.backups,
            self.save_copy,
            self.copy_event,
            self.meeting_outcome,
            self.walk_in,
        ]

    # Helpers ------------------------------------------------------------------------------
    def _database(self) -> EventDatabase | None:
        return self.context.database

    def _folder(self) -> Path:
        return self.context.output_folder()

    def _people(self) -> list[listings.AttendeeRow]:
        return self.context.read(listings.attendee_rows)

    def run_output(
        self,
        title: str,
        work: Callable[[TaskState, bool], Any],
        on_done: Callable[[Any], None],
        *,
        force: bool = False,
    ) -> TaskState:
        """Run ``work(state, force)`` with progress; a refused file of another kind is
        replaced only after asking, by running it again with ``force``."""

        def failed(error: BaseException) -> None:
            if isinstance(error, OutputRefusedError) and error.can_force and not force:
                if Messages.ask(
                    self.window,
                    self.tr("Replace the file?"),
                    self.tr(
                        "{path} already exists and is a different kind of file. Replace it? "
                        "Its contents will be lost."
                    ).format(path=error.path),
                    danger=True,
                ):
                    self.run_output(title, work, on_done, force=True)
                return
            Messages.show_error(self.window, error)

        return self.context.tasks.run(
            title,
            lambda s: work(s, force),
            on_done=on_done,
            on_error=failed,
            on_cancelled=lambda: self.window.statusBar().showMessage(
                self.tr("Cancelled; nothing was written.")
            ),
            before_start=lambda started: follow(self.window, started, title),
        )

    def _tell(self, text: str) -> None:
        self.window.statusBar().showMessage(text, 10_000)
        Messages.inform(self.window, self.tr("Done"), text)

    # Exports ------------------------------------------------------------------------------
    def export(self, kind: str, choice: ExportChoice | None = None) -> TaskState | None:
        """``export attendees|requests|schedule [--full]`` and ``export ical``."""
        database = self._database()
        if database is None:
            return None
        if choice is None:
            dialog = ExportDialog(kind, self._folder(), self.window)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            choice = dialog.choice()
            if choice is None:
                return None
        chosen = choice
        if chosen.kind == ExportKind.CALENDARS:
            return self.run_output(
                self.tr("Exporting calendars"),
                lambda state, force: exports.export_calendars(
                    database,
                    chosen.path,
                    task=state.task,
                    force=force,
                ),
                lambda result: self._tell(
                    self.tr(
                        "Wrote {files} calendar file(s) with {meetings} meeting(s) to {folder}."
                    ).format(files=result.files, meetings=result.meetings, folder=result.folder)
                ),
            )
        exporter = _EXPORTERS[chosen.kind]
        audience = Audience.ORGANISER if chosen.full else Audience.SHARED
        return self.run_output(
            self.tr("Exporting"),
            lambda state, force: exporter(
                database,
                chosen.path,
                audience=audience,
                task=state.task,
                force=force,
            ),
            lambda result: self._tell(
                (
                    self.tr(
                        "Wrote {rows} row(s) to {path}, with full contact details for the "
                        "organiser only."
                    )
                    if chosen.full
                    else self.tr("Wrote {rows} row(s) to {path}, safe to share.")
                ).format(rows=result.rows, path=result.path)
            ),
        )

    # The report ---------------------------------------------------------------------------
    def write_report(self, path: Path | None = None) -> TaskState | None:
        """``report -o FILE.pdf``."""
        database = self._database()
        if database is None:
            return None
        if path is None:
            name, _ = QFileDialog.getSaveFileName(
                self.window,
                self.tr("Save the after-event report"),
                str(self._folder() / "report.pdf"),
                self.tr("PDF files (*.pdf)"),
            )
            if not name:
                return None
            path = Path(name)
        if path.suffix.lower() != ".pdf":
            path = path.with_suffix(".pdf")
        target = path
        return self.run_output(
            self.tr("Writing the report"),
            lambda state, force: build_report(
                database,
                target,
                task=state.task,
                force=force,
            ),
            lambda figures: self._tell(
                self.tr(
                    "Wrote {path}: {meetings} meetings, {held} held, {no_show} no-shows, "
                    "{agreements} agreements."
                ).format(
                    path=target,
                    meetings=figures.meetings,
                    held=figures.meetings_held,
                    no_show=figures.meetings_no_show,
                    agreements=figures.agreements,
                )
            ),
        )

    # Data protection ----------------------------------------------------------------------
    def ask_person_export(
        self, attendee_id: int | None = None, path: Path | None = None
    ) -> TaskState | None:
        """``gdpr export ATTENDEE -o FILE.json``."""
        database = self._database()
        if database is None:
            return None
        if attendee_id is None or path is None:
            dialog = PersonExportDialog(self._people(), self._folder(), self.window)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            chosen = dialog.choice()
            if chosen is None:
                return None
            attendee_id, path = chosen
        person, target = attendee_id, path
        return self.run_output(
            self.tr("Exporting one person's data"),
            lambda _state, force: write_person_export(database, person, target, force=force),
            lambda written: self._tell(
                self.tr("Wrote everything stored about attendee {id} to {path}.").format(
                    id=person, path=written
                )
            ),
        )

    # Backups ------------------------------------------------------------------------------
    def show_backups(self) -> BackupsDialog | None:
        """``backup``, ``backup --list`` and ``backup --restore FILE``."""
        database = self._database()
        if database is None:
            return None
        path = database.file_path
        if path is None:
            Messages.show_error(
                self.window, EventFileError(f"{database} is on a database server. {PG_DUMP_ADVICE}")
            )
            return None
        dialog = BackupsDialog(
            backups_dir(path),
            list_backups(path),
            on_backup=lambda: self.backup_now(dialog),
            on_restore=lambda backup: self.restore(backup, dialog),
            parent=self.window,
        )
        dialog.open()
        return dialog

    def backup_now(self, dialog: BackupsDialog | None = None) -> TaskState | None:
        database = self._database()
        if database is None or database.file_path is None:
            return None
        path = database.file_path

        def done(target: Path | None) -> None:
            if dialog is not None:
                dialog.show_backups(list_backups(path))
            self.window.statusBar().showMessage(
                self.tr("Backed up to {path}.").format(path=target), 10_000
            )

        return self.context.tasks.run(
            self.tr("Backing up"),
            lambda _state: backup_event(path, "manual"),
            on_done=done,
            on_error=lambda error: Messages.show_error(self.window, error),
        )

    def restore(
        self, backup: Path, dialog: BackupsDialog | None = None, *, confirmed: bool = False
    ) -> TaskState | None:
        database = self._database()
        if database is None or database.file_path is None:
            return None
        path, location = database.file_path, self.context.location or str(database.file_path)
        if not confirmed and not Messages.ask(
            self.window,
            self.tr("Restore the backup?"),
            self.tr(
                "Replace what {event} holds now with the backup {backup}? What it holds now is "
                "backed up first. The event is closed and opened again."
            ).format(event=path.name, backup=backup.name),
            danger=True,
        ):
            return None
        if dialog is not None:
            dialog.accept()
        self.context.close_event()

        def done(safety: Path | None) -> None:
            self.window.app_actions.open_location(location)
            text = self.tr("Restored {event} from {backup}.").format(
                event=path.name, backup=backup.name
            )
            if safety is not None:
                text += " " + self.tr("What it held before is kept in {path}.").format(path=safety)
            self.window.statusBar().showMessage(text, 15_000)

        def failed(error: BaseException) -> None:
            Messages.show_error(self.window, error)
            self.window.app_actions.open_location(location)

        return self.context.tasks.run(
            self.tr("Restoring a backup"),
            lambda _state: restore_backup(path, backup),
            on_done=done,
            on_error=failed,
        )

    # Copies and servers -------------------------------------------------------------------
    def ask_save_copy(self, path: Path | None = None) -> TaskState | None:
        """File > Save a copy…: one self-contained file through SQLite's backup API."""
        database = self._database()
        if database is None:
            return None
        if database.file_path is None:
            return self.ask_copy_event()
        if path is None:
            name, _ = QFileDialog.getSaveFileName(
                self.window,
                self.tr("Save a copy of the event"),
                str(self._folder() / f"{database.file_path.stem}-copy.sqlite"),
                self.tr("Event files (*.sqlite)"),
                options=QFileDialog.Option.DontConfirmOverwrite,
            )
            if not name:
                return None
            path = Path(name)
        target = path
        return self.context.tasks.run(
            self.tr("Saving a copy"),
            lambda _state: save_copy(database, target),
            on_done=lambda written: self._tell(
                self.tr("Saved a copy of the event as {path}.").format(path=written)
            ),
            on_error=lambda error: Messages.show_error(self.window, error),
        )

    def ask_copy_event(self, choice: CopyChoice | None = None) -> TaskState | None:
        """``copy-event TARGET``: into a new file or an empty PostgreSQL database."""
        database = self._database()
        if database is None:
            return None
        if choice is None:
            dialog = CopyEventDialog(self._folder() / "event-copy.sqlite", self.window)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            choice = dialog.choice()
            if choice is None:
                return None
        chosen = choice
        shown = without_password(chosen.target)
        target = chosen.target
        if not has_password(target):
            password = self.context.passwords.get(shown)
            target = with_password(shown, password) if password else target

        def copy(state: TaskState) -> str:
            copied = copy_event(database, target, task=state.task)
            copied.dispose()
            return target

        def done(where: str) -> None:
            if chosen.open_copy:
                self.window.app_actions.open_location(where)
            else:
                self._tell(self.tr("Copied the event to {where}.").format(where=shown))

        def failed(error: BaseException) -> None:
            if password_rejected(error):
                answer = Messages.ask_password(self.window, shown)
                if answer is not None:
                    password, remember = answer
                    if remember:
                        remember_password(shown, password)
                    self.context.passwords[shown] = password
                    self.ask_copy_event(
                        CopyChoice(with_password(shown, password), chosen.open_copy)
                    )
                return
            Messages.show_error(self.window, error)

        label = self.tr("Copying the event to {where}…").format(where=shown)
        return self.context.tasks.run(
            self.tr("Copying the event"),
            copy,
            on_done=done,
            on_error=failed,
            before_start=lambda started: follow(self.window, started, label),
        )

    def ask_open_url(self, url: str | None = None) -> TaskState | None:
        """``--db postgresql://…``: open an event on a server (asks for the password if needed)."""
        if url is None:
            url, ok = QInputDialog.getText(
                self.window,
                self.tr("Open database URL"),
                self.tr("PostgreSQL URL of the event, e.g. postgresql://brokerage@HOST/event:"),
                QLineEdit.EchoMode.Normal,
            )
            if not ok or not url.strip():
                return None
        return self.window.app_actions.open_location(url.strip())

    # Meetings on the day ------------------------------------------------------------------
    def _selected_meeting(self) -> int | None:
        ids = self.window.schedule_page.selected_meeting_ids()
        return ids[0] if ids else None

    def ask_meeting_outcome(
        self, meeting_id: int | None = None, choice: OutcomeChoice | None = None
    ) -> MeetingState | None:
        """``meeting held|no-show|scheduled|outcome|confirm``."""
        if self._database() is None:
            return None
        if choice is None:
            dialog = MeetingOutcomeDialog(
                lambda number: self.context.read(lambda s: get_meeting_state(s, number)),
                meeting_id or self._selected_meeting(),
                self.confirm_by_badges,
                self.window,
            )
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            choice = dialog.choice()
        command = MeetingOutcomeCommand(
            self.context,
            choice.meeting_id,
            choice.status,
            choice.feedback,
            choice.agreement_reached,
        )
        try:
            command.execute()  # one undoable step
        except BrokerageError as error:  # refused contradictions and the like
            Messages.show_error(self.window, error)
            return None
        return command.state

    def confirm_by_badges(self, code_a: str, code_b: str) -> MeetingState | None:
        database = self._database()
        if database is None:
            return None
        try:
            state = confirm_meeting_by_badges(database, code_a, code_b, actor=self.context.actor)
        except BrokerageError as error:
            Messages.show_error(self.window, error)
            return None
        # The service owns its unit of work; marking a meeting held changes these two.
        self.context.notify(Topic.SCHEDULE, Topic.CHECKIN)
        return state

    def show_walk_in(self) -> WalkInDialog | None:
        """``walk-in A B [--book]``."""
        if self._database() is None:
            return None
        dialog = WalkInDialog(self._people(), self.find_walk_in, self.book_walk_in, self.window)
        dialog.open()
        return dialog

    def find_walk_in(self, first: int, second: int) -> list[WalkInOption] | None:
        try:
            return self.context.read(lambda s: walk_in_options(s, first, second))
        except BrokerageError as error:
            Messages.show_error(self.window, error)
            return None

    def book_walk_in(self, first: int, second: int, option: WalkInOption) -> MeetingState | None:
        command = WalkInCommand(self.context, first, second, (option.slot_id, option.table_id))
        try:
            command.execute()  # one undoable step
        except BrokerageError as error:
            Messages.show_error(self.window, error)
            return None
        assert command.booking is not None
        return command.booking.meeting
