"""The window says which system libraries it lacks, and leaves nothing behind."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from brokerage_app.cli import main
from brokerage_app.paths import events_dir
from brokerage_app.settings import settings_path
from brokerage_app.ui import platform_check
from brokerage_app.ui.platform_check import PlatformProblem, missing_libraries, platform_problem

LOST = "libbrokerage-lost.so.1"


def _library_with_a_lost_dependency(folder: Path) -> Path:
    """A real shared object that links to a library which is then deleted."""
    gcc = shutil.which("gcc")
    if gcc is None:
        pytest.skip("gcc is not installed: no shared object can be built to test ldd with")
    (folder / "lost.c").write_text("int lost(void) { return 1; }\n")
    (folder / "plugin.c").write_text("int lost(void);\nint plugin(void) { return lost(); }\n")
    subprocess.run(
        [gcc, "-shared", "-fPIC", "-o", folder / LOST, folder / "lost.c", f"-Wl,-soname,{LOST}"],
        check=True,
    )
    plugin = folder / "libqxcb.so"
    subprocess.run(
        [gcc, "-shared", "-fPIC", "-o", plugin, folder / "plugin.c", folder / LOST],
        check=True,
    )
    (folder / LOST).unlink()
    return plugin


def test_ldd_names_the_library_the_plugin_cannot_find(tmp_path: Path) -> None:
    plugin = _library_with_a_lost_dependency(tmp_path)
    assert missing_libraries(plugin) == (LOST,)


def test_the_installed_plugin_finds_everything_it_needs() -> None:
    # .ci/run installs the README's package line, so on CI and on a set-up machine the
    # check must pass: the line is complete.
    plugin = platform_check.xcb_plugin()
    assert plugin is not None
    assert missing_libraries(plugin) == ()


def test_the_message_names_packages_for_debian_and_fedora() -> None:
    problem = PlatformProblem(missing_libraries=("libxcb-icccm.so.4", "libxcb-keysyms.so.1"))
    message = problem.message()
    assert "libxcb-icccm.so.4" in message and "libxcb-keysyms.so.1" in message
    assert "sudo apt-get install libxcb-icccm4 libxcb-keysyms1" in message
    assert "sudo dnf install xcb-util-keysyms xcb-util-wm" in message


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({"QT_QPA_PLATFORM": "offscreen"}, None),
        ({"WAYLAND_DISPLAY": "wayland-0"}, None),
        ({}, PlatformProblem(no_display=True)),
        ({"QT_QPA_PLATFORM": "xcb"}, PlatformProblem(no_display=True)),
    ],
)
def test_only_the_x11_platform_is_checked(
    environ: dict[str, str], expected: PlatformProblem | None
) -> None:
    assert platform_problem(environ) == expected


def test_missing_libraries_stop_the_demo_before_any_file_is_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    plugin = _library_with_a_lost_dependency(tmp_path)
    monkeypatch.setattr(platform_check, "xcb_plugin", lambda: plugin)
    monkeypatch.setenv("DISPLAY", ":0")
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)

    assert main(["--demo", "--language", "sv"]) == 2

    error = capsys.readouterr().err
    assert "The window cannot open" in error and LOST in error
    assert not any(events_dir().iterdir()), "a demo file was left behind"
    assert not settings_path().exists(), "the language setting was written"


def test_no_display_is_said_plainly(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    assert main(["--demo"]) == 2
    assert "There is no display" in capsys.readouterr().err
    assert not any(events_dir().iterdir())
