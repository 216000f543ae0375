"""Importing attendees (with their organisations) and meeting requests from CSV or XLSX.

The import is checked in full first: every problem is listed by row and column, and nothing
is stored while any remains, unless the organiser explicitly skips the bad rows. The import
itself is one transaction. Re-importing an updated file updates the people it matches (by
external id, else by email) instead of adding them twice; organisations are matched by
external id, else by name and country, and created when new.

    preview = preview_import(database, "attendees", path)      # the dry run
    result = run_import(database, "attendees", path)           # all or nothing
"""

from __future__ import annotations

import datetime as dt
import enum
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import insert, select, update
from sqlalchemy.engine import Row as DbRow
from sqlalchemy.orm import Session

from brokerage_app.domain.attendee_fields import ATTENDEE_FIELDS, FieldKind
from brokerage_app.domain.availability import stay_for_days
from brokerage_app.domain.changes import NOTHING, Changes, Topic
from brokerage_app.domain.clock import utcnow
from brokerage_app.domain.tasks import NO_TASK, Task
from brokerage_app.errors import ValidationError
from brokerage_app.interchange import values
from brokerage_app.interchange.mapping import (
    FIELD_HEADINGS,
    FIELD_SYNONYMS,
    IMPORT_KINDS,
    VALUE_FIELDS,
    ColumnMapping,
    auto_map,
    check_kind,
    headings_key,
    load_mapping,
    mapping_from_dict,
    resolve_mapping,
    save_mapping,
)
from brokerage_app.interchange.reading import Row, TableReader, open_table
from brokerage_app.services import audit
from brokerage_app.services.backups import backup_event
from brokerage_app.services.changes import note as note_changes
from brokerage_app.services.people import EMAIL_PATTERN
from brokerage_app.store.database import EventDatabase
from brokerage_app.store.models import (
    ACTIVE_SLOT,
    Attendee,
    AttendeeBlockedSlot,
    AttendeeRole,
    BadgeCategory,
    Base,
    ImportMapping,
    MeetingRequest,
    Organisation,
    RequestStatus,
    Slot,
    table_of,
)

__all__ = [
    "FIELD_SYNONYMS",
    "IMPORT_KINDS",
    "ColumnMapping",
    "FieldChange",
    "ImportPreview",
    "ImportProblem",
    "ImportProblemKind",
    "ImportRefusedError",
    "ImportResult",
    "ValueRow",
    "load_mapping",
    "mapping_for",
    "preview_import",
    "remembered_mapping",
    "run_import",
    "save_mapping",
]

_CHECK_EVERY = 500
_WRITE_CHUNK = 2000

_PARSERS: dict[FieldKind, Callable[[str], Any]] = {
    FieldKind.COUNT: values.parse_count,
    FieldKind.MOMENT: values.parse_datetime,
    FieldKind.YES_NO: values.parse_bool,
}
_ATTENDEE_PARSERS: dict[str, Callable[[str], Any]] = {
    **{f.name: _PARSERS[f.kind] for f in ATTENDEE_FIELDS if f.kind in _PARSERS},
    # Listed publicly unless the file says no.
    "consent_list_publicly": lambda text: values.parse_bool(text) if text.strip() else True,
}
# Names and the external ID are read on their own (a full name splits; the external ID
# matches people), value fields through the value mapping.
_ATTENDEE_TEXT_FIELDS = tuple(
    f.name
    for f in ATTENDEE_FIELDS
    if f.kind is FieldKind.TEXT and f.name not in ("first_name", "last_name", "external_id")
)
_ATTENDEE_VALUE_FIELDS = tuple(f.name for f in ATTENDEE_FIELDS if f.kind is FieldKind.VALUE)
_EMPTY: dict[FieldKind, Any] = {
    FieldKind.TEXT: "",
    FieldKind.VALUE: None,
    FieldKind.COUNT: None,
    FieldKind.MOMENT: None,
    FieldKind.YES_NO: False,
}
_NEW_ATTENDEE_DEFAULTS: dict[str, Any] = {
    **{f.name: _EMPTY[f.kind] for f in ATTENDEE_FIELDS},
    "external_id": None,
    "role": AttendeeRole.BOTH,
    "language": "en",
    "badge_category": BadgeCategory.DELEGATE,
    "consent_list_publicly": True,
    "badge_version": 1,
}

if TYPE_CHECKING:
    from brokerage_app.services.schedule_check import ScheduleCheck


class ImportProblemKind(enum.StrEnum):
    """What is wrong with a row (or with the file as a whole); the fields of
    ``ImportProblem`` each kind fills are named beside it."""

    # The file as a whole (its heading row, no column); names: the file's headings.
    NO_NAME_COLUMN = "no_name_column"
    NO_PAIR_COLUMNS = "no_pair_columns"  # fields: the missing ones (requester, requested)
    # A cell.
    BAD_VALUE = "bad_value"  # value: the cell; fact; mapped: the value mapping's text
    TOO_LONG = "too_long"  # count: its characters; limit: the most that fit
    NAME_MISSING = "name_missing"
    NOT_EMAIL = "not_email"  # value
    DEPARTURE_BEFORE_ARRIVAL = "departure_before_arrival"
    DUPLICATE_EXTERNAL_ID = "duplicate_external_id"  # value; other_row
    DUPLICATE_EMAIL = "duplicate_email"  # value; other_row
    EMAIL_OF_ANOTHER = "email_of_another"  # value: the email; record_id: the other attendee
    EMAIL_SHARED = "email_shared"  # value: the email; count: attendees who have it
    # value: the file's external ID; other: the email that matched; record_id: that
    # attendee; stored: their external ID.
    EXTERNAL_ID_MISMATCH = "external_id_mismatch"
    SAME_ATTENDEE_TWICE = "same_attendee_twice"  # other_row: the row that updates them too
    UNKNOWN_ORGANISATION_ID = "unknown_organisation_id"  # value
    ORGANISATION_MISSING = "organisation_missing"
    NO_ORGANISATION_COLUMN = "no_organisation_column"
    REFERENCE_EMPTY = "reference_empty"
    REFERENCE_SHARED = "reference_shared"  # value; count: attendees with that email
    UNKNOWN_ATTENDEE = "unknown_attendee"  # value
    SELF_REQUEST = "self_request"
    DUPLICATE_REQUEST = "duplicate_request"  # other_row
    REVERSE_REQUEST = "reverse_request"  # record_id: the other person's request


