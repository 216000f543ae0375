""" "Why not placed" is a fact (kind and values) that survives storage; English is one wording."""

from __future__ import annotations

import pytest

from brokerage_app.scheduling.format import problem_from_dict
from brokerage_app.scheduling.reasons import Party, Reason, ReasonKind, describe
from brokerage_app.scheduling.solver import solve
from tests.unit.scheduling.builders import forced_hole, problem_doc

EVERY_KIND = [
    Reason(ReasonKind.SHARED_SLOTS, count=6, no_table=1, order_blocked=2, remaining=3, limit=1),
    Reason(ReasonKind.NO_COMMON_DAY, days_a=("2027-05-11",), days_b=("2027-05-12",)),
    Reason(ReasonKind.SLOTS_TAKEN, person=Party.B, count=8, priority=3),
    Reason(ReasonKind.MAX_MEETINGS, person=Party.A, limit=6),
    Reason(ReasonKind.ORDER_BLOCKS, others=("12", "15")),
    *(Reason(kind) for kind in ReasonKind if kind not in (ReasonKind.ORDER_BLOCKS,)),
]


@pytest.mark.parametrize("reason", EVERY_KIND, ids=lambda r: r.kind.value)
def test_a_stored_fact_reads_back_the_same(reason: Reason) -> None:
    assert Reason.from_json(reason.to_json()) == reason


def test_nothing_stored_is_no_reason_and_old_text_is_outdated() -> None:
    assert Reason.from_json("") is None
    old = Reason.from_json("Åsa Öberg is unavailable in every slot")
    assert old == Reason(ReasonKind.OUTDATED)
    assert Reason.from_json('{"kind": "no_such_kind"}') == Reason(ReasonKind.OUTDATED)


def test_english_wording_names_the_right_person() -> None:
    reason = Reason(ReasonKind.MAX_MEETINGS, person=Party.B, limit=4)
    assert describe(reason, "Åsa", "Piotr") == "Piotr reached max_meetings (4)"
    days = Reason(ReasonKind.NO_COMMON_DAY, days_a=("2027-05-11",), days_b=("2027-05-12",))
    assert describe(days, "Åsa", "Piotr") == "Åsa attends only 2027-05-11, Piotr only 2027-05-12"


def test_the_solver_hands_over_the_fact_with_its_values() -> None:
    schedule = solve(forced_hole(spread=0), time_limit=5, workers=1)
    [unscheduled] = schedule.unscheduled
    fact = unscheduled.fact
    # One shared slot, kept free because placing the meeting there breaks the fairness limit.
    assert fact == Reason(ReasonKind.SHARED_SLOTS, count=1, remaining=1, limit=0)
    other = {"m1": "b", "m2": "c"}[unscheduled.meeting]
    assert unscheduled.reason == describe(fact, "a", other)


def test_never_free_at_once_is_its_own_kind() -> None:
    problem = problem_from_dict(
        problem_doc(
            sessions=[4],
            participants=[
                {"id": "a", "unavailable": ["s3", "s4"]},
                {"id": "b", "unavailable": ["s1", "s2"]},
            ],
            meetings=[("a", "b")],
        )
    )
    [unscheduled] = solve(problem, time_limit=5, workers=1).unscheduled
    assert unscheduled.fact == Reason(ReasonKind.NO_COMMON_SLOT)
    assert unscheduled.reason == "a and b have no common free slot"
