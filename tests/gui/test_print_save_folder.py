"""Save PDF… starts where the event file is, as the exports do (the walk found the file
dialog open in whatever folder the program was started from)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from brokerage_app.services.print_jobs import DocumentKind
from brokerage_app.ui.main_window import MainWindow


def test_save_pdf_suggests_a_file_beside_the_event(
    opened: MainWindow, demo_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    elsewhere = tmp_path / "started-here"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    asked: list[tuple[str, ...]] = []

    def save_name(parent, title, suggested, filters):  # type: ignore[no-untyped-def]
        asked.append(("file", suggested))
        return "", ""

    def folder(parent, title, start=""):  # type: ignore[no-untyped-def]
        asked.append(("folder", start))
        return ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_name))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(folder))
    page = opened.show_page("print")
    page.select_document(DocumentKind.AGENDAS)
    assert page.save_pdf() is None  # the organiser cancels the file dialog
    page.one_file.setChecked(True)
    assert page.save_pdf() is None
    assert asked == [
        ("file", str(demo_file.parent / "agendas.pdf")),
        ("folder", str(demo_file.parent)),
    ]
