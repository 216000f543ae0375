"""CP-SAT slot model: meetings to slots, tables as a per-slot capacity.

One builder serves the full lexicographic solve and the large-neighbourhood subproblems: a
subset of meetings is *free* (gets variables) and every other meeting is frozen in its
current slot (or frozen unscheduled). Frozen meetings become constants, so a subproblem over a
few hundred meetings of a 12,000-meeting event stays small.

Breaks are encoded exactly (not just bounded from below) because fairness compares break
counts between participants; a one-sided encoding would let the solver inflate the count of
a participant with few breaks and satisfy the spread on paper only.
"""

from __future__ import annotations

import enum
import threading
import time
from collections.abc import Callable, Iterable
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from brokerage_app.domain.tasks import CancelFlag
from brokerage_app.scheduling.indexed import IndexedProblem, participant_breaks_of_slots
from brokerage_app.scheduling.runtime import load_cp_model

if TYPE_CHECKING:
    from ortools.sat.python import cp_model
else:
    cp_model = load_cp_model()

# A Boolean variable or its negation (what `Not()` returns), or a constant.
BoolLit = cp_model.BoolVarT
Lit = BoolLit | bool


def _neg(lit: Lit) -> Lit:
    if isinstance(lit, bool):
        return not lit
    return lit.Not()


class SolveStatus(enum.Enum):
    """How a CP-SAT solve ended (MODEL_INVALID is a defect here and raises)."""

    OPTIMAL = enum.auto()
    FEASIBLE = enum.auto()  # a solution, not proven optimal
    INFEASIBLE = enum.auto()  # proven: none exists
    UNKNOWN = enum.auto()  # out of time before either


@dataclass
class CpResult:
    status: SolveStatus
    slot_of: list[int] | None
    objective: float | None
    bound: float | None


