"""Forms for one attendee (with availability and booth) and one organisation.

The forms only collect values into the services' input dataclasses; validation is the
service's (``validate_attendee``: facts, worded by ``ui/people_problems.py``), shown inline so
the dialog stays open on a mistake.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from brokerage_app.errors import BrokerageError
from brokerage_app.services.listings import EditChoices
from brokerage_app.services.people import (
    DOCUMENT_LANGUAGES,
    AttendeeInput,
    AvailabilityEdit,
    OrganisationInput,
    validate_attendee,
    validate_organisation,
)
from brokerage_app.store.models import AttendeeRole, BadgeCategory
from brokerage_app.ui import formatting, labels, people_problems
from brokerage_app.ui.dialogs.messages import error_text
from brokerage_app.ui.models.table import collated

ERROR_STYLE = "color: #a4262c;"


def _combo_select(combo: QComboBox, value: object) -> None:
    index = combo.findData(value)
    if index >= 0:
        combo.setCurrentIndex(index)


def _shared_fields(
    choices: EditChoices,
) -> tuple[QComboBox, QComboBox, QComboBox, QComboBox, QSpinBox]:
    """The fields the attendee form and the bulk edit share: arrival, departure, badge
    category, role and max meetings."""
    arrival, departure = QComboBox(), QComboBox()
    arrival.addItem(QCoreApplication.translate("AttendeeDialog", "From the first slot"), None)
    departure.addItem(QCoreApplication.translate("AttendeeDialog", "Until the last slot"), None)
    for slot in choices.slots:
        arrival.addItem(formatting.date_day_time(slot.starts_at), slot.starts_at)
        departure.addItem(formatting.date_day_time(slot.ends_at), slot.ends_at)
    category = QComboBox()
    for value in BadgeCategory:
        category.addItem(labels.category(value.value), value)
    role = QComboBox()
    for member in AttendeeRole:
        role.addItem(labels.role(member.value), member)
    max_meetings = QSpinBox()
    max_meetings.setRange(-1, 200)
    max_meetings.setSpecialValueText(QCoreApplication.translate("AttendeeDialog", "No limit"))
    max_meetings.setValue(-1)
    return arrival, departure, category, role, max_meetings


class AttendeeDialog(QDialog):
    """Edit an attendee; ``values()`` gives the AttendeeInput and the chosen booth."""

    def __init__(
        self,
        choices: EditChoices,
        data: AttendeeInput | None = None,
        *,
        own_table_id: int | None = None,
        attendee_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit attendee") if data else self.tr("New attendee"))
        self._choices = choices
        self._attendee_id = attendee_id
        self.first_name = QLineEdit()
        self.last_name = QLineEdit()
        self.badge_name = QLineEdit()
        self.badge_name.setPlaceholderText(self.tr("Leave empty to print the full name"))
        self.organisation = QComboBox()
        self.organisation.setEditable(False)
        # Collated like every list and printed document ("Bérénger" before "Bråten").
        for org_id, name in collated(choices.organisations, lambda org: org[1]):
            self.organisation.addItem(name, org_id)
        self.honorific = QLineEdit()
        self.honorific.setPlaceholderText(self.tr("Dr, Prof. (printed only if the badge shows it)"))
        self.honorific.setMaxLength(40)
        self.job_title = QLineEdit()
        self.email = QLineEdit()
        self.phone = QLineEdit()
        self.arrival, self.departure, self.category, self.role, self.max_meetings = _shared_fields(
            choices
        )
        self.consent_contact = QCheckBox(self.tr("May share contact details with meeting partners"))
        self.consent_public = QCheckBox(self.tr("May appear in the public participant list"))
        self.consent_photos = QCheckBox(self.tr("Agrees to photos"))

        self.blocked = QListWidget()
        for slot in choices.slots:
            item = QListWidgetItem(formatting.slot_label(slot.starts_at, slot.ends_at))
            item.setData(Qt.ItemDataRole.UserRole, slot.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.blocked.addItem(item)
        self.booth = QComboBox()
        self.booth.addItem(self.tr("No own booth (shared tables)"), None)
        for table in choices.tables:
            taken = table.owner_id is not None and table.owner_id != attendee_id
            self.booth.addItem(
                (table.name or self.tr("Table {n}").format(n=table.number))
                + (self.tr(" (another exhibitor's booth)") if taken else ""),
                table.id,
            )

        person = QWidget()
        form = QFormLayout(person)
        form.addRow(self.tr("Title (Dr, Prof.)"), self.honorific)
        form.addRow(self.tr("First name"), self.first_name)
        form.addRow(self.tr("Last name"), self.last_name)
        form.addRow(self.tr("Name on badge"), self.badge_name)
        form.addRow(self.tr("Organisation"), self.organisation)
        form.addRow(self.tr("Job title"), self.job_title)
        form.addRow(self.tr("E-mail"), self.email)
        form.addRow(self.tr("Phone"), self.phone)
        form.addRow(self.tr("Badge category"), self.category)
        form.addRow(self.tr("Role"), self.role)
        consent = QGroupBox(self.tr("Consent"))
        consent_layout = QVBoxLayout(consent)
        for box in (self.consent_contact, self.consent_public, self.consent_photos):
            consent_layout.addWidget(box)
        form.addRow(consent)

        availability = QWidget()
        avail_form = QFormLayout(availability)
        avail_form.addRow(self.tr("Arrives"), self.arrival)
        avail_form.addRow(self.tr("Leaves"), self.departure)
        avail_form.addRow(self.tr("Max meetings"), self.max_meetings)
        avail_form.addRow(self.tr("Own booth"), self.booth)
        avail_form.addRow(QLabel(self.tr("Slots when they cannot meet:")))
        avail_form.addRow(self.blocked)

        tabs = QTabWidget()
        tabs.addTab(person, self.tr("Person"))
        tabs.addTab(availability, self.tr("Availability and booth"))
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet(ERROR_STYLE)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(self.problems)
        layout.addWidget(buttons)
        self.resize(560, 620)
        if data is not None:
            self.load(data, own_table_id)
        else:
            self.consent_public.setChecked(True)

    def load(self, data: AttendeeInput, own_table_id: int | None) -> None:
        self.first_name.setText(data.first_name)
        self.last_name.setText(data.last_name)
        self.badge_name.setText(data.badge_name)
        _combo_select(self.organisation, data.organisation_id)
        self.honorific.setText(data.honorific)
        self.job_title.setText(data.job_title)
        self.email.setText(data.email)
        self.phone.setText(data.phone)
        _combo_select(self.category, data.badge_category)
        _combo_select(self.role, data.role)
        self.max_meetings.setValue(-1 if data.max_meetings is None else data.max_meetings)
        self.consent_contact.setChecked(data.consent_share_contact)
        self.consent_public.setChecked(data.consent_list_publicly)
        self.consent_photos.setChecked(data.consent_photos)
        _combo_select(self.arrival, data.arrival)
        _combo_select(self.departure, data.departure)
        blocked = set(data.blocked_slot_ids)
        for row in range(self.blocked.count()):
            item = self.blocked.item(row)
            if item.data(Qt.ItemDataRole.UserRole) in blocked:
                item.setCheckState(Qt.CheckState.Checked)
        _combo_select(self.booth, own_table_id)
        self._external_id = data.external_id
        self._language = data.language
        self._profile = data.profile

    def values(self) -> tuple[AttendeeInput, int | None]:
        blocked = [
            self.blocked.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.blocked.count())
            if self.blocked.item(row).checkState() == Qt.CheckState.Checked
        ]
        data = AttendeeInput(
            first_name=self.first_name.text().strip(),
            last_name=self.last_name.text().strip(),
            badge_name=self.badge_name.text().strip(),
            organisation_id=self.organisation.currentData() or 0,
            honorific=self.honorific.text().strip(),
            job_title=self.job_title.text().strip(),
            profile=getattr(self, "_profile", ""),
            email=self.email.text().strip(),
            phone=self.phone.text().strip(),
            language=getattr(self, "_language", "en"),
            badge_category=BadgeCategory(self.category.currentData()),
            role=AttendeeRole(self.role.currentData()),
            max_meetings=None if self.max_meetings.value() < 0 else self.max_meetings.value(),
            consent_share_contact=self.consent_contact.isChecked(),
            consent_list_publicly=self.consent_public.isChecked(),
            consent_photos=self.consent_photos.isChecked(),
            arrival=self.arrival.currentData(),
            departure=self.departure.currentData(),
            external_id=getattr(self, "_external_id", None),
            blocked_slot_ids=blocked,
        )
        return data, self.booth.currentData()

    def accept(self) -> None:
        data, _ = self.values()
        problems = [people_problems.problem_text(p) for p in validate_attendee(data)]
        if not data.organisation_id:
            problems.append(self.tr("Organisation: add an organisation first."))
        if problems:
            self.problems.setText("\n".join(problems))
            return
        super().accept()


class BulkEditDialog(QDialog):
    """One change for several attendees: only the fields whose "Change" box is ticked.

    ``apply`` makes the edit (one undoable step); a refusal (which names the attendee and the
    field) is shown inline and the dialog stays open.
    """

    def __init__(
        self,
        choices: EditChoices,
        count: int,
        apply: Callable[[AvailabilityEdit], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit {count} attendees").format(count=count))
        self._apply = apply
        self.days = QListWidget()
        for day in sorted({slot.starts_at.date() for slot in choices.slots}):
            item = QListWidgetItem(formatting.long_day(day))
            item.setData(Qt.ItemDataRole.UserRole, day)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.days.addItem(item)
        self.days.setMaximumHeight(26 * min(max(self.days.count(), 2), 5) + 6)
        self.arrival, self.departure, self.category, self.role, self.max_meetings = _shared_fields(
            choices
        )
        self.language = QComboBox()
        names = {"en": self.tr("English"), "sv": self.tr("Swedish")}
        for code in DOCUMENT_LANGUAGES:
            self.language.addItem(names.get(code, code), code)

        self.ticks: dict[str, QCheckBox] = {}
        form = QFormLayout()
        for key, text, widget in (
            ("days", self.tr("Days present"), self.days),
            ("arrival", self.tr("Arrives"), self.arrival),
            ("departure", self.tr("Leaves"), self.departure),
            ("badge_category", self.tr("Badge category"), self.category),
            ("max_meetings", self.tr("Max meetings"), self.max_meetings),
            ("language", self.tr("Language"), self.language),
            ("role", self.tr("Role"), self.role),
        ):
            tick = QCheckBox(text)
            tick.setToolTip(self.tr("Tick to change this for everyone selected"))
            widget.setEnabled(False)
            tick.toggled.connect(widget.setEnabled)
            tick.toggled.connect(lambda _on: self._update_ok())
            self.ticks[key] = tick
            form.addRow(tick, widget)
        hint = QLabel(
            self.tr(
                "Tick what to change for the {count} selected attendees; the rest stays as it "
                "is for each of them. Days present blocks every slot of the other days."
            ).format(count=count)
        )
        hint.setWordWrap(True)
        hint.setObjectName("muted")
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet(ERROR_STYLE)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Apply | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Apply).clicked.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(form)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)
        self._update_ok()
        self.resize(520, 460)

    def _update_ok(self) -> None:
        ticked = any(tick.isChecked() for tick in self.ticks.values())
        self.buttons.button(QDialogButtonBox.StandardButton.Apply).setEnabled(ticked)

    def values(self) -> AvailabilityEdit:
        ticked = {key for key, tick in self.ticks.items() if tick.isChecked()}
        edit = AvailabilityEdit()
        if "days" in ticked:
            edit = replace(
                edit,
                days=tuple(
                    self.days.item(row).data(Qt.ItemDataRole.UserRole)
                    for row in range(self.days.count())
                    if self.days.item(row).checkState() == Qt.CheckState.Checked
                ),
            )
        if "arrival" in ticked:
            arrival = self.arrival.currentData()
            edit = replace(edit, arrival=arrival, clear_arrival=arrival is None)
        if "departure" in ticked:
            departure = self.departure.currentData()
            edit = replace(edit, departure=departure, clear_departure=departure is None)
        if "max_meetings" in ticked:
            value = self.max_meetings.value()
            edit = replace(
                edit, max_meetings=None if value < 0 else value, clear_max_meetings=value < 0
            )
        if "badge_category" in ticked:
            edit = replace(edit, badge_category=BadgeCategory(self.category.currentData()))
        if "language" in ticked:
            edit = replace(edit, language=self.language.currentData())
        if "role" in ticked:
            edit = replace(edit, role=AttendeeRole(self.role.currentData()))
        return edit

    def accept(self) -> None:
        try:
            self._apply(self.values())
        except BrokerageError as error:  # refused as a whole: nobody was changed
            self.problems.setText(error_text(error))
            return
        super().accept()


class OrganisationDialog(QDialog):
    def __init__(self, data: OrganisationInput | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit organisation") if data else self.tr("New organisation"))
        self.name = QLineEdit()
        self.country = QLineEdit()
        self.country.setMaxLength(2)
        self.country.setPlaceholderText("SE")
        self.org_type = QLineEdit()
        self.sector = QLineEdit()
        self.website = QLineEdit()
        self.problems = QLabel()
        self.problems.setStyleSheet(ERROR_STYLE)
        self.problems.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Country (ISO code)"), self.country)
        form.addRow(self.tr("Type"), self.org_type)
        form.addRow(self.tr("Sector"), self.sector)
        form.addRow(self.tr("Website"), self.website)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problems)
        row = QHBoxLayout()
        row.addStretch()
        row.addWidget(buttons)
        layout.addLayout(row)
        self._external_id: str | None = None
        self._description = ""
        if data is not None:
            self.name.setText(data.name)
            self.country.setText(data.country)
            self.org_type.setText(data.org_type)
            self.sector.setText(data.sector)
            self.website.setText(data.website)
            self._external_id = data.external_id
            self._description = data.description

    def values(self) -> OrganisationInput:
        return OrganisationInput(
            name=self.name.text().strip(),
            country=self.country.text().strip().upper(),
            org_type=self.org_type.text().strip(),
            sector=self.sector.text().strip(),
            website=self.website.text().strip(),
            description=self._description,
            external_id=self._external_id,
        )

    def accept(self) -> None:
        problems = validate_organisation(self.values())
        if problems:
            self.problems.setText(people_problems.problems_text(problems))
            return
        super().accept()
