"""Composition root of the desktop program: application, context, main window."""

from __future__ import annotations

import gc
import logging
import sys

from brokerage_app.paths import APP_NAME


def tune_garbage_collector() -> None:
    """Fewer, cheaper collections in the GUI process.

    A full collection walks every object and stops every thread; freezing what startup
    created (Qt wrappers, modules, SQLAlchemy metadata) takes those out of every later
    collection, and a larger first threshold stops the many small lists a page load
    creates from triggering collections over and over.
    """
    gc.collect()
    gc.freeze()
    gc.set_threshold(20_000, 20, 20)


def run_gui(location: str | None) -> int:
    """Show the main window, opening ``location`` (a file or URL) if given; returns the exit code."""
    from PySide6.QtWidgets import QApplication

    from brokerage_app.settings import load_settings
    from brokerage_app.ui.dialogs.messages import install_excepthook
    from brokerage_app.ui.i18n import choose_language, install_translators
    from brokerage_app.ui.main_window import MainWindow

    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv)
    install_translators(app, choose_language(load_settings().language))
    app.setOrganizationName(APP_NAME)
    app.setApplicationName(APP_NAME)
    QApplication.setApplicationDisplayName("Brokerage App")
    install_excepthook()
    from PySide6.QtCore import QTimer

    from brokerage_app.ui.workers import PROCESS_WORKER

    window = MainWindow()
    window.show()
    tune_garbage_collector()
    # Start the worker process now, so that the first Solve or Print finds it ready.
    QTimer.singleShot(500, PROCESS_WORKER.warm_up)
    app.aboutToQuit.connect(PROCESS_WORKER.stop)
    if location:
        window.app_actions.open_location(location)
    return app.exec()
