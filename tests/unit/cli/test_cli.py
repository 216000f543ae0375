"""The command line: the README's commands work, and bad input exits 2 with a clear message."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from brokerage_app.cli import main
from brokerage_app.demo.generator import DemoOptions
from brokerage_app.services.demo import create_demo_database


def test_demo_data_then_info(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "e.sqlite"
    assert main(["demo-data", "--db", str(path), "--attendees", "40"]) == 0
    assert path.exists()
    capsys.readouterr()
    assert main(["--db", str(path), "info"]) == 0
    out = capsys.readouterr().out
    assert "Attendees:     40" in out
    assert "Tables:        6" in out
    assert "Requests:" in out and "accepted" in out


def test_global_db_option_goes_before_the_command(tmp_path: Path) -> None:
    path = tmp_path / "e.sqlite"
    assert main(["--db", str(path), "demo-data", "--attendees", "20"]) == 0
    assert path.exists()


def test_every_command_has_help() -> None:
    from brokerage_app.cli import build_parser

    parser = build_parser()
    subparsers = next(a for a in parser._actions if a.dest == "command")
    assert {"demo-data", "info"} <= set(subparsers.choices)
    for name, sub in subparsers.choices.items():
        assert sub.format_help().strip(), name


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["--db", "{tmp}/missing/e.sqlite", "demo-data"], "folder"),
        (["--db", "{tmp}/notes.txt", "info"], "not an event database"),
        (["--db", "{tmp}/nothing.sqlite", "info"], "No event file"),
        (["--db", "{event}", "info", "--attendee", "99999"], "No attendee with id 99999"),
        (["--db", "{event}", "attendee", "delete", "99999"], "No attendee with id 99999"),
        (["--db", "{event}", "demo-data"], "already exists"),
        (["--db", "{event}", "demo-data", "--attendees", "5"], "--attendees"),
    ],
)
def test_bad_input_exits_2_with_a_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], arguments: list[str], message: str
) -> None:
    event = tmp_path / "event.sqlite"
    create_demo_database(event, DemoOptions(attendees=20)).dispose()
    (tmp_path / "notes.txt").write_text("hello")
    before = event.read_bytes()
    argv = [a.format(tmp=tmp_path, event=event) for a in arguments]
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err
    assert event.read_bytes() == before


def test_console_script_runs_in_a_fresh_process(tmp_path: Path) -> None:
    path = tmp_path / "e.sqlite"
    created = subprocess.run(
        [
            sys.executable,
            "-m",
            "brokerage_app",
            "demo-data",
            "--db",
            str(path),
            "--attendees",
            "25",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert created.returncode == 0, created.stderr
    info = subprocess.run(
        [sys.executable, "-m", "brokerage_app", "--db", str(path), "info"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert info.returncode == 0 and "Attendees:     25" in info.stdout


def test_new_event_builds_days_sessions_and_breaks(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "e.sqlite"
    argv = [
        "new-event",
        "--db",
        str(path),
        "--name",
        "Innovation Days",
        "--first-day",
        "2027-10-30",
        "--days",
        "2",
        "--tables",
        "12",
        "--session",
        "09:00-12:00",
        "--break",
        "10:00-10:20",
    ]
    assert main(argv) == 0
    capsys.readouterr()
    assert main(["--db", str(path), "info"]) == 0
    out = capsys.readouterr().out
    # 09:00-12:00 in 20-minute slots minus the 10:00-10:20 break: 8 slots a day.
    assert "Slots:         16" in out and "Tables:        12" in out


def test_new_event_with_bad_values_writes_no_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "e.sqlite"
    argv = [
        "new-event",
        "--db",
        str(path),
        "--name",
        "X",
        "--first-day",
        "2027-10-30",
        "--tables",
        "0",
        "--time-zone",
        "Mars/Base",
    ]
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert "Time zone: 'Mars/Base'" in err and "Tables:" in err
    assert not path.exists()
