"""``brokerage-app checkin``: scan badges, look people up, undo, reprint, see who is missing.

Exit codes of a scan: 0 checked in, 1 already checked in, 2 rejected (invalid, revoked, other
event, unknown), so scripts and kiosk wrappers can react without parsing text. They are the
same when the server is out of reach and the station verified the badge on its own: the
verdict is then followed by an ``OFFLINE`` line (see services/station.py).
"""

from __future__ import annotations

import argparse
import datetime as dt
import socket
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from brokerage_app.cli.common import add_force_argument, event_location, open_event
from brokerage_app.cli.verdicts import verdict_line
from brokerage_app.domain.calendar_words import short_date
from brokerage_app.errors import EventFileError, ValidationError

if TYPE_CHECKING:
    from brokerage_app.services.checkin import AttendeeRow, Verdict
    from brokerage_app.store.database import EventDatabase

EXIT_CHECKED_IN = 0
EXIT_ALREADY = 1
EXIT_REJECTED = 2
# A final sync of the scans typed on standard input waits at most this long for the server.
_FINAL_SYNC_S = 30.0


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "checkin",
        help="check attendees in by badge code, search, undo, reprint, statistics",
        description="Check an attendee in by the code of their badge QR (exit 0: checked in, "
        "1: already checked in, 2: rejected). CODE '-' reads one code per line from standard "
        "input, like a USB scanner typing into a terminal. Several stations can share one "
        "PostgreSQL event (--db postgresql://user:pw@host/event).",
    )
    parser.add_argument("code", nargs="?", metavar="CODE", help="scanned badge code, or -")
    parser.add_argument(
        "--station",
        default=socket.gethostname(),
        metavar="NAME",
        help="name of this check-in station in the log (default: the computer's name)",
    )
    parser.add_argument(
        "--scan-id",
        metavar="ID",
        help="unique id of this scan; repeating it with the same code repeats the answer, "
        "with another code it is refused (needs the server: no offline verdict)",
    )
    parser.add_argument(
        "--day", type=_date, metavar="YYYY-MM-DD", help="day for --stats/--missing/--log/--search"
    )
    actions = parser.add_mutually_exclusive_group()
    actions.add_argument("--id", type=int, metavar="ATTENDEE", help="check in by attendee id")
    actions.add_argument("--stats", action="store_true", help="checked in / expected today")
    actions.add_argument("--missing", action="store_true", help="list who has not arrived")
    actions.add_argument("--log", action="store_true", help="show the latest scans")
    actions.add_argument("--search", metavar="TEXT", help="find attendees by name, org, email")
    actions.add_argument("--undo", type=int, metavar="CHECKIN", help="undo check-in log entry")
    actions.add_argument(
        "--undo-attendee", type=int, metavar="ATTENDEE", help="undo an attendee's check-in"
    )
    actions.add_argument(
        "--reissue", type=int, metavar="ATTENDEE", help="new badge code, revoking the old one"
    )
    actions.add_argument(
        "--sync",
        action="store_true",
        help="send this station's scans made offline to the server now",
    )
    actions.add_argument(
        "--found-at-sync",
        action="store_true",
        help="list offline scans the server judged otherwise at sync (mostly badges "
        "another station checked in earlier)",
    )
    actions.add_argument(
        "--note",
        nargs=2,
        metavar=("ATTENDEE", "TEXT"),
        help="set the desk note shown with the attendee's verdict ('' clears it)",
    )
    parser.add_argument(
        "-o", "--output", type=Path, metavar="BADGE.pdf", help="with --reissue: print the badge"
    )
    parser.add_argument(
        "--layout",
        default="a4-2x4",
        metavar="LAYOUT",
        help="with --reissue -o: badge layout such as a4-2x4, cr80, label-4x3in (default a4-2x4)",
    )
    add_force_argument(parser)
    parser.add_argument("--limit", type=int, default=50, metavar="N", help="rows to list")
    parser.set_defaults(func=run)


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2027-05-11") from exc


def run(args: argparse.Namespace) -> int:
    if args.output and args.reissue is None:
        raise ValidationError("-o/--output: only together with --reissue ATTENDEE.")
    has_action = any(
        value is not None and value is not False
        for value in (
            args.id,
            args.stats,
            args.missing,
            args.log,
            args.search,
            args.undo,
            args.undo_attendee,
            args.reissue,
            args.sync,
            args.found_at_sync,
            args.note,
        )
    )
    if has_action == bool(args.code):
        raise ValidationError(
            "CODE: give a scanned code (or '-' to read codes from standard input), "
            "or one of --id, --stats, --missing, --log, --search, --undo, --reissue, --sync, "
            "--found-at-sync, --note."
        )
    if args.scan_id is None and (args.code or args.id is not None or args.sync):
        # Scans go through the station and its journal, so that they work offline.
        return _station_scans(args)
    database = open_event(args)
    try:
        return _dispatch(args, database)
    finally:
        database.dispose()


