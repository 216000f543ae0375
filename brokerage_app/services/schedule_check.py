"""The schedule check: does the stored schedule still fit the event as it is now?

The rules are the solver validator's (``scheduling.validate``), applied to the event
exported as a problem and the meetings as they are placed; this module only turns each
violation into facts about database rows: which meeting, which rule, whom it is about.
Every change that can break a placed meeting calls :func:`check_schedule` in its own
transaction, and publishing refuses while it finds conflicts.
"""

from __future__ import annotations

import datetime as dt
import enum
import hashlib
import json
from collections import defaultdict
from dataclasses import dataclass, replace
from typing import NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from brokerage_app.domain.availability import Unavailable, unavailability
from brokerage_app.domain.text import display_name
from brokerage_app.scheduling.format import Problem, problem_from_dict, problem_to_dict
from brokerage_app.scheduling.validate import Constraint, Violation, violations_by_meeting
from brokerage_app.services.schedule import (
    PlacedMeeting,
    _db_id,
    _problem_document,
    placed_meetings,
)
from brokerage_app.store.models import (
    Attendee,
    AttendeeBlockedSlot,
    AuditEntry,
    MeetingRequest,
    MeetingStatus,
    MeetingTable,
    RequestStatus,
    Slot,
)
from brokerage_app.store.rows import named_rows


class ConflictRule(enum.StrEnum):
    """Why a placed meeting no longer fits."""

    BEFORE_ARRIVAL = "before_arrival"
    AFTER_DEPARTURE = "after_departure"
    BLOCKED_SLOT = "blocked_slot"
    MAX_MEETINGS = "max_meetings"
    REQUEST_NOT_ACCEPTED = "request_not_accepted"
    DUPLICATE_REQUEST = "duplicate_request"
    PERSON_MISSING = "person_missing"
    SLOT_REMOVED = "slot_removed"
    TABLE_REMOVED = "table_removed"
    OWN_BOOTH = "own_booth"
    TABLE_DOUBLE_BOOKED = "table_double_booked"
    PERSON_DOUBLE_BOOKED = "person_double_booked"
    # Any other rule of the validator (fixed places, ordering, fairness): the event's own
    # problem states none of them, so this only shows up if the problem ever does.
    OTHER = "other"


# None (available after all) cannot happen for a validator's availability violation.
_UNAVAILABLE_RULE: dict[Unavailable | None, ConflictRule] = {
    Unavailable.BEFORE_ARRIVAL: ConflictRule.BEFORE_ARRIVAL,
    Unavailable.AFTER_DEPARTURE: ConflictRule.AFTER_DEPARTURE,
    Unavailable.BLOCKED_SLOT: ConflictRule.BLOCKED_SLOT,
}


@dataclass(frozen=True)
class Conflict:
    """One reason one placed meeting no longer fits, with the facts behind it."""

    meeting_id: int
    rule: ConflictRule
    # Whom the rule is about (arrival, departure, blocked slot, limit, double booking).
    attendee_id: int | None = None
    attendee_name: str = ""
    # Arrival or departure time for those rules.
    moment: dt.datetime | None = None
    # max_meetings: the limit and how many meetings the person has.
    limit: int | None = None
    count: int | None = None
    # Double bookings: the other meetings in the same cell or with the same person.
    other_meeting_ids: tuple[int, ...] = ()
    request_status: RequestStatus | None = None


@dataclass(frozen=True)
class CheckedMeeting:
    """What a person needs to find a conflicting meeting."""

    meeting_id: int
    request_id: int
    name_a: str
    name_b: str
    slot_id: int
    starts_at: dt.datetime
    table_id: int
    table_number: int
    table_label: str  # empty when the organiser gave none
    locked: bool

    @property
    def table_name(self) -> str:
        """The table in English (the window words "Table N" itself)."""
        return self.table_label or f"Table {self.table_number}"


@dataclass(frozen=True)
class ScheduleCheck:
    conflicts: tuple[Conflict, ...]
    meetings: dict[int, CheckedMeeting]  # the conflicting ones, by meeting id

    @property
    def valid(self) -> bool:
        return not self.conflicts

    @property
    def conflicting_meeting_ids(self) -> tuple[int, ...]:
        return tuple(sorted(self.meetings))

    def conflicts_of(self, meeting_id: int) -> tuple[Conflict, ...]:
        return tuple(c for c in self.conflicts if c.meeting_id == meeting_id)


def check_schedule(session: Session) -> ScheduleCheck:
    """Every scheduled meeting that breaks a rule of the event as it is now.

    Held meetings took place: they hold their cells (a scheduled meeting double-booked with
    one is reported) but are never reported themselves, since nothing can move them.
    """
    return _check(session, _Snapshot.read(session))


