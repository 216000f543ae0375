"""The check-in desk says why the camera option is missing (issue 16)."""

from __future__ import annotations

import builtins

import pytest

from brokerage_app.ui.context import AppContext
from brokerage_app.ui.pages.checkin import CheckinPage


def test_no_multimedia_is_explained_not_hidden(qtbot, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    real_import = builtins.__import__

    def failing_import(name, globals=None, locals=None, fromlist=(), level=0):  # type: ignore[no-untyped-def]
        if name == "PySide6.QtMultimedia" or (
            name == "PySide6" and fromlist and "QtMultimedia" in fromlist
        ):
            raise ImportError("libpulse.so.0: cannot open shared object file: No such file")
        return real_import(name, globals, locals, fromlist, level)

    monkeypatch.setattr(builtins, "__import__", failing_import)
    page = CheckinPage(AppContext())
    qtbot.addWidget(page)
    page.show()
    assert not page.camera_button.isVisible()
    note = page.camera_note
    assert note.isVisible()
    assert "libpulse.so.0" in note.text()
    assert "libpulse0" in note.text()  # what to install on Debian / Ubuntu
