"""Independent checker for schedules: every hard constraint, plus the objective values.

Deliberately written without sharing logic with the solver so that tests and benchmarks
compare the solver against a second, simple reading of the specification.
"""

from __future__ import annotations

import enum
import itertools
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from brokerage_app.scheduling.format import Placement, Problem, Schedule


class Constraint(enum.StrEnum):
    """The spec's hard constraints; the values are the names the spec gives them."""

    REFERENCE = "reference"
    COMPLETENESS = "completeness"
    PARTICIPANT_CLASH = "1 participant clash"
    TABLE_CLASH = "2 table clash"
    AVAILABILITY = "3 availability"
    OWN_TABLES = "4 own tables"
    FIXED = "5 fixed"
    MAX_MEETINGS = "6 max_meetings"
    AFTER = "7 after"
    MAX_BREAKS_SPREAD = "8 max_breaks_spread"


@dataclass(frozen=True)
class Violation:
    constraint: Constraint
    message: str
    # What the violation is about, for callers that act on it (empty when not applicable):
    # the meetings involved (for max_meetings: all of the participant's, in slot order),
    # the participant, and the unknown slot or table of a REFERENCE violation.
    meetings: tuple[str, ...] = ()
    participant: str | None = None
    slot: str | None = None
    table: str | None = None


@dataclass(frozen=True)
class Objective:
    scheduled: tuple[int, int, int]  # priorities 3, 2, 1
    moved: int
    breaks: int
    idle_slots: int
    breaks_by_participant: dict[str, int]


def participant_breaks(problem: Problem, busy_slots: Iterable[int]) -> tuple[int, int]:
    """(breaks, idle slots) of one participant busy in the given slot indices."""
    session = problem.session_of_slot
    breaks = idle = 0
    ordered = sorted(busy_slots)
    for prev, cur in itertools.pairwise(ordered):
        if session[prev] == session[cur] and cur - prev > 1:
            breaks += 1
            idle += cur - prev - 1
    return breaks, idle


def compute_objective(problem: Problem, assignments: Iterable[Placement]) -> Objective:
    assignments = list(assignments)
    counts = {3: 0, 2: 0, 1: 0}
    busy: dict[str, list[int]] = defaultdict(list)
    placed: dict[str, Placement] = {}
    for p in assignments:
        meeting = problem.meeting_by_id.get(p.meeting)
        if meeting is None or p.slot not in problem.slot_index:
            continue
        placed[p.meeting] = p
        counts[meeting.priority] += 1
        busy[meeting.a].append(problem.slot_index[p.slot])
        busy[meeting.b].append(problem.slot_index[p.slot])
    moved = 0
    for prev in problem.previous:
        now = placed.get(prev.meeting)
        if now is None or now.slot != prev.slot or now.table != prev.table:
            moved += 1
    breaks = idle = 0
    by_participant = {}
    for participant in problem.participants:
        b, i = participant_breaks(problem, busy.get(participant.id, ()))
        by_participant[participant.id] = b
        breaks += b
        idle += i
    return Objective(
        scheduled=(counts[3], counts[2], counts[1]),
        moved=moved,
        breaks=breaks,
        idle_slots=idle,
        breaks_by_participant=by_participant,
    )


def _people(problem: Problem, meeting_id: str) -> tuple[str, str]:
    meeting = problem.meeting_by_id[meeting_id]
    return meeting.a, meeting.b


