"""Every risky change backs the event file up first (issue 8: solve, import, publish)."""

from __future__ import annotations

from pathlib import Path

from brokerage_app.demo.generator import DemoOptions
from brokerage_app.services.demo import create_demo_database
from brokerage_app.services.imports import run_import


def test_import_backs_up_the_event_first(tmp_path: Path) -> None:
    database = create_demo_database(tmp_path / "e.sqlite", DemoOptions(attendees=20))
    people = tmp_path / "late-registrations.csv"
    people.write_text(
        "First name;Last name;Email;Organisation;Country\n"
        "Åsa;Öberg;asa.oberg@example.se;Öresund Medtech AB;SE\n",
        encoding="utf-8",
    )
    result = run_import(database, "attendees", people)
    assert result.created == 1
    backups = list((tmp_path / "backups").glob("e.*import*attendees*.sqlite"))
    assert len(backups) == 1
    database.dispose()
