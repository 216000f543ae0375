"""Every CLI command has a window action, or the README says why not (issue 16)."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from brokerage_app.cli import build_parser
from brokerage_app.ui.main_window import MainWindow
from brokerage_app.ui.parity import WINDOW_ACTIONS

README = Path(__file__).resolve().parents[2] / "README.md"


def cli_commands() -> list[str]:
    """Every command and sub-command of the parser, as typed: "export ical"."""
    found: list[str] = []

    def walk(parser: argparse.ArgumentParser, prefix: tuple[str, ...]) -> None:
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                for name, sub in action.choices.items():
                    found.append(" ".join((*prefix, name)))
                    walk(sub, (*prefix, name))

    walk(build_parser(), ())
    return found


def readme_reasons() -> dict[str, str]:
    """The README's "Commands without a window action": `command`: reason."""
    text = README.read_text(encoding="utf-8")
    section = text.split("### Commands without a window action", 1)[1].split("\n#", 1)[0]
    return {
        match["command"]: match["reason"].strip()
        for match in re.finditer(r"^- `(?P<command>[^`]+)`[^:]*: (?P<reason>.+)$", section, re.M)
    }


def resolve(window: MainWindow, target: str) -> object:
    value: object = window
    for part in target.split("."):
        value = value[part] if isinstance(value, dict) else getattr(value, part)
    return value


def test_every_command_has_a_window_action_or_a_reason(window: MainWindow) -> None:
    reasons = readme_reasons()
    commands = cli_commands()
    assert len(commands) > 30  # the walk really went into the sub-commands
    missing = [c for c in commands if c not in WINDOW_ACTIONS and not reasons.get(c)]
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


def test_the_parity_test_catches_a_command_without_either(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # A command someone adds later without a window action and without a reason.
    commands = [*cli_commands(), "frobnicate"]
    reasons = readme_reasons()
    assert [c for c in commands if c not in WINDOW_ACTIONS and not reasons.get(c)] == ["frobnicate"]
