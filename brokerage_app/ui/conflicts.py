"""The schedule check's conflicts in the window's language (the CLI words them in English)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from brokerage_app.services.schedule_check import (
    CheckedMeeting,
    Conflict,
    ConflictRule,
    ScheduleCheck,
)
from brokerage_app.ui import formatting, labels


def reason(conflict: Conflict) -> str:
    """Why this meeting no longer fits, in a sentence."""
    rule = conflict.rule
    who = conflict.attendee_name
    when = formatting.day_month_time(conflict.moment) if conflict.moment else ""
    others = ", ".join(str(i) for i in conflict.other_meeting_ids)
    if rule is ConflictRule.BEFORE_ARRIVAL:
        return QCoreApplication.translate("Conflicts", "{who} arrives only {when}.").format(
            who=who, when=when
        )
    if rule is ConflictRule.AFTER_DEPARTURE:
        return QCoreApplication.translate("Conflicts", "{who} leaves at {when}.").format(
            who=who, when=when
        )
    if rule is ConflictRule.BLOCKED_SLOT:
        return QCoreApplication.translate(
            "Conflicts", "{who} is not available in this slot."
        ).format(who=who)
    if rule is ConflictRule.MAX_MEETINGS:
        return QCoreApplication.translate(
            "Conflicts", "{who} may have {limit} meetings and has {count}."
        ).format(who=who, limit=conflict.limit, count=conflict.count)
    if rule is ConflictRule.REQUEST_NOT_ACCEPTED:
        status = conflict.request_status.value if conflict.request_status else ""
        return QCoreApplication.translate(
            "Conflicts", "The request is no longer accepted ({status})."
        ).format(status=labels.request_status(status))
    if rule is ConflictRule.DUPLICATE_REQUEST:
        return QCoreApplication.translate("Conflicts", "The same two people have another request.")
    if rule is ConflictRule.PERSON_MISSING:
        return QCoreApplication.translate("Conflicts", "One of the two people was deleted.")
    if rule is ConflictRule.SLOT_REMOVED:
        return QCoreApplication.translate("Conflicts", "Its slot was removed from the event.")
    if rule is ConflictRule.TABLE_REMOVED:
        return QCoreApplication.translate("Conflicts", "Its table was removed from the event.")
    if rule is ConflictRule.OWN_BOOTH:
        return QCoreApplication.translate(
            "Conflicts", "Not at the exhibitor's own booth, or at another exhibitor's booth."
        )
    if rule is ConflictRule.TABLE_DOUBLE_BOOKED:
        return QCoreApplication.translate(
            "Conflicts", "The table also hosts meeting {others} at this time."
        ).format(others=others)
    if rule is ConflictRule.PERSON_DOUBLE_BOOKED:
        return QCoreApplication.translate(
            "Conflicts", "{who} also has meeting {others} at this time."
        ).format(who=who, others=others)
    return QCoreApplication.translate("Conflicts", "It breaks a rule of the schedule.")


def summary(check: ScheduleCheck) -> str:
    return QCoreApplication.translate(
        "Conflicts", "{n} placed meetings no longer fit: re-solve or move them."
    ).format(n=len(check.meetings))


def meeting_line(meeting: CheckedMeeting, check: ScheduleCheck) -> str:
    """One conflicting meeting: who, when, where, and every reason."""
    reasons = " ".join(reason(c) for c in check.conflicts_of(meeting.meeting_id))
    return QCoreApplication.translate(
        "Conflicts", "Meeting {id}: {a} – {b}, {when}, {table}: {reasons}"
    ).format(
        id=meeting.meeting_id,
        a=meeting.name_a,
        b=meeting.name_b,
        when=formatting.day_month_time(meeting.starts_at),
        table=meeting.table_label
        or QCoreApplication.translate("Conflicts", "Table {n}").format(n=meeting.table_number),
        reasons=reasons,
    )


def meeting_lines(check: ScheduleCheck, limit: int) -> list[str]:
    """The first ``limit`` conflicting meetings, then how many more the grid shows."""
    meetings = list(check.meetings.values())
    lines = [meeting_line(m, check) for m in meetings[:limit]]
    if len(meetings) > limit:
        lines.append(
            QCoreApplication.translate("Conflicts", "… and {n} more (red in the grid).").format(
                n=len(meetings) - limit
            )
        )
    return lines


def changed_since_solve() -> str:
    return QCoreApplication.translate(
        "Conflicts",
        "Changed since the last solve: its optimality and bound claims no longer hold until "
        "the next solve.",
    )
