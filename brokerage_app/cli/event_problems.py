"""Problems with an event's set-up (timetable, tables, rooms, venue map) in English for the
command line; the window words the same facts in ``ui/event_problems.py``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from brokerage_app.domain.timetable import SLOT_MINUTES_MAX, SLOT_MINUTES_MIN, SettingFault

if TYPE_CHECKING:
    from brokerage_app.domain.timetable import SettingProblem, SettingsRefusedError

_VENUE_MAP = (
    SettingFault.VENUE_MAP_UNREADABLE_FILE,
    SettingFault.VENUE_MAP_TOO_BIG,
    SettingFault.VENUE_MAP_NOT_IMAGE,
    SettingFault.VENUE_MAP_WRONG_KIND,
)


def problem_text(problem: SettingProblem) -> str:
    """One problem, naming its field: "Day 2027-05-11, session 2: ends at or before it
    starts."."""
    F = SettingFault
    fault, value = problem.fault, problem.value
    day = f"Day {problem.day.isoformat()}" if problem.day else "Day"
    where = f"{day}, session {problem.session}"
    if fault in _VENUE_MAP:
        venue_map = f"Venue map {problem.path}" if problem.path else "Venue map"
        return (
            venue_map
            + {
                F.VENUE_MAP_UNREADABLE_FILE: f": cannot read it ({value}).",
                F.VENUE_MAP_TOO_BIG: f": it is {problem.number} MB; the most is {problem.limit} MB.",
                F.VENUE_MAP_NOT_IMAGE: ": it is not a readable PNG or JPEG image.",
                F.VENUE_MAP_WRONG_KIND: f": it is a {value} image; use PNG or JPEG.",
            }[fault]
        )
    texts = {
        F.NAME_EMPTY: "Event name: must not be empty.",
        F.BAD_TIME_ZONE: f"Time zone: {value!r} is not a time zone such as Europe/Stockholm.",
        F.NO_TABLES: "Tables: at least one table is needed.",
        F.NO_DAYS: "Days: add at least one day.",
        F.DATE_TWICE: f"{day}: the date appears twice.",
        F.NO_SESSIONS: f"{day}: add at least one session.",
        F.SESSION_ENDS_FIRST: f"{where}: ends at or before it starts.",
        F.BAD_SLOT_LENGTH: f"{where}: slot length must be {SLOT_MINUTES_MIN} to "
        f"{SLOT_MINUTES_MAX} minutes.",
        F.BREAK_ENDS_FIRST: f"{where}, break {value!r}: ends at or before it starts.",
        F.SESSION_TOO_SHORT: f"{where}: too short for one {problem.number}-minute slot.",
        F.SESSIONS_OVERLAP: f"{day}: sessions {problem.session} and {problem.number} overlap.",
        F.TABLE_NUMBER_TWICE: f"Tables: number {problem.number} appears twice.",
        F.TABLE_NUMBER_BELOW_ONE: "Tables: numbers start at 1.",
        F.OWNER_TWICE: "Tables: an exhibitor can own one booth only.",
        F.NO_SUCH_ROOM: f"Table {problem.number}: no room named {value!r}.",
        F.ROOM_TWICE: "Rooms: a room name appears twice.",
    }
    return texts[fault]


def refusal(error: SettingsRefusedError) -> str:
    """Every problem of a refused set-up, one a line."""
    return "\n".join(problem_text(p) for p in error.problems)
