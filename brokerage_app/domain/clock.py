"""The event clock: the one place that turns moments into stored times and back.

Two conventions hold everywhere:

- **stored = naive UTC.** Every timestamp the database keeps (``created_at``, ``Checkin.at``,
  ``schedule_published_at`` …) is UTC without a ``tzinfo``; :func:`utcnow` makes one.
- **naive = event-local.** Slot times, arrivals and departures, and a naive ``now`` handed
  to a service are the wall-clock time of the event's time zone, whatever the computer's
  own zone is. An aware moment is converted.

:class:`EventClock` converts between the two for one event's time zone.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from brokerage_app.errors import ValidationError


def utcnow() -> dt.datetime:
    """This moment as a stored time (naive UTC)."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def as_aware_utc(stored: dt.datetime) -> dt.datetime:
    """A stored time (naive UTC) with its ``tzinfo``, for an API that wants aware moments."""
    return stored.replace(tzinfo=dt.UTC)


def is_time_zone(name: str) -> bool:
    """Whether ``name`` is a time zone of the zoneinfo database (``Europe/Stockholm``)."""
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return False
    return True


def event_zone(name: str) -> ZoneInfo:
    """The event's time zone; a ValidationError naming the field if ``name`` is unknown."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValidationError(f"Event time zone: {name!r} is not a known time zone.") from None


@dataclass(frozen=True)
class EventClock:
    """Stored times and event-local times of one event's time zone."""

    zone: ZoneInfo

    @classmethod
    def named(cls, time_zone: str) -> EventClock:
        return cls(event_zone(time_zone))

    def stored(self, moment: dt.datetime | None = None) -> dt.datetime:
        """``moment`` (naive = event-local, or aware; None = this moment) as naive UTC."""
        if moment is None:
            return utcnow()
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=self.zone)
        return moment.astimezone(dt.UTC).replace(tzinfo=None)

    def local(self, stored: dt.datetime) -> dt.datetime:
        """A stored time (naive UTC) as an aware moment of the event's zone, for showing."""
        return as_aware_utc(stored).astimezone(self.zone)

    def wall(self, moment: dt.datetime | None = None) -> dt.datetime:
        """``moment`` (naive = already event-local, or aware; None = this moment) as naive
        event-local wall-clock time, comparable with slot times."""
        if moment is None:
            return dt.datetime.now(self.zone).replace(tzinfo=None)
        if moment.tzinfo is None:
            return moment
        return moment.astimezone(self.zone).replace(tzinfo=None)

    def today(self, moment: dt.datetime | None = None) -> dt.date:
        """The event-local date of ``moment`` (None = this moment)."""
        return self.local(self.stored(moment)).date()
