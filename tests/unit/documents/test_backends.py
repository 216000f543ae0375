from __future__ import annotations

from brokerage_app.demo.generator import DemoOptions
from brokerage_app.services.demo import create_demo_database
from brokerage_app.services.printing import print_agendas, print_badges, print_table_sheets
from tests.unit.documents.conftest import page_texts
from tests.unit.documents.scheduled_event import add_hard_people, schedule_greedily


def test_everything_prints_from_sqlite_and_postgresql(event_url, tmp_path):
    database = create_demo_database(event_url, DemoOptions(attendees=20, seed=3))
    try:
        hard = add_hard_people(database)
        assert schedule_greedily(database) > 0
        badges = print_badges(database, tmp_path / "badges.pdf", layout="a4-8xa7")
        agendas = print_agendas(database, tmp_path / "agendas.pdf", attendee_ids=hard.ids[:2])
        sheets = print_table_sheets(database, tmp_path / "tables.pdf")
    finally:
        database.dispose()
    assert badges.documents == 27 and badges.pages == 4
    assert agendas.documents == 2
    assert "Łukasz Wójcik" in "\n".join(page_texts(agendas.path))
    assert "Γιώργος Παπαδόπουλος" in "\n".join(page_texts(sheets.path))
