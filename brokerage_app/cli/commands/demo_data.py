"""``brokerage-app demo-data``: write a realistic demo event."""

from __future__ import annotations

import argparse
import time

from brokerage_app.cli.common import event_location
from brokerage_app.constants import MAX_ATTENDEES, MIN_ATTENDEES


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "demo-data",
        help="create a demo event database",
        description="Create a realistic, deterministic demo event (international delegates, "
        "exhibitor booths, skewed meeting requests). The file must not exist yet.",
    )
    parser.add_argument(
        "--attendees",
        type=int,
        default=400,
        metavar="N",
        help=f"number of attendees, {MIN_ATTENDEES} to {MAX_ATTENDEES} (default 400)",
    )
    parser.add_argument("--seed", type=int, default=1, metavar="S", help="random seed (default 1)")
    parser.add_argument(
        "--days", type=int, choices=(1, 2, 3, 4, 5), help="event days (default 2, 3 above 1,000)"
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    # Imported here, not at the top: parsing the command line must not load the services.
    from brokerage_app.demo.generator import DemoOptions
    from brokerage_app.services.demo import create_demo_database
    from brokerage_app.services.events import event_counts

    location = event_location(args)
    started = time.perf_counter()
    database = create_demo_database(
        location, DemoOptions(attendees=args.attendees, seed=args.seed, days=args.days)
    )
    with database.session() as session:
        counts = event_counts(session)
    database.dispose()
    print(
        f"Created {counts.name}: {counts.attendees} attendees, "
        f"{sum(counts.requests_by_status.values())} requests, {counts.slots} slots, "
        f"{counts.tables} tables in {database} ({time.perf_counter() - started:.1f} s)."
    )
    return 0
