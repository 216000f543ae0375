"""Which spreadsheet column feeds which field: synonyms in English and Swedish, saved mappings.

Registration platforms (b2match, Grip, pretix, Indico, hand-made Excel sheets) name their
columns differently; headings are compared after case-folding and dropping spaces,
punctuation and underscores, so "E-post", "e_post" and "E POST" all mean the email field.
A mapping that cannot be guessed is written once by the organiser and saved as JSON, with
the words of the file's cells mapped to stored values where they are not recognised:

    {"kind": "attendees", "columns": {"first_name": "Given name", "email": "Mail"},
     "values": {"priority": {"Nice to have": "1"}, "attendance": {"Day 2": "2027-05-12"}}}

The event remembers the last mapping per set of headings (``headings_key``), so the same
platform's next export maps the same way; the window and the CLI read and write one format.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Any

from brokerage_app.interchange.mapping_problems import MappingError, MappingFault, MappingProblem

IMPORT_KINDS = ("attendees", "requests")

ATTENDEE_SYNONYMS: dict[str, tuple[str, ...]] = {
    "external_id": (
        "External ID",
        "Registration ID",
        "Participant ID",
        "Attendee ID",
        "Delegate ID",
        "Person ID",
        "ID",
        "Ref",
        "Reference",
        "Order code",
        "Deltagar-ID",
        "Deltagarid",
        "Registrerings-ID",
        "Referens",
        "Registration number",
        "Participant number",
        "Ticket ID",
        "Booking reference",
        "Anmälnings-ID",
        "Anmälningsnummer",
        "Attendee no.",
        "Attendee number",
        "Participant no.",
        "Deltagarnummer",
    ),
    # An honorific ("Dr", "Prof."): what registration forms call "Title". Swedish "Titel"
    # is the job title on Swedish forms (business cards read "Namn, Titel, Företag").
    "honorific": (
        "Honorific",
        "Title",
        "Salutation",
        "Academic title",
        "Name prefix",
        "Prefix",
        "Title (Dr, Prof.)",
        "Tilltal",
        "Akademisk titel",
        "Hederstitel",
    ),
    "first_name": (
        "First name",
        "Firstname",
        "Given name",
        "Forename",
        "Förnamn",
        "Tilltalsnamn",
    ),
    "last_name": (
        "Last name",
        "Lastname",
        "Surname",
        "Family name",
        "Efternamn",
    ),
    "full_name": ("Name", "Full name", "Participant", "Attendee", "Namn", "Fullständigt namn"),
    "badge_name": ("Badge name", "Name on badge", "Namn på namnbricka", "Namnbricka"),
    "job_title": (
        "Job title",
        "Position",
        "Job position",
        "Function",
        "Job function",
        "Designation",
        "Role in organisation",
        "Role in organization",
        "Befattning",
        "Titel",
        "Yrkestitel",
        "Arbetstitel",
        "Roll i organisationen",
        "Tjänst",
    ),
    "profile": (
        "Profile",
        "Bio",
        "Description",
        "Offer",
        "Cooperation offer",
        "About",
        "Profil",
        "Beskrivning",
        "Erbjudande",
    ),
    "role": ("Role", "Participant type", "Buyer/seller", "Roll", "Deltagartyp"),
    "email": (
        "Email",
        "E-mail",
        "Email address",
        "E-mail address",
        "Mail",
        "Work email",
        "Business email",
        "Contact email",
        "E-post",
        "E-postadress",
        "Epost",
        "Mejl",
        "Mejladress",
    ),
    "phone": (
        "Phone",
        "Telephone",
        "Mobile",
        "Phone number",
        "Mobile phone",
        "Mobile number",
        "Mobile phone number",
        "Cell phone",
        "Tel",
        "Telefon",
        "Mobil",
        "Telefonnummer",
        "Mobilnummer",
        "Mobiltelefon",
    ),
    "language": ("Language", "Preferred language", "Språk"),
    "badge_category": (
        "Badge category",
        "Badge type",
        "Category",
        "Ticket",
        "Ticket type",
        "Kategori",
        "Biljett",
        "Biljettyp",
    ),
    "max_meetings": (
        "Max meetings",
        "Maximum meetings",
        "Meeting limit",
        "Max antal möten",
        "Max möten",
    ),
    "arrival": ("Arrival", "Arrives", "Available from", "Ankomst", "Tillgänglig från"),
    # Which days someone comes: "Both days", "Day 1 only", dates, weekday names.
    "attendance": (
        "Attending days",
        "Attendance",
        "Days attending",
        "Days",
        "Participation days",
        "Days of participation",
        "Which days",
        "Närvarodagar",
        "Närvaro",
        "Dagar",
        "Deltagande dagar",
        "Vilka dagar",
        "Attending",
    ),
    "departure": ("Departure", "Leaves", "Available until", "Avresa", "Tillgänglig till"),
    "consent_share_contact": (
        "Consent share contact",
        "Share contact details",
        "Share my contact details",
        "Dela mina kontaktuppgifter",
        "Contact sharing consent",
        "Dela kontaktuppgifter",
        "Samtycke kontaktuppgifter",
    ),
    "consent_list_publicly": (
        "Consent list publicly",
        "Public listing",
        "Show in participant list",
        "Visa i deltagarlistan",
        "Samtycke deltagarlista",
    ),
    "consent_photos": ("Consent photos", "Photo consent", "Fotosamtycke", "Samtycke foto"),
    "organisation": (
        "Organisation",
        "Organization",
        "Company",
        "Company name",
        "Organisation name",
        "Organization name",
        "Institution",
        "Employer",
        "Organisation / Company",
        "Organization / Company",
        "Company / Organisation",
        "Company / Organization",
        "Name of organisation",
        "Name of organization",
        "Företag",
        "Organisationsnamn",
        "Företagsnamn",
        "Arbetsgivare",
        "Företag / Organisation",
        "Organisation / Företag",
    ),
    "organisation_external_id": (
        "Organisation external ID",
        "Organization external ID",
        "Organisation ID",
        "Organization ID",
        "Company ID",
        "Organisations-ID",
        "Företags-ID",
    ),
    "country": (
        "Country",
        "Country code",
        "Country of residence",
        "Country / Region",
        "Country of organisation",
        "Country of organization",
        "Nation",
        "Land",
        "Landskod",
        "Bosättningsland",
        "Hemland",
        "Land / Region",
    ),
    "org_type": (
        "Organisation type",
        "Organization type",
        "Type of organisation",
        "Type of organization",
        "Company type",
        "Organisationstyp",
        "Typ av organisation",
        "Företagstyp",
    ),
    "sector": (
        "Sector",
        "Industry",
        "Branch",
        "Field",
        "Area",
        "Bransch",
        "Sektor",
        "Område",
    ),
    "website": ("Website", "Web", "URL", "Homepage", "Webbplats", "Hemsida", "Webb"),
}

REQUEST_SYNONYMS: dict[str, tuple[str, ...]] = {
    "requester": (
        "Requester",
        "From",
        "Requester email",
        "Requester e-mail",
        "Requester e-mail address",
        "Requester external ID",
        "Requester ID",
        "Sender",
        "Sender e-mail",
        "From e-mail",
        "Requesting participant",
        "Requesting participant e-mail",
        "Participant 1",
        "Party A",
        "Buyer",
        "Från",
        "Avsändare",
        "Avsändarens e-post",
        "Förfrågare",
        "Förfrågarens e-post",
        "Deltagare 1",
        "Part A",
    ),
    "requested": (
        "Requested",
        "To",
        "Requested email",
        "Requested e-mail",
        "Requested external ID",
        "Requested ID",
        "Requested participant",
        "Requested participant e-mail",
        "Requested participant email",
        "Receiver",
        "Receiver e-mail",
        "Recipient",
        "Recipient e-mail",
        "Participant 2",
        "Party B",
        "Seller",
        "Till",
        "Till e-post",
        "Mottagare",
        "Mottagarens e-post",
        "Deltagare 2",
        "Part B",
    ),
    "status": ("Status", "State", "Request status", "Tillstånd"),
    "priority": (
        "Priority",
        "Meeting priority",
        "Importance",
        "Interest",
        "Interest level",
        "Prioritet",
        "Prioritering",
        "Viktighet",
    ),
    "note": ("Note", "Message", "Comment", "Remarks", "Notering", "Meddelande", "Kommentar"),
}

FIELD_SYNONYMS: MappingProxyType[str, MappingProxyType[str, tuple[str, ...]]] = MappingProxyType(
    {
        "attendees": MappingProxyType(ATTENDEE_SYNONYMS),
        "requests": MappingProxyType(REQUEST_SYNONYMS),
    }
)

# The heading each field gets in our own exports; auto-mapping recognises all of them.
FIELD_HEADINGS = {
    "attendees": {field: names[0] for field, names in ATTENDEE_SYNONYMS.items()},
    "requests": {field: names[0] for field, names in REQUEST_SYNONYMS.items()},
}


def normalise_heading(heading: str) -> str:
    text = unicodedata.normalize("NFC", heading).casefold()
    return "".join(ch for ch in text if ch.isalnum())


# Fields whose cells are words to turn into stored values (see ``interchange.values``).
VALUE_FIELDS: MappingProxyType[str, tuple[str, ...]] = MappingProxyType(
    {
        "attendees": ("role", "badge_category", "language", "country", "attendance"),
        "requests": ("status", "priority"),
    }
)


@dataclass(frozen=True)
class ColumnMapping:
    """Field name -> the exact column heading in the file that feeds it (an empty heading
    leaves the field out), and per value field: a cell's text -> the stored value as text
    ("2" for a priority, "SE" for a country, "2027-05-12" for attendance)."""

    kind: str
    columns: dict[str, str]
    values: dict[str, dict[str, str]] = dataclasses.field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"kind": self.kind, "columns": self.columns}
        if any(self.values.values()):
            data["values"] = {name: words for name, words in self.values.items() if words}
        return data

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=2)

    def value_for(self, name: str, text: str) -> str | None:
        """The stored value the mapping gives this cell text, if it names one."""
        words = self.values.get(name)
        if not words:
            return None
        key = normalise_heading(text)
        for word, value in words.items():
            if normalise_heading(word) == key:
                return value
        return None


def headings_key(kind: str, headers: tuple[str, ...]) -> str:
    """Identifies a file's set of headings (order, case and punctuation aside)."""
    names = sorted({normalise_heading(h) for h in headers if normalise_heading(h)})
    return hashlib.sha256("\x1f".join([kind, *names]).encode("utf-8")).hexdigest()


