"""The check-in window through an outage: used by the desk test and the screenshot script."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from brokerage_app.services.checkin import badge_code, set_desk_note
from brokerage_app.ui.main_window import MainWindow
from tests.helpers.postgres import PostgresServer
from tests.integration.checkin.event_setup import make_event

NOTE = "Collect speaker pass at the info desk"


def prepare_event(server: PostgresServer, attendees: int = 60) -> tuple[str, list[str]]:
    """A demo event on ``server``: its URL and the badge codes of attendees 1 to 5; the
    first attendee has a desk note."""
    url = server.create_database()
    database = make_event(url, attendees=attendees)
    with database.session() as session:
        set_desk_note(session, 1, NOTE)
        codes = [badge_code(session, attendee_id) for attendee_id in range(1, 6)]
    database.dispose()
    return url, codes


def scan_through_outage(
    window: MainWindow,
    server: PostgresServer,
    codes: list[str],
    wait: Callable[[Callable[[], bool]], Any],
) -> Any:
    """Check two people in online, stop the server, scan the noted attendee: the desk page."""
    desk = window.show_page("checkin")
    wait(lambda: window.context.tasks.active == 0)
    for code in codes[1:3]:
        desk.scan_code(code)
        wait(lambda: window.context.tasks.active == 0)
    server.halt()
    desk.scan_code(codes[0])
    wait(lambda: getattr(desk._last_verdict, "offline", False))
    desk._show_status()
    return desk
