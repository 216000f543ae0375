"""Deterministic demo events of 20 to 10,000 attendees.

The shape follows real EU brokerage weeks: delegates from 25 countries, most of them SMEs,
a few exhibitors with booths, organisers and press without meetings, some delegates present
only one day or arriving late, and request popularity skewed like real events (a few
delegates receive a large share of all requests and decline more of them).
"""

from __future__ import annotations

import datetime as dt
import itertools
import random
import unicodedata
from dataclasses import dataclass
from typing import Any

from sqlalchemy import insert
from sqlalchemy.orm import Session

from brokerage_app.constants import MAX_ATTENDEES, MIN_ATTENDEES
from brokerage_app.demo.names import (
    COMPANY_ENDINGS,
    COMPANY_STEMS,
    COUNTRIES,
    JOB_TITLES,
    OFFERS,
    ORGANISATION_TYPES,
    SECTORS,
    THINGS,
    CountryNames,
)
from brokerage_app.domain.text import transliterate
from brokerage_app.domain.timetable import BreakSpec, DaySpec, EventSpec, SessionSpec
from brokerage_app.errors import ValidationError
from brokerage_app.services.events import create_event
from brokerage_app.store.models import (
    Attendee,
    AttendeeBlockedSlot,
    AttendeeRole,
    BadgeCategory,
    MeetingRequest,
    MeetingTable,
    Organisation,
    RequestStatus,
    Slot,
)
from brokerage_app.store.sequences import reset_sequences

FIRST_DAY = dt.date(2027, 5, 11)


@dataclass(frozen=True)
class DemoOptions:
    attendees: int = 400
    seed: int = 1
    # Outgoing requests per delegate on average; each delegate is in about twice as many.
    requests_per_delegate: float = 6.0
    days: int | None = None


