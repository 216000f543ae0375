"""The priority order holds in every phase: counts rank above moved meetings, above breaks.

Each case runs twice: with the single CP-SAT model (small events) and with it switched off,
as on large events, where only the greedy and the large-neighbourhood search work.
"""

from __future__ import annotations

import pytest

from brokerage_app.scheduling import solver as solver_module
from brokerage_app.scheduling.format import Problem, Schedule
from brokerage_app.scheduling.solver import SolveProgress, solve
from brokerage_app.scheduling.validate import compute_objective, validate_schedule
from tests.unit.scheduling.builders import make_problem


@pytest.fixture(params=["single model", "search only"])
def path(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    if request.param == "search only":
        monkeypatch.setattr(solver_module, "FULL_MODEL_MAX_VARIABLES", 0)
    return request.param


def _solve(problem: Problem) -> tuple[Schedule, list[SolveProgress]]:
    seen: list[SolveProgress] = []
    schedule = solve(problem, time_limit=5, workers=2, on_progress=seen.append)
    assert validate_schedule(problem, schedule) == []
    assert schedule.stats.scheduled == compute_objective(problem, schedule.assignments).scheduled
    return schedule, seen


def _slot(schedule: Schedule, meeting: str) -> str | None:
    return next((p.slot for p in schedule.assignments if p.meeting == meeting), None)


def test_resolve_moves_a_published_meeting_to_place_a_must_meet(path: str) -> None:
    # Session 1 = s1, s2; session 2 = s3. "must" (a-b) fits only in s1, where the published
    # "pub" (a-c) sits. "pub" can only go to s2, where the published "other" (c-d) sits, and
    # "other" can go to s3 (another session). Keeping everything published loses "must".
    problem = make_problem(
        sessions=[2, 1],
        tables=2,
        participants=[
            {"id": "a", "unavailable": ["s3"]},
            {"id": "b", "unavailable": ["s2", "s3"]},
            "c",
            {"id": "d", "unavailable": ["s1"]},
        ],
        meetings=[
            {"id": "must", "a": "a", "b": "b", "priority": 3},
            {"id": "pub", "a": "a", "b": "c", "priority": 1},
            {"id": "other", "a": "c", "b": "d", "priority": 1},
        ],
        previous=[
            {"meeting": "pub", "slot": "s1", "table": "T1"},
            {"meeting": "other", "slot": "s2", "table": "T1"},
        ],
    )
    schedule, seen = _solve(problem)
    assert schedule.stats.scheduled == (1, 0, 2)
    assert (_slot(schedule, "must"), _slot(schedule, "pub"), _slot(schedule, "other")) == (
        "s1",
        "s2",
        "s3",
    )
    assert schedule.stats.moved == 2
    # The greedy itself does not let a published nice-to-have outrank a must-meet.
    assert seen[0].phase is solver_module.SolvePhase.GREEDY and seen[0].scheduled[0] == 1


def test_a_nice_to_have_is_unplaced_to_place_a_must_meet(path: str) -> None:
    # "must" (a-b) and the published "nice" (a-c) both fit only in s1.
    problem = make_problem(
        sessions=[2],
        tables=2,
        participants=["a", {"id": "b", "unavailable": ["s2"]}, {"id": "c", "unavailable": ["s2"]}],
        meetings=[
            {"id": "must", "a": "a", "b": "b", "priority": 3},
            {"id": "nice", "a": "a", "b": "c", "priority": 1},
        ],
        previous=[{"meeting": "nice", "slot": "s1", "table": "T1"}],
    )
    schedule, seen = _solve(problem)
    assert schedule.stats.scheduled == (1, 0, 0)
    assert _slot(schedule, "must") == "s1"
    assert [u.meeting for u in schedule.unscheduled] == ["nice"]
    assert seen[0].scheduled[0] == 1


def test_bounds_follow_the_priority_order(path: str) -> None:
    # One table, three slots: the two must-meets take two of them, so at most one of the
    # three nice-to-haves fits in the best schedule. The reported bound says so (a bound
    # "for any schedule" would say 3), and the progress never goes backwards.
    problem = make_problem(
        sessions=[3],
        tables=1,
        participants=["a", "b", "c", "d", "e", "f"],
        meetings=[
            {"id": "n1", "a": "a", "b": "b", "priority": 1},
            {"id": "n2", "a": "c", "b": "d", "priority": 1},
            {"id": "n3", "a": "e", "b": "f", "priority": 1},
            {"id": "m1", "a": "a", "b": "c", "priority": 3, "slots": ["s1"]},
            {"id": "m2", "a": "b", "b": "e", "priority": 3, "slots": ["s2"]},
        ],
    )
    schedule, seen = _solve(problem)
    assert schedule.stats.scheduled == (2, 0, 1)
    assert schedule.stats.upper_bound == (2, 0, 1)
    keys = [(*p.scheduled, -p.moved, -p.breaks) for p in seen]
    assert keys == sorted(keys)