def _dispatch(args: argparse.Namespace, database: EventDatabase) -> int:
    # Imported here, not at the top: parsing the command line must not load the services.
    from brokerage_app.services.checkin import (
        checkin_attendee_by_id,
        checkin_log,
        not_arrived,
        scan,
        search_attendees,
        set_desk_note,
        undo_attendee_checkin,
        undo_checkin,
    )

    if args.code:
        verdict = scan(database, args.code, station=args.station, scan_id=args.scan_id)
        return _show(verdict)
    if args.id is not None:
        verdict = checkin_attendee_by_id(
            database, args.id, station=args.station, scan_id=args.scan_id
        )
        return _show(verdict)
    if args.stats:
        code = _print_stats(database, args.day)
        _print_pending(database, args.station)
        return code
    if args.missing:
        with database.session() as session:
            rows = not_arrived(session, args.day)
        print(f"{len(rows)} expected and not checked in:")
        _print_rows(rows[: args.limit])
        if len(rows) > args.limit:
            print(f"… and {len(rows) - args.limit} more (--limit N)")
        _print_pending(database, args.station)
        return 0
    if args.found_at_sync:
        with database.session() as session:
            entries = checkin_log(session, args.day, limit=args.limit, found_at_sync=True)
        print(f"{len(entries)} scans whose verdict the server changed at sync:")
        for entry in entries:
            shown = entry.shown_result.value if entry.shown_result else "?"
            head = (
                f"#{entry.id:<6} {entry.name} #{entry.attendee_id}: {shown} at "
                f"{entry.at:%H:%M:%S} at {entry.station or '?'}"
            )
            if entry.first_at is not None:
                print(f"{head}, checked in at {entry.first_at:%H:%M:%S} at {entry.first_station}")
            else:
                print(f"{head}, logged as {entry.result.value}")
        return 0
    if args.note is not None:
        attendee, text = args.note
        if not attendee.isdigit():
            raise ValidationError(
                f"--note: ATTENDEE is an attendee id (a number), not {attendee!r}."
            )
        with database.session() as session:
            note = set_desk_note(session, int(attendee), text, actor="cli")
        print(
            f"Desk note of attendee {attendee}: {note}"
            if note
            else f"Desk note of attendee {attendee} cleared."
        )
        return 0
    if args.log:
        with database.session() as session:
            entries = checkin_log(session, args.day, limit=args.limit)
        for entry in entries:
            undone = " (undone)" if entry.undone else ""
            if entry.found_at_sync:
                undone += f" (found at sync; checked in at {entry.first_station or '?'})"
            elif entry.offline:
                undone += " (offline)"
            who = f"{entry.name} #{entry.attendee_id}" if entry.attendee_id else entry.scanned
            print(
                f"#{entry.id:<6} {entry.at:%H:%M:%S} {entry.station[:16]:<16} "
                f"{entry.result.value:<19} {who}{undone}"
            )
        return 0
    if args.search:
        with database.session() as session:
            rows = search_attendees(session, args.search, args.limit, day=args.day)
        if not rows:
            print(f"Nobody matches {args.search!r}.")
            _print_pending(database, args.station)
            return 1
        _print_rows(rows)
        _print_pending(database, args.station)
        return 0
    if args.undo is not None or args.undo_attendee is not None:
        with database.session() as session:
            if args.undo is not None:
                verdict = undo_checkin(session, args.undo, station=args.station, actor="cli")
            else:
                verdict = undo_attendee_checkin(
                    session, args.undo_attendee, day=args.day, station=args.station, actor="cli"
                )
        print(verdict_line(verdict))
        return 0
    return _reissue(database, args.reissue, args.output, args.layout, force=args.force)


def _show(verdict: Verdict) -> int:
    from brokerage_app.store.models import CheckinResult

    where = f"log #{verdict.checkin_id}" if verdict.checkin_id is not None else "journal"
    print(f"{verdict_line(verdict)}  [{where}]", flush=True)
    if verdict.desk_note:
        print(f"NOTE  {verdict.desk_note}", flush=True)
    if verdict.offline:
        print(
            "OFFLINE  the server does not answer: verified by this station from its copy of "
            f"the event; {verdict.pending_sync} scan(s) wait to sync.",
            flush=True,
        )
    if verdict.result is CheckinResult.CHECKED_IN:
        return EXIT_CHECKED_IN
    if verdict.result is CheckinResult.ALREADY_CHECKED_IN:
        return EXIT_ALREADY
    return EXIT_REJECTED


