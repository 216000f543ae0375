"""Scanning badges at a station: verdicts, the log, idempotent retries, undo, reprints."""

from __future__ import annotations

import datetime as dt
import random
import string
import uuid

import pytest
from sqlalchemy import func, select

from brokerage_app.checkin.codes import issue_code
from brokerage_app.errors import NotFoundError, RefusedError, ValidationError
from brokerage_app.services.checkin import (
    AMBER,
    GREEN,
    RED,
    ScanIdConflictError,
    Unknown,
    badge_code,
    checkin_attendee_by_id,
    checkin_event,
    reissue_badge,
    scan,
    undo_attendee_checkin,
    undo_checkin,
    verdict_of_log_row,
)
from brokerage_app.store.database import EventDatabase
from brokerage_app.store.models import Attendee, AuditEntry, Checkin, CheckinResult, Event
from tests.integration.checkin.event_setup import FIRST_DAY, MORNING, SECOND_DAY


def count_rows(database: EventDatabase, *where) -> int:  # type: ignore[no-untyped-def]
    with database.session() as session:
        return session.scalar(select(func.count()).select_from(Checkin).where(*where)) or 0


def code_of(database: EventDatabase, attendee_id: int) -> str:
    with database.session() as session:
        return badge_code(session, attendee_id)


def test_second_scan_reports_first_time_and_station(event_db: EventDatabase) -> None:
    code = code_of(event_db, 12)
    first = scan(event_db, code + "\r\n", station="Entrance A", now=MORNING)
    later = MORNING + dt.timedelta(minutes=7)
    second = scan(event_db, code, station="Entrance B", now=later)

    assert (first.result, first.tone, first.attendee_id) == (CheckinResult.CHECKED_IN, GREEN, 12)
    with event_db.session() as session:
        attendee = session.get(Attendee, 12)
        assert first.name == attendee.full_name
        assert first.organisation == attendee.organisation.name
        assert first.country == attendee.organisation.country
    assert first.day == FIRST_DAY
    # 07:30 UTC is 09:30 in Malmö in May.
    assert first.first_checkin_at.strftime("%H:%M") == "09:30"
    assert second.result is CheckinResult.ALREADY_CHECKED_IN
    assert second.tone == AMBER
    assert (second.first_checkin_at, second.first_station) == (first.first_checkin_at, "Entrance A")
    assert count_rows(event_db, Checkin.result == CheckinResult.CHECKED_IN) == 1
    assert count_rows(event_db) == 2
    with event_db.session() as session:
        stations = session.scalars(select(Checkin.station).order_by(Checkin.id)).all()
    assert stations == ["Entrance A", "Entrance B"]


def test_retry_with_the_same_scan_id_gives_the_same_verdict_and_one_row(
    event_db: EventDatabase,
) -> None:
    code = code_of(event_db, 4)
    first = scan(event_db, code, station="A", scan_id="tablet-1:0001", now=MORNING)
    retry = scan(
        event_db, code, station="A", scan_id="tablet-1:0001", now=MORNING + dt.timedelta(seconds=3)
    )
    assert retry == first
    assert first.result is CheckinResult.CHECKED_IN

    duplicate = scan(event_db, code, station="B", scan_id="tablet-2:0001", now=MORNING)
    assert scan(event_db, code, station="B", scan_id="tablet-2:0001", now=MORNING) == duplicate
    bad = scan(event_db, "nonsense", station="B", scan_id="tablet-2:0002", now=MORNING)
    assert scan(event_db, "nonsense", station="B", scan_id="tablet-2:0002", now=MORNING) == bad
    assert count_rows(event_db) == 3
    with pytest.raises(ValidationError, match="Scan id"):
        scan(event_db, code, station="B", scan_id="x" * 65)
    assert count_rows(event_db) == 3


