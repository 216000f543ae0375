"""Event settings: change name, venue, time zone, days, sessions, breaks, rooms and tables
after set-up. Applying is one undoable edit (``EventSettingsCommand``)."""

from __future__ import annotations

import datetime as dt
import zoneinfo
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from brokerage_app.domain.timetable import DaySpec, SettingsRefusedError
from brokerage_app.errors import ValidationError
from brokerage_app.services.event_settings import (
    EventSettings,
    TableSetting,
    load_venue_map,
    validate_settings,
)
from brokerage_app.ui import event_problems, formatting
from brokerage_app.ui.dialogs.new_event import SessionTable, unused_note

TABLE_COLUMNS = ("Number", "Label", "Room", "Booth of")


class EventSettingsDialog(QDialog):
    def __init__(
        self,
        settings: EventSettings,
        attendees: tuple[tuple[int, str], ...],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Event settings"))
        self._original = settings
        self._attendees = attendees
        self._days: dict[dt.date, DaySpec] = {d.date: d for d in settings.days}
        self._shown_day: dt.date | None = None

        self.name = QLineEdit(settings.name)
        self.venue = QLineEdit(settings.venue)
        self.time_zone = QComboBox()
        self.time_zone.setEditable(True)
        self.time_zone.addItems(sorted(zoneinfo.available_timezones()))
        self.time_zone.setCurrentText(settings.time_zone)
        self.rooms = QLineEdit(", ".join(settings.rooms))
        self.rooms.setToolTip(self.tr("Several rooms: separate them with commas."))
        details = QFormLayout()
        details.addRow(self.tr("Event name *"), self.name)
        details.addRow(self.tr("Venue"), self.venue)
        details.addRow(self.tr("Time zone"), self.time_zone)
        details.addRow(self.tr("Rooms"), self.rooms)
        # The venue map: an image printed on the last page of every agenda.
        self._venue_map = settings.venue_map
        self.venue_map_note = QLabel()
        self.venue_map_note.setObjectName("muted")
        choose_map = QPushButton(self.tr("Choose image…"))
        choose_map.clicked.connect(lambda: self.choose_venue_map())
        self.remove_map = QPushButton(self.tr("Remove"))
        self.remove_map.clicked.connect(lambda: self.set_venue_map(None))
        map_row = QHBoxLayout()
        map_row.addWidget(self.venue_map_note, 1)
        map_row.addWidget(choose_map)
        map_row.addWidget(self.remove_map)
        details.addRow(self.tr("Venue map"), map_row)
        self._show_venue_map()

        # Days: pick one, edit its sessions; add a day (copying the one shown) or remove it.
        self.day = QComboBox()
        self.day.currentIndexChanged.connect(lambda _i: self._show_day())
        self.new_day = QDateEdit()
        self.new_day.setCalendarPopup(True)
        self.new_day.setDisplayFormat("yyyy-MM-dd")
        last = max(self._days) if self._days else dt.date.today()
        self.new_day.setDate(QDate(last + dt.timedelta(days=1)))
        add_day = QPushButton(self.tr("Add day"))
        add_day.clicked.connect(self.add_day)
        remove_day = QPushButton(self.tr("Remove day"))
        remove_day.clicked.connect(self.remove_day)
        self.sessions = SessionTable()
        self.sessions.changed.connect(self._update_note)
        add_session = QPushButton(self.tr("Add session"))
        add_session.clicked.connect(lambda: self.sessions.add_session("", "09:00", "12:00", 20, ""))
        remove_session = QPushButton(self.tr("Remove session"))
        remove_session.clicked.connect(self.sessions.remove_selected)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setObjectName("muted")
        day_row = QHBoxLayout()
        day_row.addWidget(QLabel(self.tr("Day")))
        day_row.addWidget(self.day, 1)
        day_row.addWidget(remove_day)
        day_row.addSpacing(16)
        day_row.addWidget(self.new_day)
        day_row.addWidget(add_day)
        session_row = QHBoxLayout()
        session_row.addWidget(add_session)
        session_row.addWidget(remove_session)
        session_row.addStretch()
        days_box = QGroupBox(self.tr("Days and sessions"))
        days_layout = QVBoxLayout(days_box)
        days_layout.addLayout(day_row)
        days_layout.addWidget(self.sessions)
        days_layout.addLayout(session_row)
        days_layout.addWidget(self.note)

        self.tables = QTableWidget(0, len(TABLE_COLUMNS))
        self.tables.setHorizontalHeaderLabels([self.tr(c) for c in TABLE_COLUMNS])
        self.tables.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.tables.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tables.verticalHeader().hide()
        for table in settings.tables:
            self._add_table_row(table)
        add_table = QPushButton(self.tr("Add table"))
        add_table.clicked.connect(self.add_table)
        remove_table = QPushButton(self.tr("Remove table"))
        remove_table.clicked.connect(self.remove_selected_tables)
        table_row = QHBoxLayout()
        table_row.addWidget(add_table)
        table_row.addWidget(remove_table)
        table_row.addStretch()
        tables_box = QGroupBox(self.tr("Tables"))
        tables_layout = QVBoxLayout(tables_box)
        tables_layout.addWidget(self.tables)
        tables_layout.addLayout(table_row)

        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #a4262c;")
        hint = QLabel(
            self.tr(
                "A meeting whose day and start time still exist keeps its place; the others "
                "turn red on the Schedule page until you re-solve or move them. Undo (Ctrl+Z) "
                "puts everything back."
            )
        )
        hint.setWordWrap(True)
        hint.setObjectName("muted")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(details)
        layout.addWidget(days_box, 2)
        layout.addWidget(tables_box, 3)
        layout.addWidget(hint)
        layout.addWidget(self.problems)
        layout.addWidget(buttons)
        self._fill_days(min(self._days) if self._days else None)
        self.resize(820, 860)

    # Venue map ------------------------------------------------------------------------------
    def choose_venue_map(self, path: str | None = None) -> None:
        """Take the image at ``path`` (asked for when None) as the venue map."""
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self, self.tr("Venue map"), "", self.tr("Images (*.png *.jpg *.jpeg)")
            )
            if not path:
                return
        try:
            self.set_venue_map(load_venue_map(Path(path)))
        except SettingsRefusedError as exc:
            self.problems.setText(event_problems.refusal(exc))

    def set_venue_map(self, image: bytes | None) -> None:
        self._venue_map = image
        self.problems.clear()
        self._show_venue_map()

    def _show_venue_map(self) -> None:
        self.remove_map.setEnabled(self._venue_map is not None)
        self.venue_map_note.setText(
            self.tr("An image of {kb} KB, printed on the last page of every agenda").format(
                kb=max(1, len(self._venue_map) // 1024)
            )
            if self._venue_map
            else self.tr("None: agendas print no map")
        )

    # Days -----------------------------------------------------------------------------------
    def _keep_shown_day(self) -> None:
        """Store the sessions table into the day it shows (raises on a bad cell)."""
        if self._shown_day is not None and self._shown_day in self._days:
            day = self._days[self._shown_day]
            self._days[self._shown_day] = replace(day, sessions=self.sessions.specs())

    def _fill_days(self, show: dt.date | None) -> None:
        self.day.blockSignals(True)
        self.day.clear()
        for date in sorted(self._days):
            self.day.addItem(formatting.long_day(date), date)
        index = self.day.findData(show) if show is not None else -1
        self.day.setCurrentIndex(max(index, 0))
        self.day.blockSignals(False)
        self._shown_day = None
        self._show_day()

    def _show_day(self) -> None:
        try:
            self._keep_shown_day()
        except ValidationError as exc:
            self.problems.setText(str(exc))
            self.day.blockSignals(True)
            self.day.setCurrentIndex(self.day.findData(self._shown_day))
            self.day.blockSignals(False)
            return
        date = self.day.currentData()
        self._shown_day = date
        self.sessions.set_specs(self._days[date].sessions if date in self._days else ())
        self._update_note()

    def add_day(self, date: dt.date | None = None) -> None:
        date = date or formatting.python_date(self.new_day.date())
        if date in self._days:
            self.problems.setText(self.tr("The event already has that day."))
            return
        self._keep_shown_day()
        model = self._days.get(self._shown_day) if self._shown_day else None
        self._days[date] = DaySpec(date, model.sessions if model else (), "")
        self._fill_days(date)
        self.new_day.setDate(QDate(max(self._days) + dt.timedelta(days=1)))

    def remove_day(self) -> None:
        date = self.day.currentData()
        if date in self._days:
            del self._days[date]
            self._shown_day = None
            self._fill_days(min(self._days) if self._days else None)

    def _update_note(self) -> None:
        try:
            sessions = self.sessions.specs()
        except ValidationError as exc:
            self.note.setText(str(exc))
            return
        date = self._shown_day
        self.note.setText(unused_note((DaySpec(date, sessions),)) if date else "")

    # Tables ---------------------------------------------------------------------------------
    def _add_table_row(self, table: TableSetting) -> None:
        row = self.tables.rowCount()
        self.tables.insertRow(row)
        number = QSpinBox()
        number.setRange(1, 100_000)
        number.setValue(table.number)
        number.setProperty("table_id", table.id)
        self.tables.setCellWidget(row, 0, number)
        self.tables.setItem(row, 1, QTableWidgetItem(table.label))
        room = QComboBox()
        room.setEditable(True)
        room.addItems(["", *self._room_names()])
        room.setCurrentText(table.room)
        self.tables.setCellWidget(row, 2, room)
        owner = QComboBox()
        owner.addItem(self.tr("— shared table —"), None)
        for attendee_id, name in self._attendees:
            owner.addItem(name, attendee_id)
        owner.setCurrentIndex(max(owner.findData(table.owner_id), 0))
        self.tables.setCellWidget(row, 3, owner)

    def _room_names(self) -> list[str]:
        return [r.strip() for r in self.rooms.text().split(",") if r.strip()]

    def _number_cell(self, row: int) -> QSpinBox:
        widget = self.tables.cellWidget(row, 0)
        assert isinstance(widget, QSpinBox)  # as _add_table_row made it
        return widget

    def _choice_cell(self, row: int, column: int) -> QComboBox:
        widget = self.tables.cellWidget(row, column)
        assert isinstance(widget, QComboBox)  # the room and owner columns
        return widget

    def add_table(self) -> None:
        """A table numbered after the highest, in the room of the last row; shown selected,
        so that a click on a long list visibly adds a row."""
        rows = range(self.tables.rowCount())
        numbers = [self._number_cell(r).value() for r in rows]
        room = self._choice_cell(rows[-1], 2).currentText().strip() if rows else ""
        if not room and self._room_names():
            room = self._room_names()[0]
        self._add_table_row(TableSetting(number=max(numbers, default=0) + 1, room=room))
        row = self.tables.rowCount() - 1
        self.tables.selectRow(row)
        self.tables.scrollTo(self.tables.model().index(row, 0))

    def remove_selected_tables(self) -> None:
        for row in sorted({i.row() for i in self.tables.selectedIndexes()}, reverse=True):
            self.tables.removeRow(row)

    # Result ---------------------------------------------------------------------------------
    def settings(self) -> EventSettings:
        """What the dialog says; raises ValidationError naming the field that is wrong."""
        self._keep_shown_day()
        tables = []
        for row in range(self.tables.rowCount()):
            number = self._number_cell(row)
            label = self.tables.item(row, 1)
            tables.append(
                TableSetting(
                    number=number.value(),
                    label=label.text().strip() if label else "",
                    room=self._choice_cell(row, 2).currentText().strip(),
                    owner_id=self._choice_cell(row, 3).currentData(),
                    id=number.property("table_id"),
                )
            )
        return EventSettings(
            name=self.name.text().strip(),
            venue=self.venue.text().strip(),
            time_zone=self.time_zone.currentText().strip(),
            days=tuple(self._days[d] for d in sorted(self._days)),
            rooms=tuple(self._room_names()),
            tables=tuple(tables),
            venue_map=self._venue_map,
        )

    def accept(self) -> None:
        try:
            problems = event_problems.problems_text(validate_settings(self.settings()))
        except ValidationError as exc:  # a cell the dialog itself cannot read, worded by it
            problems = str(exc)
        if problems:
            self.problems.setText(problems)
            return
        super().accept()
