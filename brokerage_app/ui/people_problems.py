"""Problems with an attendee's or organisation's fields in the window's language (the CLI
words them in English in ``cli/people_problems.py``): the attendee and organisation forms
and a refused bulk edit."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from brokerage_app.domain.person_problems import PersonFault, PersonProblem, PersonRefusedError


def problem_text(problem: PersonProblem) -> str:
    """One problem, naming its field."""
    F = PersonFault
    fault = problem.fault
    if fault is F.NO_NAME:
        return QCoreApplication.translate("PeopleProblems", "Name: first or last name is needed.")
    if fault is F.BAD_EMAIL:
        return QCoreApplication.translate(
            "PeopleProblems", "Email: '{email}' is not an email address."
        ).format(email=problem.value)
    if fault is F.NEGATIVE_MAX_MEETINGS:
        return QCoreApplication.translate("PeopleProblems", "Max meetings: must be 0 or more.")
    if fault is F.DEPARTS_BEFORE_ARRIVAL:
        return QCoreApplication.translate("PeopleProblems", "Departure: must be after arrival.")
    if fault is F.ORGANISATION_NAME_EMPTY:
        return QCoreApplication.translate("PeopleProblems", "Organisation name: must not be empty.")
    return QCoreApplication.translate(
        "PeopleProblems", "Country: '{country}' is not a two-letter ISO code such as SE."
    ).format(country=problem.value)


def problems_text(problems: list[PersonProblem] | tuple[PersonProblem, ...]) -> str:
    """Every problem, one a line."""
    return "\n".join(problem_text(p) for p in problems)


def refusal(error: PersonRefusedError) -> str:
    """Every problem, after the attendee a bulk edit refused."""
    text = problems_text(error.problems)
    if error.attendee_id is None:
        return text
    return QCoreApplication.translate("PeopleProblems", "{name} (id {id}): {problems}").format(
        name=error.name, id=error.attendee_id, problems=text
    )