@dataclass(frozen=True)
class ImportProblem:
    """One problem as facts: where (row, the file's heading, the field it feeds), what
    (``kind``) and the values its wording needs. The front ends word it
    (``cli/import_problems.py``, ``ui/import_problems.py``)."""

    row: int
    column: str  # the file's heading; "" for the file as a whole
    kind: ImportProblemKind
    field: str = ""
    value: str = ""
    other: str = ""
    stored: str = ""
    other_row: int | None = None
    record_id: int | None = None
    count: int | None = None
    limit: int | None = None
    names: tuple[str, ...] = ()
    fields: tuple[str, ...] = ()
    fact: values.ValueFact | None = None
    mapped: str | None = None


@dataclass(frozen=True)
class ValueRow:
    """One distinct cell text of a value field and the stored value it becomes (as the
    mapping's text: "2", "SE", "2027-05-12"), or None when it is not recognised."""

    field: str
    text: str
    count: int
    value: str | None
    mapped: bool  # the mapping named it (else recognised automatically)


@dataclass(frozen=True)
class FieldChange:
    """A re-import changes ``field`` for ``count`` stored people (or organisations or
    requests: ``entity``); ``examples`` are the commonest (before, after, how many). Worded
    by ``cli/import_problems.change_line`` and the import dialog."""

    entity: str  # "attendees", "organisations", "requests"
    field: str
    count: int
    examples: tuple[tuple[str, str, int], ...]


MAX_EXAMPLES = 3


@dataclass(frozen=True)
class ImportPreview:
    kind: str
    path: str
    format: str
    encoding: str
    delimiter: str
    sheet: str
    columns: tuple[str, ...]
    mapping: dict[str, str]
    unmapped_columns: tuple[str, ...]
    row_count: int
    problems: tuple[ImportProblem, ...]
    to_create: int
    to_update: int
    organisations_to_create: int
    values: tuple[ValueRow, ...] = ()
    changes: tuple[FieldChange, ...] = ()
    remembered: bool = False  # the mapping is the one remembered for these headings
    days: tuple[dt.date, ...] = ()  # the event's days (for attendance choices)

    @property
    def bad_rows(self) -> tuple[int, ...]:
        return tuple(sorted({p.row for p in self.problems}))

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass(frozen=True)
class ImportResult:
    kind: str
    created: int
    updated: int
    skipped: int
    organisations_created: int
    skipped_problems: tuple[ImportProblem, ...]
    changes: tuple[FieldChange, ...] = ()
    # The schedule check run in the import's transaction (None for a dry run).
    schedule_check: ScheduleCheck | None = None
    changed: Changes = NOTHING


class ImportRefusedError(ValidationError):
    """The file has problems; nothing was imported. ``problems`` lists them all, as facts
    the front ends word (the message is only a short fallback for logs)."""

    def __init__(self, source: str, problems: tuple[ImportProblem, ...]) -> None:
        self.source = source
        self.problems = problems
        self.rows = len({p.row for p in problems})
        super().__init__(f"{source}: {len(problems)} problem(s); nothing was imported.")

    def __reduce__(self) -> tuple[type[ImportRefusedError], tuple[str, tuple[ImportProblem, ...]]]:
        return (type(self), (self.source, self.problems))  # it can cross to a worker process


# Planning ---------------------------------------------------------------------------


# An organisation an import row names: ("id", stored id), ("new", external id) or
# ("new", folded name, country) for one the import creates.
_OrgKey = tuple[str | int, ...]


@dataclass
class _Plan:
    kind: str
    mapping: dict[str, str]
    header_row: int
    value_mapping: ColumnMapping
    slots: list[tuple[int, dt.datetime, dt.datetime]] = field(default_factory=list)
    days: tuple[dt.date, ...] = ()
    seen: dict[str, Counter[str]] = field(default_factory=dict)
    # attendees: row -> slots the attendance column blocks
    blocks: dict[int, frozenset[int]] = field(default_factory=dict)
    changes: list[FieldChange] = field(default_factory=list)
    row_count: int = 0
    problems: list[ImportProblem] = field(default_factory=list)
    # attendees: (row, attendee id or None, values, organisation key or None)
    people: list[tuple[int, int | None, dict[str, Any], _OrgKey | None]] = field(
        default_factory=list
    )
    # organisation key -> (existing id or None, values to write)
    organisations: dict[_OrgKey, tuple[int | None, dict[str, Any]]] = field(default_factory=dict)
    # requests: (row, request id or None, values)
    requests: list[tuple[int, int | None, dict[str, Any]]] = field(default_factory=list)

    def bad_rows(self) -> set[int]:
        return {p.row for p in self.problems}

    def counts(self) -> tuple[int, int, int]:
        bad = self.bad_rows()
        if self.kind == "attendees":
            good = [p for p in self.people if p[0] not in bad]
            created = sum(1 for p in good if p[1] is None)
            keys = {p[3] for p in good}
            new_orgs = sum(
                1
                for key, (org_id, _) in self.organisations.items()
                if org_id is None and key in keys
            )
            return created, len(good) - created, new_orgs
        good_requests = [r for r in self.requests if r[0] not in bad]
        created = sum(1 for r in good_requests if r[1] is None)
        return created, len(good_requests) - created, 0


