"""What can be wrong with an attendee's or an organisation's fields, as facts each front end
words (``cli/people_problems.py`` in English, ``ui/people_problems.py`` in the window's
language); the checks are ``services.people.validate_attendee`` and ``validate_organisation``."""

from __future__ import annotations

import enum
from dataclasses import dataclass

from brokerage_app.errors import ValidationError


class PersonFault(enum.StrEnum):
    """What is wrong; the fields of ``PersonProblem`` each fault fills are named beside it."""

    NO_NAME = "no_name"
    BAD_EMAIL = "bad_email"  # value: the address given
    NEGATIVE_MAX_MEETINGS = "negative_max_meetings"
    DEPARTS_BEFORE_ARRIVAL = "departs_before_arrival"
    ORGANISATION_NAME_EMPTY = "organisation_name_empty"
    BAD_COUNTRY = "bad_country"  # value: the code given


@dataclass(frozen=True)
class PersonProblem:
    fault: PersonFault
    value: str = ""


class PersonRefusedError(ValidationError):
    """An attendee's or organisation's fields have problems; nothing was changed.

    ``problems`` are facts the front ends word; a bulk edit names the attendee refused
    (``attendee_id`` and ``name``). The message is only a short fallback for logs.
    """

    def __init__(
        self,
        problems: tuple[PersonProblem, ...] | list[PersonProblem],
        attendee_id: int | None = None,
        name: str = "",
    ) -> None:
        self.problems = tuple(problems)
        self.attendee_id = attendee_id
        self.name = name
        super().__init__("Refused: " + ", ".join(p.fault.value for p in self.problems) + ".")

    def __reduce__(
        self,
    ) -> tuple[type[PersonRefusedError], tuple[tuple[PersonProblem, ...], int | None, str]]:
        return (type(self), (self.problems, self.attendee_id, self.name))
