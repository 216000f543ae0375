"""Search internals of the scheduler: bitmask greedy, place-everything level, LNS, shared cells."""

from __future__ import annotations

import itertools
import random

import pytest

from brokerage_app.scheduling import solver as solver_module
from brokerage_app.scheduling.cpsat_model import SlotModel
from brokerage_app.scheduling.greedy import SlotAssignment, _best_slot, greedy_assignment
from brokerage_app.scheduling.indexed import index_problem
from brokerage_app.scheduling.solver import solve
from brokerage_app.scheduling.validate import compute_objective, validate_schedule
from tests.unit.scheduling.builders import make_problem


def _reference_best_slot(state: SlotAssignment, m: int) -> int:
    """The slot-by-slot definition the bitmask version must reproduce."""
    ix = state.ix
    a, b = ix.meeting_a[m], ix.meeting_b[m]
    best, best_score = -1, None
    for s in ix.allowed[m]:
        if not state.can_place(m, s):
            continue
        score = state.break_delta(a, s) + state.break_delta(b, s)
        if best_score is None or score < best_score:
            best, best_score = s, score
    return best


def _random_problem(rng: random.Random):
    people = [f"p{i}" for i in range(8)]
    pairs = set()
    while len(pairs) < 14:
        a, b = rng.sample(people, 2)
        pairs.add((min(a, b), max(a, b)))
    meetings = []
    for i, (a, b) in enumerate(sorted(pairs)):
        entry = {"id": f"m{i}", "a": a, "b": b}
        if rng.random() < 0.3:
            entry["slots"] = [f"s{k}" for k in range(1, 10) if rng.random() < 0.6] or ["s1"]
        meetings.append(entry)
    participants = [
        {"id": p, "unavailable": [f"s{rng.randrange(1, 10)}"]} if rng.random() < 0.3 else p
        for p in people
    ]
    return make_problem(sessions=[4, 3, 2], tables=2, participants=participants, meetings=meetings)


def _ten_people_26_meetings():
    """Two sessions of six slots, three tables: the greedy leaves breaks to remove."""
    rng = random.Random(2)
    people = [f"p{i}" for i in range(10)]
    pairs = set()
    while len(pairs) < 26:
        a, b = rng.sample(people, 2)
        pairs.add((min(a, b), max(a, b)))
    return make_problem(sessions=[6, 6], tables=3, participants=people, meetings=sorted(pairs))


@pytest.mark.parametrize("seed", range(6))
def test_bitmask_best_slot_matches_slot_by_slot_definition(seed: int) -> None:
    rng = random.Random(seed)
    ix = index_problem(_random_problem(rng))
    state = SlotAssignment(ix)
    order = list(range(ix.n_meetings))
    rng.shuffle(order)
    compared = 0
    for m in order:
        expected = _reference_best_slot(state, m)
        assert _best_slot(state, m) == expected
        if expected >= 0:
            state.place(m, expected)
            compared += 1
        # The bitmask break count must equal the slot-by-slot count after every move.
        for p in range(ix.n_participants):
            busy = [s for s in range(ix.n_slots) if state.busy[p][s]]
            expected_breaks = sum(
                1
                for s, t in itertools.pairwise(busy)
                if t - s > 1 and ix.session[s] == ix.session[t]
            )
            assert state.breaks[p] == expected_breaks
    assert compared >= 8


def test_two_published_meetings_in_one_cell_count_one_kept() -> None:
    # m0 cannot be scheduled (p1 may not meet), so m1 can keep the cell both were published in.
    problem = make_problem(
        sessions=[2],
        tables=["T1"],
        participants=[{"id": "p0", "table": "T1"}, {"id": "p1", "max_meetings": 0}, "p2"],
        meetings=[("p0", "p1"), ("p0", "p2")],
        previous=[
            {"meeting": "m1", "slot": "s2", "table": "T1"},
            {"meeting": "m2", "slot": "s2", "table": "T1"},
        ],
    )
    schedule = solve(problem, time_limit=5, workers=1)
    assert not validate_schedule(problem, schedule)
    assert schedule.stats.moved == 1
    assert {(p.meeting, p.slot) for p in schedule.assignments} == {("m2", "s2")}
    assert schedule.stats.proven_optimal


def test_place_everything_when_greedy_leaves_meetings_out() -> None:
    # A chain where hardest-first greedy blocks itself: every participant needs every slot.
    people = [f"p{i}" for i in range(6)]
    meetings = [(a, b) for i, a in enumerate(people) for b in people[i + 1 :]]
    problem = make_problem(sessions=[5], tables=3, participants=people, meetings=meetings)
    assert sum(greedy_assignment(index_problem(problem)).scheduled_counts()) < 15
    schedule = solve(problem, time_limit=20, workers=2)
    assert not validate_schedule(problem, schedule)
    # K6 has a 1-factorisation into 5 perfect matchings: everything fits in 5 slots.
    assert schedule.stats.scheduled == (0, 0, 15)
    assert schedule.stats.breaks == 0
    assert schedule.stats.proven_optimal


