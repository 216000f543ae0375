"""Can Qt open a window here? Asked before the window starts, without loading Qt.

On Linux, PyPI's Qt brings its own Qt libraries but relies on the system for X11's client
libraries. When one is missing, Qt only says that "xcb" could not be loaded (and often names
the wrong library), then aborts the process. This module reads what the xcb plugin needs with
``ldd`` and names the missing libraries and the packages that provide them, so that the program
can say so and stop before it creates any file.
"""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

# The X11 client libraries the xcb platform plugin of Qt 6 links to, with the package that
# provides each on Debian/Ubuntu and on Fedora. Read off `ldd libqxcb.so` and `dpkg -S` on
# Debian 12; libraries every system has (libc, zlib, ...) are left out.
SYSTEM_PACKAGES: dict[str, tuple[str, str]] = {
    "libEGL.so.1": ("libegl1", "libglvnd-egl"),
    "libGL.so.1": ("libgl1", "libglvnd-glx"),
    "libGLX.so.0": ("libglx0", "libglvnd-glx"),
    "libGLdispatch.so.0": ("libglvnd0", "libglvnd"),
    "libX11.so.6": ("libx11-6", "libX11"),
    "libX11-xcb.so.1": ("libx11-xcb1", "libX11-xcb"),
    "libxcb.so.1": ("libxcb1", "libxcb"),
    "libxcb-cursor.so.0": ("libxcb-cursor0", "xcb-util-cursor"),
    "libxcb-icccm.so.4": ("libxcb-icccm4", "xcb-util-wm"),
    "libxcb-image.so.0": ("libxcb-image0", "xcb-util-image"),
    "libxcb-keysyms.so.1": ("libxcb-keysyms1", "xcb-util-keysyms"),
    "libxcb-randr.so.0": ("libxcb-randr0", "libxcb"),
    "libxcb-render.so.0": ("libxcb-render0", "libxcb"),
    "libxcb-render-util.so.0": ("libxcb-render-util0", "xcb-util-renderutil"),
    "libxcb-shape.so.0": ("libxcb-shape0", "libxcb"),
    "libxcb-shm.so.0": ("libxcb-shm0", "libxcb"),
    "libxcb-sync.so.1": ("libxcb-sync1", "libxcb"),
    "libxcb-util.so.1": ("libxcb-util1", "xcb-util"),
    "libxcb-xfixes.so.0": ("libxcb-xfixes0", "libxcb"),
    "libxcb-xkb.so.1": ("libxcb-xkb1", "libxcb"),
    "libxkbcommon.so.0": ("libxkbcommon0", "libxkbcommon"),
    "libxkbcommon-x11.so.0": ("libxkbcommon-x11-0", "libxkbcommon-x11"),
    "libfontconfig.so.1": ("libfontconfig1", "fontconfig"),
    "libfreetype.so.6": ("libfreetype6", "freetype"),
    "libglib-2.0.so.0": ("libglib2.0-0", "glib2"),
    "libgthread-2.0.so.0": ("libglib2.0-0", "glib2"),
    "libdbus-1.so.3": ("libdbus-1-3", "dbus-libs"),
}

_NOT_FOUND = re.compile(r"^\s*(\S+)\s+=>\s+not found", re.MULTILINE)


@dataclass(frozen=True)
class PlatformProblem:
    """Why no window can open, with what would fix it."""

    missing_libraries: tuple[str, ...] = ()
    no_display: bool = False

    def debian_packages(self) -> list[str]:
        return _packages(self.missing_libraries, 0)

    def fedora_packages(self) -> list[str]:
        return _packages(self.missing_libraries, 1)

    def message(self) -> str:
        if self.no_display:
            return (
                "There is no display to open the window on: neither DISPLAY nor "
                "WAYLAND_DISPLAY is set. Start brokerage-app from a desktop session, or use "
                "the command line (brokerage-app --help)."
            )
        lines = [
            "The window cannot open: Qt's X11 platform plugin (xcb) needs system libraries "
            "that are not installed:",
            *(f"  {name}" for name in self.missing_libraries),
            "Install them, then start brokerage-app again:",
        ]
        if debian := self.debian_packages():
            lines.append(f"  Debian/Ubuntu: sudo apt-get install {' '.join(debian)}")
        if fedora := self.fedora_packages():
            lines.append(f"  Fedora:        sudo dnf install {' '.join(fedora)}")
        return "\n".join(lines)


def _packages(libraries: tuple[str, ...], column: int) -> list[str]:
    names = (SYSTEM_PACKAGES.get(library, (None, None))[column] for library in libraries)
    return sorted({name for name in names if name})


def missing_libraries(plugin: Path) -> tuple[str, ...]:
    """The shared libraries ``plugin`` needs that the dynamic loader cannot find."""
    ldd = shutil.which("ldd")
    if ldd is None or not plugin.exists():
        return ()
    result = subprocess.run(
        [ldd, str(plugin)], capture_output=True, text=True, check=False, timeout=30
    )
    return tuple(dict.fromkeys(_NOT_FOUND.findall(result.stdout)))


def xcb_plugin() -> Path | None:
    """Where PySide6's xcb platform plugin is, found without importing Qt."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    package = Path(next(iter(spec.submodule_search_locations)))
    plugin = package / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    return plugin if plugin.exists() else None


def platform_problem(
    environ: os._Environ[str] | dict[str, str] | None = None,
) -> PlatformProblem | None:
    """What stops Qt from opening a window on this machine, or None when nothing does.

    Only Linux's X11 platform is checked: it is the one that depends on system packages. A
    Wayland session, another platform chosen in ``QT_QPA_PLATFORM`` (offscreen, vnc, ...)
    and other systems pass.
    """
    environ = os.environ if environ is None else environ
    if not sys.platform.startswith("linux"):
        return None
    chosen = environ.get("QT_QPA_PLATFORM", "").split(":")[0].strip()
    if chosen and chosen != "xcb":
        return None
    if not chosen and environ.get("WAYLAND_DISPLAY"):
        return None
    if not environ.get("DISPLAY"):
        return PlatformProblem(no_display=True)
    plugin = xcb_plugin()
    missing = missing_libraries(plugin) if plugin else ()
    return PlatformProblem(missing_libraries=missing) if missing else None
