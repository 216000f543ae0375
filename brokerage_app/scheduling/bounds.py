"""Proven bounds reported with every schedule.

`upper_bound[k]` must hold for *any* valid schedule, not only for schedules that keep the
higher priorities at their optimum, so lower levels get their own relaxation solve when the
trivial bound (meetings that fit anywhere at all) is not already reached.
"""

from __future__ import annotations

import math
import threading
from dataclasses import dataclass

from brokerage_app.scheduling.cpsat_model import SlotModel
from brokerage_app.scheduling.greedy import SlotAssignment
from brokerage_app.scheduling.indexed import IndexedProblem


@dataclass
class LevelBounds:
    placeable: list[int]  # per level (priorities 3, 2, 1): meetings with any allowed slot
    upper: list[int]
    count_proven: list[bool]
    has_previous: bool
    moved_proven: bool = False
    breaks_lower_bound: int = 0
    breaks_level_solved: bool = False

    @classmethod
    def initial(cls, ix: IndexedProblem) -> LevelBounds:
        placeable = [
            sum(1 for m in range(ix.n_meetings) if ix.priority[m] == p and ix.allowed[m])
            for p in (3, 2, 1)
        ]
        return cls(
            placeable=placeable,
            upper=list(placeable),
            count_proven=[n == 0 for n in placeable],
            has_previous=bool(ix.problem.previous),
            moved_proven=not ix.problem.previous,
        )

    def note_incumbent(self, incumbent: SlotAssignment | None) -> None:
        if incumbent is None:
            return
        for level, count in enumerate(incumbent.scheduled_counts()):
            if count >= self.placeable[level]:
                self.count_proven[level] = True

    def prove_count(self, level: int, value: int) -> None:
        self.count_proven[level] = True
        if level == 0:
            self.upper[0] = min(self.upper[0], value)

    def unproven(self, level: int) -> None:
        self.count_proven[level] = False

    def set_upper_bound(self, level: int, value: int) -> None:
        self.upper[level] = min(self.upper[level], value)

    def invalidate_proofs(self) -> None:
        self.count_proven = [False, False, False]
        self.moved_proven = not self.has_previous
        self.breaks_lower_bound = 0
        self.breaks_level_solved = False

    def upper_bound(self) -> tuple[int, int, int]:
        return self.upper[0], self.upper[1], self.upper[2]

    def all_proven(self, incumbent: SlotAssignment | None) -> bool:
        if incumbent is None:
            return False
        return (
            all(self.count_proven)
            and self.moved_proven
            and incumbent.total_breaks() <= self.breaks_lower_bound
        )


def relaxation_upper_bound(
    ix: IndexedProblem,
    priority: int,
    *,
    time_limit: float,
    workers: int,
    cancel: threading.Event | None,
) -> int:
    """Bound on priority-`priority` meetings of any valid schedule (fairness relaxed)."""
    fixed_only = [ix.fixed_slot[m] for m in range(ix.n_meetings)]
    free = [m for m in range(ix.n_meetings) if ix.fixed_slot[m] < 0]
    fixed_here = sum(
        1 for m in range(ix.n_meetings) if ix.fixed_slot[m] >= 0 and ix.priority[m] == priority
    )
    placeable = sum(1 for m in range(ix.n_meetings) if ix.priority[m] == priority and ix.allowed[m])
    model = SlotModel(ix, fixed_only, free, with_breaks=False)
    model.model.maximize(model.priority_count(priority))
    result = model.solve(time_limit=time_limit, workers=workers, seed=0, cancel=cancel)
    if result.bound is None:
        return placeable
    return min(placeable, math.floor(result.bound + 1e-6) + fixed_here)
