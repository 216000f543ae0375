"""Meeting requests: status and priority, bulk accept/decline/cancel, who asked whom, warnings."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from brokerage_app.domain.changes import Topic
from brokerage_app.domain.priority import PRIORITY_NAMES
from brokerage_app.services import listings
from brokerage_app.services import requests as request_service
from brokerage_app.services.listings import EditChoices
from brokerage_app.services.requests import RequestRow, RequestWarning
from brokerage_app.store.database import EventDatabase
from brokerage_app.store.models import RequestStatus
from brokerage_app.ui import labels
from brokerage_app.ui.commands import RequestStatusCommand
from brokerage_app.ui.context import AppContext
from brokerage_app.ui.explain import reason_text
from brokerage_app.ui.models.table import (
    Column,
    FilterProxy,
    RowTableModel,
    collated,
    locale_collator,
)
from brokerage_app.ui.pages.attendees import make_table
from brokerage_app.ui.pages.base import Page
from brokerage_app.ui.widgets.common import EmptyState

STATUS_COLOURS = {
    RequestStatus.PENDING: "#8a5a00",
    RequestStatus.ACCEPTED: "#1e6b34",
    RequestStatus.DECLINED: "#a4262c",
    RequestStatus.CANCELLED: "#6b6b6b",
}


def _why(row: RequestRow) -> str:
    reason = row.unscheduled_reason
    if row.scheduled or reason is None:
        return ""
    return reason_text(reason, row.requester_name, row.requested_name)


def _placement(row: RequestRow) -> str:
    if row.status is not RequestStatus.ACCEPTED:
        return ""
    return labels.placement(row.scheduled, row.unscheduled_reason is not None)


REQUEST_COLUMNS: list[Column[RequestRow]] = [
    Column("#", lambda r: r.id, align_right=True),
    Column("Requester", lambda r: r.requester_name),
    Column("Organisation", lambda r: r.requester_organisation),
    Column("Wants to meet", lambda r: r.requested_name),
    Column("Organisation ", lambda r: r.requested_organisation),
    Column("Priority", lambda r: labels.priority(r.priority), sort=lambda r: r.priority),
    Column(
        "Status",
        lambda r: labels.request_status(r.status.value),
        colour=lambda r: STATUS_COLOURS[r.status],
    ),
    Column("Schedule", _placement, tooltip=_why),
]


@dataclass(frozen=True)
class RequestsData:
    rows: list[RequestRow]
    warnings: list[RequestWarning]


def load_requests(database: EventDatabase) -> RequestsData:
    with database.session() as session:
        return RequestsData(
            request_service.list_requests(session), request_service.request_warnings(session)
        )


class NewRequestDialog(QDialog):
    def __init__(self, choices: EditChoices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New meeting request"))
        self.requester = QComboBox()
        self.requested = QComboBox()
        for combo in (self.requester, self.requested):
            combo.setEditable(True)
            combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            # Collated like every list and printed document ("Bérénger" before "Bråten").
            for attendee_id, name in collated(choices.attendees, lambda person: person[1]):
                combo.addItem(name, attendee_id)
        self.priority = QComboBox()
        for value in PRIORITY_NAMES:
            self.priority.addItem(labels.priority(value).capitalize(), value)
        self.status = QComboBox()
        for status in (RequestStatus.ACCEPTED, RequestStatus.PENDING):
            self.status.addItem(labels.request_status(status.value), status)
        self.note = QLineEdit()
        form = QFormLayout()
        form.addRow(self.tr("Requester"), self.requester)
        form.addRow(self.tr("Wants to meet"), self.requested)
        form.addRow(self.tr("Priority"), self.priority)
        form.addRow(self.tr("Status"), self.status)
        form.addRow(self.tr("Note"), self.note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(520, 240)


class RequestsPage(Page):
    topics = frozenset({Topic.REQUESTS, Topic.ATTENDEES, Topic.SCHEDULE, Topic.EVENT})

    def __init__(self, context: AppContext) -> None:
        super().__init__(
            context,
            self.tr("Requests"),
            self.tr("Who wants to meet whom. Only accepted requests are scheduled."),
        )
        self.header.add_button(self.tr("Import…"), self.import_file)
        self.header.add_button(self.tr("New request…"), self.new_request)
        self.accept_button = self.header.add_button(
            self.tr("Accept"), lambda: self.set_status(RequestStatus.ACCEPTED), primary=True
        )
        self.decline_button = self.header.add_button(
            self.tr("Decline"), lambda: self.set_status(RequestStatus.DECLINED)
        )
        self.cancel_button = self.header.add_button(
            self.tr("Cancel request"), lambda: self.set_status(RequestStatus.CANCELLED)
        )
        self.pending_button = self.header.add_button(
            self.tr("Back to pending"), lambda: self.set_status(RequestStatus.PENDING)
        )

        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter by name or organisation…  (Ctrl+F)"))
        self.filter.setClearButtonEnabled(True)
        self.status_filter = QComboBox()
        self.status_filter.addItem(self.tr("All statuses"), None)
        for status in RequestStatus:
            self.status_filter.addItem(labels.request_status(status.value), status)
        self.status_filter.addItem(self.tr("Accepted, not placed"), "unplaced")
        self.counts = QLabel()
        self.counts.setObjectName("muted")
        filter_row = QHBoxLayout()
        filter_row.addWidget(self.filter, 1)
        filter_row.addWidget(self.status_filter)
        filter_row.addWidget(self.counts)

        self.model: RowTableModel[RequestRow] = RowTableModel(REQUEST_COLUMNS, self)
        self.proxy = FilterProxy(self)
        self.view = make_table(self.model, self.proxy)
        self.filter.textChanged.connect(self.proxy.set_text)
        self.status_filter.currentIndexChanged.connect(self._status_filter_changed)

        # Per attendee: who they asked and who asked them.
        self.people = QListWidget()
        self.people.currentItemChanged.connect(self._show_person)
        self.person_model: RowTableModel[RequestRow] = RowTableModel(REQUEST_COLUMNS, self)
        self.person_proxy = FilterProxy(self)
        self.person_view = make_table(self.person_model, self.person_proxy)
        self.person_title = QLabel()
        self.person_title.setObjectName("sectionTitle")
        person_right = QWidget()
        right_layout = QVBoxLayout(person_right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.person_title)
        right_layout.addWidget(self.person_view, 1)
        by_person = QSplitter()
        by_person.addWidget(self.people)
        by_person.addWidget(person_right)
        by_person.setSizes([400, 900])

        self.warnings = QListWidget()
        self.warnings.setWordWrap(True)

        self.tabs = QTabWidget()
        all_requests = QWidget()
        all_layout = QVBoxLayout(all_requests)
        all_layout.setContentsMargins(0, 8, 0, 0)
        all_layout.addLayout(filter_row)
        all_layout.addWidget(self.view, 1)
        self.tabs.addTab(all_requests, self.tr("All requests"))
        self.tabs.addTab(by_person, self.tr("By attendee"))
        self.tabs.addTab(self.warnings, self.tr("Warnings"))

        self.empty = EmptyState(
            self.tr("No meeting requests yet"),
            self.tr(
                "Requests usually come with the registration import. You can also enter "
                "one here when a delegate asks at the desk."
            ),
            [
                (self.tr("Import requests…"), self.import_file),
                (self.tr("New request…"), self.new_request),
            ],
        )
        self.stack.addWidget(self.tabs)
        self.stack.addWidget(self.empty)
        self._rows: list[RequestRow] = []

    def load(self, database: EventDatabase) -> RequestsData:
        return load_requests(database)

    def apply(self, result: RequestsData) -> None:
        self._rows = result.rows
        self.model.set_rows(result.rows)
        if result.rows and self.view.columnWidth(1) == 100:
            self.view.resizeColumnsToContents()
        counts = request_service.request_counts(result.rows)
        by = counts.by_status
        self.counts.setText(
            self.tr("{a} accepted · {p} pending · {d} declined · {c} cancelled").format(
                a=by["accepted"], p=by["pending"], d=by["declined"], c=by["cancelled"]
            )
        )
        self.header.subtitle.setText(
            self.tr(
                "{total} requests; {placed} of {accepted} accepted are scheduled. "
                "Only accepted requests are scheduled."
            ).format(total=len(result.rows), placed=counts.scheduled, accepted=by["accepted"])
        )
        self.warnings.clear()
        for warning in result.warnings:
            QListWidgetItem(self._warning_text(warning), self.warnings)
        self.tabs.setTabText(
            2,
            self.tr("Warnings ({n})").format(n=len(result.warnings))
            if result.warnings
            else self.tr("Warnings"),
        )
        self._fill_people(result.rows)
        self.stack.setCurrentWidget(self.tabs if result.rows else self.empty)

    def clear(self) -> None:
        self.model.set_rows([])
        self.person_model.set_rows([])
        self.people.clear()
        self.warnings.clear()

    def focus_filter(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.filter.setFocus()
        self.filter.selectAll()

    def _status_filter_changed(self) -> None:
        wanted = self.status_filter.currentData()
        if wanted is None:
            self.proxy.set_predicate(None)
        elif wanted == "unplaced":
            self.proxy.set_predicate(
                lambda r: r.status is RequestStatus.ACCEPTED and not r.scheduled
            )
        else:
            # Qt hands back a StrEnum as a plain str: compare by value, never by identity.
            status = RequestStatus(wanted)
            self.proxy.set_predicate(lambda r: r.status is status)

    def _warning_text(self, warning: RequestWarning) -> str:
        """The warning in the interface language, from the facts the service found."""
        if warning.kind == "never_fits":
            first, second = warning.names
            return self.tr(
                "Request {id}: {a} and {b} are never available at the same time "
                "(arrival, departure or blocked slots)."
            ).format(id=warning.request_id, a=first, b=second)
        (name,) = warning.names
        if warning.kind == "no_meetings_allowed":
            return self.tr(
                "{name} allows no meetings (max meetings 0) but is in {n} open request(s)."
            ).format(name=name, n=warning.count)
        if warning.limit_kind == "max_meetings":
            return self.tr(
                "{name} is in {n} pending or accepted requests but allows at most {limit} meetings."
            ).format(name=name, n=warning.count, limit=warning.limit)
        return self.tr(
            "{name} is in {n} pending or accepted requests but has only {limit} free slots."
        ).format(name=name, n=warning.count, limit=warning.limit)

    def _fill_people(self, rows: list[RequestRow]) -> None:
        current = self.people.currentItem()
        current_id = current.data(Qt.ItemDataRole.UserRole) if current else None
        names: dict[int, str] = {}
        involvement: Counter[int] = Counter()
        for row in rows:
            names[row.requester_id] = f"{row.requester_name} ({row.requester_organisation})"
            names[row.requested_id] = f"{row.requested_name} ({row.requested_organisation})"
            involvement[row.requester_id] += 1
            involvement[row.requested_id] += 1
        self.people.blockSignals(True)
        self.people.clear()
        collator = locale_collator()
        for attendee_id, name in sorted(names.items(), key=lambda item: collator.sortKey(item[1])):
            item = QListWidgetItem(f"{name} · {involvement[attendee_id]}")
            item.setData(Qt.ItemDataRole.UserRole, attendee_id)
            self.people.addItem(item)
            if attendee_id == current_id:
                self.people.setCurrentItem(item)
        self.people.blockSignals(False)
        self._show_person(self.people.currentItem())

    def _show_person(self, item: QListWidgetItem | None) -> None:
        if item is None:
            self.person_model.set_rows([])
            self.person_title.setText(self.tr("Choose an attendee on the left."))
            return
        attendee_id = item.data(Qt.ItemDataRole.UserRole)
        rows = [r for r in self._rows if attendee_id in (r.requester_id, r.requested_id)]
        self.person_model.set_rows(rows)
        self.person_view.resizeColumnsToContents()
        sent = sum(1 for r in rows if r.requester_id == attendee_id)
        self.person_title.setText(
            self.tr("{name}: asked {sent}, asked by {received}").format(
                name=item.text().rsplit(" · ", 1)[0], sent=sent, received=len(rows) - sent
            )
        )

    def selected_ids(self) -> list[int]:
        view, proxy = (
            (self.person_view, self.person_proxy)
            if self.tabs.currentIndex() == 1
            else (self.view, self.proxy)
        )
        return sorted({proxy.row_at(i.row()).id for i in view.selectionModel().selectedRows()})

    def set_status(self, status: RequestStatus, ids: list[int] | None = None) -> None:
        ids = self.selected_ids() if ids is None else ids
        if not ids:
            self.show_error_text(self.tr("Select one or more requests first."))
            return
        self.run_edit(lambda: RequestStatusCommand(self.context, ids, status).execute())

    def show_error_text(self, text: str) -> None:
        from brokerage_app.ui.dialogs.messages import Messages

        Messages.inform(self, self.tr("Requests"), text)

    def import_file(self) -> None:
        """Meeting requests from a matchmaking platform's export (attendees come first)."""
        from brokerage_app.ui.dialogs.import_dialog import import_spreadsheet

        import_spreadsheet(self.context, self, "requests")

    def new_request(self) -> None:
        choices = self.context.read(listings.edit_choices)
        dialog = NewRequestDialog(choices, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        requester, requested = dialog.requester.currentData(), dialog.requested.currentData()

        def create(session: Session) -> int:
            return request_service.create_request(
                session,
                requester,
                requested,
                priority=dialog.priority.currentData(),
                note=dialog.note.text().strip(),
                status=RequestStatus(dialog.status.currentData()),
                actor=self.context.actor,
            )

        self.run_edit(lambda: self.context.edit(create))
