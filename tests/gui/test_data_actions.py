"""The window's exports, report, person export, backups, copies and meetings on the day call
the CLI's services and guard their files (issue 16)."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
from sqlalchemy import func, select

from brokerage_app.services.backups import list_backups
from brokerage_app.store.models import Attendee, Meeting, MeetingOutcome, MeetingStatus
from brokerage_app.ui.dialogs.data import (
    CopyChoice,
    ExportChoice,
    ExportDialog,
    ExportKind,
    OutcomeChoice,
)
from brokerage_app.ui.main_window import MainWindow
from tests.gui.conftest import DialogLog, wait_idle


def _finish(qtbot, window: MainWindow, dialogs: DialogLog) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: bool(dialogs.informed or dialogs.errors), timeout=60_000)
    wait_idle(qtbot, window)


def test_export_full_and_shared_and_replacing_another_kind_asks(
    qtbot, opened: MainWindow, dialogs: DialogLog, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    data = opened.app_actions.data
    shared, full = tmp_path / "shared.xlsx", tmp_path / "full.csv"
    data.export(ExportKind.ATTENDEES, ExportChoice(ExportKind.ATTENDEES, shared, False))
    _finish(qtbot, opened, dialogs)
    assert "safe to share" in dialogs.informed[-1]
    data.export(ExportKind.ATTENDEES, ExportChoice(ExportKind.ATTENDEES, full, True))
    dialogs.informed.clear()
    _finish(qtbot, opened, dialogs)
    rows_shared = openpyxl.load_workbook(shared).active.max_row - 1
    rows_full = len(full.read_text(encoding="utf-8-sig").splitlines()) - 1
    everyone = opened.context.read(lambda s: s.scalar(select(func.count(Attendee.id))))
    assert rows_full == everyone and rows_shared <= everyone
    # Another kind of file: asked first; declined, it stays as it was.
    notes = tmp_path / "notes.xlsx"
    notes.write_text("my notes", encoding="utf-8")
    dialogs.answer, dialogs.informed = False, []
    data.export(ExportKind.SCHEDULE, ExportChoice(ExportKind.SCHEDULE, notes, False))
    qtbot.waitUntil(lambda: bool(dialogs.asked), timeout=30_000)
    wait_idle(qtbot, opened)
    assert "notes.xlsx" in dialogs.asked[-1]
    assert notes.read_text(encoding="utf-8") == "my notes"
    # The event file itself is refused outright, whatever the answer.
    dialogs.answer = True
    event_file = opened.context.require_database().file_path
    data.export(ExportKind.SCHEDULE, ExportChoice(ExportKind.SCHEDULE, event_file, False))
    qtbot.waitUntil(lambda: bool(dialogs.errors), timeout=30_000)
    assert "open event file" in str(dialogs.errors[-1])


def test_export_dialog_offers_full_only_for_tables(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    dialog = ExportDialog(ExportKind.CALENDARS, tmp_path, window)
    qtbot.addWidget(dialog)
    assert dialog.full.isHidden()
    assert dialog.choice() == ExportChoice(ExportKind.CALENDARS, dialog.target.path(), False)
    dialog.what.setCurrentIndex(dialog.what.findData(ExportKind.REQUESTS))
    dialog.full.setChecked(True)
    choice = dialog.choice()
    assert choice is not None and choice.full and choice.path == tmp_path / "requests.xlsx"


def test_calendars_report_and_person_export(
    qtbot, opened: MainWindow, dialogs: DialogLog, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    data = opened.app_actions.data
    data.export(ExportKind.CALENDARS, ExportChoice(ExportKind.CALENDARS, tmp_path / "ics", False))
    _finish(qtbot, opened, dialogs)
    assert dialogs.errors == []
    assert "calendar file(s)" in dialogs.informed[-1]
    dialogs.informed.clear()
    data.write_report(tmp_path / "report")
    _finish(qtbot, opened, dialogs)
    assert (tmp_path / "report.pdf").read_bytes().startswith(b"%PDF")
    assert "agreements" in dialogs.informed[-1]
    dialogs.informed.clear()
    first = opened.context.read(lambda s: s.scalar(select(func.min(Attendee.id))))
    data.ask_person_export(first, tmp_path / "person.json")
    _finish(qtbot, opened, dialogs)
    exported = json.loads((tmp_path / "person.json").read_text(encoding="utf-8"))
    assert exported["attendee"]["id"] == first


def test_backups_now_and_restore_reopens_the_event(
    qtbot, opened: MainWindow, dialogs: DialogLog, demo_file: Path
) -> None:  # type: ignore[no-untyped-def]
    data = opened.app_actions.data
    dialog = data.show_backups()
    assert dialog is not None
    before = dialog.table.rowCount()
    data.backup_now(dialog)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == before + 1, timeout=30_000)
    backup = list_backups(demo_file)[0].path
    count = opened.context.read(lambda s: s.scalar(select(func.count(Attendee.id))))
    opened.context.read(lambda s: s.execute(Attendee.__table__.delete().where(Attendee.id > 5)))
    data.restore(backup, dialog, confirmed=True)
    qtbot.waitUntil(lambda: opened.context.is_open, timeout=60_000)
    wait_idle(qtbot, opened)
    assert dialogs.errors == []
    assert opened.context.read(lambda s: s.scalar(select(func.count(Attendee.id)))) == count


def test_save_a_copy_and_copy_event_to_a_file_and_open_it(
    qtbot, opened: MainWindow, dialogs: DialogLog, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    data = opened.app_actions.data
    data.ask_save_copy(tmp_path / "copy.sqlite")
    _finish(qtbot, opened, dialogs)
    assert dialogs.errors == []
    assert not Path(f"{tmp_path / 'copy.sqlite'}-wal").exists()
    data.ask_copy_event(CopyChoice(str(tmp_path / "moved.sqlite"), open_copy=True))
    qtbot.waitUntil(lambda: "moved.sqlite" in (opened.context.location or ""), timeout=60_000)
    wait_idle(qtbot, opened)
    assert dialogs.errors == []


def test_meeting_outcome_and_walk_in(qtbot, opened: MainWindow, dialogs: DialogLog) -> None:  # type: ignore[no-untyped-def]
    data = opened.app_actions.data
    meeting_id = opened.context.read(lambda s: s.scalar(select(func.min(Meeting.id))))
    if meeting_id is None:
        opened.app_actions.solve_schedule()
        qtbot.waitUntil(
            lambda: (
                opened.context.read(lambda s: s.scalar(select(func.min(Meeting.id)))) is not None
            ),
            timeout=120_000,
        )
        wait_idle(qtbot, opened)
        meeting_id = opened.context.read(lambda s: s.scalar(select(func.min(Meeting.id))))
    state = data.ask_meeting_outcome(
        choice=OutcomeChoice(
            meeting_id, MeetingStatus.SCHEDULED, MeetingOutcome.COOPERATION_POSSIBLE, True
        )
    )
    assert state is not None and state.status is MeetingStatus.HELD and state.agreement_reached
    refused = data.ask_meeting_outcome(
        choice=OutcomeChoice(
            meeting_id, MeetingStatus.HELD, MeetingOutcome.DID_NOT_TAKE_PLACE, True
        )
    )
    assert refused is None and "Agreement" in str(dialogs.errors[-1])
    ids = opened.context.read(lambda s: s.scalars(select(Attendee.id)).all())
    options = None
    for second in ids[1:]:
        options = data.find_walk_in(ids[0], second)
        if options:
            break
    assert options, dialogs.errors
    booked = data.book_walk_in(ids[0], second, options[0])
    assert booked is not None and booked.walk_in


def test_outcome_dialog_gives_enums_and_marks_feedback_held(qtbot, opened: MainWindow) -> None:  # type: ignore[no-untyped-def]
    import datetime as dt

    from brokerage_app.services.meetings_on_the_day import MeetingState
    from brokerage_app.ui.dialogs.data import MeetingOutcomeDialog

    state = MeetingState(
        7,
        MeetingStatus.SCHEDULED,
        1,
        dt.datetime(2027, 5, 11, 9),
        dt.datetime(2027, 5, 11, 9, 20),
        1,
        "Table 1",
        1,
        "A",
        2,
        "B",
        False,
        table_number=1,
    )
    dialog = MeetingOutcomeDialog(lambda _n: state, 7, lambda _a, _b: None, opened)
    qtbot.addWidget(dialog)
    dialog.feedback.setCurrentIndex(dialog.feedback.findData(MeetingOutcome.INFORMATIVE))
    dialog.agreement.setChecked(True)
    choice = dialog.choice()
    assert choice == OutcomeChoice(7, MeetingStatus.HELD, MeetingOutcome.INFORMATIVE, True)
    assert type(choice.status) is MeetingStatus and type(choice.feedback) is MeetingOutcome
    dialog.feedback.setCurrentIndex(dialog.feedback.findData(MeetingOutcome.DID_NOT_TAKE_PLACE))
    assert dialog.choice().status is MeetingStatus.NO_SHOW
    assert not dialog.agreement.isChecked()
