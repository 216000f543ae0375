"""Synthetic events at scale, re-solve after changes, and baselines.

    uv run python -m tests.benchmarks.scheduling.scale --participants 400 --time-limit 60
    uv run python -m tests.benchmarks.scheduling.scale --participants 2000 --time-limit 120 --resolve

Events: 12 requests per participant on average, three days of 16 slots (two sessions a day,
48 slots), tables binding (about 10 % above the average load per slot), skewed popularity
(Zipf-like), 15 % of participants away one day, 5 % with their own booth, priorities
10/30/60 % for 3/2/1. Reported: time to the first complete schedule (greedy), final result,
peak memory (ru_maxrss of this process), placed vs placeable, a first-come greedy baseline
and a single weighted CP-SAT model given the same time.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import sys
import time
from datetime import datetime, timedelta
from typing import Any

from brokerage_app.scheduling.cpsat_model import SlotModel
from brokerage_app.scheduling.format import PROBLEM_FORMAT, Problem, problem_from_dict
from brokerage_app.scheduling.greedy import SlotAssignment
from brokerage_app.scheduling.indexed import index_problem
from brokerage_app.scheduling.solver import SolveProgress, solve
from brokerage_app.scheduling.validate import validate_schedule


def generate(n: int, seed: int = 1, requests_per_participant: int = 12) -> dict[str, Any]:
    rng = random.Random(seed)
    slots = []
    for day in range(3):
        for session, hour in enumerate((9, 14)):
            start = datetime(2027, 5, 11 + day, hour, 0)
            for k in range(8):
                s = start + timedelta(minutes=20 * k)
                slots.append(
                    {
                        "id": f"d{day + 1}-{'am' if session == 0 else 'pm'}{k + 1}",
                        "start": s.isoformat(timespec="minutes"),
                        "end": (s + timedelta(minutes=20)).isoformat(timespec="minutes"),
                    }
                )
    n_meetings = n * requests_per_participant // 2
    n_tables = int(n_meetings / len(slots) * 1.1) + 1
    tables = [{"id": f"T{i + 1}"} for i in range(n_tables)]
    participants = []
    owned = 0
    for i in range(n):
        entry: dict[str, Any] = {"id": f"p{i + 1}"}
        if rng.random() < 0.15:
            day = rng.randrange(3)
            entry["unavailable"] = [s["id"] for s in slots if s["id"].startswith(f"d{day + 1}-")]
        elif rng.random() < 0.1:
            entry["unavailable"] = rng.sample([s["id"] for s in slots], 4)
        if rng.random() < 0.05 and owned < n_tables // 4:
            entry["table"] = f"T{n_tables - owned}"
            owned += 1
        participants.append(entry)
    weights = [1.0 / (i + 1) ** 0.7 for i in range(n)]
    popular = list(range(n))
    rng.shuffle(popular)
    seen: set[tuple[int, int]] = set()
    meetings = []
    while len(meetings) < n_meetings:
        a = rng.randrange(n)
        b = popular[rng.choices(range(n), weights)[0]]
        if a == b or (min(a, b), max(a, b)) in seen:
            continue
        seen.add((min(a, b), max(a, b)))
        priority = rng.choices((3, 2, 1), (0.1, 0.3, 0.6))[0]
        meetings.append(
            {
                "id": f"m{len(meetings) + 1}",
                "a": f"p{a + 1}",
                "b": f"p{b + 1}",
                "priority": priority,
            }
        )
    return {
        "format": PROBLEM_FORMAT,
        "name": f"synthetic-{n}",
        "slots": slots,
        "tables": tables,
        "participants": participants,
        "meetings": meetings,
    }


def first_come(problem: Problem) -> tuple[tuple[int, int, int], float]:
    """Baseline: requests in file order, each into the first slot that is still possible."""
    started = time.monotonic()
    ix = index_problem(problem)
    state = SlotAssignment(ix)
    for m in range(ix.n_meetings):
        for s in ix.allowed[m]:
            if state.can_place(m, s):
                state.place(m, s)
                break
    return state.scheduled_counts(), time.monotonic() - started


def weighted_cpsat(
    problem: Problem, time_limit: float, workers: int
) -> tuple[int, int, int] | None:
    """Baseline: one CP-SAT model with a weighted sum of all levels, no greedy, no LNS."""
    ix = index_problem(problem)
    model = SlotModel(
        ix, list(ix.fixed_slot), [m for m in range(ix.n_meetings) if ix.fixed_slot[m] < 0]
    )
    n = ix.n_meetings + 1
    w1 = 4 * ix.n_participants * ix.n_slots
    model.model.maximize(
        w1 * n * n * model.priority_count(3)
        + w1 * n * model.priority_count(2)
        + w1 * model.priority_count(1)
        - model.breaks_expr()
    )
    result = model.solve(time_limit=time_limit, workers=workers, seed=0, cancel=None)
    if result.slot_of is None:
        return None
    return SlotAssignment(ix).copy_from(result.slot_of).scheduled_counts()


def resolve_after_changes(
    doc: dict[str, Any], schedule_doc: dict[str, Any], seed: int
) -> dict[str, Any]:
    """5 % new requests and 3 % of delegates losing a day; previous = the published schedule."""
    rng = random.Random(seed)
    changed = json.loads(json.dumps(doc))
    changed["previous"] = schedule_doc["assignments"]
    participants = changed["participants"]
    n = len(participants)
    slot_ids = [s["id"] for s in changed["slots"]]
    for p in rng.sample(participants, max(1, n * 3 // 100)):
        day = rng.randrange(3) + 1
        p["unavailable"] = sorted(
            set(p.get("unavailable", [])) | {s for s in slot_ids if s.startswith(f"d{day}-")}
        )
    existing = {(m["a"], m["b"]) for m in changed["meetings"]}
    target = len(changed["meetings"]) * 5 // 100
    added = 0
    while added < target:
        a, b = rng.sample(participants, 2)
        if (a["id"], b["id"]) in existing or (b["id"], a["id"]) in existing:
            continue
        existing.add((a["id"], b["id"]))
        added += 1
        changed["meetings"].append({"id": f"new{added}", "a": a["id"], "b": b["id"], "priority": 1})
    return changed


def forced_moves(problem: Problem) -> int:
    """Published meetings whose slot became impossible: a lower bound on `moved`."""
    return sum(
        1
        for prev in problem.previous
        if not problem.slot_allowed(problem.meeting_by_id[prev.meeting], prev.slot)
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--participants", type=int, default=400)
    parser.add_argument("--time-limit", type=float, default=60.0)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument(
        "--baselines", action="store_true", help="also run the weighted CP-SAT model"
    )
    parser.add_argument("--resolve", action="store_true", help="also re-solve after changes")
    args = parser.parse_args(argv)
    doc = generate(args.participants)
    problem = problem_from_dict(doc)
    first: list[float] = []

    def progress(p: SolveProgress) -> None:
        if not first:
            first.append(p.elapsed)

    started = time.monotonic()
    schedule = solve(
        problem, time_limit=args.time_limit, workers=args.workers, on_progress=progress
    )
    total = time.monotonic() - started
    st = schedule.stats
    out: dict[str, Any] = {
        "participants": args.participants,
        "meetings": len(problem.meetings),
        "tables": len(problem.tables),
        "first_schedule_s": round(first[0], 2),
        "final_s": round(total, 1),
        "scheduled": st.scheduled,
        "upper_bound": st.upper_bound,
        "breaks": st.breaks,
        "breaks_lower_bound": st.breaks_lower_bound,
        "valid": not validate_schedule(problem, schedule),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
    }
    fc, fc_time = first_come(problem)
    out["first_come"] = fc
    out["first_come_s"] = round(fc_time, 2)
    out["ours_over_first_come"] = round(sum(st.scheduled) / max(1, sum(fc)), 3)
    if args.baselines:
        weighted = weighted_cpsat(problem, args.time_limit, args.workers)
        out["weighted_cpsat"] = weighted
        out["ours_over_weighted"] = (
            round(sum(st.scheduled) / sum(weighted), 3) if weighted else None
        )
    if args.resolve:
        from brokerage_app.scheduling.format import schedule_to_dict

        changed = problem_from_dict(resolve_after_changes(doc, schedule_to_dict(schedule), 7))
        started = time.monotonic()
        again = solve(changed, time_limit=args.time_limit, workers=args.workers)
        out["resolve"] = {
            "s": round(time.monotonic() - started, 1),
            "moved": again.stats.moved,
            "forced_moves_lower_bound": forced_moves(changed),
            "scheduled": again.stats.scheduled,
            "valid": not validate_schedule(changed, again),
        }
    print(json.dumps(out), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
