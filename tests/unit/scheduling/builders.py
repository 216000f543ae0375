"""Small hand-made problems for the scheduling tests."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from brokerage_app.scheduling.format import PROBLEM_FORMAT, Problem, problem_from_dict


def slot_list(sessions: list[int], day: int = 11) -> list[dict[str, str]]:
    """Slots s1.. grouped in sessions of the given lengths, 40-minute gap between sessions."""
    slots = []
    start = datetime(2027, 5, day, 9, 0)
    n = 0
    for length in sessions:
        for _ in range(length):
            n += 1
            end = start + timedelta(minutes=20)
            slots.append(
                {
                    "id": f"s{n}",
                    "start": start.isoformat(timespec="minutes"),
                    "end": end.isoformat(timespec="minutes"),
                }
            )
            start = end
        start += timedelta(minutes=40)
    return slots


def problem_doc(
    *,
    sessions: list[int],
    tables: int | list[str] = 2,
    participants: list[dict[str, Any]] | list[str],
    meetings: list[dict[str, Any]] | list[tuple[str, str]],
    previous: list[dict[str, str]] | None = None,
    spread: int | None = None,
    slots: list[dict[str, str]] | None = None,
) -> dict[str, Any]:
    table_ids = [f"T{i + 1}" for i in range(tables)] if isinstance(tables, int) else tables
    people = [p if isinstance(p, dict) else {"id": p} for p in participants]
    meets = []
    for i, m in enumerate(meetings):
        if isinstance(m, tuple):
            meets.append({"id": f"m{i + 1}", "a": m[0], "b": m[1]})
        else:
            meets.append(m)
    doc: dict[str, Any] = {
        "format": PROBLEM_FORMAT,
        "name": "test",
        "slots": slots if slots is not None else slot_list(sessions),
        "tables": [{"id": t} for t in table_ids],
        "participants": people,
        "meetings": meets,
    }
    if previous is not None:
        doc["previous"] = previous
    if spread is not None:
        doc["options"] = {"max_breaks_spread": spread}
    return doc


def make_problem(**kwargs: Any) -> Problem:
    return problem_from_dict(problem_doc(**kwargs))


def forced_hole(spread: int | None = None) -> Problem:
    """a cannot meet in s2 and must meet b in s1 and c in s3: both meetings give a a break,
    so with the spread 0 only one of them can be placed (plus "idle", who meets nobody)."""
    return make_problem(
        sessions=[3],
        tables=2,
        participants=[{"id": "a", "unavailable": ["s2"]}, "b", "c", "idle"],
        meetings=[
            {"id": "m1", "a": "a", "b": "b", "slots": ["s1"]},
            {"id": "m2", "a": "a", "b": "c", "slots": ["s3"]},
        ],
        spread=spread,
    )
