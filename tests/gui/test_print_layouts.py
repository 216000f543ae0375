"""Print page: table signs, badge fields, bleed and the custom layout (issue 17)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog

from brokerage_app.documents.style import ContrastWarning
from brokerage_app.services.label_layouts import CustomLayout, load_custom_layout
from brokerage_app.ui.dialogs import badge_layout
from tests.gui.conftest import wait_idle
from tests.unit.documents.conftest import page_texts


def test_table_signs_are_saved_from_the_print_page(qtbot, opened, dialogs, tmp_path):
    page = opened.show_page("print")
    wait_idle(qtbot, opened)
    page.select_document("table_signs")
    assert not page.who.isEnabled()
    assert not page.layout_choice.isVisibleTo(page)
    output = tmp_path / "signs.pdf"
    assert page.save_pdf(str(output)) is not None
    qtbot.waitUntil(lambda: not page.busy, timeout=60_000)
    assert dialogs.errors == []
    assert "Saved" in page.result.text()
    assert len(page_texts(output)) > 1


def test_badge_fields_and_bleed_go_into_the_job(qtbot, opened):
    page = opened.show_page("print")
    wait_idle(qtbot, opened)
    page.select_document("badges")
    for widget in (page.show_job_title, page.show_honorific, page.bleed):
        assert widget.isVisibleTo(page)
    page.show_job_title.setChecked(True)
    page.bleed.setValue(3)
    job = page.job()
    assert (job.show_job_title, job.show_honorific, job.bleed_mm) == (True, False, 3.0)
    page.select_document("agendas")
    assert not page.show_job_title.isVisibleTo(page)


def test_custom_layout_dialog_saves_with_the_event_and_is_chosen(
    qtbot, opened, dialogs, monkeypatch, tmp_path
):
    page = opened.show_page("print")
    wait_idle(qtbot, opened)
    page.select_document("badges")
    wanted = CustomLayout(page="letter", columns=2, rows=5, label_width=88.9, label_height=50.8)

    def fill_in(dialog: badge_layout.BadgeLayoutDialog) -> int:
        dialog.page.setCurrentIndex(dialog.page.findData("letter"))
        dialog.rows.setValue(5)
        dialog.label_width.setValue(88.9)
        dialog.label_height.setValue(50.8)
        assert dialog.centred.isChecked() and not dialog.left.isEnabled()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(badge_layout.BadgeLayoutDialog, "exec", fill_in)
    assert page.edit_custom_layout()
    assert load_custom_layout(opened.context.database) == wanted
    assert page.layout_choice.currentData() == "custom"
    output = tmp_path / "custom.pdf"
    assert page.save_pdf(str(output)) is not None
    qtbot.waitUntil(lambda: not page.busy, timeout=60_000)
    assert dialogs.errors == []
    assert output.read_bytes().startswith(b"%PDF")

    def too_wide(dialog: badge_layout.BadgeLayoutDialog) -> int:
        dialog.columns.setValue(4)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(badge_layout.BadgeLayoutDialog, "exec", too_wide)
    assert not page.edit_custom_layout()
    assert "do not fit" in str(dialogs.errors[-1])
    assert load_custom_layout(opened.context.database) == wanted


def test_contrast_warning_is_worded_by_category(qtbot, opened):
    page = opened.show_page("print")
    text = page.contrast_warning(ContrastWarning("press", "#7A7A7A", 4.29))
    assert "#7A7A7A" in text and "Press" in text and "4.3:1" in text
