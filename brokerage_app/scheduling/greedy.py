"""Constructive phase: a valid slot assignment in about a second even for 12,000 meetings.

The greedy places fixed meetings, keeps the published placements, places the remaining
meetings by priority and hardest first, choosing the slot that opens the fewest new breaks
for both participants, and then lets more important meetings take slots from less important
ones. Its result is the first incumbent handed to CP-SAT as a hint and the fallback
returned on cancellation, so it must always be valid.
"""

from __future__ import annotations

import random
import time
from collections import Counter

from brokerage_app.scheduling.indexed import IndexedProblem


class SlotAssignment:
    """Mutable meeting→slot assignment with O(1) feasibility checks (tables as capacity)."""

    def __init__(self, ix: IndexedProblem) -> None:
        self.ix = ix
        self.slot_of = [-1] * ix.n_meetings
        # busy[p][s] is the meeting index + 1 occupying participant p in slot s, 0 when free.
        self.busy = [[0] * ix.n_slots for _ in range(ix.n_participants)]
        self.free_tables_used = [0] * ix.n_slots
        self.count = [0] * ix.n_participants
        self.breaks = [0] * ix.n_participants
        self.break_histogram: Counter[int] = Counter({0: ix.n_participants})
        # Bit s of mask[p] is set when p is busy in slot s; candidate slots and break deltas
        # are then a handful of integer operations instead of loops over slots.
        self.mask = [0] * ix.n_participants
        # Running totals so the lexicographic key of an assignment is O(1) (LNS compares
        # keys after every neighbourhood).
        self.placed_by_priority = {3: 0, 2: 0, 1: 0}
        self.kept_in_cell: Counter[int] = Counter()
        self.published = sum(1 for m in range(ix.n_meetings) if ix.previous_slot[m] >= 0)
        self.tables_full = 0  # slots whose tables nobody owns are all taken
        layout = _session_layout(ix)
        self._not_first, self._not_last, self._session_masks = layout
        # Trial moves (ejection) switch this off and recount once at the end: recounting
        # breaks on every tentative place/remove dominated the greedy's running time.
        self.track_breaks = True

    def copy_from(self, slot_of: list[int]) -> SlotAssignment:
        for m, s in enumerate(slot_of):
            if s >= 0:
                self.place(m, s)
        return self

    def can_place(self, m: int, s: int) -> bool:
        """Every hard constraint except fairness, which depends on the whole schedule."""
        ix = self.ix
        a, b = ix.meeting_a[m], ix.meeting_b[m]
        if self.busy[a][s] or self.busy[b][s]:
            return False
        if ix.needs_free_table[m] and self.free_tables_used[s] >= ix.n_free_tables:
            return False
        cap_a, cap_b = ix.max_meetings[a], ix.max_meetings[b]
        if cap_a is not None and self.count[a] >= cap_a:
            return False
        if cap_b is not None and self.count[b] >= cap_b:
            return False
        slot_of = self.slot_of
        for p in ix.before[m]:
            if slot_of[p] >= s:
                return False
        return all(not 0 <= slot_of[q] <= s for q in ix.successors[m])

    def _participant_breaks(self, p: int) -> int:
        busy = self.mask[p]
        if not busy:
            return 0
        starts = busy & ~((busy << 1) & self._not_first)
        return starts.bit_count() - sum(1 for sm in self._session_masks if busy & sm)

    def recount_breaks(self) -> None:
        self.track_breaks = True
        for p in range(self.ix.n_participants):
            self._set_breaks(p)

    def _set_breaks(self, p: int) -> None:
        if not self.track_breaks:
            return
        new = self._participant_breaks(p)
        old = self.breaks[p]
        if new != old:
            self.break_histogram[old] -= 1
            if not self.break_histogram[old]:
                del self.break_histogram[old]
            self.break_histogram[new] += 1
            self.breaks[p] = new

    def place(self, m: int, s: int) -> None:
        ix = self.ix
        a, b = ix.meeting_a[m], ix.meeting_b[m]
        self.slot_of[m] = s
        self.busy[a][s] = self.busy[b][s] = m + 1
        self.placed_by_priority[ix.priority[m]] += 1
        if ix.keepable[m] and ix.previous_slot[m] == s:
            self.kept_in_cell[ix.previous_cell[m]] += 1
        bit = 1 << s
        self.mask[a] |= bit
        self.mask[b] |= bit
        self.count[a] += 1
        self.count[b] += 1
        if ix.needs_free_table[m]:
            self.free_tables_used[s] += 1
            if self.free_tables_used[s] >= ix.n_free_tables:
                self.tables_full |= bit
        self._set_breaks(a)
        self._set_breaks(b)

    def remove(self, m: int) -> None:
        ix = self.ix
        s = self.slot_of[m]
        a, b = ix.meeting_a[m], ix.meeting_b[m]
        self.slot_of[m] = -1
        self.busy[a][s] = self.busy[b][s] = 0
        self.placed_by_priority[ix.priority[m]] -= 1
        if ix.keepable[m] and ix.previous_slot[m] == s:
            cell = ix.previous_cell[m]
            self.kept_in_cell[cell] -= 1
            if not self.kept_in_cell[cell]:
                del self.kept_in_cell[cell]
        bit = 1 << s
        self.mask[a] &= ~bit
        self.mask[b] &= ~bit
        self.count[a] -= 1
        self.count[b] -= 1
        if ix.needs_free_table[m]:
            self.free_tables_used[s] -= 1
            self.tables_full &= ~bit
        self._set_breaks(a)
        self._set_breaks(b)

    def break_delta(self, p: int, s: int) -> int:
        """Change in p's breaks if p became busy in slot s (s currently free for p)."""
        ix = self.ix
        row = self.busy[p]
        left = s > 0 and ix.session[s - 1] == ix.session[s] and row[s - 1]
        right = s + 1 < ix.n_slots and ix.session[s + 1] == ix.session[s] and row[s + 1]
        if left and right:
            return -1
        if left or right:
            return 0
        sess = ix.session[s]
        t = s - 1
        while t >= 0 and ix.session[t] == sess:
            if row[t]:
                return 1
            t -= 1
        t = s + 1
        while t < ix.n_slots and ix.session[t] == sess:
            if row[t]:
                return 1
            t += 1
        return 0

    def fairness_ok_after_place(self, m: int, s: int) -> bool:
        spread = self.ix.problem.max_breaks_spread
        if spread is None:
            return True
        self.place(m, s)
        ok = max(self.break_histogram) - min(self.break_histogram) <= spread
        self.remove(m)
        return ok

    def fairness_violated(self) -> bool:
        spread = self.ix.problem.max_breaks_spread
        return spread is not None and max(self.break_histogram) - min(self.break_histogram) > spread

    def scheduled_counts(self) -> tuple[int, int, int]:
        counts = self.placed_by_priority
        return counts[3], counts[2], counts[1]

    def total_breaks(self) -> int:
        return sum(self.breaks)

    def moved(self) -> int:
        # A published cell shared by two meetings (damaged input) is kept at most once.
        return self.published - len(self.kept_in_cell)


