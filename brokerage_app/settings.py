"""User settings shared by the CLI and the GUI (recent event files), stored as JSON.

Window geometry and other purely visual state live in QSettings inside ``ui``; what the
command line needs too (the last event) lives here so that no Qt is needed to read it.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from brokerage_app.paths import user_config_dir

MAX_RECENT = 10


@dataclass
class UserSettings:
    recent_events: list[str] = field(default_factory=list)
    language: str = ""  # empty: follow the system locale
    station_name: str = ""
    backups_to_keep: int = 10

    @property
    def last_event(self) -> str | None:
        return self.recent_events[0] if self.recent_events else None

    def remember_event(self, location: str) -> None:
        location = without_password(location)
        self.recent_events = [location] + [e for e in self.recent_events if e != location]
        del self.recent_events[MAX_RECENT:]


def without_password(location: str) -> str:
    """A database URL as it may be stored or shown: without its password; paths unchanged.

    Settings never keep a password: the window asks for it once per session, or finds it in
    the system keyring or in libpq's own PGPASSWORD / ~/.pgpass / PGPASSFILE.
    """
    if "://" not in location:
        return location
    parts = urlsplit(location)
    credentials, at, host = parts.netloc.rpartition("@")
    if at and ":" in credentials:
        parts = parts._replace(netloc=f"{credentials.split(':', 1)[0]}@{host}")
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k != "password"]
    if len(query) != len(parse_qsl(parts.query, keep_blank_values=True)):
        parts = parts._replace(query=urlencode(query))
    return urlunsplit(parts)


def settings_path() -> Path:
    return user_config_dir() / "settings.json"


def load_settings(path: Path | None = None) -> UserSettings:
    """Read settings; a damaged file gives defaults rather than stopping the program."""
    path = path or settings_path()
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return UserSettings()
    if not isinstance(raw, dict):
        return UserSettings()
    settings = UserSettings()
    recent = raw.get("recent_events")
    if isinstance(recent, list):
        # A password stored by an older version is dropped on the next save.
        kept = dict.fromkeys(without_password(e) for e in recent if isinstance(e, str))
        settings.recent_events = list(kept)[:MAX_RECENT]
    for name in ("language", "station_name"):
        if isinstance(raw.get(name), str):
            setattr(settings, name, raw[name])
    keep = raw.get("backups_to_keep")
    if isinstance(keep, int) and not isinstance(keep, bool) and 1 <= keep <= 1000:
        settings.backups_to_keep = keep
    return settings


def save_settings(settings: UserSettings, path: Path | None = None) -> None:
    path = path or settings_path()
    partial = path.with_suffix(".json.partial")
    partial.write_text(json.dumps(asdict(settings), indent=2, ensure_ascii=False), encoding="utf-8")
    os.replace(partial, path)
