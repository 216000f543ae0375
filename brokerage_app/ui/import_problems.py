"""Import problems in the window's language (the CLI words them in English in
``cli/import_problems.py``): the import dialog's problem list and a refused import."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from brokerage_app.domain.priority import PRIORITY_NAMES
from brokerage_app.interchange.values import ValueFact, ValueFault
from brokerage_app.services.imports import ImportProblem, ImportProblemKind, ImportRefusedError
from brokerage_app.ui import i18n, labels

# How many problems a refused import lists before it counts the rest.
MAX_PROBLEMS_SHOWN = 25


def _scale() -> str:
    """The priority scale, "1 (meet), 2 (should meet), 3 (must meet)" in the window's words."""
    return ", ".join(f"{n} ({labels.priority(n)})" for n in PRIORITY_NAMES)


def value_message(fact: ValueFact) -> str:
    """Why a text is not a value of its field."""
    fault, text = fact.fault, f"'{fact.text}'"
    choices = ", ".join(fact.choices)
    if fault is ValueFault.NOT_YES_NO:
        return QCoreApplication.translate("ImportProblems", "{text} is not yes or no.").format(
            text=text
        )
    if fault is ValueFault.NOT_ROLE:
        return QCoreApplication.translate(
            "ImportProblems", "{text} is not a role; use buyer, seller or both."
        ).format(text=text)
    if fault is ValueFault.NOT_CATEGORY:
        return QCoreApplication.translate(
            "ImportProblems", "{text} is not a badge category; use one of {choices}."
        ).format(text=text, choices=choices)
    if fault is ValueFault.NOT_STATUS:
        return QCoreApplication.translate(
            "ImportProblems", "{text} is not a request status; use one of {choices}."
        ).format(text=text, choices=choices)
    if fault is ValueFault.NOT_PRIORITY:
        return QCoreApplication.translate(
            "ImportProblems", "{text} is not a priority; use {scale}, or High/Medium/Low."
        ).format(text=text, scale=_scale())
    if fault is ValueFault.NOT_COUNT:
        return QCoreApplication.translate(
            "ImportProblems", "{text} is not a whole number of 0 or more."
        ).format(text=text)
    if fault is ValueFault.NOT_DATETIME:
        return QCoreApplication.translate(
            "ImportProblems", "{text} is not a date and time; write it as 2027-05-11 09:00."
        ).format(text=text)
    if fault is ValueFault.HAS_TIME_ZONE:
        return QCoreApplication.translate(
            "ImportProblems", "{text}: give the local time at the venue without a time zone."
        ).format(text=text)
    if fault is ValueFault.NOT_LANGUAGE:
        return QCoreApplication.translate(
            "ImportProblems", "{text} is not a language; use a code such as en, sv or pl."
        ).format(text=text)
    if fault is ValueFault.NOT_COUNTRY:
        return QCoreApplication.translate(
            "ImportProblems", "{text} is not a known country; use a two-letter code such as SE."
        ).format(text=text)
    if fault is ValueFault.NO_EVENT_DAYS:
        return QCoreApplication.translate(
            "ImportProblems",
            "The event has no days yet: add its days before importing attendance.",
        )
    if fault is ValueFault.NO_SUCH_DAY:
        return QCoreApplication.translate(
            "ImportProblems", "{text}: the event has {days} day(s), so there is no day {number}."
        ).format(text=text, days=len(fact.days), number=fact.number)
    if fault is ValueFault.NAMES_NO_DAY:
        first = fact.days[0]
        return QCoreApplication.translate(
            "ImportProblems",
            "{text} names none of the event's days; write 'Both days', 'Day 1 only', "
            "a date such as {date} or a weekday such as {weekday}.",
        ).format(text=text, date=first.isoformat(), weekday=QLocale().dayName(first.isoweekday()))
    if fault is ValueFault.NOT_CHOICE:
        return QCoreApplication.translate(
            "ImportProblems", "{text} is not one of {choices}."
        ).format(text=text, choices=choices)
    if fault is ValueFault.NOT_DATE_LIST:
        return QCoreApplication.translate(
            "ImportProblems", "{text} is not a list of dates such as 2027-05-11,2027-05-12."
        ).format(text=text)
    if fault is ValueFault.NOT_EVENT_DAY:
        return QCoreApplication.translate(
            "ImportProblems", "{date} is not a day of the event."
        ).format(date=fact.date.isoformat() if fact.date else "")
    return QCoreApplication.translate(
        "ImportProblems", "{text} is not a priority; use {scale}."
    ).format(text=text, scale=_scale())