def check_kind(kind: str) -> None:
    if kind not in IMPORT_KINDS:
        raise MappingError(
            MappingProblem(MappingFault.UNKNOWN_KIND, kind=kind, choices=IMPORT_KINDS)
        )


def auto_map(kind: str, headers: tuple[str, ...]) -> dict[str, str]:
    """Map every heading that is a known synonym; the first matching column wins."""
    check_kind(kind)
    lookup: dict[str, str] = {}
    for field, names in FIELD_SYNONYMS[kind].items():
        for name in (field, *names):
            lookup.setdefault(normalise_heading(name), field)
    columns: dict[str, str] = {}
    for header in headers:
        found = lookup.get(normalise_heading(header))
        if found is not None and found not in columns:
            columns[found] = header
    return columns


def resolve_mapping(
    kind: str, headers: tuple[str, ...], explicit: ColumnMapping | None, source: str
) -> dict[str, str]:
    """Auto-mapping overlaid with an explicit mapping; every named column must exist."""
    columns = auto_map(kind, headers)
    if explicit is None:
        return columns
    if explicit.kind != kind:
        raise MappingError(
            MappingProblem(
                MappingFault.OTHER_KIND, kind=explicit.kind, imported=kind, source=source
            )
        )
    by_key = {normalise_heading(h): h for h in headers}
    for field, heading in explicit.columns.items():
        if field not in FIELD_SYNONYMS[kind]:
            raise MappingError(
                MappingProblem(
                    MappingFault.NOT_A_FIELD,
                    name=field,
                    kind=kind,
                    choices=tuple(FIELD_SYNONYMS[kind]),
                )
            )
        if not heading:
            columns.pop(field, None)
            continue
        actual = by_key.get(normalise_heading(heading))
        if actual is None:
            raise MappingError(
                MappingProblem(
                    MappingFault.NO_SUCH_COLUMN,
                    heading=heading,
                    name=field,
                    source=source,
                    choices=headers,
                )
            )
        # A column feeds one field only: the explicit choice takes it over.
        for other, mapped in list(columns.items()):
            if mapped == actual and other != field:
                del columns[other]
        columns[field] = actual
    return columns


