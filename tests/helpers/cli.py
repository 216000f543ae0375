"""The command line's commands as its parser defines them, for tests that must follow it.

Tests list commands from ``brokerage_app.cli.build_parser()`` rather than by hand, so a
command added later is tested (help, window parity) without anyone editing a list.
"""

from __future__ import annotations

import argparse


def subcommands(
    parser: argparse.ArgumentParser,
) -> argparse._SubParsersAction[argparse.ArgumentParser] | None:
    """The sub-command group of ``parser`` (where ``add_parser`` adds one), if it has one."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return action
    return None


def cli_commands(parser: argparse.ArgumentParser | None = None) -> list[str]:
    """Every command and sub-command of the parser, as typed: "export ical"."""
    from brokerage_app.cli import build_parser

    found: list[str] = []

    def walk(parser: argparse.ArgumentParser, prefix: tuple[str, ...]) -> None:
        group = subcommands(parser)
        for name, sub in (group.choices if group else {}).items():
            found.append(" ".join((*prefix, name)))
            walk(sub, (*prefix, name))

    walk(parser or build_parser(), ())
    return found