def _session_layout(ix: IndexedProblem) -> tuple[int, int, list[int]]:
    """Masks of slots that are not first / not last in their session, and one per session."""
    not_first = not_last = 0
    sessions: dict[int, int] = {}
    for s in range(ix.n_slots):
        if s > 0 and ix.session[s - 1] == ix.session[s]:
            not_first |= 1 << s
        if s + 1 < ix.n_slots and ix.session[s + 1] == ix.session[s]:
            not_last |= 1 << s
        sessions[ix.session[s]] = sessions.get(ix.session[s], 0) | 1 << s
    return not_first, not_last, list(sessions.values())


def _delta_masks(state: SlotAssignment, p: int) -> tuple[int, int]:
    """Slots where p becoming busy removes a break (-1) and where it adds one (+1)."""
    busy = state.mask[p]
    if not busy:
        return 0, 0
    after_busy = (busy << 1) & state._not_first  # previous slot busy
    before_busy = (busy >> 1) & state._not_last  # next slot busy
    closes = after_busy & before_busy
    touching = after_busy | before_busy
    occupied_sessions = 0
    for sm in state._session_masks:
        if busy & sm:
            occupied_sessions |= sm
    opens = occupied_sessions & ~touching
    return closes, opens


def _candidate_mask(state: SlotAssignment, m: int) -> int:
    ix = state.ix
    a, b = ix.meeting_a[m], ix.meeting_b[m]
    cap_a, cap_b = ix.max_meetings[a], ix.max_meetings[b]
    if (cap_a is not None and state.count[a] >= cap_a) or (
        cap_b is not None and state.count[b] >= cap_b
    ):
        return 0
    cand = ix.allowed_mask[m] & ~(state.mask[a] | state.mask[b])
    if ix.needs_free_table[m]:
        cand &= ~state.tables_full
    slot_of = state.slot_of
    for p in ix.before[m]:
        if slot_of[p] >= 0:
            cand &= ~((1 << (slot_of[p] + 1)) - 1)
    for q in ix.successors[m]:
        if slot_of[q] >= 0:
            cand &= (1 << slot_of[q]) - 1
    return cand


