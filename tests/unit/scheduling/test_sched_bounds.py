"""The LP bounds of the count levels (HiGHS)."""

from __future__ import annotations

import random

from brokerage_app.scheduling.bounds import CountRelaxation
from brokerage_app.scheduling.indexed import index_problem
from tests.unit.scheduling.builders import make_problem


def test_every_lp_bound_gets_its_own_time_limit() -> None:
    """HiGHS measures `time_limit` on a clock that runs over all solves of one object.

    Three levels and the re-solves after better counts run on one object; with the limit
    taken as per-solve, the 5,000-attendee nice-to-have LP was cut off by the time the
    levels before it had used, and its bound came out as 122,308 instead of 9,859.
    """
    rng = random.Random(3)
    people = [f"p{i}" for i in range(40)]
    pairs = sorted({tuple(sorted(rng.sample(people, 2))) for _ in range(160)})
    problem = make_problem(
        sessions=[6, 6],
        tables=8,
        participants=people,
        meetings=[
            {"id": f"m{i}", "a": a, "b": b, "priority": rng.choice((1, 2, 3))}
            for i, (a, b) in enumerate(pairs)
        ],
    )
    relaxation = CountRelaxation(index_problem(problem))
    # Far above one solve (a few milliseconds), so that only the clock can stop one early.
    budget = 0.5
    first = relaxation.bound(1, {}, budget)
    assert relaxation.finished
    solves = 0
    # Until the solves together took three times one solve's budget.
    while relaxation.highs.getRunTime() < 3 * budget:
        assert relaxation.bound(1, {}, budget) == first
        assert relaxation.finished
        solves += 1
    assert solves > 1
