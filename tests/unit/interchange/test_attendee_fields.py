"""One list of an attendee's fields (``domain.attendee_fields``) for the export, the import
and the attendee editor: a field added there is saved, exported and imported back.

The round trip builds a value for every field of the list by its kind, so a field added to
the list is carried through all three without this test changing; one that any of the three
leaves out comes back with its default and fails.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import shutil
from pathlib import Path
from typing import Any

from sqlalchemy import select

from brokerage_app.domain.attendee_fields import ATTENDEE_FIELD_NAMES, ATTENDEE_FIELDS, FieldKind
from brokerage_app.interchange.mapping import FIELD_SYNONYMS, VALUE_FIELDS
from brokerage_app.services.exports import ATTENDEE_COLUMNS, Audience, export_attendees
from brokerage_app.services.imports import run_import
from brokerage_app.services.people import (
    AttendeeInput,
    OrganisationInput,
    attendee_input,
    create_attendee,
    create_organisation,
)
from brokerage_app.store.database import EventDatabase, open_database
from brokerage_app.store.models import Attendee, AttendeeRole, BadgeCategory, table_of
from tests.unit.interchange.conftest import DST_DAYS

# A value that is not the default, for each field of a kind that has no obvious one.
SAMPLES: dict[str, Any] = {
    "role": AttendeeRole.SELLER,
    "badge_category": BadgeCategory.PRESS,
    "language": "sv",
    "email": "ana.lopez@acme.example",
    "first_name": "Ana",
    "last_name": "López",
}


def sample(name: str, kind: FieldKind) -> Any:
    if name in SAMPLES:
        return SAMPLES[name]
    assert kind is not FieldKind.VALUE, f"add a sample value of {name} to SAMPLES"
    if kind is FieldKind.TEXT:
        return f"{name} of Ana"
    if kind is FieldKind.COUNT:
        return 7
    if kind is FieldKind.MOMENT:
        return dt.datetime.combine(DST_DAYS[0], dt.time(10 if name == "arrival" else 16))
    default = next(f.default for f in dataclasses.fields(AttendeeInput) if f.name == name)
    return not default


def test_every_field_is_a_column_an_input_and_an_import_field() -> None:
    inputs = {f.name for f in dataclasses.fields(AttendeeInput)}
    columns = set(table_of(Attendee).c.keys())
    assert set(ATTENDEE_FIELD_NAMES) <= inputs & columns
    assert set(ATTENDEE_FIELD_NAMES) <= set(FIELD_SYNONYMS["attendees"])
    value_fields = {f.name for f in ATTENDEE_FIELDS if f.kind is FieldKind.VALUE}
    assert value_fields <= set(VALUE_FIELDS["attendees"])
    assert ATTENDEE_COLUMNS[: len(ATTENDEE_FIELD_NAMES)] == ATTENDEE_FIELD_NAMES


def test_every_field_is_saved_exported_and_imported_back(
    event_db: EventDatabase, event_template: Path, tmp_path: Path
) -> None:
    wanted = {f.name: sample(f.name, f.kind) for f in ATTENDEE_FIELDS}
    with event_db.session() as session:
        organisation = create_organisation(session, OrganisationInput("Acme", "ES"))
        data = AttendeeInput(organisation_id=organisation, **wanted)
        saved = attendee_input(session.get_one(Attendee, create_attendee(session, data)))
    assert {name: getattr(saved, name) for name in ATTENDEE_FIELD_NAMES} == wanted

    exported = tmp_path / "attendees.csv"
    export_attendees(event_db, exported, audience=Audience.ORGANISER)
    copy = tmp_path / "copy.sqlite"
    shutil.copyfile(event_template, copy)
    other = open_database(copy)
    try:
        run_import(other, "attendees", exported)
        with other.session() as session:
            imported = attendee_input(session.scalars(select(Attendee)).one())
    finally:
        other.dispose()
    assert {name: getattr(imported, name) for name in ATTENDEE_FIELD_NAMES} == wanted
