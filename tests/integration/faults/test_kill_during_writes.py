"""Pull the plug during an import, a solve-and-store and a stream of check-ins.

After every kill the event file must open, pass SQLite's integrity check, and hold the data
of before or after the operation, never something in between. Runs per operation: a few by
default, ``BROKERAGE_FAULT_RUNS=50`` for the full suite (see docs/benchmarks.md).
"""

from __future__ import annotations

import csv
import os
from collections import Counter
from pathlib import Path

import pytest

from brokerage_app.demo.generator import DemoOptions
from brokerage_app.services.backups import list_backups
from brokerage_app.services.checkin import badge_code
from brokerage_app.services.demo import create_demo_database
from brokerage_app.services.schedule import run_schedule
from brokerage_app.store.database import open_database
from tests.integration.faults.harness import (
    PARALLEL,
    Ended,
    Launch,
    assert_sound,
    digest,
    fault_runs,
    fresh_copy,
    kill_moments,
    rows,
    run_all,
    scalar,
    settle,
)

pytestmark = pytest.mark.skipif(
    not hasattr(os, "fork") or not hasattr(os, "pidfd_open"), reason="needs fork and pidfds (Linux)"
)


@pytest.fixture(scope="module")
def workshop(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("faults")


@pytest.fixture(scope="module")
def demo_event(workshop: Path) -> Path:
    path = workshop / "demo.sqlite"
    create_demo_database(path, DemoOptions(attendees=80, seed=11)).dispose()
    return settle(path)


def kill_runs(
    template: Path,
    folder: Path,
    argv: tuple[str, ...],
    timing: Ended,
    seed: int,
    stdin: Path | None = None,
) -> list[tuple[Path, Ended]]:
    """Copies of the template, each with the command killed at a random moment."""
    events, launches = [], []
    moments = kill_moments(timing.seconds, timing.seconds_writing, fault_runs(), seed)
    for index, (delay, from_write) in enumerate(moments):
        event = fresh_copy(template, folder, f"run-{index}.sqlite")
        events.append(event)
        launches.append(
            Launch(
                ("--db", str(event), *argv),
                folder,
                folder / f"run-{index}.txt",
                stdin,
                delay,
                kill_after_writing=event if from_write else None,
            )
        )
    ended = run_all(launches)
    for run in ended:
        # A child that ended on its own must have succeeded; a killed one says nothing.
        assert run.killed or run.exit_code == 0, run.output
    return list(zip(events, ended, strict=True))


def report(name: str, outcomes: Counter[str], runs: list[tuple[Path, Ended]]) -> None:
    killed = sum(run.killed for _, run in runs)
    delays = ", ".join(
        f"{run.launch.kill_after:.2f}{'w' if run.launch.kill_after_writing else ''}"
        for _, run in runs
    )
    print(f"{name}: {dict(outcomes)}, {killed} killed (delays {delays} s; w: after first write)")


def baseline(
    template: Path,
    folder: Path,
    argv: tuple[str, ...],
    stdin: Path | None = None,
    *,
    one_transaction: bool = True,
) -> tuple[Path, Ended]:
    """Run the command to the end, as many side by side as the kill runs use; return one
    resulting file and the slowest run's timing: the time scale for the kills."""
    events = [fresh_copy(template, folder, f"baseline-{i}.sqlite") for i in range(PARALLEL)]
    launches = [
        Launch(
            ("--db", str(event), *argv),
            folder,
            folder / f"baseline-{i}.txt",
            stdin,
            kill_after_writing=event if one_transaction else None,
        )
        for i, event in enumerate(events)
    ]
    ended = run_all(launches)
    for run in ended:
        assert run.exit_code == 0, run.output
    return events[0], max(ended, key=lambda run: run.seconds)


# --- solve and store ------------------------------------------------------------------------

SCHEDULE_QUERIES = (
    "SELECT request_id, slot_id, table_id, status FROM meetings ORDER BY id",
    "SELECT id, unscheduled_reason FROM meeting_requests ORDER BY id",
)
SOLVES = "SELECT count(*) FROM audit_log WHERE action = 'solve'"


def assert_complete_schedule(path: Path) -> None:
    placed = scalar(
        path,
        "SELECT json_extract(details, '$.placed') FROM audit_log WHERE action = 'solve' "
        "ORDER BY id DESC LIMIT 1",
    )
    scheduled = scalar(path, "SELECT count(*) FROM meetings WHERE status = 'scheduled'")
    assert scheduled == placed, f"{path}: {scheduled} meetings scheduled, the solve placed {placed}"
    forgotten = scalar(
        path,
        "SELECT count(*) FROM meeting_requests r WHERE r.status = 'accepted' "
        "AND r.unscheduled_reason = '' AND NOT EXISTS (SELECT 1 FROM meetings m "
        "WHERE m.request_id = r.id AND m.status != 'cancelled')",
    )
    assert forgotten == 0, f"{path}: {forgotten} accepted requests neither placed nor explained"


def test_kill_during_solve_and_store(demo_event: Path, workshop: Path) -> None:
    folder = workshop / "solve"
    template = fresh_copy(demo_event, folder, "template.sqlite")
    first = open_database(template)
    run_schedule(first, time_limit=1.0, workers=1, seed=0)  # a schedule to be replaced
    first.dispose()
    settle(template)
    before, solves_before = digest(template, SCHEDULE_QUERIES), scalar(template, SOLVES)
    argv = ("schedule", "--time-limit", "1", "--workers", "1", "--seed", "3", "--quiet")

    done, timing = baseline(template, folder, argv)
    assert scalar(done, SOLVES) == solves_before + 1
    assert_complete_schedule(done)

    outcomes: Counter[str] = Counter()
    runs = kill_runs(template, folder, argv, timing, seed=1)
    for event, _run in runs:
        assert_sound(event)
        solves = scalar(event, SOLVES)
        # The solve backs the file up first: a kill then must not leave a half backup listed.
        assert all(info.readable for info in list_backups(event))
        if solves == solves_before:
            assert digest(event, SCHEDULE_QUERIES) == before, f"{event}: half a schedule"
            outcomes["before"] += 1
        else:
            assert solves == solves_before + 1
            assert_complete_schedule(event)
            outcomes["after"] += 1
    report("solve", outcomes, runs)
    assert sum(outcomes.values()) == fault_runs()


# --- import ---------------------------------------------------------------------------------

FIRST = ["Åsa", "Łukasz", "Δημήτρης", "Ирина", "Çağla", "Søren", "Zoë", "José", "Mika", "Ana"]
LAST = ["Öberg", "Wiśniewska", "Παπαδόπουλος", "Смирнова", "Yıldız", "Nørgaard", "Müller"]
PEOPLE_QUERIES = (
    "SELECT first_name, last_name, email, organisation_id FROM attendees ORDER BY email, id",
    "SELECT name, country FROM organisations ORDER BY name, country",
)


def write_attendee_file(path: Path, count: int) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(["First name", "Last name", "Email", "Organisation", "Country"])
        for i in range(count):
            writer.writerow(
                [
                    FIRST[i % len(FIRST)],
                    f"{LAST[i % len(LAST)]} {i}",
                    f"fault.{i}@example.org",
                    f"Fault Test Company {i // 4}",
                    ["SE", "PL", "GR", "UA", "TR", "DK"][i % 6],
                ]
            )
    return path


def test_kill_during_import(demo_event: Path, workshop: Path) -> None:
    folder = workshop / "import"
    template = fresh_copy(demo_event, folder, "template.sqlite")
    upload = write_attendee_file(folder / "attendees.csv", 600)
    argv = ("import", "attendees", str(upload))
    before = digest(template, PEOPLE_QUERIES)
    attendees_before = scalar(template, "SELECT count(*) FROM attendees")

    done, timing = baseline(template, folder, argv)
    after = digest(done, PEOPLE_QUERIES)
    assert scalar(done, "SELECT count(*) FROM attendees") == attendees_before + 600

    outcomes: Counter[str] = Counter()
    runs = kill_runs(template, folder, argv, timing, seed=2)
    for event, run in runs:
        assert_sound(event)
        state = digest(event, PEOPLE_QUERIES)
        assert state in (before, after), (
            f"{event} killed at {run.launch.kill_after:.2f} s: "
            f"{scalar(event, 'SELECT count(*) FROM attendees')} attendees, neither before nor after"
        )
        outcomes["before" if state == before else "after"] += 1
    report("import", outcomes, runs)
    assert sum(outcomes.values()) == fault_runs()


# --- check-in -------------------------------------------------------------------------------

SCANS = 40


def test_kill_during_checkin_stream(demo_event: Path, workshop: Path) -> None:
    folder = workshop / "checkin"
    template = fresh_copy(demo_event, folder, "template.sqlite")
    database = open_database(template)
    with database.session() as session:
        codes = [badge_code(session, attendee_id) for attendee_id in range(1, SCANS + 1)]
    database.dispose()
    settle(template)
    scanner = folder / "scanner-input.txt"
    scanner.write_text("".join(f"{code}\n" for code in codes), encoding="ascii")
    argv = ("checkin", "--station", "Entrance A", "-")

    done, timing = baseline(template, folder, argv, stdin=scanner, one_transaction=False)
    assert scalar(done, "SELECT count(*) FROM checkins WHERE result = 'checked_in'") == SCANS

    outcomes: Counter[str] = Counter()
    runs = kill_runs(template, folder, argv, timing, seed=3, stdin=scanner)
    for event, _run in runs:
        assert_sound(event)
        logged = rows(event, "SELECT attendee_id, result FROM checkins ORDER BY id")
        # Scans are answered one by one, each in its own transaction: the log must be exactly
        # the first k scans, each a complete check-in.
        assert logged == [(attendee, "checked_in") for attendee in range(1, len(logged) + 1)]
        outcomes["none" if not logged else "all" if len(logged) == SCANS else "some"] += 1
    report("check-in", outcomes, runs)
    assert sum(outcomes.values()) == fault_runs()
