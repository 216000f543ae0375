"""SQLAlchemy 2 schema of one event database.

One database holds exactly one brokerage event, so that an event is a file an organiser can
copy, back up and hand over. Rows therefore carry no event id; the single ``event`` row holds
what is event-wide. Every foreign key states what a delete does to it, because organisers
delete people and organisations and the file must never keep dangling rows.
"""

from __future__ import annotations

import datetime as dt
import enum
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Enum,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    Time,
    UniqueConstraint,
    false,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from brokerage_app.domain.clock import utcnow
from brokerage_app.domain.text import display_name

# Stable constraint names keep Alembic's batch migrations on SQLite and PostgreSQL alike.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {dict[str, Any]: JSON}


def table_of(model: type[Base]) -> Table:
    """The Core table of a mapped class (SQLAlchemy types ``__table__`` as any FROM clause)."""
    table = model.__table__
    assert isinstance(table, Table)
    return table


def _enum(cls: type[enum.Enum], name: str = "") -> Enum:
    # Stored as short strings with a CHECK constraint; readable in any SQL shell. ``name``
    # tells the CHECK constraints of two columns of one enum in one table apart.
    return Enum(
        cls,
        name=name or cls.__name__.lower(),
        native_enum=False,
        create_constraint=True,
        length=24,
        values_callable=lambda members: [m.value for m in members],
        validate_strings=True,
    )


class AttendeeRole(enum.StrEnum):
    BUYER = "buyer"
    SELLER = "seller"
    BOTH = "both"


class BadgeCategory(enum.StrEnum):
    DELEGATE = "delegate"
    EXHIBITOR = "exhibitor"
    ORGANISER = "organiser"
    PRESS = "press"
    STAFF = "staff"


class RequestStatus(enum.StrEnum):
    PENDING = "pending"
    ACCEPTED = "accepted"
    DECLINED = "declined"
    CANCELLED = "cancelled"


class MeetingStatus(enum.StrEnum):
    SCHEDULED = "scheduled"
    HELD = "held"
    NO_SHOW = "no_show"
    CANCELLED = "cancelled"


class MeetingOutcome(enum.StrEnum):
    """The feedback b2match organisers collect on a meeting, recorded on or after the day.

    NO_INTEREST is b2match's "insufficient interest", INFORMATIVE its "very informative but
    no cooperation planned". Whether an agreement was reached is recorded apart
    (``Meeting.agreement_reached``): funders count it on its own.
    """

    DID_NOT_TAKE_PLACE = "did_not_take_place"
    NO_INTEREST = "no_interest"
    INFORMATIVE = "informative"
    COOPERATION_POSSIBLE = "cooperation_possible"


class CheckinResult(enum.StrEnum):
    CHECKED_IN = "checked_in"
    ALREADY_CHECKED_IN = "already_checked_in"
    INVALID = "invalid"
    REVOKED = "revoked"
    WRONG_EVENT = "wrong_event"
    UNKNOWN = "unknown"
    UNDONE = "undone"


