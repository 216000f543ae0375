"""The headings registration and matchmaking platforms write, in English and Swedish."""

from __future__ import annotations

import pytest

from brokerage_app.interchange.mapping import auto_map

PLATFORM_ATTENDEE_HEADINGS = [
    ("Organisation / Company", "organisation"),
    ("Organization/Company", "organisation"),
    ("Company name", "organisation"),
    ("Företag / Organisation", "organisation"),
    ("Country of residence", "country"),
    ("Bosättningsland", "country"),
    ("E-mail address", "email"),
    ("E-postadress", "email"),
    ("Mobile", "phone"),
    ("Mobile phone number", "phone"),
    ("Mobilnummer", "phone"),
    ("Job title", "job_title"),
    ("Befattning", "job_title"),
    ("Titel", "job_title"),
    ("Title", "honorific"),
    ("Salutation", "honorific"),
    ("Tilltal", "honorific"),
    ("Registration ID", "external_id"),
    ("Registrerings-ID", "external_id"),
    ("Attending days", "attendance"),
    ("Närvarodagar", "attendance"),
    ("First name", "first_name"),
    ("Förnamn", "first_name"),
    # A second platform's export (tests/benchmarks/gui/walk_data.py), as the walk met it.
    ("Attendee no.", "external_id"),
    ("Attendee number", "external_id"),
    ("Deltagarnummer", "external_id"),
    ("Given name", "first_name"),
    ("Family name", "last_name"),
    ("Country/Region", "country"),
    ("Ticket type", "badge_category"),
    ("Biljettyp", "badge_category"),
    ("Attending", "attendance"),
    ("Share my contact details", "consent_share_contact"),
    ("Dela mina kontaktuppgifter", "consent_share_contact"),
]
PLATFORM_REQUEST_HEADINGS = [
    ("Requester e-mail", "requester"),
    ("Requested participant e-mail", "requested"),
    ("Requester email", "requester"),
    ("Requested participant email", "requested"),
    ("Avsändarens e-post", "requester"),
    ("Mottagarens e-post", "requested"),
    ("Meeting priority", "priority"),
    ("Prioritet", "priority"),
]


@pytest.mark.parametrize(("heading", "field"), PLATFORM_ATTENDEE_HEADINGS)
def test_registration_headings_are_recognised(heading: str, field: str) -> None:
    assert auto_map("attendees", (heading,)) == {field: heading}


@pytest.mark.parametrize(("heading", "field"), PLATFORM_REQUEST_HEADINGS)
def test_request_headings_are_recognised(heading: str, field: str) -> None:
    assert auto_map("requests", (heading,)) == {field: heading}


def test_a_title_column_beside_a_job_title_never_feeds_the_job_title() -> None:
    headers = ("Title", "First name", "Last name", "Job title", "Organisation / Company")
    columns = auto_map("attendees", headers)
    assert columns["honorific"] == "Title"
    assert columns["job_title"] == "Job title"
    assert auto_map("attendees", ("Title",)) == {"honorific": "Title"}
