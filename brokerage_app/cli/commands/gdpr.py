"""``brokerage-app gdpr export|anonymise``: a person's data, and clearing it after the event."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from brokerage_app.cli.common import add_force_argument, open_event
from brokerage_app.cli.tasks import terminal_task
from brokerage_app.errors import NotFoundError, RefusedError

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

CONFIRMATION = "ANONYMISE"


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "gdpr",
        help="export one person's data, or anonymise the event after it",
        description="Data protection: everything stored about one person as JSON, or "
        "anonymising the whole event once it is over.",
    )
    commands = parser.add_subparsers(dest="gdpr_command", metavar="ACTION", required=True)
    export = commands.add_parser(
        "export",
        help="everything stored about one attendee, as JSON",
        description="Write everything stored about one attendee (profile, organisation, "
        "requests, meetings, check-ins, audit entries) as JSON, to answer a subject-access "
        "request.",
    )
    export.add_argument("attendee", metavar="ATTENDEE", help="attendee id, external ID or email")
    export.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.json")
    add_force_argument(export)
    export.set_defaults(func=run_export)
    anonymise = commands.add_parser(
        "anonymise",
        help="remove all personal data from the event (irreversible)",
        description="Remove names, emails, phones, profiles, job titles, notes, badge names, "
        "external IDs, scanned codes and organisation names from the event, keeping every "
        "figure of the after-event report, then rebuild the file so the old values are gone "
        "from the disk, and delete the event's backups in backups/ (each is a full copy of "
        "that data). This cannot be undone: copy the event elsewhere first if you may need "
        "the data.",
    )
    anonymise.add_argument(
        "--yes", action="store_true", help=f"do not ask; otherwise type {CONFIRMATION} to confirm"
    )
    anonymise.set_defaults(func=run_anonymise)


def _find_attendee(session: Session, reference: str) -> int:
    from sqlalchemy import func, select

    from brokerage_app.store.models import Attendee

    if reference.isdigit() and session.get(Attendee, int(reference)) is not None:
        return int(reference)
    matches = session.scalars(
        select(Attendee.id).where(
            (Attendee.external_id == reference)
            | (func.lower(Attendee.email) == reference.casefold())
        )
    ).all()
    if len(matches) == 1:
        return matches[0]
    if len(matches) > 1:
        raise NotFoundError(
            f"{reference!r} matches {len(matches)} attendees ({', '.join(map(str, matches))}); "
            "give the attendee id."
        )
    raise NotFoundError(f"No attendee with id, external ID or email {reference!r}.")


def run_export(args: argparse.Namespace) -> int:
    # Imported here, not at the top: parsing the command line must not load the services.
    from brokerage_app.services.gdpr import write_person_export

    database = open_event(args)
    try:
        with database.session() as session:
            attendee_id = _find_attendee(session, args.attendee)
        write_person_export(database, attendee_id, args.output, force=args.force)
    finally:
        database.dispose()
    print(f"Wrote everything stored about attendee {attendee_id} to {args.output}.")
    return 0


def run_anonymise(args: argparse.Namespace) -> int:
    from brokerage_app.services.backups import backups_dir, list_backups
    from brokerage_app.services.gdpr import anonymise_event

    database = open_event(args)
    try:
        backups = list_backups(database)
        also = ""
        if backups and database.file_path is not None:
            also = (
                f", and deletes its {len(backups)} backup(s) in "
                f"{backups_dir(database.file_path)}, which hold the same personal data"
            )
        if not args.yes:
            if not sys.stdin.isatty():
                raise RefusedError(
                    f"Anonymising removes all personal data from {database} for good{also}; "
                    "run it with --yes to confirm."
                )
            print(f"This removes all personal data from {database} for good{also}.")
            answer = input(f"Type {CONFIRMATION} to continue: ")
            if answer.strip() != CONFIRMATION:
                print("Nothing was changed.")
                return 1
        with terminal_task() as task:
            result = anonymise_event(database, actor="cli", task=task)
    finally:
        database.dispose()
    print(
        f"Anonymised {result.attendees} attendees and {result.organisations} organisations; "
        f"cleared {result.checkins} check-in scans and {result.audit_entries} audit entries; "
        "the file was rebuilt (VACUUM)."
    )
    if result.backups_deleted:
        print(f"Deleted {len(result.backups_deleted)} backup(s) holding the old data:")
        for path in result.backups_deleted:
            print(f"  {path}")
    if not result.wal_emptied:
        print(
            "Another program still has the event open, so its -wal file could not be emptied "
            "and may hold old values: close it and run 'gdpr anonymise --yes' again."
        )
        return 1
    print("The -wal file was checkpointed and emptied.")
    return 0
