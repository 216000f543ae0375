from __future__ import annotations

from brokerage_app.scheduling.format import Placement, Schedule, Unscheduled
from brokerage_app.scheduling.validate import (
    compute_objective,
    validate_assignments,
    validate_schedule,
)
from tests.unit.scheduling.builders import make_problem


def P(m: str, s: str, t: str) -> Placement:
    return Placement(m, s, t)


def test_breaks_are_holes_inside_a_session_only() -> None:
    # Sessions: s1 s2 s3 | s4 s5 (40-minute gap between s3 and s4).
    problem = make_problem(
        sessions=[3, 2],
        tables=4,
        participants=["a", "b", "c", "d", "e"],
        meetings=[("a", "b"), ("a", "c"), ("a", "d"), ("a", "e")],
    )
    # a: s1, s3 (hole of one slot), s4 (new session after the gap), s5 -> 1 break, 1 idle slot.
    objective = compute_objective(
        problem,
        [P("m1", "s1", "T1"), P("m2", "s3", "T1"), P("m3", "s4", "T1"), P("m4", "s5", "T1")],
    )
    assert objective.breaks_by_participant["a"] == 1
    assert objective.breaks == 1
    assert objective.idle_slots == 1
    # s3 then s4 are not a hole: the gap between sessions is not a break.
    objective = compute_objective(problem, [P("m1", "s3", "T1"), P("m2", "s4", "T1")])
    assert objective.breaks == 0


def test_two_holes_in_a_session_count_twice_and_idle_counts_slots() -> None:
    problem = make_problem(
        sessions=[6],
        tables=1,
        participants=["a", "b", "c", "d"],
        meetings=[("a", "b"), ("a", "c"), ("a", "d")],
    )
    objective = compute_objective(
        problem, [P("m1", "s1", "T1"), P("m2", "s3", "T1"), P("m3", "s6", "T1")]
    )
    assert (objective.breaks, objective.idle_slots) == (2, 3)


def test_scheduled_per_priority_and_moved() -> None:
    problem = make_problem(
        sessions=[3],
        tables=2,
        participants=["a", "b", "c"],
        meetings=[
            {"id": "m1", "a": "a", "b": "b", "priority": 3},
            {"id": "m2", "a": "a", "b": "c", "priority": 2},
            {"id": "m3", "a": "b", "b": "c"},
        ],
        previous=[
            {"meeting": "m1", "slot": "s1", "table": "T1"},
            {"meeting": "m2", "slot": "s2", "table": "T1"},
            {"meeting": "m3", "slot": "s3", "table": "T1"},
        ],
    )
    # m1 kept, m2 same slot other table (moved), m3 unscheduled (moved).
    objective = compute_objective(problem, [P("m1", "s1", "T1"), P("m2", "s2", "T2")])
    assert objective.scheduled == (1, 1, 0)
    assert objective.moved == 2


def test_validator_reports_every_violated_constraint() -> None:
    problem = make_problem(
        sessions=[4],
        tables=["T1", "T2", "OWN"],
        participants=[
            {"id": "a", "unavailable": ["s4"], "max_meetings": 1},
            "b",
            "c",
            "d",
            {"id": "e", "table": "OWN"},
            "f",
        ],
        meetings=[
            {"id": "m1", "a": "a", "b": "b"},
            {"id": "m2", "a": "a", "b": "c"},  # clashes with m1 for a at s1
            {"id": "m3", "a": "c", "b": "d", "slots": ["s2"]},  # placed at s3
            {"id": "m4", "a": "b", "b": "d"},  # same table as m1 at s1? no: other slot
            {"id": "m5", "a": "e", "b": "f"},  # not at e's own table
            {"id": "m6", "a": "d", "b": "f", "fixed": {"slot": "s4", "table": "T2"}},
            {"id": "m7", "a": "c", "b": "f", "after": ["m3"]},
            {"id": "m8", "a": "a", "b": "d"},  # a unavailable at s4
        ],
        spread=0,
    )
    schedule = Schedule(
        problem="test",
        assignments=(
            P("m1", "s1", "T1"),
            P("m2", "s1", "T2"),
            P("m3", "s3", "T1"),
            P("m4", "s3", "T1"),
            P("m5", "s1", "OWN"),
            P("m5", "s2", "T1"),
            P("m6", "s2", "T2"),
            P("m7", "s2", "T2"),
            P("m8", "s4", "T1"),
        ),
        unscheduled=(),
    )
    found = {v.constraint for v in validate_schedule(problem, schedule)}
    assert found == {
        "completeness",  # m5 twice
        "1 participant clash",  # a in m1, m2 at s1; d in m3 and m4 at s3
        "2 table clash",  # T1 at s3, T2 at s2
        "3 availability",  # a at s4; m3 outside its slots
        "4 own tables",  # m5 at T1
        "5 fixed",  # m6
        "6 max_meetings",  # a has 3 > 1
        "7 after",  # m7 at s2 before m3 at s3
        "8 max_breaks_spread",  # d has a break (s2..s4 holes) vs 0
    }


def test_valid_schedule_has_no_violation() -> None:
    problem = make_problem(
        sessions=[3],
        tables=["T1", "OWN"],
        participants=[{"id": "a", "table": "OWN"}, "b", "c"],
        meetings=[("a", "b"), ("a", "c"), ("b", "c")],
    )
    schedule = Schedule(
        problem="test",
        assignments=(P("m1", "s1", "OWN"), P("m2", "s2", "OWN"), P("m3", "s3", "T1")),
        unscheduled=(),
    )
    assert validate_schedule(problem, schedule) == []
    # Another participant's meeting at the owned table is invalid even when it is free.
    bad = [P("m1", "s1", "OWN"), P("m3", "s3", "OWN")]
    assert [v.constraint for v in validate_assignments(problem, bad)] == ["4 own tables"]
    missing = Schedule("test", schedule.assignments[:2], (Unscheduled("m3", ""),))
    assert [v.constraint for v in validate_schedule(problem, missing)] == ["completeness"]
