"""Bulk edit: one change for many attendees in one transaction, with the schedule check."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest
from sqlalchemy import select

from brokerage_app.cli import main
from brokerage_app.domain.person_problems import PersonFault, PersonProblem, PersonRefusedError
from brokerage_app.errors import ValidationError
from brokerage_app.services.people import (
    AvailabilityEdit,
    attendee_input,
    edit_attendees,
    get_attendee,
    restore_attendees,
)
from brokerage_app.services.schedule_check import ConflictRule, check_schedule
from brokerage_app.store.database import EventDatabase
from brokerage_app.store.models import AttendeeRole, BadgeCategory, Slot
from tests.unit.services.test_schedule_check import DAY2, solved

__all__ = ["solved"]  # the fixture, used by name


def _fields(database: EventDatabase, ids: list[int]) -> dict[int, object]:
    with database.session() as session:
        return {i: attendee_input(get_attendee(session, i)) for i in ids}


def test_one_edit_changes_many_attendees_and_reports_the_conflicts(
    solved: EventDatabase,
) -> None:
    ids = [1, 2, 3]
    edit = AvailabilityEdit(
        days=(DAY2,), badge_category=BadgeCategory.PRESS, language="sv", role=AttendeeRole.BUYER
    )
    with solved.session() as session:
        result = edit_attendees(session, ids, edit)
        day1 = set(session.scalars(select(Slot.id).where(Slot.starts_at < DAY2.isoformat())))
    assert set(result.previous) == set(result.changed) == set(ids)
    assert all(p.badge_category is BadgeCategory.DELEGATE for p in result.previous.values())
    after = _fields(solved, ids)
    for person in after.values():
        assert person.badge_category is BadgeCategory.PRESS  # type: ignore[attr-defined]
        assert person.language == "sv"  # type: ignore[attr-defined]
        assert person.role is AttendeeRole.BUYER  # type: ignore[attr-defined]
        assert day1 <= set(person.blocked_slot_ids)  # type: ignore[attr-defined]
    # The check ran in the edit's transaction and names what no longer fits: their day-1
    # meetings are in blocked slots now; the stored state agrees.
    with solved.session() as session:
        stored = check_schedule(session)
    assert result.check == stored
    assert result.check.conflicts
    assert {c.rule for c in result.check.conflicts} == {ConflictRule.BLOCKED_SLOT}
    assert {c.attendee_id for c in result.check.conflicts} <= set(ids)
    # Undo puts everyone back as they were, and the schedule fits again.
    with solved.session() as session:
        restore_attendees(session, result.previous)
        assert check_schedule(session).valid
    assert _fields(solved, ids) == result.previous


def test_one_invalid_attendee_changes_nobody_and_is_named(solved: EventDatabase) -> None:
    # P2 arrives late in the event: "leave at the end of day 1" is before their arrival.
    with solved.session() as session:
        slots = session.scalars(select(Slot).order_by(Slot.starts_at)).all()
        get_attendee(session, 3).arrival = slots[-1].starts_at
    before = _fields(solved, [1, 2, 3])
    edit = AvailabilityEdit(departure=slots[3].ends_at, role=AttendeeRole.SELLER)
    with pytest.raises(PersonRefusedError) as raised, solved.session() as session:
        edit_attendees(session, [1, 2, 3], edit)
    refused = raised.value
    assert (refused.name, refused.attendee_id) == ("P2", 3)
    assert refused.problems == (PersonProblem(PersonFault.DEPARTS_BEFORE_ARRIVAL),)
    # It keeps its facts across to the window's worker process.
    copy = pickle.loads(pickle.dumps(refused))
    assert (copy.problems, copy.attendee_id, copy.name) == (refused.problems, 3, "P2")
    assert _fields(solved, [1, 2, 3]) == before
    with pytest.raises(PersonRefusedError) as not_a_day, solved.session() as session:
        edit_attendees(session, [1, 2], AvailabilityEdit(days=(DAY2.replace(day=20),)))
    day = DAY2.replace(day=20).isoformat()
    assert not_a_day.value.problems == (PersonProblem(PersonFault.NOT_A_DAY, day),)
    assert (not_a_day.value.attendee_id, not_a_day.value.name) == (1, "P0")
    assert _fields(solved, [1, 2, 3]) == before


def test_a_value_already_held_is_not_counted_as_changed(solved: EventDatabase) -> None:
    with solved.session() as session:
        result = edit_attendees(session, [1, 2], AvailabilityEdit(language="en"))
    assert set(result.previous) == {1, 2} and result.changed == ()
    with pytest.raises(ValidationError, match="Nothing to change"), solved.session() as session:
        edit_attendees(session, [1, 2], AvailabilityEdit())


def test_cli_edits_several_ids_at_once(
    solved: EventDatabase, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "e.sqlite")
    capsys.readouterr()
    argv = [
        "attendee",
        "edit",
        "1",
        "2",
        "4",
        "--days",
        DAY2.isoformat(),
        "--role",
        "seller",
        "--badge-category",
        "Exhibitor",
        "--language",
        "sv",
        "--db",
        db,
    ]
    assert main(argv) == 0
    out = capsys.readouterr().out
    assert "Changed 3 of 3 attendees (1, 2, 4)." in out
    with solved.session() as session:
        check = check_schedule(session)
    assert check.conflicts
    assert f"{len(check.meetings)} placed meetings no longer fit" in out
    for person in _fields(solved, [1, 2, 4]).values():
        assert person.role is AttendeeRole.SELLER  # type: ignore[attr-defined]
        assert person.badge_category is BadgeCategory.EXHIBITOR  # type: ignore[attr-defined]
        assert person.language == "sv"  # type: ignore[attr-defined]
    assert _fields(solved, [3])[3].role is AttendeeRole.BOTH  # type: ignore[attr-defined]
    # One unknown id refuses the whole command: nobody changes.
    assert main(["attendee", "edit", "3", "99", "--role", "buyer", "--db", db]) != 0
    assert _fields(solved, [3])[3].role is AttendeeRole.BOTH  # type: ignore[attr-defined]
    assert main(["attendee", "edit", "3", "--role", "boss", "--db", db]) == 2
    assert "--role: 'boss' is not one of buyer, seller, both." in capsys.readouterr().err
    # One id keeps its old wording.
    assert main(["attendee", "edit", "3", "--role", "buyer", "--db", db]) == 0
    assert "Changed attendee 3." in capsys.readouterr().out
    assert main(["attendee", "edit", "3", "--role", "buyer", "--db", db]) == 0
    assert "Attendee 3 already had these values." in capsys.readouterr().out


def test_cli_help_lists_the_values_the_command_accepts(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["attendee", "edit", "--help"])
    help_text = " ".join(capsys.readouterr().out.split())
    for kind in (BadgeCategory, AttendeeRole):
        values = [member.value for member in kind]
        assert ", ".join(values[:-1]) + " or " + values[-1] in help_text
