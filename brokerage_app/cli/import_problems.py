"""Import problems, and what a re-import changes, in English for the command line (the
window words the same facts in ``ui/import_problems.py`` and its import dialog)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from brokerage_app.interchange.values import ValueFact
    from brokerage_app.services.imports import FieldChange, ImportProblem, ImportRefusedError

# How many problems a refusal lists before it counts the rest.
MAX_PROBLEMS_IN_MESSAGE = 25


def value_message(fact: ValueFact) -> str:
    """Why a text is not a value of its field."""
    # Here, not at the top: parsing the command line must not load the interchange.
    from brokerage_app.domain.priority import PRIORITY_HELP
    from brokerage_app.interchange.values import ValueFault as F

    text = repr(fact.text)
    choices = ", ".join(fact.choices)
    first = fact.days[0] if fact.days else None
    texts = {
        F.NOT_YES_NO: f"{text} is not yes or no.",
        F.NOT_ROLE: f"{text} is not a role; use buyer, seller or both.",
        F.NOT_CATEGORY: f"{text} is not a badge category; use one of {choices}.",
        F.NOT_STATUS: f"{text} is not a request status; use one of {choices}.",
        F.NOT_PRIORITY: f"{text} is not a priority; use {PRIORITY_HELP}, "
        "or High/Medium/Low, Must/Should/Nice.",
        F.NOT_COUNT: f"{text} is not a whole number of 0 or more.",
        F.NOT_DATETIME: f"{text} is not a date and time; write it as 2027-05-11 09:00.",
        F.HAS_TIME_ZONE: f"{text}: give the local time at the venue without a time zone.",
        F.NOT_LANGUAGE: f"{text} is not a language; use a code such as en, sv or pl.",
        F.NOT_COUNTRY: f"{text} is not a known country; "
        "use a two-letter ISO code such as SE or PL.",
        F.NO_EVENT_DAYS: "the event has no days yet: add its days before importing attendance.",
        F.NO_SUCH_DAY: f"{text}: the event has {len(fact.days)} day(s), "
        f"so there is no day {fact.number}.",
        F.NAMES_NO_DAY: f"{text} names none of the event's days; write 'Both days', "
        f"'Day 1 only', a date such as {first.isoformat() if first else ''} "
        f"or a weekday such as {f'{first:%A}' if first else ''}.",
        F.NOT_CHOICE: f"{text} is not one of {choices}.",
        F.NOT_DATE_LIST: f"{text} is not a list of dates such as 2027-05-11,2027-05-12.",
        F.NOT_EVENT_DAY: f"{fact.date.isoformat() if fact.date else ''} is not a day of the event.",
        F.NOT_PRIORITY_NUMBER: f"{text} is not a priority; use {PRIORITY_HELP}.",
    }
    return texts[fact.fault]


def problem_message(problem: ImportProblem) -> str:
    """What is wrong, without where."""
    from brokerage_app.services.imports import ImportProblemKind as K

    kind, value = problem.kind, problem.value
    if kind is K.BAD_VALUE:
        assert problem.fact is not None  # a bad value always says why
        mapped = problem.mapped
        where = f"the value mapping turns {value!r} into {mapped!r}: " if mapped is not None else ""
        return where + value_message(problem.fact)
    columns = ", ".join(problem.names)
    texts = {
        K.NO_NAME_COLUMN: "no column holds the names: add a column such as 'First name' / "
        f"'Last name' (or 'Förnamn' / 'Efternamn'), or map one. Columns: {columns}.",
        K.NO_PAIR_COLUMNS: f"no column for {' and '.join(problem.fields)}: add columns such as "
        "'Requester' and 'Requested' holding email addresses or external IDs, or map them. "
        f"Columns: {columns}.",
        K.TOO_LONG: f"{problem.count} characters is too long; at most {problem.limit} fit.",
        K.NAME_MISSING: "the name is missing.",
        K.NOT_EMAIL: f"{value!r} is not an email address.",
        K.DEPARTURE_BEFORE_ARRIVAL: "the departure must be after the arrival.",
        K.DUPLICATE_EXTERNAL_ID: f"duplicate person: external ID {value!r} is also on row "
        f"{problem.other_row}.",
        K.DUPLICATE_EMAIL: f"duplicate person: {value} is also on row {problem.other_row}.",
        K.EMAIL_OF_ANOTHER: f"duplicate person: {value} belongs to another attendee "
        f"(id {problem.record_id}).",
        K.EMAIL_SHARED: f"{value} belongs to {problem.count} attendees; add an external ID "
        "column to tell them apart.",
        K.EXTERNAL_ID_MISMATCH: f"duplicate person: {problem.other} belongs to attendee "
        f"{problem.record_id}, whose external ID is {problem.stored!r}, not {value!r}.",
        K.SAME_ATTENDEE_TWICE: f"duplicate person: row {problem.other_row} updates the same "
        "attendee.",
        K.UNKNOWN_ORGANISATION_ID: "unknown organisation: no organisation has the external ID "
        f"{value!r} (give its name to create it).",
        K.ORGANISATION_MISSING: "the organisation is missing; a new attendee needs one.",
        K.NO_ORGANISATION_COLUMN: "unknown organisation: the file has no organisation column "
        "and this person is not in the event yet.",
        K.REFERENCE_EMPTY: "empty: give the attendee's email address or external ID.",
        K.REFERENCE_SHARED: f"{value} belongs to {problem.count} attendees; use external IDs.",
        K.UNKNOWN_ATTENDEE: "unknown attendee: nobody in the event has the email or external "
        f"ID {value!r}.",
        K.SELF_REQUEST: "self-request: an attendee cannot ask to meet themselves.",
        K.DUPLICATE_REQUEST: f"duplicate request: row {problem.other_row} is for the same two "
        "people.",
        K.REVERSE_REQUEST: "duplicate request: the other person already asked for this "
        f"meeting (request {problem.record_id}).",
    }
    return texts[kind]


def problem_line(problem: ImportProblem) -> str:
    """Where and what: "row 4, column 'Email': 'x' is not an email address."."""
    where = f"row {problem.row}" + (f", column {problem.column!r}" if problem.column else "")
    return f"{where}: {problem_message(problem)}"


def refusal(error: ImportRefusedError) -> str:
    """A refused import: how many problems in how many rows, then the first of them."""
    problems = error.problems
    shown = "\n".join(f"  {problem_line(p)}" for p in problems[:MAX_PROBLEMS_IN_MESSAGE])
    more = len(problems) - MAX_PROBLEMS_IN_MESSAGE
    tail = f"\n  … and {more} more" if more > 0 else ""
    return (
        f"{error.source}: {len(problems)} problem(s) in {error.rows} row(s); nothing was "
        f"imported. Fix the file, or skip the bad rows.\n{shown}{tail}"
    )


def change_line(change: FieldChange) -> str:
    """ "2 attendees, Job title: 'Head of R&D' -> 'Dr' (2)"."""
    from brokerage_app.interchange.mapping import FIELD_HEADINGS

    labels = {**FIELD_HEADINGS["requests"], **FIELD_HEADINGS["attendees"]}
    labels["blocked_slots"] = "Blocked slots"
    shown = "; ".join(
        f"{old!r} -> {new!r}" + (f" ({n})" if n > 1 else "") for old, new, n in change.examples
    )
    return f"{change.count} {change.entity}, {labels.get(change.field, change.field)}: {shown}"