def demo_event_spec(options: DemoOptions) -> EventSpec:
    days = options.days or (2 if options.attendees <= 1000 else 3)
    morning = SessionSpec(
        dt.time(9, 0),
        dt.time(12, 20),
        20,
        "Morning",
        (BreakSpec(dt.time(10, 40), dt.time(11, 0), "Coffee"),),
    )
    afternoon = SessionSpec(
        dt.time(13, 30),
        dt.time(17, 10),
        20,
        "Afternoon",
        (BreakSpec(dt.time(15, 10), dt.time(15, 30), "Coffee"),),
    )
    tables = max(6, round(options.attendees * 0.15))
    halls = max(1, -(-tables // 40))
    return EventSpec(
        name=f"Health Brokerage Days {FIRST_DAY.year}",
        venue="Malmö Live Congress Centre, Malmö",
        venue_map_ref="on the screens at the entrance",
        time_zone="Europe/Stockholm",
        organiser_name="Skåne EU Office – Brokerage desk",
        organiser_email="brokerage@skane-eu.example",
        organiser_phone="+46 40 123 45 67",
        days=tuple(
            DaySpec(FIRST_DAY + dt.timedelta(days=i), (morning, afternoon), f"Day {i + 1}")
            for i in range(days)
        ),
        tables=tables,
        rooms=tuple(f"Hall {chr(ord('A') + i)}" for i in range(halls)),
    )


def _weighted_country(rng: random.Random) -> CountryNames:
    return rng.choices(COUNTRIES, weights=[c.weight for c in COUNTRIES])[0]


def _organisation_name(rng: random.Random, country: CountryNames, org_type: str) -> str:
    city = rng.choice(country.cities)
    stem = rng.choice(COMPANY_STEMS) + rng.choice(COMPANY_ENDINGS).lower()
    if org_type == "University":
        return rng.choice(
            (f"University of {city}", f"{city} University", f"{city} Tech University")
        )
    if org_type == "Hospital":
        return f"{city} University Hospital"
    if org_type == "Research institute":
        return f"{city} Institute for {rng.choice(('Health Research', 'Biomedicine', 'Life Sciences'))}"
    if org_type == "Public authority":
        return f"Region {city} Health Authority"
    if org_type == "Cluster":
        return f"{city} Life Science Cluster"
    if org_type == "Investor":
        return f"{stem.capitalize()} Ventures"
    return f"{stem.capitalize()} {country.company_suffix}"


def _mail_name(text: str) -> str:
    """'Åsa' → 'asa', 'Γιώργος' → 'giorgos': how a mail address spells a name."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    letters = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    # Greek "ου" is "ou" in mail addresses, not letter by letter ("oy").
    spelled = transliterate(letters.replace("ου", "ou")).lower()
    return "".join(ch for ch in spelled if ch.isascii() and ch.isalnum()) or "delegate"


def _email(first: str, last: str, org_id: int, used: set[str]) -> str:
    base = f"{_mail_name(first)}.{_mail_name(last)}@org{org_id}.example"
    email, n = base, 1
    while email in used:
        n += 1
        email = base.replace("@", f"{n}@")
    used.add(email)
    return email


def check_options(options: DemoOptions) -> None:
    if not MIN_ATTENDEES <= options.attendees <= MAX_ATTENDEES:
        raise ValidationError(
            f"--attendees: a demo event has {MIN_ATTENDEES} to {MAX_ATTENDEES} attendees, "
            f"not {options.attendees}."
        )


def generate_demo_event(session: Session, options: DemoOptions) -> None:
    """Write a complete demo event into an empty database in the caller's transaction."""
    check_options(options)
    rng = random.Random(options.seed)
    spec = demo_event_spec(options)
    create_event(session, spec)
    slots = session.query(Slot.id, Slot.starts_at, Slot.ends_at).order_by(Slot.starts_at).all()
    days = sorted({s.starts_at.date() for s in slots})
    day_bounds = {
        d: (
            min(s.starts_at for s in slots if s.starts_at.date() == d),
            max(s.ends_at for s in slots if s.starts_at.date() == d),
        )
        for d in days
    }

    # Organisations: about 1.6 delegates each, like a real brokerage event.
    n_orgs = max(5, round(options.attendees / 1.6))
    organisations = []
    org_country: dict[int, CountryNames] = {}
    org_types, org_type_weights = zip(*ORGANISATION_TYPES, strict=True)
    for org_id in range(1, n_orgs + 1):
        country = _weighted_country(rng)
        org_type = rng.choices(org_types, weights=org_type_weights)[0]
        sector = rng.choice(SECTORS)
        name = _organisation_name(rng, country, org_type)
        org_country[org_id] = country
        organisations.append(
            {
                "id": org_id,
                "name": name,
                "country": country.code,
                "org_type": org_type,
                "sector": sector,
                "website": f"https://org{org_id}.example",
                "description": "",
                "external_id": f"ORG-{org_id:05d}",
            }
        )
    host_org_id = n_orgs + 1
    organisations.append(
        {
            "id": host_org_id,
            "name": "Skåne EU Office",
            "country": "SE",
            "org_type": "Public authority",
            "sector": "Health services",
            "website": "https://skane-eu.example",
            "description": "Organiser",
            "external_id": "ORG-HOST",
        }
    )
    session.execute(insert(Organisation), organisations)

    n = options.attendees
    n_organisers = max(2, n // 100)
    n_press = max(1, n // 250)
    n_exhibitors = min(20, max(2, n // 100))
    emails: set[str] = set()
    attendees: list[dict[str, Any]] = []
    delegates: list[int] = []
    exhibitors: list[int] = []
    for attendee_id in range(1, n + 1):
        if attendee_id <= n_organisers:
            category, org_id = BadgeCategory.ORGANISER, host_org_id
        elif attendee_id <= n_organisers + n_press:
            category, org_id = BadgeCategory.PRESS, rng.randint(1, n_orgs)
        else:
            # Every organisation gets a first delegate before any gets a second.
            index = attendee_id - n_organisers - n_press
            org_id = index if index <= n_orgs else rng.randint(1, n_orgs)
            category = BadgeCategory.DELEGATE
        if category is BadgeCategory.DELEGATE and len(exhibitors) < n_exhibitors:
            category = BadgeCategory.EXHIBITOR
        country = org_country.get(org_id, COUNTRIES[0])
        first, last = rng.choice(country.first_names), rng.choice(country.last_names)
        sector = organisations[org_id - 1]["sector"]
        profile = rng.choice(OFFERS).format(thing=rng.choice(THINGS[sector]))
        arrival = departure = None
        blocked: list[int] = []
        if category in (BadgeCategory.DELEGATE, BadgeCategory.EXHIBITOR):
            pattern = rng.random()
            if pattern < 0.08 and len(days) > 1:
                day = rng.choice(days)
                arrival, departure = day_bounds[day]
            elif pattern < 0.18:
                arrival = dt.datetime.combine(
                    days[0], rng.choice((dt.time(11, 0), dt.time(13, 30)))
                )
            elif pattern < 0.24:
                departure = dt.datetime.combine(days[-1], dt.time(12, 20))
            elif pattern < 0.29:
                blocked = [s.id for s in rng.sample(slots, k=min(3, len(slots)))]
            (exhibitors if category is BadgeCategory.EXHIBITOR else delegates).append(attendee_id)
        role = rng.choices(
            (AttendeeRole.BUYER, AttendeeRole.SELLER, AttendeeRole.BOTH), weights=(3, 4, 3)
        )[0]
        attendees.append(
            {
                "id": attendee_id,
                "organisation_id": org_id,
                "first_name": first,
                "last_name": last,
                "badge_name": "",
                "job_title": rng.choice(JOB_TITLES),
                "profile": profile,
                "role": role,
                "email": _email(first, last, org_id, emails),
                "phone": f"+{rng.randint(30, 49)} {rng.randint(100, 999)} {rng.randint(100000, 999999)}",
                "language": "sv" if country.code == "SE" else "en",
                "badge_category": category,
                "arrival": arrival,
                "departure": departure,
                "max_meetings": rng.choice((8, 10, 12)) if rng.random() < 0.15 else None,
                "consent_share_contact": rng.random() < 0.6,
                "consent_list_publicly": rng.random() < 0.9,
                "consent_photos": rng.random() < 0.5,
                "external_id": f"REG-{attendee_id:06d}",
                "badge_version": 1,
            }
        )
        attendees[-1]["_blocked"] = blocked
    blocked_rows = [
        {"attendee_id": a["id"], "slot_id": slot_id}
        for a in attendees
        for slot_id in a.pop("_blocked")
    ]
    session.execute(insert(Attendee), attendees)
    if blocked_rows:
        session.execute(insert(AttendeeBlockedSlot), blocked_rows)

    # Exhibitors own the first tables as booths.
    for number, owner in enumerate(exhibitors, start=1):
        table = session.query(MeetingTable).filter_by(number=number).one()
        table.owner_id = owner
        table.label = f"Booth {number}"

    session.execute(
        insert(MeetingRequest), _requests(rng, options, attendees, delegates + exhibitors)
    )
    reset_sequences(session, (Organisation, Attendee, MeetingRequest))


def _requests(
    rng: random.Random, options: DemoOptions, attendees: list[dict[str, Any]], people: list[int]
) -> list[dict[str, Any]]:
    """Skewed popularity: weights follow a Zipf-like law over a shuffled ranking."""
    ranking = people[:]
    rng.shuffle(ranking)
    popularity = {person: 1.0 / (rank + 1) ** 0.75 for rank, person in enumerate(ranking)}
    popular = set(ranking[: max(1, len(ranking) // 20)])
    by_id = {a["id"]: a for a in attendees}
    cumulative = list(itertools.accumulate(popularity[p] for p in people))
    pairs: set[frozenset[int]] = set()
    rows: list[dict[str, Any]] = []
    created_base = dt.datetime(2027, 4, 1, 9, 0)
    for requester in people:
        wanted = min(len(people) - 1, max(0, round(rng.gauss(options.requests_per_delegate, 2.5))))
        org = by_id[requester]["organisation_id"]
        role = by_id[requester]["role"]
        attempts = 0
        made = 0
        while made < wanted and attempts < wanted * 6:
            attempts += 1
            target = rng.choices(people, cum_weights=cumulative)[0]
            target_row = by_id[target]
            pair = frozenset((requester, target))
            if target == requester or target_row["organisation_id"] == org or pair in pairs:
                continue
            # Sellers mostly ask buyers and vice versa, as matchmaking platforms suggest.
            if role is not AttendeeRole.BOTH and target_row["role"] is role and rng.random() < 0.7:
                continue
            pairs.add(pair)
            made += 1
            decline_chance = 0.25 if target in popular else 0.08
            roll = rng.random()
            if roll < decline_chance:
                status = RequestStatus.DECLINED
            elif roll < decline_chance + 0.15:
                status = RequestStatus.PENDING
            elif roll < decline_chance + 0.19:
                status = RequestStatus.CANCELLED
            else:
                status = RequestStatus.ACCEPTED
            created = created_base + dt.timedelta(minutes=rng.randint(0, 40 * 24 * 60))
            rows.append(
                {
                    "requester_id": requester,
                    "requested_id": target,
                    "status": status,
                    "priority": rng.choices((1, 2, 3), weights=(60, 28, 12))[0],
                    "note": "",
                    "unscheduled_reason": "",
                    "created_at": created,
                    "updated_at": created,
                    "responded_at": None
                    if status is RequestStatus.PENDING
                    else created + dt.timedelta(hours=rng.randint(1, 96)),
                }
            )
    for index, row in enumerate(rows, start=1):
        row["id"] = index
    return rows
