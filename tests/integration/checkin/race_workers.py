"""Code run in separate processes by the multi-station tests (spawned, so importable)."""

from __future__ import annotations

import random
import sys
from collections import Counter
from typing import Any

from brokerage_app.services.checkin import scan
from brokerage_app.store.database import open_database


def scan_all(
    url: str, codes: list[str], station: str, seed: int, start: Any = None, results: Any = None
) -> dict[str, int]:
    """One station scanning every code once, in its own order; counts results and errors.

    ``start`` (a multiprocessing Barrier) lines all stations up after their imports; the counts
    go to the ``results`` queue when one is given.
    """
    database = open_database(url)
    database.engine.connect().close()
    order = codes[:]
    random.Random(seed).shuffle(order)
    counts: Counter[str] = Counter()
    if start is not None:
        start.wait()
    try:
        for code in order:
            try:
                counts[scan(database, code, station=station).result.value] += 1
            except Exception as exc:  # counted: the test asserts that there are none
                counts[f"error: {type(exc).__name__}: {exc}"] += 1
    finally:
        database.dispose()
        if results is not None:
            results.put(dict(counts))
    return dict(counts)


def scan_and_wait(url: str, code: str) -> None:
    """Scan, print the verdict, then wait for the parent to kill this process."""
    database = open_database(url)
    verdict = scan(database, code, station="killed")
    print(f"{verdict.result.value} {verdict.checkin_id}", flush=True)
    sys.stdin.read()


if __name__ == "__main__":
    scan_and_wait(sys.argv[1], sys.argv[2])
