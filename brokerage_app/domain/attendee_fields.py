"""An attendee's own fields, in one order: the one list the export's columns, the import's
parsing and the attendee editor's saving (``services/exports``, ``services/imports``,
``services/people``) all go through. A field added here is exported, imported and saved.

The organisation's fields (name, country, type, sector, website) are the organisation's,
not the attendee's; blocked slots and the organisation link are not plain values.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass


class FieldKind(enum.StrEnum):
    """How a field's value is written in a file and read back."""

    TEXT = "text"
    VALUE = "value"  # a word turned into a stored value (interchange.values.VALUE_KINDS)
    COUNT = "count"  # a whole number, or none
    MOMENT = "moment"  # a local date and time, or none
    YES_NO = "yes_no"


@dataclass(frozen=True)
class AttendeeField:
    name: str  # the attribute of store.models.Attendee and services.people.AttendeeInput
    kind: FieldKind
    contact: bool = False  # contact details: exported only where the person consented


ATTENDEE_FIELDS: tuple[AttendeeField, ...] = (
    AttendeeField("external_id", FieldKind.TEXT),
    AttendeeField("honorific", FieldKind.TEXT),
    AttendeeField("first_name", FieldKind.TEXT),
    AttendeeField("last_name", FieldKind.TEXT),
    AttendeeField("badge_name", FieldKind.TEXT),
    AttendeeField("job_title", FieldKind.TEXT),
    AttendeeField("profile", FieldKind.TEXT),
    AttendeeField("role", FieldKind.VALUE),
    AttendeeField("email", FieldKind.TEXT, contact=True),
    AttendeeField("phone", FieldKind.TEXT, contact=True),
    AttendeeField("language", FieldKind.VALUE),
    AttendeeField("badge_category", FieldKind.VALUE),
    AttendeeField("max_meetings", FieldKind.COUNT),
    AttendeeField("arrival", FieldKind.MOMENT),
    AttendeeField("departure", FieldKind.MOMENT),
    AttendeeField("consent_share_contact", FieldKind.YES_NO),
    AttendeeField("consent_list_publicly", FieldKind.YES_NO),
    AttendeeField("consent_photos", FieldKind.YES_NO),
)
ATTENDEE_FIELD_NAMES: tuple[str, ...] = tuple(f.name for f in ATTENDEE_FIELDS)
