"""The check-in desk: scan field for keyboard-wedge scanners, big verdict, counters, lists.

Scans go through a :class:`~brokerage_app.services.station.Station`: when the event's server
does not answer, the station verifies badges on its own and the page says so with a banner
above the verdict, an "offline" line in the verdict and an extra sound.
"""

from __future__ import annotations

import datetime as dt
import socket
import threading
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QInputDialog,
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

from brokerage_app.domain.changes import Topic
from brokerage_app.services import checkin, listings
from brokerage_app.services.checkin import Tone, Unknown
from brokerage_app.services.station import Station, StationStatus
from brokerage_app.store.database import EventDatabase
from brokerage_app.store.models import CheckinResult
from brokerage_app.ui import formatting, i18n, labels
from brokerage_app.ui.context import AppContext
from brokerage_app.ui.i18n import QT_TRANSLATE_NOOP
from brokerage_app.ui.pages.base import Page
from brokerage_app.ui.widgets.common import StatCard
from brokerage_app.ui.widgets.feedback import (
    CameraProblem,
    CameraScanner,
    CameraSupport,
    SoundCues,
    camera_support,
)

IDLE = None  # no verdict shown: the panel waits for a scan
TONE_COLOURS: dict[Tone | None, tuple[str, str]] = {
    Tone.GREEN: ("#1f7a3a", "#e5f4ea"),
    Tone.AMBER: ("#9a6200", "#fff3d6"),
    Tone.RED: ("#a4262c", "#fde7e9"),
    IDLE: ("#4a5568", "#f3f5f8"),
}
# A verdict's title, by its result (an unknown badge's by why it is unknown).
TITLES: dict[CheckinResult | Unknown, str] = {
    CheckinResult.CHECKED_IN: "Welcome!",
    CheckinResult.ALREADY_CHECKED_IN: "Already checked in",
    CheckinResult.INVALID: "Badge not valid",
    CheckinResult.REVOKED: "Old badge (reprinted)",
    CheckinResult.WRONG_EVENT: "Badge of another event",
    Unknown.NOT_REGISTERED: "Not found",
    Unknown.NEWER_BADGE: QT_TRANSLATE_NOOP("VerdictPanel", "Newer badge"),
    CheckinResult.UNDONE: "Check-in undone",
}

# The detail line of a refused or undone scan (an unknown one by its reason).
EXPLANATIONS: dict[CheckinResult | Unknown, str] = {
    CheckinResult.INVALID: QT_TRANSLATE_NOOP(
        "VerdictPanel",
        "This is not a badge code of this event: check the badge or find the person by name.",
    ),
    CheckinResult.REVOKED: QT_TRANSLATE_NOOP(
        "VerdictPanel",
        "A newer badge was printed for this person: keep this one and use the new badge.",
    ),
    CheckinResult.WRONG_EVENT: QT_TRANSLATE_NOOP(
        "VerdictPanel", "This badge belongs to another event."
    ),
    Unknown.NOT_REGISTERED: QT_TRANSLATE_NOOP(
        "VerdictPanel", "Nobody with this badge is registered (any more): find the person by name."
    ),
    Unknown.NEWER_BADGE: QT_TRANSLATE_NOOP(
        "VerdictPanel",
        "This badge is newer than this station's copy of the event: find the person by name.",
    ),
    CheckinResult.UNDONE: QT_TRANSLATE_NOOP("VerdictPanel", "The check-in was undone."),
}


# How often the page looks at the station's state (in memory, no server call).
STATUS_INTERVAL_MS = 1000


@dataclass(frozen=True)
class DeskData:
    # None while the station is offline: the lists are the server's.
    stats: checkin.CheckinStats | None
    missing: list[checkin.AttendeeRow]
    log: list[checkin.LogEntry]
    event_days: tuple[dt.date, ...]
    status: StationStatus | None = None


def load_desk(
    database: EventDatabase, day: dt.date | None = None, station: Station | None = None
) -> DeskData:
    """Counters and lists of ``day`` (None: today in the event's time zone)."""
    status = station.status() if station is not None else None
    if status is not None and not status.online:
        return DeskData(None, [], [], (), status)
    with database.session() as session:
        days = tuple(sorted({s.starts_at.date() for s in listings.edit_choices(session).slots}))
        return DeskData(
            checkin.checkin_stats(session, day),
            checkin.not_arrived(session, day),
            checkin.checkin_log(session, day, limit=50),
            days,
            status,
        )


