"""When an attendee can meet: inside their stay and outside their blocked slots."""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Container


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
