"""Which agendas changed since they were last printed: content fingerprints per delegate.

A fingerprint is a SHA-256 of what an agenda says (the delegate, every day's items with
their counterparts, tables and rooms, and the event facts every agenda prints: name,
dates, venue, organiser, whether the schedule is published, the venue map), never of
the PDF's bytes, which change with fonts and layout. Each print of agendas stores the
fingerprint of every agenda it printed (``agenda_prints``, one row per delegate, the last
print's); ``print agendas --changed-since-last-print`` prints only those whose fingerprint
differs from the stored one, or that have none.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
from collections.abc import Mapping, Sequence

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from brokerage_app.documents.data import Agenda, EventInfo
from brokerage_app.domain.clock import utcnow
from brokerage_app.store.models import AgendaPrint, Attendee

_CHUNK = 500


def event_facts(event: EventInfo) -> str:
    """What every agenda of the event prints, as one string (the map by its digest)."""
    facts = dataclasses.replace(event, venue_map=b"")
    return f"{facts!r} map={hashlib.sha256(event.venue_map).hexdigest()}"


def agenda_fingerprint(event: str, agenda: Agenda) -> str:
    """The fingerprint of ``agenda`` printed in an event whose ``event_facts`` are ``event``.

    The frozen dataclasses' repr lists every field, nested ones included, in a fixed order.
    """
    return hashlib.sha256(f"{event}\n{agenda!r}".encode()).hexdigest()


def last_fingerprints(session: Session, attendee_ids: Sequence[int]) -> dict[int, str]:
    found: dict[int, str] = {}
    for start in range(0, len(attendee_ids), _CHUNK):
        chunk = attendee_ids[start : start + _CHUNK]
        rows = session.execute(
            select(AgendaPrint.attendee_id, AgendaPrint.fingerprint).where(
                AgendaPrint.attendee_id.in_(chunk)
            )
        )
        found.update((attendee_id, fingerprint) for attendee_id, fingerprint in rows)
    return found


def record_fingerprints(
    session: Session, fingerprints: Mapping[int, str], at: dt.datetime | None = None
) -> None:
    """Store these as the agendas last printed (in the caller's transaction).

    People deleted while the print ran are left out.
    """
    at = at or utcnow()
    ids = list(fingerprints)
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        present = session.scalars(select(Attendee.id).where(Attendee.id.in_(chunk))).all()
        session.execute(delete(AgendaPrint).where(AgendaPrint.attendee_id.in_(chunk)))
        if present:
            session.execute(
                insert(AgendaPrint),
                [
                    {"attendee_id": i, "fingerprint": fingerprints[i], "printed_at": at}
                    for i in present
                ],
            )
