"""Meeting outcomes as funders count them: held / no-show, b2match feedback, agreements."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from brokerage_app.cli import main
from brokerage_app.errors import RefusedError, ValidationError
from brokerage_app.services.meetings_on_the_day import mark_no_show, record_outcome
from brokerage_app.services.report import compute_report_figures
from brokerage_app.store.database import EventDatabase
from brokerage_app.store.models import AuditEntry, Meeting, MeetingOutcome, MeetingStatus
from tests.integration.checkin.event_setup import place_meetings


@pytest.fixture
def scheduled(event_db: EventDatabase) -> list[int]:
    return place_meetings(event_db)


def test_feedback_and_agreement_are_stored_and_imply_held(
    event_db: EventDatabase, scheduled: list[int]
) -> None:
    first, second = scheduled[:2]
    with event_db.session() as session:
        state = record_outcome(
            session, first, MeetingOutcome.COOPERATION_POSSIBLE, True, actor="desk"
        )
        assert (state.status, state.outcome, state.agreement_reached) == (
            MeetingStatus.HELD,
            MeetingOutcome.COOPERATION_POSSIBLE,
            True,
        )
        assert "agreement reached" in state.describe()
        state = record_outcome(session, second, MeetingOutcome.DID_NOT_TAKE_PLACE, actor="desk")
        assert state.status is MeetingStatus.NO_SHOW
    with event_db.session() as session:
        meeting = session.get(Meeting, first)
        assert meeting.agreement_reached and meeting.outcome is MeetingOutcome.COOPERATION_POSSIBLE
        details = session.scalars(
            select(AuditEntry.details).where(AuditEntry.action == "meeting_outcome")
        ).all()
        assert details[0]["agreement_reached"] is True


def test_contradictions_are_refused(event_db: EventDatabase, scheduled: list[int]) -> None:
    meeting_id = scheduled[0]
    with pytest.raises(ValidationError, match="Agreement"), event_db.session() as session:
        record_outcome(session, meeting_id, MeetingOutcome.DID_NOT_TAKE_PLACE, True)
    with event_db.session() as session:
        mark_no_show(session, meeting_id)
    with pytest.raises(RefusedError, match="no-show"), event_db.session() as session:
        record_outcome(session, meeting_id, MeetingOutcome.INFORMATIVE)
    with event_db.session() as session:
        assert session.get(Meeting, meeting_id).outcome is MeetingOutcome.DID_NOT_TAKE_PLACE


def test_report_counts_feedback_and_agreements(
    event_db: EventDatabase, scheduled: list[int]
) -> None:
    with event_db.session() as session:
        record_outcome(session, scheduled[0], MeetingOutcome.COOPERATION_POSSIBLE, True)
        record_outcome(session, scheduled[1], MeetingOutcome.NO_INTEREST)
        record_outcome(session, scheduled[2], MeetingOutcome.INFORMATIVE, True)
        record_outcome(session, scheduled[3], MeetingOutcome.DID_NOT_TAKE_PLACE)
    with event_db.session() as session:
        figures = compute_report_figures(session)
    outcomes = dict(figures.outcomes)
    assert outcomes["cooperation_possible"] == 1
    assert outcomes["no_interest"] == 1
    assert outcomes["informative"] == 1
    assert outcomes["did_not_take_place"] == 1
    assert figures.agreements == 2
    assert figures.meetings_held == 3
    assert figures.meetings_no_show == 1


def test_cli_records_an_outcome(
    event_db: EventDatabase, scheduled: list[int], capsys: pytest.CaptureFixture[str]
) -> None:
    url = event_db.url.render_as_string(hide_password=False)
    code = main(
        ["--db", url, "meeting", "outcome", str(scheduled[0]), "informative", "--agreement"]
    )
    assert code == 0
    assert "feedback: informative; agreement reached" in capsys.readouterr().out
    with event_db.session() as session:
        meeting = session.get(Meeting, scheduled[0])
        assert (meeting.status, meeting.agreement_reached) == (MeetingStatus.HELD, True)
    assert main(["--db", url, "meeting", "outcome", str(scheduled[0]), "none"]) == 0
    with event_db.session() as session:
        meeting = session.get(Meeting, scheduled[0])
        assert (meeting.outcome, meeting.agreement_reached) == (None, False)


def test_migration_adds_the_agreement_column_to_an_old_file(tmp_path: Path) -> None:
    from alembic import command

    from brokerage_app.store.database import _alembic_config, open_database, to_url

    path = tmp_path / "old.sqlite"
    command.upgrade(_alembic_config(to_url(path)), "0001")
    database = open_database(path)  # upgrades to head
    try:
        with database.engine.connect() as connection:
            columns = [row[1] for row in connection.exec_driver_sql("PRAGMA table_info(meetings)")]
        assert "agreement_reached" in columns
    finally:
        database.dispose()
