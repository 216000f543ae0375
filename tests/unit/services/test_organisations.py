"""An organisation's fields are stored one way, whether it is created or edited."""

from __future__ import annotations

import dataclasses

from brokerage_app.services.people import (
    OrganisationInput,
    create_organisation,
    get_organisation,
    update_organisation,
)
from brokerage_app.store.database import EventDatabase

ACME = OrganisationInput(
    name="  Acme Medical AB ",
    country="SE",
    org_type="SME",
    sector="Digital health",
    website="https://acme.example",
    description="Sensors",
    external_id="",
)
STORED = ("name", "country", "org_type", "sector", "website", "description", "external_id")


def _stored(database: EventDatabase, organisation_id: int) -> dict[str, object]:
    with database.session() as session:
        organisation = get_organisation(session, organisation_id)
        return {name: getattr(organisation, name) for name in STORED}


def test_create_and_edit_store_the_same_fields_the_same_way(empty_db: EventDatabase) -> None:
    with empty_db.session() as session:
        created = create_organisation(session, ACME)
        edited = create_organisation(session, OrganisationInput(name="Placeholder"))
    with empty_db.session() as session:
        update_organisation(session, edited, ACME)
    expected = {**dataclasses.asdict(ACME), "name": "Acme Medical AB", "external_id": None}
    assert _stored(empty_db, created) == expected
    assert _stored(empty_db, edited) == expected
