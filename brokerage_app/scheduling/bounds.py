"""Proven bounds reported with every schedule.

The bounds describe the *best* schedule, the lexicographic optimum (most must-meets, then
most important, then most nice-to-have meetings, then fewest moved, then fewest breaks):

- `upper[0]` bounds the must-meets of any valid schedule;
- `upper[k]` bounds level k of every schedule at least as good as the incumbent on the levels
  above. Such a bound comes from a model demanding "at least the incumbent's count" on those
  levels; the best schedule meets that demand on level k-1 always (it is at least as good as
  the incumbent) and on the levels above only once they are proven, which is when the bound
  is used. A nice-to-have bound that ignored the must-meets would overstate the gap tenfold;
- `breaks_lower_bound` bounds the breaks of every schedule that places at least the counts
  and moves at most the meetings the proof assumed (`breaks_basis`); when counts and moves
  are proven it bounds the optimum itself.

Bounds only ever get tighter: a proof under a weaker demand stays valid when the incumbent
improves.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import highspy
import numpy as np
from highspy import _core as highs_core

from brokerage_app.scheduling.greedy import SlotAssignment
from brokerage_app.scheduling.indexed import IndexedProblem
from brokerage_app.scheduling.runtime import release_free_memory


@dataclass
class LevelBounds:
    placeable: list[int]  # per level (priorities 3, 2, 1): meetings with any allowed slot
    upper: list[int]
    has_previous: bool
    # The (counts, moved) at which `moved` was proven minimal; None when not proven.
    moved_basis: tuple[tuple[int, int, int], int] | None = None
    breaks_lower_bound: int = 0
    # The (counts, moved) the break bound assumed: it holds for schedules placing at least
    # those counts and moving at most that many.
    breaks_basis: tuple[tuple[int, int, int], int] = ((0, 0, 0), 1 << 62)

    @classmethod
    def initial(cls, ix: IndexedProblem) -> LevelBounds:
        placeable = [
            sum(1 for m in range(ix.n_meetings) if ix.priority[m] == p and ix.allowed[m])
            for p in (3, 2, 1)
        ]
        return cls(
            placeable=placeable, upper=list(placeable), has_previous=bool(ix.problem.previous)
        )

    def set_upper_bound(self, level: int, value: int) -> None:
        self.upper[level] = min(self.upper[level], value)

    def levels_proven(self, counts: tuple[int, int, int], level: int) -> bool:
        """Whether the counts of levels 0..level-1 are proven optimal."""
        return all(counts[k] >= self.upper[k] for k in range(level))

    def counts_proven(self, incumbent: SlotAssignment) -> bool:
        return self.levels_proven(incumbent.scheduled_counts(), 3)

    def prove_moved(self, incumbent: SlotAssignment) -> None:
        self.moved_basis = (incumbent.scheduled_counts(), incumbent.moved())

    def moved_proven(self, incumbent: SlotAssignment) -> bool:
        if not self.has_previous:
            return True
        return self.counts_proven(incumbent) and self.moved_basis == (
            incumbent.scheduled_counts(),
            incumbent.moved(),
        )

    def raise_breaks_bound(self, value: int, basis: tuple[tuple[int, int, int], int]) -> None:
        """A break bound proven for schedules at least as good as `basis` (counts, moved)."""
        if value >= self.breaks_lower_bound:
            self.breaks_lower_bound, self.breaks_basis = value, basis

    def breaks_bound_for(self, incumbent: SlotAssignment) -> int:
        """The break bound where it applies to this incumbent, else 0."""
        counts, moved = self.breaks_basis
        got = incumbent.scheduled_counts()
        if all(a >= b for a, b in zip(got, counts, strict=True)) and incumbent.moved() <= moved:
            return min(self.breaks_lower_bound, incumbent.total_breaks())
        return 0

    def upper_bound(self) -> tuple[int, int, int]:
        return self.upper[0], self.upper[1], self.upper[2]

    def all_proven(self, incumbent: SlotAssignment | None) -> bool:
        if incumbent is None:
            return False
        return (
            self.counts_proven(incumbent)
            and self.moved_proven(incumbent)
            and incumbent.total_breaks() <= self.breaks_bound_for(incumbent)
        )


# Above this many columns, even with interchangeable slots grouped (`slot_classes`), the LP
# groups slots by session, which relaxes it: per session a participant can meet at most as
# often as it has free slots there, and the tables offer |tables| × |session| places.
# 576,000 slot-level columns (2,000 attendees) took HiGHS longer than a 60 s solve can
# spare; the classes of that family have 32,000.
LP_SLOT_COLUMNS_MAX = 200_000


def slot_classes(ix: IndexedProblem) -> list[int]:
    """A class per set of interchangeable slots: the same meetings may take them, and the
    same participants are away or held by a fixed meeting there.

    The LP is symmetric in the slots of a class (precedences and breaks are relaxed), so
    spreading a class's columns evenly over its slots is a slot-level solution of the same
    value: grouping by class loses nothing and divides the columns by the class size (8 on
    the binding family, whose slot-level LP took 10 s).
    """
    allowed_at: list[list[int]] = [[] for _ in range(ix.n_slots)]
    for m, slots in enumerate(ix.allowed):
        if ix.fixed_slot[m] >= 0:
            continue
        for s in slots:
            allowed_at[s].append(m)
    held: list[list[int]] = [[] for _ in range(ix.n_slots)]
    fixed_free = [0] * ix.n_slots
    for m in range(ix.n_meetings):
        s = ix.fixed_slot[m]
        if s >= 0:
            held[s].extend((ix.meeting_a[m], ix.meeting_b[m]))
            fixed_free[s] += ix.needs_free_table[m]
    slot_ix = ix.problem.slot_index
    for p, part in enumerate(ix.problem.participants):
        for sid in part.unavailable:
            held[slot_ix[sid]].append(p)
    classes: dict[tuple[tuple[int, ...], tuple[int, ...], int], int] = {}
    return [
        classes.setdefault(
            (tuple(allowed_at[s]), tuple(sorted(held[s])), fixed_free[s]), len(classes)
        )
        for s in range(ix.n_slots)
    ]


class CountRelaxation:
    """LP relaxation of the count levels (HiGHS), built once and re-solved per level.

    Columns are "meeting m in slot group g", fractional in [0, 1]; rows are one slot per
    meeting, one meeting per participant per slot (summed over a group), the free-table and
    all-table capacity per group, max_meetings, and one row per priority level that can
    demand "at least this many at that priority". Precedences and fairness are relaxed,
    fixed meetings are constants. The LP optimum rounded down bounds the integer optimum.
    """

    def __init__(self, ix: IndexedProblem) -> None:
        self.ix = ix
        free = [m for m in range(ix.n_meetings) if ix.fixed_slot[m] < 0 and ix.allowed[m]]
        group_of = slot_classes(ix)
        columns = sum(len({group_of[s] for s in ix.allowed[m]}) for m in free)
        if columns > LP_SLOT_COLUMNS_MAX:
            group_of = list(ix.session)
        n_groups = max(group_of) + 1 if group_of else 0
        group_size = [0] * n_groups
        for s in range(ix.n_slots):
            group_size[group_of[s]] += 1
        slot_ix = ix.problem.slot_index
        # Free slots per participant and group, minus the fixed meetings already there.
        avail = [list(group_size) for _ in range(ix.n_participants)]
        for p, part in enumerate(ix.problem.participants):
            for sid in part.unavailable:
                avail[p][group_of[slot_ix[sid]]] -= 1
        fixed_in_group = [0] * n_groups
        fixed_free_in_group = [0] * n_groups
        fixed_count = [0] * ix.n_participants
        self.fixed_by_priority = {3: 0, 2: 0, 1: 0}
        for m in range(ix.n_meetings):
            s = ix.fixed_slot[m]
            if s < 0:
                continue
            g = group_of[s]
            fixed_in_group[g] += 1
            fixed_free_in_group[g] += ix.needs_free_table[m]
            self.fixed_by_priority[ix.priority[m]] += 1
            for p in (ix.meeting_a[m], ix.meeting_b[m]):
                avail[p][g] -= 1
                fixed_count[p] += 1
        # Row keys: (kind, participant/meeting/group/priority, group or 0).
        rows: dict[tuple[str, int, int], list[int]] = {}
        upper: dict[tuple[str, int, int], float] = {}
        col_priority: list[int] = []
        col = 0
        for m in free:
            a, b = ix.meeting_a[m], ix.meeting_b[m]
            groups = sorted({group_of[s] for s in ix.allowed[m]})
            for g in groups:
                keys = [
                    ("m", m, 0),
                    ("p", a, g),
                    ("p", b, g),
                    ("g", g, 0),
                    ("prio", ix.priority[m], 0),
                ]
                if ix.needs_free_table[m]:
                    keys.append(("f", g, 0))
                for p in (a, b):
                    if ix.max_meetings[p] is not None:
                        keys.append(("cap", p, 0))
                for key in keys:
                    rows.setdefault(key, []).append(col)
                col_priority.append(ix.priority[m])
                col += 1
        for key in rows:
            kind = key[0]
            if kind == "m":
                upper[key] = 1
            elif kind == "p":
                upper[key] = max(0, avail[key[1]][key[2]])
            elif kind == "g":
                upper[key] = max(
                    0, len(ix.problem.tables) * group_size[key[1]] - fixed_in_group[key[1]]
                )
            elif kind == "f":
                upper[key] = max(
                    0, ix.n_free_tables * group_size[key[1]] - fixed_free_in_group[key[1]]
                )
            elif kind == "cap":
                upper[key] = max(0, (ix.max_meetings[key[1]] or 0) - fixed_count[key[1]])
            else:
                upper[key] = highspy.kHighsInf
        self.n_columns = col
        self.finished = False
        self.col_priority = np.array(col_priority, dtype=np.int32)
        # The plain binding, not highspy.Highs: that one enables callbacks on construction,
        # which prints HiGHS's banner to stdout before output can be switched off.
        h = highs_core._Highs()
        h.setOptionValue("output_flag", False)
        h.setOptionValue("threads", 1)
        if col:
            h.addVars(col, np.zeros(col), np.ones(col))
            keys = list(rows)
            starts: list[int] = []
            index: list[int] = []
            for key in keys:
                starts.append(len(index))
                index.extend(rows[key])
            self.row_upper = np.array([upper[k] for k in keys], dtype=np.float64)
            self.row_index = np.array(index, dtype=np.int32)
            self.row_length = np.diff(np.array([*starts, len(index)], dtype=np.int64)).astype(
                np.int64
            )
            h.addRows(
                len(keys),
                np.full(len(keys), -highspy.kHighsInf),
                self.row_upper,
                len(index),
                np.array(starts, dtype=np.int32),
                self.row_index,
                np.ones(len(index)),
            )
            self.priority_row = {k[1]: i for i, k in enumerate(keys) if k[0] == "prio"}
        else:
            self.priority_row = {}
        h.changeObjectiveSense(highspy.ObjSense.kMaximize)
        # First-order PDLP: 1.5 s where dual simplex took 16 s (300 participants, 67,000
        # columns). Its answer is approximate, so the bound is not its objective but the
        # Lagrangian bound of its duals (below), valid for any multipliers.
        h.setOptionValue("solver", "pdlp")
        self.highs = h

    def bound(
        self, priority: int | None, at_least: dict[int, int], time_limit: float
    ) -> int | None:
        """Upper bound on priority-`priority` meetings (None: all meetings) given "at least"
        counts of other priorities; None when the LP did not finish."""
        if priority is None:
            fixed = sum(self.fixed_by_priority.values())
            cost = np.ones(self.n_columns)
        else:
            fixed = self.fixed_by_priority[priority]
            cost = (self.col_priority == priority).astype(np.float64)
            if priority not in self.priority_row:
                return fixed
        if not self.n_columns:
            return fixed
        h = self.highs
        for q, r in self.priority_row.items():
            low = at_least.get(q, 0) - self.fixed_by_priority[q] if q != priority else 0
            h.changeRowBounds(r, low if low > 0 else -highspy.kHighsInf, highspy.kHighsInf)
        h.changeColsCost(self.n_columns, np.arange(self.n_columns, dtype=np.int32), cost)
        # HiGHS compares `time_limit` with a clock that runs over every solve of this object.
        h.setOptionValue("time_limit", h.getRunTime() + max(0.05, time_limit))
        h.run()
        # PDLP may stop early (time, iterations); its duals still give a bound, a weaker one.
        self.finished = h.getModelStatus() == highspy.HighsModelStatus.kOptimal
        if h.getModelStatus() == highspy.HighsModelStatus.kInfeasible:
            return None
        duals = np.array(h.getSolution().row_dual, dtype=np.float64)
        if len(duals) != len(self.row_upper):
            return None
        lower = np.full(len(self.row_upper), -np.inf)
        for q, r in self.priority_row.items():
            low = at_least.get(q, 0) - self.fixed_by_priority[q] if q != priority else 0
            if low > 0:
                lower[r] = low
        # The sign convention of the duals does not matter: both are tried, both are valid.
        value = min(self._lagrangian(cost, sign * duals, lower) for sign in (1.0, -1.0))
        if not math.isfinite(value):
            return None
        # PDLP often reports "unknown" at its tolerance; the dual bound meeting its own primal
        # value means there is nothing left to gain from running it again.
        primal = h.getInfo().objective_function_value
        self.finished = self.finished or value - primal < 1.0
        # PDLP's workspace (57 MB at 100,000 columns) is not needed between bounds.
        h.clearSolver()
        release_free_memory()
        return math.floor(value + 1e-6) + fixed

    def _lagrangian(self, cost: np.ndarray, y: np.ndarray, lower: np.ndarray) -> float:
        """max c.x over 0 <= x <= 1, lower <= Ax <= upper is at most, for any multipliers y
        (y >= 0 on upper sides, y <= 0 on lower sides): the row terms plus the positive
        reduced costs."""
        y = np.where(y > 0, y, np.where(np.isfinite(lower), y, 0.0))
        y = np.where(np.isfinite(self.row_upper) | (y <= 0), y, 0.0)
        finite_upper = np.where(np.isfinite(self.row_upper), self.row_upper, 0.0)
        finite_lower = np.where(np.isfinite(lower), lower, 0.0)
        rows = float(np.sum(np.where(y > 0, y * finite_upper, 0.0)))
        rows += float(np.sum(np.where(y < 0, y * finite_lower, 0.0)))
        used = np.bincount(
            self.row_index, weights=np.repeat(y, self.row_length), minlength=self.n_columns
        )
        return rows + float(np.sum(np.maximum(0.0, cost - used)))
