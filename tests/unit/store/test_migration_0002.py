"""Migration 0002 on an event file made by the release before it (schema 0001).

The fixture was written by tests/fixtures/migrations/make_event_0001.py on that release:
five delegates, a published schedule with one held meeting and one no-show.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from sqlalchemy import select

from brokerage_app.errors import RefusedError
from brokerage_app.services.backups import backups_dir
from brokerage_app.services.meetings_on_the_day import book_walk_in, walk_in_options
from brokerage_app.services.report import compute_report_figures
from brokerage_app.services.schedule import export_problem
from brokerage_app.store.database import head_revision, open_database
from brokerage_app.store.models import Attendee, Meeting, MeetingStatus

FIXTURE = Path(__file__).parents[2] / "fixtures" / "migrations" / "event-0001.sqlite"
TABLES = ("event", "attendees", "organisations", "meeting_requests", "meetings", "slots", "tables")


def _rows(path: Path, columns: dict[str, list[str]] | None = None) -> dict[str, list[tuple]]:
    """Every row of TABLES, sorted; with ``columns``, only those columns of each table."""
    with sqlite3.connect(path) as connection:
        return {
            table: sorted(
                connection.execute(
                    f"SELECT {', '.join(columns[table]) if columns else '*'} FROM {table}"
                ).fetchall()
            )
            for table in TABLES
        }


def _columns(path: Path) -> dict[str, list[str]]:
    with sqlite3.connect(path) as connection:
        return {
            table: [row[1] for row in connection.execute(f"PRAGMA table_info({table})")]
            for table in TABLES
        }


# Columns added since 0001, with the value every existing row gets.
ADDED = {
    ("tables", "removed"): 0,  # 0002
    ("attendees", "honorific"): "",  # 0003
    ("attendees", "desk_note"): "",  # 0004
    ("meetings", "agreement_reached"): 0,  # 0005
    ("event", "venue_map"): None,  # 0007
    ("event", "badge_layout"): "",  # 0006
}


def test_upgrade_backs_up_first_and_keeps_every_row(tmp_path: Path) -> None:
    event = tmp_path / "event.sqlite"
    shutil.copy(FIXTURE, event)
    before = _rows(event)
    with sqlite3.connect(event) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)

    old_columns = _columns(event)
    database = open_database(event)
    database.dispose()

    backups = list(backups_dir(event).iterdir())
    assert len(backups) == 1 and "migration-from-0001" in backups[0].name
    assert _rows(backups[0]) == before
    with sqlite3.connect(event) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == (
            head_revision(),
        )
    # Every value of every old column is kept ...
    assert _rows(event, old_columns) == before
    # ... and each column added since holds its default in every existing row.
    new_columns = _columns(event)
    added = {
        (table, column)
        for table in TABLES
        for column in new_columns[table]
        if column not in old_columns[table]
    }
    assert added == set(ADDED)
    for (table, column), default in ADDED.items():
        with sqlite3.connect(event) as connection:
            values = {row[0] for row in connection.execute(f"SELECT {column} FROM {table}")}
        assert values == {default}, (table, column)


def test_a_walk_in_into_a_no_show_cell_keeps_both_rows(tmp_path: Path) -> None:
    event = tmp_path / "event.sqlite"
    shutil.copy(FIXTURE, event)
    database = open_database(event)
    with database.session() as session:
        no_show = session.scalar(select(Meeting).where(Meeting.status == MeetingStatus.NO_SHOW))
        cell = (no_show.slot_id, no_show.table_id)
        own = {no_show.request.requester_id, no_show.request.requested_id}
        people = session.scalars(select(Attendee.id).order_by(Attendee.id)).all()
        option = pair = None
        for first in people:
            for second in people:
                if first >= second or {first, second} == own:
                    continue
                try:
                    found = walk_in_options(session, first, second, no_show.slot.starts_at)
                except RefusedError:  # the pair already has a meeting
                    continue
                match = [o for o in found if (o.slot_id, o.table_id) == cell]
                if match:
                    option, pair = match[0], (first, second)
                    break
            if option:
                break
        assert option is not None and option.replaces_meeting_id == no_show.id
        no_show_id = no_show.id
    with database.session() as session:
        booking = book_walk_in(session, *pair, *cell)
    assert booking.no_show_in_cell == no_show_id
    with database.session() as session:
        in_cell = session.scalars(
            select(Meeting).where(Meeting.slot_id == cell[0], Meeting.table_id == cell[1])
        ).all()
        assert sorted(m.status for m in in_cell) == [MeetingStatus.NO_SHOW, MeetingStatus.SCHEDULED]
        figures = compute_report_figures(session)
        assert figures.meetings_no_show == 1 and figures.walk_ins == 1
        assert figures.meetings == 6  # five from the fixture plus the walk-in
        # The solver sees the cell as taken by the walk-in only: the no-show is not placed.
        problem = export_problem(session).problem
        fixed = [m.fixed for m in problem.meetings if m.fixed is not None]
        assert sum((f.slot, f.table) == (f"s{cell[0]}", f"t{cell[1]}") for f in fixed) == 1
        assert f"r{no_show.request_id}" not in problem.meeting_by_id
    database.dispose()
