"""Why a spreadsheet cannot be read, in English for the command line; the window words the
same facts in ``ui/file_problems.py``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from brokerage_app.interchange.file_problems import FileFault

if TYPE_CHECKING:
    from brokerage_app.interchange.file_problems import FileProblem


def problem_text(problem: FileProblem) -> str:
    """The file, where, and what: "people.csv, row 3: a quote (") opens a cell ..."."""
    F = FileFault
    fault = problem.fault
    where = problem.file
    if problem.row is not None and fault not in (F.SHEET_DAMAGED, F.TOO_MANY_ROWS):
        where += f", row {problem.row:,}" if fault is F.TOO_MANY_CELLS else f", row {problem.row}"
    if problem.at_cell:
        column = f"column {problem.column}"
        if problem.heading is not None:
            column = f"column {problem.heading!r} ({problem.column})"
        where += f", {column}"
    return f"{where}: {_what(problem)}"


def _what(problem: FileProblem) -> str:
    F = FileFault
    limit, count = problem.limit or 0, problem.count or 0
    at_least = "" if problem.value else "at least "
    used = f" ({problem.value})" if problem.value else ""
    match problem.fault:
        case F.NO_SUCH_FILE:
            return "no such file."
        case F.TOO_LARGE:
            return (
                f"the file is {problem.megabytes or 0:.1f} MB; files up to {limit} MB can "
                "be imported. Split it into smaller files."
            )
        case F.EMPTY:
            return "the file is empty."
        case F.UNKNOWN_TYPE:
            return f"unknown file type {problem.value!r}; import .csv or .xlsx files."
        case F.UNKNOWN_ENCODING:
            return "cannot tell the text encoding; save the file as UTF-8 CSV or XLSX."
        case F.NOT_ENCODED_TEXT:
            return (
                f"bytes that are not {problem.value} text ({problem.reason}); "
                "save the file as UTF-8."
            )
        case F.UNCLOSED_QUOTE:
            return (
                'a quote (") opens a cell that is never closed, so the rest of the '
                "file would be one cell. Add the closing quote, or remove the stray one."
            )
        case F.TEXT_AFTER_QUOTE:
            return (
                "text follows the closing quote of a cell (a quote inside a quoted "
                'cell must be doubled: "" ), or a quote opened in an earlier cell was never closed.'
            )
        case F.UNREADABLE_ROW:
            return f"cannot read the row ({problem.reason})."
        case F.LONG_CELL_SOMEWHERE:
            return (
                f"a cell is longer than {limit:,} characters; this is not a "
                "registration list (is a quote missing?)."
            )
        case F.LONG_CELL:
            return (
                f"the cell holds {count:,} characters; at most {limit:,} are "
                "accepted (is a quote missing?)."
            )
        case F.WORKBOOK_UNPACKS_TOO_BIG:
            return (
                f"the workbook unpacks to {problem.megabytes or 0:.0f} MB; "
                f"workbooks up to {limit} MB unpacked can be imported."
            )
        case F.NOT_XLSX:
            return "not a valid XLSX file (not a zip archive, or a damaged one)."
        case F.WORKBOOK_UNOPENABLE:
            return f"cannot open the workbook ({problem.reason})."
        case F.TOO_MANY_TEXTS:
            return (
                f"the workbook holds more than {limit:,} different texts; at most "
                f"{limit:,} cells can be imported. Split the file."
            )
        case F.SHEET_TOO_LONG:
            return (
                f"the sheet has {at_least}{count:,} rows{used}; files up to "
                f"{limit:,} rows can be imported. Split it into smaller files."
            )
        case F.USED_RANGE_TOO_BIG:
            return (
                f"the sheet's used range {problem.value} holds "
                f"{count:,} cells; at most {limit:,} can be imported. Delete unused columns "
                "and rows (or export only the columns you need), or split the file."
            )
        case F.WORKBOOK_CLOSED:
            return "the workbook was already closed."
        case F.SHEET_DAMAGED:
            return (
                f"the sheet is damaged near row {problem.row} ({problem.reason}); "
                "open and re-save it in Excel, or export it as CSV."
            )
        case F.TOO_MANY_ROWS:
            return (
                f"more than {limit:,} rows (row {problem.row:,} is past the "
                f"limit); files up to {limit:,} rows can be imported. Split it into smaller files."
            )
        case F.TOO_MANY_CELLS:
            return (
                f"more than {limit:,} cells (rows x columns); at most {limit:,} can "
                "be imported. Delete unused columns, or split the file."
            )
        case F.NO_HEADING:
            return "the file has no heading row and no data."
        case F.HEADING_TWICE:
            return (
                f"the column heading {problem.heading!r} appears twice (columns "
                f"{problem.column} and {problem.other_column}); rename one of them."
            )