@dataclass(frozen=True)
class _Snapshot:
    """The event's rules (as an unpinned problem) and the placed meetings, read once."""

    problem: Problem
    duplicates: dict[int, int]
    placed: list[PlacedMeeting]

    @classmethod
    def read(cls, session: Session) -> _Snapshot:
        document, _names, duplicates = _problem_document(session)
        return cls(problem_from_dict(document), duplicates, placed_meetings(session))

    def fingerprint(self) -> str:
        placed = sorted((m.request_id, m.slot_id, m.table_id, m.status.value) for m in self.placed)
        text = json.dumps([problem_to_dict(self.problem), placed], sort_keys=True, default=str)
        return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _check(session: Session, snapshot: _Snapshot) -> ScheduleCheck:
    placed = snapshot.placed
    by_key = {m.placement.meeting: m for m in placed}
    found = {
        key: violations
        for key, violations in violations_by_meeting(
            snapshot.problem, [m.placement for m in placed]
        ).items()
        if by_key[key].status is MeetingStatus.SCHEDULED
    }
    if not found:
        return ScheduleCheck((), {})
    facts = _Facts(session, [by_key[k] for k in found])
    conflicts: list[Conflict] = []
    for key in sorted(found, key=lambda k: by_key[k].meeting_id):
        meeting = by_key[key]
        for violation in found[key]:
            conflict = facts.conflict(meeting, violation, by_key, snapshot.duplicates)
            if conflict not in conflicts:
                conflicts.append(conflict)
    return ScheduleCheck(tuple(conflicts), facts.described())


class _CheckedRequest(NamedTuple):
    id: int
    status: RequestStatus
    requester_id: int
    requested_id: int
    # None when the person is gone (outer joins): the meeting is then a conflict.
    first_name_a: str | None
    last_name_a: str | None
    first_name_b: str | None
    last_name_b: str | None


