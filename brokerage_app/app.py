"""Composition root of the desktop program: application, context, main window."""

from __future__ import annotations

import logging
import sys

from brokerage_app.paths import APP_NAME


def run_gui(location: str | None) -> int:
    """Show the main window, opening ``location`` (a file or URL) if given; returns the exit code."""
    from PySide6.QtWidgets import QApplication

    from brokerage_app.ui.dialogs.messages import install_excepthook
    from brokerage_app.ui.main_window import MainWindow

    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    app = QApplication.instance() or QApplication(sys.argv)
    app.setOrganizationName(APP_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName("Brokerage App")
    install_excepthook()
    window = MainWindow()
    window.show()
    if location:
        window.actions.open_location(location)
    return app.exec()
