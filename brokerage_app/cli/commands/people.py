"""``brokerage-app attendee|organisation delete``: removal with the documented rules."""

from __future__ import annotations

import argparse

from brokerage_app.cli.common import open_event


def register(subparsers: argparse._SubParsersAction) -> None:
    attendee = subparsers.add_parser("attendee", help="manage one attendee")
    attendee_commands = attendee.add_subparsers(dest="attendee_command", required=True)
    delete = attendee_commands.add_parser(
        "delete",
        help="delete an attendee",
        description="Delete an attendee. One with scheduled meetings is refused unless "
        "--cascade is given, which removes their requests and meetings too.",
    )
    delete.add_argument("id", type=int, help="attendee id")
    delete.add_argument("--cascade", action="store_true", help="also remove their meetings")
    delete.set_defaults(func=run_delete_attendee)

    organisation = subparsers.add_parser("organisation", help="manage one organisation")
    organisation_commands = organisation.add_subparsers(dest="organisation_command", required=True)
    delete_org = organisation_commands.add_parser(
        "delete",
        help="delete an organisation without attendees",
        description="Delete an organisation. One that still has attendees is refused.",
    )
    delete_org.add_argument("id", type=int, help="organisation id")
    delete_org.set_defaults(func=run_delete_organisation)


def run_delete_attendee(args: argparse.Namespace) -> int:
    # Imported here, not at the top: parsing the command line must not load the services.
    from brokerage_app.services.people import delete_attendee

    database = open_event(args)
    with database.session() as session:
        delete_attendee(session, args.id, cascade=args.cascade, actor="cli")
    print(f"Deleted attendee {args.id}.")
    return 0


def run_delete_organisation(args: argparse.Namespace) -> int:
    from brokerage_app.services.people import delete_organisation

    database = open_event(args)
    with database.session() as session:
        delete_organisation(session, args.id, actor="cli")
    print(f"Deleted organisation {args.id}.")
    return 0
