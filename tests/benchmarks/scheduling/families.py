"""Event families of issue 12, each solved by a command, measured against proven bounds.

    # 1. write the problems (the re-solve family publishes a schedule first: our solver, 30 s)
    uv run python -m tests.benchmarks.scheduling.families prepare --out /tmp/families
    # 2. one solve of one problem by one command, as a separate process (peak RSS is its own)
    uv run python -m tests.benchmarks.scheduling.families run /tmp/families/binding.json \\
        --time-limit 60 [--solver-dir /tmp/sched-old] [--label before] >> results.jsonl
    # 3. the tables of docs/benchmarks.md: every run, and the 60 s runs against 600 s ones
    uv run python -m tests.benchmarks.scheduling.families table results.jsonl
    uv run python -m tests.benchmarks.scheduling.families compare results.jsonl --label after

`run` times `brokerage-app solve` as a whole (loading and writing included) under
/usr/bin/time, from the worktree `--solver-dir` (default: this one), so the solver as it was
before can be measured in the same sitting from a `git worktree` of the old commit. The
schedule it writes is checked and scored here, the same way for every solver: the
independent validator; counts per priority against the LP relaxation of this tree (HiGHS),
per level without demanding anything of the levels above (so the same yardstick for every
solver; the solver's own, tighter, lexicographic bounds are in `reported_upper_bound`) and
for all meetings together; breaks against the lower bound the solver proved; moved against
the forced-move bound; and a first-come greedy in the same process.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from brokerage_app.scheduling.bounds import CountRelaxation
from brokerage_app.scheduling.format import (
    PROBLEM_FORMAT,
    load_problem,
    problem_from_dict,
    schedule_from_dict,
    schedule_to_dict,
)
from brokerage_app.scheduling.indexed import index_problem
from brokerage_app.scheduling.solver import solve
from brokerage_app.scheduling.validate import compute_objective, validate_schedule
from tests.benchmarks.scheduling.scale import first_come, forced_moves, resolve_after_changes

HERE = Path(__file__).resolve().parents[3]


def _slots(days: int, sessions_per_day: int, per_session: int) -> list[dict[str, str]]:
    slots = []
    for day in range(days):
        for session in range(sessions_per_day):
            start = datetime(2027, 5, 11 + day, 9 + 5 * session, 0)
            for k in range(per_session):
                s = start + timedelta(minutes=20 * k)
                slots.append(
                    {
                        "id": f"d{day + 1}-{'ap'[session % 2]}{session}-{k + 1}",
                        "start": s.isoformat(timespec="minutes"),
                        "end": (s + timedelta(minutes=20)).isoformat(timespec="minutes"),
                    }
                )
    return slots


def _requests(
    rng: random.Random, n: int, per_participant: float, limit: list[int] | None = None
) -> list[dict[str, Any]]:
    """Skewed popularity (Zipf-like), no pair twice, priorities 10/30/60 % for 3/2/1."""
    weights = [1.0 / (i + 1) ** 0.7 for i in range(n)]
    popular = list(range(n))
    rng.shuffle(popular)
    seen: set[tuple[int, int]] = set()
    degree = [0] * n
    meetings: list[dict[str, Any]] = []
    target = int(n * per_participant / 2)
    attempts = 0
    while len(meetings) < target and attempts < 50 * target:
        attempts += 1
        a = rng.randrange(n)
        b = popular[rng.choices(range(n), weights)[0]]
        if a == b or (min(a, b), max(a, b)) in seen:
            continue
        if limit is not None and (degree[a] >= limit[a] or degree[b] >= limit[b]):
            continue
        seen.add((min(a, b), max(a, b)))
        degree[a] += 1
        degree[b] += 1
        meetings.append(
            {
                "id": f"m{len(meetings) + 1}",
                "a": f"p{a + 1}",
                "b": f"p{b + 1}",
                "priority": rng.choices((3, 2, 1), (0.1, 0.3, 0.6))[0],
            }
        )
    return meetings


def _doc(name: str, slots: list, tables: int, participants: list, meetings: list) -> dict:
    return {
        "format": PROBLEM_FORMAT,
        "name": name,
        "slots": slots,
        "tables": [{"id": f"T{i + 1}"} for i in range(tables)],
        "participants": participants,
        "meetings": meetings,
    }


def over_requested(seed: int) -> dict[str, Any]:
    """300 participants, 26 requests each, up to 1.15 x their free slots, 32 slots."""
    rng = random.Random(seed)
    n = 300
    slots = _slots(2, 2, 8)
    ids = [s["id"] for s in slots]
    participants = []
    limit = []
    for i in range(n):
        free = rng.randint(23, 32)  # 26 requests <= 1.15 x 23 free slots
        entry: dict[str, Any] = {"id": f"p{i + 1}"}
        if free < len(ids):
            entry["unavailable"] = sorted(rng.sample(ids, len(ids) - free))
        participants.append(entry)
        limit.append(int(1.15 * free))
    meetings = _requests(rng, n, 26, limit)
    return _doc("over-requested", slots, n // 2, participants, meetings)


def binding_tables(seed: int) -> dict[str, Any]:
    """300 participants, 14 requests each, 55 tables x 32 slots (2,100 requests, 1,760 cells)."""
    rng = random.Random(seed)
    n = 300
    participants = [{"id": f"p{i + 1}"} for i in range(n)]
    return _doc("binding-tables", _slots(2, 2, 8), 55, participants, _requests(rng, n, 14))


def own_booths(seed: int) -> dict[str, Any]:
    """500 participants, 30 % with their own booth, 12 requests each, 32 slots."""
    rng = random.Random(seed)
    n = 500
    slots = _slots(2, 2, 8)
    meetings = _requests(rng, n, 12)
    owners = rng.sample(range(n), n * 30 // 100)
    participants: list[dict[str, Any]] = [{"id": f"p{i + 1}"} for i in range(n)]
    for k, i in enumerate(owners):
        participants[i]["table"] = f"B{k + 1}"
    free_tables = int(len(meetings) / len(slots) * 0.7 * 1.1) + 1
    doc = _doc("own-booths", slots, free_tables, participants, meetings)
    doc["tables"] += [{"id": f"B{k + 1}"} for k in range(len(owners))]
    return doc


def plain_400(rng: random.Random, name: str) -> dict[str, Any]:
    """400 participants, 12 requests each, 48 slots, tables 10 % above the load."""
    n = 400
    slots = _slots(3, 2, 8)
    participants = [{"id": f"p{i + 1}"} for i in range(n)]
    meetings = _requests(rng, n, 12)
    tables = int(len(meetings) / len(slots) * 1.1) + 1
    return _doc(name, slots, tables, participants, meetings)


def many_fixed(seed: int) -> dict[str, Any]:
    """The plain 400-participant event with 15 % of the meetings fixed."""
    rng = random.Random(seed)
    doc = plain_400(rng, "many-fixed")
    slots, meetings, tables = doc["slots"], doc["meetings"], len(doc["tables"])
    # Fixed meetings: placed by a first-fit pass so that they never conflict.
    busy: set[tuple[str, int]] = set()
    used = [0] * len(slots)
    for m in rng.sample(meetings, len(meetings) * 15 // 100):
        for s in rng.sample(range(len(slots)), len(slots)):
            if (m["a"], s) in busy or (m["b"], s) in busy or used[s] >= tables:
                continue
            busy.update({(m["a"], s), (m["b"], s)})
            used[s] += 1
            m["fixed"] = {"slot": slots[s]["id"], "table": f"T{used[s]}"}
            break
    return doc


def large(seed: int) -> dict[str, Any]:
    """2,000 participants, 12,000 meetings, 48 slots over 3 days, tables 10 % above load."""
    rng = random.Random(seed)
    n = 2000
    slots = _slots(3, 2, 8)
    ids = [s["id"] for s in slots]
    participants: list[dict[str, Any]] = []
    for i in range(n):
        entry: dict[str, Any] = {"id": f"p{i + 1}"}
        if rng.random() < 0.15:
            day = rng.randrange(3) + 1
            entry["unavailable"] = [s for s in ids if s.startswith(f"d{day}-")]
        participants.append(entry)
    meetings = _requests(rng, n, 12)
    tables = int(len(meetings) / len(slots) * 1.1) + 1
    return _doc("large", slots, tables, participants, meetings)


def resolve_base(seed: int) -> dict[str, Any]:
    """The plain 400-participant event before the changes of the re-solve family."""
    return plain_400(random.Random(seed), "re-solve")


FAMILIES = {
    "over-requested": over_requested,
    "binding": binding_tables,
    "own-booths": own_booths,
    "many-fixed": many_fixed,
    "large": large,
}


def prepare(out: Path, seed: int, publish_seconds: float) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for name, make in FAMILIES.items():
        (out / f"{name}.json").write_text(json.dumps(make(seed)))
    base = resolve_base(seed)
    published = solve(problem_from_dict(base), time_limit=publish_seconds, workers=2)
    changed = resolve_after_changes(base, schedule_to_dict(published), seed)
    changed["name"] = "re-solve"
    (out / "re-solve.json").write_text(json.dumps(changed))


def _lp_bounds(path: Path) -> dict[str, Any]:
    problem = load_problem(path)
    lp = CountRelaxation(index_problem(problem))
    per_level = [lp.bound(p, {}, 120.0) for p in (3, 2, 1)]
    return {"lp_level": per_level, "lp_total": lp.bound(None, {}, 120.0)}


def run(path: Path, time_limit: float, solver_dir: Path, label: str) -> dict[str, Any]:
    problem = load_problem(path)
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "schedule.json"
        rss_file = Path(tmp) / "rss"
        cmd = [
            "/usr/bin/time",
            "-f",
            "%M",
            "-o",
            str(rss_file),
            "uv",
            "run",
            "--frozen",
            "brokerage-app",
            "solve",
            str(path),
            "-o",
            str(out),
            "--time-limit",
            str(time_limit),
            "--workers",
            "2",
        ]
        started = time.monotonic()
        proc = subprocess.run(cmd, cwd=solver_dir, capture_output=True, text=True, check=False)
        wall = time.monotonic() - started
        if proc.returncode != 0:
            return {"file": path.name, "label": label, "error": proc.stderr[-500:]}
        schedule = schedule_from_dict(json.loads(out.read_text()))
        peak_mb = int(rss_file.read_text().split()[-1]) / 1024
    first = re.search(r"\[\s*([0-9.]+)s\] greedy", proc.stdout)
    objective = compute_objective(problem, schedule.assignments)
    fc, _ = first_come(problem)
    return {
        "file": path.name,
        "label": label,
        "time_limit": time_limit,
        "scheduled": list(objective.scheduled),
        "reported_upper_bound": list(schedule.stats.upper_bound),
        "breaks": objective.breaks,
        "breaks_lower_bound": schedule.stats.breaks_lower_bound,
        "moved": objective.moved,
        "forced_moves": forced_moves(problem),
        "first_schedule_s": float(first.group(1)) if first else None,
        "command_s": round(wall, 1),
        "peak_rss_mb": round(peak_mb),
        "valid": not validate_schedule(problem, schedule),
        "first_come": list(fc),
        **_lp_bounds(path),
    }


def table(results: Path) -> str:
    rows = [json.loads(line) for line in results.read_text().splitlines() if line.strip()]
    lines = [
        "| problem | solver | limit s | placed 3/2/1 | LP bound 3/2/1 (gap %) | placed / LP all "
        "(gap %) | first-come | breaks / lower bound | moved / forced | first s | command s "
        "| peak MB | valid |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for r in rows:
        if "error" in r:
            lines.append(f"| {r['file']} | {r['label']} | error: {r['error'][:80]} |")
            continue
        gaps = []
        for got, bound in zip(r["scheduled"], r["lp_level"], strict=True):
            gap = 100 * (bound - got) / bound if bound else 0.0
            gaps.append(f"{bound} ({gap:.1f})")
        placed = sum(r["scheduled"])
        total_gap = 100 * (r["lp_total"] - placed) / r["lp_total"] if r["lp_total"] else 0.0
        lines.append(
            f"| {r['file'].removesuffix('.json')} | {r['label']} | {r['time_limit']:g} "
            f"| {'/'.join(map(str, r['scheduled']))} | {' / '.join(gaps)} "
            f"| {placed} / {r['lp_total']} ({total_gap:.2f}) | {sum(r['first_come'])} "
            f"| {r['breaks']} / {r['breaks_lower_bound']} | {r['moved']} / {r['forced_moves']} "
            f"| {r['first_schedule_s']} | {r['command_s']} | {r['peak_rss_mb']} "
            f"| {'yes' if r['valid'] else 'NO'} |"
        )
    return "\n".join(lines)


def _proven_gap(row: dict[str, Any]) -> str:
    """Placed against the solver's own lexicographic upper bound, breaks against its bound."""
    placed, bound = sum(row["scheduled"]), sum(row["reported_upper_bound"])
    gap = 100 * (bound - placed) / bound if bound else 0.0
    return f"{placed} / {bound} ({gap:.2f} %); breaks {row['breaks']} / {row['breaks_lower_bound']}"


