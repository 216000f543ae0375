"""A task that ends before the window has connected to it still ends in the window.

The task runner hands the work to a pool thread. On a loaded machine that thread can finish,
and emit its end, before the code that started it has connected its own slots. Those slots
were then never called: the import dialog kept its Check button disabled and refused the
next check, the print and schedule pages stayed busy, and an export's progress dialog stayed
open. These tests make every task finish before ``run`` returns.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QProgressDialog

from brokerage_app.services.imports import preview_import, run_import
from brokerage_app.ui.dialogs.data import ExportChoice, ExportKind
from brokerage_app.ui.dialogs.import_dialog import ImportDialog
from brokerage_app.ui.main_window import MainWindow
from tests.gui.conftest import DialogLog, FinishedAtOnce, wait_idle


@pytest.fixture
def quick(qtbot, opened: MainWindow, monkeypatch: pytest.MonkeyPatch) -> MainWindow:  # type: ignore[no-untyped-def]
    wait_idle(qtbot, opened)
    monkeypatch.setattr(opened.context.tasks, "_pool", FinishedAtOnce())
    return opened


def test_an_import_dialog_takes_the_end_of_a_check_that_ended_at_once(
    qtbot, quick: MainWindow, dialogs: DialogLog, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    source = tmp_path / "people.csv"
    source.write_text("First name,Last name,E-mail\nAsa,Lind,asa@x.example\n", "utf-8")
    dialog = ImportDialog(quick.context, preview_import, run_import, quick)
    qtbot.addWidget(dialog)
    dialog.path.setText(str(source))
    assert dialog.check() is not None
    qtbot.waitUntil(lambda: dialog.check_button.isEnabled(), timeout=5_000)
    assert dialog.import_button.isEnabled()
    assert dialog.check() is not None  # not refused as "a task is still running"
    qtbot.waitUntil(lambda: dialog.check_button.isEnabled(), timeout=5_000)
    assert dialogs.errors == []


def test_the_print_page_is_free_again_after_a_print_that_ended_at_once(
    qtbot, quick: MainWindow, dialogs: DialogLog, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    printing = quick.show_page("print")
    wait_idle(qtbot, quick)
    printing.select_document("agendas")
    output = tmp_path / "agendas.pdf"
    assert printing.save_pdf(str(output)) is not None
    qtbot.waitUntil(lambda: not printing.busy, timeout=5_000)
    assert output.is_file() and dialogs.errors == []
    assert printing.save_pdf(str(tmp_path / "again.pdf")) is not None


def test_the_schedule_page_is_free_again_after_a_solve_that_ended_at_once(
    qtbot, quick: MainWindow, dialogs: DialogLog
) -> None:  # type: ignore[no-untyped-def]
    schedule = quick.show_page("schedule")
    wait_idle(qtbot, quick)
    schedule.time_limit.setValue(1)
    schedule.solve()
    qtbot.waitUntil(lambda: schedule.solving is None, timeout=5_000)
    assert schedule.solve_button.isEnabled() and dialogs.errors == []


def test_an_export_that_ended_at_once_closes_its_progress_dialog(
    qtbot, quick: MainWindow, dialogs: DialogLog, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "people.csv"
    quick.app_actions.data.export(
        ExportKind.ATTENDEES, ExportChoice(ExportKind.ATTENDEES, target, False)
    )
    qtbot.waitUntil(lambda: bool(dialogs.informed), timeout=5_000)
    assert target.is_file()
    qtbot.waitUntil(lambda: not quick.findChildren(QProgressDialog), timeout=5_000)
