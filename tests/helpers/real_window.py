"""Start the program as a user does (``brokerage-app --demo``), on whatever display is set.

Run under ``xvfb-run`` by ``tests/gui/test_real_window.py``: once the main window is on the
screen and shows the demo event, the screen is saved to the PNG named on the command line and
every window is closed, so the program exits as it does when the user quits. Prints the Qt
platform and the window title, one per line, for the test to check.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMainWindow

from brokerage_app.cli import main

POLL_MS = 50


def _shown_main_window() -> QMainWindow | None:
    for widget in QApplication.topLevelWidgets():
        handle = widget.windowHandle()
        if isinstance(widget, QMainWindow) and handle is not None and handle.isExposed():
            # The title names the event once it is open, and the pages start loading it then:
            # the demo is on the screen when no loading task is left.
            context = getattr(widget, "context", None)
            if "demo-" in widget.windowTitle() and context and context.tasks.active == 0:
                return widget
    return None


def run(screenshot: str) -> int:
    app = QApplication(sys.argv[:1])
    timer = QTimer()
    timer.setInterval(POLL_MS)

    def poll() -> None:
        window = _shown_main_window()
        if window is None:
            return
        timer.stop()
        QApplication.processEvents()  # let the exposed window paint once before the grab
        screen = QGuiApplication.primaryScreen()
        screen.grabWindow(0).save(screenshot)
        print(app.platformName(), flush=True)
        print(window.windowTitle(), flush=True)
        for widget in QApplication.topLevelWidgets():
            widget.close()

    timer.timeout.connect(poll)
    timer.start()
    return main(["--demo"])


if __name__ == "__main__":
    sys.exit(run(sys.argv[1]))
