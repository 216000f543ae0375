"""Orchestrating solve: greedy incumbent, lexicographic CP-SAT levels, LNS, tables, reasons.

Levels (most important first): scheduled priority-3, -2, -1 meetings; moved published
meetings; breaks. No phase ever trades a higher level for a lower one: the single model
fixes each level before the next, every large-neighbourhood sub-model maximises the whole
key at once (weights in `SlotModel.maximize_key`), and a candidate replaces the incumbent
only when its key is at least as good. The incumbent is what progress reports and what a
cancel returns, so it is always valid and never gets worse.

Bounds come from an LP relaxation of the count levels (HiGHS), the single model's own
bounds, and "breaks <= k" feasibility probes that run on one core beside the search.
"""

from __future__ import annotations

import enum
import math
import random
import threading
import time
from collections.abc import Callable, Mapping
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from typing import TypeGuard

from brokerage_app.domain.tasks import CancelFlag, Cancelled
from brokerage_app.scheduling.bounds import CountRelaxation, LevelBounds
from brokerage_app.scheduling.cpsat_model import CpResult, SlotModel, SolveStatus
from brokerage_app.scheduling.explain import unscheduled_reason
from brokerage_app.scheduling.format import (
    Problem,
    Schedule,
    ScheduleStats,
    Unscheduled,
)
from brokerage_app.scheduling.greedy import (
    SlotAssignment,
    fill_unscheduled,
    greedy_assignment,
)
from brokerage_app.scheduling.indexed import IndexedProblem, index_problem
from brokerage_app.scheduling.reasons import describe
from brokerage_app.scheduling.tables import assign_tables
from brokerage_app.scheduling.validate import compute_objective

# Above this many meeting×slot variables the LNS beats one monolithic model: on the
# 400-attendee demo (57,000 variables) the model reached 194/430/771 with 583 MB, the LNS
# alone the proven optimum 194/430/772 and 0 breaks with 174 MB, both in 60 s.
FULL_MODEL_MAX_VARIABLES = 25_000
# The single model's breaks level wins on the literature instances (forum-14: optimum proven
# in 8-11 s) but not on larger events, where the LNS reaches far fewer breaks.
BREAKS_MODEL_MAX_VARIABLES = 20_000
BREAKS_LEVEL_SHARE = 0.6
COUNT_LEVEL_SHARE = 0.2
PLACE_ALL_SHARE = 0.2
# Neighbourhood sizes in meetings: session and slots (breaks), agenda (counts, moves).
LNS_START_MEETINGS = 30
LNS_MIN_MEETINGS = 8
LNS_SUBSOLVE_SECONDS = 0.5
# A "breaks <= k" probe gets this share of the remaining time before it gives up on k.
PROBE_SHARE = 0.25


class _Kind(enum.Enum):
    """What a neighbourhood frees: whole agendas across days, one session's meetings of a
    few partners, or every meeting in a few slots of one session."""

    AGENDA = enum.auto()
    SESSION = enum.auto()
    SLOTS = enum.auto()


LNS_MAX_MEETINGS = {_Kind.SESSION: 80, _Kind.AGENDA: 100, _Kind.SLOTS: 240}


class _Purpose(enum.Enum):
    """What a neighbourhood is for; its value is how much of the key it must raise."""

    COUNTS = 3
    MOVED = 4
    BREAKS = 5


class ProblemInfeasibleError(ValueError):
    """No valid schedule exists (fixed meetings conflict with the fairness limit)."""


class SolvePhase(enum.StrEnum):
    """What the solver was doing when it reported (the values are the command line's words)."""

    GREEDY = "greedy"
    BOUNDS = "bounds"
    PLACING = "placing"
    PLACED = "placed"
    PRIORITY_3 = "priority 3"
    PRIORITY_2 = "priority 2"
    PRIORITY_1 = "priority 1"
    MOVED = "moved"
    BREAKS = "breaks"
    PROBE = "probe"
    IMPROVING = "improving"
    DONE = "done"

    @classmethod
    def priority(cls, priority: int) -> SolvePhase:
        return cls(f"priority {priority}")


@dataclass
class SolveProgress:
    phase: SolvePhase
    scheduled: tuple[int, int, int]
    upper_bound: tuple[int, int, int]
    breaks: int
    breaks_lower_bound: int
    elapsed: float
    moved: int = 0


LexKey = tuple[int, int, int, int, int]


def _lex_key(state: SlotAssignment) -> LexKey:
    s3, s2, s1 = state.scheduled_counts()
    return (s3, s2, s1, -state.moved(), -state.total_breaks())