class _RowContext:
    """Reads mapped cells of one row and collects its problems under the file's headings."""

    def __init__(self, plan: _Plan, index: dict[str, int], row: Row) -> None:
        self.plan = plan
        self.row = row
        self.index = index

    def has(self, name: str) -> bool:
        return name in self.plan.mapping

    def text(self, name: str) -> str:
        heading = self.plan.mapping.get(name)
        return self.row.get(self.index[heading]) if heading is not None else ""

    def problem(self, name: str, kind: ImportProblemKind, **facts: Any) -> None:
        column = self.plan.mapping.get(name, FIELD_HEADINGS[self.plan.kind].get(name, name))
        self.plan.problems.append(ImportProblem(self.row.number, column, kind, name, **facts))

    def parse(self, name: str, parser: Callable[[str], Any]) -> Any:
        text = self.text(name)
        try:
            return parser(text)
        except values.BadValue as exc:
            self.problem(name, ImportProblemKind.BAD_VALUE, value=text, fact=exc.fact)
            return None

    def value(self, name: str) -> Any:
        """A value field's cell through the value mapping, else recognised automatically."""
        text = self.text(name).strip()
        if text:
            self.plan.seen.setdefault(name, Counter())[text] += 1
        return _value_of(self.plan, name, text, self.problem)


def _value_of(plan: _Plan, name: str, text: str, problem: Callable[..., None]) -> Any:
    kind = values.VALUE_KINDS[name]
    mapped = plan.value_mapping.value_for(name, text) if text else None
    try:
        if mapped is not None:
            return kind.from_text(mapped, plan.days)
        return kind.parse(text, plan.days)
    except values.BadValue as exc:
        problem(name, ImportProblemKind.BAD_VALUE, value=text, fact=exc.fact, mapped=mapped)
        return None


def _column_limit(model: type[Base], name: str) -> int | None:
    length: int | None = getattr(table_of(model).c[name].type, "length", None)
    return length


def _checked_text(ctx: _RowContext, name: str, model: type[Base], column: str) -> str:
    text = ctx.text(name).strip()
    limit = _column_limit(model, column)
    if limit is not None and len(text) > limit:
        ctx.problem(name, ImportProblemKind.TOO_LONG, count=len(text), limit=limit)
    return text


class _Ticker:
    """Counts work across the phases (read, check, write), reports it and checks cancel."""

    def __init__(self, total: int, task: Task):
        self.done, self.total = 0, max(1, total)
        self.task = task
        self.check()

    def tick(self, count: int = 1) -> None:
        before = self.done
        self.done = min(self.total, self.done + count)
        if before // _CHECK_EVERY != self.done // _CHECK_EVERY or count > 1:
            self.check()

    def check(self) -> None:
        self.task.check("The import was cancelled; nothing was stored.")
        self.task.steps(self.done, self.total)

    def finish(self) -> None:
        self.done = self.total
        self.task.steps(self.total, self.total)


def _read_rows(reader: TableReader, progress: _Ticker) -> list[Row]:
    """All data rows, read before any transaction starts: parsing a large workbook takes
    a while, and an open write transaction would keep check-in stations waiting."""
    rows = []
    for row in reader.rows():
        rows.append(row)
        progress.tick()
    return rows


