"""Dialogs of the File and Meetings menus: exports, backups, copies, one person, meetings.

Each dialog only collects choices (plain values) and shows facts a service returned; the
work itself is a service call made by ``ui.data_actions``, the same one the CLI makes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from brokerage_app.domain.text import fold
from brokerage_app.errors import BrokerageError
from brokerage_app.services.backups import BackupInfo
from brokerage_app.services.listings import AttendeeRow
from brokerage_app.services.meetings_on_the_day import TOOK_PLACE, MeetingState, WalkInOption
from brokerage_app.store.models import MeetingOutcome, MeetingStatus
from brokerage_app.ui import formatting
from brokerage_app.ui.dialogs.messages import error_text
from brokerage_app.ui.i18n import enum_label, format_number


def table_name(number: int, label: str) -> str:
    """A table as the window names it: the organiser's label, else "Table 7" in its language."""
    return label or QCoreApplication.translate("Tables", "Table {n}").format(n=number)


# Backup reasons the program writes (services call backup_event with these).
def backup_reason(reason: str) -> str:
    translate = QCoreApplication.translate
    known = {
        "manual": translate("BackupsDialog", "By hand"),
        "solve": translate("BackupsDialog", "Solve"),
        "publish": translate("BackupsDialog", "Publication"),
        "import-attendees": translate("BackupsDialog", "Attendee import"),
        "import-requests": translate("BackupsDialog", "Request import"),
        "before-restore": translate("BackupsDialog", "Restore"),
        "selftest": translate("BackupsDialog", "Self-test"),
    }
    if reason.startswith("migration-from-"):
        return translate("BackupsDialog", "Upgrade from schema {n}").format(
            n=reason.removeprefix("migration-from-")
        )
    return known.get(reason, reason)


def _buttons(dialog: QDialog, ok_text: str) -> QDialogButtonBox:
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


class PathField(QWidget):
    """A path typed or chosen with a file dialog (a folder when ``folder``)."""

    def __init__(self, title: str, file_filter: str = "", *, folder: bool = False) -> None:
        super().__init__()
        self.title, self.file_filter, self.folder = title, file_filter, folder
        self.edit = QLineEdit()
        self.edit.setMinimumWidth(360)
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(self._choose)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(choose)

    def _choose(self) -> None:
        if self.folder:
            path = QFileDialog.getExistingDirectory(self, self.title, self.edit.text())
        else:
            path, _ = QFileDialog.getSaveFileName(
                self, self.title, self.edit.text(), self.file_filter
            )
        if path:
            self.edit.setText(path)

    def path(self) -> Path | None:
        text = self.edit.text().strip()
        return Path(text).expanduser() if text else None


# Exports ------------------------------------------------------------------------------------
class ExportKind:
    ATTENDEES = "attendees"
    REQUESTS = "requests"
    SCHEDULE = "schedule"
    CALENDARS = "ical"


@dataclass(frozen=True)
class ExportChoice:
    kind: str  # an ExportKind
    path: Path
    full: bool