class _Run:
    def __init__(
        self,
        problem: Problem,
        time_limit: float,
        workers: int,
        seed: int,
        on_progress: Callable[[SolveProgress], None] | None,
        cancel: CancelFlag | None,
    ) -> None:
        self.start = time.monotonic()
        # Table assignment, reasons and statistics after the search take about 0.3 ms per
        # meeting; keep that time out of the search so the whole call meets time_limit.
        finishing = min(0.1 * time_limit, 0.0001 * len(problem.meetings))
        self.deadline = self.start + max(0.0, time_limit - finishing)
        self.workers = max(1, workers)
        self.seed = seed
        self.on_progress = on_progress
        self.cancel = cancel
        self.ix: IndexedProblem = index_problem(problem)
        self.bounds = LevelBounds.initial(self.ix)
        self.incumbent: SlotAssignment | None = None
        self.no_schedule_proven = False
        # The probe thread and the search share the incumbent and the bounds.
        self.lock = threading.RLock()
        self.probing = False
        self.relaxation: CountRelaxation | None = None
        self._relaxer: threading.Thread | None = None
        self._relax_unfinished = False  # an LP ran out of time: try again later
        self.closed = False
        # The single model's breaks level already ran (inside the place-everything level).
        self.breaks_minimised = False
        self._reported: tuple[float, LexKey] = (time.monotonic(), (0, 0, 0, 0, 0))

    # ------------------------------------------------------------------ helpers
    def remaining(self) -> float:
        return self.deadline - time.monotonic()

    def current(self) -> SlotAssignment:
        """The incumbent, in the phases that run only once there is one."""
        if self.incumbent is None:
            raise RuntimeError("the search runs only from a first schedule")
        return self.incumbent

    def stopped(self) -> bool:
        return (self.cancel is not None and self.cancel.is_set()) or self.remaining() <= 0

    def report(self, phase: SolvePhase) -> None:
        # After "done" nothing more is said (an LP still running after a cancel stays quiet).
        if self.on_progress is None or self.incumbent is None or self.closed:
            return
        with self.lock:
            inc = self.incumbent
            progress = SolveProgress(
                phase=phase,
                scheduled=inc.scheduled_counts(),
                upper_bound=self.bounds.upper_bound(),
                breaks=inc.total_breaks(),
                breaks_lower_bound=self.bounds.breaks_bound_for(inc),
                elapsed=time.monotonic() - self.start,
                moved=inc.moved(),
            )
            self.on_progress(progress)

    def offer(self, slot_of: list[int]) -> bool:
        """Adopt a candidate assignment when it is valid and lexicographically better."""
        candidate = SlotAssignment(self.ix).copy_from(slot_of)
        if candidate.fairness_violated():
            return False
        with self.lock:
            if self.incumbent is not None and _lex_key(candidate) <= _lex_key(self.incumbent):
                return False
            self.incumbent = candidate
        return True

    def offer_and_report(self, phase: SolvePhase) -> Callable[[list[int]], None]:
        def adopt(slot_of: list[int]) -> None:
            if self.offer(slot_of):
                self.report(phase)

        return adopt

    # ------------------------------------------------------------------ phases
    def run(self) -> SlotAssignment:
        ix = self.ix
        greedy = greedy_assignment(ix, self.seed)
        if not greedy.fairness_violated():
            self.incumbent = greedy
        self.report(SolvePhase.GREEDY)
        size = sum(len(a) for m, a in enumerate(ix.allowed) if ix.fixed_slot[m] < 0)
        if size <= FULL_MODEL_MAX_VARIABLES:
            # Small: the LP takes well under a second and decides what the model tries.
            self.relax_counts()
            self.lexicographic_levels(size)
        else:
            self.relax_in_background()
        if not self.stopped() and self.incumbent is not None:
            self.search(probes=size <= FULL_MODEL_MAX_VARIABLES)
        if self._relaxer is not None and not (self.cancel is not None and self.cancel.is_set()):
            self._relaxer.join(max(0.0, self.remaining()))
        if self.incumbent is None:
            if self.cancel is not None and self.cancel.is_set():
                raise Cancelled(
                    "Solving was cancelled before any schedule within the fairness limit "
                    "was found; nothing was stored."
                )
            if self.no_schedule_proven:
                raise ProblemInfeasibleError(
                    "no schedule satisfies options.max_breaks_spread together with the fixed "
                    "meetings; relax the fairness limit or unpin meetings"
                )
            raise ProblemInfeasibleError(
                "no schedule satisfying options.max_breaks_spread with the fixed meetings was "
                "found in the time limit; give more time, relax the fairness limit or unpin "
                "meetings"
            )
        # Adding meetings never lowers a level above them; it can only raise counts.
        with self.lock:
            fill_unscheduled(self.incumbent)
        return self.incumbent

    def relax_counts(self, background: bool = False) -> None:
        """Per-level LP bounds (see bounds.py for why each level demands the ones above).

        In the foreground the model waits for them, so each level gets half of the time
        left; beside the search they may use all of it (5,000 attendees: the nice-to-have
        LP needs about 20 s there, and half of what `schedule` leaves after loading the
        event file was just short of it).
        """
        if self.stopped():
            return
        if self.relaxation is None:
            self.relaxation = CountRelaxation(self.ix)
        with self.lock:
            inc = self.incumbent
            counts = inc.scheduled_counts() if inc is not None else (0, 0, 0)
        for level, priority in enumerate((3, 2, 1)):
            if self.bounds.upper[level] <= counts[level]:
                continue
            demand = {}
            if level >= 1:
                demand[3] = counts[0]
            if level == 2 and self.bounds.levels_proven(counts, 1):
                demand[2] = counts[1]
            budget = min(30.0, self.remaining() if background else 0.5 * self.remaining())
            if budget <= 0.05:
                return
            bound = self.relaxation.bound(priority, demand, budget)
            if bound is None or not self.relaxation.finished:
                self._relax_unfinished = True
            if bound is not None:
                with self.lock:
                    self.bounds.set_upper_bound(level, bound)
        self.report(SolvePhase.BOUNDS)

    def relax_in_background(self) -> None:
        """The LP beside the search: HiGHS releases the GIL, and at 5,000 attendees its
        three solves take 15 s the search should not wait for."""
        if self._relaxer is not None and self._relaxer.is_alive():
            return
        self._relax_unfinished = False
        self._relaxer = threading.Thread(target=self.relax_counts, args=(True,), daemon=True)
        self._relaxer.start()

    def lexicographic_levels(self, size: int) -> None:
        ix = self.ix
        free = [m for m in range(ix.n_meetings) if ix.fixed_slot[m] < 0]
        fixed_only = [ix.fixed_slot[m] for m in range(ix.n_meetings)]
        model = self._place_everything(free, fixed_only, size)
        if model is None:
            if self.stopped():
                return
            model = SlotModel(ix, fixed_only, free)
            if not self._count_levels(model, free):
                return
        if not self._moved_level(model) or size > BREAKS_MODEL_MAX_VARIABLES:
            return
        if not self.breaks_minimised:
            self._breaks_level(model)

    def _place_everything(
        self, free: list[int], fixed_only: list[int], size: int
    ) -> SlotModel | None:
        """Model with every placeable meeting forced, when a schedule placing all exists.

        Placing everything is a pure feasibility question, which CP-SAT answers in under a
        second on the literature instances when it is given no hint (the greedy schedule as
        a hint made it take 13 s on forum-14). With each participant's number of meetings
        known, the breaks encoding is tight; the later levels work on this model.
        """
        ix = self.ix
        placeable = self.bounds.placeable
        if list(self.bounds.upper) != list(placeable):
            return None  # the LP already proved that not everything fits
        forced = {m for m in free if ix.allowed[m]}
        inc = self.incumbent
        if not self._places_everything(inc):
            feasibility = SlotModel(ix, fixed_only, free, forced=forced, with_breaks=False)
            result = feasibility.solve(
                time_limit=self.remaining() * PLACE_ALL_SHARE,
                workers=self.workers,
                seed=self.seed,
                cancel=self.cancel,
            )
            if result.slot_of is None:
                self._not_everything_fits(result.status)
                return None
            complete = result.slot_of
            self.offer(complete)
        else:
            complete = inc.slot_of
        model = SlotModel(ix, fixed_only, free, forced=forced)
        if not self._places_everything(self.incumbent):
            # Complete but unfair: search the fair schedule on the breaks model itself. That
            # is the breaks level's minimisation; without published meetings (no moved level
            # in between) it gets the breaks level's time and is not restarted afterwards:
            # the restart threw away 12 s of core-guided progress on forum-13crafb and
            # ticf-13crafb/c, where the greedy leaves meetings out.
            whole_level = not ix.problem.previous and size <= BREAKS_MODEL_MAX_VARIABLES
            model.model.minimize(model.breaks_expr())
            model.add_hint(complete)
            fair = self._solve_level(
                model,
                share=BREAKS_LEVEL_SHARE if whole_level else PLACE_ALL_SHARE,
                phase=SolvePhase.PLACING,
                subsolvers=["core", "default_lp"],
                hint=False,
            )
            if fair is None or fair.slot_of is None:
                # Infeasible here: every meeting fits, but never within the fairness limit.
                if fair is not None:
                    self._not_everything_fits(fair.status)
                return None
            self.offer(fair.slot_of)
            if not self._places_everything(self.incumbent):
                return None
            if whole_level and fair.bound is not None:
                # Every valid schedule placing everything is in this model.
                with self.lock:
                    inc = self.current()
                    basis = (inc.scheduled_counts(), inc.moved())
                    self.bounds.raise_breaks_bound(math.ceil(fair.bound - 1e-6), basis)
                self.breaks_minimised = True
        self.report(SolvePhase.PLACED)
        return model

    def _not_everything_fits(self, status: SolveStatus) -> None:
        """A model forcing every placeable meeting ended with `status`; INFEASIBLE proves
        that one meeting fewer is the most there can be when only one level has any."""
        placeable = self.bounds.placeable
        levels = [k for k, n in enumerate(placeable) if n > 0]
        if status is SolveStatus.INFEASIBLE and len(levels) == 1:
            self.bounds.set_upper_bound(levels[0], placeable[levels[0]] - 1)
            self.report(SolvePhase.PLACING)

    def _places_everything(self, state: SlotAssignment | None) -> TypeGuard[SlotAssignment]:
        return state is not None and all(
            c >= n for c, n in zip(state.scheduled_counts(), self.bounds.placeable, strict=True)
        )

    def _count_levels(self, model: SlotModel, free: list[int]) -> bool:
        """Maximise each count in turn, then demand it; False when time ran out."""
        ix = self.ix
        for level, priority in enumerate((3, 2, 1)):
            if self.stopped():
                return False
            members = [m for m in free if ix.priority[m] == priority and model.x[m]]
            count_expr = model.priority_count(priority)
            fixed_here = sum(
                1
                for m in range(ix.n_meetings)
                if ix.fixed_slot[m] >= 0 and ix.priority[m] == priority
            )
            current = self.incumbent.scheduled_counts()[level] if self.incumbent else 0
            if self.incumbent is None or current < self.bounds.upper[level]:
                model.model.maximize(count_expr)
                result = self._solve_level(
                    model,
                    share=COUNT_LEVEL_SHARE,
                    phase=SolvePhase.priority(priority),
                    subsolvers=["core", "default_lp"],
                )
                if result is None:
                    return False
                if result.slot_of is not None:
                    self.offer(result.slot_of)
                if self.incumbent is None:
                    # Every meeting is optional here, so INFEASIBLE means no valid schedule.
                    self.no_schedule_proven = result.status is SolveStatus.INFEASIBLE
                    return False
                current = self.incumbent.scheduled_counts()[level]
                # The model demands the incumbent's counts above this level; the bound
                # applies to the best schedule when those above the last one are proven.
                if result.bound is not None and self.bounds.levels_proven(
                    self.incumbent.scheduled_counts(), max(0, level - 1)
                ):
                    self.bounds.set_upper_bound(level, math.floor(result.bound + 1e-6) + fixed_here)
                if level < 2:
                    self.relax_counts()
                if current < self.bounds.upper[level]:
                    # Not proven: the later levels run in the search, which may still
                    # raise this one.
                    self.report(SolvePhase.priority(priority))
                    return False
            # Fix this level for the next ones (lexicographic optimisation).
            model.model.add(count_expr >= current - fixed_here)
            if current - fixed_here >= len(members) and members:
                for m in members:
                    model.model.add(model.scheduled[m] == 1)
            self.report(SolvePhase.priority(priority))
        return True

    def _moved_level(self, model: SlotModel) -> bool:
        ix = self.ix
        if self.stopped():
            return False
        if not ix.problem.previous:
            return True
        model.model.minimize(model.moved_expr())
        result = self._solve_level(model, share=0.4, phase=SolvePhase.MOVED)
        if result is None:
            return False
        if result.slot_of is not None:
            self.offer(result.slot_of)
        moved = self.current().moved()
        if result.status is SolveStatus.OPTIMAL or (
            result.bound is not None and moved <= math.ceil(result.bound - 1e-6)
        ):
            self.bounds.prove_moved(self.current())
        model.model.add(model.moved_expr() <= moved)
        self.report(SolvePhase.MOVED)
        return self.bounds.moved_proven(self.current())

    def _breaks_level(self, model: SlotModel) -> None:
        if self.stopped():
            return
        # A first "breaks <= bound" probe is often refuted within a second (forum-13crafc:
        # 0 breaks infeasible in 0.9 s), which the minimisation alone does not prove.
        self._probe_once(min(4.0, 0.1 * self.remaining()), self.workers)
        if self.stopped() or self.bounds.all_proven(self.incumbent):
            return
        model.model.minimize(model.breaks_expr())
        basis = (self.current().scheduled_counts(), self.current().moved())
        # Core-guided search (MaxSAT-like) proves break bounds far better than LP-based search
        # on these models; the primal side is left to the LNS below.
        result = self._solve_level(
            model,
            share=BREAKS_LEVEL_SHARE,
            phase=SolvePhase.BREAKS,
            subsolvers=["core", "default_lp"],
        )
        if result is None:
            return
        if result.slot_of is not None:
            self.offer(result.slot_of)
        if result.bound is not None:
            with self.lock:
                self.bounds.raise_breaks_bound(math.ceil(result.bound - 1e-6), basis)
        self.report(SolvePhase.BREAKS)

    def _solve_level(
        self,
        model: SlotModel,
        *,
        share: float,
        phase: SolvePhase,
        subsolvers: list[str] | None = None,
        hint: bool = True,
    ) -> CpResult | None:
        if hint and self.incumbent is not None:
            model.add_hint(self.incumbent.slot_of)
        budget = self.remaining() * share
        if budget <= 0:
            return None
        return model.solve(
            time_limit=budget,
            workers=self.workers,
            seed=self.seed,
            cancel=self.cancel,
            on_solution=self.offer_and_report(phase),
            subsolvers=subsolvers if self.workers >= len(subsolvers or []) else None,
        )

    # ------------------------------------------------------------------ break probes
    def _probe_once(self, budget: float, workers: int) -> SolveStatus | None:
        """Is there a schedule as good as the incumbent on counts and moves with at most
        `breaks_lower_bound` breaks? No: the bound rises by one. Yes: a better incumbent."""
        ix = self.ix
        with self.lock:
            inc = self.incumbent
            if inc is None or budget <= 0.05:
                return None
            k = self.bounds.breaks_bound_for(inc)
            if k >= inc.total_breaks():
                return None
            basis = (inc.scheduled_counts(), inc.moved())
        free = [m for m in range(ix.n_meetings) if ix.fixed_slot[m] < 0]
        forced: AbstractSet[int] = (
            {m for m in free if ix.allowed[m]} if self._places_everything(inc) else frozenset()
        )
        model = SlotModel(ix, list(ix.fixed_slot), free, forced=forced)
        model.demand_at_least(*basis)
        model.model.add(model.breaks_expr() <= k)
        result = model.solve(time_limit=budget, workers=workers, seed=self.seed, cancel=self.cancel)
        if result.status is SolveStatus.INFEASIBLE:
            with self.lock:
                self.bounds.raise_breaks_bound(k + 1, basis)
            self.report(SolvePhase.BOUNDS)
        elif result.slot_of is not None and self.offer(result.slot_of):
            self.report(SolvePhase.PROBE)
        return result.status

    def _probe_loop(self, done: threading.Event) -> None:
        try:
            while not done.is_set() and not self.stopped():
                status = self._probe_once(PROBE_SHARE * self.remaining(), 1)
                if status is None or status is SolveStatus.UNKNOWN:
                    break
        finally:
            self.probing = False
        if not done.is_set():
            # The bound is as high as the probes get: this core joins the search.
            self._lns_worker(1)

    # ------------------------------------------------------------------ search
    def search(self, *, probes: bool) -> None:
        """Large-neighbourhood search over the whole key, with break probes beside it."""
        done = threading.Event()
        prober = None
        if probes and self.workers >= 2 and not self.bounds.all_proven(self.incumbent):
            self.probing = True
            prober = threading.Thread(target=self._probe_loop, args=(done,), daemon=True)
            prober.start()
        try:
            self.large_neighbourhood_search()
        finally:
            done.set()
            if prober is not None:
                prober.join()

    def large_neighbourhood_search(self) -> None:
        """Free a few participants' meetings, re-solve them with everything else frozen.

        Three kinds of neighbourhood. *Agendas*: every meeting of a few participants across all
        days, plus their unplaced requests; seeded by an unplaced meeting of the highest
        unproven level (or a moved one), so meetings can change sessions and placed ones
        can make way for more important ones. *Sessions*: the meetings of one session of a
        participant with a break and its partners, breadth first, for breaks. *Slots*: every
        meeting in a few slots of such a session, for exchanges where the tables are full.
        All grow after sub-models solved to optimality and shrink after time-outs.
        """
        threads = max(1, self.workers - (1 if self.probing else 0))
        self._reported = (time.monotonic(), _lex_key(self.current()))
        errors: list[BaseException] = []

        def helper(index: int) -> None:
            try:
                self._lns_worker(index)
            except BaseException as exc:  # re-raised in the calling thread below
                errors.append(exc)

        helpers = [
            threading.Thread(target=helper, args=(i,), daemon=True) for i in range(1, threads)
        ]
        for thread in helpers:
            thread.start()
        try:
            self._lns_worker(0)
        finally:
            for thread in helpers:
                thread.join()
        if errors:
            raise errors[0]

    def _lns_worker(self, index: int) -> None:
        """One search thread. Several run side by side on one incumbent: each sub-solve is
        single-threaded (it finds 20 % more improving neighbourhoods per second than two
        workers on one) and its result is re-checked against the incumbent of the moment."""
        ix = self.ix
        rng = random.Random(self.seed * 1000 + index)
        session_slots: dict[int, list[int]] = {}
        for s, sess in enumerate(ix.session):
            session_slots.setdefault(sess, []).append(s)
        size = {kind: float(LNS_START_MEETINGS) for kind in _Kind}
        last_relax = time.monotonic()
        relaxed_counts = _lex_key(self.current())[:2]
        success = dict.fromkeys(_Purpose, 1.0)
        # Breaks: which kind of neighbourhood pays off, as improvements per second.
        break_rate = {kind: _Rate() for kind in _Kind}
        while not self.stopped():
            with self.lock:
                inc = self.current()
                if self.bounds.all_proven(inc):
                    return
                choice = self._choose_neighbourhood(inc, rng, session_slots, success, break_rate)
                snapshot = list(inc.slot_of)
                before = _lex_key(inc)
            if choice is None:
                return
            kind, seeds, slots, purpose = choice
            if kind is _Kind.AGENDA:
                free = self._agenda_neighbourhood(seeds, int(size[kind]), rng)
            elif kind is _Kind.SLOTS:
                free, slots = self._slots_neighbourhood(snapshot, seeds[0], slots, size[kind], rng)
            else:
                free = self._grow_neighbourhood(snapshot, seeds, set(slots), int(size[kind]), rng)
            if not free:
                continue
            started = time.monotonic()
            status = self._solve_neighbourhood(
                inc,
                snapshot,
                free,
                None if kind is _Kind.AGENDA else frozenset(slots),
                counts_settled=purpose is not _Purpose.COUNTS,
            )
            if status is SolveStatus.OPTIMAL:
                size[kind] = min(LNS_MAX_MEETINGS[kind], size[kind] * 1.15)
            else:
                # No solution at all (not even the hint's) means far too big.
                shrink = 0.8 if status is SolveStatus.FEASIBLE else 0.6
                size[kind] = max(LNS_MIN_MEETINGS, size[kind] * shrink)
            now = time.monotonic()
            key = _lex_key(self.current())
            gained = 1.0 if key[: purpose.value] > before[: purpose.value] else 0.0
            success[purpose] = 0.9 * success[purpose] + 0.1 * gained
            if purpose is _Purpose.BREAKS:
                break_rate[kind].add(key[4] - before[4] if gained else 0, now - started)
            retry = self._relax_unfinished and now - last_relax > 10.0
            if index == 0 and (key[:2] != relaxed_counts or retry) and now - last_relax > 5.0:
                # Higher counts make the demanded LP tighter for the levels below them.
                self.relax_in_background()
                last_relax, relaxed_counts = time.monotonic(), key[:2]
            with self.lock:
                last_time, last_key = self._reported
                if key != last_key and now - last_time > 0.5:
                    self._reported = (now, key)
                    self.report(SolvePhase.IMPROVING)

    def _choose_neighbourhood(
        self,
        inc: SlotAssignment,
        rng: random.Random,
        session_slots: dict[int, list[int]],
        success: dict[_Purpose, float],
        break_rate: dict[_Kind, _Rate],
    ) -> tuple[_Kind, list[int], list[int], _Purpose] | None:
        """(kind, seed participants, session slots, purpose).

        A purpose is tried as often as it recently paid off (`success`: moving average of
        improvements per attempt), so time goes to breaks once counts stop rising even where
        their bound is not reached (400 attendees: the counts were optimal from the greedy
        on, the bound 2 above them).
        """
        ix = self.ix
        counts = inc.scheduled_counts()
        open_levels = [(3, 2, 1)[k] for k in range(3) if counts[k] < self.bounds.upper[k]]
        if open_levels and rng.random() < min(0.85, 0.05 + 1.5 * success[_Purpose.COUNTS]):
            unplaced = [
                m
                for m in range(ix.n_meetings)
                if inc.slot_of[m] < 0 and ix.allowed[m] and ix.priority[m] in open_levels
            ]
            if unplaced:
                top = [m for m in unplaced if ix.priority[m] == open_levels[0]]
                m = rng.choice(top if top and rng.random() < 0.7 else unplaced)
                return _Kind.AGENDA, [ix.meeting_a[m], ix.meeting_b[m]], [], _Purpose.COUNTS
        moved_open = self.bounds.has_previous and not self.bounds.moved_proven(inc)
        if moved_open and rng.random() < min(0.5, 0.05 + 1.5 * success[_Purpose.MOVED]):
            moved = [
                m
                for m in range(ix.n_meetings)
                if ix.keepable[m] and inc.slot_of[m] != ix.previous_slot[m]
            ]
            if moved:
                m = rng.choice(moved)
                return _Kind.AGENDA, [ix.meeting_a[m], ix.meeting_b[m]], [], _Purpose.MOVED
        with_breaks = [p for p in range(ix.n_participants) if inc.breaks[p] > 0]
        if with_breaks:
            p = rng.choice(with_breaks)
            # Each kind as often as it pays (binding tables: whole agendas removed 0.9 breaks
            # per attempt, sessions 0.4), every one often enough to notice a change.
            kinds = list(_Kind)
            rates = [break_rate[k].value() for k in kinds]
            total = sum(rates)
            kind = rng.choices(kinds, [max(0.1, r / total) if total else 1.0 for r in rates])[0]
            if kind is _Kind.AGENDA:
                return _Kind.AGENDA, [p], [], _Purpose.BREAKS
            session = rng.choice(_sessions_with_breaks(ix, inc.busy[p]))
            return kind, [p], session_slots[session], _Purpose.BREAKS
        if open_levels:
            return _Kind.AGENDA, [rng.randrange(ix.n_participants)], [], _Purpose.COUNTS
        if moved_open:
            return _Kind.AGENDA, [rng.randrange(ix.n_participants)], [], _Purpose.MOVED
        return None

    def _agenda_neighbourhood(self, seeds: list[int], limit: int, rng: random.Random) -> list[int]:
        """Every non-fixed meeting of the seeds, then of random partners, up to `limit`."""
        ix = self.ix
        chosen: set[int] = set()
        people = list(dict.fromkeys(seeds))
        k = 0
        while k < len(people) and len(chosen) < limit:
            p = people[k]
            k += 1
            mine = [m for m in ix.meetings_of[p] if ix.fixed_slot[m] < 0 and ix.allowed[m]]
            chosen.update(mine)
            partners = [ix.meeting_a[m] + ix.meeting_b[m] - p for m in mine]
            rng.shuffle(partners)
            for q in partners[:2]:
                if q not in people:
                    people.append(q)
        return sorted(chosen)

    def _slots_neighbourhood(
        self, slot_of: list[int], p: int, session: list[int], limit: float, rng: random.Random
    ) -> tuple[list[int], list[int]]:
        """Every movable meeting in a few slots of one session of `p`, and those slots.

        The session is one where p has a break. The slots: one of p's holes there, the two
        ends of its block in random order, then the session's others at random, until
        `limit` meetings (two slots at least). Where every table is taken, a meeting can
        only move to a slot another one leaves; freeing whole slots makes those exchanges
        possible, which partner-by-partner neighbourhoods rarely do.
        """
        ix = self.ix
        in_session = set(session)
        mine = sorted(slot_of[m] for m in ix.meetings_of[p] if slot_of[m] in in_session)
        holes = [s for s in range(mine[0] + 1, mine[-1]) if s not in mine]
        order = [rng.choice(holes), *rng.sample([mine[0], mine[-1]], 2)]
        rest = [s for s in session if s not in order]
        rng.shuffle(rest)
        order += rest
        by_slot: dict[int, list[int]] = {}
        for m, s in enumerate(slot_of):
            if s in in_session and ix.fixed_slot[m] < 0:
                by_slot.setdefault(s, []).append(m)
        free: list[int] = []
        chosen: list[int] = []
        for s in order:
            if len(chosen) >= 2 and len(free) + len(by_slot.get(s, ())) > limit:
                break
            chosen.append(s)
            free += by_slot.get(s, [])
        return sorted(free), chosen

    def _grow_neighbourhood(
        self,
        slot_of: list[int],
        seeds: list[int],
        slots: set[int],
        limit: int,
        rng: random.Random,
    ) -> list[int]:
        """Meetings in this session of the seeds, then of their partners, breadth first."""
        ix = self.ix
        chosen: set[int] = set()
        seen = set(seeds)
        queue = list(seeds)
        while queue and len(chosen) < limit:
            p = queue.pop(0)
            mine = list(ix.meetings_of[p])
            rng.shuffle(mine)
            for m in mine:
                if len(chosen) >= limit:
                    break
                if m in chosen or ix.fixed_slot[m] >= 0:
                    continue
                s = slot_of[m]
                if s >= 0 and s not in slots:
                    continue
                if s < 0 and not any(t in slots for t in ix.allowed[m]):
                    continue
                chosen.add(m)
                other = ix.meeting_b[m] if ix.meeting_a[m] == p else ix.meeting_a[m]
                if other not in seen:
                    seen.add(other)
                    queue.append(other)
        return sorted(chosen)

    def _solve_neighbourhood(
        self,
        inc: SlotAssignment,
        snapshot: list[int],
        free: list[int],
        slots: frozenset[int] | None,
        counts_settled: bool = True,
    ) -> SolveStatus:
        ix = self.ix
        # A session or slots neighbourhood keeps its placed meetings placed (they may only
        # move within its slots): tighter for the break encoding, and the key forbids
        # unplacing anyway.
        keep: AbstractSet[int] = (
            {m for m in free if snapshot[m] >= 0} if slots is not None else frozenset()
        )
        # An agenda neighbourhood that may raise a count leaves breaks out of its model (a
        # third of the size, and most of the time): a count gain is worth any breaks, and an
        # equal-count result that adds breaks is refused by the key comparison.
        with_breaks = (
            slots is not None or counts_settled or ix.problem.max_breaks_spread is not None
        )
        sub = SlotModel(ix, snapshot, free, forced=keep, only_slots=slots, with_breaks=with_breaks)
        sub.maximize_key()
        sub.add_hint(snapshot)
        result = sub.solve(
            time_limit=min(LNS_SUBSOLVE_SECONDS, max(0.05, self.remaining())),
            workers=1,
            seed=self.seed,
            cancel=self.cancel,
            small=True,
        )
        if result.slot_of is not None:
            self._offer_changes(inc, free, result.slot_of)
        return result.status

    def _offer_changes(self, inc: SlotAssignment, free: list[int], slot_of: list[int]) -> bool:
        """Apply a neighbourhood's result to the incumbent in place; revert if it is worse.

        Rebuilding a whole assignment per neighbourhood costs ~0.5 s at 12,000 meetings,
        more than the sub-solve itself; only the freed meetings change. Another search
        thread may have changed the incumbent since the sub-model was built, so every
        placement is checked again; a result for an incumbent the probes have replaced is
        dropped.
        """
        with self.lock:
            if self.incumbent is not inc:
                return False
            before = _lex_key(inc)
            old = [inc.slot_of[m] for m in free]
            for m in free:
                if inc.slot_of[m] >= 0:
                    inc.remove(m)
            fits = True
            for m in free:
                s = slot_of[m]
                if s >= 0:
                    if not inc.can_place(m, s):
                        fits = False
                        break
                    inc.place(m, s)
            # Plateau moves (equal key) let the search drift out of local optima.
            if fits and not inc.fairness_violated() and _lex_key(inc) >= before:
                return True
            for m in free:
                if inc.slot_of[m] >= 0:
                    inc.remove(m)
            for m, s in zip(free, old, strict=True):
                if s >= 0:
                    inc.place(m, s)
            return False


