"""Kill a brokerage-app command at a random moment and inspect the event file it left.

Each run copies a prepared event file and runs the real command line (``brokerage_app.cli
.main``) in a child process forked from the test process, then sends it SIGKILL after a
random delay: no cleanup, no atexit, no rollback, which is what a crash or a flat battery
does. Forking, rather than starting ``python -m brokerage_app`` each time, pays the 6 s of
importing OR-Tools and friends once instead of once per run. Afterwards the file is checked
with SQLite's own integrity check and its data compared with the states before and after.
"""

from __future__ import annotations

import hashlib
import os
import random
import select
import shutil
import signal
import sqlite3
import sys
import time
import traceback
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from brokerage_app.cli import build_parser, main
from brokerage_app.store.database import open_database

# Import every command module (and so OR-Tools, openpyxl, reportlab …) here, once: a forked
# child then starts its work at once instead of spending seconds importing.
build_parser()

DEFAULT_RUNS = 3
PARALLEL = 2
CHILD_CRASHED = 99
# No command here takes a minute; a child still running after this is stuck, not slow.
HARD_LIMIT_SECONDS = 180.0


def fault_runs() -> int:
    """Kills per operation: a few by default, BROKERAGE_FAULT_RUNS=50 for the full suite."""
    return int(os.environ.get("BROKERAGE_FAULT_RUNS", str(DEFAULT_RUNS)))


@dataclass(frozen=True)
class Launch:
    """One run of the command line: its arguments, what it reads, where it reports."""

    argv: tuple[str, ...]
    home: Path  # private XDG folders: never the real user's settings
    output: Path
    stdin: Path | None = None
    kill_after: float | None = None  # seconds; None: let it finish
    # With an event file here, kill_after counts from its first write (its -wal file
    # growing) rather than from the start: that aims the kills at the transaction itself.
    kill_after_writing: Path | None = None


def _has_written(event: Path) -> bool:
    try:
        return Path(f"{event}-wal").stat().st_size > 0
    except FileNotFoundError:
        return False


@dataclass(frozen=True)
class Ended:
    launch: Launch
    killed: bool
    exit_code: int | None
    seconds: float
    seconds_writing: float | None = None  # from the first write to the end

    @property
    def output(self) -> str:
        return self.launch.output.read_text(encoding="utf-8", errors="replace")