def problem_message(problem: ImportProblem) -> str:
    """What is wrong, without where."""
    kind, value = problem.kind, f"'{problem.value}'"
    K = ImportProblemKind
    if kind is K.BAD_VALUE:
        assert problem.fact is not None  # a bad value always says why
        reason = value_message(problem.fact)
        if problem.mapped is None:
            return reason
        return QCoreApplication.translate(
            "ImportProblems", "The value mapping turns {text} into '{mapped}': {reason}"
        ).format(text=value, mapped=problem.mapped, reason=reason)
    columns = ", ".join(problem.names)
    if kind is K.NO_NAME_COLUMN:
        return QCoreApplication.translate(
            "ImportProblems",
            "No column holds the names: add a column such as 'First name' / 'Last name' "
            "(or 'Förnamn' / 'Efternamn'), or map one. Columns: {columns}.",
        ).format(columns=columns)
    if kind is K.NO_PAIR_COLUMNS:
        return QCoreApplication.translate(
            "ImportProblems",
            "No column for {fields}: add columns such as 'Requester' and 'Requested' holding "
            "email addresses or external IDs, or map them. Columns: {columns}.",
        ).format(fields=", ".join(labels.import_field(f) for f in problem.fields), columns=columns)
    if kind is K.TOO_LONG:
        return QCoreApplication.translate(
            "ImportProblems", "{count} characters is too long; at most {limit} fit."
        ).format(count=problem.count, limit=problem.limit)
    if kind is K.NAME_MISSING:
        return QCoreApplication.translate("ImportProblems", "The name is missing.")
    if kind is K.NOT_EMAIL:
        return QCoreApplication.translate(
            "ImportProblems", "{value} is not an email address."
        ).format(value=value)
    if kind is K.DEPARTURE_BEFORE_ARRIVAL:
        return QCoreApplication.translate(
            "ImportProblems", "The departure must be after the arrival."
        )
    if kind is K.DUPLICATE_EXTERNAL_ID:
        return QCoreApplication.translate(
            "ImportProblems", "Duplicate person: external ID {value} is also on row {row}."
        ).format(value=value, row=problem.other_row)
    if kind is K.DUPLICATE_EMAIL:
        return QCoreApplication.translate(
            "ImportProblems", "Duplicate person: {email} is also on row {row}."
        ).format(email=problem.value, row=problem.other_row)
    if kind is K.EMAIL_OF_ANOTHER:
        return QCoreApplication.translate(
            "ImportProblems", "Duplicate person: {email} belongs to another attendee (id {id})."
        ).format(email=problem.value, id=problem.record_id)
    if kind is K.EMAIL_SHARED:
        return QCoreApplication.translate(
            "ImportProblems",
            "{email} belongs to {count} attendees; add an external ID column to tell them apart.",
        ).format(email=problem.value, count=problem.count)
    if kind is K.EXTERNAL_ID_MISMATCH:
        return QCoreApplication.translate(
            "ImportProblems",
            "Duplicate person: {email} belongs to attendee {id}, whose external ID is "
            "'{stored}', not {value}.",
        ).format(email=problem.other, id=problem.record_id, stored=problem.stored, value=value)
    if kind is K.SAME_ATTENDEE_TWICE:
        return QCoreApplication.translate(
            "ImportProblems", "Duplicate person: row {row} updates the same attendee."
        ).format(row=problem.other_row)
    if kind is K.UNKNOWN_ORGANISATION_ID:
        return QCoreApplication.translate(
            "ImportProblems",
            "Unknown organisation: no organisation has the external ID {value} "
            "(give its name to create it).",
        ).format(value=value)
    if kind is K.ORGANISATION_MISSING:
        return QCoreApplication.translate(
            "ImportProblems", "The organisation is missing; a new attendee needs one."
        )
    if kind is K.NO_ORGANISATION_COLUMN:
        return QCoreApplication.translate(
            "ImportProblems",
            "Unknown organisation: the file has no organisation column and this person is not "
            "in the event yet.",
        )
    if kind is K.REFERENCE_EMPTY:
        return QCoreApplication.translate(
            "ImportProblems", "Empty: give the attendee's email address or external ID."
        )
    if kind is K.REFERENCE_SHARED:
        return QCoreApplication.translate(
            "ImportProblems", "{email} belongs to {count} attendees; use external IDs."
        ).format(email=problem.value, count=problem.count)
    if kind is K.UNKNOWN_ATTENDEE:
        return QCoreApplication.translate(
            "ImportProblems",
            "Unknown attendee: nobody in the event has the email or external ID {value}.",
        ).format(value=value)
    if kind is K.SELF_REQUEST:
        return QCoreApplication.translate(
            "ImportProblems", "Self-request: an attendee cannot ask to meet themselves."
        )
    if kind is K.DUPLICATE_REQUEST:
        return QCoreApplication.translate(
            "ImportProblems", "Duplicate request: row {row} is for the same two people."
        ).format(row=problem.other_row)
    return QCoreApplication.translate(
        "ImportProblems",
        "Duplicate request: the other person already asked for this meeting (request {id}).",
    ).format(id=problem.record_id)


def problem_line(problem: ImportProblem) -> str:
    """Where and what, as the import dialog lists it."""
    message = problem_message(problem)
    if not problem.column:
        return QCoreApplication.translate("ImportProblems", "Row {row}: {message}").format(
            row=problem.row, message=message
        )
    return QCoreApplication.translate(
        "ImportProblems", "Row {row}, column {column}: {message}"
    ).format(row=problem.row, column=problem.column, message=message)


def refusal(error: ImportRefusedError) -> str:
    """A refused import: how many problems in how many rows, then the first of them."""
    problems = error.problems
    lines = [problem_line(p) for p in problems[:MAX_PROBLEMS_SHOWN]]
    more = len(problems) - MAX_PROBLEMS_SHOWN
    if more > 0:
        lines.append(
            QCoreApplication.translate("ImportProblems", "… and {n} more").format(
                n=i18n.format_number(more)
            )
        )
    head = QCoreApplication.translate(
        "ImportProblems",
        "{file}: {count} problem(s) in {rows} row(s); nothing was imported. Fix the file, or "
        "leave out the rows with problems.",
    ).format(file=error.source, count=len(problems), rows=error.rows)
    return head + "\n\n" + "\n".join(lines)
