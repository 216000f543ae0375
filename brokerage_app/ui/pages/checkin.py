"""The check-in desk: scan field for keyboard-wedge scanners, big verdict, counters, lists."""

from __future__ import annotations

import datetime as dt
import socket
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from brokerage_app.services import checkin, listings
from brokerage_app.store.database import EventDatabase
from brokerage_app.ui import formatting, i18n, labels
from brokerage_app.ui.context import AppContext
from brokerage_app.ui.pages.base import Page
from brokerage_app.ui.widgets.common import StatCard
from brokerage_app.ui.widgets.feedback import (
    CameraProblem,
    CameraScanner,
    CameraSupport,
    SoundCues,
    camera_support,
)

TONE_COLOURS = {
    "green": ("#1f7a3a", "#e5f4ea"),
    "amber": ("#9a6200", "#fff3d6"),
    "red": ("#a4262c", "#fde7e9"),
    "idle": ("#4a5568", "#f3f5f8"),
}
TITLES = {
    "checked_in": "Welcome!",
    "already_checked_in": "Already checked in",
    "invalid": "Badge not valid",
    "revoked": "Old badge (reprinted)",
    "wrong_event": "Badge of another event",
    "unknown": "Not found",
    "undone": "Check-in undone",
}

EXPLANATIONS = {
    "invalid": QT_TRANSLATE_NOOP(
        "VerdictPanel",
        "This is not a badge code of this event: check the badge or find the person by name.",
    ),
    "revoked": QT_TRANSLATE_NOOP(
        "VerdictPanel",
        "A newer badge was printed for this person: keep this one and use the new badge.",
    ),
    "wrong_event": QT_TRANSLATE_NOOP("VerdictPanel", "This badge belongs to another event."),
    "unknown": QT_TRANSLATE_NOOP(
        "VerdictPanel", "Nobody with this badge is registered (any more): find the person by name."
    ),
    "undone": QT_TRANSLATE_NOOP("VerdictPanel", "The check-in was undone."),
}


@dataclass(frozen=True)
class DeskData:
    stats: Any
    missing: list[Any]
    log: list[Any]
    event_days: tuple[dt.date, ...]


def load_desk(database: EventDatabase, day: dt.date | None = None) -> DeskData:
    """Counters and lists of ``day`` (None: today in the event's time zone)."""
    with database.session() as session:
        days = tuple(sorted({s.starts_at.date() for s in listings.edit_choices(session).slots}))
        return DeskData(
            checkin.checkin_stats(session, day),
            checkin.not_arrived(session, day),
            checkin.checkin_log(session, day, limit=50),
            days,
        )


class VerdictPanel(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("verdict")
        self.title = QLabel()
        self.title.setObjectName("verdictTitle")
        self.name = QLabel()
        self.name.setObjectName("verdictName")
        self.name.setWordWrap(True)
        self.details = QLabel()
        self.details.setObjectName("verdictDetails")
        self.details.setWordWrap(True)
        self.undo = QPushButton(self.tr("Undo this check-in"))
        self.undo.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 22, 28, 22)
        layout.setSpacing(10)
        layout.addWidget(self.title)
        layout.addWidget(self.name)
        layout.addWidget(self.details)
        layout.addStretch()
        row = QHBoxLayout()
        row.addStretch()
        row.addWidget(self.undo)
        layout.addLayout(row)
        self.tone = "idle"
        self.show_idle()

    def _paint(self, tone: str) -> None:
        self.tone = tone
        fg, bg = TONE_COLOURS[tone]
        self.setStyleSheet(
            f"#verdict {{ background: {bg}; border: 3px solid {fg}; border-radius: 10px; }}"
            f"#verdictTitle {{ color: {fg}; font-size: 30pt; font-weight: bold; }}"
            f"#verdictName {{ color: #1a202c; font-size: 22pt; }}"
            f"#verdictDetails {{ color: #2d3748; font-size: 12pt; }}"
        )

    def show_idle(self) -> None:
        self._paint("idle")
        self.title.setText(self.tr("Ready to scan"))
        self.name.setText(self.tr("Scan a badge, or find the person by name below."))
        self.details.setText("")
        self.undo.hide()

    def show_verdict(self, verdict: Any) -> None:
        tone = verdict.tone if verdict.tone in TONE_COLOURS else "red"
        self._paint(tone)
        result = str(getattr(verdict.result, "value", verdict.result))
        self.title.setText(self.tr(TITLES.get(result, result)))
        self.name.setText(verdict.name or self.tr("Unknown badge"))
        lines = []
        if verdict.organisation:
            country = f" · {verdict.country}" if verdict.country else ""
            lines.append(f"{verdict.organisation}{country}")
        if verdict.badge_category is not None:
            lines.append(i18n.enum_label(verdict.badge_category))
        lines.append(self._explanation(result, verdict))
        self.details.setText("\n".join(line for line in lines if line))
        self.undo.setVisible(result == "checked_in" and verdict.checkin_id is not None)

    def _explanation(self, result: str, verdict: Any) -> str:
        """The verdict's detail line, worded here (not by the service) so it is translated."""
        first = verdict.first_checkin_at
        when = formatting.clock(first) if first is not None else ""
        station = verdict.first_station or self.tr("an unnamed station")
        if result == "checked_in":
            if not verdict.expected_today:
                return self.tr("Not registered for this day: please check their registration.")
            return self.tr("Checked in at {time} at {station}.").format(time=when, station=station)
        if result == "already_checked_in":
            return self.tr("First checked in at {time} at {station}.").format(
                time=when, station=station
            )
        return self.tr(EXPLANATIONS.get(result, EXPLANATIONS["invalid"]))


