"""Scheduling interchange format, version 1 (see ``docs/schedule-format.md``).

Parsing turns a problem JSON document into frozen dataclasses and rejects anything the solver
could not honour. Every error names the offending key or id so an organiser (or the app that
generated the file) can find and fix it.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from functools import cached_property
from pathlib import Path
from typing import Any

from brokerage_app.scheduling.reasons import Reason

PROBLEM_FORMAT = "brokerage-schedule-problem/1"
SCHEDULE_FORMAT = "brokerage-schedule/1"
PRIORITIES = (3, 2, 1)


class ProblemFormatError(ValueError):
    """The problem document is malformed or inconsistent; the message names the key or id."""


@dataclass(frozen=True)
class Slot:
    id: str
    start: datetime
    end: datetime


@dataclass(frozen=True)
class Table:
    id: str
    room: str | None = None


@dataclass(frozen=True)
class Participant:
    id: str
    unavailable: frozenset[str] = frozenset()
    table: str | None = None
    max_meetings: int | None = None


@dataclass(frozen=True)
class Placement:
    meeting: str
    slot: str
    table: str


@dataclass(frozen=True)
class Meeting:
    id: str
    a: str
    b: str
    priority: int = 1
    slots: frozenset[str] | None = None
    after: tuple[str, ...] = ()
    fixed: Placement | None = None


@dataclass(frozen=True)
class Problem:
    name: str
    slots: tuple[Slot, ...]
    tables: tuple[Table, ...]
    participants: tuple[Participant, ...]
    meetings: tuple[Meeting, ...]
    previous: tuple[Placement, ...] = ()
    max_breaks_spread: int | None = None

    @cached_property
    def slot_index(self) -> dict[str, int]:
        return {slot.id: i for i, slot in enumerate(self.slots)}

    @cached_property
    def table_index(self) -> dict[str, int]:
        return {table.id: i for i, table in enumerate(self.tables)}

    @cached_property
    def participant_by_id(self) -> dict[str, Participant]:
        return {p.id: p for p in self.participants}

    @cached_property
    def meeting_by_id(self) -> dict[str, Meeting]:
        return {m.id: m for m in self.meetings}

    @cached_property
    def table_owner(self) -> dict[str, str]:
        return {p.table: p.id for p in self.participants if p.table is not None}

    @cached_property
    def session_of_slot(self) -> tuple[int, ...]:
        """Session number of every slot: a new session starts wherever a gap precedes a slot."""
        sessions: list[int] = []
        for i, slot in enumerate(self.slots):
            if i == 0:
                sessions.append(0)
            elif slot.start == self.slots[i - 1].end:
                sessions.append(sessions[-1])
            else:
                sessions.append(sessions[-1] + 1)
        return tuple(sessions)

    def allowed_tables(self, meeting: Meeting) -> frozenset[str] | None:
        """Own tables a meeting must use, or None when it must use a table nobody owns."""
        own = {
            table
            for pid in (meeting.a, meeting.b)
            if (table := self.participant_by_id[pid].table) is not None
        }
        return frozenset(own) if own else None

    def table_allowed(self, meeting: Meeting, table_id: str) -> bool:
        own = self.allowed_tables(meeting)
        if own is None:
            return table_id not in self.table_owner
        return table_id in own

    def slot_allowed(self, meeting: Meeting, slot_id: str) -> bool:
        """Whether the meeting may take this slot (availability and its own slot list)."""
        if meeting.slots is not None and slot_id not in meeting.slots:
            return False
        pa = self.participant_by_id[meeting.a]
        pb = self.participant_by_id[meeting.b]
        return slot_id not in pa.unavailable and slot_id not in pb.unavailable


@dataclass(frozen=True)
class Unscheduled:
    meeting: str
    reason: str  # in English, as the schedule file holds it
    # The same as a fact (the solver's own result; not in the file, so None when read back).
    fact: Reason | None = field(default=None, compare=False)


@dataclass(frozen=True)
class ScheduleStats:
    scheduled: tuple[int, int, int] = (0, 0, 0)
    upper_bound: tuple[int, int, int] = (0, 0, 0)
    moved: int = 0
    breaks: int = 0
    breaks_lower_bound: int = 0
    idle_slots: int = 0
    proven_optimal: bool = False
    solve_seconds: float = 0.0


@dataclass(frozen=True)
class Schedule:
    problem: str
    assignments: tuple[Placement, ...]
    unscheduled: tuple[Unscheduled, ...]
    stats: ScheduleStats = field(default_factory=ScheduleStats)


# --------------------------------------------------------------------------- parsing helpers


def _fail(where: str, message: str) -> ProblemFormatError:
    return ProblemFormatError(f"{where}: {message}")


def _require(obj: Mapping[str, Any], key: str, where: str) -> Any:
    if key not in obj:
        raise _fail(where, f"missing required key '{key}'")
    return obj[key]


def _as_object(value: Any, where: str) -> Mapping[str, Any]:
    if not isinstance(value, Mapping):
        raise _fail(where, "must be a JSON object")
    return value


def _as_list(value: Any, where: str) -> Sequence[Any]:
    if not isinstance(value, list):
        raise _fail(where, "must be a JSON array")
    return value


def _as_id(value: Any, where: str) -> str:
    if not isinstance(value, str) or not value:
        raise _fail(where, "must be a non-empty string id")
    return value


def _as_int(value: Any, where: str, minimum: int = 0) -> int:
    # bool is an int subclass in Python; `true` is never a sensible count.
    if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
        raise _fail(where, f"must be an integer >= {minimum}")
    return value


def _as_counts(value: Any, where: str) -> tuple[int, int, int]:
    """Three counts, one per priority level (3, 2, 1)."""
    items = _as_list(value, where)
    if len(items) != 3:
        raise _fail(where, "must list three counts (priority 3, 2, 1)")
    return (
        _as_int(items[0], f"{where}[0]"),
        _as_int(items[1], f"{where}[1]"),
        _as_int(items[2], f"{where}[2]"),
    )


def _as_time(value: Any, where: str) -> datetime:
    if not isinstance(value, str):
        raise _fail(where, "must be an ISO date-time string like 2027-05-11T09:00")
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        raise _fail(where, f"'{value}' is not an ISO date-time like 2027-05-11T09:00") from None


def _label(kind: str, index: int, raw: Any) -> str:
    ident = raw.get("id") if isinstance(raw, Mapping) else None
    return f"{kind}[{index}] ({ident})" if isinstance(ident, str) else f"{kind}[{index}]"


def _unique(ids: list[str], kind: str) -> None:
    seen: set[str] = set()
    for ident in ids:
        if ident in seen:
            raise ProblemFormatError(f"{kind}: duplicate id '{ident}'")
        seen.add(ident)


# --------------------------------------------------------------------------- problem parsing


def _parse_slots(raw: Any) -> tuple[Slot, ...]:
    slots = []
    for i, item in enumerate(_as_list(raw, "slots")):
        where = _label("slots", i, item)
        obj = _as_object(item, where)
        slot = Slot(
            id=_as_id(_require(obj, "id", where), f"{where}.id"),
            start=_as_time(_require(obj, "start", where), f"{where}.start"),
            end=_as_time(_require(obj, "end", where), f"{where}.end"),
        )
        if slot.end <= slot.start:
            raise _fail(f"slot {slot.id}", "end must be after start")
        slots.append(slot)
    _unique([s.id for s in slots], "slots")
    for before, current in itertools.pairwise(slots):
        if current.start < before.start:
            raise _fail(
                f"slot {current.id}", f"starts before slot {before.id}; order slots by start"
            )
        if current.start < before.end:
            raise _fail(f"slot {current.id}", f"overlaps slot {before.id}")
    return tuple(slots)


def _parse_tables(raw: Any) -> tuple[Table, ...]:
    tables = []
    for i, item in enumerate(_as_list(raw, "tables")):
        where = _label("tables", i, item)
        obj = _as_object(item, where)
        room = obj.get("room")
        if room is not None and not isinstance(room, str):
            raise _fail(f"{where}.room", "must be a string")
        tables.append(Table(id=_as_id(_require(obj, "id", where), f"{where}.id"), room=room))
    _unique([t.id for t in tables], "tables")
    return tuple(tables)


def _parse_participants(
    raw: Any, slot_ids: set[str], table_ids: set[str]
) -> tuple[Participant, ...]:
    participants = []
    owner_of: dict[str, str] = {}
    for i, item in enumerate(_as_list(raw, "participants")):
        where = _label("participants", i, item)
        obj = _as_object(item, where)
        pid = _as_id(_require(obj, "id", where), f"{where}.id")
        unavailable = set()
        for j, sid in enumerate(
            _as_list(obj.get("unavailable", []), f"participant {pid}.unavailable")
        ):
            sid = _as_id(sid, f"participant {pid}.unavailable[{j}]")
            if sid not in slot_ids:
                raise _fail(f"participant {pid}.unavailable", f"unknown slot '{sid}'")
            unavailable.add(sid)
        table = obj.get("table")
        if table is not None:
            table = _as_id(table, f"participant {pid}.table")
            if table not in table_ids:
                raise _fail(f"participant {pid}.table", f"unknown table '{table}'")
            if table in owner_of:
                # A shared booth would make "never used by others" ambiguous; the organiser
                # should give each participant their own table or none.
                raise _fail(
                    f"participant {pid}.table",
                    f"table '{table}' is already the own table of participant '{owner_of[table]}'",
                )
            owner_of[table] = pid
        max_meetings = obj.get("max_meetings")
        if max_meetings is not None:
            max_meetings = _as_int(max_meetings, f"participant {pid}.max_meetings")
        participants.append(
            Participant(
                id=pid, unavailable=frozenset(unavailable), table=table, max_meetings=max_meetings
            )
        )
    _unique([p.id for p in participants], "participants")
    return tuple(participants)


def _parse_placement(obj: Any, where: str, meeting_id: str) -> Placement:
    obj = _as_object(obj, where)
    slot = _as_id(_require(obj, "slot", where), f"{where}.slot")
    table = _as_id(_require(obj, "table", where), f"{where}.table")
    return Placement(meeting=meeting_id, slot=slot, table=table)


def _parse_meetings(
    raw: Any, participant_ids: set[str], slot_ids: set[str], table_ids: set[str]
) -> tuple[Meeting, ...]:
    meetings = []
    for i, item in enumerate(_as_list(raw, "meetings")):
        where = _label("meetings", i, item)
        obj = _as_object(item, where)
        mid = _as_id(_require(obj, "id", where), f"{where}.id")
        where = f"meeting {mid}"
        a = _as_id(_require(obj, "a", where), f"{where}.a")
        b = _as_id(_require(obj, "b", where), f"{where}.b")
        for key, pid in (("a", a), ("b", b)):
            if pid not in participant_ids:
                raise _fail(f"{where}.{key}", f"unknown participant '{pid}'")
        if a == b:
            raise _fail(where, f"participant '{a}' cannot meet themself (a == b)")
        priority = obj.get("priority", 1)
        if isinstance(priority, bool) or priority not in PRIORITIES:
            raise _fail(f"{where}.priority", "must be 1, 2 or 3")
        slots: frozenset[str] | None = None
        if "slots" in obj and obj["slots"] is not None:
            chosen: set[str] = set()
            for j, raw_sid in enumerate(_as_list(obj["slots"], f"{where}.slots")):
                sid = _as_id(raw_sid, f"{where}.slots[{j}]")
                if sid not in slot_ids:
                    raise _fail(f"{where}.slots", f"unknown slot '{sid}'")
                chosen.add(sid)
            slots = frozenset(chosen)
        after = tuple(
            _as_id(x, f"{where}.after[{j}]")
            for j, x in enumerate(_as_list(obj.get("after", []), f"{where}.after"))
        )
        fixed = None
        if obj.get("fixed") is not None:
            fixed = _parse_placement(obj["fixed"], f"{where}.fixed", mid)
            if fixed.slot not in slot_ids:
                raise _fail(f"{where}.fixed.slot", f"unknown slot '{fixed.slot}'")
            if fixed.table not in table_ids:
                raise _fail(f"{where}.fixed.table", f"unknown table '{fixed.table}'")
        meetings.append(
            Meeting(id=mid, a=a, b=b, priority=priority, slots=slots, after=after, fixed=fixed)
        )
    _unique([m.id for m in meetings], "meetings")
    meeting_ids = {m.id for m in meetings}
    for m in meetings:
        for other in m.after:
            if other not in meeting_ids:
                raise _fail(f"meeting {m.id}.after", f"unknown meeting '{other}'")
            if other == m.id:
                raise _fail(f"meeting {m.id}.after", "a meeting cannot come after itself")
    return tuple(meetings)


def _check_fixed(problem: Problem) -> None:
    """Reject pinned meetings that no valid schedule could contain."""
    used_participant: dict[tuple[str, str], str] = {}
    used_table: dict[tuple[str, str], str] = {}
    fixed_count: dict[str, int] = {}
    for m in problem.meetings:
        if m.fixed is None:
            continue
        where = f"meeting {m.id}.fixed"
        slot, table = m.fixed.slot, m.fixed.table
        if m.slots is not None and slot not in m.slots:
            raise _fail(where, f"slot '{slot}' is not in the meeting's own slots list")
        for pid in (m.a, m.b):
            if slot in problem.participant_by_id[pid].unavailable:
                raise _fail(where, f"participant '{pid}' is unavailable in slot '{slot}'")
        if not problem.table_allowed(m, table):
            own = problem.allowed_tables(m)
            if own is None:
                raise _fail(
                    where,
                    f"table '{table}' is the own table of participant "
                    f"'{problem.table_owner[table]}'",
                )
            raise _fail(where, f"must be at own table {' or '.join(sorted(own))}, not '{table}'")
        for pid in (m.a, m.b):
            other = used_participant.get((pid, slot))
            if other is not None:
                raise _fail(
                    where,
                    f"participant '{pid}' already has fixed meeting '{other}' in slot '{slot}'",
                )
            used_participant[(pid, slot)] = m.id
            fixed_count[pid] = fixed_count.get(pid, 0) + 1
        other = used_table.get((table, slot))
        if other is not None:
            raise _fail(
                where, f"table '{table}' already hosts fixed meeting '{other}' in slot '{slot}'"
            )
        used_table[(table, slot)] = m.id
    for pid, count in fixed_count.items():
        cap = problem.participant_by_id[pid].max_meetings
        if cap is not None and count > cap:
            raise _fail(
                f"participant {pid}.max_meetings",
                f"{count} fixed meetings exceed max_meetings ({cap})",
            )
    index = problem.slot_index
    for m in problem.meetings:
        if m.fixed is None:
            continue
        for other_id in m.after:
            earlier = problem.meeting_by_id[other_id]
            if earlier.fixed is not None and index[earlier.fixed.slot] >= index[m.fixed.slot]:
                raise _fail(
                    f"meeting {m.id}.fixed",
                    f"slot '{m.fixed.slot}' is not after fixed meeting '{other_id}' "
                    f"(slot '{earlier.fixed.slot}') as 'after' requires",
                )


def problem_from_dict(data: Any) -> Problem:
    """Validate a decoded problem document and build the immutable model."""
    doc = _as_object(data, "problem")
    fmt = _require(doc, "format", "problem")
    if fmt != PROBLEM_FORMAT:
        raise _fail("format", f"expected '{PROBLEM_FORMAT}', got {fmt!r}")
    name = doc.get("name", "")
    if not isinstance(name, str):
        raise _fail("name", "must be a string")
    slots = _parse_slots(_require(doc, "slots", "problem"))
    tables = _parse_tables(_require(doc, "tables", "problem"))
    slot_ids = {s.id for s in slots}
    table_ids = {t.id for t in tables}
    participants = _parse_participants(
        _require(doc, "participants", "problem"), slot_ids, table_ids
    )
    meetings = _parse_meetings(
        _require(doc, "meetings", "problem"), {p.id for p in participants}, slot_ids, table_ids
    )
    meeting_ids = {m.id for m in meetings}
    previous = []
    seen_previous: set[str] = set()
    for i, item in enumerate(_as_list(doc.get("previous", []), "previous")):
        obj = _as_object(item, f"previous[{i}]")
        mid = _as_id(_require(obj, "meeting", f"previous[{i}]"), f"previous[{i}].meeting")
        if mid not in meeting_ids:
            raise _fail(f"previous[{i}].meeting", f"unknown meeting '{mid}'")
        if mid in seen_previous:
            raise _fail(f"previous[{i}].meeting", f"meeting '{mid}' listed twice")
        seen_previous.add(mid)
        placement = _parse_placement(obj, f"previous[{i}] ({mid})", mid)
        if placement.slot not in slot_ids:
            raise _fail(f"previous[{i}] ({mid}).slot", f"unknown slot '{placement.slot}'")
        if placement.table not in table_ids:
            raise _fail(f"previous[{i}] ({mid}).table", f"unknown table '{placement.table}'")
        previous.append(placement)
    options = _as_object(doc.get("options", {}), "options")
    spread = options.get("max_breaks_spread")
    if spread is not None:
        spread = _as_int(spread, "options.max_breaks_spread")
    problem = Problem(
        name=name,
        slots=slots,
        tables=tables,
        participants=participants,
        meetings=meetings,
        previous=tuple(previous),
        max_breaks_spread=spread,
    )
    _check_fixed(problem)
    return problem


def parse_problem(text: str) -> Problem:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ProblemFormatError(f"not valid JSON: {exc}") from None
    return problem_from_dict(data)


def load_problem(path: str | Path) -> Problem:
    try:
        text = Path(path).read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise ProblemFormatError(f"{path}: not UTF-8 text") from None
    return parse_problem(text)


# --------------------------------------------------------------------------- writing


def _placement_dict(p: Placement) -> dict[str, str]:
    return {"meeting": p.meeting, "slot": p.slot, "table": p.table}


def problem_to_dict(problem: Problem) -> dict[str, Any]:
    def participant(p: Participant) -> dict[str, Any]:
        out: dict[str, Any] = {"id": p.id}
        if p.unavailable:
            out["unavailable"] = sorted(p.unavailable, key=problem.slot_index.__getitem__)
        if p.table is not None:
            out["table"] = p.table
        if p.max_meetings is not None:
            out["max_meetings"] = p.max_meetings
        return out

    def meeting(m: Meeting) -> dict[str, Any]:
        out: dict[str, Any] = {"id": m.id, "a": m.a, "b": m.b, "priority": m.priority}
        if m.slots is not None:
            out["slots"] = sorted(m.slots, key=problem.slot_index.__getitem__)
        if m.after:
            out["after"] = list(m.after)
        if m.fixed is not None:
            out["fixed"] = {"slot": m.fixed.slot, "table": m.fixed.table}
        return out

    doc: dict[str, Any] = {
        "format": PROBLEM_FORMAT,
        "name": problem.name,
        "slots": [
            {
                "id": s.id,
                "start": s.start.isoformat(timespec="minutes"),
                "end": s.end.isoformat(timespec="minutes"),
            }
            for s in problem.slots
        ],
        "tables": [{"id": t.id, **({"room": t.room} if t.room else {})} for t in problem.tables],
        "participants": [participant(p) for p in problem.participants],
        "meetings": [meeting(m) for m in problem.meetings],
    }
    if problem.previous:
        doc["previous"] = [_placement_dict(p) for p in problem.previous]
    if problem.max_breaks_spread is not None:
        doc["options"] = {"max_breaks_spread": problem.max_breaks_spread}
    return doc


def schedule_to_dict(schedule: Schedule) -> dict[str, Any]:
    st = schedule.stats
    return {
        "format": SCHEDULE_FORMAT,
        "problem": schedule.problem,
        "assignments": [_placement_dict(p) for p in schedule.assignments],
        "unscheduled": [{"meeting": u.meeting, "reason": u.reason} for u in schedule.unscheduled],
        "stats": {
            "scheduled": list(st.scheduled),
            "upper_bound": list(st.upper_bound),
            "moved": st.moved,
            "breaks": st.breaks,
            "breaks_lower_bound": st.breaks_lower_bound,
            "idle_slots": st.idle_slots,
            "proven_optimal": st.proven_optimal,
            "solve_seconds": round(st.solve_seconds, 3),
        },
    }


def schedule_from_dict(data: Any) -> Schedule:
    """Read a schedule document (used by tests, benchmarks and re-solving tools)."""
    doc = _as_object(data, "schedule")
    fmt = _require(doc, "format", "schedule")
    if fmt != SCHEDULE_FORMAT:
        raise _fail("format", f"expected '{SCHEDULE_FORMAT}', got {fmt!r}")
    assignments = []
    for i, item in enumerate(_as_list(_require(doc, "assignments", "schedule"), "assignments")):
        obj = _as_object(item, f"assignments[{i}]")
        mid = _as_id(_require(obj, "meeting", f"assignments[{i}]"), f"assignments[{i}].meeting")
        assignments.append(_parse_placement(obj, f"assignments[{i}]", mid))
    unscheduled = []
    for i, item in enumerate(_as_list(doc.get("unscheduled", []), "unscheduled")):
        obj = _as_object(item, f"unscheduled[{i}]")
        mid = _as_id(_require(obj, "meeting", f"unscheduled[{i}]"), f"unscheduled[{i}].meeting")
        unscheduled.append(Unscheduled(meeting=mid, reason=str(obj.get("reason", ""))))
    raw_stats = _as_object(doc.get("stats", {}), "stats")
    stats = ScheduleStats(
        scheduled=_as_counts(raw_stats.get("scheduled", [0, 0, 0]), "stats.scheduled"),
        upper_bound=_as_counts(raw_stats.get("upper_bound", [0, 0, 0]), "stats.upper_bound"),
        moved=int(raw_stats.get("moved", 0)),
        breaks=int(raw_stats.get("breaks", 0)),
        breaks_lower_bound=int(raw_stats.get("breaks_lower_bound", 0)),
        idle_slots=int(raw_stats.get("idle_slots", 0)),
        proven_optimal=bool(raw_stats.get("proven_optimal", False)),
        solve_seconds=float(raw_stats.get("solve_seconds", 0.0)),
    )
    return Schedule(
        problem=str(doc.get("problem", "")),
        assignments=tuple(assignments),
        unscheduled=tuple(unscheduled),
        stats=stats,
    )


def dump_schedule(schedule: Schedule) -> str:
    return json.dumps(schedule_to_dict(schedule), indent=2, ensure_ascii=False) + "\n"


def write_schedule(schedule: Schedule, path: str | Path) -> None:
    """Write atomically so a crash or cancel never leaves a half-written schedule behind."""
    target = Path(path)
    tmp = target.with_name(target.name + ".tmp")
    tmp.write_text(dump_schedule(schedule), encoding="utf-8")
    tmp.replace(target)
