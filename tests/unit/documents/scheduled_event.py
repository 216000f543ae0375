"""A small demo event with a schedule and the hard names printing must get right.

The scheduler is not needed for printing tests: meetings are placed greedily here, one per
participant per slot and one per table per slot, respecting booths and availability.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import insert, select

from brokerage_app.demo.generator import DemoOptions
from brokerage_app.services.demo import create_demo_database
from brokerage_app.store.database import EventDatabase
from brokerage_app.store.models import (
    Attendee,
    AttendeeBlockedSlot,
    BadgeCategory,
    Meeting,
    MeetingRequest,
    MeetingTable,
    Organisation,
    RequestStatus,
    Slot,
)

LONG_NAME = "Maximilian-Alexander Konstantin Bartholomäus von Hohenzollern-Sigmaringen-Wettin"
assert len(LONG_NAME) == 80
MARKUP_NAME = "<b>&</b>"

# (first name, last name, organisation, country, language)
HARD_NAMES = (
    ("Åsa", "Öberg", "Öresund Medtech AB", "SE", "sv"),
    ("Łukasz", "Wójcik", "Łódź BioLab sp. z o.o.", "PL", "en"),
    ("Γιώργος", "Παπαδόπουλος", "Ελληνική Ιατρική Τεχνολογία ΑΕ", "GR", "en"),
    ("Олена", "Коваленко", "ТОВ «Медтех Україна»", "UA", "en"),
    ("İbrahim", "Çelik", "İstanbul Sağlık Teknolojileri A.Ş.", "TR", "en"),
    (
        LONG_NAME.split(" ", 1)[0],
        LONG_NAME.split(" ", 1)[1],
        "Internationale Gesellschaft für Medizinische Gerätetechnik und Versorgungsforschung mbH",
        "DE",
        "en",
    ),
    (MARKUP_NAME, "", "<i>Tag & Co</i>", "GB", "en"),
)


@dataclass(frozen=True)
class HardPeople:
    ids: tuple[int, ...]

    @property
    def by_full_name(self) -> dict[str, int]:
        return {
            f"{first} {last}".strip(): attendee_id
            for (first, last, *_), attendee_id in zip(HARD_NAMES, self.ids, strict=True)
        }


def add_hard_people(database: EventDatabase) -> HardPeople:
    """Add the seven hard names, with accepted requests among themselves and to delegates."""
    with database.session() as session:
        ids = []
        for index, (first, last, organisation, country, language) in enumerate(HARD_NAMES):
            org = Organisation(name=organisation, country=country)
            session.add(org)
            attendee = Attendee(
                organisation=org,
                first_name=first,
                last_name=last,
                language=language,
                email=f"hard{index}@example.org",
                phone=f"+46 70 000 00 {index:02d}",
                profile=f"Looking for partners in {organisation}",
                consent_share_contact=index % 2 == 0,
                badge_category=BadgeCategory.DELEGATE,
            )
            session.add(attendee)
            session.flush()
            ids.append(attendee.id)
        delegates = session.scalars(
            select(Attendee.id)
            .where(Attendee.badge_category == BadgeCategory.DELEGATE, Attendee.id.not_in(ids))
            .order_by(Attendee.id)
            .limit(12)
        ).all()
        pairs = {(a, b) for i, a in enumerate(ids) for b in ids[i + 1 : i + 3]}
        pairs |= {
            (a, delegates[(i * 3 + k) % len(delegates)])
            for i, a in enumerate(ids)
            for k in range(3)
        }
        for requester, requested in sorted(pairs):
            session.add(
                MeetingRequest(
                    requester_id=requester, requested_id=requested, status=RequestStatus.ACCEPTED
                )
            )
    return HardPeople(tuple(ids))


def schedule_greedily(database: EventDatabase) -> int:
    """Place every accepted request in the first slot and table free for both people."""
    with database.session() as session:
        slots = session.execute(
            select(Slot.id, Slot.starts_at, Slot.ends_at).order_by(Slot.starts_at)
        ).all()
        tables = session.execute(
            select(MeetingTable.id, MeetingTable.owner_id).order_by(MeetingTable.number)
        ).all()
        owned = {owner: table for table, owner in tables if owner}
        shared = [table for table, owner in tables if not owner]
        presence = {a.id: (a.arrival, a.departure) for a in session.scalars(select(Attendee))}
        blocked = {
            (row.attendee_id, row.slot_id)
            for row in session.execute(
                select(AttendeeBlockedSlot.attendee_id, AttendeeBlockedSlot.slot_id)
            )
        }
        busy_people: set[tuple[int, int]] = set()
        busy_tables: set[tuple[int, int]] = set()
        rows = []
        requests = session.execute(
            select(MeetingRequest.id, MeetingRequest.requester_id, MeetingRequest.requested_id)
            .where(MeetingRequest.status == RequestStatus.ACCEPTED)
            .order_by(MeetingRequest.id)
        ).all()

        def present(person: int, starts: dt.datetime, ends: dt.datetime, slot: int) -> bool:
            arrival, departure = presence[person]
            return (
                (arrival is None or starts >= arrival)
                and (departure is None or ends <= departure)
                and (person, slot) not in blocked
            )

        for request_id, first, second in requests:
            for slot, starts, ends in slots:
                if (first, slot) in busy_people or (second, slot) in busy_people:
                    continue
                if not (present(first, starts, ends, slot) and present(second, starts, ends, slot)):
                    continue
                booths = [owned[p] for p in (first, second) if p in owned]
                candidates = booths[:1] if booths else shared
                table = next((t for t in candidates if (t, slot) not in busy_tables), None)
                if table is None:
                    continue
                busy_people.update({(first, slot), (second, slot)})
                busy_tables.add((table, slot))
                rows.append({"request_id": request_id, "slot_id": slot, "table_id": table})
                break
        if rows:
            session.execute(insert(Meeting), rows)
        return len(rows)


def build_scheduled_event(
    path: Path, attendees: int = 40, seed: int = 7
) -> tuple[EventDatabase, HardPeople]:
    database = create_demo_database(path, DemoOptions(attendees=attendees, seed=seed))
    hard = add_hard_people(database)
    schedule_greedily(database)
    return database, hard
