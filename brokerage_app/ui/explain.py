"""The solver's facts in the window's language: why a meeting is not placed, how a solve went.

The services hand over facts (``scheduling.reasons.Reason``, ``ScheduleOutcome``); the
command line words the same facts in English (``cli/explain.py``).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from brokerage_app.scheduling.reasons import Party, Reason, ReasonKind
from brokerage_app.services.schedule import ScheduleOutcome
from brokerage_app.ui import i18n, labels


def _days(days: tuple[str, ...]) -> str:
    return ", ".join(i18n.format_date(dt.date.fromisoformat(day)) for day in days)


def reason_text(reason: Reason, name_a: str, name_b: str) -> str:
    """Why the meeting of ``name_a`` (requester) and ``name_b`` is not placed, in a sentence."""
    r, k = reason, reason.kind
    who = name_a if r.person is Party.A else name_b
    if k is ReasonKind.UNAVAILABLE_ALWAYS:
        return QCoreApplication.translate("Reasons", "{who} is unavailable in every slot.").format(
            who=who
        )
    if k is ReasonKind.NO_COMMON_DAY:
        return QCoreApplication.translate(
            "Reasons", "{a} attends only {days_a}, {b} only {days_b}."
        ).format(a=name_a, b=name_b, days_a=_days(r.days_a), days_b=_days(r.days_b))
    if k is ReasonKind.NO_COMMON_SLOT:
        return QCoreApplication.translate(
            "Reasons", "{a} and {b} have no common free slot."
        ).format(a=name_a, b=name_b)
    if k is ReasonKind.ONLY_OWN_TABLES:
        return QCoreApplication.translate(
            "Reasons", "Every table is someone's booth and neither of them has one: add tables."
        )
    if k is ReasonKind.NOT_IN_ALLOWED_SLOTS:
        return QCoreApplication.translate(
            "Reasons",
            "None of the {n} common free slots of {a} and {b} is among the meeting's allowed slots.",
        ).format(n=r.count, a=name_a, b=name_b)
    if k is ReasonKind.MAX_MEETINGS:
        return QCoreApplication.translate(
            "Reasons", "{who} already has the most meetings allowed ({limit})."
        ).format(who=who, limit=r.limit)
    if k is ReasonKind.SLOTS_TAKEN:
        if r.priority:
            return QCoreApplication.translate(
                "Reasons", "All {n} free slots of {who} are taken by “{priority}” meetings."
            ).format(n=r.count, who=who, priority=labels.priority(r.priority))
        return QCoreApplication.translate(
            "Reasons", "All {n} free slots of {who} are taken by other meetings."
        ).format(n=r.count, who=who)
    if k is ReasonKind.NEVER_FREE_TOGETHER:
        return QCoreApplication.translate(
            "Reasons",
            "{a} and {b} are never free at the same time: each of their {n} common free "
            "slots is taken by another meeting of one of them.",
        ).format(a=name_a, b=name_b, n=r.count)
    if k is ReasonKind.NO_TABLE_FREE:
        return QCoreApplication.translate(
            "Reasons", "No table is free in the {n} common slots: add tables."
        ).format(n=r.count)
    if k is ReasonKind.ORDER_BLOCKS:
        return QCoreApplication.translate(
            "Reasons",
            "The order after request(s) {others} leaves no common free slot of {a} and {b}.",
        ).format(others=", ".join(r.others), a=name_a, b=name_b)
    if k is ReasonKind.SHARED_SLOTS:
        parts = []
        if r.no_table:
            parts.append(
                QCoreApplication.translate("Reasons", "no table is free in {n} of them").format(
                    n=r.no_table
                )
            )
        if r.order_blocked:
            parts.append(
                QCoreApplication.translate("Reasons", "the meeting order rules out {n}").format(
                    n=r.order_blocked
                )
            )
        if r.limit is not None:
            parts.append(
                QCoreApplication.translate(
                    "Reasons",
                    "placing it in the other {n} would break the fairness limit of {limit} "
                    "idle break(s)",
                ).format(n=r.remaining, limit=r.limit)
            )
        else:
            parts.append(
                QCoreApplication.translate(
                    "Reasons",
                    "the other {n} went to higher-priority meetings before the time limit "
                    "was reached",
                ).format(n=r.remaining)
            )
        return QCoreApplication.translate(
            "Reasons", "{a} and {b} share {n} free slots: {why}."
        ).format(a=name_a, b=name_b, n=r.count, why="; ".join(parts))
    if k is ReasonKind.SAME_PAIR:
        return QCoreApplication.translate(
            "Reasons", "The same two people as request {other}, which is scheduled instead."
        ).format(other=r.others[0] if r.others else "?")
    if k is ReasonKind.TAKEN_OUT:
        return QCoreApplication.translate("Reasons", "Taken out of the schedule by the organiser.")
    return QCoreApplication.translate(
        "Reasons", "Not placed by an older version of the program: solve again to see why."
    )


def solve_summary(outcome: ScheduleOutcome) -> str:
    """One line after a solve: how many were placed, how good that is, what it cost."""
    if outcome.proven_optimal:
        quality = QCoreApplication.translate("Reasons", "optimal")
    elif sum(outcome.upper_bound) == outcome.placed:
        quality = QCoreApplication.translate("Reasons", "within {n} break(s) of optimal").format(
            n=outcome.breaks - outcome.breaks_lower_bound
        )
    else:
        quality = QCoreApplication.translate(
            "Reasons", "up to {n} more meeting(s) might fit"
        ).format(n=sum(outcome.upper_bound) - outcome.placed)
    moved = (
        QCoreApplication.translate("Reasons", "{n} placed meeting(s) moved")
        if outcome.kept_placed
        else QCoreApplication.translate("Reasons", "{n} published meeting(s) moved")
    ).format(n=outcome.moved)
    text = QCoreApplication.translate(
        "Reasons",
        "Placed {placed} of {total} meetings ({quality}); {breaks} idle break(s), {moved}, {seconds} s.",
    ).format(
        placed=outcome.placed,
        total=outcome.total,
        quality=quality,
        breaks=outcome.breaks,
        moved=moved,
        seconds=i18n.format_number(outcome.seconds, 1),
    )
    if not outcome.cancelled:
        return text
    return QCoreApplication.translate("Reasons", "{summary} Stopped early.").format(summary=text)
