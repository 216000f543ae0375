"""The print preview never shows another document or another event's pages (issue 16)."""

from __future__ import annotations

from pathlib import Path

from brokerage_app.demo.generator import DemoOptions
from brokerage_app.services.demo import create_demo_database
from brokerage_app.ui.main_window import MainWindow
from tests.gui.conftest import wait_idle


def _shown(window: MainWindow) -> tuple[str, str]:
    preview = window.pages["print"]._preview  # type: ignore[attr-defined]
    return (
        (preview.pdf.stem, getattr(preview, "event", str(window.context.location)))
        if preview
        else ("", "")
    )


def test_preview_follows_the_document_and_the_event(
    qtbot, opened: MainWindow, demo_file: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    page = opened.show_page("print")
    page.select_document("badges")
    assert page.preview() is not None
    qtbot.waitUntil(lambda: _shown(opened) == ("preview-badges", str(demo_file)), timeout=60_000)
    wait_idle(qtbot, opened)

    page.select_document("table_sheets")
    qtbot.waitUntil(lambda: _shown(opened)[0] == "preview-table_sheets", timeout=60_000)
    wait_idle(qtbot, opened)
    assert page.pages.count() > 0

    # Another event: the old event's pages must not stay on screen.
    other = tmp_path / "other.sqlite"
    create_demo_database(other, DemoOptions(attendees=20, seed=9)).dispose()
    opened.app_actions.open_location(str(other))
    qtbot.waitUntil(lambda: "other.sqlite" in (opened.context.location or ""), timeout=60_000)
    opened.show_page("print")
    qtbot.waitUntil(lambda: _shown(opened) == ("preview-table_sheets", str(other)), timeout=60_000)
    wait_idle(qtbot, opened)
    assert page.pages.count() > 0
