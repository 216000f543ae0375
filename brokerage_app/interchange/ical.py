"""One delegate's meetings as an iCalendar file (RFC 5545) for Outlook, Google and Apple.

Times are written in the event's time zone with its VTIMEZONE (generated from the zoneinfo
database by the icalendar library), so a meeting at 09:00 on the Monday after a daylight-
saving change still shows at 09:00. UIDs derive from the event and the meeting request, so
re-importing an updated file moves a meeting in the calendar instead of duplicating it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from icalendar import Calendar, Event

from brokerage_app import __version__
from brokerage_app.domain.clock import as_aware_utc, event_zone

PRODUCT_ID = f"-//brokerage-app//brokerage-app {__version__}//EN"


@dataclass(frozen=True)
class CalendarMeeting:
    request_id: int
    sequence: int  # bumped whenever the meeting moves, so calendars accept the update
    starts_at: dt.datetime  # local wall-clock time in the event's time zone
    ends_at: dt.datetime
    table: str
    room: str
    counterpart: str
    counterpart_organisation: str
    counterpart_country: str
    counterpart_title: str
    counterpart_profile: str
    counterpart_contact: str  # empty without the counterpart's consent
    cancelled: bool = False


@dataclass(frozen=True)
class CalendarOwner:
    name: str
    event_uid: str
    event_name: str
    venue: str
    time_zone: str
    organiser_name: str
    organiser_email: str


def meeting_uid(event_uid: str, request_id: int) -> str:
    return f"{event_uid}-request-{request_id}@brokerage-app"


def build_calendar(
    owner: CalendarOwner,
    meetings: Sequence[CalendarMeeting],
    *,
    stamp: dt.datetime,
) -> bytes:
    """The calendar of one delegate; ``stamp`` (UTC) is when the export was made."""
    zone = event_zone(owner.time_zone)
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", f"{owner.event_name}: {owner.name}")
    calendar.add("x-wr-timezone", owner.time_zone)
    for meeting in meetings:
        entry = Event()
        entry.add("uid", meeting_uid(owner.event_uid, meeting.request_id))
        entry.add("sequence", meeting.sequence)
        entry.add("dtstamp", as_aware_utc(stamp))
        entry.add("dtstart", meeting.starts_at.replace(tzinfo=zone))
        entry.add("dtend", meeting.ends_at.replace(tzinfo=zone))
        organisation = meeting.counterpart_organisation
        if meeting.counterpart_country:
            organisation = f"{organisation} ({meeting.counterpart_country})"
        entry.add("summary", f"Meeting: {meeting.counterpart}, {organisation}")
        where = ", ".join(part for part in (meeting.table, meeting.room, owner.venue) if part)
        entry.add("location", where)
        lines = [f"One-to-one meeting at {meeting.table}.", "", meeting.counterpart]
        lines += [line for line in (meeting.counterpart_title, organisation) if line]
        if meeting.counterpart_profile:
            lines += ["", meeting.counterpart_profile]
        if meeting.counterpart_contact:
            lines += ["", f"Contact: {meeting.counterpart_contact}"]
        lines += ["", f"{owner.event_name}, {owner.venue}".rstrip(", ")]
        entry.add("description", "\n".join(lines))
        entry.add("status", "CANCELLED" if meeting.cancelled else "CONFIRMED")
        entry.add("transp", "OPAQUE")
        if owner.organiser_email:
            entry.add(
                "organizer",
                f"mailto:{owner.organiser_email}",
                parameters={"CN": owner.organiser_name or owner.event_name},
            )
        calendar.add_component(entry)
    if meetings:
        # The zone's rules for a year either side of the event, not the library's default
        # 1970-2038 list of every transition (calendar apps import that slowly).
        first = min(m.starts_at for m in meetings).date()
        last = max(m.ends_at for m in meetings).date()
        calendar.add_missing_timezones(
            first_date=first.replace(day=1) - dt.timedelta(days=366),
            last_date=last + dt.timedelta(days=366),
        )
    text: bytes = calendar.to_ical()
    return text
