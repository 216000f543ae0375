"""The Swedish check-in desk words every kind of verdict in Swedish.

The service returns a verdict's facts (result, attendee, first check-in, why it refused); the
window words them. These tests show a verdict of each kind on a Swedish window and compare
the title and the detail line with their Swedish wording.
"""

from __future__ import annotations

import datetime as dt

import pytest

from brokerage_app.checkin.journal import BadgeFacts
from brokerage_app.services.checkin import Verdict, make_verdict
from brokerage_app.store.models import BadgeCategory, CheckinResult
from brokerage_app.ui.main_window import MainWindow
from brokerage_app.ui.pages.checkin import VerdictPanel
from tests.gui.conftest import wait_idle

ANA = BadgeFacts(30, "Ana López", "Acme Health", "ES", BadgeCategory.DELEGATE, None, None, 1)
NINE_THIRTY = dt.datetime(2027, 5, 11, 9, 30)


def verdict(
    result: CheckinResult,
    who: BadgeFacts | None = ANA,
    *,
    expected: bool = True,
    found_at_sync: bool = False,
    scanned: str = "BRK1-ABCDEF-30-1-ABCDEFGHIJKLMNOP",
) -> Verdict:
    return make_verdict(
        result,
        who,
        day=NINE_THIRTY.date(),
        scanned=scanned,
        expected=expected,
        first_at=NINE_THIRTY,
        first_station="Dörr 1",
        checkin_id=7,
        scan_id="s-1",
        found_at_sync=found_at_sync,
    )


# (verdict, Swedish title, Swedish detail line)
CASES = {
    "checked in": (
        verdict(CheckinResult.CHECKED_IN),
        "Välkommen!",
        "Incheckad 09:30 vid Dörr 1.",
    ),
    "checked in, not expected today": (
        verdict(CheckinResult.CHECKED_IN, expected=False),
        "Välkommen!",
        "Inte anmäld för den här dagen: kontrollera anmälan.",
    ),
    "already checked in": (
        verdict(CheckinResult.ALREADY_CHECKED_IN),
        "Redan incheckad",
        "Incheckad första gången 09:30 vid Dörr 1.",
    ),
    "already checked in, found at sync": (
        verdict(CheckinResult.ALREADY_CHECKED_IN, found_at_sync=True),
        "Redan incheckad",
        "Upptäckt vid synkning: först incheckad 09:30 vid Dörr 1.",
    ),
    "undone": (
        verdict(CheckinResult.UNDONE),
        "Incheckningen ångrad",
        "Incheckningen ångrades.",
    ),
    "revoked": (
        verdict(CheckinResult.REVOKED),
        "Gammal namnbricka (ny utskriven)",
        "En nyare namnbricka har skrivits ut för den här personen: behåll den här och använd "
        "den nya.",
    ),
    "wrong event": (
        verdict(CheckinResult.WRONG_EVENT, None),
        "Namnbricka från ett annat evenemang",
        "Namnbrickan hör till ett annat evenemang.",
    ),
    "unknown attendee": (
        verdict(CheckinResult.UNKNOWN, None),
        "Hittades inte",
        "Ingen med den här namnbrickan är (längre) anmäld: sök personen på namn.",
    ),
    "badge newer than the station's data": (
        verdict(CheckinResult.UNKNOWN),
        "Nyare namnbricka",
        "Namnbrickan är nyare än den här stationens kopia av evenemanget: sök personen på namn.",
    ),
    "invalid": (
        verdict(CheckinResult.INVALID, None, scanned="HELLO"),
        "Namnbrickan är ogiltig",
        "Det här är ingen namnbricka för det här evenemanget: kontrollera brickan eller sök "
        "personen på namn.",
    ),
}


@pytest.mark.parametrize("case", list(CASES))
def test_each_verdict_is_worded_in_swedish(qtbot, swedish, case: str) -> None:  # type: ignore[no-untyped-def]
    shown, title, detail = CASES[case]
    panel = VerdictPanel()
    qtbot.addWidget(panel)
    panel.show_verdict(shown)
    assert panel.title.text() == title
    assert panel.details.text().splitlines()[-1] == detail
    if shown.attendee_id is not None:
        assert panel.details.text().splitlines()[:2] == ["Acme Health · ES", "Delegat"]


def test_a_scan_at_the_swedish_desk_shows_a_swedish_verdict(  # type: ignore[no-untyped-def]
    qtbot, swedish, opened: MainWindow
) -> None:
    desk = opened.show_page("checkin")
    wait_idle(qtbot, opened)
    desk.scan_code("HELLO-NOT-A-BADGE")
    qtbot.waitUntil(lambda: desk.verdict.tone == "red", timeout=10_000)
    assert desk._last_verdict.result is CheckinResult.INVALID
    assert desk.verdict.title.text() == "Namnbrickan är ogiltig"
    assert desk.verdict.name.text() == "Okänd namnbricka"
    assert desk.verdict.details.text().startswith("Det här är ingen namnbricka")