def test_a_scan_id_reused_for_another_code_is_a_conflict_and_replays_nothing(
    event_db: EventDatabase,
) -> None:
    first = scan(event_db, code_of(event_db, 4), station="A", scan_id="tablet-1:0007", now=MORNING)
    assert first.result is CheckinResult.CHECKED_IN
    other = code_of(event_db, 5)
    with pytest.raises(ScanIdConflictError, match=r"tablet-1:0007.*already used") as caught:
        scan(event_db, other, station="A", scan_id="tablet-1:0007", now=MORNING)
    assert caught.value.scan_id == "tablet-1:0007"
    with pytest.raises(ScanIdConflictError):
        scan(event_db, "nonsense", station="A", scan_id="tablet-1:0007", now=MORNING)
    with pytest.raises(ScanIdConflictError):
        checkin_attendee_by_id(event_db, 5, station="A", scan_id="tablet-1:0007", now=MORNING)
    assert count_rows(event_db) == 1
    assert count_rows(event_db, Checkin.attendee_id == 5) == 0
    # The same id with the same code is still a retry, and the second person can still
    # check in under an id of their own.
    retry = scan(event_db, code_of(event_db, 4), station="A", scan_id="tablet-1:0007")
    assert retry == first
    assert scan(event_db, other, station="A", scan_id="tablet-1:0008", now=MORNING).ok


def test_other_days_are_separate_check_ins(event_db: EventDatabase) -> None:
    code = code_of(event_db, 2)  # an organiser: expected on both days
    day_one = scan(event_db, code, station="A", now=MORNING)
    day_two = scan(event_db, code, station="A", now=MORNING + dt.timedelta(days=1))
    assert (day_one.result, day_one.day) == (CheckinResult.CHECKED_IN, FIRST_DAY)
    assert (day_two.result, day_two.day) == (CheckinResult.CHECKED_IN, SECOND_DAY)
    # 23:30 UTC on the first day is already the second day in Malmö.
    late = scan(event_db, code, station="A", now=dt.datetime(2027, 5, 11, 23, 30, tzinfo=dt.UTC))
    assert (late.result, late.day) == (CheckinResult.ALREADY_CHECKED_IN, SECOND_DAY)


def test_a_naive_time_is_the_events_local_time(event_db: EventDatabase) -> None:
    # As in meetings on the day and as slot times are: 23:30 in Malmö on the first day is
    # still the first day (it is 21:30 UTC), whereas 23:30 UTC would be the second.
    code = code_of(event_db, 2)
    late = scan(event_db, code, station="A", now=dt.datetime(2027, 5, 11, 23, 30))
    assert (late.result, late.day) == (CheckinResult.CHECKED_IN, FIRST_DAY)
    with event_db.session() as session:
        stored = session.scalars(select(Checkin.at).where(Checkin.id == late.checkin_id)).one()
    assert stored == dt.datetime(2027, 5, 11, 21, 30)


def test_someone_not_registered_for_the_day_is_checked_in_with_a_warning(
    event_db: EventDatabase,
) -> None:
    with event_db.session() as session:
        attendee = session.get(Attendee, 20)
        attendee.arrival = dt.datetime(2027, 5, 12, 9, 0)
    verdict = scan(event_db, code_of(event_db, 20), station="A", now=MORNING)
    assert verdict.result is CheckinResult.CHECKED_IN
    assert verdict.tone == AMBER
    assert not verdict.expected_today