class CheckinPage(Page):
    topics = frozenset({"checkin", "attendees", "event"})

    def __init__(self, context: AppContext) -> None:
        super().__init__(
            context,
            self.tr("Check-in"),
            self.tr("Plug in a barcode scanner: it types into the scan field. Enter checks in."),
        )
        station = context.settings.station_name or socket.gethostname() or "desk"
        self.station = station
        self.sounds = SoundCues(self)
        self.camera: CameraScanner | None = None
        self._chosen_day: dt.date | None = None
        self._last_verdict: Any = None

        self.scan_field = QLineEdit()
        self.scan_field.setObjectName("scanField")
        self.scan_field.setPlaceholderText(self.tr("Scan a badge here…"))
        scan_font = QFont()
        scan_font.setPointSize(18)
        self.scan_field.setFont(scan_font)
        self.scan_field.returnPressed.connect(self._scan_entered)
        self.camera_button = QPushButton(self.tr("Camera"))
        self.camera_button.setCheckable(True)
        self.camera_button.toggled.connect(self._toggle_camera)
        support = camera_support()
        self.camera_button.setVisible(support.available)
        self.camera_note = QLabel(self._camera_problem(support))
        self.camera_note.setObjectName("muted")
        self.camera_note.setWordWrap(True)
        self.camera_note.setVisible(not support.available)
        scan_row = QHBoxLayout()
        scan_row.addWidget(self.scan_field, 1)
        scan_row.addWidget(self.camera_button)

        self.verdict = VerdictPanel()
        self.verdict.undo.clicked.connect(self.undo_last)

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("No badge? Type a name, organisation or e-mail…"))
        self.search.setClearButtonEnabled(True)
        self.search_results = QListWidget()
        self.search_results.itemActivated.connect(self._check_in_result)
        self.search_button = QPushButton(self.tr("Check in selected"))
        self.search_button.clicked.connect(
            lambda: self._check_in_result(self.search_results.currentItem())
        )
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(200)
        self._search_timer.timeout.connect(self._run_search)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 12, 0)
        left_layout.addLayout(scan_row)
        left_layout.addWidget(self.camera_note)
        left_layout.addWidget(self.verdict, 3)
        left_layout.addSpacing(8)
        title = QLabel(self.tr("Find by name"))
        title.setObjectName("sectionTitle")
        left_layout.addWidget(title)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.search_results, 2)
        left_layout.addWidget(self.search_button, 0, Qt.AlignmentFlag.AlignRight)

        self.arrived_card = StatCard(self.tr("Checked in"))
        self.rejected_card = StatCard(self.tr("Rejected scans"))
        # The lists of another event day (the desk itself always checks in for today).
        self.day = QComboBox()
        self.day.addItem(self.tr("Today"), None)
        self.day.currentIndexChanged.connect(lambda _i: self.refresh())
        day_row = QHBoxLayout()
        day_row.addWidget(QLabel(self.tr("Lists for")))
        day_row.addWidget(self.day, 1)
        cards = QHBoxLayout()
        cards.addWidget(self.arrived_card, 0, Qt.AlignmentFlag.AlignTop)
        cards.addWidget(self.rejected_card, 0, Qt.AlignmentFlag.AlignTop)
        self.missing = QListWidget()
        self.log = QListWidget()
        lists = QTabWidget()
        lists.addTab(self.missing, self.tr("Not arrived"))
        lists.addTab(self.log, self.tr("Scan log"))
        self.lists = lists
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(12, 0, 0, 0)
        right_layout.addLayout(day_row)
        right_layout.addLayout(cards)
        right_layout.addWidget(lists, 1)

        split = QSplitter()
        split.addWidget(left)
        split.addWidget(right)
        split.setSizes([800, 480])
        self.stack.addWidget(split)

    def _camera_problem(self, support: CameraSupport) -> str:
        if support.problem is CameraProblem.NO_MULTIMEDIA:
            return self.tr(
                "No camera scanning: Qt's multimedia library could not load ({detail}). "
                "Install PulseAudio's library (libpulse0 on Debian and Ubuntu, pulseaudio-libs "
                "on Fedora) and restart. A USB scanner works without it."
            ).format(detail=support.detail)
        if support.problem is CameraProblem.NO_CAMERA:
            return self.tr(
                "No camera scanning: this computer has no camera. Plug one in and restart, or "
                "use a USB scanner."
            )
        return ""

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.scan_field.setFocus()

    # Loading ------------------------------------------------------------------------------
    def load(self, database: EventDatabase) -> DeskData | None:
        return load_desk(database, self._chosen_day)

    def refresh(self) -> None:
        # Read on the GUI thread: the load runs on a worker and must not touch widgets.
        self._chosen_day = self.day.currentData()
        super().refresh()

    def apply(self, result: DeskData | None) -> None:
        if result is None:
            return
        if [self.day.itemData(i) for i in range(1, self.day.count())] != list(result.event_days):
            self.day.blockSignals(True)
            current = self.day.currentData()
            while self.day.count() > 1:
                self.day.removeItem(1)
            for day in result.event_days:
                self.day.addItem(formatting.long_day(day), day)
            self.day.setCurrentIndex(max(0, self.day.findData(current)))
            self.day.blockSignals(False)
        stats = result.stats
        share = f"{100 * stats.checked_in / stats.expected:.0f} %" if stats.expected else ""
        detail = (
            self.tr("{share} of those expected on {day}").format(
                share=share, day=formatting.long_day(stats.day)
            )
            if share
            else self.tr("Nobody is expected on {day}").format(day=formatting.long_day(stats.day))
        )
        if stats.unexpected_checked_in:
            detail += self.tr(" · {n} more not expected today").format(
                n=stats.unexpected_checked_in
            )
        self.arrived_card.set(f"{stats.checked_in} / {stats.expected}", detail)
        self.rejected_card.set(
            str(stats.rejected_scans),
            self.tr("last scan {at}").format(at=formatting.clock(stats.last_scan_at))
            if stats.last_scan_at
            else self.tr("no scans yet that day"),
        )
        self.missing.clear()
        for row in result.missing:
            item = QListWidgetItem(f"{row.name} — {row.organisation}", self.missing)
            item.setData(Qt.ItemDataRole.UserRole, row.id)
        self.lists.setTabText(0, self.tr("Not arrived ({n})").format(n=len(result.missing)))
        self.log.clear()
        for entry in result.log:
            result_text = labels.checkin_result(str(getattr(entry.result, "value", entry.result)))
            undone = self.tr(" (undone)") if entry.undone else ""
            QListWidgetItem(
                f"{formatting.clock(entry.at, seconds=True)}  {entry.station}  {result_text}{undone}  {entry.name}",
                self.log,
            )

    def clear(self) -> None:
        self.verdict.show_idle()
        self.missing.clear()
        self.log.clear()
        self.search_results.clear()

    # Scanning -----------------------------------------------------------------------------
    def _scan_entered(self) -> None:
        text = self.scan_field.text().strip()
        self.scan_field.clear()
        if text:
            self.scan_code(text)

    def scan_code(self, text: str) -> None:
        database = self.context.database
        if database is None:
            return
        station = self.station
        self.context.tasks.run(
            self.tr("Checking in"),
            lambda _state: checkin.scan(database, text, station=station),
            on_done=self.show_verdict,
            on_error=self.show_error,
        )

    def check_in_attendee(self, attendee_id: int) -> None:
        database = self.context.database
        if database is None:
            return
        station = self.station
        self.context.tasks.run(
            self.tr("Checking in"),
            lambda _state: checkin.checkin_attendee_by_id(database, attendee_id, station=station),
            on_done=self.show_verdict,
            on_error=self.show_error,
        )

    def show_verdict(self, verdict: Any) -> None:
        self._last_verdict = verdict
        self.verdict.show_verdict(verdict)
        self.sounds.play(verdict.tone)
        self.scan_field.setFocus()
        self.context.notify("checkin")

    def undo_last(self) -> None:
        verdict = self._last_verdict
        if verdict is None or verdict.checkin_id is None:
            return
        result = self.context.read(
            lambda s: checkin.undo_checkin(
                s, verdict.checkin_id, station=self.station, actor=self.context.actor
            )
        )
        self.show_verdict(result)

    def _run_search(self) -> None:
        text = self.search.text().strip()
        self.search_results.clear()
        if len(text) < 2 or self.context.database is None:
            return
        rows = self.context.read(lambda s: checkin.search_attendees(s, text, 30))
        for row in rows:
            state = (
                self.tr("checked in {at}").format(at=formatting.clock(row.checked_in_at))
                if row.checked_in_at
                else (self.tr("expected") if row.expected else self.tr("not expected today"))
            )
            item = QListWidgetItem(f"{row.name} — {row.organisation} ({state})")
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            self.search_results.addItem(item)
        if rows:
            self.search_results.setCurrentRow(0)

    def _check_in_result(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.check_in_attendee(item.data(Qt.ItemDataRole.UserRole))

    def _toggle_camera(self, on: bool) -> None:
        if on:
            self.camera = CameraScanner(self)
            self.camera.code_found.connect(self.scan_code)
            self.camera.error.connect(lambda text: self.verdict.details.setText(text))
            self.camera.start()
        elif self.camera is not None:
            self.camera.stop()
            self.camera = None