def _plan_attendees(
    session: Session, reader: TableReader, rows: list[Row], plan: _Plan, progress: _Ticker
) -> None:
    mapping = plan.mapping
    if not {"first_name", "last_name", "full_name"} & mapping.keys():
        plan.problems.append(
            ImportProblem(
                plan.header_row, "", ImportProblemKind.NO_NAME_COLUMN, names=reader.info.headers
            )
        )
        return
    existing = session.execute(
        select(Attendee.id, Attendee.email, Attendee.external_id, Attendee.organisation_id)
    ).all()
    by_external = {a.external_id: a for a in existing if a.external_id}
    by_email: dict[str, list[DbRow[int, str, str | None, int]]] = {}
    for attendee in existing:
        if attendee.email:
            by_email.setdefault(attendee.email.casefold(), []).append(attendee)
    orgs = session.execute(
        select(Organisation.id, Organisation.name, Organisation.country, Organisation.external_id)
    ).all()
    org_by_external = {o.external_id: o.id for o in orgs if o.external_id}
    org_by_name_country = {(o.name.casefold(), o.country): o.id for o in orgs}
    org_by_name: dict[str, list[int]] = {}
    for org in orgs:
        org_by_name.setdefault(org.name.casefold(), []).append(org.id)
    planned_external: dict[str, _OrgKey] = {}
    planned_name: dict[tuple[str, str], _OrgKey] = {}
    seen_external: dict[str, int] = {}
    seen_email: dict[str, int] = {}
    matched_ids: dict[int, int] = {}

    index = {heading: i for i, heading in enumerate(reader.info.headers)}
    for row in rows:
        progress.tick()
        plan.row_count += 1
        ctx = _RowContext(plan, index, row)
        record: dict[str, Any] = {}

        first = _checked_text(ctx, "first_name", Attendee, "first_name")
        last = _checked_text(ctx, "last_name", Attendee, "last_name")
        if not first and not last and ctx.has("full_name"):
            full = ctx.text("full_name").strip()
            first, _, last = full.rpartition(" ") if " " in full else (full, "", "")
            if not first:
                first, last = last, ""
        if not first and not last:
            name_field = next(n for n in ("first_name", "full_name", "last_name") if n in mapping)
            ctx.problem(name_field, ImportProblemKind.NAME_MISSING)
        if ctx.has("first_name") or ctx.has("full_name"):
            record["first_name"] = first
        if ctx.has("last_name") or ctx.has("full_name"):
            record["last_name"] = last
        for name in _ATTENDEE_TEXT_FIELDS:
            if ctx.has(name):
                record[name] = _checked_text(ctx, name, Attendee, name)
        email = record.get("email", "")
        if email and not EMAIL_PATTERN.match(email):
            ctx.problem("email", ImportProblemKind.NOT_EMAIL, value=email)
        for name, parser in _ATTENDEE_PARSERS.items():
            if ctx.has(name):
                record[name] = ctx.parse(name, parser)
        for name in _ATTENDEE_VALUE_FIELDS:
            if ctx.has(name):
                record[name] = ctx.value(name)
        if ctx.has("attendance"):
            present = ctx.value("attendance")
            if present:
                arrival, departure, blocked = stay_for_days(present, plan.slots)
                # An arrival or departure column's own time wins over the day's.
                if record.get("arrival") is None:
                    record["arrival"] = arrival
                if record.get("departure") is None:
                    record["departure"] = departure
                if blocked:
                    plan.blocks[row.number] = blocked
        if (
            record.get("arrival")
            and record.get("departure")
            and record["departure"] <= record["arrival"]
        ):
            ctx.problem("departure", ImportProblemKind.DEPARTURE_BEFORE_ARRIVAL)
        external_id = _checked_text(ctx, "external_id", Attendee, "external_id") or None
        if ctx.has("external_id"):
            record["external_id"] = external_id

        # Duplicates inside the file.
        if external_id is not None:
            if external_id in seen_external:
                ctx.problem(
                    "external_id",
                    ImportProblemKind.DUPLICATE_EXTERNAL_ID,
                    value=external_id,
                    other_row=seen_external[external_id],
                )
            seen_external.setdefault(external_id, row.number)
        if email:
            key = email.casefold()
            if key in seen_email:
                ctx.problem(
                    "email",
                    ImportProblemKind.DUPLICATE_EMAIL,
                    value=email,
                    other_row=seen_email[key],
                )
            seen_email.setdefault(key, row.number)

        # Who is this: external id first, then email.
        attendee_id: int | None = None
        current_org: int | None = None
        if external_id is not None and external_id in by_external:
            match = by_external[external_id]
            attendee_id, current_org = match.id, match.organisation_id
            others = [a for a in by_email.get(email.casefold(), []) if a.id != match.id]
            if email and others:
                ctx.problem(
                    "email", ImportProblemKind.EMAIL_OF_ANOTHER, value=email, record_id=others[0].id
                )
        elif email and email.casefold() in by_email:
            candidates = by_email[email.casefold()]
            match = candidates[0]
            if len(candidates) > 1:
                ctx.problem(
                    "email", ImportProblemKind.EMAIL_SHARED, value=email, count=len(candidates)
                )
            elif external_id is not None and match.external_id not in (None, external_id):
                ctx.problem(
                    "external_id",
                    ImportProblemKind.EXTERNAL_ID_MISMATCH,
                    value=external_id,
                    other=email,
                    record_id=match.id,
                    stored=match.external_id or "",
                )
            attendee_id, current_org = match.id, match.organisation_id
        if attendee_id is not None:
            if attendee_id in matched_ids:
                ctx.problem(
                    "external_id" if external_id else "email",
                    ImportProblemKind.SAME_ATTENDEE_TWICE,
                    other_row=matched_ids[attendee_id],
                )
            matched_ids.setdefault(attendee_id, row.number)

        org_key = _plan_organisation(
            ctx,
            plan,
            current_org,
            org_by_external,
            org_by_name_country,
            org_by_name,
            planned_external,
            planned_name,
        )
        plan.people.append((row.number, attendee_id, record, org_key))


def _plan_organisation(
    ctx: _RowContext,
    plan: _Plan,
    current_org: int | None,
    org_by_external: dict[str, int],
    org_by_name_country: dict[tuple[str, str], int],
    org_by_name: dict[str, list[int]],
    planned_external: dict[str, _OrgKey],
    planned_name: dict[tuple[str, str], _OrgKey],
) -> _OrgKey | None:
    name = _checked_text(ctx, "organisation", Organisation, "name")
    org_external = _checked_text(ctx, "organisation_external_id", Organisation, "external_id")
    country = (ctx.value("country") or "") if ctx.has("country") else ""
    details: dict[str, Any] = {}
    for field_name, column in (
        ("org_type", "org_type"),
        ("sector", "sector"),
        ("website", "website"),
    ):
        text = _checked_text(ctx, field_name, Organisation, column)
        if text:
            details[column] = text
    if country:
        details["country"] = country

    def remember(key: _OrgKey, org_id: int | None, new_values: dict[str, Any]) -> _OrgKey:
        if key in plan.organisations:
            # Many rows share an organisation: the first row's details win for new ones,
            # and non-empty details update an existing one.
            known = plan.organisations[key][1]
            for column, value in new_values.items():
                known.setdefault(column, value)
        else:
            plan.organisations[key] = (org_id, dict(new_values))
        return key

    if org_external:
        if org_external in org_by_external:
            org_id = org_by_external[org_external]
            if name:
                details["name"] = name
            return remember(("id", org_id), org_id, details)
        if org_external in planned_external:
            return remember(planned_external[org_external], None, details)
        if not name:
            ctx.problem(
                "organisation_external_id",
                ImportProblemKind.UNKNOWN_ORGANISATION_ID,
                value=org_external,
            )
            return None
        key: _OrgKey = ("new", org_external)
        planned_external[org_external] = key
        return remember(key, None, {"name": name, "external_id": org_external, **details})
    if name:
        folded = name.casefold()
        found = org_by_name_country.get((folded, country))
        if found is None and not country and len(org_by_name.get(folded, [])) == 1:
            found = org_by_name[folded][0]
        if found is not None:
            return remember(("id", found), found, details)
        key = ("new", folded, country)
        planned_name.setdefault((folded, country), key)
        return remember(key, None, {"name": name, **details})
    if current_org is not None:
        return remember(("id", current_org), current_org, details) if details else None
    if ctx.has("organisation") or ctx.has("organisation_external_id"):
        ctx.problem(
            "organisation" if ctx.has("organisation") else "organisation_external_id",
            ImportProblemKind.ORGANISATION_MISSING,
        )
    else:
        ctx.problem("organisation", ImportProblemKind.NO_ORGANISATION_COLUMN)
    return None


