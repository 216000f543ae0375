"""Data protection: everything stored about one person, and anonymising an event afterwards.

``export_person`` answers a subject-access request (GDPR art. 15) as JSON. ``anonymise_event``
is the after-event clean-up: it keeps every figure of the report (organisation country,
sector and type; requests; meetings with their statuses and outcomes; check-in counts) and
removes what identifies a person: names, emails, phones, profiles, job titles, notes, badge
names, external ids, what was scanned at check-in, organisation names and websites, and
names inside audit details. The file is then rebuilt (VACUUM, WAL checkpointed and
truncated; VACUUM FULL on PostgreSQL) so the old values are gone from the disk, not just
hidden, and every backup of the event in ``backups/`` is deleted: each is a full copy of the
data just removed. The result says what was cleaned, and whether the ``-wal`` could be
emptied (not while another program holds the event open).
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

from sqlalchemy import CursorResult, or_, select, update
from sqlalchemy.orm import Session

from brokerage_app.domain.changes import EVERYTHING, Changes
from brokerage_app.domain.tasks import NO_TASK, Task
from brokerage_app.services import audit
from brokerage_app.services.backups import delete_all_backups
from brokerage_app.services.people import get_attendee
from brokerage_app.store.database import EventDatabase
from brokerage_app.store.models import (
    Attendee,
    AuditEntry,
    Base,
    Checkin,
    Event,
    MeetingRequest,
    Organisation,
    Slot,
    table_of,
)

PERSON_EXPORT_FORMAT = "brokerage-app person export 1"


def _plain(value: Any) -> Any:
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    return value


def _columns(row: Base) -> dict[str, Any]:
    table = table_of(type(row))
    return {column.key: _plain(getattr(row, column.key)) for column in table.columns}


def export_person(session: Session, attendee_id: int) -> dict[str, Any]:
    """Everything stored about one attendee, as JSON-ready data."""
    attendee = get_attendee(session, attendee_id)
    event = session.get(Event, 1)
    person = _columns(attendee)
    person["blocked_slots"] = [
        {"slot_id": slot.id, "starts_at": _plain(slot.starts_at)} for slot in attendee.blocked_slots
    ]
    if attendee.own_table is not None:
        person["own_table"] = attendee.own_table.display_name
    requests = session.scalars(
        select(MeetingRequest)
        .where(
            or_(
                MeetingRequest.requester_id == attendee_id,
                MeetingRequest.requested_id == attendee_id,
            )
        )
        .order_by(MeetingRequest.id)
    ).all()
    request_data, meeting_data = [], []
    for request in requests:
        other = request.requested if request.requester_id == attendee_id else request.requester
        entry = _columns(request)
        entry["direction"] = "sent" if request.requester_id == attendee_id else "received"
        # The other person's name only: their own details are theirs, not this person's.
        entry["other_attendee"] = {"id": other.id, "name": other.full_name}
        request_data.append(entry)
        if request.meeting is not None:
            meeting = _columns(request.meeting)
            slot = session.get(Slot, request.meeting.slot_id)
            meeting["starts_at"] = _plain(slot.starts_at) if slot else None
            meeting["ends_at"] = _plain(slot.ends_at) if slot else None
            meeting["table"] = request.meeting.table.display_name
            meeting["other_attendee"] = entry["other_attendee"]
            meeting_data.append(meeting)
    checkins = session.scalars(
        select(Checkin).where(Checkin.attendee_id == attendee_id).order_by(Checkin.at)
    ).all()
    audit_entries = session.scalars(
        select(AuditEntry)
        .where(AuditEntry.entity == "attendee", AuditEntry.entity_id == attendee_id)
        .order_by(AuditEntry.at, AuditEntry.id)
    ).all()
    return {
        "format": PERSON_EXPORT_FORMAT,
        "exported_at": _plain(dt.datetime.now(dt.UTC).replace(microsecond=0)),
        "event": {
            "uid": event.uid if event else "",
            "name": event.name if event else "",
            "controller": event.organiser_name if event else "",
            "controller_email": event.organiser_email if event else "",
        },
        "attendee": person,
        "organisation": _columns(attendee.organisation),
        "requests": request_data,
        "meetings": meeting_data,
        "checkins": [_columns(checkin) for checkin in checkins],
        "audit_entries": [_columns(entry) for entry in audit_entries],
    }


@dataclass(frozen=True)
class AnonymiseResult:
    attendees: int
    organisations: int
    requests: int
    checkins: int
    audit_entries: int
    vacuumed: bool
    # SQLite: the -wal was checkpointed into the file and truncated to nothing. False when
    # another connection kept a snapshot alive; True on PostgreSQL (no such file).
    wal_emptied: bool
    backups_deleted: tuple[Path, ...]
    changed: Changes = EVERYTHING  # every page shows personal data


def write_person_export(
    database: EventDatabase, attendee_id: int, path: str | Path, *, force: bool = False
) -> Path:
    """Write :func:`export_person` as JSON to ``path`` (guarded like every output)."""
    # Imported here: the file writer and the output guard are not needed to anonymise.
    import json

    from brokerage_app.services.outputs import OutputKind, check_output
    from brokerage_app.store.files import atomic_path

    path = check_output(path, OutputKind.JSON, protect=database, force=force)
    with database.session() as session:
        data = export_person(session, attendee_id)
    with atomic_path(path) as partial, partial.open("w", encoding="utf-8") as handle:
        json.dump(data, handle, ensure_ascii=False, indent=2)
        handle.write("\n")
    return path


def _scrub_details(details: dict[str, Any] | None) -> dict[str, Any]:
    # Numbers and flags are statistics; any text may hold a name or an address.
    return {
        key: value
        for key, value in (details or {}).items()
        if isinstance(value, bool | int | float) or value is None
    }


def anonymise_event(
    database: EventDatabase,
    *,
    actor: str = "",
    task: Task = NO_TASK,
) -> AnonymiseResult:
    """Remove personal data from the whole event (irreversible) and rebuild the file."""
    steps = 3

    def step(done: int) -> None:
        task.steps(done, steps)

    task.check("Anonymisation was cancelled; nothing was changed.")
    step(0)
    with database.session() as session:
        if database.is_sqlite:
            # Freed pages are overwritten with zeros, not left for VACUUM alone to drop.
            session.connection().exec_driver_sql("PRAGMA secure_delete = ON")
        ids = session.scalars(select(Attendee.id)).all()
        if ids:
            session.execute(
                update(Attendee),
                [
                    {
                        "id": attendee_id,
                        "first_name": "Attendee",
                        "last_name": str(attendee_id),
                        "badge_name": "",
                        "honorific": "",
                        "job_title": "",
                        "profile": "",
                        "email": "",
                        "phone": "",
                        "desk_note": "",
                        "external_id": None,
                    }
                    for attendee_id in ids
                ],
            )
        org_ids = session.scalars(select(Organisation.id)).all()
        if org_ids:
            session.execute(
                update(Organisation),
                [
                    {
                        "id": org_id,
                        "name": f"Organisation {org_id}",
                        "website": "",
                        "description": "",
                        "external_id": None,
                    }
                    for org_id in org_ids
                ],
            )
        requests = cast(
            CursorResult[Any],  # what an UPDATE gives; Session.execute is typed more loosely
            session.execute(update(MeetingRequest).values(note="", unscheduled_reason="")),
        ).rowcount
        checkin_ids = session.scalars(select(Checkin.id)).all()
        if checkin_ids:
            session.execute(
                update(Checkin),
                [{"id": i, "scanned": "", "scan_id": f"anonymised-{i}"} for i in checkin_ids],
            )
        entries = session.execute(select(AuditEntry.id, AuditEntry.details)).all()
        scrubbed = [{"id": entry.id, "details": _scrub_details(entry.details)} for entry in entries]
        if scrubbed:
            session.execute(update(AuditEntry), scrubbed)
        audit.record(
            session,
            "anonymise",
            "event",
            1,
            actor=actor,
            attendees=len(ids),
            organisations=len(org_ids),
        )
        step(1)
    wal_emptied = vacuum(database)
    deleted = delete_all_backups(database)
    step(steps)
    return AnonymiseResult(
        attendees=len(ids),
        organisations=len(org_ids),
        requests=requests or 0,
        checkins=len(checkin_ids),
        audit_entries=len(entries),
        vacuumed=True,
        wal_emptied=wal_emptied,
        backups_deleted=tuple(deleted),
    )


def vacuum(database: EventDatabase) -> bool:
    """Rebuild the database so that deleted and overwritten values leave the disk.

    Returns whether SQLite's ``-wal`` was emptied: its checkpoint is refused ("busy") while
    another program reads the event, and the old pages then stay in the ``-wal``.
    """
    if database.is_sqlite:
        # Other pooled connections would keep old snapshots alive; start from none.
        database.engine.dispose()
        connection = database.engine.raw_connection()
        try:
            cursor = connection.cursor()
            cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            cursor.execute("VACUUM")
            busy, _frames, _copied = cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
            cursor.close()
        finally:
            connection.close()
        database.engine.dispose()
        return bool(busy == 0)
    with database.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as autocommit:
        autocommit.exec_driver_sql("VACUUM FULL")
    return True