def validate_assignments(problem: Problem, assignments: Iterable[Placement]) -> list[Violation]:
    """Every violated hard constraint (1-8 of the spec) among these placements."""
    out: list[Violation] = []
    by_participant_slot: dict[tuple[str, str], list[str]] = defaultdict(list)
    by_table_slot: dict[tuple[str, str], list[str]] = defaultdict(list)
    slot_of: dict[str, int] = {}
    per_participant: dict[str, int] = defaultdict(int)
    valid: list[Placement] = []
    for p in assignments:
        meeting = problem.meeting_by_id.get(p.meeting)
        if meeting is None:
            out.append(
                Violation(
                    Constraint.REFERENCE, f"unknown meeting '{p.meeting}'", meetings=(p.meeting,)
                )
            )
            continue
        if p.slot not in problem.slot_index:
            out.append(
                Violation(
                    Constraint.REFERENCE,
                    f"meeting {p.meeting}: unknown slot '{p.slot}'",
                    meetings=(p.meeting,),
                    slot=p.slot,
                )
            )
            continue
        if p.table not in problem.table_index:
            out.append(
                Violation(
                    Constraint.REFERENCE,
                    f"meeting {p.meeting}: unknown table '{p.table}'",
                    meetings=(p.meeting,),
                    table=p.table,
                )
            )
            continue
        valid.append(p)
        slot_of[p.meeting] = problem.slot_index[p.slot]
        for pid in (meeting.a, meeting.b):
            by_participant_slot[(pid, p.slot)].append(p.meeting)
            per_participant[pid] += 1
        by_table_slot[(p.table, p.slot)].append(p.meeting)
        for pid in (meeting.a, meeting.b):
            if p.slot in problem.participant_by_id[pid].unavailable:
                out.append(
                    Violation(
                        Constraint.AVAILABILITY,
                        f"meeting {p.meeting}: {pid} unavailable in {p.slot}",
                        meetings=(p.meeting,),
                        participant=pid,
                    )
                )
        if meeting.slots is not None and p.slot not in meeting.slots:
            out.append(
                Violation(
                    Constraint.AVAILABILITY,
                    f"meeting {p.meeting}: {p.slot} not in its slots",
                    meetings=(p.meeting,),
                )
            )
        if not problem.table_allowed(meeting, p.table):
            out.append(
                Violation(
                    Constraint.OWN_TABLES,
                    f"meeting {p.meeting}: table {p.table} not allowed",
                    meetings=(p.meeting,),
                )
            )
        if meeting.fixed is not None and (
            meeting.fixed.slot != p.slot or meeting.fixed.table != p.table
        ):
            out.append(
                Violation(
                    Constraint.FIXED,
                    f"meeting {p.meeting} fixed at {meeting.fixed.slot}/{meeting.fixed.table}, "
                    f"placed at {p.slot}/{p.table}",
                    meetings=(p.meeting,),
                )
            )
    for (pid, sid), mids in by_participant_slot.items():
        if len(mids) > 1:
            out.append(
                Violation(
                    Constraint.PARTICIPANT_CLASH,
                    f"{pid} in {sorted(mids)} at {sid}",
                    meetings=tuple(mids),
                    participant=pid,
                )
            )
    for (tid, sid), mids in by_table_slot.items():
        if len(mids) > 1:
            out.append(
                Violation(
                    Constraint.TABLE_CLASH,
                    f"table {tid} hosts {sorted(mids)} at {sid}",
                    meetings=tuple(mids),
                )
            )
    for pid, count in per_participant.items():
        cap = (
            problem.participant_by_id[pid].max_meetings
            if pid in problem.participant_by_id
            else None
        )
        if cap is not None and count > cap:
            mine = sorted(
                (m for m in slot_of if pid in _people(problem, m)), key=slot_of.__getitem__
            )
            out.append(
                Violation(
                    Constraint.MAX_MEETINGS,
                    f"{pid} has {count} meetings, max {cap}",
                    meetings=tuple(mine),
                    participant=pid,
                )
            )
    for meeting in problem.meetings:
        if meeting.id not in slot_of:
            continue
        for before in meeting.after:
            if before in slot_of and slot_of[before] >= slot_of[meeting.id]:
                out.append(
                    Violation(
                        Constraint.AFTER,
                        f"meeting {meeting.id} must come after {before}",
                        meetings=(meeting.id, before),
                    )
                )
    for meeting in problem.meetings:
        if meeting.fixed is not None and meeting.id not in slot_of:
            out.append(
                Violation(
                    Constraint.FIXED,
                    f"fixed meeting {meeting.id} is not placed",
                    meetings=(meeting.id,),
                )
            )
    if problem.max_breaks_spread is not None and problem.participants:
        breaks = compute_objective(problem, valid).breaks_by_participant
        lo = min(breaks.values())
        hi = max(breaks.values())
        if hi - lo > problem.max_breaks_spread:
            worst = max(breaks, key=breaks.__getitem__)
            best = min(breaks, key=breaks.__getitem__)
            out.append(
                Violation(
                    Constraint.MAX_BREAKS_SPREAD,
                    f"{worst} has {hi} breaks, {best} has {lo}: spread {hi - lo} > "
                    f"{problem.max_breaks_spread}",
                )
            )
    return out


def validate_schedule(problem: Problem, schedule: Schedule) -> list[Violation]:
    """All hard-constraint violations, plus completeness: each meeting exactly once."""
    out: list[Violation] = []
    seen: dict[str, int] = defaultdict(int)
    for p in schedule.assignments:
        seen[p.meeting] += 1
    for u in schedule.unscheduled:
        seen[u.meeting] += 1
        if u.meeting not in problem.meeting_by_id:
            out.append(
                Violation(Constraint.REFERENCE, f"unknown unscheduled meeting '{u.meeting}'")
            )
        if not u.reason:
            out.append(
                Violation(Constraint.COMPLETENESS, f"unscheduled meeting {u.meeting} has no reason")
            )
    for meeting in problem.meetings:
        if seen.get(meeting.id, 0) != 1:
            out.append(
                Violation(
                    Constraint.COMPLETENESS,
                    f"meeting {meeting.id} appears {seen.get(meeting.id, 0)} times (expected 1)",
                )
            )
    out.extend(validate_assignments(problem, schedule.assignments))
    return out


def violations_by_meeting(
    problem: Problem, assignments: Iterable[Placement]
) -> dict[str, list[Violation]]:
    """The placed meetings that break a hard constraint, each with its violations.

    A clash names every meeting in it, a ``max_meetings`` excess every meeting of the
    participant: which of them should go is the solver's choice (priorities, moves).
    """
    out: dict[str, list[Violation]] = defaultdict(list)
    for violation in validate_assignments(problem, assignments):
        for meeting in violation.meetings:
            out[meeting].append(violation)
    return dict(out)
