"""The start screen: recent event files, New event, Open, Open demo event."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from brokerage_app.settings import load_settings


class StartPage(QWidget):
    new_requested = Signal()
    open_requested = Signal()
    demo_requested = Signal()
    recent_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel(self.tr("Brokerage App"))
        title.setObjectName("startTitle")
        subtitle = QLabel(
            self.tr(
                "Plan one-to-one meetings for your brokerage event, print agendas and badges, "
                "and run the check-in desk — all offline, in one event file."
            )
        )
        subtitle.setObjectName("pageSubtitle")
        subtitle.setWordWrap(True)

        self.new_button = QPushButton(self.tr("New event…"))
        self.new_button.setObjectName("primary")
        self.new_button.setToolTip("Ctrl+N")
        self.open_button = QPushButton(self.tr("Open event file…"))
        self.open_button.setToolTip("Ctrl+O")
        self.demo_button = QPushButton(self.tr("Try the demo event"))
        self.demo_button.setToolTip(self.tr("400 delegates from 25 countries, ready to schedule"))
        self.new_button.clicked.connect(self.new_requested)
        self.open_button.clicked.connect(self.open_requested)
        self.demo_button.clicked.connect(self.demo_requested)
        buttons = QVBoxLayout()
        for button in (self.new_button, self.open_button, self.demo_button):
            button.setMinimumHeight(40)
            buttons.addWidget(button)
        buttons.addStretch()

        recent_title = QLabel(self.tr("Recent events"))
        recent_title.setObjectName("sectionTitle")
        self.recent = QListWidget()
        self.recent.setObjectName("recentList")
        self.recent.itemActivated.connect(self._chosen)
        self.recent_empty = QLabel(
            self.tr("No recent events. Create a new event, or open the demo to look around.")
        )
        self.recent_empty.setObjectName("muted")
        self.recent_empty.setWordWrap(True)
        recent_box = QVBoxLayout()
        recent_box.addWidget(recent_title)
        recent_box.addWidget(self.recent, 1)
        recent_box.addWidget(self.recent_empty)

        panel = QFrame()
        panel.setObjectName("panel")
        panel.setMaximumWidth(980)
        row = QHBoxLayout(panel)
        row.setContentsMargins(24, 24, 24, 24)
        row.setSpacing(32)
        left = QVBoxLayout()
        left.addLayout(buttons)
        row.addLayout(left, 1)
        row.addLayout(recent_box, 2)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 40, 48, 40)
        layout.addWidget(title)
        layout.addWidget(subtitle)
        layout.addSpacing(24)
        layout.addWidget(panel, 1)
        layout.addStretch()
        self.refresh()

    def refresh(self) -> None:
        self.recent.clear()
        for location in load_settings().recent_events:
            path = Path(location)
            missing = "://" not in location and not path.exists()
            label = path.stem if "://" not in location else location
            text = f"{label}\n{location}" + (self.tr("  (missing)") if missing else "")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, location)
            item.setToolTip(location)
            if missing:
                item.setForeground(Qt.GlobalColor.gray)
            self.recent.addItem(item)
        self.recent_empty.setVisible(self.recent.count() == 0)
        self.recent.setVisible(self.recent.count() > 0)

    def _chosen(self, item: QListWidgetItem) -> None:
        self.recent_chosen.emit(item.data(Qt.ItemDataRole.UserRole))
