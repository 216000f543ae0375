"""When an attendee can meet: inside their stay and outside their blocked slots."""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Collection, Container, Sequence


class Unavailable(enum.StrEnum):
    """Why an attendee cannot meet in a slot."""

    BEFORE_ARRIVAL = "before_arrival"
    AFTER_DEPARTURE = "after_departure"
    BLOCKED_SLOT = "blocked_slot"


def unavailability(
    arrival: dt.datetime | None,
    departure: dt.datetime | None,
    blocked_slot_ids: Container[int],
    slot_id: int,
    slot_starts: dt.datetime,
    slot_ends: dt.datetime,
) -> Unavailable | None:
    """Why the attendee cannot meet in this slot, or None when they can."""
    if arrival is not None and slot_starts < arrival:
        return Unavailable.BEFORE_ARRIVAL
    if departure is not None and slot_ends > departure:
        return Unavailable.AFTER_DEPARTURE
    if slot_id in blocked_slot_ids:
        return Unavailable.BLOCKED_SLOT
    return None


def is_available(
    arrival: dt.datetime | None,
    departure: dt.datetime | None,
    blocked_slot_ids: Container[int],
    slot_id: int,
    slot_starts: dt.datetime,
    slot_ends: dt.datetime,
) -> bool:
    return (
        unavailability(arrival, departure, blocked_slot_ids, slot_id, slot_starts, slot_ends)
        is None
    )


def stay_for_days(
    present: Collection[dt.date], slots: Sequence[tuple[int, dt.datetime, dt.datetime]]
) -> tuple[dt.datetime | None, dt.datetime | None, frozenset[int]]:
    """Arrival, departure and blocked slots for someone who comes on the ``present`` days.

    ``slots`` are the event's (id, starts, ends). Arrival is the first slot of the first
    day present (None when that is the event's first day), departure the end of the last
    day present (None when that is the last day); every slot of a day missed in between is
    blocked ("days 1 and 3" blocks day 2).
    """
    event_days = sorted({starts.date() for _id, starts, _ends in slots})
    days = sorted(set(present) & set(event_days))
    if not days:
        return None, None, frozenset()
    first, last = days[0], days[-1]
    arrival = departure = None
    if first != event_days[0]:
        arrival = min(starts for _id, starts, _ends in slots if starts.date() == first)
    if last != event_days[-1]:
        departure = max(ends for _id, starts, ends in slots if starts.date() == last)
    blocked = frozenset(
        slot_id
        for slot_id, starts, _ends in slots
        if first < starts.date() < last and starts.date() not in days
    )
    return arrival, departure, blocked