def _child(launch: Launch) -> None:
    """Runs in the forked process; never returns."""
    code = CHILD_CRASHED
    try:
        for name in ("CONFIG", "DATA", "CACHE"):
            os.environ[f"XDG_{name}_HOME"] = str(launch.home / name.lower())
        os.environ.pop("BROKERAGE_APP_DB", None)
        source = os.open(launch.stdin or os.devnull, os.O_RDONLY)
        os.dup2(source, 0)
        sink = os.open(launch.output, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
        os.dup2(sink, 1)
        os.dup2(sink, 2)
        sys.stdin = open(0, encoding="utf-8", closefd=False)  # noqa: SIM115
        sys.stdout = open(1, "w", encoding="utf-8", closefd=False)  # noqa: SIM115
        sys.stderr = sys.stdout
        code = main(list(launch.argv))
    except BaseException:
        traceback.print_exc()
    finally:
        try:
            sys.stdout.flush()
        finally:
            os._exit(code)


def _start(launch: Launch) -> int:
    sys.stdout.flush()
    sys.stderr.flush()
    pid = os.fork()
    if pid == 0:
        _child(launch)
    return pid


def run_all(launches: Sequence[Launch], parallel: int = PARALLEL) -> list[Ended]:
    """Run the launches, ``parallel`` at a time, killing each at its ``kill_after``."""
    pending = list(enumerate(launches))
    # pid: (index, launch, start, moment the kill clock started or None, pidfd)
    running: dict[int, tuple[int, Launch, float, float | None, int]] = {}
    results: dict[int, Ended] = {}
    while pending or running:
        while pending and len(running) < parallel:
            index, launch = pending.pop(0)
            pid = _start(launch)
            started = time.monotonic()
            clock = None if launch.kill_after_writing else started
            running[pid] = (index, launch, started, clock, os.pidfd_open(pid))
        now = time.monotonic()
        deadlines = [start + HARD_LIMIT_SECONDS for _, _, start, _, _ in running.values()]
        deadlines += [
            clock + launch.kill_after
            for _, launch, _, clock, _ in running.values()
            if launch.kill_after is not None and clock is not None
        ]
        watching = any(clock is None for *_, clock, _ in running.values())
        timeout = max(0.0, min(deadlines) - now)
        if watching:
            timeout = min(timeout, 0.002)  # look at the -wal file's size every 2 ms
        # A pidfd becomes readable when its process ends: wait for an end or the next kill.
        select.select([fd for *_, fd in running.values()], [], [], timeout)
        now = time.monotonic()
        for pid, (index, launch, start, clock, fd) in list(running.items()):
            if (
                clock is None
                and launch.kill_after_writing
                and _has_written(launch.kill_after_writing)
            ):
                clock = now
                running[pid] = (index, launch, start, clock, fd)
            exited, status = os.waitpid(pid, os.WNOHANG)
            killed = False
            due = launch.kill_after is not None and clock is not None
            stuck = now >= start + HARD_LIMIT_SECONDS
            if not exited and (stuck or (due and now >= clock + launch.kill_after)):
                os.kill(pid, signal.SIGKILL)
                _, status = os.waitpid(pid, 0)
                killed = True
            elif not exited:
                continue
            os.close(fd)
            del running[pid]
            code = os.waitstatus_to_exitcode(status)
            writing = now - clock if launch.kill_after_writing and clock is not None else None
            results[index] = Ended(launch, killed, None if killed else code, now - start, writing)
    return [results[index] for index in range(len(launches))]


def run_to_end(launch: Launch) -> Ended:
    (ended,) = run_all([launch])
    assert ended.exit_code == 0, ended.output
    return ended


def kill_moments(
    full_seconds: float, writing_seconds: float | None, runs: int, seed: int
) -> list[tuple[float, bool]]:
    """(delay, counted from the first write?) for each run.

    A third of the kills fall anywhere in the run; the others, when the operation writes in
    one transaction at its end, fall inside that write (measured from the -wal file growing),
    since a fixed delay would mostly miss it on a machine whose speed varies.
    """
    rng = random.Random(seed)
    moments = []
    for index in range(runs):
        if index % 3 == 0 or writing_seconds is None:
            moments.append((rng.uniform(0.0, full_seconds * 1.1), False))
        else:
            moments.append((rng.uniform(0.0, writing_seconds * 1.3), True))
    return moments


def fresh_copy(template: Path, folder: Path, name: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / name
    shutil.copyfile(template, target)
    return target


def settle(path: Path) -> Path:
    """Fold the WAL into the file so that a copy of it is complete on its own."""
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    return path


def assert_sound(path: Path) -> None:
    """The file opens as an event and SQLite finds nothing wrong with it."""
    with sqlite3.connect(path) as connection:  # replays the WAL the kill left behind
        verdict = connection.execute("PRAGMA integrity_check").fetchall()
        broken_links = connection.execute("PRAGMA foreign_key_check").fetchall()
    connection.close()
    assert verdict == [("ok",)], f"{path}: integrity_check says {verdict}"
    assert broken_links == [], f"{path}: foreign keys broken: {broken_links[:5]}"
    open_database(path).dispose()


def digest(path: Path, queries: Iterable[str]) -> str:
    """A checksum of what the queries return (they must order their rows)."""
    hasher = hashlib.sha256()
    with sqlite3.connect(path) as connection:
        for query in queries:
            hasher.update(query.encode())
            for row in connection.execute(query):
                hasher.update(repr(row).encode())
    connection.close()
    return hasher.hexdigest()


def scalar(path: Path, query: str) -> object:
    with sqlite3.connect(path) as connection:
        value = connection.execute(query).fetchone()[0]
    connection.close()
    return value


def rows(path: Path, query: str) -> list[tuple]:
    with sqlite3.connect(path) as connection:
        found = connection.execute(query).fetchall()
    connection.close()
    return found
