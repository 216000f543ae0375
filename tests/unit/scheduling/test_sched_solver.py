from __future__ import annotations

import threading
import time

import pytest

from brokerage_app.scheduling.format import Problem, Schedule
from brokerage_app.scheduling.solver import (
    ProblemInfeasibleError,
    SolvePhase,
    SolveProgress,
    _Run,
    solve,
)
from brokerage_app.scheduling.validate import compute_objective, validate_schedule
from tests.unit.scheduling.builders import forced_hole, make_problem, problem_doc, slot_list


def solved(problem: Problem, **kwargs: object) -> Schedule:
    schedule = solve(problem, time_limit=10, workers=2, **kwargs)  # type: ignore[arg-type]
    assert validate_schedule(problem, schedule) == []
    objective = compute_objective(problem, schedule.assignments)
    assert schedule.stats.scheduled == objective.scheduled
    assert (schedule.stats.breaks, schedule.stats.moved) == (objective.breaks, objective.moved)
    return schedule


def placement(schedule: Schedule, meeting: str) -> tuple[str, str] | None:
    for p in schedule.assignments:
        if p.meeting == meeting:
            return p.slot, p.table
    return None


def reason(schedule: Schedule, meeting: str) -> str:
    return next(u.reason for u in schedule.unscheduled if u.meeting == meeting)


def test_priorities_win_table_capacity_and_reason_says_add_tables() -> None:
    problem = make_problem(
        sessions=[2],
        tables=1,
        participants=["a", "b", "c", "d", "e", "f"],
        meetings=[
            {"id": "low", "a": "e", "b": "f", "priority": 1},
            {"id": "must", "a": "a", "b": "b", "priority": 3},
            {"id": "important", "a": "c", "b": "d", "priority": 2},
        ],
    )
    schedule = solved(problem)
    assert schedule.stats.scheduled == (1, 1, 0)
    # "low" alone could be placed, but not in a schedule that places the other two.
    assert schedule.stats.upper_bound == (1, 1, 0)
    assert schedule.stats.proven_optimal
    assert reason(schedule, "low") == "no table free in the 2 common slots: add tables"


def test_zero_breaks_found_and_proven() -> None:
    problem = make_problem(
        sessions=[5],
        tables=3,
        participants=["a", "b", "c", "d", "e"],
        meetings=[("a", "b"), ("a", "c"), ("a", "d"), ("b", "c"), ("d", "e"), ("b", "e")],
    )
    schedule = solved(problem)
    assert schedule.stats.scheduled == (0, 0, 6)
    assert schedule.stats.breaks == 0
    assert schedule.stats.proven_optimal


def test_unavoidable_break_gives_matching_lower_bound() -> None:
    # a cannot meet in s2, so meeting b in s1 and c in s3 leaves a one-slot hole.
    problem = make_problem(
        sessions=[3],
        tables=2,
        participants=[{"id": "a", "unavailable": ["s2"]}, "b", "c"],
        meetings=[
            {"id": "m1", "a": "a", "b": "b", "slots": ["s1"]},
            {"id": "m2", "a": "a", "b": "c", "slots": ["s3"]},
        ],
    )
    schedule = solved(problem)
    assert (schedule.stats.breaks, schedule.stats.breaks_lower_bound) == (1, 1)
    assert schedule.stats.idle_slots == 1
    assert schedule.stats.proven_optimal


def test_fairness_drops_a_meeting_rather_than_exceed_the_spread() -> None:
    assert solved(forced_hole()).stats.scheduled == (0, 0, 2)
    fair = solved(forced_hole(spread=0))
    assert fair.stats.scheduled == (0, 0, 1)
    assert fair.stats.breaks == 0
    assert "max_breaks_spread" in fair.unscheduled[0].reason


def test_everything_fits_but_never_fairly_is_proven_by_the_placing_search() -> None:
    """The model placing every meeting, with the fairness limit, is infeasible: that alone
    proves one meeting fewer is the most (the literature's d = 0 originals went on for 60 s
    without it, the bound still at every meeting)."""
    run = _Run(
        forced_hole(spread=0), time_limit=10, workers=2, seed=0, on_progress=None, cancel=None
    )
    free = list(range(run.ix.n_meetings))
    assert run._place_everything(free, [-1] * len(free), size=4) is None
    assert run.bounds.upper_bound() == (0, 0, 1)


def test_fixed_meetings_that_force_unfairness_are_infeasible() -> None:
    problem = make_problem(
        sessions=[3],
        participants=["a", "b", "c", "idle"],
        meetings=[
            {"id": "m1", "a": "a", "b": "b", "fixed": {"slot": "s1", "table": "T1"}},
            {"id": "m2", "a": "a", "b": "c", "fixed": {"slot": "s3", "table": "T1"}},
        ],
        spread=0,
    )
    with pytest.raises(
        ProblemInfeasibleError, match=r"no schedule satisfies options\.max_breaks_spread"
    ):
        solve(problem, time_limit=5)