class OfflineBanner(QLabel):
    """A wide strip above the verdict: offline, or scans still on their way to the server."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("offlineBanner")
        self.setWordWrap(True)
        self.setStyleSheet(
            "#offlineBanner { background: #2d3748; color: #ffffff; font-size: 14pt; "
            "font-weight: bold; padding: 10px 16px; border-radius: 6px; }"
        )
        self.hide()

    def show_status(self, status: StationStatus | None) -> None:
        if status is None or (status.online and not status.pending):
            self.hide()
            return
        if not status.online:
            text = self.tr(
                "OFFLINE — the server does not answer. This station checks badges on its own "
                "and sends its scans by itself when the server is back. Waiting to sync: {n}"
            ).format(n=status.pending)
        else:
            text = self.tr(
                "Back online: sending the scans to the server… Waiting to sync: {n}"
            ).format(n=status.pending)
        self.setText(text)
        self.show()


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
        self.note = QLabel()
        self.note.setObjectName("verdictNote")
        self.note.setWordWrap(True)
        self.offline = QLabel()
        self.offline.setObjectName("verdictOffline")
        self.offline.setWordWrap(True)
        self.undo = QPushButton(self.tr("Undo this check-in"))
        self.undo.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 22, 28, 22)
        layout.setSpacing(10)
        layout.addWidget(self.title)
        layout.addWidget(self.name)
        layout.addWidget(self.details)
        layout.addWidget(self.note)
        layout.addWidget(self.offline)
        layout.addStretch()
        row = QHBoxLayout()
        row.addStretch()
        row.addWidget(self.undo)
        layout.addLayout(row)
        self.tone: Tone | None = IDLE
        self.show_idle()

    def _paint(self, tone: Tone | None) -> None:
        self.tone = tone
        fg, bg = TONE_COLOURS[tone]
        self.setStyleSheet(
            f"#verdict {{ background: {bg}; border: 3px solid {fg}; border-radius: 10px; }}"
            f"#verdictTitle {{ color: {fg}; font-size: 30pt; font-weight: bold; }}"
            f"#verdictName {{ color: #1a202c; font-size: 22pt; }}"
            f"#verdictDetails {{ color: #2d3748; font-size: 12pt; }}"
            "#verdictNote { background: #fff59d; color: #1a202c; font-size: 15pt; "
            "font-weight: bold; padding: 6px 10px; border-radius: 4px; }"
            "#verdictOffline { background: #2d3748; color: #ffffff; font-size: 12pt; "
            "font-weight: bold; padding: 4px 10px; border-radius: 4px; }"
        )

    def show_idle(self) -> None:
        self._paint(IDLE)
        self.title.setText(self.tr("Ready to scan"))
        self.name.setText(self.tr("Scan a badge, or find the person by name below."))
        self.details.setText("")
        self.note.hide()
        self.offline.hide()
        self.undo.hide()

    def show_verdict(self, verdict: checkin.Verdict) -> None:
        self._paint(Tone(verdict.tone))
        result = verdict.result
        self.title.setText(self.tr(TITLES[verdict.unknown or result]))
        self.name.setText(verdict.name or self.tr("Unknown badge"))
        lines = []
        if verdict.organisation:
            country = f" · {verdict.country}" if verdict.country else ""
            lines.append(f"{verdict.organisation}{country}")
        if verdict.badge_category is not None:
            lines.append(i18n.enum_label(verdict.badge_category))
        lines.append(self._explanation(result, verdict))
        self.details.setText("\n".join(line for line in lines if line))
        self.note.setText(self.tr("Desk note: {note}").format(note=verdict.desk_note))
        self.note.setVisible(bool(verdict.desk_note))
        self.offline.setText(
            self.tr("OFFLINE — checked by this station alone · waiting to sync: {n}").format(
                n=verdict.pending_sync
            )
        )
        self.offline.setVisible(bool(verdict.offline))
        self.undo.setVisible(result is CheckinResult.CHECKED_IN and verdict.checkin_id is not None)

    def _explanation(self, result: CheckinResult, verdict: checkin.Verdict) -> str:
        """The verdict's detail line, worded here (not by the service) so it is translated."""
        first = verdict.first_checkin_at
        when = formatting.clock(first) if first is not None else ""
        station = verdict.first_station or self.tr("an unnamed station")
        if result is CheckinResult.CHECKED_IN:
            if not verdict.expected_today:
                return self.tr("Not registered for this day: please check their registration.")
            return self.tr("Checked in at {time} at {station}.").format(time=when, station=station)
        if result is CheckinResult.ALREADY_CHECKED_IN:
            if verdict.found_at_sync:
                return self.tr("Found at sync: first checked in at {time} at {station}.").format(
                    time=when, station=station
                )
            return self.tr("First checked in at {time} at {station}.").format(
                time=when, station=station
            )
        return self.tr(EXPLANATIONS[verdict.unknown or result])