def _best_slot(state: SlotAssignment, m: int) -> int:
    """Earliest candidate slot opening the fewest new breaks for both participants."""
    cand = _candidate_mask(state, m)
    if not cand:
        return -1
    ix = state.ix
    closes_a, opens_a = _delta_masks(state, ix.meeting_a[m])
    closes_b, opens_b = _delta_masks(state, ix.meeting_b[m])
    neutral_a = ~(closes_a | opens_a)
    neutral_b = ~(closes_b | opens_b)
    # Score classes from -2 to +2; the first non-empty class wins, lowest slot first.
    for level in (
        closes_a & closes_b,
        (closes_a & neutral_b) | (neutral_a & closes_b),
        (closes_a & opens_b) | (opens_a & closes_b) | (neutral_a & neutral_b),
        (opens_a & neutral_b) | (neutral_a & opens_b),
        opens_a & opens_b,
    ):
        chosen = cand & level
        if chosen:
            return (chosen & -chosen).bit_length() - 1
    return -1


def greedy_assignment(ix: IndexedProblem, seed: int = 0) -> SlotAssignment:
    """Build a valid assignment (including fairness) quickly.

    Fixed meetings first, then every published placement that can stay (moving one costs
    delegates re-planning), then the rest by priority, hardest first. A published meeting
    never keeps a slot a more important meeting needs: `place_by_unplacing_lower` then
    takes the slot and re-places the published one elsewhere if it can, because moved
    meetings rank below every count.
    """
    state = SlotAssignment(ix)
    for m in range(ix.n_meetings):
        if ix.fixed_slot[m] >= 0:
            state.place(m, ix.fixed_slot[m])
    kept = [m for m in range(ix.n_meetings) if ix.keepable[m] and ix.fixed_slot[m] < 0]
    kept.sort(key=lambda m: -ix.priority[m])
    kept_cells: set[int] = set()
    for m in kept:
        s = ix.previous_slot[m]
        if ix.previous_cell[m] not in kept_cells and state.can_place(m, s):
            state.place(m, s)
            kept_cells.add(ix.previous_cell[m])
    rng = random.Random(seed)
    # Slack = free slots minus requested meetings: participants without slack go first.
    slack = [
        ix.n_slots - len(ix.problem.participants[p].unavailable) - len(ix.meetings_of[p])
        for p in range(ix.n_participants)
    ]
    degree = [len(ms) for ms in ix.meetings_of]
    rest = [m for m in range(ix.n_meetings) if state.slot_of[m] < 0 and ix.fixed_slot[m] < 0]
    rng.shuffle(rest)
    rest.sort(
        key=lambda m: (
            -ix.priority[m],
            min(slack[ix.meeting_a[m]], slack[ix.meeting_b[m]]),
            len(ix.allowed[m]),
            -(degree[ix.meeting_a[m]] + degree[ix.meeting_b[m]]),
        )
    )
    for m in rest:
        s = _best_slot(state, m)
        if s >= 0:
            state.place(m, s)
    place_by_moving_one(state)
    place_by_unplacing_lower(state)
    repair_fairness(state)
    fill_unscheduled(state)
    return state


