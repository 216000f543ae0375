"""Slots from sessions and breaks; settings that survive damage."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from brokerage_app.domain.timetable import (
    BreakSpec,
    DaySpec,
    EventSpec,
    SessionSpec,
    SettingFault,
    SettingProblem,
    slot_times,
    validate_event_spec,
)
from brokerage_app.settings import UserSettings, load_settings, save_settings

DAY = dt.date(2027, 5, 11)


def test_slots_skip_breaks_and_never_overrun_the_session() -> None:
    session = SessionSpec(
        dt.time(9, 0), dt.time(10, 50), 20, breaks=(BreakSpec(dt.time(9, 30), dt.time(9, 45)),)
    )
    starts = [start.time() for start, _ in slot_times(DAY, session)]
    # 09:00-09:20, then 09:20-09:40 would overlap the break: resume at 09:45.
    assert starts == [dt.time(9, 0), dt.time(9, 45), dt.time(10, 5), dt.time(10, 25)]


def test_spec_problems_name_their_field() -> None:
    spec = EventSpec(
        name=" ",
        tables=0,
        days=(
            DaySpec(
                DAY,
                (
                    SessionSpec(dt.time(9), dt.time(12)),
                    SessionSpec(dt.time(11), dt.time(13)),
                    SessionSpec(dt.time(14), dt.time(14, 10), 20),
                ),
            ),
        ),
    )
    assert validate_event_spec(spec) == [
        SettingProblem(SettingFault.NAME_EMPTY),
        SettingProblem(SettingFault.NO_TABLES),
        SettingProblem(SettingFault.SESSION_TOO_SHORT, DAY, 3, 20),
        SettingProblem(SettingFault.SESSIONS_OVERLAP, DAY, 1, 2),
    ]


def test_settings_round_trip_and_recent_order(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    settings = UserSettings()
    for name in ("a.sqlite", "b.sqlite", "a.sqlite"):
        settings.remember_event(name)
    save_settings(settings, path)
    loaded = load_settings(path)
    assert loaded.recent_events == ["a.sqlite", "b.sqlite"]
    assert loaded.last_event == "a.sqlite"


def test_damaged_settings_give_defaults(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    for content in ("{not json", "[1, 2]", '{"recent_events": "x", "backups_to_keep": -3}'):
        path.write_text(content)
        loaded = load_settings(path)
        assert loaded.recent_events == [] and loaded.backups_to_keep == 10