def test_own_tables_fixed_and_after() -> None:
    problem = make_problem(
        sessions=[4],
        tables=["T1", "BoothA", "BoothB"],
        participants=[{"id": "a", "table": "BoothA"}, {"id": "b", "table": "BoothB"}, "c", "d"],
        meetings=[
            {"id": "ab", "a": "a", "b": "b"},
            {"id": "ac", "a": "a", "b": "c"},
            {"id": "cd", "a": "c", "b": "d", "fixed": {"slot": "s2", "table": "T1"}},
            {"id": "bd", "a": "b", "b": "d", "after": ["cd"]},
            {"id": "bc", "a": "b", "b": "c", "after": ["bd"]},
        ],
    )
    schedule = solved(problem)
    assert schedule.stats.scheduled == (0, 0, 5)
    assert placement(schedule, "cd") == ("s2", "T1")
    assert placement(schedule, "ac")[1] == "BoothA"  # type: ignore[index]
    assert placement(schedule, "ab")[1] in {"BoothA", "BoothB"}  # type: ignore[index]
    assert placement(schedule, "bd")[1] == "BoothB"  # type: ignore[index]
    order = problem.slot_index
    assert order[placement(schedule, "cd")[0]] < order[placement(schedule, "bd")[0]]  # type: ignore[index]
    assert order[placement(schedule, "bd")[0]] < order[placement(schedule, "bc")[0]]  # type: ignore[index]


def test_max_meetings_reason() -> None:
    problem = make_problem(
        sessions=[3],
        participants=[{"id": "a", "max_meetings": 1}, "b", "c"],
        meetings=[
            {"id": "m1", "a": "a", "b": "b", "priority": 3},
            {"id": "m2", "a": "a", "b": "c"},
        ],
    )
    schedule = solved(problem)
    assert placement(schedule, "m1") is not None
    assert reason(schedule, "m2") == "a reached max_meetings (1)"


def test_reasons_use_names_and_days() -> None:
    day1 = slot_list([2], day=11)
    day2 = [
        {"id": f"d2-{s['id']}", "start": s["start"], "end": s["end"]}
        for s in slot_list([2], day=12)
    ]
    slots = day1 + day2
    doc = problem_doc(
        sessions=[],
        slots=slots,
        participants=[
            {"id": "p4", "unavailable": ["d2-s1", "d2-s2"]},
            {"id": "p9", "unavailable": ["s1", "s2"]},
            {"id": "p5", "unavailable": ["s1", "d2-s1"]},
            {"id": "p6", "unavailable": ["s2", "d2-s2"]},
            "x",
            "y",
            "z",
        ],
        meetings=[
            {"id": "days", "a": "p4", "b": "p9"},
            {"id": "common", "a": "p5", "b": "p6"},
            {"id": "x1", "a": "x", "b": "y", "priority": 3, "slots": ["s1"]},
            {"id": "x2", "a": "x", "b": "z", "priority": 3, "slots": ["s2"]},
            {"id": "x3", "a": "x", "b": "p4", "slots": ["s1", "s2"]},
        ],
    )
    from brokerage_app.scheduling.format import problem_from_dict

    problem = problem_from_dict(doc)
    schedule = solve(problem, time_limit=5, names={"p4": "Ana (ACME)", "p9": "Bo"})
    assert validate_schedule(problem, schedule) == []
    assert reason(schedule, "days") == "Ana (ACME) attends only 2027-05-11, Bo only 2027-05-12"
    assert reason(schedule, "common") == "p5 and p6 have no common free slot"
    assert reason(schedule, "x3") == "all 2 free slots of x are taken by must-meet meetings"


def test_resolve_moves_only_what_must_move() -> None:
    base = dict(
        sessions=[4],
        tables=2,
        meetings=[("a", "b"), ("a", "c"), ("b", "c"), ("c", "d"), ("a", "d")],
    )
    first = solved(make_problem(participants=["a", "b", "c", "d"], **base))
    previous = [{"meeting": p.meeting, "slot": p.slot, "table": p.table} for p in first.assignments]
    lost = next(p.slot for p in first.assignments if p.meeting == "m4")  # c-d
    changed = make_problem(
        participants=["a", "b", "c", {"id": "d", "unavailable": [lost]}], previous=previous, **base
    )
    again = solved(changed)
    assert again.stats.scheduled == (0, 0, 5)
    assert again.stats.moved >= 1
    # Without a change nothing moves, even if moving could remove breaks (moved ranks first).
    unchanged = make_problem(participants=["a", "b", "c", "d"], previous=previous, **base)
    assert solved(unchanged).stats.moved == 0
    assert again.stats.proven_optimal
    assert placement(again, "m4")[0] != lost  # type: ignore[index]


def test_cancel_returns_a_valid_schedule_promptly() -> None:
    participants = [f"p{i}" for i in range(30)]
    meetings = [(participants[i], participants[(i * 7 + 3) % 30]) for i in range(30)]
    meetings = [m for m in meetings if m[0] != m[1]]
    problem = make_problem(sessions=[6, 6], tables=4, participants=participants, meetings=meetings)
    cancel = threading.Event()
    seen: list[SolveProgress] = []

    def progress(p: SolveProgress) -> None:
        seen.append(p)
        cancel.set()  # cancel as soon as the greedy incumbent exists

    started = time.monotonic()
    schedule = solve(problem, time_limit=60, on_progress=progress, cancel=cancel)
    assert time.monotonic() - started < 5
    assert seen[0].phase is SolvePhase.GREEDY
    assert validate_schedule(problem, schedule) == []
    assert len(schedule.assignments) + len(schedule.unscheduled) == len(problem.meetings)


def test_solve_from_worker_thread() -> None:
    problem = make_problem(
        sessions=[3], participants=["a", "b", "c"], meetings=[("a", "b"), ("b", "c")]
    )
    out: list[Schedule] = []
    worker = threading.Thread(target=lambda: out.append(solve(problem, time_limit=5)))
    worker.start()
    worker.join()
    assert out[0].stats.scheduled == (0, 0, 2) and out[0].stats.proven_optimal