def place_by_unplacing_lower(state: SlotAssignment, budget_seconds: float = 1.0) -> int:
    """Give an unplaced meeting a slot held by less important meetings of its participants.

    The blockers are re-placed elsewhere when possible; either way the result is
    lexicographically better (one more at a higher priority, at most two fewer below).
    Returns how many meetings were placed this way.
    """
    ix = state.ix
    placed = 0
    deadline = time.monotonic() + budget_seconds
    order = [m for m in range(ix.n_meetings) if state.slot_of[m] < 0 and ix.allowed[m]]
    order.sort(key=lambda m: -ix.priority[m])
    for m in order:
        if ix.priority[m] == 1 or time.monotonic() > deadline:
            break
        if state.slot_of[m] >= 0:
            continue
        a, b = ix.meeting_a[m], ix.meeting_b[m]
        for s in ix.allowed[m]:
            blockers = [k - 1 for k in {state.busy[a][s], state.busy[b][s]} if k]
            if not blockers or any(
                ix.fixed_slot[k] >= 0 or ix.priority[k] >= ix.priority[m] for k in blockers
            ):
                continue
            old = [(k, state.slot_of[k]) for k in blockers]
            for k in blockers:
                state.remove(k)
            if not state.can_place(m, s):
                for k, t in old:
                    state.place(k, t)
                continue
            state.place(m, s)
            for k in blockers:
                t = _best_slot(state, k)
                if t >= 0:
                    state.place(k, t)
            placed += 1
            break
    return placed


def place_by_moving_one(state: SlotAssignment, budget_seconds: float = 1.0) -> int:
    """Place unscheduled meetings by moving one blocking meeting elsewhere (ejection depth 1).

    Bounded in time because on large events most unplaced meetings are blocked by capacity,
    where ejection cannot help and CP-SAT/LNS does better. Fairness is repaired afterwards.
    """
    ix = state.ix
    placed = 0
    state.track_breaks = False
    deadline = time.monotonic() + budget_seconds
    # Must-meets first: the moved meeting may be a lower-priority one, never the reverse.
    for m in sorted(range(ix.n_meetings), key=lambda m: -ix.priority[m]):
        if state.slot_of[m] >= 0 or not ix.allowed[m]:
            continue
        if time.monotonic() > deadline:
            break
        a, b = ix.meeting_a[m], ix.meeting_b[m]
        done = False
        for s in ix.allowed[m]:
            blockers = {state.busy[a][s], state.busy[b][s]} - {0}
            if len(blockers) != 1:
                continue
            k = blockers.pop() - 1
            if ix.fixed_slot[k] >= 0:
                continue
            old = state.slot_of[k]
            state.remove(k)
            if state.can_place(m, s):
                state.place(m, s)
                for t in ix.allowed[k]:
                    if t != old and state.can_place(k, t):
                        state.place(k, t)
                        placed += 1
                        done = True
                        break
                if done:
                    break
                state.remove(m)
            state.place(k, old)
    state.recount_breaks()
    return placed


def repair_fairness(state: SlotAssignment) -> bool:
    """Drop non-fixed meetings of the participants with most breaks until the spread holds.

    Returns False when even the fixed meetings alone violate the spread, in which case only
    CP-SAT can decide (it may need to add meetings to raise someone's breaks).
    """
    ix = state.ix
    spread = ix.problem.max_breaks_spread
    if spread is None:
        return True
    while state.fairness_violated():
        hi = max(state.break_histogram)
        worst = [p for p in range(ix.n_participants) if state.breaks[p] == hi]
        best_move = None
        best_key = None
        for p in worst:
            for s in range(ix.n_slots):
                occupant = state.busy[p][s]
                if not occupant or ix.fixed_slot[occupant - 1] >= 0:
                    continue
                m = occupant - 1
                state.remove(m)
                key = (
                    max(state.break_histogram) - min(state.break_histogram),
                    ix.priority[m],
                )
                state.place(m, s)
                if best_key is None or key < best_key:
                    best_key, best_move = key, m
        if best_move is None:
            return False
        state.remove(best_move)
    return True


def fill_unscheduled(state: SlotAssignment) -> int:
    """Insert every unscheduled meeting that now fits somewhere; returns how many were added.

    Guarantees local optimality: afterwards no single unscheduled meeting can be added.
    """
    ix = state.ix
    added = 0
    changed = True
    while changed:
        changed = False
        order = sorted(
            (m for m in range(ix.n_meetings) if state.slot_of[m] < 0),
            key=lambda m: -ix.priority[m],
        )
        for m in order:
            cand = _candidate_mask(state, m)
            if not cand:
                continue
            a, b = ix.meeting_a[m], ix.meeting_b[m]

            def added_breaks(s: int, a: int = a, b: int = b) -> int:
                return state.break_delta(a, s) + state.break_delta(b, s)

            candidates = sorted(
                (s for s in range(cand.bit_length()) if cand >> s & 1), key=added_breaks
            )
            for s in candidates:
                if state.fairness_ok_after_place(m, s):
                    state.place(m, s)
                    added += 1
                    changed = True
                    break
    return added