class Event(Base):
    __tablename__ = "event"
    __table_args__ = (CheckConstraint("id = 1", name="single_event"),)

    id: Mapped[int] = mapped_column(primary_key=True, default=1)
    # Identifies the event across files and stations (badge codes carry it).
    uid: Mapped[str] = mapped_column(String(36), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    venue: Mapped[str] = mapped_column(String(200), default="")
    venue_map_ref: Mapped[str] = mapped_column(String(200), default="")
    # A PNG or JPEG of the venue, printed on the last page of every agenda (0007); deferred
    # so that reading the event does not read the image.
    venue_map: Mapped[bytes | None] = mapped_column(LargeBinary, deferred=True)
    time_zone: Mapped[str] = mapped_column(String(64), default="Europe/Stockholm")
    organiser_name: Mapped[str] = mapped_column(String(200), default="")
    organiser_email: Mapped[str] = mapped_column(String(200), default="")
    organiser_phone: Mapped[str] = mapped_column(String(64), default="")
    default_language: Mapped[str] = mapped_column(String(8), default="en")
    # Event secret for signing badge codes; never printed, never exported.
    badge_secret: Mapped[str] = mapped_column(String(128))
    schedule_published_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    # The organiser's own badge label sheet (documents.layouts.CustomLayout as JSON), or "".
    badge_layout: Mapped[str] = mapped_column(Text, default="", server_default="")


class EventDay(Base):
    __tablename__ = "event_days"

    id: Mapped[int] = mapped_column(primary_key=True)
    date: Mapped[dt.date] = mapped_column(Date, unique=True)
    label: Mapped[str] = mapped_column(String(64), default="")

    sessions: Mapped[list[MeetingSession]] = relationship(
        back_populates="day", cascade="all, delete-orphan", order_by="MeetingSession.starts"
    )


class MeetingSession(Base):
    """A block of back-to-back meeting slots on one day (for example 09:00-12:20)."""

    __tablename__ = "sessions"
    __table_args__ = (
        CheckConstraint("slot_minutes BETWEEN 5 AND 240", name="slot_minutes_range"),
        CheckConstraint("ends > starts", name="ends_after_start"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    day_id: Mapped[int] = mapped_column(ForeignKey("event_days.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(100), default="")
    starts: Mapped[dt.time] = mapped_column(Time)
    ends: Mapped[dt.time] = mapped_column(Time)
    slot_minutes: Mapped[int] = mapped_column(Integer, default=20)

    day: Mapped[EventDay] = relationship(back_populates="sessions")
    breaks: Mapped[list[SessionBreak]] = relationship(
        back_populates="session", cascade="all, delete-orphan", order_by="SessionBreak.starts"
    )
    slots: Mapped[list[Slot]] = relationship(
        back_populates="session", cascade="all, delete-orphan", order_by="Slot.starts_at"
    )


class SessionBreak(Base):
    """A pause inside a session (coffee, lunch): no slot overlaps it."""

    __tablename__ = "session_breaks"
    __table_args__ = (CheckConstraint("ends > starts", name="ends_after_start"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("sessions.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(100), default="Break")
    starts: Mapped[dt.time] = mapped_column(Time)
    ends: Mapped[dt.time] = mapped_column(Time)

    session: Mapped[MeetingSession] = relationship(back_populates="breaks")


class Slot(Base):
    """One meeting slot; times are local wall-clock times in the event's time zone.

    A slot without a session was removed from the event's timetable while meetings were
    still placed in it: the row stays so that those meetings keep their place (and show as
    conflicts) until a re-solve or the organiser moves them. ``ACTIVE_SLOT`` selects the
    event's own slots.
    """

    __tablename__ = "slots"
    __table_args__ = (CheckConstraint("ends_at > starts_at", name="ends_after_start"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int | None] = mapped_column(ForeignKey("sessions.id", ondelete="CASCADE"))
    starts_at: Mapped[dt.datetime] = mapped_column(DateTime, unique=True)
    ends_at: Mapped[dt.datetime] = mapped_column(DateTime)

    session: Mapped[MeetingSession | None] = relationship(back_populates="slots")


class Room(Base):
    __tablename__ = "rooms"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)

    tables: Mapped[list[MeetingTable]] = relationship(back_populates="room")


class MeetingTable(Base):
    __tablename__ = "tables"
    __table_args__ = (CheckConstraint("number > 0", name="number_positive"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[int] = mapped_column(Integer, unique=True)
    label: Mapped[str] = mapped_column(String(100), default="")
    room_id: Mapped[int | None] = mapped_column(ForeignKey("rooms.id", ondelete="SET NULL"))
    # An exhibitor's own booth: all of the owner's meetings happen here, nobody else's.
    owner_id: Mapped[int | None] = mapped_column(
        ForeignKey("attendees.id", ondelete="SET NULL"), unique=True
    )
    # Removed from the event while meetings were still placed at it (see Slot): kept for
    # them until they move. ``ACTIVE_TABLE`` selects the event's own tables.
    removed: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())

    room: Mapped[Room | None] = relationship(back_populates="tables")
    owner: Mapped[Attendee | None] = relationship(back_populates="own_table")

    @property
    def display_name(self) -> str:
        return self.label or f"Table {self.number}"


class Organisation(Base):
    __tablename__ = "organisations"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    country: Mapped[str] = mapped_column(String(2), default="")  # ISO 3166-1 alpha-2
    org_type: Mapped[str] = mapped_column(String(64), default="")
    sector: Mapped[str] = mapped_column(String(100), default="")
    website: Mapped[str] = mapped_column(String(300), default="")
    description: Mapped[str] = mapped_column(Text, default="")
    external_id: Mapped[str | None] = mapped_column(String(100), unique=True)

    attendees: Mapped[list[Attendee]] = relationship(back_populates="organisation")


class Attendee(Base):
    __tablename__ = "attendees"
    __table_args__ = (
        CheckConstraint("max_meetings IS NULL OR max_meetings >= 0", name="max_meetings_positive"),
        CheckConstraint(
            "arrival IS NULL OR departure IS NULL OR departure > arrival",
            name="departs_after_arrival",
        ),
        Index("ix_attendees_last_first", "last_name", "first_name"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    # Deleting an organisation that still has attendees is refused (RESTRICT).
    organisation_id: Mapped[int] = mapped_column(
        ForeignKey("organisations.id", ondelete="RESTRICT"), index=True
    )
    first_name: Mapped[str] = mapped_column(String(150))
    last_name: Mapped[str] = mapped_column(String(150), default="")
    badge_name: Mapped[str] = mapped_column(String(150), default="")
    # "Dr", "Prof.": a registration's "Title" column, never mixed into the job title.
    honorific: Mapped[str] = mapped_column(String(40), default="", server_default="")
    job_title: Mapped[str] = mapped_column(String(200), default="")
    profile: Mapped[str] = mapped_column(String(300), default="")
    role: Mapped[AttendeeRole] = mapped_column(_enum(AttendeeRole), default=AttendeeRole.BOTH)
    email: Mapped[str] = mapped_column(String(254), default="", index=True)
    phone: Mapped[str] = mapped_column(String(64), default="")
    language: Mapped[str] = mapped_column(String(8), default="en")
    badge_category: Mapped[BadgeCategory] = mapped_column(
        _enum(BadgeCategory), default=BadgeCategory.DELEGATE
    )
    # Availability: outside [arrival, departure) and in blocked slots nobody can meet them.
    arrival: Mapped[dt.datetime | None] = mapped_column(DateTime)
    departure: Mapped[dt.datetime | None] = mapped_column(DateTime)
    max_meetings: Mapped[int | None] = mapped_column(Integer)
    consent_share_contact: Mapped[bool] = mapped_column(Boolean, default=False)
    consent_list_publicly: Mapped[bool] = mapped_column(Boolean, default=True)
    consent_photos: Mapped[bool] = mapped_column(Boolean, default=False)
    external_id: Mapped[str | None] = mapped_column(String(100), unique=True)
    # Bumped when a badge is reissued so that the old code is revoked.
    badge_version: Mapped[int] = mapped_column(Integer, default=1)
    # Shown with the check-in verdict at the desk: "collect speaker pass", "pays at the desk".
    desk_note: Mapped[str] = mapped_column(Text, default="", server_default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)

    organisation: Mapped[Organisation] = relationship(back_populates="attendees")
    own_table: Mapped[MeetingTable | None] = relationship(back_populates="owner")
    blocked_slots: Mapped[list[Slot]] = relationship(secondary="attendee_blocked_slots")

    @property
    def full_name(self) -> str:
        return display_name(self.first_name, self.last_name)

    @property
    def name_on_badge(self) -> str:
        return self.badge_name or self.full_name


class AttendeeBlockedSlot(Base):
    __tablename__ = "attendee_blocked_slots"

    attendee_id: Mapped[int] = mapped_column(
        ForeignKey("attendees.id", ondelete="CASCADE"), primary_key=True
    )
    slot_id: Mapped[int] = mapped_column(
        ForeignKey("slots.id", ondelete="CASCADE"), primary_key=True
    )


class MeetingRequest(Base):
    __tablename__ = "meeting_requests"
    __table_args__ = (
        CheckConstraint("requester_id <> requested_id", name="not_self"),
        CheckConstraint("priority BETWEEN 1 AND 3", name="priority_range"),
        UniqueConstraint("requester_id", "requested_id", name="uq_meeting_requests_pair"),
        Index("ix_meeting_requests_requested", "requested_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    requester_id: Mapped[int] = mapped_column(ForeignKey("attendees.id", ondelete="CASCADE"))
    requested_id: Mapped[int] = mapped_column(ForeignKey("attendees.id", ondelete="CASCADE"))
    status: Mapped[RequestStatus] = mapped_column(
        _enum(RequestStatus), default=RequestStatus.PENDING, index=True
    )
    priority: Mapped[int] = mapped_column(Integer, default=1)
    note: Mapped[str] = mapped_column(Text, default="")
    # Why the last solve could not place this accepted request (empty when placed).
    unscheduled_reason: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
    responded_at: Mapped[dt.datetime | None] = mapped_column(DateTime)

    requester: Mapped[Attendee] = relationship(foreign_keys=[requester_id])
    requested: Mapped[Attendee] = relationship(foreign_keys=[requested_id])
    meeting: Mapped[Meeting | None] = relationship(
        back_populates="request", cascade="all, delete-orphan", passive_deletes=True
    )


MEETING_OCCUPIES_CELL = "status NOT IN ('cancelled', 'no_show')"


class Meeting(Base):
    """A scheduled one-to-one meeting: an accepted request placed in a slot at a table."""

    __tablename__ = "meetings"
    __table_args__ = (
        # A table hosts one live meeting per slot; cancelled meetings keep their history, and
        # a no-show's cell is free for a walk-in while the no-show stays on record.
        Index(
            "uq_meetings_slot_table_live",
            "slot_id",
            "table_id",
            unique=True,
            sqlite_where=text(MEETING_OCCUPIES_CELL),
            postgresql_where=text(MEETING_OCCUPIES_CELL),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int] = mapped_column(
        ForeignKey("meeting_requests.id", ondelete="CASCADE"), unique=True
    )
    slot_id: Mapped[int] = mapped_column(ForeignKey("slots.id", ondelete="RESTRICT"), index=True)
    table_id: Mapped[int] = mapped_column(ForeignKey("tables.id", ondelete="RESTRICT"))
    locked: Mapped[bool] = mapped_column(Boolean, default=False)
    status: Mapped[MeetingStatus] = mapped_column(
        _enum(MeetingStatus), default=MeetingStatus.SCHEDULED
    )
    # Where delegates were told to be when the schedule was last published.
    published_slot_id: Mapped[int | None] = mapped_column(
        ForeignKey("slots.id", ondelete="SET NULL")
    )
    published_table_id: Mapped[int | None] = mapped_column(
        ForeignKey("tables.id", ondelete="SET NULL")
    )
    outcome: Mapped[MeetingOutcome | None] = mapped_column(_enum(MeetingOutcome))
    # An agreement (contract, project, letter of intent) came of it, as EEN partners report.
    agreement_reached: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    walk_in: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)

    request: Mapped[MeetingRequest] = relationship(back_populates="meeting")
    slot: Mapped[Slot] = relationship(foreign_keys=[slot_id])
    table: Mapped[MeetingTable] = relationship(foreign_keys=[table_id])


class Checkin(Base):
    """One scan at a check-in station, good or bad: the log is never pruned."""

    __tablename__ = "checkins"
    __table_args__ = (
        # Race-freedom across stations: one successful check-in per attendee and day.
        Index(
            "uq_checkins_attendee_day_ok",
            "attendee_id",
            "day",
            unique=True,
            sqlite_where=text("result = 'checked_in' AND undone_at IS NULL"),
            postgresql_where=text("result = 'checked_in' AND undone_at IS NULL"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    # Retrying a scan with the same id is idempotent.
    scan_id: Mapped[str] = mapped_column(String(64), unique=True)
    attendee_id: Mapped[int | None] = mapped_column(
        ForeignKey("attendees.id", ondelete="SET NULL"), index=True
    )
    day: Mapped[dt.date] = mapped_column(Date)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    station: Mapped[str] = mapped_column(String(100), default="")
    result: Mapped[CheckinResult] = mapped_column(_enum(CheckinResult))
    # What was scanned, shortened and made printable, for the log.
    scanned: Mapped[str] = mapped_column(String(200), default="")
    undone_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    # Verified by the station alone while the server was out of reach, and sent later.
    offline: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    # When an offline scan reached the server (None: logged online, as it happened).
    synced_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    # What the station showed, when the server's verdict at sync differs: a badge admitted
    # offline by two stations is "checked in" at the earliest scan and "already (found at
    # sync)" at the others, which point to that check-in.
    shown_result: Mapped[CheckinResult | None] = mapped_column(
        _enum(CheckinResult, "shown_checkinresult")
    )
    duplicate_of: Mapped[int | None] = mapped_column(ForeignKey("checkins.id", ondelete="SET NULL"))

    @property
    def found_at_sync(self) -> bool:
        return self.shown_result is not None and self.shown_result is not self.result


class AgendaPrint(Base):
    """The content fingerprint of a delegate's agenda when it was last printed (0007).

    ``print agendas --changed-since-last-print`` reprints only the agendas whose
    fingerprint differs (or that were never printed).
    """

    __tablename__ = "agenda_prints"

    attendee_id: Mapped[int] = mapped_column(
        ForeignKey("attendees.id", ondelete="CASCADE"), primary_key=True
    )
    fingerprint: Mapped[str] = mapped_column(String(64))
    printed_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class ImportMapping(Base):
    """The column and value mapping last used for a file with this set of headings.

    ``headings_key`` identifies the set (``interchange.mapping.headings_key``); ``mapping``
    is the JSON of ``interchange.mapping.ColumnMapping``, the same as a saved mapping file.
    """

    __tablename__ = "import_mappings"
    __table_args__ = (
        UniqueConstraint("kind", "headings_key", name="uq_import_mappings_kind_headings"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))
    headings_key: Mapped[str] = mapped_column(String(64))
    headings: Mapped[list[str]] = mapped_column(JSON, default=list)
    mapping: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)


class AuditEntry(Base):
    """Who changed what and when: the organiser's answer to "who moved my meeting?"."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, index=True)
    actor: Mapped[str] = mapped_column(String(100), default="")
    action: Mapped[str] = mapped_column(String(64))
    entity: Mapped[str] = mapped_column(String(64))
    entity_id: Mapped[int | None] = mapped_column(Integer)
    details: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


# The event's own slots and tables (see Slot and MeetingTable for the removed ones).
ACTIVE_SLOT = Slot.session_id.is_not(None)
ACTIVE_TABLE = MeetingTable.removed.is_(False)
