"""The event's own badge label sheet: page, grid, label size, margins and gutters.

The same as ``brokerage-app event badge-layout``; the Print page prints it as the layout
"Custom layout (saved with the event)".
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from brokerage_app.constants import PAGE_SIZE_NAMES
from brokerage_app.services.label_layouts import CustomLayout

PAGE_NAMES = {"a4": "A4 (210 x 297 mm)", "letter": "US Letter (8.5 x 11 in)"}


def _millimetres(maximum: float, value: float) -> QDoubleSpinBox:
    spin = QDoubleSpinBox()
    spin.setRange(0, maximum)
    spin.setDecimals(2)
    spin.setSingleStep(0.5)
    spin.setSuffix(" mm")
    spin.setValue(value)
    return spin


class BadgeLayoutDialog(QDialog):
    """Edit the custom layout; ``removed`` is set when the organiser removes it."""

    def __init__(self, layout: CustomLayout | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Custom badge layout"))
        self.removed = False
        start = layout or CustomLayout()
        self.page = QComboBox()
        for key in PAGE_SIZE_NAMES:
            self.page.addItem(self.tr(PAGE_NAMES[key]), key)
        self.page.setCurrentIndex(max(0, self.page.findData(start.page)))
        self.columns = QSpinBox()
        self.rows = QSpinBox()
        for spin, value in ((self.columns, start.columns), (self.rows, start.rows)):
            spin.setRange(1, 20)
            spin.setValue(value)
        self.label_width = _millimetres(300, start.label_width)
        self.label_height = _millimetres(300, start.label_height)
        self.centred = QCheckBox(self.tr("Centre the labels on the sheet"))
        self.centred.setChecked(start.left is None and start.top is None)
        self.left = _millimetres(100, start.left or 0.0)
        self.top = _millimetres(100, start.top or 0.0)
        self.gap_x = _millimetres(100, start.gap_x)
        self.gap_y = _millimetres(100, start.gap_y)
        self.die_cut = QCheckBox(self.tr("Pre-cut label stock (no cut marks)"))
        self.die_cut.setChecked(start.die_cut)
        self.centred.toggled.connect(self._centred_changed)
        self._centred_changed(self.centred.isChecked())

        def pair(first: QWidget, second: QWidget) -> QWidget:
            box = QWidget()
            row = QHBoxLayout(box)
            row.setContentsMargins(0, 0, 0, 0)
            row.addWidget(first)
            row.addWidget(QLabel("x"))
            row.addWidget(second)
            return box

        form = QFormLayout()
        form.addRow(self.tr("Sheet"), self.page)
        form.addRow(self.tr("Columns x rows"), pair(self.columns, self.rows))
        form.addRow(self.tr("Label width x height"), pair(self.label_width, self.label_height))
        form.addRow("", self.centred)
        form.addRow(self.tr("First label from the left, top"), pair(self.left, self.top))
        form.addRow(self.tr("Gutters across, down"), pair(self.gap_x, self.gap_y))
        form.addRow("", self.die_cut)
        note = QLabel(
            self.tr(
                "Take the sizes from the label maker's template. Nothing is printed within "
                "5 mm of the sheet edge."
            )
        )
        note.setWordWrap(True)
        note.setObjectName("muted")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        remove = self.buttons.addButton(
            self.tr("Remove"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        remove.setEnabled(layout is not None)
        remove.clicked.connect(self._remove)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addLayout(form)
        box.addWidget(note)
        box.addWidget(self.buttons)

    def _centred_changed(self, centred: bool) -> None:
        self.left.setEnabled(not centred)
        self.top.setEnabled(not centred)

    def _remove(self) -> None:
        self.removed = True
        self.accept()

    def layout_choice(self) -> CustomLayout:
        centred = self.centred.isChecked()
        return CustomLayout(
            page=self.page.currentData(),
            columns=self.columns.value(),
            rows=self.rows.value(),
            label_width=self.label_width.value(),
            label_height=self.label_height.value(),
            left=None if centred else self.left.value(),
            top=None if centred else self.top.value(),
            gap_x=self.gap_x.value(),
            gap_y=self.gap_y.value(),
            die_cut=self.die_cut.isChecked(),
        )
