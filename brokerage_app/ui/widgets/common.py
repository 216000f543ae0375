"""Small building blocks every page uses, so pages look alike."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)


class PageHeader(QWidget):
    def __init__(self, title: str, subtitle: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(title)
        self.title.setObjectName("pageTitle")
        self.subtitle = QLabel(subtitle)
        self.subtitle.setObjectName("pageSubtitle")
        self.subtitle.setWordWrap(True)
        text = QVBoxLayout()
        text.setSpacing(2)
        text.addWidget(self.title)
        text.addWidget(self.subtitle)
        self.buttons = QHBoxLayout()
        self.buttons.setSpacing(8)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 8)
        layout.addLayout(text, 1)
        layout.addLayout(self.buttons)

    def add_button(
        self, text: str, slot: Callable[[], object], *, primary: bool = False, tip: str = ""
    ) -> QPushButton:
        button = QPushButton(text)
        if primary:
            button.setObjectName("primary")
        if tip:
            button.setToolTip(tip)
        button.clicked.connect(lambda _checked=False: slot())
        self.buttons.addWidget(button)
        return button


class EmptyState(QFrame):
    """A friendly panel saying what is missing and the one thing to do next."""

    def __init__(
        self,
        title: str,
        text: str,
        actions: Sequence[tuple[str, Callable[[], object]]] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("emptyState")
        heading = QLabel(title)
        heading.setObjectName("emptyTitle")
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        body = QLabel(text)
        body.setObjectName("emptyText")
        body.setWordWrap(True)
        body.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.body = body
        buttons = QHBoxLayout()
        buttons.addStretch()
        self.buttons: list[QPushButton] = []
        for index, (label, slot) in enumerate(actions):
            button = QPushButton(label)
            if index == 0:
                button.setObjectName("primary")
            button.clicked.connect(lambda _checked=False, s=slot: s())
            buttons.addWidget(button)
            self.buttons.append(button)
        buttons.addStretch()
        # A fixed-width column keeps the wrapped text's height computable (a wrapping
        # label in a stretchy layout otherwise gets squeezed to one clipped line).
        column = QWidget()
        column.setFixedWidth(560)
        inner = QVBoxLayout(column)
        inner.setSpacing(10)
        inner.addWidget(heading)
        inner.addWidget(body)
        inner.addSpacing(8)
        inner.addLayout(buttons)
        row = QHBoxLayout()
        row.addStretch()
        row.addWidget(column)
        row.addStretch()
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addLayout(row)
        layout.addStretch(3)


class StatCard(QFrame):
    def __init__(self, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.value = QLabel("–")
        self.value.setObjectName("cardValue")
        self.label = QLabel(label)
        self.label.setObjectName("cardLabel")
        self.detail = QLabel("")
        self.detail.setObjectName("cardDetail")
        self.detail.setWordWrap(True)
        # Room for two lines in every card, so that cards in a row line up.
        self.detail.setMinimumHeight(2 * self.detail.fontMetrics().lineSpacing() + 4)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout = QVBoxLayout(self)
        layout.setSpacing(2)
        layout.addWidget(self.label)
        layout.addWidget(self.value)
        layout.addWidget(self.detail)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set(self, value: str, detail: str = "") -> None:
        self.value.setText(value)
        self.detail.setText(detail)


class TaskPanel(QFrame):
    """Progress of a background task with a Cancel button; hidden when idle."""

    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("taskPanel")
        self.message = QLabel()
        self.message.setObjectName("taskMessage")
        self.bar = QProgressBar()
        self.bar.setTextVisible(False)
        self.bar.setFixedHeight(8)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel_requested)
        top = QHBoxLayout()
        top.addWidget(self.message, 1)
        top.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.bar)
        self.hide()

    def start(self, message: str) -> None:
        self.message.setText(message)
        self.bar.setRange(0, 0)
        self.cancel_button.setEnabled(True)
        self.show()

    def set_progress(self, done: int, total: int, message: str | None = None) -> None:
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(min(done, total))
        if message is not None:
            self.message.setText(message)

    def cancelling(self) -> None:
        self.cancel_button.setEnabled(False)
        self.message.setText(self.tr("Stopping… keeping the best result so far."))

    def finish(self) -> None:
        self.hide()
