"""Fuzz: what a badge scanner types (brokerage_app.checkin and the check-in service).

A USB scanner is a keyboard: with a wrong layout, a stray Enter or a coffee-cup barcode it
types anything. Every scan must give a verdict for the screen, never a crash, and only a
genuine code checks anybody in.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from brokerage_app.checkin.codes import check_code, issue_code
from brokerage_app.checkin.scanner import clean_scan
from brokerage_app.cli.verdicts import verdict_line
from brokerage_app.demo.generator import DemoOptions
from brokerage_app.services.checkin import scan
from brokerage_app.services.demo import create_demo_database
from brokerage_app.store.database import EventDatabase
from brokerage_app.store.models import CheckinResult, EventDay
from tests.unit.fuzz.rules import EXAMPLES, FUZZ

UID, SECRET = "3f1c2d9e-0000-4000-8000-000000000001", "fuzz-secret"
GENUINE = issue_code(UID, SECRET, 42, 1)
SCANNED = (
    st.text(max_size=80)
    | st.binary(max_size=80)
    | st.sampled_from(
        [GENUINE.lower(), f" {GENUINE}\r\n", GENUINE.replace("-", "ß"), GENUINE + "\x00"]
    )
)


@FUZZ
@given(SCANNED)
def test_cleaning_any_scan_gives_text(raw: str | bytes) -> None:
    cleaned = clean_scan(raw)
    assert isinstance(cleaned, str)
    assert not any(ch in cleaned for ch in "\r\n\x00")


@FUZZ
@given(st.text(max_size=300))
def test_checking_any_text_gives_a_verdict(text: str) -> None:
    result = check_code(text, UID, SECRET)
    assert result.ok == (result.attendee_id is not None)


@FUZZ
@given(st.data())
def test_an_altered_code_never_verifies_as_someone(data: st.DataObject) -> None:
    position = data.draw(st.integers(min_value=0, max_value=len(GENUINE) - 1))
    replacement = data.draw(st.sampled_from("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567890-"))
    altered = GENUINE[:position] + replacement + GENUINE[position + 1 :]
    result = check_code(altered, UID, SECRET)
    assert result.ok == (altered == GENUINE)


@pytest.fixture(scope="module")
def station_event(tmp_path_factory: pytest.TempPathFactory) -> Iterator[EventDatabase]:
    path: Path = tmp_path_factory.mktemp("scan") / "event.sqlite"
    database = create_demo_database(path, DemoOptions(attendees=20, seed=5))
    yield database
    database.dispose()


@settings(FUZZ, max_examples=max(10, EXAMPLES // 3))
@given(SCANNED)
def test_a_station_answers_any_scan_without_checking_anyone_in(
    station_event: EventDatabase, raw: str | bytes
) -> None:
    with station_event.session() as session:
        first_day = session.scalars(select(EventDay.date).order_by(EventDay.date)).first()
    verdict = scan(
        station_event, raw, station="Fuzz desk", now=dt.datetime.combine(first_day, dt.time(9))
    )
    assert verdict.result is not CheckinResult.CHECKED_IN
    assert verdict_line(verdict).startswith(("XX ", "!! "))
