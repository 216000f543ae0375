"""The checkin, meeting and walk-in commands, as a volunteer or a script uses them."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pypdfium2
import pytest
from sqlalchemy import select

from brokerage_app.checkin.decode import decode_codes
from brokerage_app.cli import main
from brokerage_app.services.checkin import badge_code
from brokerage_app.services.meetings_on_the_day import get_meeting_state
from brokerage_app.store.database import open_database
from brokerage_app.store.models import Checkin, CheckinResult, Meeting, MeetingStatus
from tests.integration.checkin.test_meetings_on_the_day import _pair_without_meeting


def _code(path: Path, attendee_id: int) -> str:
    database = open_database(path)
    with database.session() as session:
        code = badge_code(session, attendee_id)
    database.dispose()
    return code


def test_scan_exit_codes_and_messages(event_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = ["--db", str(event_file)]
    code = _code(event_file, 6)
    assert main([*db, "checkin", "--station", "Door 1", code]) == 0
    assert "Checked in" in capsys.readouterr().out
    assert main([*db, "checkin", "--station", "Door 2", code]) == 1
    out = capsys.readouterr().out
    assert "Already checked in" in out and "Door 1" in out
    assert main([*db, "checkin", "not-a-badge"]) == 2
    assert "Not a valid badge code" in capsys.readouterr().out
    assert main([*db, "checkin"]) == 2
    assert "CODE" in capsys.readouterr().err


def test_codes_from_standard_input(
    event_file: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    lines = f"{_code(event_file, 3)}\r\n\xff\xfegarbage\n\n{_code(event_file, 3)}\n"
    fake = io.TextIOWrapper(io.BytesIO(lines.encode("latin-1")))
    monkeypatch.setattr(sys, "stdin", fake)
    assert main(["--db", str(event_file), "checkin", "--station", "wedge", "-"]) == 0
    out = capsys.readouterr().out.splitlines()
    # Today is not a day of the demo event, so even the check-in is amber ("please check").
    assert len(out) == 3
    assert out[0].startswith("!! Checked in")
    assert out[1].startswith("XX Not a valid badge code")
    assert out[2].startswith("!! Already checked in")
    database = open_database(event_file)
    with database.session() as session:
        assert session.scalars(select(Checkin.station)).all() == ["wedge"] * 3
        logged = session.scalars(select(Checkin.scanned).order_by(Checkin.id)).all()
    database.dispose()
    # The line ends belong to the line protocol, not to the scan: the log keeps the code.
    assert logged[0] == logged[2] == _code(event_file, 3)
    assert not any(text.endswith(("\\x0a", "\\x0d")) for text in logged)


def test_desk_commands(event_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = ["--db", str(event_file)]
    assert main([*db, "checkin", "--id", "8", "--station", "Desk"]) == 0
    out = capsys.readouterr().out
    log_id = int(out.rsplit("#", 1)[1].strip(" ]\n"))
    assert main([*db, "checkin", "--stats"]) == 0
    stats = capsys.readouterr().out
    assert "is not a day of the event" in stats and "at Desk: 1" in stats
    assert main([*db, "checkin", "--missing", "--limit", "5"]) == 0
    assert "and" in capsys.readouterr().out
    assert main([*db, "checkin", "--log"]) == 0
    assert "checked_in" in capsys.readouterr().out
    assert main([*db, "checkin", "--undo", str(log_id)]) == 0
    assert "undone" in capsys.readouterr().out
    assert main([*db, "checkin", "--undo", str(log_id)]) == 2
    assert "already undone" in capsys.readouterr().err
    assert main([*db, "checkin", "--search", "zzzzzz"]) == 1
    database = open_database(event_file)
    with database.session() as session:
        results = session.scalars(select(Checkin.result).order_by(Checkin.id)).all()
    database.dispose()
    assert results == [CheckinResult.CHECKED_IN, CheckinResult.UNDONE]


def test_reissue_prints_a_badge_that_checks_in(
    event_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old = _code(event_file, 11)
    pdf = tmp_path / "badge.pdf"
    assert main(["--db", str(event_file), "checkin", "--reissue", "11", "-o", str(pdf)]) == 0
    assert "older badges are revoked" in capsys.readouterr().out
    page = pypdfium2.PdfDocument(pdf)[0]
    codes = decode_codes(page.render(scale=200 / 72).to_pil())
    assert codes == [_code(event_file, 11)] and codes[0] != old
    assert main(["--db", str(event_file), "checkin", codes[0]]) == 0
    assert main(["--db", str(event_file), "checkin", old]) == 2
    assert "Revoked" in capsys.readouterr().out


def test_meeting_and_walk_in_commands(event_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = ["--db", str(event_file)]
    assert main([*db, "meeting", "no-show", "1"]) == 0
    assert "no show" in capsys.readouterr().out
    assert main([*db, "meeting", "held", "1"]) == 0
    database = open_database(event_file)
    with database.session() as session:
        state = get_meeting_state(session, 2)
        codes = [badge_code(session, state.attendee_a), badge_code(session, state.attendee_b)]
    database.dispose()
    at = state.starts_at.isoformat()
    assert main([*db, "meeting", "confirm", *codes, "--at", at]) == 0
    assert "held" in capsys.readouterr().out
    assert main([*db, "meeting", "held", "424242"]) == 2

    a, b = (str(state.attendee_a), str(state.attendee_b))
    assert main([*db, "walk-in", a, b, "--from", "2027-05-11T09:00"]) == 2
    assert "already have meeting 2" in capsys.readouterr().err
    database = open_database(event_file)
    with database.session() as session:
        a, b = map(str, _pair_without_meeting(session))
    database.dispose()
    assert main([*db, "walk-in", a, b, "--from", "2027-05-11T09:00", "--limit", "2"]) == 0
    listed = capsys.readouterr().out
    assert listed.count("slot") == 2
    assert main([*db, "walk-in", a, b, "--from", "2027-05-11T09:00", "--book"]) == 0
    assert "Booked" in capsys.readouterr().out
    database = open_database(event_file)
    with database.session() as session:
        statuses = {m.id: m.status for m in session.scalars(select(Meeting))}
        walk_ins = session.scalars(select(Meeting).where(Meeting.walk_in)).all()
    database.dispose()
    assert statuses[1] is MeetingStatus.HELD and statuses[2] is MeetingStatus.HELD
    assert len(walk_ins) == 1
