"""Why a walk-in meeting cannot be booked, in the window's language (the CLI words the same
facts in English in ``cli/walk_in_problems.py``): the walk-in dialog's refusals."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from brokerage_app.domain.walk_in_problems import WalkInFault, WalkInProblem
from brokerage_app.ui import formatting
from brokerage_app.ui.dialogs.data import table_name


def problem_text(problem: WalkInProblem) -> str:
    """The refusal, naming the people, table, time and meeting it is about."""
    F = WalkInFault
    fault = problem.fault
    table = table_name(problem.table_number, problem.table_label)
    moment = problem.starts_at
    when = formatting.day_time(moment) if moment is not None else ""
    if fault is F.PAIR_HAS_MEETING:
        return QCoreApplication.translate(
            "WalkInProblems",
            "{person} and {other} already have meeting {n} ({when}, {table}); mark it "
            "no-show first to book them again.",
        ).format(
            person=problem.person, other=problem.other, n=problem.meeting_id, when=when, table=table
        )
    if fault is F.JUST_TAKEN:
        clock = formatting.clock(moment) if moment is not None else ""
        return QCoreApplication.translate(
            "WalkInProblems",
            "{table} at {time} was just taken at another station; choose another place.",
        ).format(table=table, time=clock)
    if fault is F.NOT_AVAILABLE:
        reason = QCoreApplication.translate(
            "WalkInProblems", "{person} is not available at {when}."
        ).format(person=problem.person, when=when)
    elif fault is F.PERSON_BUSY:
        reason = QCoreApplication.translate(
            "WalkInProblems", "{person} already has meeting {n} at {when}."
        ).format(person=problem.person, n=problem.meeting_id, when=when)
    elif fault is F.OTHER_BOOTH:
        reason = QCoreApplication.translate(
            "WalkInProblems", "{table} is the booth of another exhibitor."
        ).format(table=table)
    elif fault is F.BELONGS_AT_BOOTH:
        reason = QCoreApplication.translate(
            "WalkInProblems", "This meeting belongs at the booth of the exhibitor in it."
        )
    else:
        reason = QCoreApplication.translate(
            "WalkInProblems", "{table} is taken at {when} by meeting {n}."
        ).format(table=table, when=when, n=problem.meeting_id)
    return QCoreApplication.translate(
        "WalkInProblems", "Cannot book this walk-in: {reason}"
    ).format(reason=reason)
