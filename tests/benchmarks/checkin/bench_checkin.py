"""Check-in benchmark: verdict latency at 10,000 attendees and scans per second, 4 stations.

Run on demand (not collected by pytest):

    uv run python -m tests.benchmarks.checkin.bench_checkin --attendees 10000 --scans 1000

Latency is measured per scan (one unit of work each, as a station does it) on SQLite and on a
throwaway PostgreSQL server; alongside it, the same run times a one-row write (BEGIN,
UPDATE, COMMIT) as the baseline, so the ratio tells what check-in adds to the database's own
round trips on this machine. Throughput runs 4 spawned station processes against PostgreSQL,
each scanning its own queue of badges (10% of them badges another station already scanned).
"""

from __future__ import annotations

import argparse
import multiprocessing
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import text

from brokerage_app.demo.generator import DemoOptions
from brokerage_app.services.checkin import badge_code, checkin_event, scan
from brokerage_app.services.demo import create_demo_database
from brokerage_app.store.database import EventDatabase, open_database
from brokerage_app.store.models import CheckinResult
from tests.helpers.postgres import running_server


def _codes(database: EventDatabase, attendees: int) -> list[str]:
    with database.session() as session:
        return [badge_code(session, i) for i in range(1, attendees + 1)]


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def _baseline(database: EventDatabase, count: int) -> list[float]:
    """A unit of work that writes one row and commits: the floor any logged scan pays."""
    timings = []
    for _ in range(count):
        started = time.perf_counter()
        with database.session() as session:
            session.execute(text("UPDATE event SET venue = venue WHERE id = 1"))
        timings.append(time.perf_counter() - started)
    return timings


def _latency(database: EventDatabase, codes: list[str], scans: int, seed: int) -> dict:
    rng = random.Random(seed)
    queue = rng.sample(codes, scans)
    # Real doors see repeats (a second scan "did it work?") and the odd broken code.
    queue += rng.sample(queue, scans // 10) + ["BRK1-NOT-A-BADGE"] * (scans // 20)
    rng.shuffle(queue)
    # A desk reads the event (uid, secret, days) once and passes it to every scan.
    with database.session() as session:
        event = checkin_event(session)
    for code in queue[:20]:  # warm the connection pool and statement caches
        scan(database, code, station="warm-up", event=event)
    timings = []
    results: dict[str, int] = {}
    for code in queue[20:]:
        started = time.perf_counter()
        verdict = scan(database, code, station="bench", event=event)
        timings.append(time.perf_counter() - started)
        results[verdict.result.value] = results.get(verdict.result.value, 0) + 1
    baseline = _baseline(database, len(timings))
    return {
        "scans": len(timings),
        "median_ms": statistics.median(timings) * 1000,
        "p99_ms": _percentile(timings, 0.99) * 1000,
        "baseline_median_ms": statistics.median(baseline) * 1000,
        "results": results,
    }


def _station(url: str, codes: list[str], station: str, start_at: float) -> tuple[float, float, int]:
    database = open_database(url)
    with database.session() as session:
        event = checkin_event(session)
    scan(database, "BRK1-WARM-UP", station=station, event=event)
    while time.time() < start_at:
        time.sleep(0.001)
    started = time.time()
    checked = 0
    for code in codes:
        if scan(database, code, station=station, event=event).result is CheckinResult.CHECKED_IN:
            checked += 1
    ended = time.time()
    database.dispose()
    return started, ended, checked


def _throughput(url: str, codes: list[str], stations: int, per_station: int) -> dict:
    rng = random.Random(11)
    pool_codes = rng.sample(codes, stations * per_station)
    queues = [pool_codes[i * per_station : (i + 1) * per_station] for i in range(stations)]
    for i, queue in enumerate(queues):
        other = queues[(i + 1) % stations]
        queue[: per_station // 10] = other[-(per_station // 10) :]
        rng.shuffle(queue)
    context = multiprocessing.get_context("spawn")
    # Every station waits for a common start time, after its imports and first connection.
    start_at = time.time() + 25
    with context.Pool(stations) as pool:
        runs = pool.starmap(
            _station, [(url, queue, f"station-{i}", start_at) for i, queue in enumerate(queues)]
        )
    began = min(r[0] for r in runs)
    finished = max(r[1] for r in runs)
    total = sum(len(q) for q in queues)
    return {
        "stations": stations,
        "scans": total,
        "seconds": finished - began,
        "scans_per_second": total / (finished - began),
        "checked_in": sum(r[2] for r in runs),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--attendees", type=int, default=10_000)
    parser.add_argument("--scans", type=int, default=1000)
    parser.add_argument("--stations", type=int, default=4)
    parser.add_argument("--per-station", type=int, default=1000)
    args = parser.parse_args(argv)
    options = DemoOptions(attendees=args.attendees, seed=3)

    folder = Path(tempfile.mkdtemp(prefix="bench-checkin-"))
    sqlite_db = create_demo_database(folder / "event.sqlite", options)
    sqlite_codes = _codes(sqlite_db, args.attendees)
    report = {"sqlite": _latency(sqlite_db, sqlite_codes, args.scans, seed=1)}
    sqlite_db.dispose()

    with running_server() as server:
        if server is None:
            print("PostgreSQL is not installed; only SQLite was measured.", file=sys.stderr)
        else:
            url = server.create_database()
            pg_db = create_demo_database(url, options)
            pg_codes = _codes(pg_db, args.attendees)
            report["postgresql"] = _latency(pg_db, pg_codes, args.scans, seed=1)
            with pg_db.session() as session:
                session.execute(text("DELETE FROM checkins"))
            pg_db.dispose()
            report["throughput"] = _throughput(url, pg_codes, args.stations, args.per_station)

    print(f"attendees: {args.attendees}")
    for backend in ("sqlite", "postgresql"):
        if backend in report:
            r = report[backend]
            print(
                f"{backend:<10} scans {r['scans']:>5}  median {r['median_ms']:6.2f} ms  "
                f"p99 {r['p99_ms']:6.2f} ms  one-row write {r['baseline_median_ms']:5.2f} ms "
                f"(scan/write {r['median_ms'] / r['baseline_median_ms']:.1f}x)  {r['results']}"
            )
    if "throughput" in report:
        t = report["throughput"]
        print(
            f"throughput {t['stations']} stations on PostgreSQL: {t['scans']} scans in "
            f"{t['seconds']:.2f} s = {t['scans_per_second']:.0f} scans/s "
            f"({t['checked_in']} check-ins)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
