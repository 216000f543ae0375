"""The window's part of ``brokerage-app selftest --gui``: open the main window, close it.

The command (``cli/commands/selftest.py``) imports this module only when ``--gui`` is given,
so that the rest of the self-test runs without Qt.
"""

from __future__ import annotations

import sys
from pathlib import Path

from brokerage_app.settings import settings_path
from brokerage_app.ui.platform_check import platform_problem


def show_and_close_main_window(location: Path, quit_after_ms: int) -> str:
    """Open ``location`` in the main window, close every window after ``quit_after_ms``.

    Returns what was shown; raises if the platform cannot show a window, the event loop
    fails or nothing was shown. The user's settings file is put back as it was.
    """
    problem = platform_problem()
    if problem is not None:  # Qt would abort the whole process instead of failing this step
        raise RuntimeError(problem.message())
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from brokerage_app.ui.app import run_gui

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication([sys.argv[0]])
    seen: list[str] = []

    def close_everything() -> None:
        for widget in QApplication.topLevelWidgets():
            if widget.isVisible():
                seen.append(widget.windowTitle() or type(widget).__name__)
                widget.close()
        app.quit()

    timer = QTimer()
    timer.setInterval(quit_after_ms)
    timer.timeout.connect(close_everything)  # repeats: also ends a modal dialog's loop
    timer.start()
    settings_file = settings_path()
    saved = settings_file.read_bytes() if settings_file.exists() else None
    try:
        status = run_gui(str(location))
    finally:
        timer.stop()
        if saved is None:
            settings_file.unlink(missing_ok=True)
        else:
            settings_file.write_bytes(saved)
    if status != 0:
        raise AssertionError(f"the window's event loop ended with status {status}")
    if not seen:
        raise AssertionError("no window was shown")
    return f"{app.platformName()} platform, showed {', '.join(dict.fromkeys(seen))}"


def multimedia_devices() -> str:
    # Check-in stations beep and read badges with the camera through QtMultimedia; on Linux
    # it needs the system's PulseAudio client library, which a bundle does not carry.
    from PySide6.QtMultimedia import QMediaDevices

    cameras = len(QMediaDevices.videoInputs())
    speakers = len(QMediaDevices.audioOutputs())
    return f"QtMultimedia loads; {cameras} camera(s), {speakers} audio output(s) found"
