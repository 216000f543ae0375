"""The New-event wizard: what, where, when, how many tables; checked before anything is written."""

from __future__ import annotations

import datetime as dt
import re
import zoneinfo
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
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
    QWizard,
    QWizardPage,
)

from brokerage_app.domain.timetable import (
    BreakSpec,
    DaySpec,
    EventSpec,
    SessionSpec,
    slot_times,
    unused_time,
    validate_event_spec,
)
from brokerage_app.errors import ValidationError
from brokerage_app.paths import events_dir
from brokerage_app.ui import event_problems, formatting
from brokerage_app.ui.i18n import QT_TRANSLATE_NOOP

BREAK_PATTERN = re.compile(r"^\s*(\d{1,2}:\d{2})\s*[-–]\s*(\d{1,2}:\d{2})\s*(.*)$")
# The suggested sessions: names and the break's name are stored as shown, so they are
# suggested in the window's language (tr at use; marked here for the catalogue).
DEFAULT_SESSIONS = (
    (QT_TRANSLATE_NOOP("NewEventWizard", "Morning"), "09:00", "12:20", 20, "10:40-11:00"),
    (QT_TRANSLATE_NOOP("NewEventWizard", "Afternoon"), "13:30", "17:10", 20, "15:10-15:30"),
)
DEFAULT_BREAK = QT_TRANSLATE_NOOP("NewEventWizard", "Coffee")
SESSION_COLUMNS = ("Name", "Starts", "Ends", "Slot minutes", "Breaks (10:40-11:00 Coffee; …)")


def _time(text: str, where: str) -> dt.time:
    try:
        return dt.time.fromisoformat(text.strip().rjust(5, "0"))
    except ValueError:
        raise ValidationError(
            QCoreApplication.translate(
                "NewEventWizard", "{where}: {text} is not a time such as 09:00."
            ).format(where=where, text=repr(text))
        ) from None


def parse_breaks(text: str, where: str) -> tuple[BreakSpec, ...]:
    breaks = []
    for part in filter(None, (p.strip() for p in text.split(";"))):
        match = BREAK_PATTERN.match(part)
        if not match:
            raise ValidationError(
                QCoreApplication.translate(
                    "NewEventWizard", "{where}: {text} is not a break such as 10:40-11:00 Coffee."
                ).format(where=where, text=repr(part))
            )
        starts, ends, name = match.groups()
        unnamed = QCoreApplication.translate("NewEventWizard", "Break")
        breaks.append(BreakSpec(_time(starts, where), _time(ends, where), name.strip() or unnamed))
    return tuple(breaks)


def slugify(name: str) -> str:
    slug = re.sub(r"[^\w]+", "-", name.casefold(), flags=re.UNICODE).strip("-")
    return slug or "event"


class EventPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("The event"))
        self.setSubTitle(self.tr("What delegates will see on badges and agendas."))
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. Health Brokerage Days 2027"))
        self.venue = QLineEdit()
        self.venue.setPlaceholderText(self.tr("e.g. Malmö Live Congress Centre, Malmö"))
        self.time_zone = QComboBox()
        self.time_zone.setEditable(True)
        self.time_zone.addItems(sorted(zoneinfo.available_timezones()))
        self.time_zone.setCurrentText("Europe/Stockholm")
        self.organiser = QLineEdit()
        self.organiser_email = QLineEdit()
        form = QFormLayout(self)
        form.addRow(self.tr("Event name *"), self.name)
        form.addRow(self.tr("Venue"), self.venue)
        form.addRow(self.tr("Time zone"), self.time_zone)
        form.addRow(self.tr("Organiser"), self.organiser)
        form.addRow(self.tr("Organiser e-mail"), self.organiser_email)
        self.registerField("name*", self.name)