class CheckinPage(Page):
    topics = frozenset({Topic.CHECKIN, Topic.ATTENDEES, Topic.EVENT})

    def __init__(self, context: AppContext) -> None:
        super().__init__(
            context,
            self.tr("Check-in"),
            self.tr("Plug in a barcode scanner: it types into the scan field. Enter checks in."),
        )
        station = context.settings.station_name or socket.gethostname() or "desk"
        self.station = station
        # The station of the open event: made (and started, which may wait for the server)
        # on a worker, used from workers; the GUI thread only reads its status.
        self._desk: Station | None = None
        self._desk_database: EventDatabase | None = None
        self._desk_lock = threading.Lock()
        self.sounds = SoundCues(self)
        self.camera: CameraScanner | None = None
        self._chosen_day: dt.date | None = None
        self._last_verdict: checkin.Verdict | None = None

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

        self.banner = OfflineBanner()
        self.verdict = VerdictPanel()
        self.verdict.undo.clicked.connect(self.undo_last)
        self._status_timer = QTimer(self)
        self._status_timer.setInterval(STATUS_INTERVAL_MS)
        self._status_timer.timeout.connect(self._show_status)

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("No badge? Type a name, organisation or e-mail…"))
        self.search.setClearButtonEnabled(True)
        self.search_results = QListWidget()
        self.search_results.itemActivated.connect(self._check_in_result)
        self.search_button = QPushButton(self.tr("Check in selected"))
        self.search_button.clicked.connect(
            lambda: self._check_in_result(self.search_results.currentItem())
        )
        self.note_button = QPushButton(self.tr("Desk note…"))
        self.note_button.setToolTip(self.tr("A note shown with this person's verdict at the desk"))
        self.note_button.clicked.connect(self._edit_note_of_selected)
        self.pending_label = QLabel()
        self.pending_label.setObjectName("pendingSync")
        self.pending_label.setWordWrap(True)
        self.pending_label.hide()
        # The station syncs by itself; this sends the journal at once (checkin --sync).
        self.sync_button = QPushButton(self.tr("Sync now"))
        self.sync_button.clicked.connect(self.sync_now)
        self.sync_button.hide()
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(200)
        self._search_timer.timeout.connect(self._run_search)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 12, 0)
        left_layout.addLayout(scan_row)
        left_layout.addWidget(self.banner)
        left_layout.addWidget(self.camera_note)
        left_layout.addWidget(self.verdict, 3)
        left_layout.addSpacing(8)
        title = QLabel(self.tr("Find by name"))
        title.setObjectName("sectionTitle")
        left_layout.addWidget(title)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.search_results, 2)
        buttons = QHBoxLayout()
        buttons.addWidget(self.pending_label, 1)
        buttons.addWidget(self.sync_button)
        buttons.addWidget(self.note_button)
        buttons.addWidget(self.search_button)
        left_layout.addLayout(buttons)

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
        self._status_timer.start()

    def hideEvent(self, event: Any) -> None:
        super().hideEvent(event)
        self._status_timer.stop()

    # The station ---------------------------------------------------------------------------
    def desk_station(self, database: EventDatabase) -> Station:
        """This desk's station for ``database`` (worker threads only: it may wait for the
        server). A station of an event closed meanwhile is closed."""
        with self._desk_lock:
            if self._desk is None or self._desk_database is not database:
                if self._desk is not None:
                    self._desk.close()
                    self._desk = self._desk_database = None
                desk = Station(database.url, self.station)
                try:
                    desk.start(background=True)
                except BaseException:
                    desk.close()
                    raise
                self._desk, self._desk_database = desk, database
            return self._desk

    def close_station(self) -> None:
        with self._desk_lock:
            if self._desk is not None:
                self._desk.close()
            self._desk = self._desk_database = None

    def _show_status(self) -> None:
        desk = self._desk
        if desk is None or self._desk_database is not self.context.database:
            self.banner.show_status(None)
            self._show_pending(0)
            return
        status = desk.status()
        was_shown = not self.banner.isHidden()
        self.banner.show_status(status)
        self._show_pending(status.pending)
        if was_shown and self.banner.isHidden():
            self.context.notify(Topic.CHECKIN)  # synced: the server's lists are complete again

    def _show_pending(self, pending: int) -> None:
        self.pending_label.setText(
            self.tr("Scans of this station waiting to sync: {n} (not in the lists yet)").format(
                n=pending
            )
        )
        self.pending_label.setVisible(pending > 0)
        self.sync_button.setVisible(pending > 0)

    def sync_now(self) -> None:
        database = self.context.database
        if database is None:
            return
        self.context.tasks.run(
            self.tr("Sending this station's scans"),
            lambda _state: self.desk_station(database).sync(),
            on_done=lambda _report: self._show_status(),
            on_error=self.show_error,
        )

    # Loading ------------------------------------------------------------------------------
    def load(self, database: EventDatabase) -> DeskData | None:
        return load_desk(database, self._chosen_day, self.desk_station(database))

    def refresh(self) -> None:
        # Read on the GUI thread: the load runs on a worker and must not touch widgets.
        self._chosen_day = self.day.currentData()
        super().refresh()

    def apply(self, result: DeskData | None) -> None:
        if result is None:
            return
        self.banner.show_status(result.status)
        pending = result.status.pending if result.status is not None else 0
        self._show_pending(pending)
        if result.stats is None:
            # Offline: the lists stay as last loaded, the banner says why.
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
        if pending:
            detail += self.tr(" · waiting to sync: {n}").format(n=pending)
        if stats.found_at_sync:
            detail += self.tr(" · duplicates found at sync: {n}").format(n=stats.found_at_sync)
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
        title = self.tr("Not arrived ({n})").format(n=len(result.missing))
        if pending:
            title += self.tr(" · waiting to sync: {n}").format(n=pending)
        self.lists.setTabText(0, title)
        self.log.clear()
        for entry in result.log:
            result_text = labels.checkin_result(entry.result.value)
            undone = self.tr(" (undone)") if entry.undone else ""
            if entry.found_at_sync:
                first = formatting.clock(entry.first_at) if entry.first_at else "?"
                undone += self.tr(" (found at sync: checked in at {time} at {station})").format(
                    time=first, station=entry.first_station or "?"
                )
            elif entry.offline:
                undone += self.tr(" (offline)")
            QListWidgetItem(
                f"{formatting.clock(entry.at, seconds=True)}  {entry.station}  {result_text}{undone}  {entry.name}",
                self.log,
            )

    def clear(self) -> None:
        self.close_station()
        self.banner.show_status(None)
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
        self.context.tasks.run(
            self.tr("Checking in"),
            lambda _state: self.desk_station(database).scan(text),
            on_done=self.show_verdict,
            on_error=self.show_error,
        )

    def check_in_attendee(self, attendee_id: int) -> None:
        database = self.context.database
        if database is None:
            return
        self.context.tasks.run(
            self.tr("Checking in"),
            lambda _state: self.desk_station(database).check_in_attendee(attendee_id),
            on_done=self.show_verdict,
            on_error=self.show_error,
        )

    def show_verdict(self, verdict: checkin.Verdict) -> None:
        self._last_verdict = verdict
        self.verdict.show_verdict(verdict)
        self.sounds.play(verdict.tone, offline=verdict.offline)
        self._show_status()
        self.scan_field.setFocus()
        self.context.apply(verdict.changed)

    def undo_last(self) -> None:
        verdict = self._last_verdict
        checkin_id = verdict.checkin_id if verdict is not None else None
        if checkin_id is None:
            return
        result = self.context.read(
            lambda s: checkin.undo_checkin(
                s, checkin_id, station=self.station, actor=self.context.actor
            )
        )
        self.show_verdict(result)

    def _run_search(self) -> None:
        text = self.search.text().strip()
        self.search_results.clear()
        if len(text) < 2 or self.context.database is None:
            return
        desk = self._desk if self._desk_database is self.context.database else None
        # Offline, the station searches its copy of the event.
        rows = (
            desk.search(text, 30)
            if desk is not None
            else self.context.read(lambda s: checkin.search_attendees(s, text, 30))
        )
        for row in rows:
            state = (
                self.tr("checked in {at}").format(at=formatting.clock(row.checked_in_at))
                if row.checked_in_at
                else (self.tr("expected") if row.expected else self.tr("not expected today"))
            )
            note = f"  ✎ {row.desk_note}" if row.desk_note else ""
            item = QListWidgetItem(f"{row.name} — {row.organisation} ({state}){note}")
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            item.setData(Qt.ItemDataRole.UserRole + 1, row.desk_note)
            self.search_results.addItem(item)
        if rows:
            self.search_results.setCurrentRow(0)

    def _edit_note_of_selected(self) -> None:
        item = self.search_results.currentItem()
        if item is None:
            self.verdict.details.setText(
                self.tr("Find the person by name first, then choose Desk note…")
            )
            return
        attendee_id = item.data(Qt.ItemDataRole.UserRole)
        text, ok = QInputDialog.getText(
            self,
            self.tr("Desk note"),
            self.tr("Shown at the desk with this person's verdict (empty: no note):"),
            text=item.data(Qt.ItemDataRole.UserRole + 1) or "",
        )
        if ok:
            self.set_desk_note(attendee_id, text)

    def set_desk_note(self, attendee_id: int, text: str) -> None:
        """Store a desk note (on the server: the desk needs it online)."""
        actor = self.context.actor
        if self.run_edit(
            lambda: self.context.edit(
                lambda s: checkin.set_desk_note(s, attendee_id, text, actor=actor)
            )
        ):
            self._run_search()

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
