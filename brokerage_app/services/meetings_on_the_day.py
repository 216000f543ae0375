"""Meetings on the day: held or no-show, and walk-in meetings in the gaps.

Table hosts mark meetings as held or no-show (by meeting id, or by scanning both badges at
the table). A no-show frees its slot and table for a walk-in; walk-ins are offered only where
both people are present and free, at a booth when one of them has one, and never by moving
anybody else's meeting.

The schema's unique index on (slot, table) counts every meeting that is not cancelled, so a
no-show still holds its cell. When a walk-in is booked into such a cell, the no-show meeting
is set to cancelled with outcome "did not take place" (and an audit entry saying it was a
no-show); that keeps the index whole without a schema change.

Times here are local wall-clock times of the event, like slot times: a naive datetime is taken
as local, an aware one is converted to the event's time zone.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import ColumnElement, and_, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, aliased

from brokerage_app.checkin.codes import CodeProblem, check_code
from brokerage_app.checkin.scanner import clean_scan
from brokerage_app.domain.availability import is_available
from brokerage_app.domain.calendar_words import date_day_time
from brokerage_app.domain.changes import Topic
from brokerage_app.domain.clock import EventClock, utcnow
from brokerage_app.domain.walk_in_problems import WalkInFault, WalkInProblem, WalkInRefusedError
from brokerage_app.errors import NotFoundError, RefusedError, ValidationError
from brokerage_app.services import audit
from brokerage_app.services.changes import note as note_changes
from brokerage_app.services.events import get_event
from brokerage_app.store.database import EventDatabase
from brokerage_app.store.models import (
    ACTIVE_SLOT,
    ACTIVE_TABLE,
    Attendee,
    AttendeeBlockedSlot,
    Meeting,
    MeetingOutcome,
    MeetingRequest,
    MeetingStatus,
    MeetingTable,
    RequestStatus,
    Slot,
)

# Statuses that keep a person and a table busy; a no-show's cell can be given away.
OCCUPYING = (MeetingStatus.SCHEDULED, MeetingStatus.HELD)
# A walk-in may still start in a slot that began a few minutes ago.
WALK_IN_GRACE = dt.timedelta(minutes=5)


@dataclass(frozen=True)
class MeetingState:
    meeting_id: int
    status: MeetingStatus
    slot_id: int
    starts_at: dt.datetime
    ends_at: dt.datetime
    table_id: int
    table_name: str
    attendee_a: int
    name_a: str
    attendee_b: int
    name_b: str
    walk_in: bool
    outcome: MeetingOutcome | None = None
    agreement_reached: bool = False
    table_number: int = 0
    table_label: str = ""  # the organiser's own name for the table, else ""

    def describe(self) -> str:
        text = (
            f"Meeting {self.meeting_id}: {self.name_a} – {self.name_b}, "
            f"{date_day_time(self.starts_at)}, {self.table_name}: "
            f"{self.status.value.replace('_', ' ')}"
        )
        if self.outcome is not None:
            text += f"; feedback: {self.outcome.value.replace('_', ' ')}"
        if self.agreement_reached:
            text += "; agreement reached"
        return text


@dataclass(frozen=True)
class WalkInOption:
    slot_id: int
    starts_at: dt.datetime
    ends_at: dt.datetime
    table_id: int
    table_name: str
    # A no-show meeting whose cell this option reuses (it stays on record as a no-show).
    replaces_meeting_id: int | None = None
    table_number: int = 0
    table_label: str = ""


@dataclass(frozen=True)
class WalkInBooking:
    meeting: MeetingState
    request_id: int
    # The no-show meeting whose cell the walk-in took; it stays a no-show.
    no_show_in_cell: int | None


def local_time(session: Session, moment: dt.datetime | None) -> dt.datetime:
    """A moment as naive local wall-clock time of the event (comparable with slot times)."""
    return EventClock.named(get_event(session).time_zone).wall(moment)


def _state(session: Session, meeting: Meeting) -> MeetingState:
    request = meeting.request
    slot = session.get(Slot, meeting.slot_id)
    table = session.get(MeetingTable, meeting.table_id)
    assert slot is not None and table is not None  # RESTRICT foreign keys
    return MeetingState(
        meeting_id=meeting.id,
        status=meeting.status,
        slot_id=slot.id,
        starts_at=slot.starts_at,
        ends_at=slot.ends_at,
        table_id=table.id,
        table_name=table.display_name,
        attendee_a=request.requester_id,
        name_a=request.requester.full_name,
        attendee_b=request.requested_id,
        name_b=request.requested.full_name,
        walk_in=meeting.walk_in,
        outcome=meeting.outcome,
        agreement_reached=meeting.agreement_reached,
        table_number=table.number,
        table_label=table.label or "",
    )


def get_meeting_state(session: Session, meeting_id: int) -> MeetingState:
    meeting = session.get(Meeting, meeting_id)
    if meeting is None:
        raise NotFoundError(f"No meeting with id {meeting_id}.")
    return _state(session, meeting)


# --- held / no-show -------------------------------------------------------------------------


def set_meeting_status(
    session: Session, meeting_id: int, status: MeetingStatus, *, actor: str = ""
) -> MeetingState:
    """Mark a meeting held, no-show, or back to scheduled (to correct a mistake)."""
    if status is MeetingStatus.CANCELLED:
        raise ValidationError("Status: cancel a meeting in the schedule, not on the day.")
    meeting = session.get(Meeting, meeting_id)
    if meeting is None:
        raise NotFoundError(f"No meeting with id {meeting_id}.")
    if meeting.status is MeetingStatus.CANCELLED:
        raise RefusedError(f"Meeting {meeting_id} was cancelled; it cannot be marked {status}.")
    if status is not MeetingStatus.NO_SHOW and _cell_taken_by_other(session, meeting):
        raise RefusedError(
            f"Meeting {meeting_id}'s table is meanwhile used by a walk-in meeting; "
            "it stays a no-show."
        )
    previous = meeting.status
    meeting.status = status
    if status is MeetingStatus.NO_SHOW:
        # A meeting that did not take place has no other feedback and no agreement.
        meeting.outcome = MeetingOutcome.DID_NOT_TAKE_PLACE
        meeting.agreement_reached = False
    elif meeting.outcome is MeetingOutcome.DID_NOT_TAKE_PLACE:
        meeting.outcome = None
    session.flush()
    audit.record(
        session,
        "meeting_status",
        "meeting",
        meeting_id,
        actor=actor,
        previous=previous.value,
        status=status.value,
    )
    note_changes(session, Topic.SCHEDULE, Topic.CHECKIN)
    return _state(session, meeting)


# Feedback that says the meeting took place.
TOOK_PLACE = (
    MeetingOutcome.NO_INTEREST,
    MeetingOutcome.INFORMATIVE,
    MeetingOutcome.COOPERATION_POSSIBLE,
)


def record_outcome(
    session: Session,
    meeting_id: int,
    feedback: MeetingOutcome | None,
    agreement_reached: bool = False,
    *,
    actor: str = "",
) -> MeetingState:
    """Record how a meeting went, as funders count it: feedback and whether it led to an agreement.

    Feedback that says the meeting took place (or an agreement) marks a scheduled meeting
    held; "did not take place" marks it a no-show. ``feedback=None`` clears the feedback.
    """
    meeting = session.get(Meeting, meeting_id)
    if meeting is None:
        raise NotFoundError(f"No meeting with id {meeting_id}.")
    if meeting.status is MeetingStatus.CANCELLED:
        raise RefusedError(f"Meeting {meeting_id} was cancelled; it has no outcome.")
    if feedback is MeetingOutcome.DID_NOT_TAKE_PLACE:
        if agreement_reached:
            raise ValidationError(
                f"Agreement: meeting {meeting_id} did not take place, so no agreement came of it."
            )
        if meeting.status is not MeetingStatus.NO_SHOW:
            return set_meeting_status(session, meeting_id, MeetingStatus.NO_SHOW, actor=actor)
        return _state(session, meeting)
    took_place = feedback in TOOK_PLACE or agreement_reached
    if took_place and meeting.status is MeetingStatus.NO_SHOW:
        raise RefusedError(
            f"Meeting {meeting_id} is marked no-show; mark it held first if it took place."
        )
    if took_place and meeting.status is MeetingStatus.SCHEDULED:
        set_meeting_status(session, meeting_id, MeetingStatus.HELD, actor=actor)
    previous = (meeting.outcome.value if meeting.outcome else None, meeting.agreement_reached)
    meeting.outcome = feedback
    meeting.agreement_reached = agreement_reached
    session.flush()
    audit.record(
        session,
        "meeting_outcome",
        "meeting",
        meeting_id,
        actor=actor,
        previous_feedback=previous[0],
        previous_agreement=previous[1],
        feedback=feedback.value if feedback else None,
        agreement_reached=agreement_reached,
    )
    note_changes(session, Topic.SCHEDULE)
    return _state(session, meeting)


def record_meeting(
    session: Session,
    meeting_id: int,
    status: MeetingStatus,
    feedback: MeetingOutcome | None,
    agreement_reached: bool = False,
    *,
    actor: str = "",
) -> MeetingState:
    """Status, feedback and agreement of one meeting in one unit of work (the window's form)."""
    state = get_meeting_state(session, meeting_id)
    if status is not state.status:
        state = set_meeting_status(session, meeting_id, status, actor=actor)
    if status is MeetingStatus.NO_SHOW or (
        feedback is state.outcome and agreement_reached == state.agreement_reached
    ):
        return state
    return record_outcome(session, meeting_id, feedback, agreement_reached, actor=actor)


def _cell_taken_by_other(session: Session, meeting: Meeting) -> bool:
    return (
        session.scalar(
            select(Meeting.id).where(
                Meeting.slot_id == meeting.slot_id,
                Meeting.table_id == meeting.table_id,
                Meeting.id != meeting.id,
                Meeting.status.in_(OCCUPYING),
            )
        )
        is not None
    )


def mark_held(session: Session, meeting_id: int, *, actor: str = "") -> MeetingState:
    return set_meeting_status(session, meeting_id, MeetingStatus.HELD, actor=actor)


def mark_no_show(session: Session, meeting_id: int, *, actor: str = "") -> MeetingState:
    return set_meeting_status(session, meeting_id, MeetingStatus.NO_SHOW, actor=actor)


def _attendee_of_code(session: Session, code: str, which: str) -> Attendee:
    event = get_event(session)
    check = check_code(clean_scan(code), event.uid, event.badge_secret)
    if check.problem is not None or check.attendee_id is None:
        reason = (
            "is from another event" if check.problem is CodeProblem.WRONG_EVENT else "is not valid"
        )
        raise ValidationError(f"{which} badge: the code {reason}.")
    attendee = session.get(Attendee, check.attendee_id)
    if attendee is None:
        raise NotFoundError(f"{which} badge: attendee {check.attendee_id} is not registered.")
    if check.version != attendee.badge_version:
        raise ValidationError(
            f"{which} badge: {attendee.full_name}'s badge was reprinted; this one is revoked."
        )
    return attendee


def _pair_clause(first: int, second: int) -> ColumnElement[bool]:
    return or_(
        and_(MeetingRequest.requester_id == first, MeetingRequest.requested_id == second),
        and_(MeetingRequest.requester_id == second, MeetingRequest.requested_id == first),
    )


def confirm_meeting_by_badges(
    database: EventDatabase,
    code_a: str,
    code_b: str,
    now: dt.datetime | None = None,
    *,
    actor: str = "",
) -> MeetingState:
    """Both badges scanned at a table: mark their meeting nearest to ``now`` as held."""
    with database.session() as session:
        first = _attendee_of_code(session, code_a, "First")
        second = _attendee_of_code(session, code_b, "Second")
        if first.id == second.id:
            raise ValidationError("Second badge: the same badge was scanned twice.")
        moment = local_time(session, now)
        candidates = session.execute(
            select(Meeting, Slot)
            .join(MeetingRequest, MeetingRequest.id == Meeting.request_id)
            .join(Slot, Slot.id == Meeting.slot_id)
            .where(_pair_clause(first.id, second.id), Meeting.status != MeetingStatus.CANCELLED)
        ).all()
        if not candidates:
            raise NotFoundError(
                f"{first.full_name} and {second.full_name} have no meeting together; "
                "offer them a walk-in meeting."
            )

        def distance(slot: Slot) -> dt.timedelta:
            if slot.starts_at <= moment < slot.ends_at:
                return dt.timedelta(0)
            return min(abs(slot.starts_at - moment), abs(slot.ends_at - moment))

        meeting, _slot = min(candidates, key=lambda pair: (distance(pair[1]), pair[1].starts_at))
        return set_meeting_status(session, meeting.id, MeetingStatus.HELD, actor=actor)


# --- walk-ins -------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Grid:
    """Who and what is busy, per slot, for two people."""

    slots: list[Slot]
    tables: list[MeetingTable]
    allowed_tables: list[MeetingTable]
    busy_people: dict[int, dict[int, int]]  # slot id -> attendee id -> meeting id
    occupied: dict[tuple[int, int], int]  # (slot id, table id) -> occupying meeting id
    no_shows: dict[tuple[int, int], int]  # (slot id, table id) -> no-show meeting id
    people: tuple[Attendee, Attendee]
    blocked: dict[int, set[int]]


def _people(session: Session, attendee_a: int, attendee_b: int) -> tuple[Attendee, Attendee]:
    if attendee_a == attendee_b:
        raise ValidationError("Attendees: a walk-in meeting needs two different people.")
    found = []
    for which, attendee_id in (("First", attendee_a), ("Second", attendee_b)):
        attendee = session.get(Attendee, attendee_id)
        if attendee is None:
            raise NotFoundError(f"{which} attendee: no attendee with id {attendee_id}.")
        found.append(attendee)
    return found[0], found[1]


def _grid(session: Session, attendee_a: int, attendee_b: int, slots: list[Slot]) -> _Grid:
    people = _people(session, attendee_a, attendee_b)
    ids = [p.id for p in people]
    slot_ids = [s.id for s in slots]
    tables = list(
        session.scalars(select(MeetingTable).where(ACTIVE_TABLE).order_by(MeetingTable.number))
    )
    booths = [t for t in tables if t.owner_id in ids]
    # A booth hosts only its exhibitor's meetings, and an exhibitor meets at their booth.
    allowed = booths or [t for t in tables if t.owner_id is None]
    requester = aliased(MeetingRequest)
    meetings = session.execute(
        select(
            Meeting.id,
            Meeting.slot_id,
            Meeting.table_id,
            Meeting.status,
            requester.requester_id,
            requester.requested_id,
        )
        .join(requester, requester.id == Meeting.request_id)
        .where(Meeting.slot_id.in_(slot_ids), Meeting.status != MeetingStatus.CANCELLED)
    ).all()
    busy_people: dict[int, dict[int, int]] = defaultdict(dict)
    occupied: dict[tuple[int, int], int] = {}
    no_shows: dict[tuple[int, int], int] = {}
    for meeting_id, slot_id, table_id, status, one, other in meetings:
        if status in OCCUPYING:
            occupied[(slot_id, table_id)] = meeting_id
            for person in (one, other):
                if person in ids:
                    busy_people[slot_id][person] = meeting_id
        else:
            no_shows[(slot_id, table_id)] = meeting_id
    blocked: dict[int, set[int]] = defaultdict(set)
    for attendee_id, slot_id in session.execute(
        select(AttendeeBlockedSlot.attendee_id, AttendeeBlockedSlot.slot_id).where(
            AttendeeBlockedSlot.attendee_id.in_(ids)
        )
    ):
        blocked[attendee_id].add(slot_id)
    return _Grid(slots, tables, allowed, busy_people, occupied, no_shows, people, blocked)


def _slot_problem(grid: _Grid, slot: Slot) -> WalkInProblem | None:
    """Why neither table of this slot works for the pair (None if the people are free)."""
    for person in grid.people:
        if not is_available(
            person.arrival,
            person.departure,
            grid.blocked[person.id],
            slot.id,
            slot.starts_at,
            slot.ends_at,
        ):
            return WalkInProblem(
                WalkInFault.NOT_AVAILABLE, person=person.full_name, starts_at=slot.starts_at
            )
        meeting_id = grid.busy_people[slot.id].get(person.id)
        if meeting_id is not None:
            return WalkInProblem(
                WalkInFault.PERSON_BUSY,
                person=person.full_name,
                meeting_id=meeting_id,
                starts_at=slot.starts_at,
            )
    return None


def _options(grid: _Grid) -> list[WalkInOption]:
    options: list[tuple[tuple[dt.datetime, bool, int], WalkInOption]] = []
    for slot in grid.slots:
        if _slot_problem(grid, slot) is not None:
            continue
        for table in grid.allowed_tables:
            cell = (slot.id, table.id)
            if cell in grid.occupied:
                continue
            replaces = grid.no_shows.get(cell)
            option = WalkInOption(
                slot.id,
                slot.starts_at,
                slot.ends_at,
                table.id,
                table.display_name,
                replaces,
                table.number,
                table.label or "",
            )
            # Empty tables first: taking a no-show's table rewrites that meeting's record.
            options.append(((slot.starts_at, replaces is not None, table.number), option))
    options.sort(key=lambda item: item[0])
    return [option for _key, option in options]


def walk_in_options(
    session: Session,
    attendee_a: int,
    attendee_b: int,
    from_time: dt.datetime | None = None,
    *,
    limit: int | None = None,
) -> list[WalkInOption]:
    """Free (slot, table) places for a meeting of two people from ``from_time`` on.

    Respects both people's presence, blocked slots and other meetings, and booths; tables of
    no-show meetings count as free. Earliest slots first, within a slot the lowest table.
    """
    moment = local_time(session, from_time)
    slots = list(
        session.scalars(
            select(Slot)
            .where(ACTIVE_SLOT, Slot.starts_at >= moment - WALK_IN_GRACE)
            .order_by(Slot.starts_at)
        )
    )
    grid = _grid(session, attendee_a, attendee_b, slots)
    _refuse_if_meeting_exists(session, *grid.people)
    options = _options(grid)
    return options[:limit] if limit is not None else options


def _refuse_if_meeting_exists(session: Session, first: Attendee, second: Attendee) -> None:
    request = _find_request(session, first.id, second.id)
    meeting = request.meeting if request is not None else None
    if meeting is not None and meeting.status in OCCUPYING:
        state = _state(session, meeting)
        raise WalkInRefusedError(
            WalkInProblem(
                WalkInFault.PAIR_HAS_MEETING,
                person=first.full_name,
                other=second.full_name,
                meeting_id=meeting.id,
                starts_at=state.starts_at,
                table_number=state.table_number,
                table_label=state.table_label,
            )
        )


def _explain_refusal(grid: _Grid, slot: Slot, table: MeetingTable) -> WalkInProblem:
    problem = _slot_problem(grid, slot)
    if problem is not None:
        return problem
    if table not in grid.allowed_tables:
        if table.owner_id is not None and table.owner_id not in {p.id for p in grid.people}:
            return WalkInProblem(
                WalkInFault.OTHER_BOOTH, table_number=table.number, table_label=table.label or ""
            )
        return WalkInProblem(WalkInFault.BELONGS_AT_BOOTH)
    return WalkInProblem(
        WalkInFault.TABLE_TAKEN,
        meeting_id=grid.occupied[(slot.id, table.id)],
        starts_at=slot.starts_at,
        table_number=table.number,
        table_label=table.label or "",
    )


def _find_request(session: Session, first: int, second: int) -> MeetingRequest | None:
    return session.scalar(select(MeetingRequest).where(_pair_clause(first, second)))


def book_walk_in(
    session: Session,
    attendee_a: int,
    attendee_b: int,
    slot_id: int,
    table_id: int,
    *,
    actor: str = "",
    now: dt.datetime | None = None,
) -> WalkInBooking:
    """Book a walk-in meeting at a free place (one of walk_in_options)."""
    slot = session.get(Slot, slot_id)
    if slot is None:
        raise NotFoundError(f"Slot: no slot with id {slot_id}.")
    table = session.get(MeetingTable, table_id)
    if table is None:
        raise NotFoundError(f"Table: no table with id {table_id}.")
    grid = _grid(session, attendee_a, attendee_b, [slot])
    chosen = next((o for o in _options(grid) if o.table_id == table_id), None)
    if chosen is None:
        raise WalkInRefusedError(_explain_refusal(grid, slot, table))
    first, second = grid.people
    _refuse_if_meeting_exists(session, first, second)
    # Stored timestamps are UTC, while a naive ``now`` here means event-local time.
    stamp = utcnow() if now is None else EventClock.named(get_event(session).time_zone).stored(now)
    request = _find_request(session, first.id, second.id)
    if request is None:
        request = MeetingRequest(
            requester_id=first.id,
            requested_id=second.id,
            status=RequestStatus.ACCEPTED,
            priority=1,
            note="Walk-in meeting booked on the day",
            responded_at=stamp,
        )
        session.add(request)
        session.flush()
    elif request.status is not RequestStatus.ACCEPTED:
        audit.record(
            session,
            "accept_request",
            "meeting_request",
            request.id,
            actor=actor,
            previous=request.status.value,
            reason="walk-in",
        )
        request.status = RequestStatus.ACCEPTED
        request.responded_at = stamp
    released = chosen.replaces_meeting_id
    meeting = request.meeting
    if meeting is not None and released == meeting.id:
        released = None
    try:
        with session.begin_nested():
            if meeting is None:
                meeting = Meeting(request_id=request.id, slot_id=slot.id, table_id=table.id)
                session.add(meeting)
            else:
                # Their earlier meeting did not take place; it becomes this walk-in.
                audit.record(
                    session,
                    "rebook_meeting",
                    "meeting",
                    meeting.id,
                    actor=actor,
                    previous_status=meeting.status.value,
                    previous_slot_id=meeting.slot_id,
                    previous_table_id=meeting.table_id,
                )
                meeting.slot_id, meeting.table_id = slot.id, table.id
            meeting.status = MeetingStatus.SCHEDULED
            meeting.outcome = None
            meeting.agreement_reached = False
            meeting.walk_in = True
            # Placed by hand on the day: a re-solve must not move it.
            meeting.locked = True
    except IntegrityError as exc:
        raise WalkInRefusedError(
            WalkInProblem(
                WalkInFault.JUST_TAKEN,
                starts_at=slot.starts_at,
                table_number=table.number,
                table_label=table.label or "",
            )
        ) from exc
    audit.record(
        session,
        "book_walk_in",
        "meeting",
        meeting.id,
        actor=actor,
        attendees=[first.id, second.id],
        slot_id=slot.id,
        table_id=table.id,
        no_show_in_cell=released,
    )
    note_changes(session, Topic.SCHEDULE, Topic.REQUESTS, Topic.CHECKIN)
    session.refresh(meeting)
    return WalkInBooking(_state(session, meeting), request.id, released)


# --- undoing a walk-in booking (the window's undo stack) -------------------------------------


@dataclass(frozen=True)
class _MeetingFields:
    slot_id: int
    table_id: int
    status: MeetingStatus
    outcome: MeetingOutcome | None
    agreement_reached: bool
    walk_in: bool
    locked: bool


@dataclass(frozen=True)
class PairBefore:
    """What booking a walk-in for two people may change, as it was before the booking."""

    request_id: int | None
    request_status: RequestStatus | None
    responded_at: dt.datetime | None
    meeting: _MeetingFields | None


def pair_before_walk_in(session: Session, attendee_a: int, attendee_b: int) -> PairBefore:
    """Take this before ``book_walk_in``; ``undo_walk_in`` puts it back."""
    request = _find_request(session, attendee_a, attendee_b)
    if request is None:
        return PairBefore(None, None, None, None)
    meeting = request.meeting
    fields = (
        None
        if meeting is None
        else _MeetingFields(
            meeting.slot_id,
            meeting.table_id,
            meeting.status,
            meeting.outcome,
            meeting.agreement_reached,
            meeting.walk_in,
            meeting.locked,
        )
    )
    return PairBefore(request.id, request.status, request.responded_at, fields)


def undo_walk_in(
    session: Session, booking: WalkInBooking, before: PairBefore, *, actor: str = ""
) -> None:
    """Take a walk-in booking back: the meeting (and a request made for it) go, or an earlier
    meeting and request of the pair get their previous state again."""
    meeting = session.get(Meeting, booking.meeting.meeting_id)
    request = session.get(MeetingRequest, booking.request_id)
    if meeting is None or request is None:
        raise NotFoundError(f"The walk-in meeting {booking.meeting.meeting_id} is gone.")
    if before.meeting is None:
        session.delete(meeting)
    else:
        old = before.meeting
        meeting.slot_id, meeting.table_id, meeting.status = old.slot_id, old.table_id, old.status
        meeting.outcome, meeting.agreement_reached = old.outcome, old.agreement_reached
        meeting.walk_in, meeting.locked = old.walk_in, old.locked
    session.flush()
    if before.request_id is None:
        session.delete(request)
    else:
        assert before.request_status is not None
        request.status, request.responded_at = before.request_status, before.responded_at
    session.flush()
    audit.record(
        session,
        "undo_walk_in",
        "meeting",
        booking.meeting.meeting_id,
        actor=actor,
        attendees=[booking.meeting.attendee_a, booking.meeting.attendee_b],
    )
    note_changes(session, Topic.SCHEDULE, Topic.REQUESTS, Topic.CHECKIN)
