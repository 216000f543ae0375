"""Reasons for unscheduled meetings, as facts an organiser can act on (``scheduling.reasons``).

Each reason looks at the meeting against the final schedule: why is none of its slots usable?
:func:`unscheduled_reason` gives the fact; :func:`explain_unscheduled` words it in English
with participant ids unless the caller passes display names.
"""

from __future__ import annotations

from collections.abc import Mapping

from brokerage_app.scheduling.greedy import SlotAssignment
from brokerage_app.scheduling.indexed import IndexedProblem
from brokerage_app.scheduling.reasons import Party, Reason, ReasonKind, describe


def _days(ix: IndexedProblem, slots: set[int]) -> tuple[str, ...]:
    return tuple(sorted({ix.problem.slots[s].start.date().isoformat() for s in slots}))


def explain_unscheduled(
    state: SlotAssignment, m: int, names: Mapping[str, str] | None = None
) -> str:
    meeting = state.ix.problem.meetings[m]

    def name(pid: str) -> str:
        return names.get(pid, pid) if names else pid

    return describe(unscheduled_reason(state, m), name(meeting.a), name(meeting.b))


def unscheduled_reason(state: SlotAssignment, m: int) -> Reason:
    ix = state.ix
    problem = ix.problem
    meeting = problem.meetings[m]
    a, b = ix.meeting_a[m], ix.meeting_b[m]
    pa, pb = problem.participant_by_id[meeting.a], problem.participant_by_id[meeting.b]
    all_slots = set(range(ix.n_slots))
    free_a = {s for s in all_slots if ix.slot_ids[s] not in pa.unavailable}
    free_b = {s for s in all_slots if ix.slot_ids[s] not in pb.unavailable}
    if not free_a:
        return Reason(ReasonKind.UNAVAILABLE_ALWAYS, person=Party.A)
    if not free_b:
        return Reason(ReasonKind.UNAVAILABLE_ALWAYS, person=Party.B)
    common = free_a & free_b
    if not common:
        days_a, days_b = _days(ix, free_a), _days(ix, free_b)
        if not set(days_a) & set(days_b):
            return Reason(ReasonKind.NO_COMMON_DAY, days_a=days_a, days_b=days_b)
        return Reason(ReasonKind.NO_COMMON_SLOT)
    if not ix.allowed[m]:
        if ix.needs_free_table[m] and ix.n_free_tables == 0:
            return Reason(ReasonKind.ONLY_OWN_TABLES)
        return Reason(ReasonKind.NOT_IN_ALLOWED_SLOTS, count=len(common))
    for p, party in ((a, Party.A), (b, Party.B)):
        cap = ix.max_meetings[p]
        if cap is not None and state.count[p] >= cap:
            return Reason(ReasonKind.MAX_MEETINGS, person=party, limit=cap)

    allowed = list(ix.allowed[m])
    busy_a = [s for s in allowed if state.busy[a][s]]
    busy_b = [s for s in allowed if state.busy[b][s]]
    open_slots = [s for s in allowed if not state.busy[a][s] and not state.busy[b][s]]
    if not open_slots:
        for p, party, busy in ((a, Party.A, busy_a), (b, Party.B, busy_b)):
            if len(busy) == len(allowed):
                kinds = {ix.priority[state.busy[p][s] - 1] for s in busy}
                priority = max(kinds) if len(kinds) == 1 else 0
                return Reason(
                    ReasonKind.SLOTS_TAKEN, person=party, count=len(allowed), priority=priority
                )
        return Reason(ReasonKind.NEVER_FREE_TOGETHER, count=len(allowed))
    no_table = [
        s
        for s in open_slots
        if ix.needs_free_table[m] and state.free_tables_used[s] >= ix.n_free_tables
    ]
    if len(no_table) == len(open_slots):
        return Reason(ReasonKind.NO_TABLE_FREE, count=len(open_slots))
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
        others = tuple(sorted({mid for _, mid in order_blocked}))
        return Reason(ReasonKind.ORDER_BLOCKS, others=others)
    return Reason(
        ReasonKind.SHARED_SLOTS,
        count=len(open_slots),
        no_table=len(no_table),
        order_blocked=len(order_blocked),
        remaining=len(remaining),
        limit=problem.max_breaks_spread,
    )