class ExportDialog(QDialog):
    """What to export, where (the file name's ending chooses CSV or XLSX), and for whom."""

    def __init__(self, kind: str, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export"))
        self._folder = folder
        self.what = QComboBox()
        for key, label in (
            (ExportKind.ATTENDEES, self.tr("Attendees (spreadsheet)")),
            (ExportKind.REQUESTS, self.tr("Meeting requests (spreadsheet)")),
            (ExportKind.SCHEDULE, self.tr("Schedule (spreadsheet)")),
            (ExportKind.CALENDARS, self.tr("Calendars: one iCalendar file per attendee")),
        ):
            self.what.addItem(label, key)
        self.target = PathField(
            self.tr("Export to"), self.tr("Spreadsheets (*.xlsx *.csv);;All files (*)")
        )
        self.full = QCheckBox(
            self.tr("Full export for the organiser: every e-mail and phone, and people not listed")
        )
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setObjectName("muted")
        form = QFormLayout()
        form.addRow(self.tr("What"), self.what)
        form.addRow(self.tr("Save to"), self.target)
        form.addRow("", self.full)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(_buttons(self, self.tr("Export")))
        self.what.currentIndexChanged.connect(lambda _i: self._kind_changed())
        self.full.toggled.connect(lambda _on: self._kind_changed())
        self.what.setCurrentIndex(max(0, self.what.findData(kind)))
        self._kind_changed()

    def _kind_changed(self) -> None:
        kind = self.what.currentData()
        calendars = kind == ExportKind.CALENDARS
        self.target.folder = calendars
        self.full.setVisible(not calendars)
        name = f"calendars-{dt.date.today():%Y%m%d}" if calendars else f"{kind}.xlsx"
        current = self.target.path()
        if current is None or current.parent == self._folder:
            self.target.edit.setText(str(self._folder / name))
        if calendars:
            self.note.setText(
                self.tr(
                    "One .ics file per attendee with meetings, into this folder. A "
                    "counterpart's e-mail and phone appear only with their consent."
                )
            )
        elif self.full.isChecked():
            self.note.setText(
                self.tr("For the organiser's own desk or to import again: do not share it.")
            )
        else:
            self.note.setText(
                self.tr(
                    "Safe to share: contact details only with consent, only people who agreed "
                    "to be listed. A name ending in .csv writes CSV, .xlsx an Excel workbook."
                )
            )

    def choice(self) -> ExportChoice | None:
        path = self.target.path()
        if path is None:
            return None
        kind = self.what.currentData()
        if kind != ExportKind.CALENDARS and path.suffix.lower() not in (".csv", ".xlsx"):
            path = path.with_suffix(".xlsx")
        return ExportChoice(kind, path, self.full.isChecked() and kind != ExportKind.CALENDARS)


# Backups ------------------------------------------------------------------------------------
def _size(size_bytes: int) -> str:
    translate = QCoreApplication.translate
    if size_bytes >= 1_048_576:
        return translate("BackupsDialog", "{n} MB").format(
            n=format_number(size_bytes / 1_048_576, 1)
        )
    return translate("BackupsDialog", "{n} KB").format(n=format_number(max(1, size_bytes // 1024)))


class BackupsDialog(QDialog):
    """The event's backups, newest first; back up now or restore one (``backup``)."""

    def __init__(
        self,
        folder: Path,
        backups: Sequence[BackupInfo],
        on_backup: Callable[[], object],
        on_restore: Callable[[Path], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Backups"))
        self.resize(760, 380)
        self._on_restore = on_restore
        intro = QLabel(
            self.tr(
                "Backups are made before every solve, import, publication and upgrade, in "
                "{folder}. Restoring one first backs up what the event holds now."
            ).format(folder=folder)
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Made"), self.tr("Before"), self.tr("Holds"), self.tr("Size")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for column in (0, 1, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.show_backups(backups)
        self.backup_button = QPushButton(self.tr("Back up now"))
        self.backup_button.clicked.connect(on_backup)
        self.restore_button = QPushButton(self.tr("Restore…"))
        self.restore_button.clicked.connect(self._restore)
        self.restore_button.setEnabled(False)
        self.table.itemSelectionChanged.connect(
            lambda: self.restore_button.setEnabled(self.selected() is not None)
        )
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.backup_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch()
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def show_backups(self, backups: Sequence[BackupInfo]) -> None:
        self._backups = list(backups)
        self.table.setRowCount(len(self._backups))
        for row, info in enumerate(self._backups):
            holds = (
                self.tr("{attendees} attendees, {meetings} meetings").format(
                    attendees=info.attendees, meetings=info.meetings
                )
                if info.readable
                else self.tr("Unreadable")
            )
            cells = (
                formatting.date_day_time(info.created),
                backup_reason(info.reason),
                holds,
                _size(info.size_bytes),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(str(info.path))
                self.table.setItem(row, column, item)

    def selected(self) -> BackupInfo | None:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        return self._backups[min(rows)] if rows else None

    def _restore(self) -> None:
        info = self.selected()
        if info is not None:
            self._on_restore(info.path)


# Copying the event --------------------------------------------------------------------------
@dataclass(frozen=True)
class CopyChoice:
    target: str  # a new file's path or a postgresql:// URL
    open_copy: bool


class CopyEventDialog(QDialog):
    """Copy the event into a new file or an empty PostgreSQL database (``copy-event``)."""

    def __init__(self, suggested_file: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Copy the event"))
        self.to_file = QRadioButton(self.tr("Into a new event file"))
        self.to_server = QRadioButton(self.tr("Into an empty PostgreSQL database"))
        group = QButtonGroup(self)
        group.addButton(self.to_file)
        group.addButton(self.to_server)
        self.file = PathField(self.tr("New event file"), self.tr("Event files (*.sqlite)"))
        self.file.edit.setText(str(suggested_file))
        self.url = QLineEdit()
        self.url.setPlaceholderText(self.tr("postgresql://user@HOST/database"))
        self.open_copy = QCheckBox(self.tr("Open the copy afterwards"))
        note = QLabel(
            self.tr(
                "Several check-in stations share one event on PostgreSQL. The server asks for "
                "its password when it needs one; it is never stored in the settings."
            )
        )
        note.setWordWrap(True)
        note.setObjectName("muted")
        form = QFormLayout()
        form.addRow(self.to_file)
        form.addRow(self.tr("File"), self.file)
        form.addRow(self.to_server)
        form.addRow(self.tr("Database URL"), self.url)
        form.addRow("", self.open_copy)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(_buttons(self, self.tr("Copy")))
        self.to_file.toggled.connect(self._mode_changed)
        self.to_file.setChecked(True)
        self._mode_changed()

    def _mode_changed(self) -> None:
        self.file.setEnabled(self.to_file.isChecked())
        self.url.setEnabled(self.to_server.isChecked())

    def choice(self) -> CopyChoice | None:
        if self.to_file.isChecked():
            path = self.file.path()
            target = str(path) if path is not None else ""
        else:
            target = self.url.text().strip()
        return CopyChoice(target, self.open_copy.isChecked()) if target else None


# One person -----------------------------------------------------------------------------
# Where a PersonBox item keeps the text it is matched on: as shown, and as domain.text.fold
# spells it, so "zolc" finds "Łukasz Żółć" here as at the desk and on the Print page.
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 1


class _FoldingCompleter(QCompleter):
    """Matches on SEARCH_ROLE but puts the shown text into the box."""

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:
        return str(index.data(Qt.ItemDataRole.DisplayRole) or "")


class PersonBox(QComboBox):
    """Choose an attendee by typing any part of the name or organisation."""

    def __init__(self, people: Sequence[AttendeeRow], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for index, row in enumerate(people):
            shown = f"{row.full_name} — {row.organisation}"
            self.addItem(shown, row.id)
            self.setItemData(index, f"{shown} {fold(shown)}", SEARCH_ROLE)
        completer = _FoldingCompleter(self.model(), self)
        completer.setCompletionRole(SEARCH_ROLE)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompleter(completer)
        self.setCurrentIndex(-1)
        line = self.lineEdit()
        assert line is not None  # the box is editable
        line.setPlaceholderText(self.tr("Type a name or organisation"))

    def attendee_id(self) -> int | None:
        index = self.findText(self.currentText())
        return self.itemData(index) if index >= 0 else None

    def choose(self, attendee_id: int) -> None:
        self.setCurrentIndex(self.findData(attendee_id))


class PersonExportDialog(QDialog):
    """Everything stored about one attendee, as JSON (``gdpr export``)."""

    def __init__(
        self, people: Sequence[AttendeeRow], folder: Path, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export one person's data"))
        self.person = PersonBox(people)
        self.target = PathField(self.tr("Save as"), self.tr("JSON files (*.json)"))
        self._folder = folder
        self.person.currentIndexChanged.connect(lambda _i: self._suggest())
        note = QLabel(
            self.tr(
                "For a subject-access request: profile, organisation, requests, meetings, "
                "check-ins and audit entries of this person."
            )
        )
        note.setWordWrap(True)
        note.setObjectName("muted")
        form = QFormLayout()
        form.addRow(self.tr("Person"), self.person)
        form.addRow(self.tr("Save as"), self.target)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(_buttons(self, self.tr("Export")))

    def _suggest(self) -> None:
        attendee_id = self.person.attendee_id()
        if attendee_id is not None:
            self.target.edit.setText(str(self._folder / f"attendee-{attendee_id}.json"))

    def choice(self) -> tuple[int, Path] | None:
        attendee_id, path = self.person.attendee_id(), self.target.path()
        if attendee_id is None or path is None:
            return None
        return attendee_id, path


# Meetings on the day --------------------------------------------------------------------
def feedback_labels() -> dict[MeetingOutcome | None, str]:
    """The feedback words b2match organisers know, in the interface language."""
    return {
        None: QCoreApplication.translate("MeetingOutcomeDialog", "Not recorded"),
        MeetingOutcome.DID_NOT_TAKE_PLACE: QCoreApplication.translate(
            "MeetingOutcomeDialog", "Did not take place"
        ),
        MeetingOutcome.NO_INTEREST: QCoreApplication.translate(
            "MeetingOutcomeDialog", "Insufficient interest"
        ),
        MeetingOutcome.INFORMATIVE: QCoreApplication.translate(
            "MeetingOutcomeDialog", "Very informative, no cooperation planned"
        ),
        MeetingOutcome.COOPERATION_POSSIBLE: QCoreApplication.translate(
            "MeetingOutcomeDialog", "Cooperation possible"
        ),
    }


@dataclass(frozen=True)
class OutcomeChoice:
    meeting_id: int
    status: MeetingStatus
    feedback: MeetingOutcome | None
    agreement_reached: bool


class MeetingOutcomeDialog(QDialog):
    """Held or no-show, the feedback, and whether an agreement was reached (``meeting``)."""

    def __init__(
        self,
        lookup: Callable[[int], MeetingState],
        meeting_id: int | None,
        on_badges: Callable[[str, str], MeetingState | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Meeting outcome"))
        self._lookup = lookup
        self._on_badges = on_badges
        self.meeting = QSpinBox()
        self.meeting.setRange(1, 10_000_000)
        self.meeting.setSpecialValueText("")
        self.what = QLabel()
        self.what.setWordWrap(True)
        self.status = QComboBox()
        for status in (MeetingStatus.SCHEDULED, MeetingStatus.HELD, MeetingStatus.NO_SHOW):
            self.status.addItem(enum_label(status), status)
        self.feedback = QComboBox()
        for value, label in feedback_labels().items():
            self.feedback.addItem(label, value)
        self.agreement = QCheckBox(self.tr("An agreement was reached"))
        self.code_a = QLineEdit()
        self.code_b = QLineEdit()
        for field in (self.code_a, self.code_b):
            field.setPlaceholderText(self.tr("Scan a badge"))
            field.setMinimumWidth(150)
        confirm = QPushButton(self.tr("Mark their meeting held"))
        confirm.clicked.connect(self._confirm_badges)
        badges = QHBoxLayout()
        badges.addWidget(self.code_a)
        badges.addWidget(self.code_b)
        badges.addWidget(confirm)
        form = QFormLayout()
        form.addRow(self.tr("Meeting number"), self.meeting)
        form.addRow("", self.what)
        form.addRow(self.tr("Status"), self.status)
        form.addRow(self.tr("Feedback"), self.feedback)
        form.addRow("", self.agreement)
        form.addRow(self.tr("Or both badges"), badges)
        self.buttons = _buttons(self, self.tr("Save"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.meeting.valueChanged.connect(lambda _v: self._load())
        self.feedback.currentIndexChanged.connect(lambda _i: self._feedback_changed())
        self.status.currentIndexChanged.connect(lambda _i: self._feedback_changed())
        self.meeting.setValue(meeting_id or 1)
        self._load()

    def _load(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        try:
            state = self._lookup(self.meeting.value())
        except Exception as error:  # NotFoundError and the like: say it, allow nothing
            self.what.setText(
                error_text(error) if isinstance(error, BrokerageError) else str(error)
            )
            ok.setEnabled(False)
            return
        self.show_state(state)
        ok.setEnabled(state.status is not MeetingStatus.CANCELLED)

    def show_state(self, state: MeetingState) -> None:
        self.what.setText(
            self.tr("{a} and {b}, {when}, {table}").format(
                a=state.name_a,
                b=state.name_b,
                when=formatting.day_month_time(state.starts_at),
                table=table_name(state.table_number, state.table_label),
            )
        )
        self.status.setCurrentIndex(max(0, self.status.findData(state.status)))
        self.feedback.setCurrentIndex(max(0, self.feedback.findData(state.outcome)))
        self.agreement.setChecked(state.agreement_reached)

    # Qt hands a StrEnum stored as item data back as a plain str: rebuild the enum.
    def _status(self) -> MeetingStatus:
        return MeetingStatus(self.status.currentData())

    def _feedback(self) -> MeetingOutcome | None:
        value = self.feedback.currentData()
        return MeetingOutcome(value) if value else None

    def _feedback_changed(self) -> None:
        if self._feedback() in TOOK_PLACE and self._status() is MeetingStatus.SCHEDULED:
            # Feedback says it took place; the service marks it held, the form says so first.
            self.status.setCurrentIndex(self.status.findData(MeetingStatus.HELD))
        did_not = (
            self._status() is MeetingStatus.NO_SHOW
            or self._feedback() is MeetingOutcome.DID_NOT_TAKE_PLACE
        )
        self.agreement.setEnabled(not did_not)
        if did_not:
            self.agreement.setChecked(False)

    def _confirm_badges(self) -> None:
        state = self._on_badges(self.code_a.text(), self.code_b.text())
        if state is not None:
            self.meeting.setValue(state.meeting_id)
            self.show_state(state)

    def choice(self) -> OutcomeChoice:
        status, feedback = self._status(), self._feedback()
        if feedback is MeetingOutcome.DID_NOT_TAKE_PLACE:
            status = MeetingStatus.NO_SHOW
        return OutcomeChoice(self.meeting.value(), status, feedback, self.agreement.isChecked())


class WalkInDialog(QDialog):
    """Free places for two attendees to meet, and booking one (``walk-in A B [--book]``)."""

    def __init__(
        self,
        people: Sequence[AttendeeRow],
        find: Callable[[int, int], list[WalkInOption] | None],
        book: Callable[[int, int, WalkInOption], MeetingState | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Walk-in meeting"))
        self.resize(560, 420)
        self._find, self._book = find, book
        self.person_a = PersonBox(people)
        self.person_b = PersonBox(people)
        self.find_button = QPushButton(self.tr("Find free places"))
        self.find_button.clicked.connect(self.find_places)
        self.places = QListWidget()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.book_button = QPushButton(self.tr("Book"))
        self.book_button.setObjectName("primary")
        self.book_button.clicked.connect(self.book_selected)
        self.book_button.setEnabled(False)
        self.places.currentRowChanged.connect(lambda row: self.book_button.setEnabled(row >= 0))
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        form = QFormLayout()
        form.addRow(self.tr("First person"), self.person_a)
        form.addRow(self.tr("Second person"), self.person_b)
        buttons = QHBoxLayout()
        buttons.addWidget(self.book_button)
        buttons.addStretch()
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.find_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.places, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self._options: list[WalkInOption] = []

    def _pair(self) -> tuple[int, int] | None:
        a, b = self.person_a.attendee_id(), self.person_b.attendee_id()
        if a is None or b is None:
            self.message.setText(self.tr("Choose both people first."))
            return None
        return a, b

    def find_places(self) -> None:
        pair = self._pair()
        self.places.clear()
        self._options = []
        if pair is None:
            return
        options = self._find(*pair)
        if options is None:
            return
        self._options = options
        for option in options:
            text = self.tr("{when}, {table}").format(
                when=formatting.slot_label(option.starts_at, option.ends_at),
                table=table_name(option.table_number, option.table_label),
            )
            if option.replaces_meeting_id:
                text += " " + self.tr("(table of no-show meeting {n})").format(
                    n=option.replaces_meeting_id
                )
            self.places.addItem(QListWidgetItem(text))
        self.message.setText(
            self.tr("{n} free place(s); the earliest first.").format(n=len(options))
            if options
            else self.tr("No free place for these two for the rest of the event.")
        )
        if options:
            self.places.setCurrentRow(0)

    def book_selected(self) -> None:
        pair = self._pair()
        row = self.places.currentRow()
        if pair is None or not 0 <= row < len(self._options):
            return
        state = self._book(*pair, self._options[row])
        if state is not None:
            self.message.setText(
                self.tr("Booked meeting {n}: {when}, {table}.").format(
                    n=state.meeting_id,
                    when=formatting.day_month_time(state.starts_at),
                    table=table_name(state.table_number, state.table_label),
                )
            )
            self.places.clear()
            self._options = []
