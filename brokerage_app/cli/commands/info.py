"""``brokerage-app info``: what an event holds, or everything about one attendee."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from brokerage_app.cli.common import open_event

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from brokerage_app.services.events import EventCounts


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "info",
        help="print counts of the event (or one attendee's details)",
        description="Print the event's counts: attendees, organisations, requests by status, "
        "slots, tables, meetings and check-ins. With --attendee, that person's details.",
    )
    parser.add_argument("--attendee", type=int, metavar="ID", help="show one attendee")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    # Imported here, not at the top: parsing the command line must not load the services.
    from brokerage_app.services.events import event_counts

    database = open_event(args)
    with database.session() as session:
        if args.attendee is not None:
            _print_attendee(session, args.attendee)
        else:
            _print_counts(event_counts(session))
    database.dispose()
    return 0


def _print_counts(counts: EventCounts) -> None:
    requests = counts.requests_by_status
    meetings = counts.meetings_by_status
    lines = [
        f"Event:         {counts.name}" + (f" at {counts.venue}" if counts.venue else ""),
        f"Days:          {counts.days} ({counts.first_day} to {counts.last_day})",
        f"Attendees:     {counts.attendees}",
        f"Organisations: {counts.organisations} from {counts.countries} countries",
        f"Requests:      {sum(requests.values())} ("
        + ", ".join(f"{status} {n}" for status, n in requests.items())
        + ")",
        f"Sessions:      {counts.sessions}",
        f"Slots:         {counts.slots}",
        f"Tables:        {counts.tables} in {counts.rooms} room(s), {counts.own_tables} booth(s)",
        f"Meetings:      {sum(meetings.values())} ("
        + ", ".join(f"{status} {n}" for status, n in meetings.items())
        + ")"
        + (" — published" if counts.published else ""),
        f"Checked in:    {counts.checkins}",
    ]
    print("\n".join(lines))


def _print_attendee(session: Session, attendee_id: int) -> None:
    from sqlalchemy import or_, select

    from brokerage_app.services.people import get_attendee
    from brokerage_app.store.models import MeetingRequest

    attendee = get_attendee(session, attendee_id)
    organisation = attendee.organisation
    print(f"{attendee.full_name} (id {attendee.id}, {attendee.badge_category.value})")
    print(f"  {attendee.job_title}, {organisation.name} ({organisation.country})")
    if attendee.profile:
        print(f"  {attendee.profile}")
    print(f"  Role: {attendee.role.value}; language: {attendee.language}")
    if attendee.arrival or attendee.departure:
        print(f"  Present: {attendee.arrival or 'start'} to {attendee.departure or 'end'}")
    if attendee.max_meetings is not None:
        print(f"  Max meetings: {attendee.max_meetings}")
    requests = session.scalars(
        select(MeetingRequest).where(
            or_(
                MeetingRequest.requester_id == attendee_id,
                MeetingRequest.requested_id == attendee_id,
            )
        )
    ).all()
    print(f"  Requests: {len(requests)}")
    for request in requests:
        other = request.requested if request.requester_id == attendee_id else request.requester
        direction = "->" if request.requester_id == attendee_id else "<-"
        print(
            f"    {direction} {other.full_name} (id {other.id}): {request.status.value}, "
            f"priority {request.priority}"
        )