class _Rate:
    """Moving averages of gain and time per attempt: their ratio is gain per second."""

    def __init__(self) -> None:
        self.gain = 1.0
        self.seconds = 0.3

    def add(self, gain: float, seconds: float) -> None:
        self.gain = 0.9 * self.gain + 0.1 * gain
        self.seconds = 0.9 * self.seconds + 0.1 * max(seconds, 1e-3)

    def value(self) -> float:
        return self.gain / self.seconds


def _sessions_with_breaks(ix: IndexedProblem, row: list[int]) -> list[int]:
    last: dict[int, int] = {}
    found: list[int] = []
    for s, occupant in enumerate(row):
        if not occupant:
            continue
        sess = ix.session[s]
        if sess in last and s - last[sess] > 1 and sess not in found:
            found.append(sess)
        last[sess] = s
    return found


def _unscheduled(state: SlotAssignment, m: int, names: Mapping[str, str] | None) -> Unscheduled:
    meeting = state.ix.problem.meetings[m]
    fact = unscheduled_reason(state, m)
    name_a, name_b = ((names or {}).get(p, p) for p in (meeting.a, meeting.b))
    return Unscheduled(state.ix.meeting_ids[m], describe(fact, name_a, name_b), fact)


def solve(
    problem: Problem,
    *,
    time_limit: float,
    workers: int = 2,
    seed: int = 0,
    on_progress: Callable[[SolveProgress], None] | None = None,
    cancel: CancelFlag | None = None,
    names: Mapping[str, str] | None = None,
) -> Schedule:
    """Best schedule found within `time_limit` seconds; `cancel` stops early with a valid one.

    Thread-safe: all state is local to the call. Raises ProblemInfeasibleError when no valid
    schedule exists, and ``domain.tasks.Cancelled`` when cancelled before any was found.
    """
    run = _Run(problem, time_limit, workers, seed, on_progress, cancel)
    state = run.run()
    ix = run.ix
    placements = assign_tables(ix, state.slot_of)
    unscheduled = tuple(
        _unscheduled(state, m, names) for m in range(ix.n_meetings) if state.slot_of[m] < 0
    )
    objective = compute_objective(problem, placements)
    bounds = run.bounds
    breaks_lb = bounds.breaks_bound_for(state)
    stats = ScheduleStats(
        scheduled=objective.scheduled,
        upper_bound=bounds.upper_bound(),
        moved=objective.moved,
        breaks=objective.breaks,
        breaks_lower_bound=breaks_lb,
        idle_slots=objective.idle_slots,
        proven_optimal=bounds.all_proven(state),
        solve_seconds=time.monotonic() - run.start,
    )
    run.report(SolvePhase.DONE)
    run.closed = True
    return Schedule(
        problem=problem.name,
        assignments=tuple(placements),
        unscheduled=unscheduled,
        stats=stats,
    )
