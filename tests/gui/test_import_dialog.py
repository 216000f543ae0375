"""The import dialog drives the import service: auto-mapped preview, problems, then import."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QComboBox, QDialog, QStyle, QStyleOptionComboBox

from brokerage_app.services.imports import preview_import, run_import
from brokerage_app.services.listings import attendee_rows
from brokerage_app.ui.dialogs.import_dialog import ImportDialog
from brokerage_app.ui.main_window import MainWindow
from tests.gui.conftest import DialogLog

CSV = """First name,Last name,Organisation,Country,E-mail
Åsa,Lindqvist,Lund Medtech AB,SE,asa@lundmedtech.example
Ioannis,Papadakis,Αθήνα Biotech,GR,ioannis@athens.example
Zofia,Nowak,Kraków Devices,PL,not-an-email
"""


def checked(qtbot, window: MainWindow, source: Path, *, shown: bool = False) -> ImportDialog:  # type: ignore[no-untyped-def]
    """The import dialog with ``source`` checked (shown on the screen if ``shown``)."""
    dialog = ImportDialog(window.context, preview_import, run_import, window)
    qtbot.addWidget(dialog)
    if shown:
        dialog.show()
        qtbot.waitExposed(dialog)
    dialog.path.setText(str(source))
    task = dialog.check()
    qtbot.waitUntil(lambda: task.is_done, timeout=20_000)
    return dialog


def test_preview_shows_problems_then_import_skips_bad_rows(
    qtbot, opened: MainWindow, dialogs: DialogLog, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    source = tmp_path / "registrations.csv"
    source.write_text(CSV, encoding="utf-8")
    with opened.context.database.session() as session:
        assert "Åsa Lindqvist" not in {r.full_name for r in attendee_rows(session)}
    dialog = checked(qtbot, opened, source)
    assert dialogs.errors == []
    assert dialog.mapping.rowCount() == 5
    mapped = {
        dialog.mapping.item(row, 0).text(): dialog.mapping.cellWidget(row, 1).currentData()
        for row in range(5)
        if isinstance(dialog.mapping.cellWidget(row, 1), QComboBox)
    }
    assert mapped["First name"] == "first_name"
    assert "3 rows" in dialog.summary.text()
    assert any("Row 4" in dialog.problems.item(i).text() for i in range(dialog.problems.count()))

    dialog.skip_bad.setChecked(True)
    task = dialog.run_import()
    qtbot.waitUntil(lambda: task.is_done, timeout=20_000)
    assert dialogs.errors == []
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert "2 created" in dialogs.informed[-1]
    with opened.context.database.session() as session:
        names = {r.full_name for r in attendee_rows(session)}
    assert {"Åsa Lindqvist", "Ioannis Papadakis"} <= names
    assert "Zofia Nowak" not in names


def test_the_check_names_the_columns_it_leaves_out(
    qtbot, opened: MainWindow, dialogs: DialogLog, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """A column no field takes is dropped: "0 problem(s)" alone hid that (the walk's
    attendance column went unimported); the summary names it, and mapping it clears it."""
    source = tmp_path / "platform.csv"
    source.write_text(
        "First name;Last name;Company;E-mail;Seat preference;Dietary needs\n"
        "Åsa;Lindqvist;Lund Medtech AB;asa@lundmedtech.example;window;vegan\n",
        encoding="utf-8-sig",
    )
    dialog = checked(qtbot, opened, source)
    assert dialogs.errors == []
    text = dialog.summary.text()
    assert "0 problem(s)" in text
    assert "2 columns are not imported: Seat preference, Dietary needs" in text

    combos = {
        dialog.mapping.item(row, 0).text(): dialog.mapping.cellWidget(row, 1)
        for row in range(dialog.mapping.rowCount())
    }
    combos["Dietary needs"].setCurrentIndex(combos["Dietary needs"].findData("profile"))
    task = dialog.check()
    qtbot.waitUntil(lambda: task.is_done, timeout=20_000)
    assert "1 column is not imported: Seat preference" in dialog.summary.text()


def test_value_choices_name_countries_and_languages_in_the_window_language(
    qtbot, opened: MainWindow, dialogs: DialogLog
) -> None:  # type: ignore[no-untyped-def]
    """The walk's Swedish window offered "German (de)" and "Czechia (CZ)"."""
    from PySide6.QtCore import QLocale

    dialog = ImportDialog(opened.context, preview_import, run_import, opened)
    qtbot.addWidget(dialog)
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden))
    try:
        countries = dict(dialog.value_choices("country", ()))
        languages = dict(dialog.value_choices("language", ()))
    finally:
        QLocale.setDefault(before)
    assert countries["DE"] == "Tyskland (DE)" and countries["CZ"] == "Tjeckien (CZ)"
    assert languages["de"] == "Tyska (de)"
    assert dict(dialog.value_choices("country", ()))["DE"] == "Germany (DE)"


def test_the_column_mapping_shows_each_field_name_whole(
    qtbot, qapp, opened: MainWindow, dialogs: DialogLog, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """The walk's "Share my contact details" column read "consent: share contact deta…" in
    the field combo (Swedish "samtycke: dela kontaktuppg"): a combo is as wide as its text."""
    source = tmp_path / "platform.csv"
    source.write_text(
        "Given name;Family name;Company;E-mail;Share my contact details;Consent photos\n"
        "Åsa;Lindqvist;Lund Medtech AB;asa@lundmedtech.example;Yes;No\n",
        encoding="utf-8-sig",
    )
    from PySide6.QtCore import QLocale

    from brokerage_app.ui import i18n

    previous = QLocale()
    assert i18n.install_translators(qapp, "sv")
    try:
        dialog = checked(qtbot, opened, source, shown=True)
        qtbot.waitUntil(lambda: dialog.mapping.rowCount() == 6)
        shown = []
        for row in range(dialog.mapping.rowCount()):
            combo = dialog.mapping.cellWidget(row, 1)
            option = QStyleOptionComboBox()
            combo.initStyleOption(option)
            field = combo.style().subControlRect(
                QStyle.ComplexControl.CC_ComboBox,
                option,
                QStyle.SubControl.SC_ComboBoxEditField,
                combo,
            )
            needed = combo.fontMetrics().horizontalAdvance(combo.currentText())
            shown.append((combo.currentText(), field.width() >= needed))
    finally:
        i18n.remove_translators(qapp)
        QLocale.setDefault(previous)
    assert all(whole for _text, whole in shown), shown
