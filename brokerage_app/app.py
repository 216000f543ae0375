"""Composition root of the desktop program: settings, database, main window."""

from __future__ import annotations

import sys

from brokerage_app.settings import load_settings, save_settings
from brokerage_app.store.database import open_database


def run_gui(location: str | None) -> int:
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    from brokerage_app.services.events import event_counts

    app = QApplication.instance() or QApplication(sys.argv)
    settings = load_settings()
    location = location or settings.last_event
    window = QMainWindow()
    window.setWindowTitle("Brokerage App")
    if location:
        database = open_database(location)
        with database.session() as session:
            counts = event_counts(session)
        settings.remember_event(location)
        save_settings(settings)
        window.setWindowTitle(f"{counts.name} — Brokerage App")
        window.setCentralWidget(
            QLabel(f"{counts.name}: {counts.attendees} attendees, {counts.tables} tables")
        )
    else:
        window.setCentralWidget(QLabel("No event open."))
    window.resize(1200, 800)
    window.show()
    return app.exec()