class SlotModel:
    def __init__(
        self,
        ix: IndexedProblem,
        slot_of: list[int],
        free_meetings: Iterable[int],
        *,
        forced: AbstractSet[int] = frozenset(),
        with_breaks: bool = True,
        only_slots: frozenset[int] | None = None,
    ) -> None:
        self.ix = ix
        self.model = cp_model.CpModel()
        model = self.model
        self.free = sorted(set(free_meetings))
        free_set = set(self.free)
        self.frozen_slot_of = list(slot_of)
        for m in self.free:
            self.frozen_slot_of[m] = -1
        frozen = self.frozen_slot_of
        n_slots = ix.n_slots

        # Frozen meetings as constants. Per slot they fill tables (counted with numpy: a
        # neighbourhood of a 12,000-meeting event is rebuilt several times a second, and
        # the Python loop over every meeting made a model take 28 ms of CPU instead of 20);
        # per participant they make slots busy, which matters only for the participants of
        # free meetings.
        involved = sorted(
            {ix.meeting_a[m] for m in self.free} | {ix.meeting_b[m] for m in self.free}
        )
        self.involved = involved
        slots_arr = np.asarray(frozen, dtype=np.int64)
        placed = slots_arr >= 0
        const_per_slot = np.bincount(slots_arr[placed], minlength=n_slots).tolist()
        needs_free = np.asarray(ix.needs_free_table, dtype=bool)
        const_free_used = np.bincount(slots_arr[placed & needs_free], minlength=n_slots).tolist()
        const_busy: set[tuple[int, int]] = set()
        const_count: dict[int, int] = {}
        for p in involved:
            for m in ix.meetings_of[p]:
                if frozen[m] >= 0:
                    const_busy.add((p, frozen[m]))
                    const_count[p] = const_count.get(p, 0) + 1

        # Variables x[m][s]; slots excluded by frozen neighbours never get a variable.
        self.x: dict[int, dict[int, cp_model.IntVar]] = {}
        for m in self.free:
            a, b = ix.meeting_a[m], ix.meeting_b[m]
            lo, hi = -1, n_slots
            for p in ix.before[m]:
                if p not in free_set and frozen[p] >= 0:
                    lo = max(lo, frozen[p])
            for q in ix.successors[m]:
                if q not in free_set and frozen[q] >= 0:
                    hi = min(hi, frozen[q])
            row = {}
            for s in ix.allowed[m]:
                if only_slots is not None and s not in only_slots:
                    continue
                if s <= lo or s >= hi or (a, s) in const_busy or (b, s) in const_busy:
                    continue
                if ix.needs_free_table[m] and const_free_used[s] >= ix.n_free_tables:
                    continue
                row[s] = model.new_bool_var(f"x{m}_{s}")
            self.x[m] = row
            lits = list(row.values())
            if m in forced:
                if not lits:
                    model.add_bool_or([])  # forced but impossible: infeasible subproblem
                else:
                    model.add_exactly_one(lits)
            elif len(lits) > 1:
                model.add_at_most_one(lits)

        by_slot: list[list[tuple[int, BoolLit]]] = [[] for _ in range(n_slots)]
        for m in self.free:
            for s, v in self.x[m].items():
                by_slot[s].append((m, v))

        # Participant: at most one meeting per slot; busy literal y[p][s].
        self.y: dict[int, list[Lit]] = {}
        lits_of: dict[tuple[int, int], list[cp_model.IntVar]] = {}
        for m in self.free:
            for s, v in self.x[m].items():
                lits_of.setdefault((ix.meeting_a[m], s), []).append(v)
                lits_of.setdefault((ix.meeting_b[m], s), []).append(v)
        self.aux_defs: list[tuple[cp_model.IntVar, str, list[Lit]]] = []
        for p in involved:
            row_y: list[Lit] = []
            for s in range(n_slots):
                if (p, s) in const_busy:
                    row_y.append(True)
                    continue
                lits = lits_of.get((p, s), [])
                if not lits:
                    row_y.append(False)
                elif len(lits) == 1:
                    row_y.append(lits[0])
                else:
                    busy = model.new_bool_var(f"y{p}_{s}")
                    model.add(sum(lits) == busy)
                    self.aux_defs.append((busy, "or", list(lits)))
                    row_y.append(busy)
            self.y[p] = row_y

        # Tables as a per-slot capacity; the table assignment afterwards is a matching that
        # always succeeds because free tables are interchangeable and own tables are private.
        for s in range(n_slots):
            free_lits = [v for m, v in by_slot[s] if ix.needs_free_table[m]]
            room = ix.n_free_tables - const_free_used[s]
            if len(free_lits) > room:
                model.add(sum(free_lits) <= room)
            # Implied (literature): at most |tables| meetings, i.e. 2|tables| busy participants.
            all_lits = [v for _, v in by_slot[s]]
            total_room = len(ix.problem.tables) - const_per_slot[s]
            if len(all_lits) > total_room:
                model.add(sum(all_lits) <= total_room)
            # The same, stated on the busy literals (each free meeting makes two busy). The
            # LP and core-guided search reason about breaks through these literals; without
            # it forum-14 stalls at 24+ breaks, with it 2 (the optimum) is proven in seconds.
            busy_lits = [row[s] for row in self.y.values() if not isinstance(row[s], bool)]
            if len(busy_lits) > 2 * total_room:
                model.add(sum(busy_lits) <= 2 * total_room)

        for p in involved:
            cap = ix.max_meetings[p]
            if cap is None:
                continue
            lits = [v for m in ix.meetings_of[p] if m in free_set for v in self.x[m].values()]
            room = cap - const_count.get(p, 0)
            if len(lits) > room:
                model.add(sum(lits) <= room)
            # Implied (literature): busy slots equal scheduled meetings; exact when forced.
        for p in involved:
            mine = [m for m in ix.meetings_of[p] if m in free_set]
            if mine and all(m in forced for m in mine):
                busy_lits = [v for v in self.y[p] if not isinstance(v, bool)]
                model.add(sum(busy_lits) == len(mine))

        # after: if both scheduled, the predecessor takes an earlier slot.
        for m in self.free:
            for p in ix.before[m]:
                if p not in free_set:
                    continue
                for s, v in self.x[m].items():
                    late = [w for t, w in self.x[p].items() if t >= s]
                    if late:
                        model.add_bool_and([w.Not() for w in late]).only_enforce_if(v)

        self.scheduled = {m: cp_model.LinearExpr.sum(list(self.x[m].values())) for m in self.free}

        # moved: a published placement stays only in its slot (its table is then kept).
        # Meetings sharing one published cell (damaged input) can keep it only once.
        self.stay_lits = []
        self.const_moved = 0
        cell_stays: dict[int, list[cp_model.IntVar]] = {}
        frozen_kept: set[int] = set()
        published = range(ix.n_meetings) if ix.problem.previous else range(0)
        for m in published:
            if ix.keepable[m] and m not in free_set and frozen[m] == ix.previous_slot[m]:
                frozen_kept.add(ix.previous_cell[m])
        for m in published:
            if ix.previous_slot[m] < 0:
                continue
            if m in free_set and ix.keepable[m] and ix.previous_cell[m] not in frozen_kept:
                stay_here = self.x[m].get(ix.previous_slot[m])
                if stay_here is not None:
                    cell_stays.setdefault(ix.previous_cell[m], []).append(stay_here)
        for lits in cell_stays.values():
            if len(lits) == 1:
                self.stay_lits.append(lits[0])
            else:
                stay = model.new_bool_var("stay")
                model.add_bool_or(lits).only_enforce_if(stay)
                model.add_bool_and([lit.Not() for lit in lits]).only_enforce_if(stay.Not())
                self.aux_defs.append((stay, "or", list(lits)))
                self.stay_lits.append(stay)
        n_published = sum(1 for m in published if ix.previous_slot[m] >= 0)
        self.const_moved = n_published - len(frozen_kept) - len(self.stay_lits)

        # breaks = gap-start literals (see _encode_breaks) plus frozen sessions' constants.
        self.break_terms: list[tuple[int, BoolLit]] = []
        self.const_breaks = 0
        self.breaks_of: dict[int, list[tuple[int, BoolLit]]] = {}
        self.const_breaks_of: dict[int, int] = {}
        if with_breaks:
            for p in involved:
                terms, const = self._encode_breaks(self.y[p])
                self.breaks_of[p] = terms
                self.const_breaks_of[p] = const
                self.break_terms.extend(terms)
                self.const_breaks += const
            self._add_fairness(frozen, set(involved))

    # ---------------------------------------------------------------- boolean helpers
    def _or(self, a: Lit, b: Lit) -> Lit:
        if a is True or b is True:
            return True
        if a is False:
            return b
        if b is False:
            return a
        v = self.model.new_bool_var("or")
        self.model.add_bool_or([v.Not(), a, b])
        self.model.add_implication(a, v)
        self.model.add_implication(b, v)
        self.aux_defs.append((v, "or", [a, b]))
        return v

    def _and(self, lits: list[Lit]) -> Lit:
        if any(lit is False for lit in lits):
            return False
        lits = [lit for lit in lits if lit is not True]
        if not lits:
            return True
        if len(lits) == 1:
            return lits[0]
        v = self.model.new_bool_var("and")
        self.model.add_bool_and(lits).only_enforce_if(v)
        self.model.add_bool_or([v, *[_neg(lit) for lit in lits]])
        self.aux_defs.append((v, "and", lits))
        return v

    def _encode_breaks(self, ys: list[Lit]) -> tuple[list[tuple[int, BoolLit]], int]:
        """Breaks per session as gap-start literals, the MaxSAT encoding of the literature.

        gap at k = busy at k-1, free at k, and busy somewhere after k ("later" is a suffix-OR
        chain). Each literal is fully reified, so the count is exact in both directions, as
        fairness needs. Core-guided search then assumes "no gap" per literal; together with
        the busy-per-slot constraint this proved literature optima where run-start counts
        with span constraints stalled (forum-14: 2 breaks proven in 8 s, was 26 after 60 s).
        """
        ix = self.ix
        terms: list[tuple[int, BoolLit]] = []
        const = 0
        begin = 0
        for s in range(ix.n_slots + 1):
            if s < ix.n_slots and (s == begin or ix.session[s] == ix.session[begin]):
                continue
            session_ys = ys[begin:s]
            if all(isinstance(lit, bool) for lit in session_ys):
                # Frozen session: its breaks are a constant (most sessions of a neighbourhood).
                busy = [begin + k for k, lit in enumerate(session_ys) if lit]
                const += participant_breaks_of_slots(ix, busy)
                begin = s
                continue
            begin = s
            later: list[Lit] = [False] * (len(session_ys) + 1)
            for k in range(len(session_ys) - 1, -1, -1):
                later[k] = self._or(session_ys[k], later[k + 1])
            for k in range(1, len(session_ys) - 1):
                gap = self._and([session_ys[k - 1], _neg(session_ys[k]), later[k + 1]])
                if gap is True:
                    const += 1
                elif gap is not False:
                    terms.append((1, gap))
        return _merge_terms(terms), const

    def _add_fairness(self, frozen: list[int], involved: set[int]) -> None:
        ix = self.ix
        spread = ix.problem.max_breaks_spread
        if spread is None:
            return
        outside = []
        busy: dict[int, list[int]] = {}
        for m, s in enumerate(frozen):
            if s >= 0:
                busy.setdefault(ix.meeting_a[m], []).append(s)
                busy.setdefault(ix.meeting_b[m], []).append(s)
        for p in range(ix.n_participants):
            if p not in involved:
                outside.append(participant_breaks_of_slots(ix, busy.get(p, [])))
        model = self.model
        counts = {
            p: sum((c * v for c, v in self.breaks_of[p]), start=0) + self.const_breaks_of[p]
            for p in involved
        }
        if not counts:
            if outside and max(outside) - min(outside) > spread:
                model.add_bool_or([])  # the frozen schedules alone break the limit
            return
        low = model.new_int_var(0, ix.n_slots, "min_breaks")
        for expr in counts.values():
            model.add(expr >= low)
            model.add(expr <= low + spread)
        if outside:
            model.add(low <= min(outside))
            model.add(low + spread >= max(outside))

    # ---------------------------------------------------------------- objectives
    def priority_count(self, priority: int) -> cp_model.LinearExpr:
        return cp_model.LinearExpr.sum(
            [self.scheduled[m] for m in self.free if self.ix.priority[m] == priority]
        )

    def moved_expr(self) -> cp_model.LinearExpr:
        return self.const_moved + len(self.stay_lits) - cp_model.LinearExpr.sum(self.stay_lits)

    def breaks_expr(self) -> cp_model.LinearExpr:
        terms = _merge_terms(self.break_terms)
        return self.const_breaks + cp_model.LinearExpr.weighted_sum(
            [v for _, v in terms], [c for c, _ in terms]
        )

    def maximize_key(self) -> None:
        """One objective ranking exactly like the lexicographic key of the free meetings.

        Each weight exceeds the largest possible change of everything below it, so no gain
        on a lower level can pay for a loss on a higher one.
        """
        w_moved = sum(abs(c) for c, _ in _merge_terms(self.break_terms)) + 1
        w1 = w_moved * (len(self.stay_lits) + 1)
        w2 = w1 * (len(self.free) + 1)
        w3 = w2 * (len(self.free) + 1)
        self.model.maximize(
            w3 * self.priority_count(3)
            + w2 * self.priority_count(2)
            + w1 * self.priority_count(1)
            - w_moved * self.moved_expr()
            - self.breaks_expr()
        )

    def demand_at_least(self, counts: tuple[int, int, int], moved: int | None = None) -> None:
        """Only schedules placing at least `counts` (priorities 3, 2, 1) and moving at most
        `moved`; frozen meetings count towards them."""
        ix = self.ix
        for priority, want in zip((3, 2, 1), counts, strict=True):
            frozen = sum(
                1
                for m, s in enumerate(self.frozen_slot_of)
                if s >= 0 and ix.priority[m] == priority
            )
            if want - frozen > 0:
                self.model.add(self.priority_count(priority) >= want - frozen)
        if moved is not None:
            self.model.add(self.moved_expr() <= moved)

    def read_solution(self, value: Callable[[cp_model.IntVar], bool]) -> list[int]:
        slot_of = list(self.frozen_slot_of)
        for m in self.free:
            for s, v in self.x[m].items():
                if value(v):
                    slot_of[m] = s
                    break
        return slot_of

    # ---------------------------------------------------------------- hints and solving
    def add_hint(self, slot_of: list[int]) -> None:
        self.model.proto.clear_solution_hint()
        values: dict[int, bool] = {}

        def value(lit: Lit) -> bool:
            if isinstance(lit, bool):
                return lit
            index = lit.index
            if index < 0:  # negated literal
                return not values.get(-index - 1, False)
            return values.get(index, False)

        for m in self.free:
            for s, v in self.x[m].items():
                values[v.index] = slot_of[m] == s
                self.model.add_hint(v, slot_of[m] == s)
        for var, op, operands in self.aux_defs:
            got = [value(o) for o in operands]
            val = any(got) if op == "or" else all(got)
            values[var.index] = val
            self.model.add_hint(var, val)

    def solve(
        self,
        *,
        time_limit: float,
        workers: int,
        seed: int,
        cancel: CancelFlag | None,
        on_solution: Callable[[list[int]], None] | None = None,
        subsolvers: list[str] | None = None,
        small: bool = False,
    ) -> CpResult:
        solver = cp_model.CpSolver()
        params = solver.parameters
        params.max_time_in_seconds = max(0.01, time_limit)
        params.num_workers = max(1, workers)
        params.random_seed = seed
        if subsolvers:
            params.subsolvers.extend(subsolvers)
        if small:
            # Neighbourhood models: symmetry detection costs more than it saves, and it is
            # where OR-Tools 9.15 trips over complete hints.
            params.symmetry_level = 0
            # Measured on 40 neighbourhoods each of the binding and large families (same
            # models, one after the other): the full linear relaxation proves twice as many
            # break sub-models optimal per second, and presolve, which is most of a large
            # count neighbourhood's 0.5 s, finds nothing worth its time in a model this size.
            params.linearization_level = 2
            params.cp_model_presolve = False
        callback = _Callback(self, on_solution) if on_solution is not None else None
        done = threading.Event()
        watcher = None
        if cancel is not None:
            watcher = threading.Thread(
                target=_stop_on_cancel, args=(solver, cancel, done), daemon=True
            )
            watcher.start()
        try:
            try:
                status = solver.solve(self.model, callback)
            except IndexError:
                # OR-Tools 9.15 presolve can fail on some complete hints (symmetry or probing
                # on run-start literals); the model is fine without them.
                self.model.proto.clear_solution_hint()
                status = solver.solve(self.model, callback)
        finally:
            done.set()
            if watcher is not None:
                watcher.join()
        if status == cp_model.MODEL_INVALID:
            raise RuntimeError(f"invalid CP-SAT model: {self.model.validate()}")
        result = SolveStatus[solver.status_name(status)]
        if result not in (SolveStatus.OPTIMAL, SolveStatus.FEASIBLE):
            return CpResult(result, None, None, None)
        slot_of = self.read_solution(solver.boolean_value)
        has_objective = self.model.has_objective()
        return CpResult(
            result,
            slot_of,
            solver.objective_value if has_objective else None,
            solver.best_objective_bound if has_objective else None,
        )


