"""The window's "Anonymise event…" (gdpr anonymise): asks, naming the backups, and leaves no
personal data in any file of the event's folder."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from brokerage_app.services.backups import backup_event, backups_dir
from brokerage_app.store.models import Attendee
from brokerage_app.ui.main_window import MainWindow
from tests.gui.conftest import DialogLog, wait_idle


def _personal(window: MainWindow) -> list[bytes]:
    rows = window.context.read(
        lambda s: s.execute(select(Attendee.last_name, Attendee.email, Attendee.phone)).all()
    )
    # Last names of four letters or more: shorter ones could turn up inside other bytes.
    return sorted({v.encode() for row in rows for v in row if v and len(v) >= 4})


def _files_with(folder: Path, values: list[bytes]) -> dict[str, int]:
    found = {}
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            raw = path.read_bytes()
            hits = sum(value in raw for value in values)
            if hits:
                found[path.name] = hits
    return found


def test_anonymise_asks_first_and_cleans_the_backups_too(
    qtbot, opened: MainWindow, dialogs: DialogLog, demo_file: Path
) -> None:  # type: ignore[no-untyped-def]
    backup_event(opened.context.require_database(), "solve")
    backup_event(opened.context.require_database(), "import attendees")
    backups = sorted(backups_dir(demo_file).iterdir())
    personal = _personal(opened)
    assert len(personal) > 50
    assert any(name.endswith(".sqlite") for name in _files_with(demo_file.parent, personal))

    # Declined: nothing changes.
    dialogs.answer = False
    assert opened.app_actions.ask_anonymise() is None
    assert str(backups_dir(demo_file)) in dialogs.asked[-1]
    assert "2 backup(s)" in dialogs.asked[-1]
    assert all(path.exists() for path in backups)

    dialogs.answer = True
    opened.app_actions.anonymise.trigger()
    qtbot.waitUntil(lambda: bool(dialogs.informed or dialogs.errors), timeout=60_000)
    assert dialogs.errors == []
    assert "Deleted 2 backup(s)" in dialogs.informed[-1]
    assert "emptied" in dialogs.informed[-1]
    wait_idle(qtbot, opened)
    names = opened.context.read(lambda s: set(s.scalars(select(Attendee.first_name))))
    assert names == {"Attendee"}
    opened.context.close_event()
    assert not any(path.exists() for path in backups)
    assert _files_with(demo_file.parent, personal) == {}
