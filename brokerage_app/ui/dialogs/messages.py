"""Every message box the program shows goes through here, so tests can answer them.

``Messages.ask`` / ``Messages.show_error`` / ``Messages.inform`` are classmethods; a test
replaces them with monkeypatch instead of clicking real dialogs.
"""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from brokerage_app.errors import BrokerageError
from brokerage_app.paths import user_data_dir

log = logging.getLogger(__name__)


def tr(text: str) -> str:
    return QCoreApplication.translate("Messages", text)


class Messages:
    @classmethod
    def ask(cls, parent: QWidget | None, title: str, text: str, *, danger: bool = False) -> bool:
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Warning if danger else QMessageBox.Icon.Question)
        box.setWindowTitle(title)
        box.setText(text)
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        return box.exec() == QMessageBox.StandardButton.Yes

    @classmethod
    def ask_password(cls, parent: QWidget | None, where: str) -> tuple[str, bool] | None:
        """A database password and whether to remember it in the keyring; None: cancelled."""
        dialog = QDialog(parent)
        dialog.setWindowTitle(tr("Password"))
        layout = QVBoxLayout(dialog)
        label = QLabel(tr("The server asks for a password to open {where}.").format(where=where))
        label.setWordWrap(True)
        field = QLineEdit()
        field.setEchoMode(QLineEdit.EchoMode.Password)
        remember = QCheckBox(tr("Remember it in this computer's keyring"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        for widget in (label, field, remember, buttons):
            layout.addWidget(widget)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return field.text(), remember.isChecked()

    @classmethod
    def inform(cls, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.information(parent, title, text)

    @classmethod
    def show_error(cls, parent: QWidget | None, error: BaseException) -> None:
        if isinstance(error, BrokerageError):
            QMessageBox.warning(parent, tr("Cannot do that"), error_text(error))
            return
        log_path = log_unexpected(error)
        QMessageBox.critical(
            parent,
            tr("Something went wrong"),
            tr(
                "The program ran into an unexpected problem and stopped what it was doing. "
                "Your event file is safe: unfinished changes were not saved.\n\n"
                "Details were written to {path}; please send that file to support."
            ).format(path=log_path),
        )


def error_text(error: BrokerageError) -> str:
    """An error in the window's language where it carries facts (a refused import, event
    set-up, attendee or walk-in, a file or mapping that cannot be read, a document that
    would replace the event), else its message."""
    # Here, not at the top: the import service is loaded when it first refuses.
    from brokerage_app.domain.person_problems import (
        PersonKeptError,
        PersonNotFoundError,
        PersonRefusedError,
    )
    from brokerage_app.domain.timetable import SettingsRefusedError
    from brokerage_app.domain.walk_in_problems import WalkInRefusedError
    from brokerage_app.interchange.file_problems import TableFileError
    from brokerage_app.interchange.mapping_problems import MappingError
    from brokerage_app.services.imports import ImportRefusedError
    from brokerage_app.services.outputs import OutputRefusedError
    from brokerage_app.ui import (
        event_problems,
        file_problems,
        import_problems,
        mapping_problems,
        people_problems,
        walk_in_problems,
    )

    if isinstance(error, TableFileError):
        return file_problems.problem_text(error.problem)
    if isinstance(error, PersonRefusedError):
        return people_problems.refusal(error)
    if isinstance(error, PersonKeptError | PersonNotFoundError):
        return people_problems.problem_text(error.problem)
    if isinstance(error, ImportRefusedError):
        return import_problems.refusal(error)
    if isinstance(error, SettingsRefusedError):
        return event_problems.refusal(error)
    if isinstance(error, MappingError):
        return mapping_problems.problem_text(error.problem)
    if isinstance(error, WalkInRefusedError):
        return walk_in_problems.problem_text(error.problem)
    if isinstance(error, OutputRefusedError):
        return file_problems.output_refusal(error.path, error.problem)
    return str(error)


def log_path() -> Path:
    return user_data_dir() / "errors.log"


def log_unexpected(error: BaseException) -> Path:
    path = log_path()
    text = "".join(traceback.format_exception(type(error), error, error.__traceback__))
    log.error("unexpected error\n%s", text)
    with path.open("a", encoding="utf-8") as handle:
        handle.write(text + "\n")
    return path


def install_excepthook() -> None:
    """Turn uncaught exceptions in slots into dialogs instead of tracebacks on a console."""

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, tb)
            return
        error.__traceback__ = tb
        parent = QApplication.activeWindow()
        Messages.show_error(parent, error)

    sys.excepthook = hook
