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
    # In a PyInstaller bundle data files sit under sys._MEIPASS; in a checkout, beside the package.
    frozen = getattr(sys, "_MEIPASS", None)
    return Path(frozen) if frozen else Path(__file__).resolve().parent.parent


def resources_dir() -> Path:
    return _bundle_root() / "resources"


def migrations_dir() -> Path:
    return _bundle_root() / "db"
