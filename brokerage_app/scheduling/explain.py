"""Reasons for unscheduled meetings, phrased so an organiser knows what to change.

Each reason looks at the meeting against the final schedule: why is none of its slots usable?
Participant ids are used unless the caller passes display names.
"""

from __future__ import annotations

from collections.abc import Mapping

from brokerage_app.scheduling.greedy import SlotAssignment
from brokerage_app.scheduling.indexed import IndexedProblem

_PRIORITY_WORDS = {3: "must-meet", 2: "important", 1: "other"}


def _days(ix: IndexedProblem, slots: set[int]) -> list[str]:
    return sorted({ix.problem.slots[s].start.date().isoformat() for s in slots})


def explain_unscheduled(
    state: SlotAssignment, m: int, names: Mapping[str, str] | None = None
) -> str:
    ix = state.ix
    problem = ix.problem
    meeting = problem.meetings[m]

    def name(pid: str) -> str:
        return names.get(pid, pid) if names else pid

    a, b = ix.meeting_a[m], ix.meeting_b[m]
    na, nb = name(meeting.a), name(meeting.b)
    pa, pb = problem.participant_by_id[meeting.a], problem.participant_by_id[meeting.b]
    all_slots = set(range(ix.n_slots))
    free_a = {s for s in all_slots if ix.slot_ids[s] not in pa.unavailable}
    free_b = {s for s in all_slots if ix.slot_ids[s] not in pb.unavailable}
    if not free_a:
        return f"{na} is unavailable in every slot"
    if not free_b:
        return f"{nb} is unavailable in every slot"
    common = free_a & free_b
    if not common:
        days_a, days_b = _days(ix, free_a), _days(ix, free_b)
        if not set(days_a) & set(days_b):
            return f"{na} attends only {', '.join(days_a)}, {nb} only {', '.join(days_b)}"
        return f"{na} and {nb} have no common free slot"
    if not ix.allowed[m]:
        if ix.needs_free_table[m] and ix.n_free_tables == 0:
            return "every table is someone's own table and neither has one: add tables"
        return (
            f"none of the {len(common)} common free slots of {na} and {nb} is in the "
            "meeting's allowed slots"
        )
    for p, label in ((a, na), (b, nb)):
        cap = ix.max_meetings[p]
        if cap is not None and state.count[p] >= cap:
            return f"{label} reached max_meetings ({cap})"

    allowed = list(ix.allowed[m])
    busy_a = [s for s in allowed if state.busy[a][s]]
    busy_b = [s for s in allowed if state.busy[b][s]]
    open_slots = [s for s in allowed if not state.busy[a][s] and not state.busy[b][s]]
    if not open_slots:
        for p, label, busy in ((a, na, busy_a), (b, nb, busy_b)):
            if len(busy) == len(allowed):
                kinds = {ix.priority[state.busy[p][s] - 1] for s in busy}
                kind = _PRIORITY_WORDS[max(kinds)] if len(kinds) == 1 else "other"
                return f"all {len(allowed)} free slots of {label} are taken by {kind} meetings"
        return (
            f"{na} and {nb} are never free at the same time: each of their {len(allowed)} "
            "common free slots is taken by another meeting of one of them"
        )
    no_table = [
        s
        for s in open_slots
        if ix.needs_free_table[m] and state.free_tables_used[s] >= ix.n_free_tables
    ]
    if len(no_table) == len(open_slots):
        return f"no table free in the {len(open_slots)} common slots: add tables"
    order_blocked = []
    for s in open_slots:
        for p in ix.before[m]:
            if state.slot_of[p] >= s:
                order_blocked.append((s, ix.meeting_ids[p]))
                break
        else:
            for q in ix.successors[m]:
                if 0 <= state.slot_of[q] <= s:
                    order_blocked.append((s, ix.meeting_ids[q]))
                    break
    remaining = [s for s in open_slots if s not in no_table and s not in dict(order_blocked)]
    if not remaining and order_blocked:
        others = sorted({mid for _, mid in order_blocked})
        return (
            f"the 'after' order with {', '.join(others)} leaves no common free slot "
            f"of {na} and {nb}"
        )
    parts = []
    if no_table:
        parts.append(f"no table free in {len(no_table)} of them")
    if order_blocked:
        parts.append(f"the 'after' order blocks {len(order_blocked)}")
    if problem.max_breaks_spread is not None:
        parts.append(
            f"placing it in the other {len(remaining)} would break the fairness limit "
            f"(max_breaks_spread {problem.max_breaks_spread})"
        )
    else:
        parts.append(
            f"the remaining {len(remaining)} were needed for higher-priority meetings "
            "(time limit reached before it could be placed)"
        )
    return f"{na} and {nb} share {len(open_slots)} free slots: " + "; ".join(parts)
