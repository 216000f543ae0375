"""A horizontal bar chart painted with QPainter: readable labels, two series, no dependencies."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

ROW_HEIGHT = 24
LABEL_WIDTH = 150
VALUE_WIDTH = 90


@dataclass(frozen=True)
class Bar:
    label: str
    values: tuple[float, ...]


class BarChart(QWidget):
    def __init__(
        self,
        series: Sequence[tuple[str, str]],
        parent: QWidget | None = None,
    ) -> None:
        """``series``: (name, colour) per value of each bar."""
        super().__init__(parent)
        self.series = list(series)
        self.bars: list[Bar] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def set_bars(self, bars: Sequence[Bar]) -> None:
        self.bars = list(bars)
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(400, 36 + ROW_HEIGHT * max(1, len(self.bars)))

    def minimumSizeHint(self) -> QSize:
        return QSize(300, 36 + ROW_HEIGHT * min(4, max(1, len(self.bars))))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = painter.fontMetrics()
        # Legend
        x = 0.0
        for name, colour in self.series:
            painter.fillRect(QRectF(x, 6, 12, 12), QColor(colour))
            painter.setPen(QColor("#4a5568"))
            painter.drawText(QRectF(x + 18, 0, 200, 24), Qt.AlignmentFlag.AlignVCenter, name)
            x += 30 + metrics.horizontalAdvance(name)
        if not self.bars:
            painter.drawText(
                QRectF(0, 30, self.width(), 24), Qt.AlignmentFlag.AlignLeft, self.tr("No data yet.")
            )
            return
        top = 32.0
        maximum = max((max(b.values) for b in self.bars if b.values), default=0) or 1
        span = max(10.0, self.width() - LABEL_WIDTH - VALUE_WIDTH)
        count = len(self.series)
        for row, bar in enumerate(self.bars):
            y = top + row * ROW_HEIGHT
            painter.setPen(QColor("#1a202c"))
            label = metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight, LABEL_WIDTH - 8)
            painter.drawText(
                QRectF(0, y, LABEL_WIDTH - 8, ROW_HEIGHT),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
                label,
            )
            thickness = (ROW_HEIGHT - 8) / count
            for index, value in enumerate(bar.values):
                fill = QColor(self.series[index][1])
                width = span * value / maximum
                painter.fillRect(
                    QRectF(LABEL_WIDTH, y + 4 + index * thickness, width, thickness - 1), fill
                )
            painter.setPen(QColor("#4a5568"))
            text = " / ".join(f"{v:g}" for v in bar.values)
            painter.drawText(
                QRectF(LABEL_WIDTH + span + 6, y, VALUE_WIDTH - 6, ROW_HEIGHT),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                text,
            )
        painter.end()
