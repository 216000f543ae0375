"""Offline check-in benchmark: the offline verdict's p99 and the time to sync 1,000 queued scans.

Run on demand (not collected by pytest):

    uv run python -m tests.benchmarks.checkin.bench_offline --attendees 10000 --scans 1000

On a throwaway PostgreSQL server with a demo event, one station (``Station``, with its
journal) first scans ``--scans`` badges online: that is the yardstick, the same station's
online verdicts in the same run. Then the server is stopped (``pg_ctl stop -m immediate``)
and the station scans ``--scans`` other badges offline (10% of them repeats, 5% broken
codes, as at a real door); each verdict includes the journal's fsynced commit. Then the
server is started again and ``Station.sync()`` sends the queued scans, timed as a whole.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

from brokerage_app.demo.generator import DemoOptions
from brokerage_app.services.checkin import badge_code
from brokerage_app.services.demo import create_demo_database
from brokerage_app.services.station import Station
from tests.helpers.postgres import running_server


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def _queue(codes: list[str], scans: int, rng: random.Random) -> list[str]:
    queue = codes[:scans]
    queue += rng.sample(queue, scans // 10) + ["BRK1-NOT-A-BADGE"] * (scans // 20)
    rng.shuffle(queue)
    return queue[:scans]


def _timed(station: Station, queue: list[str]) -> tuple[list[float], int]:
    timings, offline = [], 0
    for code in queue:
        started = time.perf_counter()
        verdict = station.scan(code)
        timings.append(time.perf_counter() - started)
        offline += verdict.offline
    return timings, offline


def _summary(name: str, timings: list[float], offline: int) -> str:
    return (
        f"{name:<8} scans {len(timings):>5}  median {statistics.median(timings) * 1000:6.2f} ms  "
        f"p99 {_percentile(timings, 0.99) * 1000:6.2f} ms  max {max(timings) * 1000:7.2f} ms  "
        f"(offline verdicts: {offline})"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--attendees", type=int, default=10_000)
    parser.add_argument("--scans", type=int, default=1000)
    args = parser.parse_args(argv)
    rng = random.Random(5)
    folder = Path(tempfile.mkdtemp(prefix="bench-offline-"))
    with running_server() as server:
        if server is None:
            print("PostgreSQL is not installed.", file=sys.stderr)
            return 1
        url = server.create_database()
        database = create_demo_database(url, DemoOptions(attendees=args.attendees, seed=3))
        with database.session() as session:
            codes = [badge_code(session, i) for i in range(1, args.attendees + 1)]
        database.dispose()
        rng.shuffle(codes)
        online_codes, offline_codes = codes[: args.scans], codes[args.scans : 2 * args.scans]

        station = Station(url, "bench", config_dir=folder, retry_seconds=3600)
        started = time.perf_counter()
        station.start(background=False)
        start_s = time.perf_counter() - started
        for code in codes[-20:]:  # warm the connection pool and the journal
            station.scan(code)
        online, online_offline = _timed(station, _queue(online_codes, args.scans, rng))

        server.halt()
        offline, offline_offline = _timed(station, _queue(offline_codes, args.scans, rng))
        queued = station.status().pending

        server.resume()
        started = time.perf_counter()
        report = station.sync()
        sync_s = time.perf_counter() - started
        station.close()

    print(f"attendees: {args.attendees}; station start (connect, cache the event): {start_s:.2f} s")
    print(_summary("online", online, online_offline))
    print(_summary("offline", offline, offline_offline))
    ratio = _percentile(offline, 0.99) / _percentile(online, 0.99)
    print(f"offline p99 / online p99: {ratio:.2f}")
    online_total = sum(online)
    print(
        f"sync: {report.sent} of {queued} queued scans in {sync_s:.2f} s "
        f"({sync_s / max(1, report.sent) * 1000:.2f} ms per scan; {report.pending} left, "
        f"{report.found_at_sync} found at sync); the {len(online)} online scans took "
        f"{online_total:.2f} s (sync / online: {sync_s / online_total:.2f})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
