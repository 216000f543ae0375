"""The window starts on a real X display, as ``uv run brokerage-app --demo`` does for a user.

Every other GUI test runs offscreen, which cannot see a missing X11 library: this one starts
the program under ``xvfb-run`` with Qt's own xcb platform, waits for the demo event to be on
the screen, saves a screenshot and quits.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from brokerage_app.paths import events_dir

pytestmark = pytest.mark.gui

START_TIMEOUT_S = 180  # a limit for a hung start, not a measure: it normally takes seconds


def test_the_demo_opens_in_a_real_window(tmp_path: Path) -> None:
    xvfb_run = shutil.which("xvfb-run")
    if xvfb_run is None:
        if os.environ.get("CI"):
            pytest.fail("xvfb-run is missing on CI: .ci/run installs xvfb")
        pytest.skip("xvfb-run is not installed (apt-get install xvfb xauth)")
    screenshot = tmp_path / "demo-window.png"
    environment = {key: value for key, value in os.environ.items() if key != "QT_QPA_PLATFORM"}
    environment.pop("WAYLAND_DISPLAY", None)
    result = subprocess.run(
        [
            xvfb_run,
            "-a",
            "-s",
            "-screen 0 1600x1000x24",
            sys.executable,
            "-m",
            "tests.helpers.real_window",
            str(screenshot),
        ],
        cwd=Path(__file__).resolve().parents[2],
        env=environment,
        capture_output=True,
        text=True,
        timeout=START_TIMEOUT_S,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    platform, title = result.stdout.splitlines()[:2]
    assert platform == "xcb"
    demo_files = list(events_dir().glob("demo-*.sqlite"))
    assert len(demo_files) == 1 and str(demo_files[0]) in title

    image = QImage(str(screenshot))
    assert not image.isNull() and image.width() == 1600
    colours = {image.pixel(x, y) for x in range(0, 1600, 40) for y in range(0, 1000, 40)}
    assert len(colours) > 5, "the screenshot is blank"
