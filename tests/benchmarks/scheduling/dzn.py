"""Convert Bofill et al. (JAIR 2022) B2B .dzn instances to our problem format (benchmark code).

Mapping (see shared spec, "Relation to the literature"): all slots get consecutive 20-minute
times (one continuous day, no lunch gap); session 1/2 meetings get a `slots` list of the
morning/afternoon slots; forbidden slots become `unavailable`; `precedences[m]` becomes
`after`; fixed meetings get the fixed slot and a distinct table of that slot; fairness d
becomes `options.max_breaks_spread`.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from brokerage_app.scheduling.format import PROBLEM_FORMAT, Problem, problem_from_dict


def _scalar(text: str, name: str) -> int:
    match = re.search(rf"\b{name}\s*=\s*(\d+)\s*;", text)
    if match is None:
        raise ValueError(f"{name} missing")
    return int(match.group(1))


def _sets(text: str, name: str) -> list[list[int]]:
    match = re.search(rf"\b{name}\s*=\s*\[(.*?)\]\s*;", text, re.S)
    if match is None:
        return []
    return [
        [int(x) for x in body.split(",") if x.strip()]
        for body in re.findall(r"\{(.*?)\}", match.group(1), re.S)
    ]


def _array(text: str, name: str) -> list[int]:
    match = re.search(rf"\b{name}\s*=\s*\[(.*?)\]\s*;", text, re.S)
    if match is None:
        return []
    return [int(x) for x in match.group(1).split(",") if x.strip()]


def dzn_to_dict(text: str, name: str, fairness: int | None = 2) -> dict[str, Any]:
    n_business = _scalar(text, "nBusiness")
    n_meetings = _scalar(text, "nMeetings")
    n_tables = _scalar(text, "nTables")
    n_slots = _scalar(text, "nTotalSlots")
    n_morning = _scalar(text, "nMorningSlots")
    body = re.search(r"requested\s*=\s*\[\|(.*?)\|\]\s*;", text, re.S)
    assert body is not None
    rows = [
        [int(x) for x in row.split(",") if x.strip()]
        for row in body.group(1).split("|")
        if row.strip()
    ]
    assert len(rows) == n_meetings, (len(rows), n_meetings)
    forbidden = _sets(text, "forbidden")
    fixed = _array(text, "fixed") or [0] * n_meetings
    precedences = _sets(text, "precedences") or [[] for _ in range(n_meetings)]
    start = datetime(2022, 5, 1, 9, 0)
    slot_ids = [f"s{i + 1:02d}" for i in range(n_slots)]
    slots = [
        {
            "id": slot_ids[i],
            "start": (start + timedelta(minutes=20 * i)).isoformat(timespec="minutes"),
            "end": (start + timedelta(minutes=20 * (i + 1))).isoformat(timespec="minutes"),
        }
        for i in range(n_slots)
    ]
    participants = []
    for p in range(n_business):
        forb = sorted({s for s in (forbidden[p] if p < len(forbidden) else []) if s > 0})
        entry: dict[str, Any] = {"id": f"p{p + 1}"}
        if forb:
            entry["unavailable"] = [slot_ids[s - 1] for s in forb]
        participants.append(entry)
    morning = slot_ids[:n_morning]
    afternoon = slot_ids[n_morning:]
    tables_used: dict[int, int] = {}
    meetings = []
    for m, (a, b, session) in enumerate(rows):
        entry = {"id": f"m{m + 1}", "a": f"p{a}", "b": f"p{b}", "priority": 1}
        if session == 1:
            entry["slots"] = morning
        elif session == 2:
            entry["slots"] = afternoon
        if precedences[m]:
            entry["after"] = [f"m{q}" for q in precedences[m]]
        if fixed[m] > 0:
            table = tables_used.get(fixed[m], 0) + 1
            tables_used[fixed[m]] = table
            entry["fixed"] = {"slot": slot_ids[fixed[m] - 1], "table": f"T{table}"}
            # Some fixed020/040 files pin a morning-only meeting in the afternoon (or the
            # reverse); the pin is the instance's decision, so it wins over the session.
            if slot_ids[fixed[m] - 1] not in entry.get("slots", slot_ids):
                del entry["slots"]
        meetings.append(entry)
    doc: dict[str, Any] = {
        "format": PROBLEM_FORMAT,
        "name": name,
        "slots": slots,
        "tables": [{"id": f"T{t + 1}"} for t in range(n_tables)],
        "participants": participants,
        "meetings": meetings,
    }
    if fairness is not None:
        doc["options"] = {"max_breaks_spread": fairness}
    return doc


def load_dzn(path: str | Path, fairness: int | None = 2) -> Problem:
    path = Path(path)
    return problem_from_dict(dzn_to_dict(path.read_text(), path.stem, fairness))