class SessionTable(QTableWidget):
    """A day's meeting sessions as rows: name, start, end, slot minutes, breaks."""

    changed = Signal()

    def __init__(self) -> None:
        super().__init__(0, len(SESSION_COLUMNS))
        self.setHorizontalHeaderLabels([self.tr(c) for c in SESSION_COLUMNS])
        self.horizontalHeader().setSectionResizeMode(
            len(SESSION_COLUMNS) - 1, QHeaderView.ResizeMode.Stretch
        )
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        for column, width in enumerate((120, 80, 80, 110)):
            self.setColumnWidth(column, width)
        self.itemChanged.connect(lambda _item: self.changed.emit())

    def add_session(self, name: str, starts: str, ends: str, minutes: int, breaks: str) -> None:
        row = self.rowCount()
        self.insertRow(row)
        for column, value in enumerate((name, starts, ends, str(minutes), breaks)):
            self.setItem(row, column, QTableWidgetItem(value))
        self.changed.emit()

    def set_specs(self, specs: tuple[SessionSpec, ...]) -> None:
        self.blockSignals(True)
        self.setRowCount(0)
        for spec in specs:
            self.add_session(
                spec.name,
                f"{spec.starts:%H:%M}",
                f"{spec.ends:%H:%M}",
                spec.slot_minutes,
                # Two spaces set the stored break name apart from the times it follows.
                "; ".join(f"{b.starts:%H:%M}-{b.ends:%H:%M}  {b.name}" for b in spec.breaks),
            )
        self.blockSignals(False)
        self.changed.emit()

    def remove_selected(self) -> None:
        for row in sorted({i.row() for i in self.selectedIndexes()}, reverse=True):
            self.removeRow(row)
        self.changed.emit()

    def specs(self) -> tuple[SessionSpec, ...]:
        """The rows as sessions; raises ValidationError naming the row and column."""
        specs = []
        for row in range(self.rowCount()):

            def cell(column: int, row: int = row) -> str:
                item = self.item(row, column)
                return item.text().strip() if item else ""

            session = self.tr("Session {n}").format(n=row + 1)

            def where(field: str, session: str = session) -> str:
                return self.tr("{session}, {field}").format(session=session, field=field)

            try:
                minutes = int(cell(3))
            except ValueError:
                raise ValidationError(
                    self.tr("{where}: {text} is not a whole number.").format(
                        where=where(self.tr("slot minutes")), text=repr(cell(3))
                    )
                ) from None
            specs.append(
                SessionSpec(
                    starts=_time(cell(1), where(self.tr("starts"))),
                    ends=_time(cell(2), where(self.tr("ends"))),
                    slot_minutes=minutes,
                    name=cell(0),
                    breaks=parse_breaks(cell(4), where(self.tr("breaks"))),
                )
            )
        return tuple(specs)


def unused_note(days: tuple[DaySpec, ...]) -> str:
    """A line per session that leaves minutes neither a slot nor a break covers."""
    return "\n".join(
        QCoreApplication.translate(
            "NewEventWizard",
            "{day}, session {n}: {minutes} minutes are neither a slot nor a break.",
        ).format(day=formatting.long_day(item.day), n=item.session, minutes=item.minutes)
        for item in unused_time(days)
    )


class TimetablePage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Days and sessions"))
        self.setSubTitle(
            self.tr("Every day has the same sessions; slots run back to back and skip breaks.")
        )
        self.first_day = QDateEdit(QDate.currentDate().addMonths(2))
        self.first_day.setCalendarPopup(True)
        self.first_day.setDisplayFormat("yyyy-MM-dd")
        self.days = QSpinBox()
        self.days.setRange(1, 14)
        self.days.setValue(2)
        self.sessions = SessionTable()
        coffee = QCoreApplication.translate("NewEventWizard", DEFAULT_BREAK)
        for name, starts, ends, minutes, pause in DEFAULT_SESSIONS:
            name = QCoreApplication.translate("NewEventWizard", name)
            self.add_session(name, starts, ends, minutes, f"{pause} {coffee}")
        add = QPushButton(self.tr("Add session"))
        add.clicked.connect(lambda: self.add_session("", "09:00", "12:00", 20, ""))
        remove = QPushButton(self.tr("Remove session"))
        remove.clicked.connect(self._remove_selected)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.sessions.changed.connect(self._update_summary)
        self.days.valueChanged.connect(self._update_summary)

        form = QFormLayout()
        form.addRow(self.tr("First day"), self.first_day)
        form.addRow(self.tr("Number of days"), self.days)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.sessions)
        layout.addLayout(buttons)
        layout.addWidget(self.summary)
        self._update_summary()

    def add_session(self, name: str, starts: str, ends: str, minutes: int, breaks: str) -> None:
        self.sessions.add_session(name, starts, ends, minutes, breaks)

    def _remove_selected(self) -> None:
        self.sessions.remove_selected()

    def session_specs(self) -> tuple[SessionSpec, ...]:
        return self.sessions.specs()

    def day_specs(self) -> tuple[DaySpec, ...]:
        first = formatting.python_date(self.first_day.date())
        sessions = self.session_specs()
        return tuple(
            DaySpec(date=first + dt.timedelta(days=offset), sessions=sessions)
            for offset in range(self.days.value())
        )

    def _update_summary(self) -> None:
        try:
            days = self.day_specs()
        except ValidationError as exc:
            self.summary.setText(str(exc))
            return
        per_day = sum(
            len(slot_times(days[0].date, s)) for s in days[0].sessions if s.ends > s.starts
        )
        text = self.tr("{per_day} meeting slots a day, {total} in all.").format(
            per_day=per_day, total=per_day * len(days)
        )
        # Every day has the same sessions: the first day says it for all.
        unused = unused_note(days[:1])
        self.summary.setText(f"{text}\n{unused}" if unused else text)


