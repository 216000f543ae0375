"""``brokerage-app print badges|agendas|table-sheets|table-signs``: printed artefacts as PDF."""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from brokerage_app.cli.common import add_force_argument, open_event
from brokerage_app.cli.tasks import terminal_task
from brokerage_app.constants import (
    BADGE_LAYOUT_LABELS,
    CUSTOM_BADGE_LAYOUT,
    DEFAULT_BADGE_LAYOUT,
    SORT_ORDERS,
)
from brokerage_app.domain.tasks import Progress, ProgressKind
from brokerage_app.errors import ValidationError

if TYPE_CHECKING:
    from brokerage_app.documents.style import CategoryStyle
    from brokerage_app.services.printing import PrintResult

_COLOUR = re.compile(r"#[0-9A-Fa-f]{6}")


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "print",
        help="write badges, personal agendas or table sheets as PDF",
        description="Write printable PDFs. Nothing is written if an attendee id is unknown.",
    )
    kinds = parser.add_subparsers(dest="document", metavar="DOCUMENT", required=True)

    layouts = "; ".join(f"{key}: {label}" for key, label in BADGE_LAYOUT_LABELS.items())
    badges = kinds.add_parser(
        "badges",
        help="name badges with check-in QR codes",
        description=f"Name badges with check-in QR codes. Layouts: {layouts}; "
        f"{CUSTOM_BADGE_LAYOUT}: the event's own label sheet (see 'event badge-layout').",
    )
    badges.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.pdf")
    add_force_argument(badges)
    badges.add_argument(
        "--layout",
        default=DEFAULT_BADGE_LAYOUT,
        choices=[*BADGE_LAYOUT_LABELS, CUSTOM_BADGE_LAYOUT],
    )
    badges.add_argument(
        "--attendee",
        type=int,
        action="append",
        metavar="ID",
        help="only this attendee (repeatable)",
    )
    badges.add_argument("--sort", default="name", choices=list(SORT_ORDERS))
    badges.add_argument(
        "--offset-x", type=float, default=0.0, metavar="MM", help="move the print right (mm)"
    )
    badges.add_argument(
        "--offset-y", type=float, default=0.0, metavar="MM", help="move the print down (mm)"
    )
    badges.add_argument(
        "--start-position",
        type=int,
        default=1,
        metavar="N",
        help="first free label on a partly used sheet (1 = top left)",
    )
    badges.add_argument(
        "--cut-marks", action=argparse.BooleanOptionalAction, default=True, help="draw cut marks"
    )
    badges.add_argument(
        "--category-colour",
        action="append",
        default=[],
        metavar="CATEGORY=#RRGGBB[:LABEL]",
        help="colour (and printed label) of a badge category, e.g. press=#6A3D9A:Media",
    )
    add_badge_field_arguments(badges)
    badges.set_defaults(func=run_badges)

    agendas = kinds.add_parser(
        "agendas",
        help="personal meeting agendas",
        description="Personal agendas in each attendee's language. An output ending in .pdf "
        "gets everyone in one file sorted by last name; any other output is a folder with one "
        "PDF per attendee.",
    )
    agendas.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.pdf|DIR")
    add_force_argument(agendas)
    agendas.add_argument(
        "--attendee",
        type=int,
        action="append",
        metavar="ID",
        help="only this attendee (repeatable)",
    )
    agendas.add_argument(
        "--duplex-padding",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="in one PDF, give every agenda an even number of pages, so that printed "
        "two-sided each starts on a new sheet (default: on)",
    )
    agendas.add_argument(
        "--meetings-only", action="store_true", help="leave free and away slots out"
    )
    agendas.add_argument(
        "--changed-since-last-print",
        action="store_true",
        help="only the agendas whose content changed since they were last printed",
    )
    agendas.set_defaults(func=run_agendas)

    sheets = kinds.add_parser(
        "table-sheets",
        help="one timetable per table and the master grid",
        description="The master grid (slots x tables) for the desk, then one timetable per table.",
    )
    sheets.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.pdf")
    add_force_argument(sheets)
    sheets.set_defaults(func=run_table_sheets)

    signs = kinds.add_parser(
        "table-signs",
        help="a folded A4 tent per table and a door sign per room",
        description="One A4 tent per table (fold along the middle; the number is 260 pt on "
        "both faces), then one door sign per room with its table range and booth owners.",
    )
    signs.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.pdf")
    add_force_argument(signs)
    signs.set_defaults(func=run_table_signs)


def add_badge_field_arguments(badges: argparse.ArgumentParser) -> None:
    """Optional badge fields and the print-shop bleed."""
    badges.add_argument(
        "--job-title", action="store_true", help="print the job title under the name"
    )
    badges.add_argument(
        "--honorific", action="store_true", help="print the honorific (Dr, Prof.) before the name"
    )
    badges.add_argument(
        "--bleed",
        type=float,
        default=0.0,
        metavar="MM",
        help="for a print shop: each badge on its own page with this bleed and crop marks",
    )


