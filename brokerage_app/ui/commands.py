"""Undoable edits. Each command calls services for both directions; the pages that show
what those services noted as changed reload (``context.edit``), in either direction.

A command does its work once before it is pushed (so a refused edit never reaches the
stack and its error is shown like any other); QUndoStack's first ``redo`` is skipped.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand
from sqlalchemy.orm import Session

from brokerage_app.scheduling.reasons import Reason
from brokerage_app.services import event_settings, people, schedule
from brokerage_app.services import requests as request_service
from brokerage_app.services.event_settings import EventSettings
from brokerage_app.services.meetings_on_the_day import (
    MeetingState,
    PairBefore,
    WalkInBooking,
    book_walk_in,
    get_meeting_state,
    pair_before_walk_in,
    record_meeting,
    undo_walk_in,
)
from brokerage_app.services.people import AttendeeInput
from brokerage_app.services.schedule_check import ScheduleCheck, check_schedule
from brokerage_app.store.models import MeetingOutcome, MeetingStatus, RequestStatus
from brokerage_app.ui.context import AppContext


class ServiceCommand(QUndoCommand):
    # Edits that can break placed meetings run the schedule check in their own transaction
    # and hand the result to ``context.schedule_checked``.
    checks_schedule = False

    def __init__(
        self,
        context: AppContext,
        text: str,
        forward: Callable[[Session], object],
        backward: Callable[[Session], object],
    ) -> None:
        super().__init__(text)
        self.context = context
        self.do = forward
        self.undo_in = backward
        self._pushed = False

    def _run(self, work: Callable[[Session], object]) -> None:
        def unit(session: Session) -> ScheduleCheck | None:
            done = work(session)
            if not self.checks_schedule:
                return None
            # A service that ran the check itself hands it back: it is not run twice.
            return done if isinstance(done, ScheduleCheck) else check_schedule(session)

        check = self.context.edit(unit)
        if check is not None:
            self.context.schedule_checked.emit(check)

    def execute(self) -> None:
        """Apply the edit and put it on the undo stack; raises (and stays off) if refused."""
        self._run(self.do)
        self._pushed = True
        self.context.undo_stack.push(self)

    def redo(self) -> None:
        if not self._pushed:
            return
        if getattr(self, "_first_redo_skipped", False):
            self._run(self.do)
        self._first_redo_skipped = True

    def undo(self) -> None:
        self._run(self.undo_in)


class EditAttendeeCommand(ServiceCommand):
    checks_schedule = True

    def __init__(
        self,
        context: AppContext,
        attendee_id: int,
        after: tuple[AttendeeInput, int | None],
        name: str,
    ) -> None:
        super().__init__(context, context.tr("Edit {name}").format(name=name), self._do, self._undo)
        self.attendee_id = attendee_id
        self.after = after
        self.before: tuple[AttendeeInput, int | None] | None = None

    def _apply(self, session: Session, state: tuple[AttendeeInput, int | None]) -> None:
        data, table_id = state
        people.update_attendee(session, self.attendee_id, data, actor=self.context.actor)
        attendee = people.get_attendee(session, self.attendee_id)
        current = attendee.own_table.id if attendee.own_table else None
        if current != table_id:
            people.set_own_table(session, self.attendee_id, table_id, actor=self.context.actor)

    def _do(self, session: Session) -> None:
        if self.before is None:
            attendee = people.get_attendee(session, self.attendee_id)
            own = attendee.own_table.id if attendee.own_table else None
            self.before = (people.attendee_input(attendee), own)
        self._apply(session, self.after)

    def _undo(self, session: Session) -> None:
        assert self.before is not None
        self._apply(session, self.before)


class BulkEditAttendeesCommand(ServiceCommand):
    """One change for a selection of attendees; undo gives each back their own values."""

    checks_schedule = True

    def __init__(
        self, context: AppContext, attendee_ids: list[int], edit: people.AvailabilityEdit
    ) -> None:
        super().__init__(
            context,
            context.tr("Edit {count} attendee(s)").format(count=len(attendee_ids)),
            self._do,
            self._undo,
        )
        self.attendee_ids = attendee_ids
        self.edit = edit
        self.result: people.BulkEdit | None = None

    def _do(self, session: Session) -> ScheduleCheck:
        result = people.edit_attendees(
            session, self.attendee_ids, self.edit, actor=self.context.actor
        )
        if self.result is None:
            self.result = result
        return result.check

    def _undo(self, session: Session) -> None:
        assert self.result is not None
        people.restore_attendees(session, self.result.previous, actor=self.context.actor)


class AddAttendeeCommand(ServiceCommand):
    def __init__(
        self, context: AppContext, state: tuple[AttendeeInput, int | None], name: str
    ) -> None:
        super().__init__(context, context.tr("Add {name}").format(name=name), self._do, self._undo)
        self.state = state
        self.attendee_id: int | None = None

    def _do(self, session: Session) -> None:
        data, table_id = self.state
        self.attendee_id = people.create_attendee(session, data, actor=self.context.actor)
        if table_id is not None:
            people.set_own_table(session, self.attendee_id, table_id, actor=self.context.actor)

    def _undo(self, session: Session) -> None:
        assert self.attendee_id is not None
        people.delete_attendee(session, self.attendee_id, cascade=True, actor=self.context.actor)


class RequestStatusCommand(ServiceCommand):
    checks_schedule = True

    def __init__(self, context: AppContext, request_ids: list[int], status: RequestStatus):
        super().__init__(
            context,
            context.tr("Mark {count} request(s) {status}").format(
                count=len(request_ids), status=status.value
            ),
            self._do,
            self._undo,
        )
        self.request_ids = request_ids
        self.status = status
        self.previous: dict[int, RequestStatus] = {}

    def _do(self, session: Session) -> None:
        self.previous = request_service.set_status(
            session, self.request_ids, self.status, actor=self.context.actor
        )

    def _undo(self, session: Session) -> None:
        request_service.restore_statuses(session, self.previous, actor=self.context.actor)


class MoveMeetingCommand(ServiceCommand):
    """Drag-and-drop move; the meeting is locked where the organiser put it."""

    def __init__(
        self, context: AppContext, meeting_id: int, target: tuple[int, int], description: str
    ) -> None:
        super().__init__(
            context, context.tr("Move {what}").format(what=description), self._do, self._undo
        )
        self.meeting_id = meeting_id
        self.target = target
        self.before: schedule.MeetingPlace | None = None

    def _do(self, session: Session) -> None:
        self.before = schedule.move_meeting(
            session, self.meeting_id, *self.target, actor=self.context.actor
        )

    def _undo(self, session: Session) -> None:
        before = self.before
        assert before is not None  # undo follows a done move
        schedule.move_meeting(
            session,
            self.meeting_id,
            before.slot_id,
            before.table_id,
            lock=before.locked,
            actor=self.context.actor,
        )


class LockCommand(ServiceCommand):
    def __init__(self, context: AppContext, meeting_ids: list[int], locked: bool) -> None:
        text = context.tr("Lock meetings") if locked else context.tr("Unlock meetings")
        super().__init__(context, text, self._do, self._undo)
        self.meeting_ids = meeting_ids
        self.locked = locked
        self.previous: dict[int, bool] = {}

    def _do(self, session: Session) -> None:
        self.previous = schedule.set_locked(
            session, self.meeting_ids, self.locked, actor=self.context.actor
        )

    def _undo(self, session: Session) -> None:
        set_locked = schedule.set_locked
        for value in (True, False):
            ids = [m for m, was in self.previous.items() if was is value]
            if ids:
                set_locked(session, ids, value, actor=self.context.actor)


class EventSettingsCommand(ServiceCommand):
    """Apply event settings; undo applies the settings as they were before."""

    checks_schedule = True

    def __init__(self, context: AppContext, after: EventSettings) -> None:
        super().__init__(context, context.tr("Change the event settings"), self._do, self._undo)
        self.after = after
        self.before: EventSettings | None = None

    def _do(self, session: Session) -> None:
        change = event_settings.apply_event_settings(session, self.after, actor=self.context.actor)
        if self.before is None:
            self.before = change.previous

    def _undo(self, session: Session) -> None:
        assert self.before is not None
        event_settings.apply_event_settings(session, self.before, actor=self.context.actor)


class PlaceRequestCommand(ServiceCommand):
    """A "Not placed" request put into a cell by hand (locked); undo takes it out again."""

    def __init__(
        self,
        context: AppContext,
        request_id: int,
        target: tuple[int, int],
        description: str,
        reason_before: Reason | None,
    ) -> None:
        super().__init__(
            context, context.tr("Place {what}").format(what=description), self._do, self._undo
        )
        self.request_id = request_id
        self.target = target
        self.meeting_id: int | None = None
        # Why it was not placed: "Not placed" shows this again after an undo.
        self.reason_before = reason_before

    def _do(self, session: Session) -> None:
        self.meeting_id = schedule.place_request(
            session, self.request_id, *self.target, actor=self.context.actor
        )

    def _undo(self, session: Session) -> None:
        assert self.meeting_id is not None
        schedule.unschedule_meeting(
            session, self.meeting_id, actor=self.context.actor, reason=self.reason_before
        )


class MeetingOutcomeCommand(ServiceCommand):
    """Held or no-show, feedback and agreement of one meeting; undo records what was there."""

    def __init__(
        self,
        context: AppContext,
        meeting_id: int,
        status: MeetingStatus,
        feedback: MeetingOutcome | None,
        agreement_reached: bool,
    ) -> None:
        super().__init__(
            context,
            context.tr("Outcome of meeting {n}").format(n=meeting_id),
            self._do,
            self._undo,
        )
        self.meeting_id = meeting_id
        self.after = (status, feedback, agreement_reached)
        self.before: tuple[MeetingStatus, MeetingOutcome | None, bool] | None = None
        self.state: MeetingState | None = None

    def _do(self, session: Session) -> None:
        if self.before is None:
            was = get_meeting_state(session, self.meeting_id)
            self.before = (was.status, was.outcome, was.agreement_reached)
        self.state = record_meeting(session, self.meeting_id, *self.after, actor=self.context.actor)

    def _undo(self, session: Session) -> None:
        assert self.before is not None
        record_meeting(session, self.meeting_id, *self.before, actor=self.context.actor)


class WalkInCommand(ServiceCommand):
    """Book a walk-in meeting; undo removes it (or gives the pair's earlier meeting back)."""

    def __init__(
        self, context: AppContext, first: int, second: int, place: tuple[int, int]
    ) -> None:
        super().__init__(context, context.tr("Book a walk-in meeting"), self._do, self._undo)
        self.people = (first, second)
        self.place = place
        self.before: PairBefore | None = None
        self.booking: WalkInBooking | None = None

    def _do(self, session: Session) -> None:
        before = pair_before_walk_in(session, *self.people)
        self.booking = book_walk_in(session, *self.people, *self.place, actor=self.context.actor)
        self.before = before

    def _undo(self, session: Session) -> None:
        assert self.booking is not None and self.before is not None
        undo_walk_in(session, self.booking, self.before, actor=self.context.actor)
