"""Every CLI command has a window action, or the README says why not (issue 16)."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from brokerage_app.cli import build_parser
from brokerage_app.ui.main_window import MainWindow
from brokerage_app.ui.parity import WINDOW_ACTIONS
from tests.helpers.cli import cli_commands, subcommands

README = Path(__file__).resolve().parents[2] / "README.md"


def readme_reasons() -> dict[str, str]:
    """The README's "Commands without a window action": `command`: reason."""
    text = README.read_text(encoding="utf-8")
    section = text.split("### Commands without a window action", 1)[1].split("\n#", 1)[0]
    return {
        match["command"]: match["reason"].strip()
        for match in re.finditer(r"^- `(?P<command>[^`]+)`[^:]*: (?P<reason>.+)$", section, re.M)
    }


def without_window_action(commands: list[str], reasons: dict[str, str]) -> list[str]:
    """The commands with neither a window action nor a reason in the README."""
    return [c for c in commands if c not in WINDOW_ACTIONS and not reasons.get(c)]


def resolve(window: MainWindow, target: str) -> object:
    value: object = window
    for part in target.split("."):
        value = value[part] if isinstance(value, dict) else getattr(value, part)
    return value


def test_every_command_has_a_window_action_or_a_reason(window: MainWindow) -> None:
    reasons = readme_reasons()
    commands = cli_commands()
    assert len(commands) > 30  # the walk really went into the sub-commands
    missing = without_window_action(commands, reasons)
    assert missing == [], f"no window action and no reason in the README: {missing}"
    for command in commands:
        place = WINDOW_ACTIONS.get(command)
        if place is None:
            continue
        target = resolve(window, place.target)
        assert isinstance(target, QAction | QWidget) or callable(target), command
    # Entries for commands of another branch only while that branch is not merged.
    stale = [c for c in WINDOW_ACTIONS if c not in commands]
    assert stale == [], f"window actions for commands that do not exist: {stale}"
    both = [c for c in reasons if c in WINDOW_ACTIONS]
    assert both == [], f"listed with a window action and a reason: {both}"


def test_the_menus_hold_the_new_actions(window: MainWindow) -> None:
    texts = {
        action.text().replace("&", "")
        for menu in window.menuBar().findChildren(QWidget)
        for action in menu.actions()
    }
    for wanted in (
        "Save a copy…",
        "Backups…",
        "Open database URL…",
        "Attendees…",
        "Calendars (iCalendar)…",
        "After-event report…",
        "Export one person's data…",
        "Meeting outcome…",
        "Walk-in meeting…",
        "Copy event to PostgreSQL or a file…",
    ):
        assert wanted in texts, wanted


def test_the_parity_test_catches_a_command_without_either() -> None:
    """A command or sub-command someone adds later without a window action and without a
    reason: the list is the parser's, so the new one is in it and fails the check."""
    parser = build_parser()
    top = subcommands(parser)
    assert top is not None
    top.add_parser("frobnicate")
    event = subcommands(top.choices["event"])
    assert event is not None
    event.add_parser("add-frobnicator")
    missing = without_window_action(cli_commands(parser), readme_reasons())
    assert sorted(missing) == ["event add-frobnicator", "frobnicate"]
