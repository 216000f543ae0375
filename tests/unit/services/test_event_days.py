"""A day of the event is stored one way: by New event (``create_event``) and by Event
settings (``apply_event_settings``) alike: the same days, sessions, breaks and slots."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from brokerage_app.domain.timetable import BreakSpec, DaySpec, EventSpec, SessionSpec
from brokerage_app.services.event_settings import apply_event_settings, event_settings
from brokerage_app.services.events import create_event_file
from brokerage_app.store.models import EventDay, MeetingSession, SessionBreak, Slot

DAYS = (
    DaySpec(
        dt.date(2027, 5, 11),
        (
            SessionSpec(
                dt.time(9, 0),
                dt.time(12, 0),
                20,
                "Morning",
                (BreakSpec(dt.time(10, 20), dt.time(10, 40), "Coffee"),),
            ),
            SessionSpec(dt.time(13, 0), dt.time(15, 0), 30, "Afternoon"),
        ),
        "Day one",
    ),
    DaySpec(dt.date(2027, 5, 12), (SessionSpec(dt.time(9, 0), dt.time(11, 0), 15),)),
)


def _stored_days(session: Session) -> list[Any]:
    """Every stored day, session, break and slot as plain values, in order."""
    return [
        (
            day.date,
            day.label,
            [
                (
                    block.name,
                    block.starts,
                    block.ends,
                    block.slot_minutes,
                    sorted((b.name, b.starts, b.ends) for b in block.breaks),
                    sorted(
                        session.execute(
                            select(Slot.starts_at, Slot.ends_at).where(Slot.session_id == block.id)
                        ).all()
                    ),
                )
                for block in sorted(day.sessions, key=lambda b: b.starts)
            ],
        )
        for day in session.scalars(select(EventDay).order_by(EventDay.date))
    ]


def test_new_event_and_event_settings_store_a_day_alike(tmp_path: Path) -> None:
    spec = EventSpec(name="Fair", days=DAYS, tables=4)
    created = create_event_file(tmp_path / "created.sqlite", spec)
    one_day = DaySpec(dt.date(2027, 5, 20), (SessionSpec(dt.time(8, 0), dt.time(9, 0)),))
    edited = create_event_file(tmp_path / "edited.sqlite", replace(spec, days=(one_day,)))
    try:
        with edited.session() as session:
            apply_event_settings(session, replace(event_settings(session), days=DAYS))
        with created.session() as a, edited.session() as b:
            stored = _stored_days(a)
            assert stored == _stored_days(b)
            assert [len(sessions) for _date, _label, sessions in stored] == [2, 1]
            assert a.scalars(select(SessionBreak.name)).all() == ["Coffee"]
            assert len(b.scalars(select(MeetingSession)).all()) == 3
            assert event_settings(a).days == event_settings(b).days == DAYS
    finally:
        created.dispose()
        edited.dispose()
