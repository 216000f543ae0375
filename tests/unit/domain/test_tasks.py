"""The one task protocol: every long service reports Progress and stops with the one Cancelled."""

from __future__ import annotations

import pickle
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from brokerage_app.demo.generator import DemoOptions
from brokerage_app.domain.tasks import Cancelled, Progress, ProgressKind, Task
from brokerage_app.errors import BrokerageError
from brokerage_app.scheduling.format import problem_from_dict
from brokerage_app.scheduling.solver import solve
from brokerage_app.services import exports, gdpr, imports, printing, transfer
from brokerage_app.services.demo import create_demo_database
from brokerage_app.services.report import build_report
from brokerage_app.services.schedule import SolveProgressInfo, run_schedule
from brokerage_app.store.database import EventDatabase
from brokerage_app.store.models import Attendee, Meeting
from tests.unit.scheduling.builders import problem_doc


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("tasks") / "demo.sqlite"
    create_demo_database(path, DemoOptions(attendees=30, seed=3)).dispose()
    return path


@pytest.fixture
def demo(demo_file: Path, tmp_path: Path) -> Any:
    from brokerage_app.store.database import open_database

    copy = tmp_path / "event.sqlite"
    copy.write_bytes(demo_file.read_bytes())
    database = open_database(str(copy))
    yield database
    database.dispose()


def cancelled() -> Task:
    flag = threading.Event()
    flag.set()
    return Task(cancel=flag)


def test_progress_kinds_are_explicit_not_guessed_from_shape() -> None:
    seen: list[Progress] = []
    task = Task(seen.append)
    task.steps(3, 10)
    task.status((1, 2))  # a two-tuple record is still a status, not steps
    assert [p.kind for p in seen] == [ProgressKind.STEPS, ProgressKind.STATUS]
    assert (seen[0].done, seen[0].total) == (3, 10)
    assert seen[1].status == (1, 2)


def test_cancel_flag_and_check() -> None:
    assert not Task().cancelled
    Task().check()  # nobody can cancel: never raises
    task = cancelled()
    assert task.cancelled
    with pytest.raises(Cancelled, match="nothing was stored"):
        task.check("The import was cancelled; nothing was stored.")


def test_cancelled_is_a_brokerage_error_that_crosses_processes() -> None:
    error = Cancelled("The print was cancelled; nothing was written.")
    assert isinstance(error, BrokerageError)
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is Cancelled and str(copy) == str(error)


def _attendees(database: EventDatabase) -> int:
    with database.session() as session:
        return session.scalar(select(func.count()).select_from(Attendee)) or 0


SERVICES: dict[str, Callable[[EventDatabase, Path, Task], object]] = {
    "export": lambda db, out, task: exports.export_attendees(db, out / "a.csv", task=task),
    "calendars": lambda db, out, task: exports.export_calendars(db, out / "ics", task=task),
    "report": lambda db, out, task: build_report(db, out / "report.pdf", task=task),
    "badges": lambda db, out, task: printing.print_badges(db, out / "b.pdf", task=task),
    "agendas": lambda db, out, task: printing.print_agendas(db, out / "a.pdf", task=task),
    "table sheets": lambda db, out, task: printing.print_table_sheets(db, out / "t.pdf", task=task),
    "anonymise": lambda db, out, task: gdpr.anonymise_event(db, task=task),
    "copy": lambda db, out, task: transfer.copy_event(db, out / "copy.sqlite", task=task),
}


@pytest.mark.parametrize("name", sorted(SERVICES))
def test_every_long_service_stops_with_the_one_cancelled(
    name: str, demo: EventDatabase, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    before = _attendees(demo)
    with pytest.raises(Cancelled):
        SERVICES[name](demo, out, cancelled())
    # Nothing written, nothing changed (the copy's target file is not left behind either).
    assert [p.name for p in out.iterdir() if p.name != "copy.sqlite"] == []
    assert _attendees(demo) == before


@pytest.mark.parametrize("name", ["export", "badges", "report"])
def test_every_long_service_reports_steps_to_the_end(
    name: str, demo: EventDatabase, tmp_path: Path
) -> None:
    seen: list[Progress] = []
    SERVICES[name](demo, tmp_path, Task(seen.append))
    steps = [p for p in seen if p.kind is ProgressKind.STEPS]
    assert steps and steps[-1].done == steps[-1].total > 0


def test_import_stops_with_cancelled_and_stores_nothing(
    demo: EventDatabase, tmp_path: Path
) -> None:
    source = tmp_path / "people.csv"
    source.write_text("First name,Last name,Organisation\nAda,Lovelace,Engines\n", encoding="utf-8")
    before = _attendees(demo)
    with pytest.raises(Cancelled, match="nothing was stored"):
        imports.run_import(demo, "attendees", source, task=cancelled())
    assert _attendees(demo) == before


def test_solve_reports_status_records_and_cancel_keeps_the_best(demo: EventDatabase) -> None:
    seen: list[Progress] = []
    outcome = run_schedule(demo, time_limit=5, workers=1, task=Task(seen.append))
    assert seen and all(p.kind is ProgressKind.STATUS for p in seen)
    assert all(isinstance(p.status, SolveProgressInfo) for p in seen)
    assert not outcome.cancelled
    # Cancelled at once: the greedy schedule is kept and stored, and the outcome says so.
    stopped = run_schedule(demo, time_limit=30, workers=1, task=cancelled())
    assert stopped.cancelled
    with demo.session() as session:
        assert session.scalar(select(func.count()).select_from(Meeting)) >= stopped.placed


def test_solver_cancelled_before_any_valid_schedule_is_cancelled_not_infeasible() -> None:
    # The greedy start breaks the fairness limit, so there is no schedule yet to keep.
    problem = problem_from_dict(
        problem_doc(
            sessions=[3],
            participants=["a", "b", "c", "idle"],
            meetings=[
                {"id": "m1", "a": "a", "b": "b", "fixed": {"slot": "s1", "table": "T1"}},
                {"id": "m2", "a": "a", "b": "c", "fixed": {"slot": "s3", "table": "T1"}},
            ],
            spread=0,
        )
    )
    flag = threading.Event()
    flag.set()
    with pytest.raises(Cancelled, match="nothing was stored"):
        solve(problem, time_limit=5, workers=1, cancel=flag)
