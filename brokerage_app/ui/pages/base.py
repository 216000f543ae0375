"""What pages have in common: reload when their topics change, load off the GUI thread.

``load(database)`` runs on a worker with the event database (an engine, safe across
threads); it calls services that open their own session and returns plain data.
``apply(result)`` runs on the GUI thread. A load started before a newer one is dropped, so
quick successive changes never paint stale data.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QStackedLayout, QVBoxLayout, QWidget

from brokerage_app.domain.changes import Topic
from brokerage_app.store.database import EventDatabase
from brokerage_app.ui.context import AppContext
from brokerage_app.ui.dialogs.messages import Messages
from brokerage_app.ui.widgets.common import PageHeader


class Page(QWidget):
    loaded = Signal()
    topics: frozenset[Topic] = frozenset()  # what the page shows: it reloads when they change

    def __init__(self, context: AppContext, title: str, subtitle: str = "") -> None:
        super().__init__()
        self.context = context
        self.page_title = title
        self._dirty = True
        self._generation = 0
        self.header = PageHeader(title, subtitle)
        self.body = QWidget()
        self.stack = QStackedLayout()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 20, 24, 16)
        outer.addWidget(self.header)
        outer.addLayout(self.stack, 1)
        context.data_changed.connect(self._on_data_changed)
        context.event_closed.connect(self._on_closed)

    # Subclasses -----------------------------------------------------------------------
    def load(self, database: EventDatabase) -> Any:
        return None

    def apply(self, result: Any) -> None:
        """Show loaded data (GUI thread)."""

    def clear(self) -> None:
        """Forget what the page shows (the event was closed)."""

    # Machinery ------------------------------------------------------------------------
    def _on_data_changed(self, topics: frozenset[Topic]) -> None:
        if topics & self.topics:
            self._dirty = True
            if self.isVisible():
                self.refresh()

    def _on_closed(self) -> None:
        self._dirty = True
        self._generation += 1
        self.clear()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._dirty:
            self.refresh()

    def refresh(self) -> None:
        self._dirty = False
        database = self.context.database
        if database is None:
            return
        self._generation += 1
        generation = self._generation
        self.context.tasks.run(
            self.tr("Loading {page}").format(page=self.page_title),
            lambda _state: self.load(database),
            on_done=lambda result: self._loaded(generation, result),
            on_error=self.show_error,
        )

    def _loaded(self, generation: int, result: Any) -> None:
        if generation != self._generation or self.context.database is None:
            return
        self.apply(result)
        self.loaded.emit()

    def show_error(self, error: BaseException) -> None:
        Messages.show_error(self, error)

    def run_edit(self, edit: Any) -> bool:
        """Run a short edit on the GUI thread; show a refusal as a dialog."""
        try:
            edit()
        except Exception as exc:
            self.show_error(exc)
            return False
        return True
