"""The check-in CLI's verdict lines, word for word, for every kind of verdict.

Scripts and kiosk wrappers read these lines; they are pinned here so that moving the wording
out of the service (which returns facts) into the CLI cannot change them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from brokerage_app.checkin.journal import BadgeFacts
from brokerage_app.cli.commands import checkin as checkin_cli
from brokerage_app.services.checkin import Verdict, make_verdict
from brokerage_app.store.models import BadgeCategory, CheckinResult

DAY = dt.date(2027, 5, 11)
ANA = BadgeFacts(30, "Ana López", "Acme Health", "ES", BadgeCategory.DELEGATE, None, None, 1)
LONE = BadgeFacts(31, "Lone Ranger", "", "", BadgeCategory.PRESS, None, None, 1)
CODE = "BRK1-ABCDEF-30-1-ABCDEFGHIJKLMNOP"


def verdict(
    result: CheckinResult,
    who: BadgeFacts | None = ANA,
    *,
    scanned: str = CODE,
    expected: bool = True,
    first_at: dt.datetime | None = None,
    first_station: str = "",
    checkin_id: int | None = 7,
    found_at_sync: bool = False,
    offline: bool = False,
) -> Verdict:
    return make_verdict(
        result,
        who,
        day=DAY,
        scanned=scanned,
        expected=expected,
        first_at=first_at,
        first_station=first_station,
        checkin_id=checkin_id,
        scan_id="s-1",
        found_at_sync=found_at_sync,
        offline=offline,
    )


NINE_THIRTY = dt.datetime(2027, 5, 11, 9, 30)
CASES = {
    "checked in": (
        verdict(CheckinResult.CHECKED_IN, first_at=NINE_THIRTY, first_station="Door 1"),
        "OK Checked in: Ana López (Acme Health)  [log #7]",
    ),
    "checked in without organisation": (
        verdict(CheckinResult.CHECKED_IN, LONE),
        "OK Checked in: Lone Ranger  [log #7]",
    ),
    "checked in, not expected today": (
        verdict(CheckinResult.CHECKED_IN, expected=False),
        "!! Checked in: Ana López (Acme Health) — not registered for this day, please check"
        "  [log #7]",
    ),
    "already checked in": (
        verdict(CheckinResult.ALREADY_CHECKED_IN, first_at=NINE_THIRTY, first_station="Door 1"),
        "!! Already checked in at 09:30 at station Door 1: Ana López (Acme Health)  [log #7]",
    ),
    "already checked in, found at sync": (
        verdict(
            CheckinResult.ALREADY_CHECKED_IN,
            first_at=NINE_THIRTY,
            first_station="Door 1",
            found_at_sync=True,
        ),
        "!! Already checked in at 09:30 at station Door 1: Ana López (Acme Health)"
        " (found at sync)  [log #7]",
    ),
    "already checked in, no time or station known": (
        verdict(CheckinResult.ALREADY_CHECKED_IN, checkin_id=None),
        "!! Already checked in at earlier at an unnamed station: Ana López (Acme Health)"
        "  [journal]",
    ),
    "undone": (
        verdict(CheckinResult.UNDONE),
        "!! Check-in undone: Ana López (Acme Health)  [log #7]",
    ),
    "revoked": (
        verdict(CheckinResult.REVOKED),
        "XX Revoked badge of Ana López (Acme Health): a newer badge was printed; keep this one"
        "  [log #7]",
    ),
    "wrong event": (
        verdict(CheckinResult.WRONG_EVENT, None),
        "XX Badge of another event — not valid here  [log #7]",
    ),
    "unknown attendee": (
        verdict(CheckinResult.UNKNOWN, None),
        "XX Unknown attendee #30: not (or no longer) registered  [log #7]",
    ),
    "unknown desk attendee": (
        verdict(CheckinResult.UNKNOWN, None, scanned="desk: attendee #44"),
        "XX Unknown attendee #44: not (or no longer) registered  [log #7]",
    ),
    "badge newer than the station's data": (
        verdict(CheckinResult.UNKNOWN, checkin_id=None),
        "XX Badge of Ana López (Acme Health) is newer than this station's event data; check "
        "the database  [journal]",
    ),
    "invalid": (
        verdict(CheckinResult.INVALID, None, scanned="HELLO"),
        "XX Not a valid badge code: HELLO  [log #7]",
    ),
    "invalid, empty scan": (
        verdict(CheckinResult.INVALID, None, scanned=""),
        "XX Not a valid badge code: (empty scan)  [log #7]",
    ),
    "invalid, long scan": (
        verdict(CheckinResult.INVALID, None, scanned="X" * 50),
        "XX Not a valid badge code: " + "X" * 39 + "…  [log #7]",
    ),
}


@pytest.mark.parametrize("case", list(CASES))
def test_each_verdict_prints_its_line(case: str, capsys: pytest.CaptureFixture[str]) -> None:
    shown, line = CASES[case]
    checkin_cli._show(shown)
    assert capsys.readouterr().out.splitlines() == [line]


def test_a_desk_note_and_an_offline_verdict_add_their_lines(
    capsys: pytest.CaptureFixture[str],
) -> None:
    shown = verdict(
        CheckinResult.CHECKED_IN,
        replace(ANA, desk_note="speaker pass"),
        checkin_id=None,
        offline=True,
    )
    checkin_cli._show(replace(shown, pending_sync=3))
    assert capsys.readouterr().out.splitlines() == [
        "OK Checked in: Ana López (Acme Health)  [journal]",
        "NOTE  speaker pass",
        "OFFLINE  the server does not answer: verified by this station from its copy of the "
        "event; 3 scan(s) wait to sync.",
    ]
