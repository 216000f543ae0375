"""Why a walk-in meeting cannot be booked, as facts each front end words
(``cli/walk_in_problems.py`` in English, ``ui/walk_in_problems.py`` in the window's
language); the checks are ``services.meetings_on_the_day.walk_in_options`` and
``book_walk_in``."""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass

from brokerage_app.errors import RefusedError


class WalkInFault(enum.StrEnum):
    """What is wrong; the fields of ``WalkInProblem`` each fault fills are named beside it."""

    # The place chosen does not work for the pair ("Cannot book this walk-in: ...").
    NOT_AVAILABLE = "not_available"  # person, starts_at
    PERSON_BUSY = "person_busy"  # person, meeting_id (theirs), starts_at
    OTHER_BOOTH = "other_booth"  # table_number, table_label
    BELONGS_AT_BOOTH = "belongs_at_booth"
    TABLE_TAKEN = "table_taken"  # table_number, table_label, starts_at, meeting_id
    # The pair already meets (person, other, meeting_id, starts_at, table_number, table_label).
    PAIR_HAS_MEETING = "pair_has_meeting"
    # Another station booked the place a moment ago (table_number, table_label, starts_at).
    JUST_TAKEN = "just_taken"


@dataclass(frozen=True)
class WalkInProblem:
    fault: WalkInFault
    person: str = ""
    other: str = ""
    meeting_id: int = 0
    starts_at: dt.datetime | None = None
    table_number: int = 0
    table_label: str = ""  # the organiser's own name for the table, else ""


class WalkInRefusedError(RefusedError):
    """A walk-in meeting was not booked; ``problem`` says why (the front ends word it).
    The message is only a short fallback for logs."""

    def __init__(self, problem: WalkInProblem) -> None:
        self.problem = problem
        super().__init__(f"Walk-in refused: {problem.fault.value}.")

    def __reduce__(self) -> tuple[type[WalkInRefusedError], tuple[WalkInProblem]]:
        return (type(self), (self.problem,))
