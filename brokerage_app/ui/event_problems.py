"""Problems with an event's set-up in the window's language (the CLI words them in English
in ``cli/event_problems.py``): the new-event wizard and the event settings dialog."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from brokerage_app.domain.timetable import (
    SLOT_MINUTES_MAX,
    SLOT_MINUTES_MIN,
    SettingFault,
    SettingProblem,
    SettingsRefusedError,
)
from brokerage_app.ui import i18n


def _venue_map(problem: SettingProblem) -> str:
    F = SettingFault
    fault = problem.fault
    if fault is F.VENUE_MAP_UNREADABLE_FILE:
        reason = QCoreApplication.translate("EventProblems", "cannot read it ({reason}).").format(
            reason=problem.value
        )
    elif fault is F.VENUE_MAP_TOO_BIG:
        reason = QCoreApplication.translate(
            "EventProblems", "it is {size} MB; the most is {limit} MB."
        ).format(size=problem.number, limit=problem.limit)
    elif fault is F.VENUE_MAP_WRONG_KIND:
        reason = QCoreApplication.translate(
            "EventProblems", "it is a {kind} image; use PNG or JPEG."
        ).format(kind=problem.value)
    else:
        reason = QCoreApplication.translate(
            "EventProblems", "it is not a readable PNG or JPEG image."
        )
    if problem.path:
        return QCoreApplication.translate("EventProblems", "Venue map {path}: {reason}").format(
            path=problem.path, reason=reason
        )
    return QCoreApplication.translate("EventProblems", "Venue map: {reason}").format(reason=reason)


def problem_text(problem: SettingProblem) -> str:
    """One problem, naming its field."""
    F = SettingFault
    fault = problem.fault
    day = i18n.format_date(problem.day) if problem.day else ""
    if fault in (
        F.VENUE_MAP_UNREADABLE_FILE,
        F.VENUE_MAP_TOO_BIG,
        F.VENUE_MAP_NOT_IMAGE,
        F.VENUE_MAP_WRONG_KIND,
    ):
        return _venue_map(problem)
    if fault is F.NAME_EMPTY:
        return QCoreApplication.translate("EventProblems", "Event name: must not be empty.")
    if fault is F.BAD_TIME_ZONE:
        return QCoreApplication.translate(
            "EventProblems", "Time zone: '{zone}' is not a time zone such as Europe/Stockholm."
        ).format(zone=problem.value)
    if fault is F.NO_TABLES:
        return QCoreApplication.translate("EventProblems", "Tables: at least one table is needed.")
    if fault is F.NO_DAYS:
        return QCoreApplication.translate("EventProblems", "Days: add at least one day.")
    if fault is F.DATE_TWICE:
        return QCoreApplication.translate(
            "EventProblems", "Day {day}: the date appears twice."
        ).format(day=day)
    if fault is F.NO_SESSIONS:
        return QCoreApplication.translate(
            "EventProblems", "Day {day}: add at least one session."
        ).format(day=day)
    if fault is F.SESSION_ENDS_FIRST:
        return QCoreApplication.translate(
            "EventProblems", "Day {day}, session {session}: ends at or before it starts."
        ).format(day=day, session=problem.session)
    if fault is F.BAD_SLOT_LENGTH:
        return QCoreApplication.translate(
            "EventProblems",
            "Day {day}, session {session}: slot length must be {low} to {high} minutes.",
        ).format(day=day, session=problem.session, low=SLOT_MINUTES_MIN, high=SLOT_MINUTES_MAX)
    if fault is F.BREAK_ENDS_FIRST:
        return QCoreApplication.translate(
            "EventProblems",
            "Day {day}, session {session}, break '{name}': ends at or before it starts.",
        ).format(day=day, session=problem.session, name=problem.value)
    if fault is F.SESSION_TOO_SHORT:
        return QCoreApplication.translate(
            "EventProblems",
            "Day {day}, session {session}: too short for one {minutes}-minute slot.",
        ).format(day=day, session=problem.session, minutes=problem.number)
    if fault is F.SESSIONS_OVERLAP:
        return QCoreApplication.translate(
            "EventProblems", "Day {day}: sessions {a} and {b} overlap."
        ).format(day=day, a=problem.session, b=problem.number)
    if fault is F.TABLE_NUMBER_TWICE:
        return QCoreApplication.translate(
            "EventProblems", "Tables: number {number} appears twice."
        ).format(number=problem.number)
    if fault is F.TABLE_NUMBER_BELOW_ONE:
        return QCoreApplication.translate("EventProblems", "Tables: numbers start at 1.")
    if fault is F.OWNER_TWICE:
        return QCoreApplication.translate(
            "EventProblems", "Tables: an exhibitor can own one booth only."
        )
    if fault is F.NO_SUCH_ROOM:
        return QCoreApplication.translate(
            "EventProblems", "Table {number}: no room named '{room}'."
        ).format(number=problem.number, room=problem.value)
    return QCoreApplication.translate("EventProblems", "Rooms: a room name appears twice.")


def problems_text(problems: list[SettingProblem] | tuple[SettingProblem, ...]) -> str:
    """Every problem, one a line."""
    return "\n".join(problem_text(p) for p in problems)


def refusal(error: SettingsRefusedError) -> str:
    return problems_text(error.problems)
