"""Agendas in the window (issue 17 C): the Print page reprints only the changed agendas,
and the event settings take a venue map, refusing a file that is not an image."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from brokerage_app.services.event_settings import event_settings
from brokerage_app.store.models import Attendee
from brokerage_app.ui.dialogs.event_settings import EventSettingsDialog
from brokerage_app.ui.main_window import MainWindow
from tests.gui.conftest import DialogLog, wait_idle
from tests.unit.documents.conftest import page_texts
from tests.unit.documents.venue_map import floor_plan_png


def test_print_page_reprints_only_the_changed_agendas(
    qtbot, opened: MainWindow, dialogs: DialogLog, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window = opened
    printing = window.show_page("print")
    wait_idle(qtbot, window)
    printing.select_document("agendas")
    assert printing.changed_only.isVisible() and printing.duplex.isChecked()
    printing.changed_only.setChecked(True)
    printing.meetings_only.setChecked(True)
    job = printing.job()
    assert job.changed_since_last_print and job.meetings_only and job.duplex_padding

    first = tmp_path / "first.pdf"
    assert printing.save_pdf(str(first)) is not None
    qtbot.waitUntil(lambda: not printing.busy, timeout=180_000)
    assert dialogs.errors == []
    assert "Saved" in printing.result.text() and "0 unchanged" in printing.result.text()
    everyone = sum(1 for text in page_texts(first) if "Page 1 of" in text or "Sida 1 av" in text)

    with window.context.database.session() as session:
        person = session.scalars(select(Attendee).order_by(Attendee.id)).first()
        person.first_name = "Changedname"
    second = tmp_path / "second.pdf"
    printing.save_pdf(str(second))
    qtbot.waitUntil(lambda: not printing.busy, timeout=180_000)
    printed = "\n".join(page_texts(second))
    assert "Changedname" in printed
    starts = printed.count("Page 1 of") + printed.count("Sida 1 av")
    assert 1 <= starts < everyone
    assert f"{everyone - starts} unchanged" in printing.result.text()

    third = tmp_path / "third.pdf"
    printing.save_pdf(str(third))
    qtbot.waitUntil(lambda: not printing.busy, timeout=180_000)
    assert not third.exists()
    assert "No agenda changed since the last print" in printing.result.text()


def test_event_settings_take_a_venue_map(
    qtbot, opened: MainWindow, dialogs: DialogLog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    window, context = opened, opened.context
    image = tmp_path / "hall.png"
    image.write_bytes(floor_plan_png())
    not_an_image = tmp_path / "hall.txt"
    not_an_image.write_text("a floor plan")
    seen: dict[str, str] = {}

    def fill(dialog: EventSettingsDialog) -> int:
        dialog.choose_venue_map(str(not_an_image))
        seen["problem"] = dialog.problems.text()
        dialog.choose_venue_map(str(image))
        seen["note"] = dialog.venue_map_note.text()
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(EventSettingsDialog, "exec", fill)
    assert window.app_actions.edit_event_settings()
    wait_idle(qtbot, window)
    assert "hall.txt" in seen["problem"] and "PNG or JPEG" in seen["problem"]
    assert "KB" in seen["note"]
    assert context.read(event_settings).venue_map == image.read_bytes()

    context.undo_stack.undo()
    wait_idle(qtbot, window)
    assert context.read(event_settings).venue_map is None
