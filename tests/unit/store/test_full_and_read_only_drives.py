"""A read-only drive and a full disk, for real: small tmpfs mounts (root only).

SQLite reports both as vaguely as it can when opening a WAL file ("unable to open database
file", "disk I/O error": the -shm index cannot be created or grown); the organiser must be
told which it is, and which file.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Callable, Iterator
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
    # Unbuffered, so that the write that meets the full disk is the one that fails, not a
    # flush when the file is closed.
    with (folder / "filler").open("wb", buffering=0) as handle:
        try:
            while True:
                handle.write(b"\0" * 65536)
        except OSError:
            pass


def _read_only(folder: Path) -> None:
    _mount("-o", "remount,ro", target=folder)


@pytest.mark.parametrize(
    ("spoil", "said", "sqlite_said"),
    [
        (_read_only, "the file is read-only", "unable to open database file"),
        (_fill, "the disk is full", "disk I/O error"),
    ],
    ids=["read-only drive", "full disk"],
)
def test_opening_says_read_only_or_full_and_names_the_file(
    drive: Path, spoil: Callable[[Path], None], said: str, sqlite_said: str
) -> None:
    event = drive / "fair.sqlite"
    create_demo_database(event, DemoOptions(attendees=20)).dispose()
    spoil(drive)
    with pytest.raises(EventFileError) as raised:
        open_database(event)
    message = str(raised.value)
    assert str(event) in message
    assert said in message
    assert sqlite_said not in message


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
