"""Problems with an attendee's or organisation's fields in English for the command line;
the window words the same facts in ``ui/people_problems.py``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from brokerage_app.domain.person_problems import PersonFault

if TYPE_CHECKING:
    from brokerage_app.domain.person_problems import PersonProblem, PersonRefusedError


def problem_text(problem: PersonProblem) -> str:
    """One problem, naming its field: "Departure: must be after arrival."."""
    F = PersonFault
    return {
        F.NO_NAME: "Name: first or last name is needed.",
        F.BAD_EMAIL: f"Email: {problem.value!r} is not an email address.",
        F.NEGATIVE_MAX_MEETINGS: "Max meetings: must be 0 or more.",
        F.DEPARTS_BEFORE_ARRIVAL: "Departure: must be after arrival.",
        F.ORGANISATION_NAME_EMPTY: "Organisation name: must not be empty.",
        F.BAD_COUNTRY: f"Country: {problem.value!r} is not a two-letter ISO code such as SE.",
        F.NO_SUCH_SLOT: f"Blocked slots: no slot with id {problem.value}.",
        F.NOT_A_DAY: f"Days: {problem.value} is not a day of the event.",
        F.HAS_MEETINGS: (
            f"{problem.name} (id {problem.id}) has {problem.count} scheduled meeting(s); "
            "delete with the cascade option to remove them too."
        ),
        F.HAS_MEMBERS: (
            f"{problem.name} (id {problem.id}) still has {problem.count} attendee(s); "
            "move or delete them first."
        ),
        F.NO_ATTENDEE: f"No attendee with id {problem.id}.",
        F.NO_ORGANISATION: f"No organisation with id {problem.id}.",
    }[problem.fault]


def refusal(error: PersonRefusedError) -> str:
    """Every problem, one a line, after the attendee a bulk edit refused: "Ada (id 1): ..."."""
    text = "\n".join(problem_text(p) for p in error.problems)
    if error.attendee_id is not None:
        return f"{error.name} (id {error.attendee_id}): {text}"
    return text
