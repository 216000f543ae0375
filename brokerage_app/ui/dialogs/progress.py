"""A progress dialog with a working Cancel for a task started from a menu."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from brokerage_app.ui.workers import TaskState


def follow(parent: QWidget, state: TaskState, label: str) -> None:
    """Show ``state``'s progress (after a short moment); Cancel asks the task to stop.

    Call it as the runner's ``before_start``, so that it sees the task's end.
    """
    dialog = QProgressDialog(label, QCoreApplication.translate("TaskPanel", "Cancel"), 0, 0, parent)
    dialog.setWindowTitle(state.title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(400)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)

    def progress(done: int, total: int) -> None:
        if total > 0:
            dialog.setMaximum(total)
            dialog.setValue(min(done, total))

    state.progress.connect(progress)
    dialog.canceled.connect(state.request_cancel)
    state.done.connect(dialog.deleteLater)
    state.done.connect(dialog.close)
