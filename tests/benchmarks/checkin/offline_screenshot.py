"""Screenshot of the check-in page with an offline verdict: docs/screenshots/checkin-offline.png

    QT_QPA_PLATFORM=offscreen uv run python -m tests.benchmarks.checkin.offline_screenshot [OUT.png]

Starts a throwaway PostgreSQL server, opens a demo event on it, checks two people in, stops
the server (``pg_ctl stop -m immediate``) and scans a badge with a desk note.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from brokerage_app.ui.context import AppContext
from brokerage_app.ui.main_window import MainWindow
from tests.benchmarks.gui.screenshots import wait
from tests.helpers.postgres import running_server
from tests.integration.checkin.offline_desk import prepare_event, scan_through_outage

ROOT = Path(__file__).resolve().parents[3]


def main(out: Path) -> None:
    home = Path(tempfile.mkdtemp(prefix="brokerage-shots-"))
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
        os.environ[name] = str(home / name.lower())
    app = QApplication.instance() or QApplication(sys.argv)
    app.setOrganizationName("brokerage-app-screenshots")
    with running_server() as server:
        if server is None:
            raise SystemExit("PostgreSQL is not installed (apt-get install postgresql).")
        url, codes = prepare_event(server)
        context = AppContext()
        window = MainWindow(context)
        window.resize(1400, 900)
        window.show()
        window.app_actions.open_location(url)
        wait(lambda: context.is_open)
        scan_through_outage(window, server, codes, wait)
        for _ in range(20):
            QCoreApplication.processEvents()
        window.grab().save(str(out))
        context.close_event()
        wait(lambda: context.tasks.active == 0)
    print(f"Wrote {out}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs/screenshots/checkin-offline.png")
