"""The Print page never saves over the event; another kind of file only after asking."""

from __future__ import annotations

import hashlib

from brokerage_app.services.outputs import OutputRefusedError
from brokerage_app.ui.dialogs.messages import error_text
from tests.gui.conftest import wait_idle


def _digest(path) -> str:  # type: ignore[no-untyped-def]
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_saving_over_the_event_or_its_backups_is_refused_without_asking(
    qtbot, opened, dialogs, demo_file
):
    printing = opened.show_page("print")
    wait_idle(qtbot, opened)
    printing.select_document("table_sheets")
    before = _digest(demo_file)
    # The save dialog appends ".pdf"; a link named like a PDF still leads to the event.
    (event_named_pdf := demo_file.parent / "event.pdf").symlink_to(demo_file)
    (demo_file.parent / "backups").mkdir(exist_ok=True)
    in_backups = demo_file.parent / "backups" / "sheets.pdf"
    for target in (event_named_pdf, in_backups):
        assert printing.save_pdf(str(target)) is None
        assert isinstance(dialogs.errors[-1], OutputRefusedError)
        assert str(target) in str(dialogs.errors[-1])
    assert dialogs.asked == []
    assert not in_backups.exists()
    assert _digest(demo_file) == before


def test_replacing_another_kind_of_file_asks_first(qtbot, opened, dialogs, tmp_path):
    printing = opened.show_page("print")
    wait_idle(qtbot, opened)
    printing.select_document("table_sheets")
    notes = tmp_path / "notes.pdf"
    notes.write_text("my notes, not a PDF")
    dialogs.answer = False
    assert printing.save_pdf(str(notes)) is None
    assert len(dialogs.asked) == 1 and str(notes) in dialogs.asked[0]
    assert notes.read_text() == "my notes, not a PDF"
    dialogs.answer = True
    assert printing.save_pdf(str(notes)) is not None
    qtbot.waitUntil(lambda: not printing.busy, timeout=60_000)
    assert dialogs.errors == []
    assert len(dialogs.asked) == 2
    assert notes.read_bytes().startswith(b"%PDF")


def test_a_swedish_window_says_why_in_swedish(qtbot, opened, dialogs, demo_file, swedish):
    """The refusal used to reach a Swedish window as the service's English sentence."""
    printing = opened.show_page("print")
    wait_idle(qtbot, opened)
    printing.select_document("table_sheets")
    (event_named_pdf := demo_file.parent / "event.pdf").symlink_to(demo_file)
    (demo_file.parent / "backups").mkdir(exist_ok=True)
    in_backups = demo_file.parent / "backups" / "sheets.pdf"
    words = []
    for target in (event_named_pdf, in_backups):
        assert printing.save_pdf(str(target)) is None
        words.append(error_text(dialogs.errors[-1]))
    assert words == [
        f"{event_named_pdf} är den öppna evenemangsfilen eller en av dess egna filer; välj "
        "ett annat filnamn. Ingenting skrevs.",
        f"{in_backups} ligger i evenemangets mapp för säkerhetskopior; välj en annan mapp. "
        "Ingenting skrevs.",
    ]
