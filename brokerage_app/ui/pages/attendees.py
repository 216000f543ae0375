"""Attendees and organisations: a fast filterable list, edit forms, availability, booths."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from brokerage_app.domain.changes import Topic
from brokerage_app.domain.text import display_name
from brokerage_app.services import listings, people
from brokerage_app.services.listings import AttendeeRow, EditChoices, OrganisationRow
from brokerage_app.store.database import EventDatabase
from brokerage_app.ui import formatting, labels
from brokerage_app.ui.commands import (
    AddAttendeeCommand,
    BulkEditAttendeesCommand,
    EditAttendeeCommand,
)
from brokerage_app.ui.context import AppContext
from brokerage_app.ui.dialogs.messages import Messages
from brokerage_app.ui.dialogs.people import AttendeeDialog, BulkEditDialog, OrganisationDialog
from brokerage_app.ui.models.table import Column, FilterProxy, RowTableModel
from brokerage_app.ui.pages.base import Page
from brokerage_app.ui.widgets.common import EmptyState


def _time(value: object) -> str:
    return formatting.day_time(value) if isinstance(value, dt.datetime) else ""


ATTENDEE_COLUMNS: list[Column[AttendeeRow]] = [
    Column("Last name", lambda r: r.last_name),
    Column("First name", lambda r: r.first_name),
    Column("Organisation", lambda r: r.organisation),
    Column("Country", lambda r: r.country),
    Column("Category", lambda r: labels.category(r.badge_category)),
    Column("Role", lambda r: labels.role(r.role)),
    Column("E-mail", lambda r: r.email),
    Column(
        "Arrives",
        lambda r: _time(r.arrival),
        sort=lambda r: r.arrival.isoformat() if r.arrival else "",
    ),
    Column(
        "Leaves",
        lambda r: _time(r.departure),
        sort=lambda r: r.departure.isoformat() if r.departure else "",
    ),
    Column("Booth", lambda r: r.own_table),
    Column("Sent", lambda r: r.requests_sent, align_right=True),
    Column("Received", lambda r: r.requests_received, align_right=True),
    Column("Meetings", lambda r: r.meetings, align_right=True),
]

ORGANISATION_COLUMNS: list[Column[OrganisationRow]] = [
    Column("Organisation", lambda r: r.name),
    Column("Country", lambda r: r.country),
    Column("Type", lambda r: r.org_type),
    Column("Sector", lambda r: r.sector),
    Column("Attendees", lambda r: r.attendees, align_right=True),
]


@dataclass(frozen=True)
class PeopleData:
    attendees: list[AttendeeRow]
    organisations: list[OrganisationRow]


def load_people(database: EventDatabase) -> PeopleData:
    with database.session() as session:
        return PeopleData(listings.attendee_rows(session), listings.organisation_rows(session))


def make_table(model: RowTableModel, proxy: FilterProxy) -> QTableView:
    proxy.setSourceModel(model)
    view = QTableView()
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(26)
    # Fixed row heights and interactive columns: no per-row size computation on scroll.
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setHighlightSections(False)
    return view


class AttendeesPage(Page):
    topics = frozenset(
        {Topic.ATTENDEES, Topic.REQUESTS, Topic.SCHEDULE, Topic.EVENT}
    )  # counts of requests and meetings

    def __init__(self, context: AppContext) -> None:
        super().__init__(
            context,
            self.tr("Attendees"),
            self.tr("Everyone registered, with their organisation, availability and requests."),
        )
        self.header.add_button(self.tr("Import…"), self.import_file)
        self.header.add_button(self.tr("New organisation"), self.add_organisation)
        self.header.add_button(self.tr("New attendee"), self.add_attendee, primary=True)

        self.filter = QLineEdit()
        self.filter.setPlaceholderText(
            self.tr("Filter by name, organisation, country, e-mail…  (Ctrl+F)")
        )
        self.filter.setClearButtonEnabled(True)
        self.count_label = QLabel()
        self.count_label.setObjectName("muted")
        filter_row = QHBoxLayout()
        filter_row.addWidget(self.filter, 1)
        filter_row.addWidget(self.count_label)

        self.attendee_model: RowTableModel[AttendeeRow] = RowTableModel(ATTENDEE_COLUMNS, self)
        self.attendee_proxy = FilterProxy(self)
        self.attendee_view = make_table(self.attendee_model, self.attendee_proxy)
        self.attendee_view.doubleClicked.connect(lambda _index: self.edit_selected())
        self.organisation_model: RowTableModel[OrganisationRow] = RowTableModel(
            ORGANISATION_COLUMNS, self
        )
        self.organisation_proxy = FilterProxy(self)
        self.organisation_view = make_table(self.organisation_model, self.organisation_proxy)
        self.organisation_view.doubleClicked.connect(lambda _index: self.edit_organisation())
        # Filter when typing pauses, not on every keystroke of a fast typist.
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(120)
        self._filter_timer.timeout.connect(lambda: self._filter_changed(self.filter.text()))
        self.filter.textChanged.connect(lambda _text: self._filter_timer.start())

        self.tabs = QTabWidget()
        self.tabs.addTab(self.attendee_view, self.tr("Attendees"))
        self.tabs.addTab(self.organisation_view, self.tr("Organisations"))
        self.tabs.currentChanged.connect(lambda _i: self._update_count())

        self.edit_button = self.header.add_button(self.tr("Edit"), self.edit_selected)
        self.delete_button = self.header.add_button(self.tr("Delete"), self.delete_selected)
        self.bulk_button = self.header.add_button(
            self.tr("Edit selected…"),
            self.edit_several,
            tip=self.tr("One change for all selected attendees (Ctrl+Shift+E)"),
        )
        self.header.buttons.insertWidget(0, self.delete_button)
        self.header.buttons.insertWidget(0, self.bulk_button)
        self.header.buttons.insertWidget(0, self.edit_button)
        # The attendee list's context menu; its shortcuts work while the list has focus.
        self.edit_several_action = QAction(self.tr("Edit selected…"), self)
        self.edit_several_action.setShortcut(QKeySequence("Ctrl+Shift+E"))
        self.edit_several_action.triggered.connect(lambda _checked=False: self.edit_several())
        edit_action = QAction(self.tr("Edit…"), self)
        edit_action.triggered.connect(lambda _checked=False: self.edit_selected())
        delete_action = QAction(self.tr("Delete…"), self)
        delete_action.triggered.connect(lambda _checked=False: self.delete_selected())
        for action in (edit_action, self.edit_several_action, delete_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.attendee_view.addAction(action)
        self.attendee_view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.attendee_view.selectionModel().selectionChanged.connect(
            lambda *_args: self._update_selection_actions()
        )
        self.attendee_proxy.modelReset.connect(self._update_selection_actions)
        self.tabs.currentChanged.connect(lambda _i: self._update_selection_actions())
        self._update_selection_actions()

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filter_row)
        layout.addWidget(self.tabs, 1)
        self.empty = EmptyState(
            self.tr("No attendees yet"),
            self.tr(
                "Add delegates one by one, or import the registration spreadsheet "
                "(CSV or Excel) from your registration system."
            ),
            [
                (self.tr("Import a spreadsheet…"), self.import_file),
                (self.tr("Add an attendee"), self.add_attendee),
            ],
        )
        self.stack.addWidget(content)
        self.stack.addWidget(self.empty)

    def load(self, database: EventDatabase) -> PeopleData:
        return load_people(database)

    def apply(self, result: PeopleData) -> None:
        self.attendee_model.set_rows(result.attendees)
        self.organisation_model.set_rows(result.organisations)
        self.stack.setCurrentIndex(
            self.stack.indexOf(self.empty)
            if not result.attendees and not result.organisations
            else 0
        )
        if result.attendees and self.attendee_view.columnWidth(0) == 100:
            self.attendee_view.resizeColumnsToContents()
            self.organisation_view.resizeColumnsToContents()
        self._update_count()

    def clear(self) -> None:
        self.attendee_model.set_rows([])
        self.organisation_model.set_rows([])

    def focus_filter(self) -> None:
        self.filter.setFocus()
        self.filter.selectAll()

    def _filter_changed(self, text: str) -> None:
        self.attendee_proxy.set_text(text)
        self.organisation_proxy.set_text(text)
        self._update_count()

    def _update_count(self) -> None:
        if self.tabs.currentIndex() == 0:
            shown, total = self.attendee_proxy.rowCount(), len(self.attendee_model.all_rows())
            noun = self.tr("attendees")
        else:
            shown, total = (
                self.organisation_proxy.rowCount(),
                len(self.organisation_model.all_rows()),
            )
            noun = self.tr("organisations")
        text = f"{total} {noun}" if shown == total else f"{shown} / {total} {noun}"
        self.count_label.setText(text)

    # Selection helpers ------------------------------------------------------------------
    def selected_attendees(self) -> list[AttendeeRow]:
        rows = sorted({i.row() for i in self.attendee_view.selectionModel().selectedRows()})
        return [self.attendee_proxy.row_at(r) for r in rows]

    def selected_organisation(self) -> OrganisationRow | None:
        rows = self.organisation_view.selectionModel().selectedRows()
        return self.organisation_proxy.row_at(rows[0].row()) if rows else None

    def _choices(self) -> EditChoices:
        return self.context.read(listings.edit_choices)

    # Editing ----------------------------------------------------------------------------
    def add_attendee(self) -> None:
        choices = self._choices()
        if not choices.organisations:
            Messages.inform(
                self,
                self.tr("Add an organisation first"),
                self.tr("Every attendee belongs to an organisation. Add one, then the attendee."),
            )
            self.add_organisation()
            choices = self._choices()
            if not choices.organisations:
                return
        dialog = AttendeeDialog(choices, parent=self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        state = dialog.values()
        name = display_name(state[0].first_name, state[0].last_name)
        self.run_edit(lambda: AddAttendeeCommand(self.context, state, name).execute())

    def edit_selected(self) -> None:
        if self.tabs.currentIndex() == 1:
            self.edit_organisation()
            return
        selected = self.selected_attendees()
        if not selected:
            return
        self.edit_attendee(selected[0].id)

    def edit_attendee(self, attendee_id: int) -> None:
        def read(session: Session) -> tuple[people.AttendeeInput, int | None, str]:
            attendee = people.get_attendee(session, attendee_id)
            own = attendee.own_table.id if attendee.own_table else None
            return people.attendee_input(attendee), own, attendee.full_name

        data, own, name = self.context.read(read)
        dialog = AttendeeDialog(
            self._choices(), data, own_table_id=own, attendee_id=attendee_id, parent=self
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        after = dialog.values()
        self.run_edit(lambda: EditAttendeeCommand(self.context, attendee_id, after, name).execute())

    def _update_selection_actions(self) -> None:
        on = self.tabs.currentIndex() == 0 and bool(self.selected_attendees())
        self.bulk_button.setEnabled(on)
        self.edit_several_action.setEnabled(on)

    def edit_several(self) -> None:
        """One change (days, times, badge, limit, language, role) for every selected attendee."""
        ids = [row.id for row in self.selected_attendees()]
        if not ids or self.tabs.currentIndex() != 0:
            return
        dialog = BulkEditDialog(
            self._choices(),
            len(ids),
            lambda edit: BulkEditAttendeesCommand(self.context, ids, edit).execute(),
            parent=self,
        )
        dialog.exec()

    def delete_selected(self) -> None:
        if self.tabs.currentIndex() == 1:
            self.delete_organisation()
            return
        selected = self.selected_attendees()
        if not selected:
            return
        names = ", ".join(r.full_name for r in selected[:5]) + ("…" if len(selected) > 5 else "")
        meetings = sum(r.meetings for r in selected)
        text = self.tr("Delete {names}? Their meeting requests are deleted too.").format(
            names=names
        )
        if meetings:
            text += "\n\n" + self.tr(
                "They have {n} scheduled meeting(s), which will be removed from the schedule "
                "and from their partners' agendas."
            ).format(n=meetings)
        if not Messages.ask(self, self.tr("Delete attendees"), text, danger=True):
            return

        def delete(session: Session) -> None:
            for row in selected:
                people.delete_attendee(session, row.id, cascade=True, actor=self.context.actor)

        if self.run_edit(lambda: self.context.edit(delete)):
            # Deletion cannot be undone by replaying the form: say so by clearing the stack.
            self.context.undo_stack.clear()

    def add_organisation(self) -> None:
        dialog = OrganisationDialog(parent=self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        data = dialog.values()
        self.run_edit(
            lambda: self.context.edit(
                lambda s: people.create_organisation(s, data, actor=self.context.actor)
            )
        )

    def edit_organisation(self) -> None:
        row = self.selected_organisation()
        if row is None:
            return

        def read(session: Session) -> people.OrganisationInput:
            org = people.get_organisation(session, row.id)
            return people.OrganisationInput(
                org.name,
                org.country,
                org.org_type,
                org.sector,
                org.website,
                org.description,
                org.external_id,
            )

        dialog = OrganisationDialog(self.context.read(read), parent=self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        data = dialog.values()
        self.run_edit(
            lambda: self.context.edit(
                lambda s: people.update_organisation(s, row.id, data, actor=self.context.actor)
            )
        )

    def delete_organisation(self) -> None:
        row = self.selected_organisation()
        if row is None:
            return
        if not Messages.ask(
            self,
            self.tr("Delete organisation"),
            self.tr("Delete {name}?").format(name=row.name),
            danger=True,
        ):
            return
        self.run_edit(
            lambda: self.context.edit(
                lambda s: people.delete_organisation(s, row.id, actor=self.context.actor)
            )
        )

    def import_file(self) -> None:
        from brokerage_app.ui.dialogs.import_dialog import import_spreadsheet

        import_spreadsheet(self.context, self, "attendees")