def _report(result: PrintResult, what: str) -> int:
    where = result.paths[0] if len(result.paths) == 1 else result.paths[0].parent
    print(f"Wrote {result.documents} {what} on {result.pages} pages to {where}")
    for person in result.uncovered:
        print(
            f"Warning: no shipped font has {' '.join(person.characters)} in what is printed "
            f"for {person.name}; they print as empty boxes.",
            file=sys.stderr,
        )
    return 0


def _progress(progress: Progress) -> None:
    if sys.stderr.isatty() and progress.kind is ProgressKind.STEPS:
        done, total = progress.done, progress.total
        print(f"\r{done}/{total}", end="" if done < total else "\n", file=sys.stderr, flush=True)


def parse_category_colours(values: list[str]) -> dict[str, CategoryStyle]:
    """'press=#6A3D9A:Media' -> {"press": CategoryStyle("Media", "#6A3D9A")}."""
    from brokerage_app.documents.style import DEFAULT_CATEGORIES, CategoryStyle
    from brokerage_app.store.models import BadgeCategory

    styles: dict[str, CategoryStyle] = {}
    known = [c.value for c in BadgeCategory]
    for value in values:
        category, _, rest = value.partition("=")
        colour, _, label = rest.partition(":")
        category = category.strip().lower()
        if category not in known:
            raise ValidationError(
                f"--category-colour {value!r}: the category must be one of {', '.join(known)}."
            )
        if not _COLOUR.fullmatch(colour.strip()):
            raise ValidationError(
                f"--category-colour {value!r}: the colour must look like #1F5FAD."
            )
        default = DEFAULT_CATEGORIES[category].label
        styles[category] = CategoryStyle(label.strip() or default, colour.strip())
    return styles


def run_badges(args: argparse.Namespace) -> int:
    # Imported here, not at the top: parsing the command line must not load the services.
    from brokerage_app.services.printing import print_badges

    categories = parse_category_colours(args.category_colour)
    database = open_event(args)
    try:
        with terminal_task(_progress) as task:
            result = print_badges(
                database,
                args.output,
                layout=args.layout,
                attendee_ids=args.attendee,
                sort=args.sort,
                offset_mm=(args.offset_x, args.offset_y),
                start_position=args.start_position,
                cut_marks=args.cut_marks,
                categories=categories,
                show_job_title=args.job_title,
                show_honorific=args.honorific,
                bleed_mm=args.bleed,
                task=task,
                force=args.force,
            )
    finally:
        database.dispose()
    for warning in result.contrast_warnings:
        print(
            f"Warning: category {warning.category}: colour {warning.colour} reaches only "
            f"{warning.contrast:.1f}:1 with black or white text (4.5:1 is needed); "
            "choose a darker or lighter colour.",
            file=sys.stderr,
        )
    return _report(result, "badges")


def run_agendas(args: argparse.Namespace) -> int:
    from brokerage_app.services.printing import AgendaOptions, print_agendas

    database = open_event(args)
    try:
        with terminal_task(_progress) as task:
            result = print_agendas(
                database,
                args.output,
                attendee_ids=args.attendee,
                one_file_per_attendee=args.output.suffix.lower() != ".pdf",
                options=AgendaOptions(
                    duplex_padding=args.duplex_padding, meetings_only=args.meetings_only
                ),
                changed_since_last_print=args.changed_since_last_print,
                task=task,
                force=args.force,
            )
    finally:
        database.dispose()
    if not result.paths:
        changed = args.changed_since_last_print and result.unchanged
        print("No agenda changed since the last print." if changed else "No attendees to print.")
        return 0
    code = _report(result, "agendas")
    if args.changed_since_last_print:
        print(f"Left out {result.unchanged} agendas unchanged since their last print.")
    return code


def _run_event_wide(
    args: argparse.Namespace, printer: Callable[..., PrintResult], what: str
) -> int:
    """A print of the whole event into one PDF (table sheets, table signs)."""
    database = open_event(args)
    try:
        with terminal_task(_progress) as task:
            result = printer(database, args.output, task=task, force=args.force)
    finally:
        database.dispose()
    return _report(result, what)


def run_table_sheets(args: argparse.Namespace) -> int:
    from brokerage_app.services.printing import print_table_sheets

    return _run_event_wide(args, print_table_sheets, "table sheets")


def run_table_signs(args: argparse.Namespace) -> int:
    from brokerage_app.services.printing import print_table_signs

    return _run_event_wide(args, print_table_signs, "table signs")