def _plan_requests(
    session: Session,
    reader: TableReader,
    rows: list[Row],
    plan: _Plan,
    matched: bool,
    progress: _Ticker,
) -> None:
    missing = [name for name in ("requester", "requested") if name not in plan.mapping]
    if missing:
        plan.problems.append(
            ImportProblem(
                plan.header_row,
                "",
                ImportProblemKind.NO_PAIR_COLUMNS,
                names=reader.info.headers,
                fields=tuple(missing),
            )
        )
        return
    people = session.execute(select(Attendee.id, Attendee.email, Attendee.external_id)).all()
    by_external: dict[str, int] = {p.external_id: p.id for p in people if p.external_id}
    by_email: dict[str, list[int]] = {}
    for person in people:
        if person.email:
            by_email.setdefault(person.email.casefold(), []).append(person.id)
    existing = {
        (r.requester_id, r.requested_id): r.id
        for r in session.execute(
            select(MeetingRequest.id, MeetingRequest.requester_id, MeetingRequest.requested_id)
        )
    }
    seen_pairs: dict[frozenset[int], int] = {}
    default_status = RequestStatus.ACCEPTED if matched else RequestStatus.PENDING

    def who(ctx: _RowContext, name: str) -> int | None:
        reference = ctx.text(name).strip()
        if not reference:
            ctx.problem(name, ImportProblemKind.REFERENCE_EMPTY)
            return None
        if reference in by_external:
            return by_external[reference]
        ids = by_email.get(reference.casefold(), [])
        if len(ids) == 1:
            return ids[0]
        if len(ids) > 1:
            ctx.problem(name, ImportProblemKind.REFERENCE_SHARED, value=reference, count=len(ids))
            return None
        ctx.problem(name, ImportProblemKind.UNKNOWN_ATTENDEE, value=reference)
        return None

    index = {heading: i for i, heading in enumerate(reader.info.headers)}
    for row in rows:
        progress.tick()
        plan.row_count += 1
        ctx = _RowContext(plan, index, row)
        requester, requested = who(ctx, "requester"), who(ctx, "requested")
        record: dict[str, Any] = {}
        if matched:
            record["status"] = RequestStatus.ACCEPTED
        elif ctx.has("status"):
            record["status"] = ctx.value("status")
        if ctx.has("priority"):
            record["priority"] = ctx.value("priority")
        if ctx.has("note"):
            record["note"] = ctx.text("note").strip()
        if requester is None or requested is None:
            continue
        if requester == requested:
            ctx.problem("requested", ImportProblemKind.SELF_REQUEST)
            continue
        pair = frozenset((requester, requested))
        if pair in seen_pairs:
            ctx.problem(
                "requested", ImportProblemKind.DUPLICATE_REQUEST, other_row=seen_pairs[pair]
            )
            continue
        seen_pairs[pair] = row.number
        request_id = existing.get((requester, requested))
        reverse = existing.get((requested, requester))
        if request_id is None and reverse is not None:
            if matched:
                requester, requested, request_id = requested, requester, reverse
            else:
                ctx.problem("requester", ImportProblemKind.REVERSE_REQUEST, record_id=reverse)
                continue
        record.update(requester_id=requester, requested_id=requested)
        if request_id is None:
            record.setdefault("status", default_status)
            record.setdefault("priority", 1)
            record.setdefault("note", "")
        plan.requests.append((row.number, request_id, record))


def _make_plan(
    session: Session,
    kind: str,
    reader: TableReader,
    rows: list[Row],
    columns: dict[str, str],
    value_mapping: ColumnMapping,
    *,
    matched: bool,
    progress: _Ticker,
) -> _Plan:
    plan = _Plan(kind, columns, reader.info.header_row, value_mapping)
    plan.slots = [
        (r.id, r.starts_at, r.ends_at)
        for r in session.execute(
            select(Slot.id, Slot.starts_at, Slot.ends_at)
            .where(ACTIVE_SLOT)
            .order_by(Slot.starts_at)
        )
    ]
    plan.days = tuple(sorted({starts.date() for _id, starts, _ends in plan.slots}))
    if kind == "attendees":
        _plan_attendees(session, reader, rows, plan, progress)
        plan.changes = _attendee_changes(session, plan)
    else:
        _plan_requests(session, reader, rows, plan, matched, progress)
        plan.changes = _request_changes(session, plan)
    return plan


# What a re-import changes -----------------------------------------------------------


