"""The command line's words for a refused timetable or event setting, word for word.

The checks return facts (``domain.timetable.TimetableProblem``); ``cli/event_problems.py``
words them in English. These lines were taken from the command line before the checks
returned facts, so the CLI says exactly what it said before.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from brokerage_app.cli import main


def error_of(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    capsys.readouterr()
    assert main(list(argv)) == 2
    return capsys.readouterr().err


def test_a_refused_new_event_lists_every_problem(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "e.sqlite")
    new = ["new-event", "--db", db, "--first-day", "2027-05-11"]
    assert error_of(
        capsys,
        *new,
        "--name",
        " ",
        "--time-zone",
        "Mars/Base",
        "--tables",
        "0",
        "--session",
        "10:00-09:00",
        "--session",
        "09:00-09:10",
        "--session",
        "08:30-09:30",
    ) == (
        "brokerage-app: error: Event name: must not be empty.\n"
        "Time zone: 'Mars/Base' is not a time zone such as Europe/Stockholm.\n"
        "Tables: at least one table is needed.\n"
        "Day 2027-05-11, session 1: ends at or before it starts.\n"
        "Day 2027-05-11, session 2: too short for one 20-minute slot.\n"
        "Day 2027-05-11: sessions 3 and 2 overlap.\n"
    )
    assert error_of(capsys, *new, "--name", "E", "--tables", "3", "--slot-minutes", "2") == (
        "brokerage-app: error: Day 2027-05-11, session 1: slot length must be 5 to 240 minutes.\n"
        "Day 2027-05-11, session 2: slot length must be 5 to 240 minutes.\n"
    )
    assert not Path(db).exists()


def test_a_refused_change_of_the_event_names_its_field(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "e.sqlite")
    assert main(["demo-data", "--db", db, "--attendees", "20"]) == 0
    event = ["event", "--db", db]
    capsys.readouterr()
    assert main([*event, "show"]) == 0
    shown = capsys.readouterr().out.splitlines()
    first_day = next(line.split()[1] for line in shown if line.startswith("Day "))
    assert main([*event, "add-room", "Attic"]) == 0
    assert error_of(capsys, *event, "add-room", "Attic") == (
        "brokerage-app: error: Rooms: a room name appears twice.\n"
    )
    assert main([*event, "booth", "1", "--owner", "1"]) == 0
    assert error_of(capsys, *event, "booth", "2", "--owner", "1") == (
        "brokerage-app: error: Tables: an exhibitor can own one booth only.\n"
    )
    assert error_of(capsys, *event, "add-table", "--room", "Cellar").startswith(
        "brokerage-app: error: Table "
    )
    assert error_of(capsys, *event, "add-table", "--room", "Cellar").endswith(
        ": no room named 'Cellar'.\n"
    )
    assert error_of(capsys, *event, "add-break", "10:00-09:00", "--day", first_day) == (
        f"brokerage-app: error: Day {first_day}, session 1, break 'Break': "
        "ends at or before it starts.\n"
    )
    assert error_of(capsys, *event, "add-day", first_day) == (
        f"brokerage-app: error: Day {first_day}: the date appears twice.\n"
    )
    venue_map = tmp_path / "map.png"
    venue_map.write_text("not an image", encoding="utf-8")
    assert error_of(capsys, *event, "set", "--venue-map", str(venue_map)) == (
        f"brokerage-app: error: Venue map {venue_map}: it is not a readable PNG or JPEG image.\n"
    )
