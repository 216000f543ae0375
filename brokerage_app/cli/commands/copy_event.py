"""``brokerage-app copy-event``: move an event between an event file and PostgreSQL."""

from __future__ import annotations

import argparse

from brokerage_app.cli.common import open_event


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "copy-event",
        help="copy the event into another database (file to PostgreSQL and back)",
        description="Copy the whole event (people, requests, schedule, check-ins, audit log) "
        "into a new event file or an empty PostgreSQL database, in one transaction. Use it "
        "to move a planned event onto PostgreSQL for several check-in stations, and back to "
        "a file afterwards.",
    )
    parser.add_argument("target", metavar="TARGET", help="new .sqlite file or postgresql:// URL")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    # Imported here, not at the top: parsing the command line must not load the services.
    from brokerage_app.services.events import event_counts
    from brokerage_app.services.transfer import copy_event
    from brokerage_app.store.database import describe, to_url

    source = open_event(args)
    target = copy_event(source, args.target)
    with target.session() as session:
        counts = event_counts(session)
    target.dispose()
    source.dispose()
    print(
        f"Copied {counts.name} to {describe(to_url(args.target))}: {counts.attendees} "
        f"attendees, {sum(counts.requests_by_status.values())} requests, "
        f"{sum(counts.meetings_by_status.values())} meetings."
    )
    return 0
