"""The schedule as a grid: one row per slot, one column per table, a meeting per cell.

Drag and drop goes through the model: a meeting cell exports its meeting id, a drop on a
cell emits ``meeting_dropped``; the page decides (and the service refuses conflicts).
While a drag is in progress ``set_targets`` colours every cell green (free for this
meeting) or red (with the reason as tooltip).

Every style a cell can have is listed once in ``STYLES``: the model paints with it and the
page's legend explains it, so a new style cannot go unexplained. ``set_compact`` shows one
short line per cell (surnames) for big events; ``set_found`` marks the cells of a search.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from brokerage_app.ui import formatting

MEETING_MIME = "application/x-brokerage-meeting"
MEETING_ROLE = Qt.ItemDataRole.UserRole + 10

FREE = QColor("#ffffff")
MEETING = QColor("#e3edfb")
LOCKED = QColor("#fbe7c6")
MOVED = QColor("#e9e3fb")
OWN_BOOTH_FREE = QColor("#f6f7f9")
TARGET_OK = QColor("#cdeed6")
TARGET_BAD = QColor("#f8d3d3")
# A placed meeting the schedule check finds in conflict (stronger than a drag's bad target).
CONFLICT = QColor("#f19c9c")
# The outline of a cell that matches "Find".
FOUND = QColor("#0b3d91")
FOUND_ROLE = Qt.ItemDataRole.UserRole + 11
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class CellStyle:
    """One look a grid cell can have and what it means (``text`` is translated on use)."""

    text: object  # QT_TRANSLATE_NOOP gives the English text, typed ``object``
    colour: QColor | None = None
    bold: bool = False
    outline: bool = False

    @property
    def meaning(self) -> str:
        return QCoreApplication.translate("ScheduleLegend", str(self.text))


STYLES: tuple[CellStyle, ...] = (
    CellStyle(QT_TRANSLATE_NOOP("ScheduleLegend", "Free"), FREE),
    CellStyle(
        QT_TRANSLATE_NOOP("ScheduleLegend", "Free booth (its exhibitor meets here)"), OWN_BOOTH_FREE
    ),
    CellStyle(QT_TRANSLATE_NOOP("ScheduleLegend", "Meeting"), MEETING),
    CellStyle(QT_TRANSLATE_NOOP("ScheduleLegend", "Bold: high priority"), MEETING, bold=True),
    CellStyle(QT_TRANSLATE_NOOP("ScheduleLegend", "Locked: a re-solve keeps it"), LOCKED),
    CellStyle(QT_TRANSLATE_NOOP("ScheduleLegend", "Moved since published"), MOVED),
    CellStyle(QT_TRANSLATE_NOOP("ScheduleLegend", "No longer fits"), CONFLICT),
    CellStyle(QT_TRANSLATE_NOOP("ScheduleLegend", "Fits (while dragging)"), TARGET_OK),
    CellStyle(
        QT_TRANSLATE_NOOP("ScheduleLegend", "Does not fit (while dragging)"),
        TARGET_BAD,
    ),
    CellStyle(QT_TRANSLATE_NOOP("ScheduleLegend", "Found"), FREE, outline=True),
)


def short_name(name: str) -> str:
    """The surname alone, for compact cells ("Åsa Öberg" -> "Öberg")."""
    parts = name.split()
    return parts[-1] if parts else name


class ScheduleGridModel(QAbstractTableModel):
    meeting_dropped = Signal(int, int, int)  # meeting id, slot id, table id

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._slots: list[Any] = []
        self._tables: list[Any] = []
        self._cells: dict[tuple[int, int], Any] = {}
        self._targets: dict[tuple[int, int], str] | None = None
        self._conflicts: dict[int, list[str]] = {}
        self._found: frozenset[tuple[int, int]] = frozenset()
        self._compact = False
        # In compact mode, a table number in every ``header_every``-th column header only.
        self.header_every = 1
        self._bold = QFont()
        self._bold.setBold(True)

    @property
    def slots(self) -> list[Any]:
        return self._slots

    @property
    def tables(self) -> list[Any]:
        return self._tables

    def set_compact(self, compact: bool) -> None:
        """One line of surnames per cell and short headers, for many tables at once."""
        if compact == self._compact:
            return
        self.beginResetModel()
        self._compact = compact
        self.endResetModel()

    @property
    def compact(self) -> bool:
        return self._compact

    def set_found(self, places: frozenset[tuple[int, int]]) -> None:
        """(slot id, table id) of the cells to outline as found."""
        self._found = places
        if self._slots and self._tables:
            self.dataChanged.emit(
                self.index(0, 0),
                self.index(len(self._slots) - 1, len(self._tables) - 1),
                [FOUND_ROLE],
            )

    def cell_colour(self, row: int, column: int) -> QColor:
        """The background of a cell (the grid and its overview paint with this)."""
        place = (self._slots[row].id, self._tables[column].id)
        if self._targets is not None:
            reason = self._targets.get(place, "Not a place in this event.")
            return TARGET_OK if reason == "" else TARGET_BAD
        meeting = self._cells.get(place)
        if meeting is None:
            return OWN_BOOTH_FREE if self._tables[column].owner_id else FREE
        if meeting.meeting_id in self._conflicts:
            return CONFLICT
        if meeting.locked:
            return LOCKED
        if meeting.moved_since_published:
            return MOVED
        return MEETING

    def is_found(self, row: int, column: int) -> bool:
        return (self._slots[row].id, self._tables[column].id) in self._found

    def row_of_slot(self, slot_id: int) -> int:
        return next((i for i, s in enumerate(self._slots) if s.id == slot_id), -1)

    def column_of_table(self, table_id: int) -> int:
        return next((i for i, t in enumerate(self._tables) if t.id == table_id), -1)

    def set_grid(self, slots: list[Any], tables: list[Any], meetings: list[Any]) -> None:
        self.beginResetModel()
        self._slots = list(slots)
        self._tables = list(tables)
        self._cells = {(m.slot_id, m.table_id): m for m in meetings}
        self._targets = None
        self._found = frozenset()
        self.endResetModel()

    def set_conflicts(self, reasons: dict[int, list[str]]) -> None:
        """Meeting id -> why it no longer fits; those cells turn red with the reasons."""
        self.beginResetModel()
        self._conflicts = dict(reasons)
        self.endResetModel()

    def conflict_reasons(self, index: Index) -> list[str]:
        meeting = self.meeting_at(index)
        return self._conflicts.get(meeting.meeting_id, []) if meeting is not None else []

    def set_targets(self, targets: dict[tuple[int, int], str] | None) -> None:
        self._targets = targets
        if self._slots and self._tables:
            self.dataChanged.emit(
                self.index(0, 0),
                self.index(len(self._slots) - 1, len(self._tables) - 1),
                [Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ToolTipRole],
            )

    def target_reason(self, index: Index) -> str | None:
        if self._targets is None or not index.isValid():
            return None
        return self._targets.get(self.place(index), "Not a place in this event.")

    def place(self, index: Index) -> tuple[int, int]:
        return self._slots[index.row()].id, self._tables[index.column()].id

    def meeting_at(self, index: Index) -> Any | None:
        if not index.isValid():
            return None
        return self._cells.get(self.place(index))

    def index_of_meeting(self, meeting_id: int) -> QModelIndex:
        for (slot_id, table_id), meeting in self._cells.items():
            if meeting.meeting_id == meeting_id:
                row, column = self.row_of_slot(slot_id), self.column_of_table(table_id)
                if row >= 0 and column >= 0:
                    return self.index(row, column)
        return QModelIndex()

    # Qt model -----------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._slots)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._tables)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        meeting = self.meeting_at(index)
        if role == Qt.ItemDataRole.DisplayRole:
            if meeting is None:
                return None
            if self._compact:
                return f"{short_name(meeting.name_a)} · {short_name(meeting.name_b)}"
            return f"{meeting.name_a}\n{meeting.name_b}"
        if role == FOUND_ROLE:
            return self.is_found(index.row(), index.column())
        if role == MEETING_ROLE:
            return meeting.meeting_id if meeting else None
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(self.cell_colour(index.row(), index.column()))
        if role == Qt.ItemDataRole.ToolTipRole:
            if self._targets is not None:
                reason = self.target_reason(index)
                return self.tr("Free for this meeting") if reason == "" else reason
            if meeting is None:
                return None
            lines = [
                f"{meeting.name_a} ({meeting.organisation_a})",
                f"{meeting.name_b} ({meeting.organisation_b})",
                self.tr("Priority {p}").format(p=meeting.priority),
            ]
            for reason in self._conflicts.get(meeting.meeting_id, []):
                lines.append(self.tr("No longer fits: {reason}").format(reason=reason))
            if meeting.locked:
                lines.append(self.tr("Locked: a re-solve keeps it here."))
            if meeting.moved_since_published:
                lines.append(self.tr("Moved since the schedule was published."))
            return "\n".join(lines)
        if role == Qt.ItemDataRole.FontRole and meeting is not None and meeting.priority == 3:
            return self._bold
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if orientation == Qt.Orientation.Horizontal:
            if not 0 <= section < len(self._tables):
                return None
            table = self._tables[section]
            if role == Qt.ItemDataRole.ToolTipRole:
                name = table.label or self.tr("Table {n}").format(n=table.number)
                return " · ".join(p for p in (name, table.owner_name, table.room) if p)
            if self._compact:
                # Narrow columns number every few tables only; the tooltip names each one.
                every = self.header_every
                return str(table.number) if every <= 1 or table.number % every == 0 else ""
            name = table.label or self.tr("Table {n}").format(n=table.number)
            owner = table.owner_name
            if len(owner) > 18:
                owner = owner[:17] + "…"
            return f"{name}\n{owner}" if owner else name
        if not 0 <= section < len(self._slots):
            return None
        slot = self._slots[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return formatting.slot_label(slot.starts_at, slot.ends_at)
        return formatting.day_time(slot.starts_at)

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if not index.isValid():
            return base
        base |= Qt.ItemFlag.ItemIsDropEnabled
        if self.meeting_at(index) is not None:
            base |= Qt.ItemFlag.ItemIsDragEnabled
        return base

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MEETING_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        data = QMimeData()
        meeting = next((self.meeting_at(i) for i in indexes if self.meeting_at(i)), None)
        if meeting is not None:
            data.setData(MEETING_MIME, QByteArray(str(meeting.meeting_id).encode()))
        return data

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        return data.hasFormat(MEETING_MIME) and parent.isValid()

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        meeting_id = int(bytes(data.data(MEETING_MIME).data()).decode())
        slot_id, table_id = self.place(parent)
        self.meeting_dropped.emit(meeting_id, slot_id, table_id)
        # The page reloads the grid itself; returning False keeps the view from deleting
        # the source cell as it would after a MoveAction.
        return False
