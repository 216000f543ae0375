"""Property tests on random small problems, checked against the independent validator."""

from __future__ import annotations

import itertools
from typing import Any

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from brokerage_app.scheduling.format import (
    Placement,
    Problem,
    ProblemFormatError,
    problem_from_dict,
)
from brokerage_app.scheduling.solver import ProblemInfeasibleError, solve
from brokerage_app.scheduling.validate import (
    compute_objective,
    validate_assignments,
    validate_schedule,
)
from tests.unit.scheduling.builders import problem_doc


@st.composite
def small_problems(draw: st.DrawFn, max_meetings: int = 7) -> Problem:
    sessions = draw(st.lists(st.integers(1, 3), min_size=1, max_size=2))
    n_slots = sum(sessions)
    slot_ids = [f"s{i + 1}" for i in range(n_slots)]
    n_people = draw(st.integers(2, 5))
    people = [f"p{i}" for i in range(n_people)]
    n_tables = draw(st.integers(1, 3))
    tables = [f"T{i + 1}" for i in range(n_tables)]
    participants: list[dict[str, Any]] = []
    owners: set[str] = set()
    for pid in people:
        entry: dict[str, Any] = {"id": pid}
        unavailable = draw(st.lists(st.sampled_from(slot_ids), max_size=2, unique=True))
        if unavailable:
            entry["unavailable"] = unavailable
        if draw(st.integers(0, 4)) == 0:
            table = draw(st.sampled_from(tables))
            if table not in owners:
                owners.add(table)
                entry["table"] = table
        if draw(st.integers(0, 4)) == 0:
            entry["max_meetings"] = draw(st.integers(0, 2))
        participants.append(entry)
    pairs = draw(
        st.lists(
            st.tuples(st.sampled_from(people), st.sampled_from(people)).filter(
                lambda t: t[0] != t[1]
            ),
            max_size=max_meetings,
        )
    )
    meetings: list[dict[str, Any]] = []
    for i, (a, b) in enumerate(pairs):
        entry = {"id": f"m{i}", "a": a, "b": b, "priority": draw(st.integers(1, 3))}
        if draw(st.integers(0, 3)) == 0:
            entry["slots"] = draw(st.lists(st.sampled_from(slot_ids), min_size=1, unique=True))
        if i and draw(st.integers(0, 3)) == 0:
            entry["after"] = [f"m{draw(st.integers(0, i - 1))}"]
        meetings.append(entry)
    previous = []
    for m in meetings:
        if draw(st.integers(0, 3)) == 0:
            previous.append(
                {
                    "meeting": m["id"],
                    "slot": draw(st.sampled_from(slot_ids)),
                    "table": draw(st.sampled_from(tables)),
                }
            )
    if meetings and draw(st.integers(0, 4)) == 0:
        m = draw(st.sampled_from(meetings))
        m["fixed"] = {
            "slot": draw(st.sampled_from(slot_ids)),
            "table": draw(st.sampled_from(tables)),
        }
    spread = draw(st.one_of(st.none(), st.integers(0, 1)))
    doc = problem_doc(
        sessions=sessions,
        tables=tables,
        participants=participants,
        meetings=meetings,
        previous=previous,
        spread=spread,
    )
    try:
        return problem_from_dict(doc)
    except ProblemFormatError:
        assume(False)
        raise


def lex_value(problem: Problem, placements: list[Placement]) -> tuple[int, ...]:
    o = compute_objective(problem, placements)
    return (*o.scheduled, -o.moved, -o.breaks)


def brute_force_optimum(problem: Problem) -> tuple[int, ...] | None:
    """Exhaustive lexicographic optimum over every slot+table choice (tiny problems only)."""
    cells = [None] + [(s.id, t.id) for s in problem.slots for t in problem.tables]
    best = None
    for choice in itertools.product(cells, repeat=len(problem.meetings)):
        placements = [
            Placement(m.id, c[0], c[1]) for m, c in zip(problem.meetings, choice, strict=True) if c
        ]
        if validate_assignments(problem, placements):
            continue
        value = lex_value(problem, placements)
        if best is None or value > best:
            best = value
    return best


COMMON = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.filter_too_much, HealthCheck.too_slow],
)


@COMMON
@given(small_problems())
def test_every_schedule_is_valid_complete_and_locally_optimal(problem: Problem) -> None:
    try:
        schedule = solve(problem, time_limit=5, workers=1)
    except ProblemInfeasibleError:
        # Only fixed meetings plus fairness can make a problem infeasible.
        assert problem.max_breaks_spread is not None
        assert any(m.fixed for m in problem.meetings)
        return
    assert validate_schedule(problem, schedule) == []
    ids = [p.meeting for p in schedule.assignments] + [u.meeting for u in schedule.unscheduled]
    assert sorted(ids) == sorted(m.id for m in problem.meetings)
    assert all(u.reason for u in schedule.unscheduled)
    for u in schedule.unscheduled:
        for slot in problem.slots:
            for table in problem.tables:
                extended = [*schedule.assignments, Placement(u.meeting, slot.id, table.id)]
                assert validate_assignments(problem, extended), (u.meeting, slot.id, table.id)
    st_ = schedule.stats
    objective = compute_objective(problem, schedule.assignments)
    assert st_.scheduled == objective.scheduled
    assert all(ub >= got for ub, got in zip(st_.upper_bound, st_.scheduled, strict=True))
    assert st_.breaks_lower_bound <= st_.breaks == objective.breaks


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.filter_too_much, HealthCheck.too_slow],
)
@given(small_problems(max_meetings=3).filter(lambda p: len(p.slots) * len(p.tables) <= 6))
def test_proven_optimal_matches_brute_force(problem: Problem) -> None:
    best = brute_force_optimum(problem)
    try:
        schedule = solve(problem, time_limit=5, workers=1)
    except ProblemInfeasibleError:
        assert best is None
        return
    assert best is not None
    assert schedule.stats.proven_optimal
    assert lex_value(problem, list(schedule.assignments)) == best
