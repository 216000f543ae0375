"""The widgets around the schedule grid for big events: cell painting, overview, legend.

* ``GridDelegate`` paints a cell like Qt does and outlines the cells "Find" matched.
* ``OccupancyOverview`` draws every slot x table cell a few pixels large (the whole event at
  a glance, 60 tables included), frames the part the grid shows, and a click asks the grid
  to scroll there.
* ``Legend`` explains every style of ``models.schedule.STYLES``.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPen, QResizeEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolTip,
    QWidget,
)

from brokerage_app.ui import formatting
from brokerage_app.ui.models.schedule import (
    CONFLICT,
    FOUND,
    FOUND_ROLE,
    FREE,
    LOCKED,
    MEETING,
    MOVED,
    OWN_BOOTH_FREE,
    STYLES,
    TARGET_BAD,
    TARGET_OK,
    ScheduleGridModel,
)

Index = QModelIndex | QPersistentModelIndex


class GridDelegate(QStyledItemDelegate):
    """Qt's own cell painting plus a strong outline on cells that match "Find"."""

    # Narrower cells show their colour only: a clipped letter or two helps nobody.
    MIN_TEXT_WIDTH = 36

    def initStyleOption(self, option: QStyleOptionViewItem, index: Index) -> None:
        super().initStyleOption(option, index)
        if option.rect.width() < self.MIN_TEXT_WIDTH:
            option.text = ""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        super().paint(painter, option, index)
        if index.data(FOUND_ROLE):
            painter.save()
            pen = QPen(FOUND)
            pen.setWidth(3)
            painter.setPen(pen)
            painter.drawRect(option.rect.adjusted(1, 1, -2, -2))
            painter.restore()


# The grid's pale colours, stronger: a few pixels per cell must still tell them apart.
OVERVIEW = {
    FREE.name(): QColor("#ffffff"),
    OWN_BOOTH_FREE.name(): QColor("#eceff3"),
    MEETING.name(): QColor("#8fb3e8"),
    LOCKED.name(): QColor("#e0a34a"),
    MOVED.name(): QColor("#a58fe6"),
    CONFLICT.name(): QColor("#d9534f"),
    TARGET_OK.name(): QColor("#4caf6a"),
    TARGET_BAD.name(): QColor("#e8a0a0"),
}


class OccupancyOverview(QWidget):
    """Slot x table occupancy in miniature; click a cell to bring it into the grid."""

    jump = Signal(int, int)  # row, column of the grid model

    MAX_CELL = 10
    MAX_HEIGHT = 240

    def __init__(self, model: ScheduleGridModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self._visible = QRect()
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setToolTip(self.tr("Occupancy of every slot and table; click to jump there."))
        for signal in (model.modelReset, model.dataChanged):
            signal.connect(self._changed)

    def _changed(self, *_args: object) -> None:
        # Rows or columns came or went: the height follows (a resize would not happen).
        self.setFixedHeight(self.heightForWidth(self.width()))
        self.update()

    def set_visible_cells(self, rows: tuple[int, int], columns: tuple[int, int]) -> None:
        """The rows and columns the grid shows now (first, last), framed in the overview."""
        self._visible = QRect(
            columns[0], rows[0], columns[1] - columns[0] + 1, rows[1] - rows[0] + 1
        )
        self.update()

    def _cell_for(self, width: int) -> float:
        """Square cells as large as fit the width (and at most MAX_HEIGHT for all rows)."""
        columns = max(self._model.columnCount(), 1)
        rows = max(self._model.rowCount(), 1)
        cell = min(self.MAX_CELL, (width - 2) / columns, (self.MAX_HEIGHT - 2) / rows)
        return max(2.0, cell)

    def cell_size(self) -> float:
        return self._cell_for(self.width())

    def sizeHint(self) -> QSize:
        return QSize(240, self.heightForWidth(240))

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return int(self._model.rowCount() * self._cell_for(width)) + 2

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        height = self.heightForWidth(self.width())
        if self.height() != height:
            self.setFixedHeight(height)

    def cell_at(self, point: QPoint) -> tuple[int, int] | None:
        cell = self.cell_size()
        row, column = int((point.y() - 1) // cell), int((point.x() - 1) // cell)
        if 0 <= row < self._model.rowCount() and 0 <= column < self._model.columnCount():
            return row, column
        return None

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        model = self._model
        cell = self.cell_size()
        rows, columns = model.rowCount(), model.columnCount()
        painter.fillRect(self.rect(), QColor("#dfe3ea"))
        for row in range(rows):
            for column in range(columns):
                colour = (
                    FOUND
                    if model.is_found(row, column)
                    else OVERVIEW.get(model.cell_colour(row, column).name(), QColor("white"))
                )
                painter.fillRect(
                    QRect(
                        int(1 + column * cell),
                        int(1 + row * cell),
                        max(1, int(cell) - (1 if cell >= 4 else 0)),
                        max(1, int(cell) - (1 if cell >= 4 else 0)),
                    ),
                    colour,
                )
        if self._visible.isValid() and rows and columns:
            pen = QPen(QColor("#1f2937"))
            pen.setWidth(2)
            painter.setPen(pen)
            painter.drawRect(
                int(self._visible.x() * cell),
                int(self._visible.y() * cell),
                int(self._visible.width() * cell) + 1,
                int(self._visible.height() * cell) + 1,
            )
        painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        place = self.cell_at(event.position().toPoint())
        if place is not None and event.button() == Qt.MouseButton.LeftButton:
            self.jump.emit(*place)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        place = self.cell_at(event.position().toPoint())
        if place is None:
            QToolTip.hideText()
            return
        slot = self._model.slots[place[0]]
        table = self._model.tables[place[1]]
        where = table.label or self.tr("Table {n}").format(n=table.number)
        meeting = self._model.meeting_at(self._model.index(*place))
        text = f"{formatting.day_time(slot.starts_at)} · {where}"
        if meeting is not None:
            text += f"\n{meeting.name_a} – {meeting.name_b}"
        QToolTip.showText(event.globalPosition().toPoint(), text, self)


class Legend(QWidget):
    """A swatch and its meaning for every style a grid cell can have."""

    COLUMNS = 5

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(2)
        self.meanings: list[str] = []
        # Sample letters in each swatch, so that bold shows as bold.
        sample = self.tr("Ab")
        for number, style in enumerate(STYLES):
            swatch = QLabel(sample)
            swatch.setFixedSize(26, 16)
            swatch.setAlignment(Qt.AlignmentFlag.AlignCenter)
            colour = (style.colour or QColor("white")).name()
            border = f"2px solid {FOUND.name()}" if style.outline else "1px solid #b8bec8"
            weight = "bold" if style.bold else "normal"
            swatch.setStyleSheet(
                f"background: {colour}; border: {border}; font-weight: {weight}; "
                "font-size: 10px; color: #1f2937;"
            )
            entry = QWidget()
            row = QHBoxLayout(entry)
            row.setContentsMargins(0, 0, 0, 0)
            row.setSpacing(4)
            row.addWidget(swatch)
            text = QLabel(style.meaning)
            text.setObjectName("muted")
            # Whole where there is room; a narrow window may cut it (the tooltip has it all)
            # rather than grow wider than a laptop screen.
            text.setMinimumWidth(48)
            text.setToolTip(style.meaning)
            row.addWidget(text)
            row.addStretch(1)
            self.meanings.append(style.meaning)
            grid.addWidget(entry, number // self.COLUMNS, number % self.COLUMNS)
