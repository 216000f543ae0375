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
    if fault is F.BAD_COUNTRY:
        return QCoreApplication.translate(
            "PeopleProblems", "Country: '{country}' is not a two-letter ISO code such as SE."
        ).format(country=problem.value)
    if fault is F.NO_SUCH_SLOT:
        return QCoreApplication.translate(
            "PeopleProblems", "Blocked slots: no slot with id {id}."
        ).format(id=problem.value)
    if fault is F.NOT_A_DAY:
        return QCoreApplication.translate(
            "PeopleProblems", "Days: {day} is not a day of the event."
        ).format(day=problem.value)
    if fault is F.HAS_MEETINGS:
        return QCoreApplication.translate(
            "PeopleProblems",
            "{name} (id {id}) has {n} scheduled meeting(s); delete with the cascade option to "
            "remove them too.",
        ).format(name=problem.name, id=problem.id, n=problem.count)
    if fault is F.HAS_MEMBERS:
        return QCoreApplication.translate(
            "PeopleProblems",
            "{name} (id {id}) still has {n} attendee(s); move or delete them first.",
        ).format(name=problem.name, id=problem.id, n=problem.count)
    if fault is F.NO_ATTENDEE:
        return QCoreApplication.translate("PeopleProblems", "No attendee with id {id}.").format(
            id=problem.id
        )
    return QCoreApplication.translate("PeopleProblems", "No organisation with id {id}.").format(
        id=problem.id
    )


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