def _bad_codes(database: EventDatabase) -> tuple[list[str | bytes], list[str], list[str]]:
    """200 scans that must all be refused: (all, other-event codes, revoked codes)."""
    rng = random.Random(5)
    with database.session() as session:
        codes = [badge_code(session, i) for i in range(1, 41)]
    altered: list[str | bytes] = []
    alphabet = string.ascii_uppercase + "234567"
    for code in codes:  # one character changed: 80 codes
        for _ in range(2):
            position = rng.randrange(len(code))
            if code[position] == "-":
                position -= 1
            replacement = rng.choice([c for c in alphabet + "0189" if c != code[position]])
            altered.append(code[:position] + replacement + code[position + 1 :])
    altered += [code[: rng.randrange(1, len(code) - 1)] for code in codes[:20]]  # truncated
    other_event = [issue_code(str(uuid.uuid4()), "another-secret", i, 1) for i in range(1, 21)]
    with database.session() as session:
        revoked = [badge_code(session, i) for i in range(21, 41)]
        for attendee_id in range(21, 41):
            reissue_badge(session, attendee_id)
    junk: list[str | bytes] = [
        "".join(rng.choice(string.printable) for _ in range(rng.randrange(0, 80)))
        for _ in range(40)
    ]
    junk += ["x" * 10_240, "BRK1-" + "A" * 10_000, "\x00" * 5000, "Ä" * 20_000, codes[0] * 300]
    junk += [
        "\x1b[A" + codes[1][:-1],
        "\x1d\x1e\x04",
        "\t\r\n",
        "",
        "   ",
        codes[2].replace("-", "_"),
        "BRK1-" + "\u0000" * 3,
        "DROP TABLE checkins; --",
        "' OR 1=1 --",
        codes[3].lower().replace("brk1", "brk2"),
    ]
    junk += [
        b"\xff\xfe\xfd",
        b"\xc3\x28",
        b"BRK1-\x80\x81",
        bytes(range(256)),
        codes[4].encode()[:-2] + b"\xff\xff",
    ]
    scans = altered + other_event + revoked + junk
    assert len(scans) == 200
    return scans, other_event, revoked


def test_two_hundred_forged_or_broken_codes_are_rejected_and_logged(
    event_db: EventDatabase,
) -> None:
    scans, other_event, revoked = _bad_codes(event_db)
    verdicts = [scan(event_db, raw, station="Door", now=MORNING) for raw in scans]

    assert all(v.result is not CheckinResult.CHECKED_IN and v.tone == RED for v in verdicts)
    by_scan = dict(zip(map(repr, scans), verdicts, strict=True))
    assert {by_scan[repr(c)].result for c in other_event} == {CheckinResult.WRONG_EVENT}
    assert {by_scan[repr(c)].result for c in revoked} == {CheckinResult.REVOKED}
    assert all(by_scan[repr(c)].attendee_id is not None for c in revoked)
    rest = [v for s, v in zip(scans, verdicts, strict=True) if s not in other_event + revoked]
    # A changed character in the event tag reads as another event's badge; either way refused.
    assert {v.result for v in rest} == {CheckinResult.INVALID, CheckinResult.WRONG_EVENT}
    assert {v.result for v in rest[-60:]} == {CheckinResult.INVALID}
    assert count_rows(event_db) == 200
    assert count_rows(event_db, Checkin.result == CheckinResult.CHECKED_IN) == 0
    with event_db.session() as session:
        logged = session.scalars(select(Checkin.scanned)).all()
    assert all(len(text) <= 200 and text.isprintable() for text in logged)


