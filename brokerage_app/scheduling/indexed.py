"""Integer-indexed view of a problem shared by the greedy phase, the CP-SAT models and tables.

Ids become dense integers once so the hot loops (greedy over 12,000 meetings × 48 slots,
model building) never hash strings.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from brokerage_app.scheduling.format import Problem


@dataclass
class IndexedProblem:
    problem: Problem
    n_slots: int
    n_participants: int
    n_meetings: int
    meeting_a: list[int]
    meeting_b: list[int]
    priority: list[int]
    allowed: list[tuple[int, ...]]  # slot indices each meeting may take
    allowed_mask: list[int]  # the same as a bit set (bit s = slot s)
    needs_free_table: list[bool]  # neither participant owns a table
    n_free_tables: int
    free_table_ids: list[str]
    own_table: list[str | None]  # per participant
    fixed_slot: list[int]  # -1 when not fixed
    before: list[list[int]]  # before[m]: meetings that must take an earlier slot than m
    successors: list[list[int]]  # successors[m]: meetings that must come after m
    max_meetings: list[int | None]
    meetings_of: list[list[int]]
    session: list[int]
    previous_slot: list[int]  # -1 when not in previous
    previous_table: list[str | None]
    keepable: list[bool]  # previous placement can be reproduced exactly
    previous_cell: list[int]  # id of the published (slot, table) cell, -1 when none
    participant_ids: list[str]
    meeting_ids: list[str]
    slot_ids: list[str]

    def same_session(self, s: int, t: int) -> bool:
        return (
            0 <= s < self.n_slots and 0 <= t < self.n_slots and self.session[s] == self.session[t]
        )


def index_problem(problem: Problem) -> IndexedProblem:
    slot_ix = problem.slot_index
    participant_ix = {p.id: i for i, p in enumerate(problem.participants)}
    meeting_ix = {m.id: i for i, m in enumerate(problem.meetings)}
    owned = set(problem.table_owner)
    free_table_ids = [t.id for t in problem.tables if t.id not in owned]
    unavailable = [{slot_ix[s] for s in p.unavailable} for p in problem.participants]
    # Bit sets: the allowed slots of a meeting are one AND; most meetings share a handful of
    # masks, so the slot tuples are built once per distinct mask.
    unavailable_mask = [sum(1 << s for s in u) for u in unavailable]
    all_slots_mask = (1 << len(problem.slots)) - 1
    tuple_of_mask: dict[int, tuple[int, ...]] = {}
    has_own_table = [p.table is not None for p in problem.participants]
    allowed_masks: list[int] = []
    meeting_a: list[int] = []
    meeting_b: list[int] = []
    priority: list[int] = []
    allowed: list[tuple[int, ...]] = []
    needs_free: list[bool] = []
    fixed_slot: list[int] = []
    meetings_of: list[list[int]] = [[] for _ in problem.participants]
    for mi, m in enumerate(problem.meetings):
        a, b = participant_ix[m.a], participant_ix[m.b]
        meeting_a.append(a)
        meeting_b.append(b)
        meetings_of[a].append(mi)
        meetings_of[b].append(mi)
        priority.append(m.priority)
        free = not (has_own_table[a] or has_own_table[b])
        needs_free.append(free)
        if m.fixed is not None:
            fixed_slot.append(slot_ix[m.fixed.slot])
            allowed.append((slot_ix[m.fixed.slot],))
            allowed_masks.append(1 << slot_ix[m.fixed.slot])
            continue
        fixed_slot.append(-1)
        mask = all_slots_mask if m.slots is None else sum(1 << slot_ix[s] for s in set(m.slots))
        mask &= ~(unavailable_mask[a] | unavailable_mask[b])
        if free and not free_table_ids:
            mask = 0
        ok = tuple_of_mask.get(mask)
        if ok is None:
            ok = tuple(s for s in range(mask.bit_length()) if mask >> s & 1)
            tuple_of_mask[mask] = ok
        allowed.append(ok)
        allowed_masks.append(mask)
    before = [[meeting_ix[x] for x in m.after] for m in problem.meetings]
    successors: list[list[int]] = [[] for _ in problem.meetings]
    for mi, preds in enumerate(before):
        for p in preds:
            successors[p].append(mi)
    previous_slot = [-1] * len(problem.meetings)
    previous_table: list[str | None] = [None] * len(problem.meetings)
    keepable = [False] * len(problem.meetings)
    fixed_cells = {
        (m.fixed.slot, m.fixed.table): m.id for m in problem.meetings if m.fixed is not None
    }
    cell_of: dict[tuple[str, str], int] = {}
    previous_cell = [-1] * len(problem.meetings)
    for prev in problem.previous:
        mi = meeting_ix[prev.meeting]
        m = problem.meetings[mi]
        previous_slot[mi] = slot_ix[prev.slot]
        previous_table[mi] = prev.table
        cell = (prev.slot, prev.table)
        occupant = fixed_cells.get(cell)
        keepable[mi] = (
            slot_ix[prev.slot] in allowed[mi]
            and problem.table_allowed(m, prev.table)
            and (occupant is None or occupant == m.id)
        )
        # A damaged published schedule can put two meetings in one cell; whichever is
        # scheduled there keeps it, so both stay keepable and share a cell id.
        previous_cell[mi] = cell_of.setdefault(cell, len(cell_of))
    return IndexedProblem(
        problem=problem,
        n_slots=len(problem.slots),
        n_participants=len(problem.participants),
        n_meetings=len(problem.meetings),
        meeting_a=meeting_a,
        meeting_b=meeting_b,
        priority=priority,
        allowed=allowed,
        allowed_mask=allowed_masks,
        needs_free_table=needs_free,
        n_free_tables=len(free_table_ids),
        free_table_ids=free_table_ids,
        own_table=[p.table for p in problem.participants],
        fixed_slot=fixed_slot,
        before=before,
        successors=successors,
        max_meetings=[p.max_meetings for p in problem.participants],
        meetings_of=meetings_of,
        session=list(problem.session_of_slot),
        previous_slot=previous_slot,
        previous_table=previous_table,
        keepable=keepable,
        previous_cell=previous_cell,
        participant_ids=[p.id for p in problem.participants],
        meeting_ids=[m.id for m in problem.meetings],
        slot_ids=[s.id for s in problem.slots],
    )


def participant_breaks_of_slots(ix: IndexedProblem, busy: list[int] | set[int]) -> int:
    ordered = sorted(busy)
    return sum(
        1 for s, t in itertools.pairwise(ordered) if t - s > 1 and ix.session[s] == ix.session[t]
    )