class VenuePage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Tables, rooms and file"))
        self.setSubTitle(self.tr("Tables are numbered 1, 2, 3… and shared out over the rooms."))
        self.tables = QSpinBox()
        self.tables.setRange(1, 2000)
        self.tables.setValue(40)
        self.rooms = QLineEdit(self.tr("Main hall"))
        self.rooms.setToolTip(self.tr("Several rooms: separate them with commas."))
        self.path = QLineEdit()
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(browse)
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #a4262c;")
        form = QFormLayout(self)
        form.addRow(self.tr("Number of tables"), self.tables)
        form.addRow(self.tr("Rooms"), self.rooms)
        form.addRow(self.tr("Event file"), path_row)
        form.addRow(self.problems)

    def initializePage(self) -> None:
        if not self.path.text():
            name = self.field("name") or "event"
            self.path.setText(str(events_dir() / f"{slugify(str(name))}.sqlite"))

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Event file"), self.path.text(), self.tr("Event files (*.sqlite)")
        )
        if path:
            self.path.setText(path if path.endswith(".sqlite") else f"{path}.sqlite")

    def validatePage(self) -> bool:
        wizard = self.wizard()
        assert isinstance(wizard, NewEventWizard)
        problems = wizard.problems()
        self.problems.setText("\n".join(problems))
        return not problems


class NewEventWizard(QWizard):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New event"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.event_page = EventPage()
        self.timetable_page = TimetablePage()
        self.venue_page = VenuePage()
        for page in (self.event_page, self.timetable_page, self.venue_page):
            self.addPage(page)
        self.resize(760, 560)

    def event_spec(self) -> EventSpec:
        """The wizard's answers; raises ValidationError naming the field that is wrong."""
        rooms = tuple(r.strip() for r in self.venue_page.rooms.text().split(",") if r.strip())
        return EventSpec(
            name=self.event_page.name.text().strip(),
            venue=self.event_page.venue.text().strip(),
            time_zone=self.event_page.time_zone.currentText().strip(),
            organiser_name=self.event_page.organiser.text().strip(),
            organiser_email=self.event_page.organiser_email.text().strip(),
            days=self.timetable_page.day_specs(),
            tables=self.venue_page.tables.value(),
            rooms=rooms or ("Main hall",),
        )

    def target_path(self) -> Path:
        return Path(self.venue_page.path.text().strip()).expanduser()

    def problems(self) -> list[str]:
        try:
            spec = self.event_spec()
        except ValidationError as exc:
            return [str(exc)]
        problems = [event_problems.problem_text(p) for p in validate_event_spec(spec)]
        path = self.target_path()
        if not self.venue_page.path.text().strip():
            problems.append(self.tr("Event file: choose where to save the event."))
        elif path.exists():
            problems.append(
                self.tr("Event file: {path} already exists; choose a new name.").format(path=path)
            )
        elif not path.parent.is_dir():
            problems.append(
                self.tr("Event file: the folder {folder} does not exist.").format(
                    folder=path.parent
                )
            )
        return problems
