"""Check-in verdicts in English for the command line (the window words them in
``ui/pages/checkin.py``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from brokerage_app.services.checkin import Verdict

MARKS = {"green": "OK ", "amber": "!! ", "red": "XX "}
# How much of an invalid scan the line repeats.
SHOWN_SCAN_MAX = 40


def verdict_line(verdict: Verdict) -> str:
    """One line: the tone's mark, what happened and to whom."""
    # Here, not at the top: parsing the command line must not load the services.
    from brokerage_app.services.checkin import Unknown
    from brokerage_app.store.models import CheckinResult

    name, organisation = verdict.name, verdict.organisation
    who = f"{name} ({organisation})" if organisation else name
    result = verdict.result
    if result is CheckinResult.CHECKED_IN:
        text = f"Checked in: {who}"
        if not verdict.expected_today:
            text += " — not registered for this day, please check"
    elif result is CheckinResult.ALREADY_CHECKED_IN:
        first = verdict.first_checkin_at
        when = f"{first:%H:%M}" if first else "earlier"
        station = verdict.first_station
        where = f"station {station}" if station else "an unnamed station"
        text = f"Already checked in at {when} at {where}: {who}"
        if verdict.found_at_sync:
            text += " (found at sync)"
    elif result is CheckinResult.UNDONE:
        text = f"Check-in undone: {who}"
    elif result is CheckinResult.REVOKED:
        text = f"Revoked badge of {who}: a newer badge was printed; keep this one"
    elif result is CheckinResult.WRONG_EVENT:
        text = "Badge of another event — not valid here"
    elif result is CheckinResult.UNKNOWN and verdict.unknown is Unknown.NEWER_BADGE:
        text = f"Badge of {who} is newer than this station's event data; check the database"
    elif result is CheckinResult.UNKNOWN:
        text = f"Unknown attendee #{verdict.badge_attendee_id}: not (or no longer) registered"
    else:
        scanned = verdict.scanned
        if len(scanned) > SHOWN_SCAN_MAX:
            scanned = scanned[: SHOWN_SCAN_MAX - 1] + "…"
        text = f"Not a valid badge code: {scanned or '(empty scan)'}"
    return f"{MARKS[verdict.tone]}{text}"
