"""``brokerage-app backup``: back up the event file now, list its backups, or restore one."""

from __future__ import annotations

import argparse
from pathlib import Path

from brokerage_app.cli.common import event_location
from brokerage_app.errors import EventFileError


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "backup",
        help="back up the event file, list its backups or restore one",
        description="Without options, write a backup of the event file now into the "
        "'backups' folder beside it. Backups are also made automatically before every "
        "schedule, import, publication and upgrade; the newest 10 (settings: "
        "backups_to_keep) are kept. PostgreSQL events are backed up with pg_dump instead.",
    )
    action = parser.add_mutually_exclusive_group()
    action.add_argument(
        "--list", action="store_true", help="list the event's backups, newest first"
    )
    action.add_argument(
        "--restore",
        metavar="FILE",
        help="replace the event's contents with this backup (a path, or a file name from "
        "--list); the current contents are backed up first",
    )
    parser.set_defaults(func=run)


def _event_path(args: argparse.Namespace) -> Path:
    from brokerage_app.services.backups import PG_DUMP_ADVICE, event_file_of

    location = event_location(args)
    path = event_file_of(location)
    if path is None:
        raise EventFileError(f"The event is on a database server, not in a file. {PG_DUMP_ADVICE}")
    return path


def _resolve_backup(event_path: Path, name: str) -> Path:
    from brokerage_app.services.backups import backups_dir

    given = Path(name).expanduser()
    if given.exists() or given.parent != Path("."):
        return given
    return backups_dir(event_path) / name


def _size(size_bytes: int) -> str:
    return (
        f"{size_bytes / 1_048_576:.1f} MB"
        if size_bytes >= 1_048_576
        else f"{size_bytes // 1024} KB"
    )


def run(args: argparse.Namespace) -> int:
    # Imported here, not at the top: parsing the command line must not load the services.
    from brokerage_app.services.backups import (
        backup_event,
        backups_dir,
        list_backups,
        restore_backup,
    )

    event_path = _event_path(args)
    if args.list:
        backups = list_backups(event_path)
        if not backups:
            print(f"No backups of {event_path} yet (they go to {backups_dir(event_path)}).")
            return 0
        print(f"Backups of {event_path}, newest first, in {backups_dir(event_path)}:")
        for info in backups:
            holds = (
                f"{info.attendees} attendees, {info.meetings} meetings"
                if info.readable
                else "UNREADABLE"
            )
            print(
                f"  {info.created:%Y-%m-%d %H:%M:%S}  {info.reason:<15} {_size(info.size_bytes):>9}"
                f"  {holds}  {info.path.name}"
            )
        return 0
    if args.restore:
        backup_path = _resolve_backup(event_path, args.restore)
        safety = restore_backup(event_path, backup_path)
        print(f"Restored {event_path} from {backup_path.name}.")
        if safety is not None:
            print(f"What it held before is kept in {safety}.")
        return 0
    target = backup_event(event_path, "manual")
    print(f"Backed up {event_path} to {target}.")
    return 0
