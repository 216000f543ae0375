"""The event's meeting schedule: from the database to the solver and back, and manual edits.

``export_problem`` turns the database into the interchange format (accepted requests,
availability, own booths, locked or already-held meetings as ``fixed``, the published
schedule as ``previous``). ``run_schedule`` solves without holding a database session and
stores the result in one transaction. Moves, locks and publishing are small units of work
the GUI calls (and undoes) one at a time.
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import hashlib
import json
import re
import time
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any, NamedTuple

from sqlalchemy import ColumnElement, Row, select
from sqlalchemy.orm import Session, aliased

from brokerage_app.domain.availability import is_available
from brokerage_app.domain.calendar_words import date_day_time, day_time
from brokerage_app.domain.changes import NOTHING, Changes, Topic
from brokerage_app.domain.clock import utcnow
from brokerage_app.domain.tasks import NO_TASK, Task
from brokerage_app.domain.text import display_name
from brokerage_app.errors import NotFoundError, RefusedError, ValidationError
from brokerage_app.scheduling.format import (
    Placement,
    Problem,
    ProblemFormatError,
    Schedule,
    Unscheduled,
    problem_from_dict,
    problem_to_dict,
)
from brokerage_app.scheduling.reasons import Reason, ReasonKind
from brokerage_app.scheduling.solver import (
    ProblemInfeasibleError,
    SolvePhase,
    SolveProgress,
    solve,
)
from brokerage_app.scheduling.validate import violations_by_meeting
from brokerage_app.services import audit
from brokerage_app.services.backups import backup_event
from brokerage_app.services.changes import note as note_changes
from brokerage_app.services.changes import noted
from brokerage_app.services.events import get_event
from brokerage_app.store.database import EventDatabase
from brokerage_app.store.models import (
    ACTIVE_SLOT,
    ACTIVE_TABLE,
    Attendee,
    AttendeeBlockedSlot,
    Meeting,
    MeetingRequest,
    MeetingStatus,
    MeetingTable,
    Organisation,
    RequestStatus,
    Room,
    Slot,
)
from brokerage_app.store.rows import named_rows

if TYPE_CHECKING:
    from brokerage_app.services.schedule_check import ScheduleCheck

# Meetings that already happened stay where they are on re-solve (no-shows leave the problem).
_PINNED_STATUSES = (MeetingStatus.HELD, MeetingStatus.NO_SHOW)
# Meetings that hold their (slot, table) cell.
_OCCUPYING = (MeetingStatus.SCHEDULED, MeetingStatus.HELD)
_LIVE = Meeting.status != MeetingStatus.CANCELLED
# Backing up, re-reading the event (has it changed?) and writing the schedule, per meeting.
STORE_SECONDS_PER_MEETING = 0.001


def slot_key(slot_id: int) -> str:
    return f"s{slot_id}"


def table_key(table_id: int) -> str:
    return f"t{table_id}"


def attendee_key(attendee_id: int) -> str:
    return f"a{attendee_id}"


def request_key(request_id: int) -> str:
    return f"r{request_id}"


def _db_id(key: str) -> int:
    return int(key[1:])


@dataclass(frozen=True)
class EventProblem:
    """A problem plus what a person needs to read it: names for every id."""

    problem: Problem
    names: dict[str, str]
    # Accepted requests left out because the same two people already have a request.
    duplicate_requests: dict[int, int]

    def fingerprint(self) -> str:
        text = json.dumps(problem_to_dict(self.problem), sort_keys=True)
        return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class PlacedMeeting:
    """A meeting as it stands in the stored schedule (scheduled or held)."""

    meeting_id: int
    request_id: int
    slot_id: int
    table_id: int
    locked: bool
    status: MeetingStatus
    walk_in: bool

    @property
    def placement(self) -> Placement:
        return Placement(
            request_key(self.request_id), slot_key(self.slot_id), table_key(self.table_id)
        )


def placed_meetings(session: Session) -> list[PlacedMeeting]:
    """Every meeting that holds a cell: scheduled or held (no-show cells count as free)."""
    return [
        PlacedMeeting(*row)
        for row in session.execute(
            select(
                Meeting.id,
                Meeting.request_id,
                Meeting.slot_id,
                Meeting.table_id,
                Meeting.locked,
                Meeting.status,
                Meeting.walk_in,
            )
            .where(Meeting.status.in_(_OCCUPYING))
            .order_by(Meeting.id)
        ).all()
    ]


def export_problem(session: Session, *, keep_placed: bool = False) -> EventProblem:
    """The event as a scheduling problem.

    Locked, walk-in and held meetings are ``fixed`` unless the schedule check finds them in
    conflict (then the solver may move them: that is how a re-solve clears the conflict).
    ``previous`` holds the published places, or with ``keep_placed`` the current ones, so
    that the solve moves as few of them as possible.
    """
    event = get_event(session)
    document, names, duplicates = _problem_document(session)
    try:
        base = problem_from_dict(document)
        placed = placed_meetings(session)
        conflicting = violations_by_meeting(base, [m.placement for m in placed])
        entries = {entry["id"]: entry for entry in document["meetings"]}
        slot_ids = {s.id for s in base.slots}
        table_ids = {t.id for t in base.tables}
        for meeting in placed:
            key = request_key(meeting.request_id)
            # A held meeting took place: it stays pinned while its slot and table exist (a
            # conflict it still has is then reported by the problem's own checks).
            held_in_place = (
                meeting.status is MeetingStatus.HELD
                and slot_key(meeting.slot_id) in slot_ids
                and table_key(meeting.table_id) in table_ids
            )
            if (
                key in entries
                and (key not in conflicting or held_in_place)
                and (meeting.locked or meeting.walk_in or meeting.status in _PINNED_STATUSES)
            ):
                entries[key]["fixed"] = {
                    "slot": slot_key(meeting.slot_id),
                    "table": table_key(meeting.table_id),
                }
        previous = (
            [
                {
                    "meeting": m.placement.meeting,
                    "slot": m.placement.slot,
                    "table": m.placement.table,
                }
                for m in placed
                if m.status is MeetingStatus.SCHEDULED
            ]
            if keep_placed
            else _published_places(session)
            if event.schedule_published_at is not None
            else []
        )
        document["previous"] = [
            p
            for p in previous
            if p["meeting"] in entries and p["slot"] in slot_ids and p["table"] in table_ids
        ]
        problem = problem_from_dict(document)
    except ProblemFormatError as exc:
        raise ValidationError(
            f"The event cannot be scheduled as it stands: {_readable(str(exc), names)}"
        ) from exc
    return EventProblem(problem=problem, names=names, duplicate_requests=duplicates)


def _published_places(session: Session) -> list[dict[str, str]]:
    return [
        {"meeting": request_key(request_id), "slot": slot_key(slot), "table": table_key(table)}
        for request_id, slot, table in session.execute(
            select(Meeting.request_id, Meeting.published_slot_id, Meeting.published_table_id)
            .where(Meeting.published_slot_id.is_not(None), Meeting.published_table_id.is_not(None))
            .order_by(Meeting.request_id)
        )
        if slot is not None and table is not None  # as the query says; narrows the types
    ]


def _problem_document(
    session: Session,
) -> tuple[dict[str, Any], dict[str, str], dict[int, int]]:
    """The problem without pinned or previous places, the names of its ids, duplicate pairs."""
    event = get_event(session)
    slots = session.execute(
        select(Slot.id, Slot.starts_at, Slot.ends_at).where(ACTIVE_SLOT).order_by(Slot.starts_at)
    ).all()
    tables = session.execute(
        select(MeetingTable.id, MeetingTable.number, MeetingTable.owner_id, Room.name)
        .outerjoin(Room, MeetingTable.room_id == Room.id)
        .where(ACTIVE_TABLE)
        .order_by(MeetingTable.number)
    ).all()
    no_show = select(Meeting.request_id).where(Meeting.status == MeetingStatus.NO_SHOW)
    requests = session.execute(
        select(
            MeetingRequest.id,
            MeetingRequest.requester_id,
            MeetingRequest.requested_id,
            MeetingRequest.priority,
        )
        # A no-show's meeting is over: it is neither placed again nor holds its cell.
        .where(MeetingRequest.status == RequestStatus.ACCEPTED, MeetingRequest.id.not_in(no_show))
        .order_by(MeetingRequest.id)
    ).all()

    kept: list[Row[int, int, int, int]] = []
    duplicates: dict[int, int] = {}
    first_of_pair: dict[frozenset[int], int] = {}
    for request in requests:
        pair = frozenset((request.requester_id, request.requested_id))
        if pair in first_of_pair:
            duplicates[request.id] = first_of_pair[pair]
            continue
        first_of_pair[pair] = request.id
        kept.append(request)

    people = {a for r in kept for a in (r.requester_id, r.requested_id)}
    attendees = session.execute(
        select(
            Attendee.id,
            Attendee.first_name,
            Attendee.last_name,
            Attendee.arrival,
            Attendee.departure,
            Attendee.max_meetings,
        ).where(Attendee.id.in_(people) if people else Attendee.id.is_(None))
    ).all()
    blocked: dict[int, set[int]] = defaultdict(set)
    for attendee_id, slot_id in session.execute(
        select(AttendeeBlockedSlot.attendee_id, AttendeeBlockedSlot.slot_id)
    ):
        blocked[attendee_id].add(slot_id)
    # Where someone held a meeting they were present, whatever their availability says now.
    present: dict[int, set[int]] = defaultdict(set)
    for slot_id, requester_id, requested_id in session.execute(
        select(Meeting.slot_id, MeetingRequest.requester_id, MeetingRequest.requested_id)
        .join(MeetingRequest, Meeting.request_id == MeetingRequest.id)
        .where(Meeting.status == MeetingStatus.HELD)
    ):
        present[requester_id].add(slot_id)
        present[requested_id].add(slot_id)
    own_table = {t.owner_id: t.id for t in tables if t.owner_id is not None}

    names: dict[str, str] = {}
    participants = []
    # Plain tuples: reading a Row's attributes in the loop below dominated the export.
    slot_times = [(s.id, s.starts_at, s.ends_at) for s in slots]
    for person in attendees:
        names[attendee_key(person.id)] = display_name(person.first_name, person.last_name)
        entry: dict[str, Any] = {"id": attendee_key(person.id)}
        arrival, departure, mine = person.arrival, person.departure, blocked.get(person.id, set())
        unavailable = (
            [
                slot_key(slot_id)
                for slot_id, starts, ends in slot_times
                if not is_available(arrival, departure, mine, slot_id, starts, ends)
                and slot_id not in present.get(person.id, ())
            ]
            if arrival is not None or departure is not None or mine
            else []
        )
        if unavailable:
            entry["unavailable"] = unavailable
        if person.id in own_table:
            entry["table"] = table_key(own_table[person.id])
        if person.max_meetings is not None:
            entry["max_meetings"] = person.max_meetings
        participants.append(entry)

    problem_meetings = []
    for request in kept:
        problem_meetings.append(
            {
                "id": request_key(request.id),
                "a": attendee_key(request.requester_id),
                "b": attendee_key(request.requested_id),
                "priority": request.priority,
            }
        )
        names[request_key(request.id)] = (
            f"{names[attendee_key(request.requester_id)]} – {names[attendee_key(request.requested_id)]}"
        )

    for s in slots:
        names[slot_key(s.id)] = date_day_time(s.starts_at)
    for t in tables:
        names[table_key(t.id)] = f"table {t.number}"
    document = {
        "format": "brokerage-schedule-problem/1",
        "name": event.name,
        "slots": [
            {
                "id": slot_key(s.id),
                "start": s.starts_at.isoformat(timespec="minutes"),
                "end": s.ends_at.isoformat(timespec="minutes"),
            }
            for s in slots
        ],
        "tables": [{"id": table_key(t.id), **({"room": t.name} if t.name else {})} for t in tables],
        "participants": participants,
        "meetings": problem_meetings,
        "previous": [],
    }
    return document, names, duplicates


_KEY_PATTERN = re.compile(r"\b[arst]\d+\b")


def _readable(text: str, names: dict[str, str]) -> str:
    """Replace interchange ids (a12, r7, s3, t5) by the names an organiser knows."""
    return _KEY_PATTERN.sub(lambda m: names.get(m.group(0), m.group(0)), text)


@dataclass(frozen=True)
class SolveProgressInfo:
    """Progress of a running solve, for a progress bar."""

    phase: SolvePhase
    placed: int
    placeable_bound: int
    total: int
    breaks: int
    breaks_lower_bound: int
    elapsed: float


@dataclass(frozen=True)
class UnscheduledRow:
    """An accepted request without a meeting; ``reason`` is None until a solve has run.

    The reason is a fact (``scheduling.reasons``): its party A is the requester, B the
    requested; the window and the CLI word it."""

    request_id: int
    requester: str
    requested: str
    priority: int
    reason: Reason | None


@dataclass(frozen=True)
class ScheduleOutcome:
    placed: int
    total: int
    placed_by_priority: tuple[int, int, int]
    upper_bound: tuple[int, int, int]
    moved: int
    breaks: int
    breaks_lower_bound: int
    proven_optimal: bool
    seconds: float
    cancelled: bool
    unscheduled: tuple[UnscheduledRow, ...]
    # ``moved`` counts meetings moved from where they were placed, not from where published.
    kept_placed: bool = False
    changed: Changes = NOTHING


def run_schedule(
    database: EventDatabase,
    *,
    time_limit: float = 30.0,
    workers: int = 2,
    seed: int = 0,
    task: Task = NO_TASK,
    actor: str = "",
    keep_placed: bool = False,
) -> ScheduleOutcome:
    """Solve the event and store the schedule in one transaction; locked meetings stay.

    ``keep_placed`` moves as few of the currently placed meetings as possible (the re-solve
    that clears conflicts); otherwise as few published ones as possible.

    `time_limit` is the whole call's: reading the event and storing the schedule come off
    the solver's share.
    """
    started = time.monotonic()
    with database.session() as session:
        event_problem = export_problem(session, keep_placed=keep_placed)
    problem = event_problem.problem
    total = len(problem.meetings)
    storing = min(0.1 * time_limit, STORE_SECONDS_PER_MEETING * total)
    solve_limit = max(0.0, time_limit - (time.monotonic() - started) - storing)

    def forward(progress: SolveProgress) -> None:
        task.status(
            SolveProgressInfo(
                phase=progress.phase,
                placed=sum(progress.scheduled),
                placeable_bound=sum(progress.upper_bound),
                total=total,
                breaks=progress.breaks,
                breaks_lower_bound=progress.breaks_lower_bound,
                elapsed=progress.elapsed,
            )
        )

    try:
        schedule = solve(
            problem,
            time_limit=solve_limit,
            workers=workers,
            seed=seed,
            on_progress=forward,
            cancel=task.cancel,
            names=event_problem.names,
        )
    except ProblemInfeasibleError as exc:
        raise ValidationError(_readable(str(exc), event_problem.names)) from exc
    cancelled = task.cancelled
    backup_event(database, "solve")
    with database.session("store the schedule") as session:
        current = export_problem(session, keep_placed=keep_placed)
        if current.fingerprint() != event_problem.fingerprint():
            raise RefusedError(
                "The event changed while the schedule was being computed "
                "(requests, availability or locked meetings); nothing was stored. Solve again."
            )
        unscheduled = store_schedule(session, event_problem, schedule, actor=actor)
        changed = noted(session)
    stats = schedule.stats
    return ScheduleOutcome(
        placed=len(schedule.assignments),
        total=total,
        placed_by_priority=stats.scheduled,
        upper_bound=stats.upper_bound,
        moved=stats.moved,
        breaks=stats.breaks,
        breaks_lower_bound=stats.breaks_lower_bound,
        proven_optimal=stats.proven_optimal,
        seconds=time.monotonic() - started,
        cancelled=cancelled,
        unscheduled=unscheduled,
        kept_placed=keep_placed,
        changed=changed,
    )


def _stored_fact(unscheduled: Unscheduled) -> Reason:
    """The solver's fact with request numbers instead of the problem's meeting ids."""
    fact = unscheduled.fact or Reason(ReasonKind.OUTDATED)
    if fact.others:
        fact = replace(fact, others=tuple(str(_db_id(other)) for other in fact.others))
    return fact


def store_schedule(
    session: Session, event_problem: EventProblem, schedule: Schedule, *, actor: str = ""
) -> tuple[UnscheduledRow, ...]:
    """Write a solver schedule over the current one (in the caller's transaction)."""
    placements = {
        _db_id(p.meeting): (_db_id(p.slot), _db_id(p.table)) for p in schedule.assignments
    }
    reasons = {_db_id(u.meeting): _stored_fact(u) for u in schedule.unscheduled}
    existing = {m.request_id: m for m in session.scalars(select(Meeting))}
    # Free every cell first so that swaps between meetings never collide mid-update; the
    # placements below bring back every meeting that stays scheduled.
    for held in existing.values():
        if held.status == MeetingStatus.SCHEDULED:
            held.status = MeetingStatus.CANCELLED
    session.flush()
    for request_id, (slot_id, table_id) in placements.items():
        meeting = existing.get(request_id)
        if meeting is None:
            session.add(Meeting(request_id=request_id, slot_id=slot_id, table_id=table_id))
        elif meeting.status in _PINNED_STATUSES:
            continue
        else:
            meeting.slot_id, meeting.table_id = slot_id, table_id
            meeting.status = MeetingStatus.SCHEDULED
    requests = {
        r.id: r
        for r in session.scalars(
            select(MeetingRequest).where(MeetingRequest.status == RequestStatus.ACCEPTED)
        )
    }
    for request_id, request in requests.items():
        if request_id in event_problem.duplicate_requests:
            twin = event_problem.duplicate_requests[request_id]
            request.unscheduled_reason = Reason(ReasonKind.SAME_PAIR, others=(str(twin),)).to_json()
        else:
            fact = reasons.get(request_id)
            request.unscheduled_reason = fact.to_json() if fact is not None else ""
    session.flush()
    # Imported here: the check builds on this module.
    from brokerage_app.services.schedule_check import schedule_fingerprint

    stats = schedule.stats
    audit.record(
        session,
        "solve",
        "schedule",
        None,
        actor=actor,
        placed=len(placements),
        unscheduled=len(reasons),
        breaks=stats.breaks,
        moved=stats.moved,
        # The claims the schedule state withdraws once the fingerprint no longer matches.
        proven_optimal=stats.proven_optimal,
        upper_bound=sum(stats.upper_bound),
        breaks_lower_bound=stats.breaks_lower_bound,
        fingerprint=schedule_fingerprint(session),
    )
    note_changes(session, Topic.SCHEDULE, Topic.REQUESTS)
    return tuple(
        UnscheduledRow(
            request_id=request_id,
            requester=event_problem.names.get(attendee_key(requests[request_id].requester_id), ""),
            requested=event_problem.names.get(attendee_key(requests[request_id].requested_id), ""),
            priority=requests[request_id].priority,
            reason=reason,
        )
        for request_id, reason in sorted(reasons.items())
    )


class _UnscheduledRecord(NamedTuple):
    request_id: int
    requester_first_name: str
    requester_last_name: str
    requested_first_name: str
    requested_last_name: str
    priority: int
    unscheduled_reason: str


def unscheduled_requests(session: Session) -> list[UnscheduledRow]:
    requester, requested = aliased(Attendee), aliased(Attendee)
    live_meeting = select(Meeting.request_id).where(_LIVE)
    rows = session.execute(
        select(
            MeetingRequest.id.label("request_id"),
            requester.first_name.label("requester_first_name"),
            requester.last_name.label("requester_last_name"),
            requested.first_name.label("requested_first_name"),
            requested.last_name.label("requested_last_name"),
            MeetingRequest.priority,
            MeetingRequest.unscheduled_reason,
        )
        .join(requester, MeetingRequest.requester_id == requester.id)
        .join(requested, MeetingRequest.requested_id == requested.id)
        .where(
            MeetingRequest.status == RequestStatus.ACCEPTED, MeetingRequest.id.not_in(live_meeting)
        )
        .order_by(MeetingRequest.priority.desc(), MeetingRequest.id)
    )
    return [
        UnscheduledRow(
            request_id=row.request_id,
            requester=display_name(row.requester_first_name, row.requester_last_name),
            requested=display_name(row.requested_first_name, row.requested_last_name),
            priority=row.priority,
            reason=Reason.from_json(row.unscheduled_reason or ""),
        )
        for row in named_rows(rows, _UnscheduledRecord)
    ]


# ----------------------------------------------------------------------------- reading


@dataclass(frozen=True)
class GridSlot:
    id: int
    starts_at: dt.datetime
    ends_at: dt.datetime
    session_id: int | None  # None: a removed slot that still holds meetings


@dataclass(frozen=True)
class GridTable:
    """A table of the grid; ``label`` is empty when the organiser gave none (show the number)."""

    id: int
    number: int
    label: str
    room: str
    owner_id: int | None
    owner_name: str


@dataclass(frozen=True)
class GridMeeting:
    meeting_id: int
    request_id: int
    slot_id: int
    table_id: int
    attendee_a: int
    attendee_b: int
    name_a: str
    name_b: str
    organisation_a: str
    organisation_b: str
    priority: int
    locked: bool
    status: MeetingStatus
    walk_in: bool
    moved_since_published: bool


@dataclass(frozen=True)
class ScheduleGrid:
    slots: tuple[GridSlot, ...]
    tables: tuple[GridTable, ...]
    meetings: tuple[GridMeeting, ...]
    published_at: dt.datetime | None

    def cell(self, slot_id: int, table_id: int) -> GridMeeting | None:
        return self._cells.get((slot_id, table_id))

    @functools.cached_property
    def _cells(self) -> dict[tuple[int, int], GridMeeting]:
        return {(m.slot_id, m.table_id): m for m in self.meetings}


class _GridMeetingRecord(NamedTuple):
    meeting_id: int
    request_id: int
    slot_id: int
    table_id: int
    attendee_a: int
    attendee_b: int
    first_name_a: str
    last_name_a: str
    first_name_b: str
    last_name_b: str
    organisation_a: str
    organisation_b: str
    priority: int
    locked: bool
    status: MeetingStatus
    walk_in: bool
    published_slot_id: int | None
    published_table_id: int | None


def _grid_meetings(
    session: Session, where: Iterable[ColumnElement[bool]] = ()
) -> list[GridMeeting]:
    a, b = aliased(Attendee), aliased(Attendee)
    org_a, org_b = aliased(Organisation), aliased(Organisation)
    rows = session.execute(
        select(
            Meeting.id.label("meeting_id"),
            Meeting.request_id,
            Meeting.slot_id,
            Meeting.table_id,
            a.id.label("attendee_a"),
            b.id.label("attendee_b"),
            a.first_name.label("first_name_a"),
            a.last_name.label("last_name_a"),
            b.first_name.label("first_name_b"),
            b.last_name.label("last_name_b"),
            org_a.name.label("organisation_a"),
            org_b.name.label("organisation_b"),
            MeetingRequest.priority,
            Meeting.locked,
            Meeting.status,
            Meeting.walk_in,
            Meeting.published_slot_id,
            Meeting.published_table_id,
        )
        .join(MeetingRequest, Meeting.request_id == MeetingRequest.id)
        .join(a, MeetingRequest.requester_id == a.id)
        .join(b, MeetingRequest.requested_id == b.id)
        .join(org_a, a.organisation_id == org_a.id)
        .join(org_b, b.organisation_id == org_b.id)
        .where(_LIVE, *where)
    )
    return [
        GridMeeting(
            meeting_id=r.meeting_id,
            request_id=r.request_id,
            slot_id=r.slot_id,
            table_id=r.table_id,
            attendee_a=r.attendee_a,
            attendee_b=r.attendee_b,
            name_a=display_name(r.first_name_a, r.last_name_a),
            name_b=display_name(r.first_name_b, r.last_name_b),
            organisation_a=r.organisation_a,
            organisation_b=r.organisation_b,
            priority=r.priority,
            locked=r.locked,
            status=r.status,
            walk_in=r.walk_in,
            moved_since_published=r.published_slot_id is not None
            and (r.published_slot_id, r.published_table_id) != (r.slot_id, r.table_id),
        )
        for r in named_rows(rows, _GridMeetingRecord)
    ]


def schedule_grid(session: Session) -> ScheduleGrid:
    """The event's slots and tables, plus removed ones that still hold meetings."""
    event = get_event(session)
    holding = select(Meeting.slot_id).where(_LIVE)
    slots = tuple(
        GridSlot(id=r[0], starts_at=r[1], ends_at=r[2], session_id=r[3])
        for r in session.execute(
            select(Slot.id, Slot.starts_at, Slot.ends_at, Slot.session_id)
            .where(ACTIVE_SLOT | Slot.id.in_(holding))
            .order_by(Slot.starts_at)
        )
    )
    holding_table = select(Meeting.table_id).where(_LIVE)
    owner = aliased(Attendee)
    tables = tuple(
        GridTable(
            id=r[0],
            number=r[1],
            label=r[2] or "",
            room=r[3] or "",
            owner_id=r[4],
            owner_name=display_name(r[5], r[6]),
        )
        for r in session.execute(
            select(
                MeetingTable.id,
                MeetingTable.number,
                MeetingTable.label,
                Room.name,
                MeetingTable.owner_id,
                owner.first_name,
                owner.last_name,
            )
            .outerjoin(Room, MeetingTable.room_id == Room.id)
            .outerjoin(owner, MeetingTable.owner_id == owner.id)
            .where(ACTIVE_TABLE | MeetingTable.id.in_(holding_table))
            .order_by(MeetingTable.number)
        )
    )
    return ScheduleGrid(
        slots=slots,
        tables=tables,
        meetings=tuple(_grid_meetings(session)),
        published_at=event.schedule_published_at,
    )


def attendee_timeline(session: Session, attendee_id: int) -> list[GridMeeting]:
    """One attendee's meetings in time order (the per-attendee view of the schedule)."""
    if session.get(Attendee, attendee_id) is None:
        raise NotFoundError(f"No attendee with id {attendee_id}.")
    meetings = _grid_meetings(
        session,
        [
            (MeetingRequest.requester_id == attendee_id)
            | (MeetingRequest.requested_id == attendee_id)
        ],
    )
    starts = dict(session.execute(select(Slot.id, Slot.starts_at)).all())
    return sorted(meetings, key=lambda m: starts[m.slot_id])


# ------------------------------------------------------------------------------ editing


def _meeting(session: Session, meeting_id: int) -> Meeting:
    meeting = session.get(Meeting, meeting_id)
    if meeting is None or meeting.status == MeetingStatus.CANCELLED:
        raise NotFoundError(f"No scheduled meeting with id {meeting_id}.")
    return meeting


class PlaceProblemKind(enum.StrEnum):
    """Why a meeting may not go into a (slot, table) cell."""

    UNAVAILABLE = "unavailable"  # ``person`` is not at the event then
    PERSON_BUSY = "person_busy"  # ``person`` already meets ``other`` then
    TABLE_TAKEN = "table_taken"  # ``table`` hosts the meeting of ``other`` then
    AT_OWN_BOOTH = "at_own_booth"  # the meeting belongs at the booth of ``person``
    RESERVED_BOOTH = "reserved_booth"  # ``table`` is another exhibitor's booth


@dataclass(frozen=True)
class PlaceProblem:
    kind: PlaceProblemKind
    starts_at: dt.datetime
    person: str = ""  # a name, or names joined by ", " (AT_OWN_BOOTH)
    other: str = ""  # the other person, or the two of the occupying meeting
    table: str = ""

    def english(self) -> str:
        """For error messages and the command line."""
        when = day_time(self.starts_at)
        k = self.kind
        if k is PlaceProblemKind.UNAVAILABLE:
            return f"{self.person} is not available at {when}."
        if k is PlaceProblemKind.PERSON_BUSY:
            return f"{self.person} already meets {self.other} at {when}."
        if k is PlaceProblemKind.TABLE_TAKEN:
            return f"{self.table} is taken at {when} by {self.other}."
        if k is PlaceProblemKind.AT_OWN_BOOTH:
            return f"This meeting belongs at the booth of {self.person}."
        return f"{self.table} is a booth reserved for its exhibitor."


def placement_problems(
    session: Session, request: MeetingRequest, ignore_meeting_id: int | None
) -> dict[tuple[int, int], PlaceProblem | None]:
    """For every (slot, table): None if the request's meeting may go there, else why not."""
    slots = session.execute(
        select(Slot.id, Slot.starts_at, Slot.ends_at).where(ACTIVE_SLOT).order_by(Slot.starts_at)
    ).all()
    tables = session.execute(
        select(
            MeetingTable.id, MeetingTable.number, MeetingTable.label, MeetingTable.owner_id
        ).where(ACTIVE_TABLE)
    ).all()
    people = [request.requester, request.requested]
    blocked: dict[int, set[int]] = defaultdict(set)
    for attendee_id, slot_id in session.execute(
        select(AttendeeBlockedSlot.attendee_id, AttendeeBlockedSlot.slot_id).where(
            AttendeeBlockedSlot.attendee_id.in_([p.id for p in people])
        )
    ):
        blocked[attendee_id].add(slot_id)
    others = [m for m in _grid_meetings(session) if m.meeting_id != ignore_meeting_id]
    busy_person: dict[tuple[int, int], GridMeeting] = {}
    busy_table: dict[tuple[int, int], GridMeeting] = {}
    for m in others:
        busy_person[(m.attendee_a, m.slot_id)] = m
        busy_person[(m.attendee_b, m.slot_id)] = m
        busy_table[(m.table_id, m.slot_id)] = m
    owners = {t.owner_id: t for t in tables if t.owner_id is not None}
    own_tables = {owners[p.id].id for p in people if p.id in owners}
    names = {t.id: t.label or f"Table {t.number}" for t in tables}
    exhibitors = ", ".join(p.full_name for p in people if p.id in owners)

    problems: dict[tuple[int, int], PlaceProblem | None] = {}
    for slot in slots:
        slot_problem: PlaceProblem | None = None
        for person in people:
            if not is_available(
                person.arrival,
                person.departure,
                blocked[person.id],
                slot.id,
                slot.starts_at,
                slot.ends_at,
            ):
                slot_problem = PlaceProblem(
                    PlaceProblemKind.UNAVAILABLE, slot.starts_at, person=person.full_name
                )
                break
            clash = busy_person.get((person.id, slot.id))
            if clash is not None:
                other = clash.name_b if clash.attendee_a == person.id else clash.name_a
                slot_problem = PlaceProblem(
                    PlaceProblemKind.PERSON_BUSY, slot.starts_at, person.full_name, other
                )
                break
        for table in tables:
            problem = slot_problem
            if problem is None:
                occupant = busy_table.get((table.id, slot.id))
                if occupant is not None:
                    problem = PlaceProblem(
                        PlaceProblemKind.TABLE_TAKEN,
                        slot.starts_at,
                        other=f"{occupant.name_a} – {occupant.name_b}",
                        table=names[table.id],
                    )
                elif own_tables and table.id not in own_tables:
                    problem = PlaceProblem(
                        PlaceProblemKind.AT_OWN_BOOTH, slot.starts_at, person=exhibitors
                    )
                elif table.owner_id is not None and table.id not in own_tables:
                    problem = PlaceProblem(
                        PlaceProblemKind.RESERVED_BOOTH, slot.starts_at, table=names[table.id]
                    )
            problems[(slot.id, table.id)] = problem
    return problems


def _placement_reasons(
    session: Session, request: MeetingRequest, ignore_meeting_id: int | None
) -> dict[tuple[int, int], str]:
    """:func:`placement_problems` in English: "" where the meeting may go."""
    return {
        cell: problem.english() if problem is not None else ""
        for cell, problem in placement_problems(session, request, ignore_meeting_id).items()
    }


def move_targets(session: Session, meeting_id: int) -> dict[tuple[int, int], str]:
    """Where a meeting may be dragged: (slot id, table id) → "" if allowed, else the reason."""
    meeting = _meeting(session, meeting_id)
    reasons = _placement_reasons(session, meeting.request, meeting.id)
    reasons[(meeting.slot_id, meeting.table_id)] = ""
    return reasons


@dataclass(frozen=True)
class MeetingPlace:
    """Where a meeting was, so a move can be undone."""

    slot_id: int
    table_id: int
    locked: bool


def move_meeting(
    session: Session,
    meeting_id: int,
    slot_id: int,
    table_id: int,
    *,
    lock: bool = True,
    actor: str = "",
) -> MeetingPlace:
    """Move a meeting to a free cell; it is locked there unless ``lock`` is False.

    Manual placements are locked by default, as on matchmaking platforms: the organiser
    decided, so a re-solve must not undo it.
    """
    meeting = _meeting(session, meeting_id)
    before = MeetingPlace(meeting.slot_id, meeting.table_id, meeting.locked)
    if (slot_id, table_id) != (meeting.slot_id, meeting.table_id):
        reason = _placement_reasons(session, meeting.request, meeting.id).get((slot_id, table_id))
        if reason is None:
            raise NotFoundError(f"No slot {slot_id} with table {table_id} in this event.")
        if reason:
            raise RefusedError(reason)
    meeting.slot_id, meeting.table_id, meeting.locked = slot_id, table_id, lock
    session.flush()
    audit.record(
        session,
        "move",
        "meeting",
        meeting_id,
        actor=actor,
        from_slot=before.slot_id,
        from_table=before.table_id,
        to_slot=slot_id,
        to_table=table_id,
    )
    note_changes(session, Topic.SCHEDULE)
    return before


def _placeable(session: Session, request_id: int) -> MeetingRequest:
    """An accepted request without a live meeting, or why it cannot be placed by hand."""
    request = session.get(MeetingRequest, request_id)
    if request is None:
        raise NotFoundError(f"No request with id {request_id}.")
    if request.status != RequestStatus.ACCEPTED:
        raise RefusedError(f"Request {request_id} is {request.status.value}, not accepted.")
    existing = request.meeting
    if existing is not None and existing.status != MeetingStatus.CANCELLED:
        raise RefusedError(f"Request {request_id} is already scheduled (meeting {existing.id}).")
    return request


def place_targets(session: Session, request_id: int) -> dict[tuple[int, int], str]:
    """Where an unscheduled request may be placed by hand: (slot id, table id) -> "" if it
    fits there, else why not (the same rules as ``place_request`` and a drag)."""
    return _placement_reasons(session, _placeable(session, request_id), None)


def place_request(
    session: Session, request_id: int, slot_id: int, table_id: int, *, actor: str = ""
) -> int:
    """Put an unscheduled accepted request into a free cell by hand (locked)."""
    request = _placeable(session, request_id)
    existing = request.meeting
    reason = _placement_reasons(session, request, None).get((slot_id, table_id))
    if reason is None:
        raise NotFoundError(f"No slot {slot_id} with table {table_id} in this event.")
    if reason:
        raise RefusedError(reason)
    if existing is None:
        existing = Meeting(request_id=request_id, slot_id=slot_id, table_id=table_id, locked=True)
        session.add(existing)
    else:
        existing.slot_id, existing.table_id = slot_id, table_id
        existing.status, existing.locked = MeetingStatus.SCHEDULED, True
    request.unscheduled_reason = ""
    session.flush()
    audit.record(
        session, "place", "meeting", existing.id, actor=actor, slot=slot_id, table=table_id
    )
    note_changes(session, Topic.SCHEDULE, Topic.REQUESTS)
    return existing.id


TAKEN_OUT = Reason(ReasonKind.TAKEN_OUT)


def unschedule_meeting(
    session: Session,
    meeting_id: int,
    *,
    actor: str = "",
    reason: Reason | None = TAKEN_OUT,
) -> MeetingPlace:
    """Take a meeting out of the schedule; its request shows ``reason`` under "Not placed"
    (undoing a placement by hand gives back the reason it had before, None if none)."""
    meeting = _meeting(session, meeting_id)
    before = MeetingPlace(meeting.slot_id, meeting.table_id, meeting.locked)
    meeting.status, meeting.locked = MeetingStatus.CANCELLED, False
    meeting.request.unscheduled_reason = "" if reason is None else reason.to_json()
    audit.record(session, "unschedule", "meeting", meeting_id, actor=actor)
    note_changes(session, Topic.SCHEDULE, Topic.REQUESTS)
    return before


def set_locked(
    session: Session, meeting_ids: Iterable[int], locked: bool, *, actor: str = ""
) -> dict[int, bool]:
    """Lock or unlock meetings; returns each one's previous state for undo."""
    previous: dict[int, bool] = {}
    for meeting_id in meeting_ids:
        meeting = _meeting(session, meeting_id)
        previous[meeting_id] = meeting.locked
        meeting.locked = locked
    audit.record(
        session,
        "lock" if locked else "unlock",
        "meeting",
        None,
        actor=actor,
        meetings=sorted(previous),
    )
    note_changes(session, Topic.SCHEDULE)
    return previous


class ScheduleConflictsError(RefusedError):
    """Publishing refused: placed meetings no longer fit (``check`` lists them)."""

    def __init__(self, check: ScheduleCheck) -> None:
        super().__init__(
            f"{len(check.meetings)} placed meeting(s) no longer fit: re-solve or move them "
            "before publishing (brokerage-app check-schedule lists them)."
        )
        self.check = check


PUBLISHED = Changes.of(Topic.SCHEDULE, Topic.EVENT)  # what publish() changes


def publish(database: EventDatabase, *, actor: str = "") -> int:
    """Publish the schedule, the one way the CLI and the window do it.

    Refused with :class:`ScheduleConflictsError` while the schedule check finds conflicts;
    otherwise the event file is backed up first, then the schedule is published.
    """
    from brokerage_app.services.schedule_check import check_schedule

    with database.session() as session:
        check = check_schedule(session)
    if not check.valid:
        raise ScheduleConflictsError(check)
    backup_event(database, "publish")
    with database.session("publish the schedule") as session:
        check = check_schedule(session)
        if not check.valid:
            raise ScheduleConflictsError(check)
        return _publish_schedule(session, actor=actor)


def _publish_schedule(session: Session, *, actor: str = "") -> int:
    """Freeze what delegates are told: re-solving later moves as few of these as possible."""
    event = get_event(session)
    count = 0
    for meeting in session.scalars(select(Meeting)):
        if meeting.status == MeetingStatus.CANCELLED:
            meeting.published_slot_id = meeting.published_table_id = None
        else:
            meeting.published_slot_id, meeting.published_table_id = (
                meeting.slot_id,
                meeting.table_id,
            )
            count += 1
    event.schedule_published_at = utcnow()
    audit.record(session, "publish", "schedule", None, actor=actor, meetings=count)
    note_changes(session, *PUBLISHED.topics)
    return count


def unpublish_schedule(session: Session, *, actor: str = "") -> Changes:
    """Back to provisional agendas (the published positions are kept for re-solving)."""
    get_event(session).schedule_published_at = None
    audit.record(session, "unpublish", "schedule", None, actor=actor)
    return note_changes(session, Topic.SCHEDULE, Topic.EVENT)
