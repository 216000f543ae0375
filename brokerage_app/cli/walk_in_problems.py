"""Why a walk-in meeting cannot be booked, in English for the command line; the window
words the same facts in ``ui/walk_in_problems.py``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from brokerage_app.domain.calendar_words import day_time
from brokerage_app.domain.walk_in_problems import WalkInFault

if TYPE_CHECKING:
    from brokerage_app.domain.walk_in_problems import WalkInProblem


def problem_text(problem: WalkInProblem) -> str:
    """The refusal: "Cannot book this walk-in: Table 3 is taken at Tue 09:00 by meeting 7."."""
    F = WalkInFault
    fault = problem.fault
    table = problem.table_label or f"Table {problem.table_number}"
    when = day_time(problem.starts_at) if problem.starts_at is not None else ""
    if fault is F.PAIR_HAS_MEETING:
        return (
            f"{problem.person} and {problem.other} already have meeting {problem.meeting_id} "
            f"({when}, {table}); mark it no-show first to book them again."
        )
    if fault is F.JUST_TAKEN:
        clock = f"{problem.starts_at:%H:%M}" if problem.starts_at is not None else ""
        return f"{table} at {clock} was just taken at another station; choose another place."
    reason = {
        F.NOT_AVAILABLE: f"{problem.person} is not available at {when}.",
        F.PERSON_BUSY: f"{problem.person} already has meeting {problem.meeting_id} at {when}.",
        F.OTHER_BOOTH: f"{table} is the booth of another exhibitor.",
        F.BELONGS_AT_BOOTH: "This meeting belongs at the booth of the exhibitor in it.",
        F.TABLE_TAKEN: f"{table} is taken at {when} by meeting {problem.meeting_id}.",
    }[fault]
    return f"Cannot book this walk-in: {reason}"
