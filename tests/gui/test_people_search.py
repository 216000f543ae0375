"""People search works one way everywhere: "zolc" finds Łukasz Żółć on every page."""

from __future__ import annotations

from pathlib import Path

from brokerage_app.services.checkin import search_attendees
from brokerage_app.store.database import open_database
from brokerage_app.store.models import Attendee
from brokerage_app.ui.main_window import MainWindow
from tests.gui.conftest import wait_idle


def _rename(demo_file: Path, attendee_id: int, first: str, last: str) -> None:
    database = open_database(demo_file)
    with database.session() as session:
        attendee = session.get(Attendee, attendee_id)
        assert attendee is not None
        attendee.first_name, attendee.last_name, attendee.badge_name = first, last, ""
    database.dispose()


def test_zolc_finds_him_at_the_desk_on_the_print_page_and_the_attendees_page(
    qtbot, window: MainWindow, demo_file: Path
) -> None:  # type: ignore[no-untyped-def]
    _rename(demo_file, 3, "Łukasz", "Żółć")
    _rename(demo_file, 4, "伟", "王")
    database = open_database(demo_file)
    with database.session() as session:
        assert [row.id for row in search_attendees(session, "zolc")] == [3]
    database.dispose()

    window.app_actions.open_location(str(demo_file))
    qtbot.waitUntil(lambda: window.context.is_open, timeout=90_000)
    wait_idle(qtbot, window)

    printing = window.show_page("print")
    wait_idle(qtbot, window)
    for query, expected in (("zolc", (3,)), ("ŻÓŁĆ lukasz", (3,)), ("wang", (4,)), ("王", (4,))):
        printing.who.setText(query)
        assert printing._selected_ids() == expected, query

    attendees = window.show_page("attendees")
    wait_idle(qtbot, window)
    attendees._filter_changed("zolc")
    proxy = attendees.attendee_proxy
    assert [proxy.row_at(row).id for row in range(proxy.rowCount())] == [3]


def test_the_person_picker_of_the_data_dialogs_folds_too(qtbot) -> None:  # type: ignore[no-untyped-def]
    import dataclasses

    from brokerage_app.services.listings import AttendeeRow
    from brokerage_app.ui.dialogs.data import PersonBox

    template = AttendeeRow(
        id=0,
        first_name="",
        last_name="",
        organisation_id=1,
        organisation="Łódź BioLab",
        country="PL",
        badge_category="delegate",
        role="delegate",
        email="",
        arrival=None,
        departure=None,
        own_table="",
        requests_sent=0,
        requests_received=0,
        meetings=0,
    )
    people = [
        dataclasses.replace(template, id=3, first_name="Łukasz", last_name="Żółć"),
        dataclasses.replace(template, id=4, first_name="伟", last_name="王"),
        dataclasses.replace(template, id=5, first_name="Åsa", last_name="Öberg"),
    ]
    box = PersonBox(people)
    qtbot.addWidget(box)
    completer = box.completer()
    for typed, expected in (("zolc", 3), ("Żółć", 3), ("wang", 4), ("oberg", 5)):
        completer.setCompletionPrefix(typed)
        assert completer.completionCount() == 1, typed
        chosen = completer.currentCompletion()
        box.setEditText(chosen)
        assert box.attendee_id() == expected, (typed, chosen)
