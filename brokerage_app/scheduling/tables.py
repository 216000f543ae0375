"""Table assignment after slots are chosen.

Slots are chosen with tables as a per-slot capacity, so a valid table for each meeting always
exists: own tables are private to their owner (who sits in one meeting per slot) and free
tables are interchangeable. This pass only decides *which* table, favouring, in order:
pinned tables, previously published tables (so re-solving does not move people), own booths,
and then the table a participant already sits at, so delegates change tables as rarely as
possible.
"""

from __future__ import annotations

from collections import Counter, defaultdict

from brokerage_app.scheduling.format import Placement
from brokerage_app.scheduling.indexed import IndexedProblem


def assign_tables(ix: IndexedProblem, slot_of: list[int]) -> list[Placement]:
    problem = ix.problem
    by_slot: dict[int, list[int]] = defaultdict(list)
    for m, s in enumerate(slot_of):
        if s >= 0:
            by_slot[s].append(m)
    # usage[p] counts the free tables participant p has been seated at so far.
    usage: list[Counter[str]] = [Counter() for _ in range(ix.n_participants)]
    last_table: list[str | None] = [None] * ix.n_participants
    table_of: dict[int, str] = {}
    for s in sorted(by_slot):
        taken: set[str] = set()
        pending: list[int] = []
        for m in by_slot[s]:
            meeting = problem.meetings[m]
            pinned = None
            if meeting.fixed is not None:
                pinned = meeting.fixed.table
            elif ix.keepable[m] and ix.previous_slot[m] == s:
                pinned = ix.previous_table[m]
                if pinned in taken:  # a rival for the same published cell got there first
                    pinned = None
            if pinned is not None:
                table_of[m] = pinned
                taken.add(pinned)
            else:
                pending.append(m)
        free_left = [t for t in ix.free_table_ids if t not in taken]
        free_set = set(free_left)
        rest: list[int] = []
        for m in pending:
            own = problem.allowed_tables(problem.meetings[m])
            if own is None:
                rest.append(m)
                continue
            options = sorted(t for t in own if t not in taken)
            a = ix.meeting_a[m]
            # Both own a booth: host at a's booth unless it is taken (it cannot be, normally).
            booth = ix.own_table[a]
            choice = booth if booth is not None and booth in options else options[0]
            table_of[m] = choice
            taken.add(choice)

        def preference(m: int) -> list[str]:
            a, b = ix.meeting_a[m], ix.meeting_b[m]
            ranked: list[str] = []
            for t in (last_table[a], last_table[b]):
                if t is not None:
                    ranked.append(t)
            for t, _ in (usage[a] + usage[b]).most_common():
                ranked.append(t)
            return ranked

        # Participants continuing from the previous slot claim their table first.
        rest.sort(key=lambda m: -len(preference(m)))
        for m in rest:
            chosen = next((t for t in preference(m) if t in free_set), None)
            if chosen is None:
                chosen = next(t for t in free_left if t in free_set)
            free_set.discard(chosen)
            table_of[m] = chosen
        for m in by_slot[s]:
            t = table_of[m]
            for p in (ix.meeting_a[m], ix.meeting_b[m]):
                usage[p][t] += 1
                last_table[p] = t
        # last_table only means "sat there in the immediately preceding slot".
        busy_now = {p for m in by_slot[s] for p in (ix.meeting_a[m], ix.meeting_b[m])}
        for p in range(ix.n_participants):
            if p not in busy_now:
                last_table[p] = None
    return [
        Placement(meeting=ix.meeting_ids[m], slot=ix.slot_ids[slot_of[m]], table=table_of[m])
        for m in sorted(table_of, key=lambda m: (slot_of[m], m))
    ]
