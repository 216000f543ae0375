"""The schedule check in words, printed after every command that can break the schedule."""

from __future__ import annotations

from typing import TYPE_CHECKING

from brokerage_app.domain.calendar_words import date_day_time

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from brokerage_app.services.schedule_check import CheckedMeeting, Conflict, ScheduleCheck


CHANGED_SINCE_SOLVE = (
    "The schedule changed since the last solve: its optimality claims no longer hold."
)


def reason(conflict: Conflict) -> str:
    """One conflict's reason in English (the window words them in its own catalogue)."""
    from brokerage_app.services.schedule_check import ConflictRule as R

    who = conflict.attendee_name
    when = date_day_time(conflict.moment) if conflict.moment else ""
    others = ", ".join(str(i) for i in conflict.other_meeting_ids)
    status = conflict.request_status.value if conflict.request_status else "gone"
    texts = {
        R.BEFORE_ARRIVAL: f"{who} arrives only {when}",
        R.AFTER_DEPARTURE: f"{who} leaves at {when}",
        R.BLOCKED_SLOT: f"{who} is not available in this slot",
        R.MAX_MEETINGS: f"{who} may have {conflict.limit} meetings, has {conflict.count}",
        R.REQUEST_NOT_ACCEPTED: f"the request is {status}, no longer accepted",
        R.DUPLICATE_REQUEST: "the same two people have another request",
        R.PERSON_MISSING: "one of the two people was deleted",
        R.SLOT_REMOVED: "its slot was removed from the event",
        R.TABLE_REMOVED: "its table was removed from the event",
        R.OWN_BOOTH: "not at the exhibitor's booth, or at another exhibitor's booth",
        R.TABLE_DOUBLE_BOOKED: f"the table also hosts meeting {others} then",
        R.PERSON_DOUBLE_BOOKED: f"{who} also has meeting {others} then",
        R.OTHER: "it breaks a rule of the schedule",
    }
    return texts[conflict.rule]


def conflict_line(conflict: Conflict, meeting: CheckedMeeting) -> str:
    lock = ", locked" if meeting.locked else ""
    return (
        f"meeting {meeting.meeting_id}: {meeting.name_a} – {meeting.name_b}, "
        f"{date_day_time(meeting.starts_at)} {meeting.table_name}{lock}: {reason(conflict)}"
    )


def summary(check: ScheduleCheck) -> str:
    return f"{len(check.meetings)} placed meetings no longer fit: re-solve or move them."


def print_conflicts(check: ScheduleCheck) -> None:
    for conflict in check.conflicts:
        print(conflict_line(conflict, check.meetings[conflict.meeting_id]))


def report_after_change(session: Session) -> None:
    """After a change (in its transaction): say what no longer fits, and that claims lapsed."""
    from brokerage_app.services.schedule_check import schedule_state

    state = schedule_state(session)
    if not state.check.valid:
        print(summary(state.check))
        print_conflicts(state.check)
    if state.changed_since_solve:
        print(CHANGED_SINCE_SOLVE)
