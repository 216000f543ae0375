"""Orchestrating solve: greedy incumbent, lexicographic CP-SAT levels, LNS, tables, reasons.

Levels (most important first): scheduled priority-3, -2, -1 meetings; moved published
meetings; breaks. Each level is solved with the incumbent as a hint and then fixed as a
constraint for the next. Instances too large for one model go through large-neighbourhood
search instead: small CP-SAT subproblems over a few participants' meetings with everything
else frozen. At every moment the incumbent is a valid schedule, which is what a cancel returns.
"""

from __future__ import annotations

import math
import random
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from brokerage_app.scheduling.bounds import LevelBounds, relaxation_upper_bound
from brokerage_app.scheduling.cpsat_model import CpResult, SlotModel
from brokerage_app.scheduling.explain import explain_unscheduled
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
from brokerage_app.scheduling.tables import assign_tables
from brokerage_app.scheduling.validate import compute_objective

# Above this many meeting×slot variables one monolithic model takes too long to build and
# to solve well on two cores; LNS subproblems take over.
FULL_MODEL_MAX_VARIABLES = 60_000
LNS_START_MEETINGS = 30
LNS_MIN_MEETINGS = 10
LNS_MAX_MEETINGS = 80
LNS_SUBSOLVE_SECONDS = 0.5
# The monolithic breaks level beat the LNS on every literature instance tried (forum-13:
# 45 -> 3 breaks inside the level, no LNS improvement afterwards), so it gets most of the time.
BREAKS_LEVEL_SHARE = 0.9
PLACE_ALL_SHARE = 0.2


class ProblemInfeasibleError(ValueError):
    """No valid schedule exists (fixed meetings conflict with the fairness limit)."""


@dataclass
class SolveProgress:
    phase: str
    scheduled: tuple[int, int, int]
    upper_bound: tuple[int, int, int]
    breaks: int
    breaks_lower_bound: int
    elapsed: float
    moved: int = 0


