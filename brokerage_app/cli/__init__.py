"""The ``brokerage-app`` command: parse arguments, call services, print results.

Subcommands live in ``brokerage_app.cli.commands``: each module there has a
``register(subparsers)`` function and is discovered automatically, so a capability brings
its own command without touching this file.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
from collections.abc import Sequence

from brokerage_app import __version__
from brokerage_app.cli import commands
from brokerage_app.cli.error_words import error_text
from brokerage_app.domain.tasks import Cancelled
from brokerage_app.errors import BrokerageError

EXIT_OK = 0
EXIT_ERROR = 2
EXIT_INTERRUPTED = 130  # as a shell reports a command stopped by Ctrl-C


def command_modules() -> list[str]:
    return sorted(
        f"{commands.__name__}.{info.name}"
        for info in pkgutil.iter_modules(commands.__path__)
        if not info.name.startswith("_")
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="brokerage-app",
        description=(
            "Plan and run B2B brokerage events offline: attendees, meeting requests, "
            "optimised schedules, badges and agendas, check-in. Without a command the "
            "desktop window opens on your last event."
        ),
    )
    parser.add_argument("--version", action="version", version=f"brokerage-app {__version__}")
    parser.add_argument(
        "--db",
        metavar="PATH_OR_URL",
        help="event file (SQLite path) or database URL such as "
        "postgresql://user:pass@host/event; default: the last event you opened",
    )
    parser.add_argument(
        "--demo", action="store_true", help="open the window on a fresh 400-attendee demo event"
    )
    parser.add_argument(
        "--language",
        choices=("en", "sv", "system"),
        help="language of the desktop window, remembered for next time: en (English), "
        "sv (svenska) or system (follow the computer's language, the default)",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in command_modules():
        importlib.import_module(name).register(subparsers)
    _accept_db_after_command(subparsers)
    return parser


def _accept_db_after_command(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser],
) -> None:
    """Let ``--db`` stand after the command too (``demo-data --db FILE``), as people type it."""
    for command in subparsers.choices.values():
        for action in command._actions:
            if isinstance(action, argparse._SubParsersAction):
                _accept_db_after_command(action)
        if "--db" not in command._option_string_actions:
            command.add_argument(
                "--db", metavar="PATH_OR_URL", default=argparse.SUPPRESS, help="event file or URL"
            )


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        if args.command is None:
            from brokerage_app.cli.gui import launch_gui

            return launch_gui(args)
        return int(args.func(args))
    except Cancelled as exc:  # the first Ctrl-C (cli.tasks): stopped at a safe point
        print(f"brokerage-app: {exc}", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokerageError as exc:  # facts worded in English (cli.error_words)
        print(f"brokerage-app: error: {error_text(exc)}", file=sys.stderr)
        return EXIT_ERROR
    except BrokenPipeError:
        # The reader (e.g. `| head`) went away; that is not an error of ours.
        sys.stderr.close()
        return EXIT_OK
    except KeyboardInterrupt:
        print("brokerage-app: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED


if __name__ == "__main__":
    sys.exit(main())
