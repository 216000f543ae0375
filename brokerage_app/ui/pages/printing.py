"""Print: badges, agendas and table sheets; preview the pages, print or save the PDF.

Documents are made by the printing service on a worker thread; the preview rasterises the
PDF there too (pypdfium2), so the window only shows finished images.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon, QImage, QPainter, QPixmap
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from brokerage_app.constants import CUSTOM_BADGE_LAYOUT
from brokerage_app.domain.changes import Topic
from brokerage_app.domain.text import matches
from brokerage_app.services import label_layouts, listings, printing
from brokerage_app.services.outputs import (
    OutputKind,
    OutputRefusedError,
    check_output,
    check_output_folder,
)
from brokerage_app.services.print_jobs import PrintJob, print_document
from brokerage_app.services.printing import DocumentKind
from brokerage_app.store.database import EventDatabase
from brokerage_app.ui import background, labels
from brokerage_app.ui.context import AppContext
from brokerage_app.ui.dialogs.badge_layout import BadgeLayoutDialog
from brokerage_app.ui.dialogs.messages import Messages
from brokerage_app.ui.i18n import term
from brokerage_app.ui.pages.base import Page
from brokerage_app.ui.widgets.common import TaskPanel
from brokerage_app.ui.workers import TaskState, call_in_process

DOCUMENTS = {
    DocumentKind.BADGES: "Badges",
    DocumentKind.AGENDAS: "Personal agendas",
    DocumentKind.TABLE_SHEETS: "Table sheets (door signs with each table's meetings)",
    DocumentKind.TABLE_SIGNS: "Table signs (a folded tent per table, a door sign per room)",
}
# Documents for the tables, not for attendees: "Who" does not apply.
TABLE_DOCUMENTS = frozenset({DocumentKind.TABLE_SHEETS, DocumentKind.TABLE_SIGNS})
CUSTOM_LAYOUT_LABEL = "Custom layout (saved with the event)"
PREVIEW_PAGES = 12
PREVIEW_DPI = 60


@dataclass(frozen=True)
class Preview:
    pdf: Path
    pages: int
    images: tuple[QImage, ...]
    event: str = ""  # the event it shows (its file or URL without password)


def make_document(
    database: EventDatabase, job: PrintJob, output: Path, state: TaskState
) -> printing.PrintResult:
    """Write the document in a child process (see workers.call_in_process)."""
    return call_in_process(
        print_document, background.database_url(database), job, output, state=state
    )


def render_pages(pdf: Path, dpi: int, limit: int | None = None) -> tuple[int, list[QImage]]:
    import pypdfium2

    document = pypdfium2.PdfDocument(str(pdf))
    try:
        count = len(document)
        images = []
        for number in range(count if limit is None else min(count, limit)):
            bitmap = document[number].render(scale=dpi / 72)
            image = bitmap.to_pil().convert("RGB")
            data = image.tobytes("raw", "RGB")
            images.append(
                QImage(
                    data, image.width, image.height, image.width * 3, QImage.Format.Format_RGB888
                ).copy()
            )
        return count, images
    finally:
        document.close()


def preview_task(
    database: EventDatabase, job: PrintJob, folder: Path, state: TaskState
) -> Preview | printing.PrintResult:
    job = PrintJob(**{**job.__dict__, "one_file_per_attendee": False, "record": False})
    pdf = folder / f"preview-{job.document}.pdf"
    result = make_document(database, job, pdf, state)
    if not result.paths:
        return result
    pages, images = render_pages(pdf, PREVIEW_DPI, PREVIEW_PAGES)
    return Preview(pdf, pages, tuple(images), str(database))


class PrintPage(Page):
    topics = frozenset({Topic.ATTENDEES, Topic.SCHEDULE, Topic.EVENT})

    def __init__(self, context: AppContext) -> None:
        super().__init__(
            context,
            self.tr("Print"),
            self.tr(
                "Badges, personal agendas, table sheets and table signs, as PDF or straight to a "
                "printer."
            ),
        )
        self._folder = tempfile.TemporaryDirectory(prefix="brokerage-print-")
        self._people: list[listings.AttendeeRow] = []
        self._task: TaskState | None = None
        self._preview: Preview | None = None
        # Once the organiser has looked at a preview, it follows the document, the event and
        # its data; a change while a document is being made previews again afterwards.
        self._keep_preview = False
        self._preview_stale = False

        self.document = QComboBox()
        for kind, label in DOCUMENTS.items():
            self.document.addItem(self.tr(label), kind)
        self.layout_choice = QComboBox()
        self.sort = QComboBox()
        for key, layout in printing.BADGE_LAYOUTS.items():
            self.layout_choice.addItem(term(layout.label), key)
        for key, label in printing.SORT_ORDERS.items():
            self.sort.addItem(self.tr(label), key)
        self.layout_choice.addItem(self.tr(CUSTOM_LAYOUT_LABEL), CUSTOM_BADGE_LAYOUT)
        for combo in (self.document, self.layout_choice, self.sort):
            # Long layout names must not squeeze the form's labels: the combo elides instead.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(18)
            combo.setToolTip(combo.currentText())
        self.offset_x = QDoubleSpinBox()
        self.offset_y = QDoubleSpinBox()
        for spin in (self.offset_x, self.offset_y):
            spin.setRange(-20, 20)
            spin.setSingleStep(0.5)
            spin.setSuffix(" mm")
        self.start_position = QSpinBox()
        self.start_position.setRange(1, 64)
        self.start_position.setToolTip(self.tr("Skip labels already used on the first sheet"))
        self.cut_marks = QCheckBox(self.tr("Cut marks"))
        self.cut_marks.setChecked(True)
        self.show_job_title = QCheckBox(self.tr("Job title"))
        self.show_honorific = QCheckBox(self.tr("Honorific (Dr, Prof.)"))
        self.bleed = QDoubleSpinBox()
        self.bleed.setRange(0, 10)
        self.bleed.setSingleStep(1)
        self.bleed.setSuffix(" mm")
        self.bleed.setSpecialValueText(self.tr("None (office printer)"))
        self.bleed.setToolTip(
            self.tr("For a print shop: each badge on its own page with bleed and crop marks")
        )
        self.custom_layout_button = QPushButton(self.tr("Custom layout…"))
        self.custom_layout_button.clicked.connect(lambda: self.edit_custom_layout())
        self.one_file = QCheckBox(self.tr("One PDF per attendee (for e-mailing)"))
        self.duplex = QCheckBox(self.tr("Two-sided: every agenda starts on a new sheet"))
        self.duplex.setChecked(True)
        self.duplex.setToolTip(
            self.tr("Adds a blank page after each agenda with an odd number of pages.")
        )
        self.meetings_only = QCheckBox(self.tr("Meetings only (leave free slots out)"))
        self.changed_only = QCheckBox(self.tr("Only agendas changed since the last print"))
        self.changed_only.setToolTip(
            self.tr(
                "Agendas whose meetings, tables, times or people changed since they were last "
                "printed or saved, and those never printed."
            )
        )
        self.one_file.toggled.connect(lambda on: self.duplex.setEnabled(not on))
        self.agenda_rows: list[QWidget] = [
            self.one_file,
            self.duplex,
            self.meetings_only,
            self.changed_only,
        ]
        self.who = QLineEdit()
        self.who.setPlaceholderText(self.tr("Everyone — or type names, organisations, countries"))
        self.who.setClearButtonEnabled(True)
        self.who_count = QLabel()
        self.who_count.setObjectName("muted")
        self.who.textChanged.connect(lambda _t: self._update_selection())

        form = QFormLayout()
        form.addRow(self.tr("Document"), self.document)
        form.addRow(self.tr("Who"), self.who)
        form.addRow("", self.who_count)
        self.badge_rows: list[QWidget] = []
        offsets = QHBoxLayout()
        offsets.addWidget(QLabel(self.tr("right")))
        offsets.addWidget(self.offset_x)
        offsets.addWidget(QLabel(self.tr("down")))
        offsets.addWidget(self.offset_y)
        offsets_box = QWidget()
        offsets_box.setLayout(offsets)
        offsets.setContentsMargins(0, 0, 0, 0)
        fields = QHBoxLayout()
        fields.setContentsMargins(0, 0, 0, 0)
        fields.addWidget(self.show_job_title)
        fields.addWidget(self.show_honorific)
        fields_box = QWidget()
        fields_box.setLayout(fields)
        for label, widget in (
            (self.tr("Layout"), self.layout_choice),
            ("", self.custom_layout_button),
            (self.tr("Order"), self.sort),
            (self.tr("Also print"), fields_box),
            (self.tr("Printer offset"), offsets_box),
            (self.tr("Start at label"), self.start_position),
            ("", self.cut_marks),
            (self.tr("Bleed"), self.bleed),
        ):
            form.addRow(label, widget)
            self.badge_rows.append(widget)
        for widget in self.agenda_rows:
            form.addRow("", widget)
        self._form = form

        self.preview_button = QPushButton(self.tr("Preview"))
        self.preview_button.clicked.connect(self.preview)
        self.print_button = QPushButton(self.tr("Print… (Ctrl+P)"))
        self.print_button.clicked.connect(self.print_document)
        self.save_button = QPushButton(self.tr("Save PDF…"))
        self.save_button.setObjectName("primary")
        self.save_button.clicked.connect(lambda: self.save_pdf())
        buttons = QHBoxLayout()
        buttons.addWidget(self.preview_button)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        self.task_panel = TaskPanel()
        self.task_panel.cancel_requested.connect(self.cancel)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setObjectName("muted")

        options = QFrame()
        options.setObjectName("panel")
        options.setFixedWidth(430)
        options_layout = QVBoxLayout(options)
        options_layout.addLayout(form)
        options_layout.addStretch()
        options_layout.addWidget(self.task_panel)
        options_layout.addWidget(self.result)
        options_layout.addLayout(buttons)

        self.pages = QListWidget()
        self.pages.setViewMode(QListView.ViewMode.IconMode)
        self.pages.setIconSize(QSize(240, 320))
        self.pages.setResizeMode(QListView.ResizeMode.Adjust)
        self.pages.setMovement(QListView.Movement.Static)
        self.pages.setSpacing(12)
        self.pages.setObjectName("previewList")
        self.preview_label = QLabel(self.tr("Press Preview to see the pages before you print."))
        self.preview_label.setObjectName("muted")
        preview_box = QWidget()
        preview_layout = QVBoxLayout(preview_box)
        preview_layout.setContentsMargins(16, 0, 0, 0)
        preview_layout.addWidget(self.preview_label)
        preview_layout.addWidget(self.pages, 1)

        content = QWidget()
        row = QHBoxLayout(content)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(options)
        row.addWidget(preview_box, 1)
        self.stack.addWidget(content)
        self.document.currentIndexChanged.connect(lambda _i: self._document_changed())
        self._document_changed()

    def load(self, database: EventDatabase) -> list[listings.AttendeeRow]:
        with database.session() as session:
            return listings.attendee_rows(session)

    def apply(self, result: list[listings.AttendeeRow]) -> None:
        self._people = result
        self._update_selection()
        self._refresh_preview()

    def clear(self) -> None:
        self._people = []
        self._preview = None
        self.pages.clear()
        self.preview_label.setText(self.tr("Press Preview to see the pages before you print."))

    def _refresh_preview(self) -> None:
        """Preview again if a preview is kept: the one on screen shows what was, not what is."""
        if not self._keep_preview or self.context.database is None:
            return
        if self.job().attendee_ids == () and self.chosen_document() not in TABLE_DOCUMENTS:
            return  # "Nobody matches" is said when the organiser presses Preview
        if self._task is not None:
            self._preview_stale = True
            return
        self.preview()

    def _document_changed(self) -> None:
        document = self.chosen_document()
        for widget in self.badge_rows:
            widget.setVisible(document is DocumentKind.BADGES)
            label = self._form.labelForField(widget)
            if label is not None:
                label.setVisible(document is DocumentKind.BADGES)
        for widget in self.agenda_rows:
            widget.setVisible(document is DocumentKind.AGENDAS)
        self.who.setEnabled(document not in TABLE_DOCUMENTS)
        self._update_selection()
        if self._preview is not None and self._preview.pdf.stem != f"preview-{document}":
            self.pages.clear()
            self.preview_label.setText(self.tr("Making the preview…"))
        self._refresh_preview()

    def _selected_ids(self) -> tuple[int, ...] | None:
        query = self.who.text()
        if not query.split():
            return None
        return tuple(
            row.id
            for row in self._people
            if matches(query, row.full_name, row.organisation, row.country, row.email)
        )

    def _update_selection(self) -> None:
        if self.chosen_document() is DocumentKind.TABLE_SHEETS:
            self.who_count.setText(self.tr("One sheet per table."))
            return
        if self.document.currentData() == "table_signs":
            self.who_count.setText(self.tr("One tent per table and one door sign per room."))
            return
        ids = self._selected_ids()
        count = len(self._people) if ids is None else len(ids)
        self.who_count.setText(self.tr("{n} attendee(s)").format(n=count))

    def job(self) -> PrintJob:
        return PrintJob(
            document=self.chosen_document(),
            layout=self.layout_choice.currentData() or "a4-2x4",
            sort=self.sort.currentData() or "name",
            offset_mm=(self.offset_x.value(), self.offset_y.value()),
            start_position=self.start_position.value(),
            cut_marks=self.cut_marks.isChecked(),
            attendee_ids=self._selected_ids(),
            one_file_per_attendee=self.one_file.isChecked(),
            duplex_padding=self.duplex.isChecked(),
            meetings_only=self.meetings_only.isChecked(),
            changed_since_last_print=self.changed_only.isChecked(),
            show_job_title=self.show_job_title.isChecked(),
            show_honorific=self.show_honorific.isChecked(),
            bleed_mm=self.bleed.value(),
        )

    def chosen_document(self) -> DocumentKind:
        return DocumentKind(self.document.currentData())

    def select_document(self, key: DocumentKind) -> None:
        self.document.setCurrentIndex(self.document.findData(key))

    # Running ---------------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        return self._task is not None

    def _start(self, title: str, function: Any, on_done: Any) -> TaskState | None:
        database = self.context.database
        if database is None or self._task is not None:
            return None
        job = self.job()
        if job.attendee_ids == () and job.document not in TABLE_DOCUMENTS:
            Messages.inform(self, self.tr("Print"), self.tr("Nobody matches “Who”."))
            return None
        self.task_panel.start(title)
        self.result.clear()
        for button in (self.preview_button, self.print_button, self.save_button):
            button.setEnabled(False)

        def follow(task: TaskState) -> None:
            self._task = task
            task.progress.connect(
                lambda done, total: self.task_panel.set_progress(
                    done,
                    total,
                    self.tr("{title} {done} of {total}").format(
                        title=title, done=done, total=total
                    ),
                )
            )
            task.done.connect(self._finished)

        return self.context.tasks.run(
            title,
            lambda state: function(database, job, state),
            on_done=on_done,
            on_error=self.show_error,
            on_cancelled=lambda: self.result.setText(self.tr("Cancelled; nothing was written.")),
            before_start=follow,
        )

    def _finished(self) -> None:
        self._task = None
        self.task_panel.finish()
        for button in (self.preview_button, self.print_button, self.save_button):
            button.setEnabled(True)
        if self._preview_stale:
            self._preview_stale = False
            self._refresh_preview()

    def cancel(self) -> None:
        if self._task is not None:
            self._task.request_cancel()
            self.task_panel.cancelling()

    def preview(self) -> TaskState | None:
        self._keep_preview = True
        folder = Path(self._folder.name)
        return self._start(
            self.tr("Making the preview…"),
            lambda db, job, state: preview_task(db, job, folder, state),
            self._show_preview,
        )

    def _show_preview(self, preview: Preview | printing.PrintResult) -> None:
        if not isinstance(preview, Preview):
            self.result.setText(self._nothing_written(preview))
            return
        self._preview = preview
        self.pages.clear()
        for number, image in enumerate(preview.images, start=1):
            item = QListWidgetItem(
                QIcon(QPixmap.fromImage(image)), self.tr("Page {n}").format(n=number)
            )
            item.setSizeHint(QSize(260, 360))
            self.pages.addItem(item)
        shown = len(preview.images)
        self.preview_label.setText(
            self.tr("{pages} page(s); showing the first {shown}.").format(
                pages=preview.pages, shown=shown
            )
            if preview.pages > shown
            else self.tr("{pages} page(s).").format(pages=preview.pages)
        )

    @classmethod
    def ask_save_path(cls, parent: QWidget, suggested: Path, folder: bool) -> str:
        """A PDF's path (or, for one file per attendee, a folder), starting at ``suggested``."""
        if folder:
            return QFileDialog.getExistingDirectory(
                parent, parent.tr("Save agendas in"), str(suggested.parent)
            )
        path, _ = QFileDialog.getSaveFileName(
            parent, parent.tr("Save PDF"), str(suggested), parent.tr("PDF files (*.pdf)")
        )
        return path

    def save_pdf(self, path: str | None = None) -> TaskState | None:
        job = self.job()
        folder = job.document is DocumentKind.AGENDAS and job.one_file_per_attendee
        suggested = self.context.output_folder() / f"{job.document}.pdf"
        path = path or self.ask_save_path(self, suggested, folder)
        if not path:
            return None
        output = Path(path)
        if not folder and output.suffix.lower() != ".pdf":
            output = output.with_suffix(".pdf")
        force = self._may_write(output, folder)
        if force is None:
            return None
        return self._start(
            self.tr("Writing {name}…").format(name=output.name),
            lambda db, job, state: make_document(db, replace(job, force=force), output, state),
            self._saved,
        )

    def _may_write(self, output: Path, folder: bool) -> bool | None:
        """False: write; True: replace a file of another kind, as confirmed; None: don't."""
        try:
            if folder:
                check_output_folder(output, OutputKind.PDF, (), protect=self.context.database)
            else:
                check_output(output, OutputKind.PDF, protect=self.context.database)
        except OutputRefusedError as refused:
            if not refused.can_force:
                self.show_error(refused)
                return None
            replace_it = Messages.ask(
                self,
                self.tr("Replace the file?"),
                self.tr(
                    "{path} already exists and is not a PDF. Replace it with the "
                    "document? Its contents will be lost."
                ).format(path=refused.path),
                danger=True,
            )
            return True if replace_it else None
        return False

    def _nothing_written(self, result: printing.PrintResult) -> str:
        """Why a finished print wrote nothing, or "" if it wrote something."""
        if result.paths:
            return ""
        if result.unchanged:
            return self.tr("No agenda changed since the last print; nothing was written.")
        return self.tr("Nobody to print; nothing was written.")

    def _saved(self, result: printing.PrintResult) -> None:
        if not result.paths:
            self.result.setText(self._nothing_written(result))
            return
        where = ", ".join(str(p) for p in result.paths[:3])
        text = self.tr("Saved {pages} page(s) for {documents} document(s): {where}").format(
            pages=result.pages, documents=result.documents, where=where
        )
        if result.uncovered:
            people = "; ".join(
                f"{person.name} ({' '.join(person.characters)})" for person in result.uncovered[:10]
            )
            text += "\n" + self.tr(
                "No shipped font has these characters; they print as empty boxes: {people}"
            ).format(people=people)
        if self.job().changed_since_last_print:
            text += " " + self.tr("{n} unchanged agenda(s) left out.").format(n=result.unchanged)
        warnings = [self.contrast_warning(w) for w in result.contrast_warnings]
        self.result.setText("\n".join([text, *warnings]))

    def contrast_warning(self, warning: printing.ContrastWarning) -> str:
        return self.tr(
            "The colour {colour} of “{category}” reads badly with black and with white text "
            "({ratio:.1f}:1; 4.5:1 is needed): choose a darker or lighter colour."
        ).format(
            colour=warning.colour,
            category=labels.category(warning.category),
            ratio=warning.contrast,
        )

    def edit_custom_layout(self) -> bool:
        """Edit the event's custom label sheet (as ``event badge-layout``); True if saved."""
        database = self.context.database
        if database is None:
            return False
        try:
            dialog = BadgeLayoutDialog(label_layouts.load_custom_layout(database), self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
            label_layouts.save_custom_layout(
                database, None if dialog.removed else dialog.layout_choice()
            )
        except Exception as error:  # ValidationError and storage errors: say them
            self.show_error(error)
            return False
        if not dialog.removed:
            self.layout_choice.setCurrentIndex(self.layout_choice.findData(CUSTOM_BADGE_LAYOUT))
        self._refresh_preview()
        return True

    def print_document(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        folder = Path(self._folder.name)
        dpi = min(printer.resolution(), 300)

        def make_images(
            database: EventDatabase, job: PrintJob, state: TaskState
        ) -> list[QImage] | printing.PrintResult:
            job = PrintJob(**{**job.__dict__, "one_file_per_attendee": False})
            pdf = folder / f"print-{job.document}.pdf"
            result = make_document(database, job, pdf, state)
            if not result.paths:
                return result
            return render_pages(pdf, dpi)[1]

        self._start(
            self.tr("Preparing pages for the printer…"),
            make_images,
            lambda images: self._send_to_printer(printer, images),
        )

    def _send_to_printer(self, printer: QPrinter, images: Any) -> None:
        if not isinstance(images, list):
            self.result.setText(self._nothing_written(images))
            return
        painter = QPainter(printer)
        try:
            for number, image in enumerate(images):
                if number:
                    printer.newPage()
                page = painter.viewport()
                scaled = image.size().scaled(page.size(), Qt.AspectRatioMode.KeepAspectRatio)
                painter.drawImage(page.x(), page.y(), image.scaled(scaled))
        finally:
            painter.end()
        self.result.setText(self.tr("Sent {n} page(s) to the printer.").format(n=len(images)))
