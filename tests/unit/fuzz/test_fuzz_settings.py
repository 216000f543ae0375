"""Fuzz: the user's settings file and saved column mappings: damaged files must not stop us."""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from brokerage_app.interchange.mapping import ColumnMapping, load_mapping
from brokerage_app.settings import MAX_RECENT, UserSettings, load_settings, save_settings
from tests.unit.fuzz.mutations import JSON_VALUES, damaged
from tests.unit.fuzz.rules import FUZZ, clean_or_explained

VALID_SETTINGS = {
    "recent_events": ["/home/anna/events/fair.sqlite", "postgresql://desk@server/fair"],
    "language": "sv",
    "station_name": "Entrance A",
    "backups_to_keep": 10,
}


def assert_usable(settings: UserSettings) -> None:
    assert isinstance(settings.language, str) and isinstance(settings.station_name, str)
    assert all(isinstance(item, str) for item in settings.recent_events)
    assert len(settings.recent_events) <= MAX_RECENT
    assert isinstance(settings.backups_to_keep, int) and 1 <= settings.backups_to_keep <= 1000


@FUZZ
@given(st.binary(max_size=300) | damaged(VALID_SETTINGS).map(lambda d: json.dumps(d).encode()))
def test_any_settings_file_gives_usable_settings(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "settings.json"
    path.write_bytes(content)
    settings = load_settings(path)
    assert_usable(settings)
    # What was read can be written back and read again unchanged.
    save_settings(settings, path)
    assert load_settings(path) == settings


@FUZZ
@given(JSON_VALUES | damaged({"kind": "attendees", "columns": {"first_name": "Förnamn"}}))
def test_any_mapping_file_gives_a_mapping_or_a_message(tmp_path: Path, document: object) -> None:
    path = tmp_path / "mapping.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    result = clean_or_explained(lambda: load_mapping(path))
    assert result is None or isinstance(result, ColumnMapping)
