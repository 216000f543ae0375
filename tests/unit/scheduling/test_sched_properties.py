"""Property tests on random small problems, checked against the independent validator."""

from __future__ import annotations

import itertools
from typing import Any

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from ortools.sat.python import cp_model

from brokerage_app.scheduling import bounds
from brokerage_app.scheduling import solver as solver_module
from brokerage_app.scheduling.format import (
    Placement,
    Problem,
    ProblemFormatError,
    problem_from_dict,
)
from brokerage_app.scheduling.indexed import index_problem
from brokerage_app.scheduling.solver import ProblemInfeasibleError, SolveProgress, solve
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


def exhaustive_optimum(problem: Problem) -> tuple[int, ...] | None:
    """Lexicographic optimum by an independent CP-SAT model over (meeting, slot, table) cells.

    Shares nothing with the product's model (tables are cells here, not a capacity), so a
    bound the product reports can be checked against it. None when no valid schedule exists.
    """
    model = cp_model.CpModel()
    slot_ids = [s.id for s in problem.slots]
    index = problem.slot_index
    x: dict[tuple[str, str, str], cp_model.IntVar] = {}
    placed: dict[str, list[cp_model.IntVar]] = {}
    in_slot: dict[tuple[str, str], list[cp_model.IntVar]] = {}
    for m in problem.meetings:
        cells = (
            [(m.fixed.slot, m.fixed.table)]
            if m.fixed
            else [
                (s, t.id)
                for s in slot_ids
                if problem.slot_allowed(m, s)
                for t in problem.tables
                if problem.table_allowed(m, t.id)
            ]
        )
        for s, t in cells:
            x[m.id, s, t] = model.new_bool_var("")
            in_slot.setdefault((m.id, s), []).append(x[m.id, s, t])
        lits = [x[m.id, s, t] for s, t in cells]
        placed[m.id] = lits
        if m.fixed:
            model.add(sum(lits) == 1)
        else:
            model.add(sum(lits) <= 1)
    for s in slot_ids:
        for t in problem.tables:
            model.add(sum(v for (_, s2, t2), v in x.items() if (s2, t2) == (s, t.id)) <= 1)
    busy: dict[tuple[str, int], cp_model.IntVar] = {}
    for p in problem.participants:
        mine = [m for m in problem.meetings if p.id in (m.a, m.b)]
        for k, s in enumerate(slot_ids):
            b = model.new_bool_var("")
            model.add(sum(v for m in mine for v in in_slot.get((m.id, s), [])) == b)
            busy[p.id, k] = b
        if p.max_meetings is not None:
            model.add(sum(v for m in mine for v in placed[m.id]) <= p.max_meetings)
    for m in problem.meetings:
        for q in m.after:
            for sm in slot_ids:
                for sq in slot_ids:
                    if index[sq] >= index[sm]:
                        for a in in_slot.get((m.id, sm), []):
                            for b in in_slot.get((q, sq), []):
                                model.add_bool_or([a.Not(), b.Not()])
    sessions = problem.session_of_slot
    breaks_of = {}
    for p in problem.participants:
        gaps = []
        for k in range(1, len(slot_ids) - 1):
            later = [
                busy[p.id, j] for j in range(k + 1, len(slot_ids)) if sessions[j] == sessions[k]
            ]
            if sessions[k - 1] != sessions[k] or not later:
                continue
            any_later = model.new_bool_var("")
            model.add_max_equality(any_later, later)
            gap = model.new_bool_var("")
            parts = [busy[p.id, k - 1], busy[p.id, k].Not(), any_later]
            model.add_bool_and(parts).only_enforce_if(gap)
            model.add_bool_or([gap, *[lit.Not() for lit in parts]])
            gaps.append(gap)
        breaks_of[p.id] = sum(gaps)
    if problem.max_breaks_spread is not None:
        low = model.new_int_var(0, len(slot_ids), "")
        for expr in breaks_of.values():
            model.add(expr >= low)
            model.add(expr <= low + problem.max_breaks_spread)
    kept = [
        x[key] for prev in problem.previous if (key := (prev.meeting, prev.slot, prev.table)) in x
    ]
    levels = [
        *(
            sum(v for m in problem.meetings if m.priority == pr for v in placed[m.id])
            for pr in (3, 2, 1)
        ),
        sum(kept) - len(problem.previous),
        -sum(breaks_of.values()),
    ]
    solver = cp_model.CpSolver()
    solver.parameters.num_workers = 1
    best = []
    for expr in levels:
        model.maximize(expr)
        status = solver.solve(model)
        if status == cp_model.INFEASIBLE:
            return None
        assert status == cp_model.OPTIMAL
        value = round(solver.objective_value)
        best.append(value)
        model.add(expr >= value)
    return tuple(best)


@settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.filter_too_much, HealthCheck.too_slow],
)
@given(small_problems(), st.booleans())
def test_bounds_progress_and_validity_against_an_exhaustive_solve(
    problem: Problem, search_only: bool
) -> None:
    seen: list[SolveProgress] = []
    saved = solver_module.FULL_MODEL_MAX_VARIABLES
    if search_only:
        solver_module.FULL_MODEL_MAX_VARIABLES = 0
    try:
        schedule = solve(problem, time_limit=2, workers=2, on_progress=seen.append)
    except ProblemInfeasibleError:
        assert exhaustive_optimum(problem) is None or search_only
        return
    finally:
        solver_module.FULL_MODEL_MAX_VARIABLES = saved
    assert validate_schedule(problem, schedule) == []
    best = exhaustive_optimum(problem)
    assert best is not None
    st_ = schedule.stats
    got = lex_value(problem, list(schedule.assignments))
    assert got <= best
    # Bounds: never below the best schedule's counts, never above its breaks.
    assert all(ub >= opt for ub, opt in zip(st_.upper_bound, best[:3], strict=True))
    if got[:4] == best[:4]:
        assert st_.breaks_lower_bound <= -best[4]
    if st_.proven_optimal:
        assert got == best
    # Progress: the incumbent never gets worse, and it ends at the returned schedule.
    keys = [(*p.scheduled, -p.moved, -p.breaks) for p in seen]
    assert keys == sorted(keys)
    assert keys[-1] == got
    for p in seen:
        assert all(ub >= opt for ub, opt in zip(p.upper_bound, best[:3], strict=True))


@COMMON
@given(small_problems(max_meetings=12))
def test_the_lp_over_slot_classes_bounds_as_the_slot_level_lp(problem: Problem) -> None:
    """Grouping interchangeable slots is exact: the same bound as one column per slot."""
    ix = index_problem(problem)
    grouped = bounds.CountRelaxation(ix)
    original = bounds.slot_classes
    try:
        bounds.slot_classes = lambda ix: list(range(ix.n_slots))
        per_slot = bounds.CountRelaxation(ix)
    finally:
        bounds.slot_classes = original
    assert grouped.n_columns <= per_slot.n_columns
    for priority in (3, 2, 1, None):
        assert grouped.bound(priority, {}, 5) == per_slot.bound(priority, {}, 5)


def test_slot_classes_part_slots_that_differ() -> None:
    problem = problem_from_dict(
        problem_doc(
            sessions=[4],
            tables=3,
            # c's own table: m3 needs no free table, so only "held" tells s2 from s1.
            participants=[{"id": "a", "unavailable": ["s4"]}, "b", {"id": "c", "table": "T3"}],
            meetings=[
                {"id": "m1", "a": "a", "b": "b"},
                {"id": "m2", "a": "b", "b": "c", "slots": ["s1", "s2", "s4"]},
                {"id": "m3", "a": "a", "b": "c", "fixed": {"slot": "s2", "table": "T3"}},
            ],
        )
    )
    classes = bounds.slot_classes(index_problem(problem))
    # s1: m1, m2 allowed; s2: the same but a and c are held; s3: no m2; s4: a away, no m1.
    assert len(set(classes)) == 4