def _lex_key(state: SlotAssignment) -> tuple[int, ...]:
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
        cancel: threading.Event | None,
    ) -> None:
        self.start = time.monotonic()
        # Table assignment, reasons and statistics after the search take about 0.3 ms per
        # meeting; keep that time out of the search so the whole call meets time_limit.
        finishing = min(0.15 * time_limit, 0.0003 * len(problem.meetings))
        self.deadline = self.start + max(0.0, time_limit - finishing)
        self.workers = max(1, workers)
        self.seed = seed
        self.on_progress = on_progress
        self.cancel = cancel
        self.ix: IndexedProblem = index_problem(problem)
        self.bounds = LevelBounds.initial(self.ix)
        self.incumbent: SlotAssignment | None = None
        self.no_schedule_proven = False

    # ------------------------------------------------------------------ helpers
    def remaining(self) -> float:
        return self.deadline - time.monotonic()

    def stopped(self) -> bool:
        return (self.cancel is not None and self.cancel.is_set()) or self.remaining() <= 0

    def report(self, phase: str, breaks: int | None = None) -> None:
        """`breaks`: a better break count CP-SAT has found but not yet handed back."""
        if self.on_progress is None or self.incumbent is None:
            return
        inc = self.incumbent
        shown = inc.total_breaks() if breaks is None else min(breaks, inc.total_breaks())
        self.on_progress(
            SolveProgress(
                phase=phase,
                scheduled=inc.scheduled_counts(),
                upper_bound=self.bounds.upper_bound(),
                breaks=shown,
                breaks_lower_bound=min(self.bounds.breaks_lower_bound, shown),
                elapsed=time.monotonic() - self.start,
                moved=inc.moved(),
            )
        )

    def offer(self, slot_of: list[int], *, accept_equal: bool = False) -> bool:
        """Adopt a candidate assignment when it is valid and lexicographically better.

        `accept_equal` lets LNS drift across equally good schedules (plateau moves), which
        is what lets it escape a local optimum of the break count.
        """
        candidate = SlotAssignment(self.ix).copy_from(slot_of)
        if candidate.fairness_violated():
            return False
        if self.incumbent is None:
            self.incumbent = candidate
            return True
        new, old = _lex_key(candidate), _lex_key(self.incumbent)
        if new > old or (accept_equal and new == old):
            self.incumbent = candidate
            return True
        return False

    # ------------------------------------------------------------------ phases
    def run(self) -> SlotAssignment:
        ix = self.ix
        greedy = greedy_assignment(ix, self.seed)
        if not greedy.fairness_violated():
            self.incumbent = greedy
        self.bounds.note_incumbent(self.incumbent)
        self.report("greedy")
        size = sum(len(a) for m, a in enumerate(ix.allowed) if ix.fixed_slot[m] < 0)
        if size <= FULL_MODEL_MAX_VARIABLES:
            self.lexicographic_levels()
        if not self.stopped() and self.incumbent is not None:
            self.large_neighbourhood_search()
        if self.incumbent is None:
            if self.cancel is not None and self.cancel.is_set():
                raise ProblemInfeasibleError(
                    "cancelled before any schedule satisfying max_breaks_spread was found"
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
        added = fill_unscheduled(self.incumbent)
        if added:
            # The counts improved after the exact levels, so their proofs no longer apply.
            self.bounds.invalidate_proofs()
        self.bounds.note_incumbent(self.incumbent)
        return self.incumbent

    def lexicographic_levels(self) -> None:
        ix = self.ix
        free = [m for m in range(ix.n_meetings) if ix.fixed_slot[m] < 0]
        fixed_only = [ix.fixed_slot[m] for m in range(ix.n_meetings)]
        forced_model = self._place_everything(free, fixed_only)
        if forced_model is not None:
            self._moved_and_breaks(forced_model)
            return
        if self.stopped():
            return
        model = SlotModel(ix, fixed_only, free)
        self._count_levels(model, free)
        self._moved_and_breaks(model)

    def _place_everything(self, free: list[int], fixed_only: list[int]) -> SlotModel | None:
        """Model with every placeable meeting forced, when a schedule placing all exists.

        Placing everything is a pure feasibility question, which CP-SAT answers in under a
        second on the literature instances when it is given no hint (the greedy schedule as
        a hint made it take 13 s on forum-14). With each participant's number of meetings
        known, the breaks encoding is tight; the later levels work on this model.
        """
        ix = self.ix
        placeable = self.bounds.placeable
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
                levels = [k for k, n in enumerate(placeable) if n > 0]
                if result.status == "INFEASIBLE" and len(levels) == 1:
                    # Proven: not every meeting of the only non-empty level fits.
                    self.bounds.set_upper_bound(levels[0], placeable[levels[0]] - 1)
                    self.report("placing")
                return None
            complete = result.slot_of
            self.offer(complete)
        else:
            complete = inc.slot_of
        model = SlotModel(ix, fixed_only, free, forced=forced)
        if not self._places_everything(self.incumbent):
            # Complete but unfair: search the fair schedule on the breaks model itself.
            model.model.minimize(model.breaks_expr())
            model.add_hint(complete)
            result = self._solve_level(
                model,
                share=PLACE_ALL_SHARE,
                phase="placing",
                subsolvers=["core", "default_lp"],
                hint=False,
            )
            if result is None or result.slot_of is None or not self.offer(result.slot_of):
                return None
        self.bounds.note_incumbent(self.incumbent)
        self.report("placed")
        return model

    def _places_everything(self, state: SlotAssignment | None) -> bool:
        return state is not None and all(
            c >= n for c, n in zip(state.scheduled_counts(), self.bounds.placeable, strict=True)
        )

    def _count_levels(self, model: SlotModel, free: list[int]) -> None:
        ix = self.ix
        placeable = self.bounds.placeable
        for level, priority in enumerate((3, 2, 1)):
            if self.stopped():
                return
            members = [m for m in free if ix.priority[m] == priority and model.x[m]]
            count_expr = model.priority_count(priority)
            current = self.incumbent.scheduled_counts()[level] if self.incumbent else 0
            fixed_here = sum(
                1
                for m in range(ix.n_meetings)
                if ix.fixed_slot[m] >= 0 and ix.priority[m] == priority
            )
            if self.incumbent is not None and current >= placeable[level]:
                self.bounds.prove_count(level, current)
            else:
                model.model.maximize(count_expr)
                result = self._solve_level(
                    model,
                    share=0.25,
                    phase=f"priority {priority}",
                    subsolvers=["core", "default_lp"],
                )
                if result is None:
                    return
                if result.slot_of is not None:
                    self.offer(result.slot_of)
                if self.incumbent is None:
                    # Every meeting is optional here, so INFEASIBLE means no valid schedule.
                    self.no_schedule_proven = result.status == "INFEASIBLE"
                    return
                current = self.incumbent.scheduled_counts()[level]
                bound = placeable[level]
                if result.bound is not None:
                    bound = min(bound, math.floor(result.bound + 1e-6) + fixed_here)
                if level == 0:
                    # Level 0 has no higher level fixed, so its bound holds for any schedule.
                    self.bounds.set_upper_bound(level, bound)
                if result.status == "OPTIMAL" or current >= bound:
                    self.bounds.prove_count(level, current)
                else:
                    self.bounds.unproven(level)
                if level > 0 and current < placeable[level] and not self.stopped():
                    self.bounds.set_upper_bound(
                        level,
                        relaxation_upper_bound(
                            ix,
                            priority,
                            time_limit=min(5.0, 0.1 * self.remaining()),
                            workers=self.workers,
                            cancel=self.cancel,
                        ),
                    )
            # Fix this level for the next ones (lexicographic optimisation).
            model.model.add(count_expr >= current - fixed_here)
            if current - fixed_here >= len(members) and members:
                for m in members:
                    model.model.add(model.scheduled[m] == 1)
            self.report(f"priority {priority}")

    def _moved_and_breaks(self, model: SlotModel) -> None:
        ix = self.ix
        if self.stopped():
            return
        if ix.problem.previous:
            model.model.minimize(model.moved_expr())
            result = self._solve_level(model, share=0.4, phase="moved")
            if result is None:
                return
            if result.slot_of is not None:
                self.offer(result.slot_of)
            moved = self.incumbent.moved()
            if result.status == "OPTIMAL" or (
                result.bound is not None and moved <= math.ceil(result.bound - 1e-6)
            ):
                self.bounds.moved_proven = True
            else:
                self.bounds.moved_proven = False
            model.model.add(model.moved_expr() <= moved)
            self.report("moved")
        if self.stopped():
            return
        model.model.minimize(model.breaks_expr())
        # Core-guided search (MaxSAT-like) proves break bounds far better than LP-based search
        # on these models; the primal side is left to the LNS below.
        result = self._solve_level(
            model, share=BREAKS_LEVEL_SHARE, phase="breaks", subsolvers=["core", "default_lp"]
        )
        if result is None:
            return
        if result.slot_of is not None:
            self.offer(result.slot_of)
        if result.bound is not None:
            self.bounds.breaks_lower_bound = max(
                self.bounds.breaks_lower_bound, math.ceil(result.bound - 1e-6)
            )
        self.bounds.breaks_level_solved = True
        self.report("breaks")

    def _solve_level(
        self,
        model: SlotModel,
        *,
        share: float,
        phase: str,
        subsolvers: list[str] | None = None,
        hint: bool = True,
    ) -> CpResult | None:
        if hint and self.incumbent is not None:
            model.add_hint(self.incumbent.slot_of)
        budget = self.remaining() * share
        if budget <= 0:
            return None

        def on_solution(objective: float) -> None:
            # Within the breaks level (counts and moves already fixed) the objective is
            # the break count of the solution just found: show it while the level runs.
            self.report(phase, round(objective) if phase == "breaks" else None)

        return model.solve(
            time_limit=budget,
            workers=self.workers,
            seed=self.seed,
            cancel=self.cancel,
            on_solution=on_solution if self.on_progress else None,
            subsolvers=subsolvers if self.workers >= len(subsolvers or []) else None,
        )

    def large_neighbourhood_search(self) -> None:
        """Re-optimise one session of a few connected participants with everything else frozen.

        A neighbourhood starts from a participant with a break (or an unplaced meeting) and
        grows along shared meetings inside one session, so the sub-model only has those
        meetings and that session's slots: small enough to solve exactly in milliseconds,
        which lets hundreds of neighbourhoods run where one big model would stall.
        """
        ix = self.ix
        rng = random.Random(self.seed)
        session_slots: dict[int, list[int]] = {}
        for s, sess in enumerate(ix.session):
            session_slots.setdefault(sess, []).append(s)
        size = float(LNS_START_MEETINGS)
        last_report = time.monotonic()
        while not self.stopped():
            inc = self.incumbent
            assert inc is not None
            if self.bounds.all_proven(inc):
                return
            unplaced = [m for m in range(ix.n_meetings) if inc.slot_of[m] < 0 and ix.allowed[m]]
            with_breaks = [p for p in range(ix.n_participants) if inc.breaks[p] > 0]
            if unplaced and (not with_breaks or rng.random() < 0.3):
                m = rng.choice(unplaced)
                seeds = [ix.meeting_a[m], ix.meeting_b[m]]
                session = ix.session[rng.choice(ix.allowed[m])]
            elif with_breaks:
                p = rng.choice(with_breaks)
                seeds = [p]
                session = rng.choice(_sessions_with_breaks(ix, inc.busy[p]))
            else:
                return
            slots = session_slots[session]
            free = self._grow_neighbourhood(seeds, set(slots), int(size), rng)
            status = self._solve_neighbourhood(free, frozenset(slots))
            if status == "OPTIMAL":
                size = min(LNS_MAX_MEETINGS, size * 1.15)
            else:
                size = max(LNS_MIN_MEETINGS, size * 0.8)
            if time.monotonic() - last_report > 1.0:
                self.report("improving")
                last_report = time.monotonic()

    def _grow_neighbourhood(
        self, seeds: list[int], slots: set[int], limit: int, rng: random.Random
    ) -> list[int]:
        """Meetings in this session of the seeds, then of their partners, breadth first."""
        ix = self.ix
        slot_of = self.incumbent.slot_of
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

    def _solve_neighbourhood(self, free: list[int], slots: frozenset[int]) -> str:
        ix = self.ix
        inc = self.incumbent
        assert inc is not None
        # Placed meetings stay placed (inside this session): counts can only go up.
        keep = {m for m in free if inc.slot_of[m] >= 0}
        sub = SlotModel(ix, inc.slot_of, free, forced=keep, only_slots=slots)
        counts = [sub.priority_count(p) for p in (3, 2, 1)]
        moved = sub.moved_expr()
        breaks = sub.breaks_expr()
        n_free = len(free) + 1
        w_moved = len(sub.break_terms) + abs(sub.const_breaks) + 1
        w1 = w_moved * (len(sub.stay_lits) + sub.const_moved + 1)
        w2 = w1 * n_free
        w3 = w2 * n_free
        sub.model.maximize(
            w3 * counts[0] + w2 * counts[1] + w1 * counts[2] - w_moved * moved - breaks
        )
        sub.add_hint(inc.slot_of)
        result = sub.solve(
            time_limit=min(LNS_SUBSOLVE_SECONDS, max(0.05, self.remaining())),
            workers=1,
            seed=self.seed,
            cancel=self.cancel,
            small=True,
        )
        if result.slot_of is not None:
            self._offer_changes(free, result.slot_of)
        return result.status

    def _offer_changes(self, free: list[int], slot_of: list[int]) -> bool:
        """Apply a neighbourhood's result to the incumbent in place; revert if it is worse.

        Rebuilding a whole assignment per neighbourhood costs ~0.5 s at 12,000 meetings,
        more than the sub-solve itself; only the freed meetings change.
        """
        inc = self.incumbent
        assert inc is not None
        before = _lex_key(inc)
        old = [inc.slot_of[m] for m in free]
        for m in free:
            if inc.slot_of[m] >= 0:
                inc.remove(m)
        for m in free:
            if slot_of[m] >= 0:
                inc.place(m, slot_of[m])
        # Plateau moves (equal key) let the search drift out of local optima.
        if not inc.fairness_violated() and _lex_key(inc) >= before:
            return True
        for m in free:
            if inc.slot_of[m] >= 0:
                inc.remove(m)
        for m, s in zip(free, old, strict=True):
            if s >= 0:
                inc.place(m, s)
        return False


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


def solve(
    problem: Problem,
    *,
    time_limit: float,
    workers: int = 2,
    seed: int = 0,
    on_progress: Callable[[SolveProgress], None] | None = None,
    cancel: threading.Event | None = None,
    names: Mapping[str, str] | None = None,
) -> Schedule:
    """Best schedule found within `time_limit` seconds; `cancel` stops early with a valid one.

    Thread-safe: all state is local to the call. Raises ProblemInfeasibleError when no valid
    schedule exists.
    """
    run = _Run(problem, time_limit, workers, seed, on_progress, cancel)
    state = run.run()
    ix = run.ix
    placements = assign_tables(ix, state.slot_of)
    unscheduled = tuple(
        Unscheduled(meeting=ix.meeting_ids[m], reason=explain_unscheduled(state, m, names))
        for m in range(ix.n_meetings)
        if state.slot_of[m] < 0
    )
    objective = compute_objective(problem, placements)
    bounds = run.bounds
    breaks_lb = min(bounds.breaks_lower_bound, objective.breaks)
    stats = ScheduleStats(
        scheduled=objective.scheduled,
        upper_bound=bounds.upper_bound(),
        moved=objective.moved,
        breaks=objective.breaks,
        breaks_lower_bound=breaks_lb,
        idle_slots=objective.idle_slots,
        proven_optimal=bounds.all_proven(state) and breaks_lb == objective.breaks,
        solve_seconds=time.monotonic() - run.start,
    )
    run.report("done")
    return Schedule(
        problem=problem.name,
        assignments=tuple(placements),
        unscheduled=unscheduled,
        stats=stats,
    )
