"""Import a registration spreadsheet: pick the file, check the column and value mapping,
preview, confirm what a re-import changes, import.

The dry run (``preview_import``) and the import (``run_import``) are the import service's;
both run on the task runner with progress, and the import is all-or-nothing. The mapping
shown is the one remembered for the file's headings (else recognised automatically); it can
be saved to and loaded from a JSON file, the same format as the CLI's ``--mapping``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from itertools import combinations
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QLocale, Qt
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
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from brokerage_app.domain.priority import PRIORITY_NAMES
from brokerage_app.errors import BrokerageError
from brokerage_app.interchange.mapping import (
    FIELD_SYNONYMS,
    ColumnMapping,
    load_mapping,
    save_mapping,
)
from brokerage_app.interchange.values import country_choices, language_choices
from brokerage_app.services.imports import ImportResult
from brokerage_app.store.models import AttendeeRole, BadgeCategory, RequestStatus
from brokerage_app.ui import conflicts, import_problems, labels
from brokerage_app.ui.context import AppContext
from brokerage_app.ui.dialogs.messages import Messages
from brokerage_app.ui.widgets.common import TaskPanel
from brokerage_app.ui.workers import TaskState

IGNORE = ""
MAX_CHANGES_SHOWN = 12


def import_spreadsheet(context: AppContext, parent: QWidget, kind: str) -> bool:
    """The import dialog for ``kind`` (the Attendees and Requests pages' Import…); after an
    import the pages reload and undo starts afresh (an import is not one undoable step)."""
    from brokerage_app.services import imports

    dialog = ImportDialog(context, imports.preview_import, imports.run_import, parent, kind=kind)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    context.undo_stack.clear()  # the dialog's import already reloaded the pages
    return True


def _item(table: QTableWidget, row: int, column: int) -> QTableWidgetItem:
    item = table.item(row, column)
    assert item is not None  # the dialog fills every text cell of its tables
    return item


class ImportDialog(QDialog):
    def __init__(
        self,
        context: AppContext,
        preview: Callable[..., Any],
        run: Callable[..., Any],
        parent: QWidget | None = None,
        *,
        kind: str = "attendees",
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import a spreadsheet"))
        self.context = context
        self._preview_import = preview
        self._run_import = run
        self._task: TaskState | None = None
        self.preview_result: Any = None
        self._loaded: ColumnMapping | None = None  # from "Load mapping…", for the next check
        self._auto_values: dict[tuple[str, str], str | None] = {}
        self._filling = False

        self.path = QLineEdit()
        browse = QPushButton(self.tr("Choose file…"))
        browse.clicked.connect(self._browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(browse)
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Attendees (one row per person)"), "attendees")
        self.kind.addItem(self.tr("Meeting requests (requester, requested)"), "requests")
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))
        self.matched = QCheckBox(self.tr("The pairs are already agreed (import as accepted)"))
        self.skip_bad = QCheckBox(self.tr("Leave out rows with problems and import the rest"))
        form = QFormLayout()
        form.addRow(self.tr("File"), path_row)
        form.addRow(self.tr("Contains"), self.kind)
        form.addRow("", self.matched)

        self.mapping = QTableWidget(0, 2)
        self.mapping.setHorizontalHeaderLabels([self.tr("Column in the file"), self.tr("Field")])
        # The field combos are as wide as their longest field name (never cut off); the
        # file's headings take the rest.
        self.mapping.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.mapping.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        self.mapping.verticalHeader().hide()
        self.values = QTableWidget(0, 4)
        self.values.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("Value in the file"), self.tr("Rows"), self.tr("Becomes")]
        )
        header = self.values.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.values.verticalHeader().hide()

        def titled(title: str, table: QTableWidget) -> QWidget:
            box = QWidget()
            box_layout = QVBoxLayout(box)
            box_layout.setContentsMargins(0, 0, 0, 0)
            box_layout.addWidget(QLabel(title))
            box_layout.addWidget(table, 1)
            return box

        tables = QSplitter()
        tables.addWidget(
            titled(
                self.tr("Column mapping (recognised automatically; adjust if needed):"),
                self.mapping,
            )
        )
        tables.addWidget(
            titled(self.tr("Value mapping (what each word in the file becomes):"), self.values)
        )
        tables.setSizes([420, 560])

        self.summary = QLabel(self.tr("Choose a file, then press Check."))
        self.summary.setWordWrap(True)
        self.problems = QListWidget()
        self.task_panel = TaskPanel()
        self.task_panel.cancel_requested.connect(self._cancel)
        load = QPushButton(self.tr("Load mapping…"))
        load.clicked.connect(lambda: self.load_mapping_file())
        save = QPushButton(self.tr("Save mapping…"))
        save.clicked.connect(lambda: self.save_mapping_file())
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
        buttons.addWidget(load)
        buttons.addWidget(save)
        buttons.addWidget(close)
        buttons.addWidget(self.check_button)
        buttons.addWidget(self.import_button)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(tables, 5)
        layout.addWidget(self.summary)
        layout.addWidget(self.problems, 1)
        layout.addWidget(self.task_panel)
        layout.addLayout(buttons)
        self.resize(1040, 820)
        self.kind.currentIndexChanged.connect(lambda _i: self._reset_mapping())

    # The file and the mapping ----------------------------------------------------------

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Spreadsheet"), "", self.tr("Spreadsheets (*.csv *.xlsx *.txt)")
        )
        if path:
            self.path.setText(path)
            self._reset_mapping()

    def _reset_mapping(self) -> None:
        self.mapping.setRowCount(0)
        self.values.setRowCount(0)
        self.preview_result = None
        self._loaded = None
        self.import_button.setEnabled(False)

    def _edited(self) -> None:
        """The organiser changed the mapping: the preview no longer tells what will happen."""
        if self._filling or self.preview_result is None:
            return
        self.preview_result = None
        self.import_button.setEnabled(False)
        self.summary.setText(self.tr("The mapping changed: press Check to see what it imports."))

    def current_mapping(self) -> ColumnMapping | None:
        """The mapping as the tables show it (None before the first check: the service then
        uses the remembered one, else recognises the columns)."""
        if self._loaded is not None:
            return self._loaded
        if self.mapping.rowCount() == 0:
            return None
        kind = self.kind.currentData()
        columns = dict.fromkeys(FIELD_SYNONYMS[kind], IGNORE)
        for row in range(self.mapping.rowCount()):
            combo = self.mapping.cellWidget(row, 1)
            assert isinstance(combo, QComboBox)
            if combo.currentData():
                columns[combo.currentData()] = _item(self.mapping, row, 0).text()
        values: dict[str, dict[str, str]] = {}
        for row in range(self.values.rowCount()):
            field, text = (
                _item(self.values, row, 0).data(Qt.ItemDataRole.UserRole),
                _item(self.values, row, 1).text(),
            )
            combo = self.values.cellWidget(row, 3)
            assert isinstance(combo, QComboBox)
            chosen = combo.currentData()
            mapped = _item(self.values, row, 1).data(Qt.ItemDataRole.UserRole)
            if chosen and (mapped or chosen != self._auto_values.get((field, text))):
                values.setdefault(field, {})[text] = chosen
        return ColumnMapping(kind, columns, values)

    def load_mapping_file(self, path: str | None = None) -> None:
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self, self.tr("Load a mapping"), "", self.tr("Mappings (*.json)")
            )
        if not path:
            return
        try:
            mapping = load_mapping(path)
        except BrokerageError as error:
            Messages.show_error(self, error)
            return
        self.kind.setCurrentIndex(max(0, self.kind.findData(mapping.kind)))
        self._reset_mapping()
        self._loaded = mapping
        if Path(self.path.text().strip()).is_file():
            self.check()

    def save_mapping_file(self, path: str | None = None) -> None:
        mapping = self.current_mapping()
        if mapping is None:
            Messages.inform(self, self.tr("Save mapping"), self.tr("Press Check first."))
            return
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save the mapping"), "mapping.json", self.tr("Mappings (*.json)")
            )
        if path:
            save_mapping(mapping, path)

    # Background work -------------------------------------------------------------------

    def _start(
        self, title: str, function: Callable[[TaskState], Any], done: Any
    ) -> TaskState | None:
        if self.context.database is None or self._task is not None:
            return None
        self.task_panel.start(title)
        self.check_button.setEnabled(False)
        self.import_button.setEnabled(False)

        def follow(task: TaskState) -> None:
            self._task = task
            task.progress.connect(lambda d, t: self.task_panel.set_progress(d, t))
            task.done.connect(self._finished)

        return self.context.tasks.run(
            title,
            function,
            on_done=done,
            on_error=self._failed,
            on_cancelled=lambda: self.summary.setText(self.tr("Cancelled; nothing was stored.")),
            before_start=follow,
        )

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

    # Check -----------------------------------------------------------------------------

    def check(self) -> TaskState | None:
        path = Path(self.path.text().strip())
        if not path.is_file():
            Messages.inform(self, self.tr("Import"), self.tr("Choose an existing file first."))
            return None
        database, kind = self.context.database, self.kind.currentData()
        mapping = self.current_mapping()
        matched = self.matched.isChecked()
        return self._start(
            self.tr("Checking {name}…").format(name=path.name),
            lambda state: self._preview_import(
                database,
                kind,
                path,
                mapping,
                matched=matched,
                task=state.task,
            ),
            self._show_preview,
        )

    def _show_preview(self, preview: Any) -> None:
        self._filling = True
        self._loaded = None
        self.preview_result = preview
        self._fill_columns(preview)
        self._fill_values(preview)
        self._filling = False
        text = self.tr(
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
        if preview.remembered:
            text += " " + self.tr(
                "The mapping is the one used last time for a file with these headings."
            )
        left_out = self.columns_left_out(preview)
        if left_out:
            names = ", ".join(left_out)
            text += " " + (
                self.tr("1 column is not imported: {columns}.").format(columns=names)
                if len(left_out) == 1
                else self.tr("{n} columns are not imported: {columns}.").format(
                    n=len(left_out), columns=names
                )
            )
        if preview.changes:
            text += " " + self.tr("Importing changes stored values: {changes}.").format(
                changes="; ".join(self.change_text(c) for c in preview.changes[:3])
            )
        self.summary.setText(text)
        self.problems.clear()
        for problem in preview.problems[:500]:
            self.problems.addItem(import_problems.problem_line(problem))

    @staticmethod
    def columns_left_out(preview: Any) -> list[str]:
        """The file's headed columns that feed no field (their cells are dropped)."""
        used = set(preview.mapping.values())
        return [c for c in preview.columns if c.strip() and c not in used]

    def _fill_columns(self, preview: Any) -> None:
        fields = [IGNORE, *FIELD_SYNONYMS[preview.kind].keys()]
        by_column = {column: field for field, column in preview.mapping.items()}
        self.mapping.setRowCount(len(preview.columns))
        widest = self.mapping.horizontalHeader().sectionSizeHint(1)
        for row, column in enumerate(preview.columns):
            self.mapping.setItem(row, 0, QTableWidgetItem(column))
            combo = QComboBox()
            for field in fields:
                combo.addItem(
                    labels.import_field(field) if field else self.tr("(not imported)"), field
                )
            combo.setCurrentIndex(max(0, combo.findData(by_column.get(column, IGNORE))))
            combo.currentIndexChanged.connect(lambda _i: self._edited())
            self.mapping.setCellWidget(row, 1, combo)
            widest = max(widest, combo.sizeHint().width())
        self.mapping.setColumnWidth(1, widest)

    def _fill_values(self, preview: Any) -> None:
        self._auto_values = {}
        self.values.setRowCount(len(preview.values))
        for row, value in enumerate(preview.values):
            field_item = QTableWidgetItem(labels.import_field(value.field))
            field_item.setData(Qt.ItemDataRole.UserRole, value.field)
            text_item = QTableWidgetItem(value.text)
            text_item.setData(Qt.ItemDataRole.UserRole, value.mapped)
            self.values.setItem(row, 0, field_item)
            self.values.setItem(row, 1, text_item)
            self.values.setItem(row, 2, QTableWidgetItem(str(value.count)))
            if not value.mapped:
                self._auto_values[(value.field, value.text)] = value.value
            combo = QComboBox()
            combo.addItem(self.tr("(not recognised: choose)"), None)
            for stored, label in self.value_choices(value.field, preview.days):
                combo.addItem(label, stored)
            index = combo.findData(value.value) if value.value is not None else 0
            if index < 0:  # a value outside the usual choices (a rare language code)
                combo.addItem(value.value, value.value)
                index = combo.count() - 1
            combo.setCurrentIndex(index)
            combo.currentIndexChanged.connect(lambda _i: self._edited())
            self.values.setCellWidget(row, 3, combo)

    def value_choices(self, field: str, days: tuple[dt.date, ...]) -> list[tuple[str, str]]:
        """What a value field's cell can become: (the stored value as text, its label)."""
        if field == "role":
            return [(r.value, labels.role(r.value)) for r in AttendeeRole]
        if field == "badge_category":
            return [(c.value, labels.category(c.value)) for c in BadgeCategory]
        if field == "status":
            return [(s.value, labels.request_status(s.value)) for s in RequestStatus]
        if field == "priority":
            return [(str(n), f"{n} – {labels.priority(n)}") for n in PRIORITY_NAMES]
        # Country and language names in the window's language (QLocale follows it).
        shown_in = QLocale().name().split("_")[0]
        if field == "country":
            return [(code, f"{name} ({code})") for code, name in country_choices(shown_in)]
        if field == "language":
            return [(code, f"{name} ({code})") for code, name in language_choices(shown_in)]
        if field == "attendance":
            return self._day_choices(days)
        return []

    def _day_choices(self, days: tuple[dt.date, ...]) -> list[tuple[str, str]]:
        locale = QLocale()

        def name(index: int) -> str:
            day = days[index]
            when = locale.toString(QDate(day.year, day.month, day.day), "ddd d MMM")
            return self.tr("day {n} ({date})").format(n=index + 1, date=when)

        choices: list[tuple[str, str]] = []
        # Every set of days for a short event; single days, all days and runs for a long one.
        sets = (
            [c for size in range(1, len(days) + 1) for c in combinations(range(len(days)), size)]
            if len(days) <= 4
            else [(i,) for i in range(len(days))]
            + [tuple(range(i, j + 1)) for i in range(len(days)) for j in range(i + 1, len(days))]
        )
        for chosen in sets:
            stored = ",".join(days[i].isoformat() for i in chosen)
            if len(chosen) == len(days):
                label = self.tr("every day")
            elif len(chosen) == 1:
                label = self.tr("only {day}").format(day=name(chosen[0]))
            else:
                label = " + ".join(name(i) for i in chosen)
            choices.append((stored, label))
        return choices

    def change_text(self, change: Any) -> str:
        """One change a re-import makes, as the confirmation lists it."""
        entity = {
            "attendees": self.tr("attendees"),
            "organisations": self.tr("organisations"),
            "requests": self.tr("requests"),
        }.get(change.entity, change.entity)
        field = labels.import_field(change.field)
        examples = "; ".join(
            f"'{old}' → '{new}'" + (f" ({n})" if n > 1 else "") for old, new, n in change.examples
        )
        return self.tr("{count} {entity}, {field}: {examples}").format(
            count=change.count, entity=entity, field=field, examples=examples
        )

    # Import ----------------------------------------------------------------------------

    def confirm_changes(self) -> bool:
        """A re-import never overwrites silently: the organiser confirms what changes."""
        changes = self.preview_result.changes
        if not changes:
            return True
        lines = [self.change_text(c) for c in changes[:MAX_CHANGES_SHOWN]]
        if len(changes) > MAX_CHANGES_SHOWN:
            lines.append(
                self.tr("… and {n} more fields").format(n=len(changes) - MAX_CHANGES_SHOWN)
            )
        return Messages.ask(
            self,
            self.tr("Change stored values?"),
            self.tr("This import changes what is stored for people already in the event:")
            + "\n\n"
            + "\n".join(f"• {line}" for line in lines)
            + "\n\n"
            + self.tr("Import and change them?"),
            danger=True,
        )

    def run_import(self) -> TaskState | None:
        if self.preview_result is None or not self.confirm_changes():
            return None
        database, kind = self.context.database, self.kind.currentData()
        mapping = self.current_mapping()
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
                task=state.task,
                matched=matched,
                actor=actor,
            ),
            self._imported,
        )

    def _imported(self, result: ImportResult) -> None:
        self.context.apply(result.changed)
        text = self.tr(
            "{created} created, {updated} updated, {skipped} rows left out, "
            "{orgs} organisations created."
        ).format(
            created=result.created,
            updated=result.updated,
            skipped=result.skipped,
            orgs=result.organisations_created,
        )
        check = result.schedule_check
        if check is not None and not check.valid:
            # The import's own transaction found placed meetings that no longer fit.
            text += "\n\n" + conflicts.summary(check)
            self.context.schedule_checked.emit(check)
        Messages.inform(self, self.tr("Import finished"), text)
        self.accept()
