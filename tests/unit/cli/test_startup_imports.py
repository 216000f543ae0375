"""Parsing the command line loads no heavy library; the values help texts show stay true.

Every ``brokerage-app`` run builds the whole parser (all commands register themselves), so
whatever a command module imports at its top is paid by ``--version``, ``--help`` and every
other command. The solver, database, PDF and spreadsheet libraries must load only when the
command that needs them runs.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from brokerage_app import constants

HEAVY = ("ortools", "sqlalchemy", "reportlab", "alembic", "openpyxl", "PySide6", "qrcode")

_PROBE = """
import json, sys
from brokerage_app.cli import build_parser
parser = build_parser()
{after}
print(json.dumps(sorted(sys.modules)))
"""


def _modules_loaded(after: str = "") -> set[str]:
    # A fresh interpreter: this test process has long since imported everything.
    completed = subprocess.run(
        [sys.executable, "-c", _PROBE.format(after=after)],
        capture_output=True,
        text=True,
        check=True,
    )
    return set(json.loads(completed.stdout.splitlines()[-1]))


def _heavy(modules: set[str]) -> list[str]:
    return sorted(name for name in modules if name.split(".")[0] in HEAVY)


def test_building_the_parser_imports_no_heavy_library() -> None:
    assert _heavy(_modules_loaded()) == []


def test_parsing_a_command_and_formatting_its_help_imports_no_heavy_library() -> None:
    after = """
for argv in (["solve", "p.json", "-o", "s.json"], ["print", "badges", "-o", "b.pdf"],
             ["meeting", "held", "3"], ["import", "attendees", "a.csv"]):
    parser.parse_args(argv)
for action in parser._subparsers._group_actions:
    for sub in action.choices.values():
        sub.format_help()
"""
    assert _heavy(_modules_loaded(after)) == []


def test_the_probe_would_see_a_heavy_import() -> None:
    # Guards the test above against passing because the probe cannot see anything.
    assert "sqlalchemy" in _heavy(_modules_loaded("import brokerage_app.store.models"))


def test_badge_layouts_offered_are_those_the_printer_has() -> None:
    from brokerage_app.documents.layouts import BADGE_LAYOUTS

    # In order: the help lists them, and --layout's choices, as the printer defines them.
    printer = [(key, layout.label) for key, layout in BADGE_LAYOUTS.items()]
    assert printer == list(constants.BADGE_LAYOUT_LABELS.items())
    assert constants.DEFAULT_BADGE_LAYOUT in BADGE_LAYOUTS


@pytest.mark.parametrize(
    ("module", "name"),
    [
        ("brokerage_app.demo.generator", "MIN_ATTENDEES"),
        ("brokerage_app.demo.generator", "MAX_ATTENDEES"),
        ("brokerage_app.interchange.reading", "MAX_FILE_BYTES"),
    ],
)
def test_limits_shown_in_help_are_the_ones_enforced(module: str, name: str) -> None:
    enforcing = __import__(module, fromlist=[name])
    assert getattr(enforcing, name) == getattr(constants, name)


def test_meeting_marks_still_set_the_status_the_service_expects() -> None:
    from brokerage_app.cli import build_parser
    from brokerage_app.store.models import MeetingStatus

    parser = build_parser()
    for command, status in [
        ("held", MeetingStatus.HELD),
        ("no-show", MeetingStatus.NO_SHOW),
        ("scheduled", MeetingStatus.SCHEDULED),
    ]:
        assert MeetingStatus(parser.parse_args(["meeting", command, "1"]).status) is status
