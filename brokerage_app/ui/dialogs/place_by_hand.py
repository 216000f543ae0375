"""Place a "Not placed" request by hand: the cells where it fits, slot by slot.

The feasibility of each (slot, table) comes from ``services.schedule.place_targets`` (the
rules of a drag and of ``place_request``); this dialog only shows it. Slots where the
meeting fits nowhere stay listed, greyed, with the reason, so the organiser sees why.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from brokerage_app.ui import formatting


class PlaceByHandDialog(QDialog):
    """``place()`` gives the chosen (slot id, table id)."""

    def __init__(
        self,
        description: str,
        targets: dict[tuple[int, int], str],
        slots: Sequence[Any],
        tables: Sequence[Any],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Place by hand"))
        self._targets = targets
        self._tables = list(tables)
        fitting = [key for key, reason in targets.items() if reason == ""]
        fitting_slots = {slot_id for slot_id, _table in fitting}
        summary = QLabel(
            self.tr("{what} fits in {cells} cells, in {slots} of {all} slots.").format(
                what=description, cells=len(fitting), slots=len(fitting_slots), all=len(slots)
            )
            if fitting
            else self.tr("{what} fits in no free cell: see the reasons below.").format(
                what=description
            )
        )
        summary.setWordWrap(True)
        self.slots = QListWidget()
        self.slots.setWordWrap(True)
        self.slots.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for slot in slots:
            reasons = [targets.get((slot.id, t.id)) for t in self._tables]
            free = sum(1 for reason in reasons if reason == "")
            when = formatting.date_day_time(slot.starts_at)
            if free:
                text = self.tr("{when} — {n} table(s) free").format(when=when, n=free)
            else:
                text = f"{when} — {self._slot_reason([r for r in reasons if r])}"
            item = QListWidgetItem(text, self.slots)
            item.setData(Qt.ItemDataRole.UserRole, slot.id)
            item.setToolTip(text)
            if not free:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
                item.setForeground(QColor("#7a808a"))
        self.table = QComboBox()
        self.slots.currentItemChanged.connect(lambda _now, _before: self._fill_tables())
        form = QFormLayout()
        form.addRow(self.tr("Table"), self.table)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Place here"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.slots, 1)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        first = next(
            (
                i
                for i in range(self.slots.count())
                if self.slots.item(i).flags() & Qt.ItemFlag.ItemIsEnabled
            ),
            None,
        )
        if first is not None:
            self.slots.setCurrentRow(first)
            self.slots.scrollToItem(
                self.slots.item(first), QAbstractItemView.ScrollHint.PositionAtCenter
            )
        self._fill_tables()
        self.resize(560, 520)

    def _slot_reason(self, reasons: list[str]) -> str:
        """Why no table of a slot fits: the one reason if all tables share it (a person is
        away or busy), else that every table is taken or someone else's booth."""
        if not reasons:
            return self.tr("No table in this slot.")
        if len(set(reasons)) == 1:
            return reasons[0]
        return self.tr("No free table: each one is taken or another exhibitor's booth.")

    def _fill_tables(self) -> None:
        self.table.clear()
        item = self.slots.currentItem()
        slot_id = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        for table in self._tables:
            if self._targets.get((slot_id, table.id)) == "":
                name = table.label or self.tr("Table {n}").format(n=table.number)
                room = f" · {table.room}" if table.room else ""
                self.table.addItem(name + room, table.id)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self.table.count() > 0)

    def choose(self, slot_id: int, table_id: int) -> None:
        """Select a cell (what a click does; tests use it)."""
        for row in range(self.slots.count()):
            if self.slots.item(row).data(Qt.ItemDataRole.UserRole) == slot_id:
                self.slots.setCurrentRow(row)
        self.table.setCurrentIndex(self.table.findData(table_id))

    def place(self) -> tuple[int, int] | None:
        item = self.slots.currentItem()
        table_id = self.table.currentData()
        if item is None or table_id is None:
            return None
        return item.data(Qt.ItemDataRole.UserRole), table_id
