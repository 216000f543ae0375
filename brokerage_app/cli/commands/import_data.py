"""``brokerage-app import attendees|requests FILE``: spreadsheets from registration platforms."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from brokerage_app.cli import EXIT_ERROR, import_problems
from brokerage_app.cli.common import add_force_argument, open_event
from brokerage_app.cli.tasks import percent_on_terminal, terminal_task
from brokerage_app.constants import MAX_FILE_BYTES, MAX_IMPORT_CELLS, MAX_IMPORT_ROWS
from brokerage_app.interchange.mapping import (  # plain Python: json and dicts
    FIELD_SYNONYMS,
    ColumnMapping,
    load_mapping,
    save_mapping,
)

if TYPE_CHECKING:
    from brokerage_app.services.imports import FieldChange, ImportPreview

EXIT_PROBLEMS = 1

_KIND_HELP = {
    "attendees": (
        "import attendees and their organisations",
        "Import attendees with their organisations. People already in the event are updated "
        "(matched by external ID, else by email); organisations are matched by external ID, "
        "else by name and country, and created when new. Headings in English or Swedish are "
        "recognised (First name/Förnamn, Last name/Efternamn, Email/E-post, Phone/Telefon, "
        "Organisation/Företag, Country/Land, Sector/Bransch, ...).",
    ),
    "requests": (
        "import meeting requests (or already-matched pairs)",
        "Import meeting requests. The Requester and Requested columns hold an attendee's "
        "external ID or email (import the attendees first). An existing request for the same "
        "pair is updated. With --matched every row is an already-agreed meeting and is "
        "imported as an accepted request.",
    ),
}


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "import",
        help="import attendees or meeting requests from CSV or XLSX",
        description="Import a CSV (any encoding; comma, semicolon or tab) or XLSX file. The "
        "whole file is checked first and nothing is stored while any row has a problem, "
        "unless --skip-bad-rows is given. Files up to "
        f"{MAX_FILE_BYTES // 1_048_576} MB, {MAX_IMPORT_ROWS:,} rows and "
        f"{MAX_IMPORT_CELLS:,} cells.",
    )
    kinds = parser.add_subparsers(dest="kind", metavar="KIND", required=True)
    for kind, (summary, description) in _KIND_HELP.items():
        fields = ", ".join(FIELD_SYNONYMS[kind])
        sub = kinds.add_parser(kind, help=summary, description=f"{description} Fields: {fields}.")
        sub.add_argument("file", type=Path, metavar="FILE", help=".csv or .xlsx file")
        sub.add_argument(
            "--dry-run",
            action="store_true",
            help="only check: show the detected format, the column mapping and every problem "
            "by row and column; store nothing (exit code 1 when there are problems)",
        )
        sub.add_argument(
            "--mapping",
            type=Path,
            metavar="FILE",
            help='JSON column and value mapping, e.g. {"kind": "attendees", "columns": '
            '{"first_name": "Given name"}, "values": {"attendance": {"Day 2": "2027-05-12"}}}; '
            "unnamed fields and values are still recognised automatically. Without it, the "
            "mapping remembered from the last import of a file with the same headings is used",
        )
        sub.add_argument(
            "--save-mapping",
            type=Path,
            metavar="FILE",
            help="write the mapping that was used (columns and values, JSON) to FILE; the "
            "window's import dialog loads the same format",
        )
        add_force_argument(sub)
        sub.add_argument(
            "--skip-bad-rows",
            action="store_true",
            help="import the good rows and report the skipped ones instead of refusing",
        )
        if kind == "requests":
            sub.add_argument(
                "--matched",
                action="store_true",
                help="the file lists already-matched pairs: import them as accepted requests",
            )
        sub.set_defaults(func=run)


def _print_preview(preview: ImportPreview) -> None:
    from brokerage_app.interchange.reading import DELIMITER_NAMES

    if preview.format == "xlsx":
        print(f"File:     {preview.path} (XLSX, sheet {preview.sheet!r})")
    else:
        delimiter = DELIMITER_NAMES.get(preview.delimiter, preview.delimiter)
        print(f"File:     {preview.path} (CSV, {preview.encoding}, {delimiter}-separated)")
    print(f"Rows:     {preview.row_count}")
    print("Columns:")
    if preview.remembered:
        print("Mapping:  remembered from the last import of a file with these headings")
    by_column = {heading: field for field, heading in preview.mapping.items()}
    width = max((len(c) for c in preview.columns), default=0)
    for column in preview.columns:
        target = by_column.get(column)
        print(f"  {column:<{width}}  ->  {target if target else '(not imported)'}")
    if preview.values:
        print("Values:")
        width = max(len(v.text) for v in preview.values)
        for row in preview.values:
            value = row.value if row.value is not None else "(not recognised: map it)"
            how = " (mapped)" if row.mapped else ""
            print(f"  {row.field:<14} {row.text:<{width}}  ->  {value}{how}   x{row.count}")


def _print_changes(changes: Sequence[FieldChange], verb: str) -> None:
    if changes:
        print(f"{verb} stored values:")
        for change in changes:
            print(f"  {import_problems.change_line(change)}")


def _report_preview(preview: ImportPreview, kind: str) -> int:
    _print_preview(preview)
    extra = (
        f", {preview.organisations_to_create} new organisation(s)" if kind == "attendees" else ""
    )
    print(f"Would create {preview.to_create} and update {preview.to_update} {kind}{extra}.")
    _print_changes(preview.changes, "Would change")
    if preview.problems:
        print(f"{len(preview.problems)} problem(s) in {len(preview.bad_rows)} row(s):")
        for problem in preview.problems:
            print(f"  {import_problems.problem_line(problem)}")
        return EXIT_PROBLEMS
    print("No problems: the file can be imported.")
    return 0


def run(args: argparse.Namespace) -> int:
    # Imported here, not at the top: parsing the command line must not load the services.
    from brokerage_app.services.imports import (
        ImportRefusedError,
        mapping_for,
        preview_import,
        run_import,
    )

    mapping: ColumnMapping | None = load_mapping(args.mapping) if args.mapping else None
    matched = getattr(args, "matched", False)
    database = open_event(args)
    try:
        if args.save_mapping:
            from brokerage_app.services.outputs import OutputKind, check_output
            from brokerage_app.store.files import atomic_path

            check_output(
                args.save_mapping,
                OutputKind.JSON,
                protect=database,
                also_protect=[args.file],
                force=args.force,
            )
            with atomic_path(args.save_mapping) as partial:
                save_mapping(mapping_for(args.kind, args.file, mapping, database), partial)
        if args.dry_run:
            with terminal_task(percent_on_terminal()) as task:
                preview = preview_import(
                    database, args.kind, args.file, mapping, matched=matched, task=task
                )
            return _report_preview(preview, args.kind)
        with terminal_task(percent_on_terminal()) as task:
            result = run_import(
                database,
                args.kind,
                args.file,
                mapping,
                skip_bad_rows=args.skip_bad_rows,
                task=task,
                matched=matched,
                actor="cli",
            )
    except ImportRefusedError as refused:
        print(f"brokerage-app: error: {import_problems.refusal(refused)}", file=sys.stderr)
        return EXIT_ERROR
    finally:
        database.dispose()
    line = f"Imported {args.file.name}: {result.created} created, {result.updated} updated"
    if args.kind == "attendees":
        line += f", {result.organisations_created} new organisation(s)"
    print(line + ".")
    _print_changes(result.changes, "Changed")
    if result.skipped:
        print(f"Skipped {result.skipped} row(s) with problems:", file=sys.stderr)
        for problem in result.skipped_problems:
            print(f"  {import_problems.problem_line(problem)}", file=sys.stderr)
    if result.schedule_check is not None and not result.schedule_check.valid:
        from brokerage_app.cli.conflicts import print_conflicts, summary

        print(summary(result.schedule_check))
        print_conflicts(result.schedule_check)
    return 0
