"""What the schedule check costs per edit, against the problem export every solve makes.

    uv run python tests/benchmarks/scheduling/check_cost.py [--attendees 2000] [--repeat 5]

Builds the demo event, solves it (20 s, one worker), then times ``check_schedule`` (what an
edit runs in its transaction), ``schedule_state`` (what the Schedule page and dashboard
load) and, as the yardstick, ``export_problem``; the median of --repeat runs each.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from brokerage_app.demo.generator import DemoOptions
from brokerage_app.services.demo import create_demo_database
from brokerage_app.services.schedule import export_problem, placed_meetings, run_schedule
from brokerage_app.services.schedule_check import check_schedule, schedule_state


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--attendees", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    path = Path(tempfile.mkdtemp()) / "event.sqlite"
    database = create_demo_database(path, DemoOptions(attendees=args.attendees))
    run_schedule(database, time_limit=20, workers=1)
    with database.session() as session:
        print(f"{args.attendees} attendees, {len(placed_meetings(session))} placed meetings")
        for function in (export_problem, check_schedule, schedule_state):
            times = []
            for _ in range(args.repeat):
                start = time.perf_counter()
                function(session)
                times.append(time.perf_counter() - start)
            print(f"{function.__name__:<16} median {statistics.median(times):.3f} s")
    database.dispose()


if __name__ == "__main__":
    main()