def compare(results: Path, label: str, short: float = 60, long: float = 600) -> str:
    """The issue's target: the short run has the long run's counts and <= 1.25 x its breaks."""
    rows = [json.loads(line) for line in results.read_text().splitlines() if line.strip()]
    runs = {
        (r["file"], r["time_limit"]): r
        for r in rows
        if r.get("label") == label and "error" not in r
    }
    lines = [
        f"| problem | placed 3/2/1 at {short:g} s | at {long:g} s | same counts "
        f"| breaks {short:g} s / {long:g} s | ratio (target <= 1.25) "
        f"| {short:g} s: placed / proven bound, breaks / proven bound "
        f"| {long:g} s: the same | command s | peak MB |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for name in dict.fromkeys(f for f, _ in runs):
        a, b = runs.get((name, short)), runs.get((name, long))
        if a is None or b is None:
            continue
        ratio = a["breaks"] / b["breaks"] if b["breaks"] else float("inf" if a["breaks"] else 1)
        lines.append(
            f"| {name.removesuffix('.json')} | {'/'.join(map(str, a['scheduled']))} "
            f"| {'/'.join(map(str, b['scheduled']))} "
            f"| {'yes' if a['scheduled'] == b['scheduled'] else 'no'} "
            f"| {a['breaks']} / {b['breaks']} | {ratio:.2f} | {_proven_gap(a)} | {_proven_gap(b)} "
            f"| {a['command_s']} / {b['command_s']} | {a['peak_rss_mb']} / {b['peak_rss_mb']} |"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("prepare")
    p.add_argument("--out", type=Path, required=True)
    p.add_argument("--seed", type=int, default=12)
    p.add_argument("--publish-seconds", type=float, default=30.0)
    r = sub.add_parser("run")
    r.add_argument("problem", type=Path)
    r.add_argument("--time-limit", type=float, default=60.0)
    r.add_argument("--solver-dir", type=Path, default=HERE)
    r.add_argument("--label", default="this")
    t = sub.add_parser("table")
    t.add_argument("results", type=Path)
    c = sub.add_parser("compare")
    c.add_argument("results", type=Path)
    c.add_argument("--label", default="this")
    args = parser.parse_args(argv)
    if args.command == "prepare":
        prepare(args.out, args.seed, args.publish_seconds)
    elif args.command == "run":
        print(json.dumps(run(args.problem.resolve(), args.time_limit, args.solver_dir, args.label)))
    elif args.command == "compare":
        print(compare(args.results, args.label))
    else:
        print(table(args.results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
