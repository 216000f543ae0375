"""When an attendee can meet: inside their stay and outside their blocked slots."""

from __future__ import annotations

import datetime as dt
from collections.abc import Container


def is_available(
    arrival: dt.datetime | None,
    departure: dt.datetime | None,
    blocked_slot_ids: Container[int],
    slot_id: int,
    slot_starts: dt.datetime,
    slot_ends: dt.datetime,
) -> bool:
    if arrival is not None and slot_starts < arrival:
        return False
    if departure is not None and slot_ends > departure:
        return False
    return slot_id not in blocked_slot_ids