def _merge_terms(
    terms: list[tuple[int, BoolLit]],
) -> list[tuple[int, BoolLit]]:
    """Add up coefficients per literal and drop zeros.

    A session with a single possible slot has "has a meeting" equal to its only run start;
    a zero coefficient left in the objective makes CP-SAT's hint handling fail.
    """
    coefficient: dict[int, int] = {}
    literal: dict[int, BoolLit] = {}
    for coef, lit in terms:
        coefficient[lit.index] = coefficient.get(lit.index, 0) + coef
        literal.setdefault(lit.index, lit)
    return [(coef, literal[index]) for index, coef in coefficient.items() if coef]


class _Callback(cp_model.CpSolverSolutionCallback):
    """Hands improving solutions over while the search runs, at most every 0.3 s.

    Reading a solution costs a call per variable; the last one comes back with the result.
    """

    def __init__(self, model: SlotModel, on_solution: Callable[[list[int]], None]) -> None:
        super().__init__()
        self._model = model
        self._on_solution = on_solution
        self._last = 0.0

    def on_solution_callback(self) -> None:
        now = time.monotonic()
        if now - self._last < 0.3:
            return
        self._last = now
        self._on_solution(self._model.read_solution(self.boolean_value))


def _stop_on_cancel(solver: cp_model.CpSolver, cancel: CancelFlag, done: threading.Event) -> None:
    # Event.wait with a short timeout is the only portable way to wait on two events at once.
    while not done.is_set():
        if cancel.wait(0.05):
            solver.stop_search()
            return
