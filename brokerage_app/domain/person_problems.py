"""What can be wrong with an attendee's or an organisation's fields, why one is not deleted
and which id is unknown, as facts each front end words (``cli/people_problems.py`` in
English, ``ui/people_problems.py`` in the window's language); the checks are in
``services.people`` (``validate_attendee``, ``validate_organisation``, the deletes)."""

from __future__ import annotations

import enum
from dataclasses import dataclass

from brokerage_app.errors import NotFoundError, RefusedError, ValidationError


class PersonFault(enum.StrEnum):
    """What is wrong; the fields of ``PersonProblem`` each fault fills are named beside it."""

    NO_NAME = "no_name"
    BAD_EMAIL = "bad_email"  # value: the address given
    NEGATIVE_MAX_MEETINGS = "negative_max_meetings"
    DEPARTS_BEFORE_ARRIVAL = "departs_before_arrival"
    ORGANISATION_NAME_EMPTY = "organisation_name_empty"
    BAD_COUNTRY = "bad_country"  # value: the code given
    NO_SUCH_SLOT = "no_such_slot"  # value: the blocked slot's id
    NOT_A_DAY = "not_a_day"  # value: the day (YYYY-MM-DD)
    # A delete refused (PersonKeptError): name, id; count: the meetings or the members.
    HAS_MEETINGS = "has_meetings"
    HAS_MEMBERS = "has_members"
    # An unknown id (PersonNotFoundError): id.
    NO_ATTENDEE = "no_attendee"
    NO_ORGANISATION = "no_organisation"


@dataclass(frozen=True)
class PersonProblem:
    fault: PersonFault
    value: str = ""
    name: str = ""
    id: int = 0
    count: int = 0


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


class PersonKeptError(RefusedError):
    """An attendee or organisation was not deleted: ``problem`` says what it still has."""

    def __init__(self, problem: PersonProblem) -> None:
        self.problem = problem
        super().__init__(f"Not deleted: {problem.fault.value}.")

    def __reduce__(self) -> tuple[type[PersonKeptError], tuple[PersonProblem]]:
        return (type(self), (self.problem,))


class PersonNotFoundError(NotFoundError):
    """No attendee or organisation has the id given: ``problem`` names it."""

    def __init__(self, problem: PersonProblem) -> None:
        self.problem = problem
        super().__init__(f"Not found: {problem.fault.value} {problem.id}.")

    def __reduce__(self) -> tuple[type[PersonNotFoundError], tuple[PersonProblem]]:
        return (type(self), (self.problem,))