def mapping_from_dict(data: object, source: str) -> ColumnMapping:
    """A mapping from its JSON form; ``source`` names the file in messages."""
    if (
        not isinstance(data, dict)
        or not isinstance(data.get("columns"), dict)
        or not all(isinstance(k, str) and isinstance(v, str) for k, v in data["columns"].items())
    ):
        raise MappingError(MappingProblem(MappingFault.BAD_SHAPE, file=source))
    kind = data.get("kind", "attendees")
    check_kind(kind)
    values = data.get("values", {})
    if not isinstance(values, dict) or not all(
        isinstance(words, dict)
        and all(isinstance(w, str) and isinstance(v, str) for w, v in words.items())
        for words in values.values()
    ):
        raise MappingError(MappingProblem(MappingFault.BAD_VALUES, file=source))
    for name in values:
        if name not in VALUE_FIELDS[kind]:
            raise MappingError(
                MappingProblem(
                    MappingFault.NO_VALUE_MAPPING,
                    file=source,
                    name=name,
                    kind=kind,
                    choices=tuple(VALUE_FIELDS[kind]),
                )
            )
    return ColumnMapping(
        kind, dict(data["columns"]), {name: dict(words) for name, words in values.items()}
    )


def load_mapping(path: str | Path) -> ColumnMapping:
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise MappingError(MappingProblem(MappingFault.NO_SUCH_FILE, file=str(path))) from None
    except json.JSONDecodeError as exc:
        problem = MappingProblem(
            MappingFault.NOT_JSON,
            file=str(path),
            reason=str(exc),
            line=exc.lineno,
            column=exc.colno,
        )
        raise MappingError(problem) from None
    except UnicodeDecodeError as exc:
        raise MappingError(
            MappingProblem(MappingFault.NOT_JSON, file=str(path), reason=str(exc))
        ) from None
    return mapping_from_dict(data, str(path))


def save_mapping(mapping: ColumnMapping, path: str | Path) -> None:
    Path(path).write_text(mapping.to_json() + "\n", encoding="utf-8")
