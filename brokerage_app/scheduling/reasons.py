"""Why a meeting is not placed, as a fact: a kind and its values, never a sentence to match.

``explain.unscheduled_reason`` finds the fact; the window words it in the organiser's
language (``ui/explain.py``), the command line and the schedule file in English
(:func:`describe`). The two people are the meeting's ``a`` (requester) and ``b``
(requested), so a stored fact keeps saying the right names after a rename.
"""

from __future__ import annotations

import enum
import json
from dataclasses import asdict, dataclass, fields


class ReasonKind(enum.StrEnum):
    UNAVAILABLE_ALWAYS = "unavailable_always"  # ``person`` is unavailable in every slot
    NO_COMMON_DAY = "no_common_day"  # ``days_a`` and ``days_b`` have no day in common
    NO_COMMON_SLOT = "no_common_slot"  # same days, never free at the same time
    ONLY_OWN_TABLES = "only_own_tables"  # every table is someone's booth, neither has one
    NOT_IN_ALLOWED_SLOTS = "not_in_allowed_slots"  # ``count`` common slots, none allowed
    MAX_MEETINGS = "max_meetings"  # ``person`` reached ``limit`` meetings
    SLOTS_TAKEN = "slots_taken"  # all ``count`` slots of ``person`` taken (``priority``)
    NEVER_FREE_TOGETHER = "never_free_together"  # each of ``count`` slots is taken
    NO_TABLE_FREE = "no_table_free"  # no table free in the ``count`` common slots
    ORDER_BLOCKS = "order_blocks"  # the 'after' order with ``others`` leaves no slot
    SHARED_SLOTS = "shared_slots"  # ``count`` shared slots, used up as the numbers say
    # Written by the schedule service, not the solver:
    SAME_PAIR = "same_pair"  # the same two people's request ``others[0]`` is scheduled
    TAKEN_OUT = "taken_out"  # the organiser took the meeting out of the schedule
    OUTDATED = "outdated"  # stored as text by an older version: solve again to see why


class Party(enum.StrEnum):
    A = "a"  # the requester
    B = "b"  # the requested


@dataclass(frozen=True)
class Reason:
    kind: ReasonKind
    person: Party | None = None
    count: int = 0
    limit: int | None = None  # max_meetings, or the fairness limit (max_breaks_spread)
    priority: int = 0  # SLOTS_TAKEN: of the meetings that take them (0: mixed)
    days_a: tuple[str, ...] = ()  # ISO dates
    days_b: tuple[str, ...] = ()
    others: tuple[str, ...] = ()  # meeting or request ids
    no_table: int = 0  # SHARED_SLOTS: slots without a free table
    order_blocked: int = 0  # SHARED_SLOTS: slots the 'after' order rules out
    remaining: int = 0  # SHARED_SLOTS: the rest, used for fairness or higher priorities

    def to_json(self) -> str:
        """The stored form (``MeetingRequest.unscheduled_reason``): only what is set."""
        empty = Reason(self.kind)
        values = {k: v for k, v in asdict(self).items() if v != getattr(empty, k)}
        return json.dumps({"kind": self.kind.value, **values}, ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> Reason | None:
        """The stored form back; None for no reason, OUTDATED for an older version's text."""
        if not text:
            return None
        try:
            data = json.loads(text)
            if not isinstance(data, dict) or not set(data) <= {f.name for f in fields(cls)}:
                raise ValueError(text)
            person = data.get("person")
            limit = data.get("limit")
            return cls(
                ReasonKind(data["kind"]),
                person=Party(person) if person is not None else None,
                count=int(data.get("count", 0)),
                limit=int(limit) if limit is not None else None,
                priority=int(data.get("priority", 0)),
                days_a=tuple(str(d) for d in data.get("days_a", ())),
                days_b=tuple(str(d) for d in data.get("days_b", ())),
                others=tuple(str(o) for o in data.get("others", ())),
                no_table=int(data.get("no_table", 0)),
                order_blocked=int(data.get("order_blocked", 0)),
                remaining=int(data.get("remaining", 0)),
            )
        except (ValueError, TypeError, KeyError):
            return cls(ReasonKind.OUTDATED)


_PRIORITY_WORDS = {3: "must-meet", 2: "important", 1: "other", 0: "other"}


def describe(reason: Reason, name_a: str, name_b: str) -> str:
    """The fact in English, for the command line and the schedule file."""
    r, k = reason, reason.kind
    who = name_a if r.person is Party.A else name_b
    if k is ReasonKind.UNAVAILABLE_ALWAYS:
        return f"{who} is unavailable in every slot"
    if k is ReasonKind.NO_COMMON_DAY:
        return f"{name_a} attends only {', '.join(r.days_a)}, {name_b} only {', '.join(r.days_b)}"
    if k is ReasonKind.NO_COMMON_SLOT:
        return f"{name_a} and {name_b} have no common free slot"
    if k is ReasonKind.ONLY_OWN_TABLES:
        return "every table is someone's own table and neither has one: add tables"
    if k is ReasonKind.NOT_IN_ALLOWED_SLOTS:
        return (
            f"none of the {r.count} common free slots of {name_a} and {name_b} is in the "
            "meeting's allowed slots"
        )
    if k is ReasonKind.MAX_MEETINGS:
        return f"{who} reached max_meetings ({r.limit})"
    if k is ReasonKind.SLOTS_TAKEN:
        kind = _PRIORITY_WORDS[r.priority]
        return f"all {r.count} free slots of {who} are taken by {kind} meetings"
    if k is ReasonKind.NEVER_FREE_TOGETHER:
        return (
            f"{name_a} and {name_b} are never free at the same time: each of their {r.count} "
            "common free slots is taken by another meeting of one of them"
        )
    if k is ReasonKind.NO_TABLE_FREE:
        return f"no table free in the {r.count} common slots: add tables"
    if k is ReasonKind.ORDER_BLOCKS:
        return (
            f"the 'after' order with {', '.join(r.others)} leaves no common free slot "
            f"of {name_a} and {name_b}"
        )
    if k is ReasonKind.SHARED_SLOTS:
        parts = []
        if r.no_table:
            parts.append(f"no table free in {r.no_table} of them")
        if r.order_blocked:
            parts.append(f"the 'after' order blocks {r.order_blocked}")
        if r.limit is not None:
            parts.append(
                f"placing it in the other {r.remaining} would break the fairness limit "
                f"(max_breaks_spread {r.limit})"
            )
        else:
            parts.append(
                f"the remaining {r.remaining} were needed for higher-priority meetings "
                "(time limit reached before it could be placed)"
            )
        return f"{name_a} and {name_b} share {r.count} free slots: " + "; ".join(parts)
    if k is ReasonKind.SAME_PAIR:
        return f"Same two people as request {r.others[0]}, which is scheduled instead."
    if k is ReasonKind.TAKEN_OUT:
        return "Taken out of the schedule by the organiser."
    return "Not placed by an older version of the program; solve again to see why."
