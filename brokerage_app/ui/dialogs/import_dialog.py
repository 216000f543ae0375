"""Import a registration spreadsheet: pick the file, check the column mapping, preview, import.

The dry run (``preview_import``) and the import (``run_import``) are the import service's;
both run on the task runner with progress, and the import is all-or-nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from brokerage_app.interchange.mapping import FIELD_SYNONYMS, ColumnMapping
from brokerage_app.ui import conflicts
from brokerage_app.ui.context import AppContext
from brokerage_app.ui.dialogs.messages import Messages
from brokerage_app.ui.widgets.common import TaskPanel
from brokerage_app.ui.workers import TaskState

IGNORE = ""


class ImportDialog(QDialog):
    def __init__(
        self,
        context: AppContext,
        preview: Callable[..., Any],
        run: Callable[..., Any],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import a spreadsheet"))
        self.context = context
        self._preview_import = preview
        self._run_import = run
        self._task: TaskState | None = None
        self.preview_result: Any = None

        self.path = QLineEdit()
        browse = QPushButton(self.tr("Choose file…"))
        browse.clicked.connect(self._browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(browse)
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Attendees (one row per person)"), "attendees")
        self.kind.addItem(self.tr("Meeting requests (requester, requested)"), "requests")
        self.matched = QCheckBox(self.tr("The pairs are already agreed (import as accepted)"))
        self.skip_bad = QCheckBox(self.tr("Leave out rows with problems and import the rest"))
        form = QFormLayout()
        form.addRow(self.tr("File"), path_row)
        form.addRow(self.tr("Contains"), self.kind)
        form.addRow("", self.matched)

        self.mapping = QTableWidget(0, 2)
        self.mapping.setHorizontalHeaderLabels([self.tr("Column in the file"), self.tr("Field")])
        self.mapping.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.mapping.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.mapping.verticalHeader().hide()
        self.summary = QLabel(self.tr("Choose a file, then press Check."))
        self.summary.setWordWrap(True)
        self.problems = QListWidget()
        self.task_panel = TaskPanel()
        self.task_panel.cancel_requested.connect(self._cancel)
        self.check_button = QPushButton(self.tr("Check"))
        self.check_button.clicked.connect(lambda: self.check())
        self.import_button = QPushButton(self.tr("Import"))
        self.import_button.setObjectName("primary")
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(lambda: self.run_import())
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.skip_bad)
        buttons.addStretch()
        buttons.addWidget(close)
        buttons.addWidget(self.check_button)
        buttons.addWidget(self.import_button)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(
            QLabel(self.tr("Column mapping (recognised automatically; adjust if needed):"))
        )
        layout.addWidget(self.mapping, 2)
        layout.addWidget(self.summary)
        layout.addWidget(self.problems, 1)
        layout.addWidget(self.task_panel)
        layout.addLayout(buttons)
        self.resize(820, 680)
        self.kind.currentIndexChanged.connect(lambda _i: self._reset_mapping())

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Spreadsheet"), "", self.tr("Spreadsheets (*.csv *.xlsx *.txt)")
        )
        if path:
            self.path.setText(path)
            self._reset_mapping()

    def _reset_mapping(self) -> None:
        self.mapping.setRowCount(0)
        self.preview_result = None
        self.import_button.setEnabled(False)

    def _mapping(self) -> ColumnMapping | None:
        if self.mapping.rowCount() == 0:
            return None
        columns: dict[str, str] = {}
        for row in range(self.mapping.rowCount()):
            combo = self.mapping.cellWidget(row, 1)
            assert isinstance(combo, QComboBox)
            field = combo.currentData()
            if field:
                columns[field] = self.mapping.item(row, 0).text()
        return ColumnMapping(self.kind.currentData(), columns)

    def _start(
        self, title: str, function: Callable[[TaskState], Any], done: Any
    ) -> TaskState | None:
        if self.context.database is None or self._task is not None:
            return None
        self.task_panel.start(title)
        self.check_button.setEnabled(False)
        self.import_button.setEnabled(False)
        task = self.context.tasks.run(title, function, on_done=done, on_error=self._failed)
        task.progress.connect(lambda d, t: self.task_panel.set_progress(d, t))
        task.done.connect(self._finished)
        self._task = task
        return task

    def _finished(self) -> None:
        self._task = None
        self.task_panel.finish()
        self.check_button.setEnabled(True)
        self.import_button.setEnabled(self.preview_result is not None)

    def _cancel(self) -> None:
        if self._task is not None:
            self._task.request_cancel()
            self.task_panel.cancelling()

    def _failed(self, error: BaseException) -> None:
        Messages.show_error(self, error)

    def check(self) -> TaskState | None:
        path = Path(self.path.text().strip())
        if not path.is_file():
            Messages.inform(self, self.tr("Import"), self.tr("Choose an existing file first."))
            return None
        database, kind, mapping = self.context.database, self.kind.currentData(), self._mapping()
        matched = self.matched.isChecked()
        return self._start(
            self.tr("Checking {name}…").format(name=path.name),
            lambda state: self._preview_import(
                database,
                kind,
                path,
                mapping,
                matched=matched,
                on_progress=state.report_progress,
                cancel=state.cancel,
            ),
            self._show_preview,
        )

    def _show_preview(self, preview: Any) -> None:
        self.preview_result = preview
        fields = [IGNORE, *FIELD_SYNONYMS[preview.kind].keys()]
        by_column = {column: field for field, column in preview.mapping.items()}
        self.mapping.setRowCount(len(preview.columns))
        for row, column in enumerate(preview.columns):
            self.mapping.setItem(row, 0, QTableWidgetItem(column))
            combo = QComboBox()
            for field in fields:
                combo.addItem(
                    field.replace("_", " ") if field else self.tr("(not imported)"), field
                )
            combo.setCurrentIndex(max(0, combo.findData(by_column.get(column, IGNORE))))
            self.mapping.setCellWidget(row, 1, combo)
        self.summary.setText(
            self.tr(
                "{rows} rows ({format}, {encoding}): {create} new, {update} updated, "
                "{orgs} new organisations. {problems} problem(s)."
            ).format(
                rows=preview.row_count,
                format=preview.format,
                encoding=preview.encoding or "–",
                create=preview.to_create,
                update=preview.to_update,
                orgs=preview.organisations_to_create,
                problems=len(preview.problems),
            )
        )
        self.problems.clear()
        for problem in preview.problems[:500]:
            self.problems.addItem(
                self.tr("Row {row}, column {column}: {message}").format(
                    row=problem.row, column=problem.column, message=problem.message
                )
            )

    def run_import(self) -> TaskState | None:
        if self.preview_result is None:
            return None
        database, kind, mapping = self.context.database, self.kind.currentData(), self._mapping()
        path = Path(self.path.text().strip())
        skip, matched, actor = (
            self.skip_bad.isChecked(),
            self.matched.isChecked(),
            self.context.actor,
        )
        return self._start(
            self.tr("Importing {name}…").format(name=path.name),
            lambda state: self._run_import(
                database,
                kind,
                path,
                mapping,
                skip,
                state.report_progress,
                state.cancel,
                matched=matched,
                actor=actor,
            ),
            self._imported,
        )

    def _imported(self, result: Any) -> None:
        text = self.tr(
            "{created} created, {updated} updated, {skipped} rows left out, "
            "{orgs} organisations created."
        ).format(
            created=result.created,
            updated=result.updated,
            skipped=result.skipped,
            orgs=result.organisations_created,
        )
        check = getattr(result, "schedule_check", None)
        if check is not None and not check.valid:
            # The import's own transaction found placed meetings that no longer fit.
            text += "\n\n" + conflicts.summary(check)
            self.context.schedule_checked.emit(check)
        Messages.inform(self, self.tr("Import finished"), text)
        self.accept()
