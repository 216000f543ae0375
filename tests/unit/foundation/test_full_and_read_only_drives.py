"""A read-only drive and a full disk, for real: small tmpfs mounts (root only).

SQLite reports both as vaguely as it can when opening a WAL file ("unable to open database
file", "disk I/O error": the -shm index cannot be created or grown); the organiser must be
told which it is, and which file.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import update

from brokerage_app.demo.generator import DemoOptions
from brokerage_app.errors import EventFileError
from brokerage_app.services.demo import create_demo_database
from brokerage_app.store.database import open_database
from brokerage_app.store.models import Attendee


def _mount(*options: str, target: Path) -> None:
    subprocess.run(["mount", *options, target], check=True, capture_output=True)


@pytest.fixture
def drive(tmp_path: Path) -> Iterator[Path]:
    """A 4 MB tmpfs, unmounted afterwards."""
    if os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root")
    target = tmp_path / "drive"
    target.mkdir()
    try:
        _mount("-t", "tmpfs", "-o", "size=4m", "tmpfs", target=target)
    except (OSError, subprocess.CalledProcessError) as exc:
        pytest.skip(f"cannot mount a tmpfs here: {exc}")
    try:
        yield target
    finally:
        subprocess.run(["umount", "-l", target], check=False, capture_output=True)


def _fill(folder: Path) -> None:
    with (folder / "filler").open("wb") as handle:
        try:
            while True:
                handle.write(b"\0" * 65536)
        except OSError:
            pass


def test_an_event_on_a_read_only_drive_is_reported_as_read_only(drive: Path) -> None:
    event = drive / "fair.sqlite"
    create_demo_database(event, DemoOptions(attendees=20)).dispose()
    _mount("-o", "remount,ro", target=drive)
    with pytest.raises(EventFileError) as raised:
        open_database(event)
    message = str(raised.value)
    assert str(event) in message
    assert "read-only" in message
    assert "unable to open database file" not in message


def test_an_event_on_a_full_disk_is_reported_as_a_full_disk(drive: Path) -> None:
    event = drive / "fair.sqlite"
    create_demo_database(event, DemoOptions(attendees=20)).dispose()
    _fill(drive)
    with pytest.raises(EventFileError) as raised:
        open_database(event)
    message = str(raised.value)
    assert str(event) in message
    assert "the disk is full" in message
    assert "disk I/O error" not in message


def test_a_change_on_a_disk_that_fills_up_is_reported_as_a_full_disk(drive: Path) -> None:
    event = drive / "fair.sqlite"
    database = create_demo_database(event, DemoOptions(attendees=20))
    try:
        _fill(drive)
        with pytest.raises(EventFileError) as raised, database.session("save the edit") as s:
            s.execute(update(Attendee).values(profile="x" * 5000))
    finally:
        database.dispose()
    message = str(raised.value)
    assert str(event) in message
    assert "the disk is full" in message