def _station_scans(args: argparse.Namespace) -> int:
    from brokerage_app.services.station import Station

    station = Station(event_location(args), args.station)
    try:
        if args.sync:
            # Not start(): a long queue may take longer than its time limit; wait for it all.
            return _print_sync(station, station.sync())
        station.start(background=args.code == "-")
        if args.code == "-":
            # Bytes, not text: a scanner on the wrong keyboard layout or a broken pipe may
            # deliver invalid UTF-8, which must be logged and rejected rather than crash the
            # loop. The line end is how the scanner ends a code, not part of it.
            for line in sys.stdin.buffer:
                if line.strip():
                    _show(station.scan(line.rstrip(b"\r\n")))
            if station.status().pending:
                station.sync(timeout=_FINAL_SYNC_S)
                _print_waiting(station)
            return 0
        if args.code:
            return _show(station.scan(args.code))
        return _show(station.check_in_attendee(args.id))
    finally:
        station.close()


def _print_sync(station: Any, report: Any) -> int:
    print(f"Sent {report.sent} scan(s) to the server.")
    if report.found_at_sync:
        print(
            f"{report.found_at_sync} of them the server judged otherwise, mostly a badge "
            "another station had checked in earlier (logged as already checked in, found at "
            "sync); see --found-at-sync."
        )
    for problem in report.refused:
        print(f"Refused by the server (kept in the journal): {problem}")
    return _print_waiting(station)


def _print_waiting(station: Any) -> int:
    status = station.status()
    if status.pending:
        print(
            f"OFFLINE  {status.pending} scan(s) of station {status.station} wait to sync: the "
            f"server does not answer ({status.problem}). They are kept in {status.journal}; "
            "they sync when this station runs again with the server reachable "
            "(or: checkin --sync)."
        )
        return 1
    return 0


def _print_pending(database: EventDatabase, station: str) -> None:
    from brokerage_app.services.station import pending_scans

    pending = pending_scans(database.url, station)
    if pending:
        print(
            f"{pending} scan(s) of station {station} are still waiting to sync and are not "
            "counted here yet (checkin --sync)."
        )


def _print_stats(database: EventDatabase, day: dt.date | None) -> int:
    from brokerage_app.services.checkin import checkin_stats

    with database.session() as session:
        stats = checkin_stats(session, day)
    day_words = f"{short_date(stats.day)} {stats.day.year}"
    if not stats.is_event_day:
        print(f"{day_words} is not a day of the event; use --day YYYY-MM-DD.")
    share = f" ({stats.checked_in / stats.expected:.0%})" if stats.expected else ""
    print(
        f"{day_words}: {stats.checked_in} of {stats.expected} expected checked "
        f"in{share}, {stats.missing} missing."
    )
    for row in stats.by_category:
        print(f"  {row.category.value:<10} {row.checked_in:>5} / {row.expected}")
    if stats.unexpected_checked_in:
        print(f"  plus {stats.unexpected_checked_in} checked in though not expected that day")
    for station, count in stats.by_station:
        print(f"  at {station or '(unnamed station)'}: {count}")
    print(f"  rejected scans: {stats.rejected_scans}")
    if stats.last_scan_at:
        print(f"  last scan: {stats.last_scan_at:%H:%M:%S}")
    return 0


def _print_rows(rows: list[AttendeeRow]) -> None:
    for row in rows:
        state = (
            f"checked in {row.checked_in_at:%H:%M} at {row.checked_in_station or '?'}"
            if row.checked_in_at
            else ("not checked in" if row.expected else "not expected that day")
        )
        print(
            f"{row.id:>6}  {row.name[:32]:<32} {row.organisation[:30]:<30} "
            f"{row.country:<2} {row.badge_category.value:<9} {state}"
        )


def _reissue(
    database: EventDatabase, attendee_id: int, output: Path | None, layout: str, *, force: bool
) -> int:
    from brokerage_app.services.checkin import reissue_badge
    from brokerage_app.services.outputs import OutputKind, check_output

    if output is not None:
        if not output.parent.is_dir():
            raise EventFileError(
                f"Cannot write {output}: the folder {output.parent} does not exist."
            )
        # Before the new code is issued: a refused output must not revoke the badge.
        check_output(output, OutputKind.PDF, protect=database, force=force)
    with database.session() as session:
        code = reissue_badge(session, attendee_id, actor="cli")
    print(f"New badge code for attendee {attendee_id} (older badges are revoked): {code}")
    if output is None:
        return 0
    from brokerage_app.services.printing import print_badges

    print_badges(database, output, attendee_ids=[attendee_id], layout=layout, force=force)
    print(f"Wrote {output}.")
    return 0