def _shown(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ", timespec="minutes")
    return str(value.value if isinstance(value, enum.Enum) else value)


def _same(old: Any, new: Any) -> bool:
    """Equal as stored; an empty text and no value are the same."""
    return old == new or (old in ("", None) and new in ("", None))


def _summarise(entity: str, pairs: dict[str, Counter[tuple[str, str]]]) -> list[FieldChange]:
    changes = []
    for name, counter in pairs.items():
        if counter:
            examples = tuple((old, new, n) for (old, new), n in counter.most_common(MAX_EXAMPLES))
            changes.append(FieldChange(entity, name, sum(counter.values()), examples))
    return changes


def _attendee_changes(session: Session, plan: _Plan) -> list[FieldChange]:
    """Which stored values the planned updates replace, field by field."""
    bad = plan.bad_rows()
    updates = [
        (row, attendee_id, record, org_key)
        for row, attendee_id, record, org_key in plan.people
        if attendee_id is not None and row not in bad
    ]
    if not updates:
        return []
    fields = sorted({name for _r, _i, record, _k in updates for name in record})
    ids = [p[1] for p in updates]
    current: dict[int, Any] = {}
    for start in range(0, len(ids), 900):
        chunk = ids[start : start + 900]
        query = select(
            Attendee.id, Attendee.organisation_id, *(getattr(Attendee, f) for f in fields)
        )
        for row in session.execute(query.where(Attendee.id.in_(chunk))):
            current[row.id] = row
    org_rows = {o.id: o for o in session.scalars(select(Organisation))}
    blocked_now: dict[int, set[int]] = {}
    if plan.blocks:
        for attendee_id, slot_id in session.execute(
            select(AttendeeBlockedSlot.attendee_id, AttendeeBlockedSlot.slot_id)
        ):
            blocked_now.setdefault(attendee_id, set()).add(slot_id)
    pairs: dict[str, Counter[tuple[str, str]]] = {}
    for row_number, attendee_id, record, org_key in updates:
        before = current[attendee_id]
        for name, new in record.items():
            old = getattr(before, name)
            if not _same(old, new):
                pairs.setdefault(name, Counter())[(_shown(old), _shown(new))] += 1
        if org_key is not None:
            org_id, details = plan.organisations[org_key]
            if org_id != before.organisation_id:
                old_name = org_rows[before.organisation_id].name
                new_name = org_rows[org_id].name if org_id is not None else details.get("name", "")
                pairs.setdefault("organisation", Counter())[(old_name, new_name)] += 1
        added = plan.blocks.get(row_number, frozenset()) - blocked_now.get(attendee_id, set())
        if added:
            counts = (
                str(len(blocked_now.get(attendee_id, ()))),
                str(len(blocked_now.get(attendee_id, ())) + len(added)),
            )
            pairs.setdefault("blocked_slots", Counter())[counts] += 1
    changes = _summarise("attendees", pairs)
    used = {p[3] for p in updates}
    org_pairs: dict[str, Counter[tuple[str, str]]] = {}
    for key, (org_id, details) in plan.organisations.items():
        if org_id is None or key not in used:
            continue
        organisation = org_rows[org_id]
        for name, new in details.items():
            if not _same(getattr(organisation, name), new):
                change = (_shown(getattr(organisation, name)), _shown(new))
                org_pairs.setdefault("organisation" if name == "name" else name, Counter())[
                    change
                ] += 1
    return changes + _summarise("organisations", org_pairs)


def _request_changes(session: Session, plan: _Plan) -> list[FieldChange]:
    bad = plan.bad_rows()
    updates = [r for r in plan.requests if r[1] is not None and r[0] not in bad]
    if not updates:
        return []
    current = {
        r.id: r
        for r in session.execute(
            select(
                MeetingRequest.id,
                MeetingRequest.status,
                MeetingRequest.priority,
                MeetingRequest.note,
            )
        )
    }
    pairs: dict[str, Counter[tuple[str, str]]] = {}
    for _row, request_id, record in updates:
        for name in ("status", "priority", "note"):
            if name in record and not _same(getattr(current[request_id], name), record[name]):
                old, new = getattr(current[request_id], name), record[name]
                pairs.setdefault(name, Counter())[(_shown(old), _shown(new))] += 1
    return _summarise("requests", pairs)


# Writing ----------------------------------------------------------------------------


def _bulk_update(session: Session, model: type, changes: list[dict[str, Any]]) -> None:
    """Update rows by primary key, one executemany per set of changed columns."""
    groups: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for change in changes:
        groups.setdefault(tuple(sorted(change)), []).append(change)
    for group in groups.values():
        session.execute(update(model), group)


def _write_attendees(
    session: Session, plan: _Plan, bad: set[int], report: Callable[[int], None]
) -> tuple[int, int, int]:
    good = [p for p in plan.people if p[0] not in bad]
    used_keys = {p[3] for p in good if p[3] is not None}
    org_ids: dict[_OrgKey, int] = {}
    new_orgs = [(k, v) for k, (i, v) in plan.organisations.items() if i is None and k in used_keys]
    if new_orgs:
        rows = [
            {
                "name": v["name"],
                "country": v.get("country", ""),
                "org_type": v.get("org_type", ""),
                "sector": v.get("sector", ""),
                "website": v.get("website", ""),
                "description": "",
                "external_id": v.get("external_id"),
            }
            for _, v in new_orgs
        ]
        ids = session.scalars(
            insert(Organisation).returning(Organisation.id, sort_by_parameter_order=True), rows
        ).all()
        org_ids.update({key: org_id for (key, _), org_id in zip(new_orgs, ids, strict=True)})
    org_updates = [
        {"id": i, **v}
        for k, (i, v) in plan.organisations.items()
        if i is not None and v and k in used_keys
    ]
    _bulk_update(session, Organisation, org_updates)
    for key, (org_id, _) in plan.organisations.items():
        if org_id is not None:
            org_ids[key] = org_id

    now = utcnow()
    creates, updates = [], []
    for _row, attendee_id, record, org_key in good:
        if attendee_id is None:
            assert org_key is not None  # planning refuses a new attendee without one
            creates.append(
                {
                    **_NEW_ATTENDEE_DEFAULTS,
                    **record,
                    "organisation_id": org_ids[org_key],
                    "created_at": now,
                    "updated_at": now,
                }
            )
        else:
            changes = {"id": attendee_id, **record, "updated_at": now}
            if org_key is not None:
                changes["organisation_id"] = org_ids[org_key]
            updates.append(changes)
    for start in range(0, len(updates), _WRITE_CHUNK):
        chunk = updates[start : start + _WRITE_CHUNK]
        _bulk_update(session, Attendee, chunk)
        report(len(chunk))
    new_ids: list[int] = []
    for start in range(0, len(creates), _WRITE_CHUNK):
        chunk = creates[start : start + _WRITE_CHUNK]
        new_ids += session.scalars(
            insert(Attendee).returning(Attendee.id, sort_by_parameter_order=True), chunk
        ).all()
        report(len(chunk))
    created = iter(new_ids)
    blocks: list[tuple[int, frozenset[int]]] = []
    for row_number, attendee_id, _record, _key in good:
        person = next(created) if attendee_id is None else attendee_id
        if row_number in plan.blocks:
            blocks.append((person, plan.blocks[row_number]))
    _add_blocks(session, blocks)
    return len(creates), len(updates), len(new_orgs)


def _add_blocks(session: Session, blocks: list[tuple[int, frozenset[int]]]) -> None:
    """Block the slots of days an attendee misses; slots already blocked stay as they are."""
    if not blocks:
        return
    existing = set(
        session.execute(select(AttendeeBlockedSlot.attendee_id, AttendeeBlockedSlot.slot_id))
    )
    rows = [
        {"attendee_id": person, "slot_id": slot_id}
        for person, slot_ids in blocks
        for slot_id in sorted(slot_ids)
        if (person, slot_id) not in existing
    ]
    for start in range(0, len(rows), _WRITE_CHUNK):
        session.execute(insert(AttendeeBlockedSlot), rows[start : start + _WRITE_CHUNK])


def _write_requests(
    session: Session, plan: _Plan, bad: set[int], report: Callable[[int], None]
) -> tuple[int, int, int]:
    now = utcnow()
    creates, updates = [], []
    for _row, request_id, record in (r for r in plan.requests if r[0] not in bad):
        responded = None if record.get("status") in (None, RequestStatus.PENDING) else now
        if request_id is None:
            creates.append(
                {
                    **record,
                    "unscheduled_reason": "",
                    "created_at": now,
                    "updated_at": now,
                    "responded_at": responded,
                }
            )
        else:
            changes = {k: v for k, v in record.items() if k not in ("requester_id", "requested_id")}
            updates.append({"id": request_id, **changes, "updated_at": now})
    for start in range(0, len(updates), _WRITE_CHUNK):
        chunk = updates[start : start + _WRITE_CHUNK]
        for keys in {tuple(sorted(c)) for c in chunk}:
            session.execute(update(MeetingRequest), [c for c in chunk if tuple(sorted(c)) == keys])
        report(len(chunk))
    for start in range(0, len(creates), _WRITE_CHUNK):
        chunk = creates[start : start + _WRITE_CHUNK]
        session.execute(insert(MeetingRequest), chunk)
        report(len(chunk))
    return len(creates), len(updates), 0


# Public API -------------------------------------------------------------------------


def _reader(path: str | Path, kind: str) -> TableReader:
    # A title line above the headings ("Participants, 12 May") is passed over.
    return open_table(Path(path), lambda cells: len(auto_map(kind, cells)) >= 2)


def remembered_mapping(
    session: Session, kind: str, headers: tuple[str, ...]
) -> ColumnMapping | None:
    """The mapping last used in this event for a file with the same set of headings."""
    check_kind(kind)
    stored = session.scalar(
        select(ImportMapping).where(
            ImportMapping.kind == kind, ImportMapping.headings_key == headings_key(kind, headers)
        )
    )
    return None if stored is None else mapping_from_dict(stored.mapping, "(remembered)")


def _remember(
    session: Session, kind: str, headers: tuple[str, ...], mapping: ColumnMapping
) -> None:
    key = headings_key(kind, headers)
    stored = session.scalar(
        select(ImportMapping).where(ImportMapping.kind == kind, ImportMapping.headings_key == key)
    )
    if stored is None:
        stored = ImportMapping(kind=kind, headings_key=key)
        session.add(stored)
    stored.headings = list(headers)
    stored.mapping = mapping.to_dict()


def _effective(
    database: EventDatabase, kind: str, headers: tuple[str, ...], given: ColumnMapping | None
) -> tuple[ColumnMapping | None, bool]:
    """The mapping to overlay on the automatic one: the given one, else the remembered."""
    if given is not None:
        return given, False
    with database.session() as session:
        remembered = remembered_mapping(session, kind, headers)
    return remembered, remembered is not None


def _used_mapping(
    kind: str, columns: dict[str, str], explicit: ColumnMapping | None
) -> ColumnMapping:
    """The mapping an import used, complete: every field, an empty heading for the unmapped."""
    return ColumnMapping(
        kind,
        {name: columns.get(name, "") for name in FIELD_SYNONYMS[kind]},
        {
            name: dict(words)
            for name, words in (explicit.values if explicit else {}).items()
            if words
        },
    )


def mapping_for(
    kind: str,
    path: str | Path,
    mapping: ColumnMapping | None = None,
    database: EventDatabase | None = None,
) -> ColumnMapping:
    """The mapping an import of ``path`` would use (reads only the heading row): every
    field with its column (empty when not imported) and the value mapping. With
    ``database``, a mapping remembered for the file's headings counts as given."""
    check_kind(kind)
    with _reader(path, kind) as reader:
        headers = reader.info.headers
        if database is not None:
            mapping, _ = _effective(database, kind, headers, mapping)
        columns = resolve_mapping(kind, headers, mapping, reader.path.name)
    return _used_mapping(kind, columns, mapping)


def _value_rows(plan: _Plan) -> tuple[ValueRow, ...]:
    rows = []
    for name in VALUE_FIELDS[plan.kind]:
        for text, count in sorted(plan.seen.get(name, Counter()).items()):
            value = _value_of(plan, name, text, lambda *_problem, **_facts: None)
            mapped = plan.value_mapping.value_for(name, text) is not None
            shown = None if value is None else values.VALUE_KINDS[name].as_text(value)
            rows.append(ValueRow(name, text, count, shown, mapped))
    return tuple(rows)


@dataclass(frozen=True)
class _ReadFile:
    """A file read for an import or its dry run, before any transaction: its rows and the
    mapping they are read with (the given one, else the one remembered for these headings,
    over the automatic one). The dry run and the import read it the same way, here."""

    kind: str
    reader: TableReader
    rows: list[Row]
    columns: dict[str, str]
    explicit: ColumnMapping | None
    remembered: bool
    progress: _Ticker

    def plan(self, session: Session, *, matched: bool) -> _Plan:
        return _make_plan(
            session,
            self.kind,
            self.reader,
            self.rows,
            self.columns,
            self.explicit or ColumnMapping(self.kind, {}),
            matched=matched,
            progress=self.progress,
        )


def _read_file(
    database: EventDatabase,
    kind: str,
    path: str | Path,
    mapping: ColumnMapping | None,
    task: Task,
    *,
    phases: int,
) -> _ReadFile:
    """Read ``path`` for ``kind``; progress counts every row once per phase."""
    check_kind(kind)
    with _reader(path, kind) as reader:
        headers = reader.info.headers
        explicit, remembered = _effective(database, kind, headers, mapping)
        columns = resolve_mapping(kind, headers, explicit, reader.path.name)
        progress = _Ticker(phases * reader.estimate_rows(), task)
        rows = _read_rows(reader, progress)
    return _ReadFile(kind, reader, rows, columns, explicit, remembered, progress)


def preview_import(
    database: EventDatabase,
    kind: str,
    path: str | Path,
    mapping: ColumnMapping | None = None,
    *,
    matched: bool = False,
    task: Task = NO_TASK,
) -> ImportPreview:
    """The dry run: what the file holds, how it maps (columns and values), what it would
    change in people already stored, and every problem by row and column.

    Without ``mapping`` the one remembered for the file's headings is used, if any.
    ``matched`` treats a requests file as already-matched pairs (imported as accepted).
    """
    file = _read_file(database, kind, path, mapping, task, phases=2)  # read, check
    with database.session() as session:
        plan = file.plan(session, matched=matched)
        session.rollback()
    file.progress.finish()
    created, updated, new_orgs = plan.counts()
    mapped = set(plan.mapping.values())
    info = file.reader.info
    return ImportPreview(
        kind=kind,
        path=str(path),
        format=info.format,
        encoding=info.encoding,
        delimiter=info.delimiter,
        sheet=info.sheet,
        columns=info.headers,
        mapping=dict(plan.mapping),
        unmapped_columns=tuple(h for h in info.headers if h not in mapped),
        row_count=plan.row_count,
        problems=tuple(plan.problems),
        to_create=created,
        to_update=updated,
        organisations_to_create=new_orgs,
        values=_value_rows(plan),
        changes=tuple(plan.changes),
        remembered=file.remembered,
        days=plan.days,
    )


def run_import(
    database: EventDatabase,
    kind: str,
    path: str | Path,
    mapping: ColumnMapping | None = None,
    skip_bad_rows: bool = False,
    *,
    task: Task = NO_TASK,
    matched: bool = False,
    actor: str = "",
) -> ImportResult:
    """Import the file in one transaction: everything, or nothing while problems remain.

    With ``skip_bad_rows`` the rows with problems are left out and reported in the result;
    problems with the file as a whole (a missing name column) still refuse the import.
    The mapping used is remembered for the next file with the same headings; without
    ``mapping`` the remembered one is used.
    """
    file = _read_file(database, kind, path, mapping, task, phases=3)  # read, check, write
    reader, progress = file.reader, file.progress
    backup_event(database, f"import {kind}")
    with database.session(f"save the {kind} import") as session:
        plan = file.plan(session, matched=matched)
        problems = tuple(plan.problems)
        file_level = [p for p in problems if p.row == plan.header_row]
        if problems and (not skip_bad_rows or file_level):
            raise ImportRefusedError(reader.path.name, problems)
        bad = plan.bad_rows()
        writer = _write_attendees if kind == "attendees" else _write_requests
        created, updated, new_orgs = writer(session, plan, bad, progress.tick)
        used = _used_mapping(kind, file.columns, file.explicit)
        _remember(session, kind, reader.info.headers, used)
        audit.record(
            session,
            "import",
            kind,
            None,
            actor=actor,
            file=reader.path.name,
            created=created,
            updated=updated,
            skipped_rows=sorted(bad),
            organisations_created=new_orgs,
            changed={f"{c.entity}.{c.field}": c.count for c in plan.changes},
        )
        # Imported here: the check builds on the schedule service, which imports need not load.
        from brokerage_app.services.schedule_check import check_schedule

        # Updated availability or requests can break placed meetings: checked in this transaction.
        check = check_schedule(session)
        topic = Topic.ATTENDEES if kind == "attendees" else Topic.REQUESTS
        changed = note_changes(session, topic, Topic.SCHEDULE)
    progress.finish()
    return ImportResult(
        kind=kind,
        created=created,
        updated=updated,
        skipped=len(bad),
        organisations_created=new_orgs,
        skipped_problems=problems,
        changes=tuple(plan.changes),
        schedule_check=check,
        changed=changed,
    )