def test_lns_removes_breaks_when_the_full_model_is_skipped(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Force the large-event path (no monolithic model) on a small event.
    monkeypatch.setattr(solver_module, "FULL_MODEL_MAX_VARIABLES", 0)
    problem = _ten_people_26_meetings()
    greedy_breaks = greedy_assignment(index_problem(problem)).total_breaks()
    assert greedy_breaks >= 3  # the instance really leaves work for the LNS
    schedule = solve(problem, time_limit=6, workers=1)
    assert not validate_schedule(problem, schedule)
    assert schedule.stats.scheduled == (0, 0, 26)
    objective = compute_objective(problem, list(schedule.assignments))
    assert objective.breaks == schedule.stats.breaks
    assert schedule.stats.breaks < greedy_breaks


def test_neighbourhood_model_counts_frozen_meetings_as_constants() -> None:
    # One table. Frozen: m1 (p0-p1) in s1, m2 (p2-p3) in s2. Free: m3 (p0-p4). s1 is p0's
    # and s2 has no table left, so the sub-model may only place m3 in s3.
    problem = make_problem(
        sessions=[3],
        tables=1,
        participants=[f"p{i}" for i in range(5)],
        meetings=[("p0", "p1"), ("p2", "p3"), ("p0", "p4")],
    )
    ix = index_problem(problem)
    sub = SlotModel(ix, [0, 1, -1], [2])
    assert sorted(sub.x[2]) == [2]
    sub.maximize_key()
    result = sub.solve(time_limit=5, workers=1, seed=0, cancel=None, small=True)
    assert result.slot_of == [0, 1, 2]


def test_fair_placing_search_is_the_breaks_level_and_is_not_restarted(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # K6 in one session of 6 slots, 3 tables, equal breaks for all: the greedy leaves meetings
    # out and the first complete schedule CP-SAT finds is unfair, so the fairness search on
    # the breaks model runs. Its minimum and bound stand; a second breaks level would only
    # restart the core-guided search from scratch.
    people = [f"p{i}" for i in range(6)]
    meetings = [(a, b) for i, a in enumerate(people) for b in people[i + 1 :]]
    problem = make_problem(sessions=[6], tables=3, participants=people, meetings=meetings, spread=0)
    restarted: list[bool] = []
    original = solver_module._Run._breaks_level

    def spy(run: solver_module._Run, model: SlotModel) -> None:
        restarted.append(True)
        original(run, model)

    monkeypatch.setattr(solver_module._Run, "_breaks_level", spy)
    phases: list[solver_module.SolvePhase] = []
    schedule = solve(
        problem, time_limit=20, workers=2, on_progress=lambda p: phases.append(p.phase)
    )
    assert solver_module.SolvePhase.PLACING in phases
    assert not validate_schedule(problem, schedule)
    assert schedule.stats.scheduled == (0, 0, 15)
    assert schedule.stats.proven_optimal
    assert schedule.stats.breaks_lower_bound == schedule.stats.breaks
    assert not restarted


def test_break_neighbourhoods_go_mostly_to_the_kind_that_removes_more_breaks() -> None:
    problem = _ten_people_26_meetings()
    rng = random.Random(2)
    run = solver_module._Run(problem, 10, 1, 0, None, None)
    run.incumbent = greedy_assignment(run.ix)
    assert run.incumbent.total_breaks() > 0
    run.bounds.upper = list(run.incumbent.scheduled_counts())  # counts proven: breaks only
    session_slots: dict[int, list[int]] = {}
    for s, sess in enumerate(run.ix.session):
        session_slots.setdefault(sess, []).append(s)
    kind, purpose = solver_module._Kind, solver_module._Purpose
    success = dict.fromkeys(purpose, 1.0)

    def share(chosen: object, gains: dict[object, float]) -> float:
        rates = {k: solver_module._Rate() for k in kind}
        for _ in range(30):
            for k, gain in gains.items():
                rates[k].add(gain, 0.4 if k is kind.AGENDA else 0.2)
        choices = [
            run._choose_neighbourhood(run.incumbent, rng, session_slots, success, rates)
            for _ in range(400)
        ]
        assert all(c is not None and c[3] is purpose.BREAKS for c in choices)
        return sum(c[0] is chosen for c in choices if c) / len(choices)

    agendas_pay = {kind.AGENDA: 2.0, kind.SESSION: 0.1, kind.SLOTS: 0.1}
    assert share(kind.AGENDA, agendas_pay) > 0.75
    sessions_pay = {kind.AGENDA: 0.0, kind.SESSION: 1.0, kind.SLOTS: 0.0}
    assert share(kind.SESSION, sessions_pay) > 0.75
    slots_pay = {kind.AGENDA: 0.0, kind.SESSION: 0.0, kind.SLOTS: 1.0}
    assert share(kind.SLOTS, slots_pay) > 0.75
    assert share(kind.AGENDA, slots_pay) < 0.25


def test_slots_neighbourhood_exchanges_meetings_where_every_table_is_taken() -> None:
    """One table, three slots, all taken: only moving d-e out of a's hole removes a's break."""
    problem = make_problem(
        sessions=[3],
        tables=1,
        participants=list("abcde"),
        meetings=[("a", "b"), ("a", "c"), ("d", "e")],
    )
    run = solver_module._Run(problem, 10, 1, 0, None, None)
    ix = run.ix
    state = SlotAssignment(ix)
    for m, s in enumerate((0, 2, 1)):  # a-b first, d-e in the middle, a-c last
        state.place(m, s)
    run.incumbent = state
    run.bounds.upper = list(state.scheduled_counts())
    assert state.total_breaks() == 1
    snapshot = list(state.slot_of)
    slots = list(range(3))
    by_partners = run._grow_neighbourhood(snapshot, [0], set(slots), 10, random.Random(0))
    assert 2 not in by_partners  # a's partners never lead to d-e
    free, chosen = run._slots_neighbourhood(snapshot, 0, slots, 2, random.Random(0))
    assert 1 in chosen and len(chosen) == 2  # a's hole and an end of its block
    assert 2 in free
    run._solve_neighbourhood(state, snapshot, free, frozenset(chosen))
    assert run.incumbent.total_breaks() == 0
    assert run.incumbent.scheduled_counts() == (0, 0, 3)
