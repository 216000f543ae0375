"""GUI fixtures: a real main window offscreen, answered dialogs, small demo events."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor, wait
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from brokerage_app.demo.generator import DemoOptions
from brokerage_app.services.demo import create_demo_database
from brokerage_app.ui import i18n
from brokerage_app.ui.context import AppContext
from brokerage_app.ui.dialogs.messages import Messages
from brokerage_app.ui.main_window import MainWindow


class DialogLog:
    """Records every message the window would have shown; answers questions with ``answer``."""

    def __init__(self) -> None:
        self.asked: list[str] = []
        self.informed: list[str] = []
        self.errors: list[BaseException] = []
        self.answer = True


class FinishedAtOnce(ThreadPoolExecutor):
    """Runs each job to its end on its thread before ``submit`` returns: the worker always
    beats the GUI thread."""

    def __init__(self) -> None:
        super().__init__(max_workers=1, thread_name_prefix="at-once")

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Future[Any]:
        future = super().submit(fn, *args, **kwargs)
        wait([future])
        return future


@pytest.fixture
def swedish(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """The window in Swedish (our catalogue and Qt's own), English again afterwards."""
    previous = QLocale()
    translators = i18n.install_translators(qapp, "sv")
    assert len(translators) == 2, "the Swedish catalogue or Qt's qtbase_sv.qm did not load"
    yield
    i18n.remove_translators(qapp)
    QLocale.setDefault(previous)


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> DialogLog:
    log = DialogLog()

    def ask(cls, parent, title, text, *, danger=False):  # type: ignore[no-untyped-def]
        log.asked.append(text)
        return log.answer

    monkeypatch.setattr(Messages, "ask", classmethod(ask))
    monkeypatch.setattr(
        Messages, "inform", classmethod(lambda cls, parent, title, text: log.informed.append(text))
    )
    monkeypatch.setattr(
        Messages, "show_error", classmethod(lambda cls, parent, error: log.errors.append(error))
    )
    return log


@pytest.fixture
def window(qtbot, dialogs: DialogLog) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    QCoreApplication.setOrganizationName("brokerage-app-tests")
    context = AppContext()
    main = MainWindow(context)
    qtbot.addWidget(main)
    main.show()
    yield main
    context.close_event()


@pytest.fixture
def demo_file(tmp_path: Path) -> Path:
    path = tmp_path / "demo.sqlite"
    create_demo_database(path, DemoOptions(attendees=30, seed=3)).dispose()
    return path


def wait_idle(qtbot, window: MainWindow, timeout: int = 90_000) -> None:  # type: ignore[no-untyped-def]
    """Until every background task (page loads included) has finished."""
    qtbot.waitUntil(lambda: window.context.tasks.active == 0, timeout=timeout)


@pytest.fixture
def opened(qtbot, window: MainWindow, demo_file: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    window.app_actions.open_location(str(demo_file))
    qtbot.waitUntil(lambda: window.context.is_open, timeout=90_000)
    wait_idle(qtbot, window)
    return window