def test_undo_takes_a_check_in_back_and_keeps_it_in_the_log(event_db: EventDatabase) -> None:
    code = code_of(event_db, 7)
    checked = scan(event_db, code, station="A", now=MORNING)
    with event_db.session() as session:
        undone = undo_checkin(
            session, checked.checkin_id, station="Desk", actor="maria", now=MORNING
        )
    assert (undone.result, undone.attendee_id) == (CheckinResult.UNDONE, 7)
    with pytest.raises(RefusedError, match="already undone"), event_db.session() as session:
        undo_checkin(session, checked.checkin_id, station="Desk")
    again = scan(event_db, code, station="B", now=MORNING + dt.timedelta(minutes=1))
    assert again.result is CheckinResult.CHECKED_IN
    with event_db.session() as session:
        results = session.scalars(select(Checkin.result).order_by(Checkin.id)).all()
        first = session.get(Checkin, checked.checkin_id)
        audit = session.scalars(select(AuditEntry).where(AuditEntry.action == "undo_checkin")).one()
        # The log keeps the original verdict of the first scan.
        assert verdict_of_log_row(session, checked.checkin_id).result is CheckinResult.CHECKED_IN
    assert results == [CheckinResult.CHECKED_IN, CheckinResult.UNDONE, CheckinResult.CHECKED_IN]
    assert first.undone_at is not None
    assert (audit.entity_id, audit.actor, audit.details["attendee_id"]) == (
        checked.checkin_id,
        "maria",
        7,
    )

    with event_db.session() as session:
        by_attendee = undo_attendee_checkin(session, 7, day=FIRST_DAY, station="Desk")
    assert by_attendee.result is CheckinResult.UNDONE
    with pytest.raises(NotFoundError), event_db.session() as session:
        undo_attendee_checkin(session, 7, day=FIRST_DAY)
    rejected = scan(event_db, "junk", station="A", now=MORNING)
    with pytest.raises(RefusedError, match="nothing to undo"), event_db.session() as session:
        undo_checkin(session, rejected.checkin_id)


def test_reissued_badge_revokes_the_old_code(event_db: EventDatabase) -> None:
    old = code_of(event_db, 9)
    with event_db.session() as session:
        new = reissue_badge(session, 9, actor="desk")
        audit = session.scalars(
            select(AuditEntry).where(AuditEntry.action == "reissue_badge")
        ).one()
    assert new != old and audit.entity_id == 9
    revoked = scan(event_db, old, station="A", now=MORNING)
    assert (revoked.result, revoked.attendee_id, revoked.tone) == (CheckinResult.REVOKED, 9, RED)
    assert scan(event_db, new, station="A", now=MORNING).result is CheckinResult.CHECKED_IN


def test_deleted_attendee_and_desk_check_in(event_db: EventDatabase) -> None:
    code = code_of(event_db, 30)
    with event_db.session() as session:
        session.execute(Attendee.__table__.delete().where(Attendee.id == 30))
    unknown = scan(event_db, code, station="A", now=MORNING)
    assert unknown.result is CheckinResult.UNKNOWN
    assert (unknown.badge_attendee_id, unknown.unknown) == (30, Unknown.NOT_REGISTERED)

    desk = checkin_attendee_by_id(event_db, 31, station="Desk", now=MORNING)
    assert (desk.result, desk.attendee_id) == (CheckinResult.CHECKED_IN, 31)
    assert checkin_attendee_by_id(event_db, 31, station="Desk", now=MORNING).result is (
        CheckinResult.ALREADY_CHECKED_IN
    )
    assert checkin_attendee_by_id(event_db, 999, station="Desk").result is CheckinResult.UNKNOWN


def test_a_scan_reads_the_event_as_it_is_now_unless_given_it(event_db: EventDatabase) -> None:
    # No hidden cache of the event per database: a changed time zone counts at once, while
    # a caller that read the event itself (a station) scans with what it read.
    code = code_of(event_db, 2)
    with event_db.session() as session:
        as_read = checkin_event(session)
    scan(event_db, code_of(event_db, 3), station="A", now=MORNING)
    late = dt.datetime(2027, 5, 11, 11, 30, tzinfo=dt.UTC)  # 13:30 in Malmö, 23:30 in Auckland
    with event_db.session() as session:
        session.scalars(select(Event)).one().time_zone = "Pacific/Auckland"
    given = scan(event_db, code, station="A", now=late, event=as_read)
    assert given.day == FIRST_DAY
    assert scan(event_db, code_of(event_db, 4), station="A", now=late).day == FIRST_DAY
    next_day = dt.datetime(2027, 5, 11, 12, 30, tzinfo=dt.UTC)  # 00:30 on the 12th in Auckland
    assert scan(event_db, code_of(event_db, 5), station="A", now=next_day).day == SECOND_DAY
    assert scan(event_db, code_of(event_db, 6), station="A", now=next_day, event=as_read).day == (
        FIRST_DAY
    )
