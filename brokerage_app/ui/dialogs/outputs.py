"""Asking before a document is written: the window's side of ``services.outputs``.

The service refuses the event file, its companions and its backups outright; another kind
of file (not a PDF where a PDF goes) is replaced only if the organiser says so here.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from brokerage_app.services.outputs import (
    OutputKind,
    OutputRefusedError,
    check_output,
    check_output_folder,
)
from brokerage_app.store.database import EventDatabase
from brokerage_app.ui.dialogs.messages import Messages


def tr(text: str) -> str:
    return QCoreApplication.translate("Outputs", text)


def may_write(
    parent: QWidget,
    output: Path,
    kind: OutputKind,
    database: EventDatabase | None,
    *,
    folder: bool = False,
    names: Iterable[str] = (),
) -> bool | None:
    """False: write; True: replace a file of another kind, as confirmed; None: don't."""
    try:
        if folder:
            check_output_folder(output, kind, names, protect=database)
        else:
            check_output(output, kind, protect=database)
    except OutputRefusedError as refused:
        if not refused.can_force:
            Messages.show_error(parent, refused)
            return None
        replace_it = Messages.ask(
            parent,
            tr("Replace the file?"),
            tr(
                "{path} already exists and is not a {kind} file. Replace it? Its contents "
                "will be lost."
            ).format(path=refused.path, kind=kind.value),
            danger=True,
        )
        return True if replace_it else None
    return False
