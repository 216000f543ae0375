"""Where the program keeps its files: platform folders, never the current directory."""

from __future__ import annotations

import sys
from pathlib import Path

import platformdirs

APP_NAME = "brokerage-app"


def user_data_dir() -> Path:
    path = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def events_dir() -> Path:
    path = user_data_dir() / "events"
    path.mkdir(parents=True, exist_ok=True)
    return path


def user_config_dir() -> Path:
    path = Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def _bundle_root() -> Path:
    # In a PyInstaller bundle data files sit under sys._MEIPASS; in an installed wheel, inside
    # the package (pyproject.toml: force-include); in a checkout, beside the package.
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    package = Path(__file__).resolve().parent
    return package if (package / "resources").is_dir() else package.parent


def resources_dir() -> Path:
    return _bundle_root() / "resources"


def migrations_dir() -> Path:
    return _bundle_root() / "db"