class _Facts:
    """Rows behind the conflicting meetings, read once."""

    def __init__(self, session: Session, meetings: list[PlacedMeeting]) -> None:
        self.meetings = meetings
        a, b = aliased(Attendee), aliased(Attendee)
        request_ids = [m.request_id for m in meetings]
        rows = session.execute(
            select(
                MeetingRequest.id,
                MeetingRequest.status,
                MeetingRequest.requester_id,
                MeetingRequest.requested_id,
                a.first_name.label("first_name_a"),
                a.last_name.label("last_name_a"),
                b.first_name.label("first_name_b"),
                b.last_name.label("last_name_b"),
            )
            .outerjoin(a, MeetingRequest.requester_id == a.id)
            .outerjoin(b, MeetingRequest.requested_id == b.id)
            .where(MeetingRequest.id.in_(request_ids))
        )
        self.requests = {r.id: r for r in named_rows(rows, _CheckedRequest)}
        people = {p for r in self.requests.values() for p in (r.requester_id, r.requested_id)}
        self.people = {
            p.id: p for p in session.scalars(select(Attendee).where(Attendee.id.in_(people)))
        }
        self.blocked: dict[int, set[int]] = defaultdict(set)
        for attendee_id, slot_id in session.execute(
            select(AttendeeBlockedSlot.attendee_id, AttendeeBlockedSlot.slot_id).where(
                AttendeeBlockedSlot.attendee_id.in_(people)
            )
        ):
            self.blocked[attendee_id].add(slot_id)
        self.slots = {
            s.id: s
            for s in session.scalars(select(Slot).where(Slot.id.in_({m.slot_id for m in meetings})))
        }
        self.tables = {
            t.id: t
            for t in session.scalars(
                select(MeetingTable).where(MeetingTable.id.in_({m.table_id for m in meetings}))
            )
        }

    def _name(self, attendee_id: int | None) -> str:
        person = self.people.get(attendee_id) if attendee_id is not None else None
        return person.full_name if person is not None else ""

    def conflict(
        self,
        meeting: PlacedMeeting,
        violation: Violation,
        by_key: dict[str, PlacedMeeting],
        duplicates: dict[int, int],
    ) -> Conflict:
        others = tuple(
            sorted(
                by_key[k].meeting_id for k in violation.meetings if k != meeting.placement.meeting
            )
        )
        who = _db_id(violation.participant) if violation.participant else None
        base = Conflict(
            meeting.meeting_id, ConflictRule.OTHER, attendee_id=who, attendee_name=self._name(who)
        )
        match violation.constraint:
            case Constraint.REFERENCE if violation.slot is not None:
                return replace(base, rule=ConflictRule.SLOT_REMOVED)
            case Constraint.REFERENCE if violation.table is not None:
                return replace(base, rule=ConflictRule.TABLE_REMOVED)
            case Constraint.REFERENCE:
                request = self.requests.get(meeting.request_id)
                if (
                    request is None
                    or request.requester_id not in self.people
                    or request.requested_id not in self.people
                ):
                    return replace(base, rule=ConflictRule.PERSON_MISSING)
                if request.status is not RequestStatus.ACCEPTED:
                    return replace(
                        base,
                        rule=ConflictRule.REQUEST_NOT_ACCEPTED,
                        request_status=request.status,
                    )
                if meeting.request_id in duplicates:
                    return replace(base, rule=ConflictRule.DUPLICATE_REQUEST)
                return replace(
                    base,
                    rule=ConflictRule.REQUEST_NOT_ACCEPTED,
                    request_status=request.status,
                )
            case Constraint.AVAILABILITY if who is not None and who in self.people:
                person = self.people[who]
                slot = self.slots[meeting.slot_id]
                why = unavailability(
                    person.arrival,
                    person.departure,
                    self.blocked[person.id],
                    slot.id,
                    slot.starts_at,
                    slot.ends_at,
                )
                rule = _UNAVAILABLE_RULE.get(why, ConflictRule.BLOCKED_SLOT)
                moment = {
                    ConflictRule.BEFORE_ARRIVAL: person.arrival,
                    ConflictRule.AFTER_DEPARTURE: person.departure,
                }.get(rule)
                return replace(base, rule=rule, moment=moment)
            case Constraint.MAX_MEETINGS:
                limited = self.people.get(who) if who is not None else None
                return replace(
                    base,
                    rule=ConflictRule.MAX_MEETINGS,
                    limit=limited.max_meetings if limited is not None else None,
                    count=len(violation.meetings),
                )
            case Constraint.OWN_TABLES:
                return replace(base, rule=ConflictRule.OWN_BOOTH)
            case Constraint.TABLE_CLASH:
                return replace(
                    base,
                    rule=ConflictRule.TABLE_DOUBLE_BOOKED,
                    other_meeting_ids=others,
                )
            case Constraint.PARTICIPANT_CLASH:
                return replace(
                    base,
                    rule=ConflictRule.PERSON_DOUBLE_BOOKED,
                    other_meeting_ids=others,
                )
            case _:
                return replace(base, rule=ConflictRule.OTHER, other_meeting_ids=others)

    def described(self) -> dict[int, CheckedMeeting]:
        out = {}
        for m in self.meetings:
            request = self.requests.get(m.request_id)
            table = self.tables[m.table_id]
            out[m.meeting_id] = CheckedMeeting(
                meeting_id=m.meeting_id,
                request_id=m.request_id,
                name_a=display_name(request.first_name_a, request.last_name_a) if request else "",
                name_b=display_name(request.first_name_b, request.last_name_b) if request else "",
                slot_id=m.slot_id,
                starts_at=self.slots[m.slot_id].starts_at,
                table_id=m.table_id,
                table_number=table.number,
                table_label=table.label,
                locked=m.locked,
            )
        return out


# ------------------------------------------------------------------ since the last solve


def schedule_fingerprint(session: Session) -> str:
    """A digest of the event's rules and the placed meetings: equal means nothing changed."""
    return _Snapshot.read(session).fingerprint()


@dataclass(frozen=True)
class SolveClaims:
    """What the last solve could prove about the schedule it stored."""

    at: dt.datetime
    proven_optimal: bool
    placed: int
    upper_bound: int
    breaks: int
    breaks_lower_bound: int


@dataclass(frozen=True)
class ScheduleState:
    check: ScheduleCheck
    # None before the first solve (or for a file solved by an older release).
    last_solve: SolveClaims | None
    # The schedule or the event changed since the last solve: its claims no longer hold.
    changed_since_solve: bool

    @property
    def claims(self) -> SolveClaims | None:
        """The last solve's claims while they still hold."""
        return None if self.changed_since_solve else self.last_solve


def schedule_state(session: Session) -> ScheduleState:
    entry = session.scalar(
        select(AuditEntry)
        .where(AuditEntry.action == "solve", AuditEntry.entity == "schedule")
        .order_by(AuditEntry.id.desc())
        .limit(1)
    )
    details = entry.details if entry is not None else {}
    claims = (
        SolveClaims(
            at=entry.at,
            proven_optimal=bool(details.get("proven_optimal")),
            placed=int(details.get("placed", 0)),
            upper_bound=int(details.get("upper_bound", 0)),
            breaks=int(details.get("breaks", 0)),
            breaks_lower_bound=int(details.get("breaks_lower_bound", 0)),
        )
        if entry is not None and "fingerprint" in details
        else None
    )
    snapshot = _Snapshot.read(session)
    changed = claims is not None and details["fingerprint"] != snapshot.fingerprint()
    return ScheduleState(_check(session, snapshot), claims, changed)
