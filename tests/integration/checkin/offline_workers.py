"""Station processes for the outage tests (spawned, or run with ``python -m``)."""

from __future__ import annotations

import random
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from brokerage_app.services.station import Station


def station_through_outage(
    url: str, codes: list[str], name: str, seed: int, config_dir: str, steps: Any, results: Any
) -> None:
    """Scan every code once in this station's own order: the first half with the server up,
    the second half after the parent stopped it; then sync once the parent restarted it.

    ``steps`` is a Barrier shared with the parent: started, halfway (the parent stops the
    server), stopped (scan on), offline half done (the parent restarts it), restarted.
    Whatever the station shows goes to ``results``; an exception is counted as an error.
    """
    order = codes[:]
    random.Random(seed).shuffle(order)
    shown: Counter[str] = Counter()
    errors: list[str] = []
    # Generous limits: on a loaded test machine a slow answer must not look like the outage,
    # which comes from pg_ctl (a refused connection, at once). test_checkin_offline tests the
    # 1 s limit on its own.
    station = Station(url, name, config_dir=Path(config_dir), timeout=60, retry_seconds=3600)
    report = None
    try:
        station.start(background=False, timeout=300)
        steps.wait()
        for index, code in enumerate(order):
            if index == len(order) // 2:
                steps.wait()  # halfway: the parent stops the server …
                steps.wait()  # … and lets the stations go on
            try:
                verdict = station.scan(code)
            except Exception as exc:  # the test asserts that there are none
                errors.append(f"{type(exc).__name__}: {exc}")
                continue
            phase = "offline" if verdict.offline else "online"
            shown[f"{phase} {verdict.result.value}"] += 1
        steps.wait()  # the offline half is done: the parent restarts the server …
        steps.wait()
        report = station.sync()
        status = station.status()
    finally:
        station.close()
        results.put(
            {
                "station": name,
                "shown": dict(shown),
                "errors": errors,
                "sent": report.sent if report else 0,
                "found_at_sync": report.found_at_sync if report else 0,
                "pending": status.pending if report else -1,
                "journal": str(station.journal.path),
            }
        )


def scan_offline_then_wait(url: str, name: str, config_dir: str, codes: list[str]) -> None:
    """Scan ``codes`` (the server is already stopped), print each verdict, wait to be killed."""
    station = Station(url, name, config_dir=Path(config_dir), retry_seconds=3600)
    station.start(background=False)
    for code in codes:
        verdict = station.scan(code)
        print(f"{verdict.result.value} {'offline' if verdict.offline else 'online'}", flush=True)
    sys.stdin.read()


if __name__ == "__main__":
    scan_offline_then_wait(sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4:])
