"""Meeting requests: listing, creating, accepting/declining/cancelling, and early warnings.

Status rules:
- only accepted requests are scheduled; when a request leaves "accepted", its placed meeting
  stays where it is and the schedule check reports it as a conflict, until a re-solve takes
  it out (or the organiser unschedules it): nothing leaves the schedule unseen;
- a request whose meeting has already been held or marked as a no-show keeps its status:
  changing it would rewrite history.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import NamedTuple

from sqlalchemy import delete, or_, select
from sqlalchemy.orm import Session, aliased

from brokerage_app.domain.changes import Changes, Topic
from brokerage_app.domain.clock import utcnow
from brokerage_app.domain.priority import PRIORITY_HELP, PRIORITY_NAMES
from brokerage_app.domain.text import display_name
from brokerage_app.errors import NotFoundError, RefusedError, ValidationError
from brokerage_app.scheduling.reasons import Reason
from brokerage_app.services import audit
from brokerage_app.services.changes import note as note_changes
from brokerage_app.services.changes import noted
from brokerage_app.store.models import (
    ACTIVE_SLOT,
    Attendee,
    AttendeeBlockedSlot,
    BadgeCategory,
    Meeting,
    MeetingRequest,
    MeetingStatus,
    Organisation,
    RequestStatus,
    Slot,
)
from brokerage_app.store.rows import named_rows

# Categories that never take part in one-to-one meetings.
NON_MEETING_CATEGORIES = (BadgeCategory.ORGANISER, BadgeCategory.PRESS, BadgeCategory.STAFF)


@dataclass(frozen=True)
class RequestRow:
    id: int
    requester_id: int
    requester_name: str
    requester_organisation: str
    requested_id: int
    requested_name: str
    requested_organisation: str
    status: RequestStatus
    priority: int
    note: str
    scheduled: bool
    unscheduled_reason: Reason | None  # why the last solve left it out (None: no reason)
    created_at: dt.datetime | None


@dataclass(frozen=True)
class RequestWarning:
    """``message`` is the English sentence (CLI, logs); the window words its own from the
    facts: ``names`` (the people), ``count`` (their open requests) and ``limit`` with
    ``limit_kind`` ("max_meetings" or "free_slots")."""

    kind: str  # "over_requested", "never_fits", "no_meetings_allowed"
    message: str
    attendee_id: int | None = None
    request_id: int | None = None
    names: tuple[str, ...] = ()
    count: int = 0
    limit: int = 0
    limit_kind: str = ""


class _RequestRecord(NamedTuple):
    id: int
    requester_id: int
    requester_first_name: str
    requester_last_name: str
    requester_organisation: str
    requested_id: int
    requested_first_name: str
    requested_last_name: str
    requested_organisation: str
    status: RequestStatus
    priority: int
    note: str
    meeting_id: int | None
    meeting_status: MeetingStatus | None
    unscheduled_reason: str
    created_at: dt.datetime


def list_requests(session: Session, attendee_id: int | None = None) -> list[RequestRow]:
    """All requests (or one attendee's, sent and received) as plain rows, in one query."""
    requester = aliased(Attendee)
    requested = aliased(Attendee)
    requester_org = aliased(Organisation)
    requested_org = aliased(Organisation)
    query = (
        select(
            MeetingRequest.id,
            MeetingRequest.requester_id,
            requester.first_name.label("requester_first_name"),
            requester.last_name.label("requester_last_name"),
            requester_org.name.label("requester_organisation"),
            MeetingRequest.requested_id,
            requested.first_name.label("requested_first_name"),
            requested.last_name.label("requested_last_name"),
            requested_org.name.label("requested_organisation"),
            MeetingRequest.status,
            MeetingRequest.priority,
            MeetingRequest.note,
            Meeting.id.label("meeting_id"),
            Meeting.status.label("meeting_status"),
            MeetingRequest.unscheduled_reason,
            MeetingRequest.created_at,
        )
        .join(requester, MeetingRequest.requester_id == requester.id)
        .join(requested, MeetingRequest.requested_id == requested.id)
        .join(requester_org, requester.organisation_id == requester_org.id)
        .join(requested_org, requested.organisation_id == requested_org.id)
        .outerjoin(Meeting, Meeting.request_id == MeetingRequest.id)
        .order_by(MeetingRequest.id)
    )
    if attendee_id is not None:
        query = query.where(
            or_(
                MeetingRequest.requester_id == attendee_id,
                MeetingRequest.requested_id == attendee_id,
            )
        )
    rows = []
    for r in named_rows(session.execute(query), _RequestRecord):
        rows.append(
            RequestRow(
                id=r.id,
                requester_id=r.requester_id,
                requester_name=display_name(r.requester_first_name, r.requester_last_name),
                requester_organisation=r.requester_organisation,
                requested_id=r.requested_id,
                requested_name=display_name(r.requested_first_name, r.requested_last_name),
                requested_organisation=r.requested_organisation,
                status=RequestStatus(r.status),
                priority=r.priority,
                note=r.note,
                scheduled=r.meeting_id is not None and r.meeting_status != MeetingStatus.CANCELLED,
                unscheduled_reason=Reason.from_json(r.unscheduled_reason or ""),
                created_at=r.created_at,
            )
        )
    return rows


def create_request(
    session: Session,
    requester_id: int,
    requested_id: int,
    *,
    priority: int = 1,
    note: str = "",
    status: RequestStatus = RequestStatus.PENDING,
    actor: str = "",
) -> int:
    """Record that one attendee asks to meet another; the pair may exist only once."""
    status = RequestStatus(status)
    if requester_id == requested_id:
        raise ValidationError(
            "Requested attendee: a delegate cannot request a meeting with themselves."
        )
    if priority not in PRIORITY_NAMES:
        raise ValidationError(f"Priority: {priority} is not {PRIORITY_HELP}.")
    people = {}
    for field_name, attendee_id in (
        ("Requester", requester_id),
        ("Requested attendee", requested_id),
    ):
        attendee = session.get(Attendee, attendee_id)
        if attendee is None:
            raise ValidationError(f"{field_name}: no attendee with id {attendee_id}.")
        if attendee.badge_category in NON_MEETING_CATEGORIES:
            raise ValidationError(
                f"{field_name}: {attendee.full_name} is registered as "
                f"{attendee.badge_category.value} and does not take meetings."
            )
        people[field_name] = attendee
    existing = session.scalar(
        select(MeetingRequest).where(
            or_(
                (MeetingRequest.requester_id == requester_id)
                & (MeetingRequest.requested_id == requested_id),
                (MeetingRequest.requester_id == requested_id)
                & (MeetingRequest.requested_id == requester_id),
            )
        )
    )
    if existing is not None:
        raise RefusedError(
            f"{people['Requester'].full_name} and {people['Requested attendee'].full_name} "
            f"already have request {existing.id} ({existing.status.value})."
        )
    request = MeetingRequest(
        requester_id=requester_id,
        requested_id=requested_id,
        priority=priority,
        note=note,
        status=status,
        responded_at=None if status is RequestStatus.PENDING else utcnow(),
    )
    session.add(request)
    session.flush()
    audit.record(
        session,
        "create",
        "meeting_request",
        request.id,
        actor=actor,
        requester=requester_id,
        requested=requested_id,
        status=status.value,
    )
    note_changes(session, Topic.REQUESTS)
    return request.id


def set_status(
    session: Session, request_ids: Iterable[int], status: RequestStatus, *, actor: str = ""
) -> dict[int, RequestStatus]:
    """Change the status of requests in one go; returns each one's previous status (for undo).

    Refused as a whole, naming the request, if one id is unknown or its meeting already
    took place.
    """
    status = RequestStatus(status)
    ids = sorted(set(request_ids))
    if not ids:
        return {}
    requests = {
        r.id: r for r in session.scalars(select(MeetingRequest).where(MeetingRequest.id.in_(ids)))
    }
    missing = [i for i in ids if i not in requests]
    if missing:
        raise NotFoundError(f"No meeting request with id {missing[0]}.")
    meetings = {
        m.request_id: m for m in session.scalars(select(Meeting).where(Meeting.request_id.in_(ids)))
    }
    previous: dict[int, RequestStatus] = {}
    now = utcnow()
    for request_id in ids:
        request = requests[request_id]
        meeting = meetings.get(request_id)
        if request.status is status:
            continue
        if meeting is not None and meeting.status in (MeetingStatus.HELD, MeetingStatus.NO_SHOW):
            raise RefusedError(
                f"Request {request_id}: its meeting is already recorded as "
                f"{meeting.status.value.replace('_', '-')}; its status cannot change."
            )
        previous[request_id] = request.status
        request.status = status
        request.responded_at = None if status is RequestStatus.PENDING else now
        if status is not RequestStatus.ACCEPTED:
            request.unscheduled_reason = ""
        if (
            meeting is not None
            and status is RequestStatus.ACCEPTED
            and meeting.status is MeetingStatus.CANCELLED
        ):
            # A cancelled meeting left from an earlier decline is cleared: the next solve
            # places the request afresh.
            session.execute(delete(Meeting).where(Meeting.id == meeting.id))
    # Flush before expiring: expiring unflushed objects would drop the status changes.
    session.flush()
    session.expire_all()
    if previous:
        audit.record(
            session,
            "set_status",
            "meeting_request",
            None,
            actor=actor,
            status=status.value,
            requests=sorted(previous),
        )
        # An accepted request can be placed; a declined one frees its meeting's cell.
        note_changes(session, Topic.REQUESTS, Topic.SCHEDULE)
    return previous


def restore_statuses(
    session: Session, previous: dict[int, RequestStatus], *, actor: str = ""
) -> Changes:
    """Put back what :func:`set_status` returned (undo)."""
    by_status: dict[RequestStatus, list[int]] = defaultdict(list)
    for request_id, status in previous.items():
        by_status[RequestStatus(status)].append(request_id)
    for status, ids in by_status.items():
        set_status(session, ids, status, actor=actor)
    return noted(session)


def delete_request(session: Session, request_id: int, *, actor: str = "") -> Changes:
    request = session.get(MeetingRequest, request_id)
    if request is None:
        raise NotFoundError(f"No meeting request with id {request_id}.")
    session.delete(request)
    audit.record(session, "delete", "meeting_request", request_id, actor=actor)
    return note_changes(session, Topic.REQUESTS, Topic.SCHEDULE)


@dataclass(frozen=True)
class RequestCounts:
    by_status: dict[str, int]
    scheduled: int
    accepted_unscheduled: int


def request_counts(rows: Iterable[RequestRow]) -> RequestCounts:
    rows = list(rows)
    by_status = Counter(r.status.value for r in rows)
    scheduled = sum(1 for r in rows if r.status is RequestStatus.ACCEPTED and r.scheduled)
    accepted = by_status.get(RequestStatus.ACCEPTED.value, 0)
    return RequestCounts(
        by_status={s.value: by_status.get(s.value, 0) for s in RequestStatus},
        scheduled=scheduled,
        accepted_unscheduled=accepted - scheduled,
    )


def _available_slots(session: Session) -> dict[int, frozenset[int]]:
    """Each meeting attendee's usable slots: inside arrival-departure, not blocked."""
    slots = session.execute(select(Slot.id, Slot.starts_at, Slot.ends_at).where(ACTIVE_SLOT)).all()
    blocked: dict[int, set[int]] = defaultdict(set)
    for attendee_id, slot_id in session.execute(
        select(AttendeeBlockedSlot.attendee_id, AttendeeBlockedSlot.slot_id)
    ):
        blocked[attendee_id].add(slot_id)
    available = {}
    for attendee_id, arrival, departure in session.execute(
        select(Attendee.id, Attendee.arrival, Attendee.departure)
    ):
        available[attendee_id] = frozenset(
            slot_id
            for slot_id, starts, ends in slots
            if (arrival is None or starts >= arrival)
            and (departure is None or ends <= departure)
            and slot_id not in blocked[attendee_id]
        )
    return available


def request_warnings(session: Session) -> list[RequestWarning]:
    """What will go wrong at solve time, said early: over-requested people, impossible pairs."""
    live = (RequestStatus.PENDING, RequestStatus.ACCEPTED)
    requests = session.execute(
        select(
            MeetingRequest.id,
            MeetingRequest.requester_id,
            MeetingRequest.requested_id,
            MeetingRequest.status,
        ).where(MeetingRequest.status.in_(live))
    ).all()
    if not requests:
        return []
    people = {
        row.id: row
        for row in session.execute(
            select(Attendee.id, Attendee.first_name, Attendee.last_name, Attendee.max_meetings)
        )
    }

    def name(attendee_id: int) -> str:
        row = people[attendee_id]
        return display_name(row.first_name, row.last_name)

    available = _available_slots(session)
    warnings: list[RequestWarning] = []
    load: Counter[int] = Counter()
    for _request_id, requester_id, requested_id, _status in requests:
        load[requester_id] += 1
        load[requested_id] += 1
    for attendee_id, count in sorted(load.items(), key=lambda item: (-item[1], item[0])):
        free = len(available.get(attendee_id, ()))
        limit = people[attendee_id].max_meetings
        capacity = free if limit is None else min(free, limit)
        if limit == 0:
            warnings.append(
                RequestWarning(
                    "no_meetings_allowed",
                    f"{name(attendee_id)} allows no meetings (max meetings 0) but is in "
                    f"{count} open request(s).",
                    attendee_id=attendee_id,
                    names=(name(attendee_id),),
                    count=count,
                )
            )
        elif count > capacity:
            by_limit = limit is not None and limit < free
            why = f"max {limit} meetings" if by_limit else f"{free} free slots"
            warnings.append(
                RequestWarning(
                    "over_requested",
                    f"{name(attendee_id)} is in {count} pending or accepted requests but has "
                    f"only {why}.",
                    attendee_id=attendee_id,
                    names=(name(attendee_id),),
                    count=count,
                    limit=capacity,
                    limit_kind="max_meetings" if by_limit else "free_slots",
                )
            )
    for request_id, requester_id, requested_id, _status in requests:
        if not available.get(requester_id, frozenset()) & available.get(requested_id, frozenset()):
            warnings.append(
                RequestWarning(
                    "never_fits",
                    f"Request {request_id}: {name(requester_id)} and {name(requested_id)} are "
                    "never available at the same time (arrival, departure or blocked slots).",
                    request_id=request_id,
                    names=(name(requester_id), name(requested_id)),
                )
            )
    return warnings
