"""The event clock: stored = naive UTC, naive = event-local, aware = converted."""

from __future__ import annotations

import datetime as dt

import pytest

from brokerage_app.domain.clock import EventClock, as_aware_utc, is_time_zone, utcnow
from brokerage_app.errors import ValidationError

STOCKHOLM = EventClock.named("Europe/Stockholm")  # UTC+2 in May, UTC+1 in January
AUCKLAND = EventClock.named("Pacific/Auckland")  # UTC+12 in May


def test_a_naive_moment_is_event_local_and_is_stored_as_naive_utc() -> None:
    assert STOCKHOLM.stored(dt.datetime(2027, 5, 11, 9, 0)) == dt.datetime(2027, 5, 11, 7, 0)
    assert STOCKHOLM.stored(dt.datetime(2027, 1, 11, 9, 0)) == dt.datetime(2027, 1, 11, 8, 0)


def test_an_aware_moment_is_converted_whatever_its_zone() -> None:
    moment = dt.datetime(2027, 5, 11, 23, 30, tzinfo=dt.UTC)
    assert STOCKHOLM.stored(moment) == dt.datetime(2027, 5, 11, 23, 30)
    assert STOCKHOLM.wall(moment) == dt.datetime(2027, 5, 12, 1, 30)
    # Late evening in UTC is already the next day at the venue.
    assert STOCKHOLM.today(moment) == dt.date(2027, 5, 12)
    assert AUCKLAND.today(moment) == dt.date(2027, 5, 12)


def test_stored_times_read_back_as_event_local() -> None:
    stored = dt.datetime(2027, 5, 11, 22, 15)
    assert STOCKHOLM.local(stored) == dt.datetime(2027, 5, 12, 0, 15, tzinfo=STOCKHOLM.zone)
    assert STOCKHOLM.local(STOCKHOLM.stored(dt.datetime(2027, 5, 11, 9))).hour == 9
    assert STOCKHOLM.wall(dt.datetime(2027, 5, 11, 9)) == dt.datetime(2027, 5, 11, 9)


def test_now_is_naive_utc() -> None:
    before = dt.datetime.now(dt.UTC)
    now = utcnow()
    assert now.tzinfo is None
    assert abs(as_aware_utc(now) - before) < dt.timedelta(seconds=5)
    assert abs(STOCKHOLM.stored() - now) < dt.timedelta(seconds=5)


def test_unknown_time_zones_are_refused_by_name() -> None:
    assert is_time_zone("Europe/Stockholm") and not is_time_zone("Mars/Base")
    assert not is_time_zone("")
    with pytest.raises(ValidationError, match="'Mars/Base'"):
        EventClock.named("Mars/Base")
