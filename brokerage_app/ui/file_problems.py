"""Why a spreadsheet cannot be read, in the window's language (the CLI words the same facts
in English in ``cli/file_problems.py``): a refused import or preview; and a document the
window will not save where it would replace the event."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from brokerage_app.interchange.file_problems import FileFault, FileProblem
from brokerage_app.services.outputs import OutputProblem
from brokerage_app.ui import i18n


def _where(problem: FileProblem) -> str:
    """The file, and the row and column when the problem names them."""
    F = problem.fault
    if problem.row is None or F in (FileFault.SHEET_DAMAGED, FileFault.TOO_MANY_ROWS):
        return problem.file
    row = i18n.format_number(problem.row)
    if not problem.at_cell:
        return QCoreApplication.translate("FileProblems", "{file}, row {row}").format(
            file=problem.file, row=row
        )
    if problem.heading is None:
        return QCoreApplication.translate(
            "FileProblems", "{file}, row {row}, column {column}"
        ).format(file=problem.file, row=row, column=problem.column)
    return QCoreApplication.translate(
        "FileProblems", "{file}, row {row}, column '{heading}' ({column})"
    ).format(file=problem.file, row=row, heading=problem.heading, column=problem.column)


def _what(problem: FileProblem) -> str:
    F = FileFault
    number = i18n.format_number
    limit, count, row = number(problem.limit or 0), number(problem.count or 0), problem.row
    megabytes = problem.megabytes or 0
    match problem.fault:
        case F.NO_SUCH_FILE:
            return QCoreApplication.translate("FileProblems", "no such file.")
        case F.TOO_LARGE:
            return QCoreApplication.translate(
                "FileProblems",
                "the file is {size} MB; files up to {limit} MB can be imported. "
                "Split it into smaller files.",
            ).format(size=number(megabytes, 1), limit=limit)
        case F.EMPTY:
            return QCoreApplication.translate("FileProblems", "the file is empty.")
        case F.UNKNOWN_TYPE:
            return QCoreApplication.translate(
                "FileProblems", "unknown file type '{suffix}'; import .csv or .xlsx files."
            ).format(suffix=problem.value)
        case F.UNKNOWN_ENCODING:
            return QCoreApplication.translate(
                "FileProblems", "cannot tell the text encoding; save the file as UTF-8 CSV or XLSX."
            )
        case F.NOT_ENCODED_TEXT:
            return QCoreApplication.translate(
                "FileProblems",
                "bytes that are not {encoding} text ({reason}); save the file as UTF-8.",
            ).format(encoding=problem.value, reason=problem.reason)
        case F.UNCLOSED_QUOTE:
            return QCoreApplication.translate(
                "FileProblems",
                'a quote (") opens a cell that is never closed, so the rest of the file would '
                "be one cell. Add the closing quote, or remove the stray one.",
            )
        case F.TEXT_AFTER_QUOTE:
            return QCoreApplication.translate(
                "FileProblems",
                "text follows the closing quote of a cell (a quote inside a quoted cell must "
                'be doubled: "" ), or a quote opened in an earlier cell was never closed.',
            )
        case F.UNREADABLE_ROW:
            return QCoreApplication.translate(
                "FileProblems", "cannot read the row ({reason})."
            ).format(reason=problem.reason)
        case F.LONG_CELL_SOMEWHERE:
            return QCoreApplication.translate(
                "FileProblems",
                "a cell is longer than {limit} characters; this is not a registration list "
                "(is a quote missing?).",
            ).format(limit=limit)
        case F.LONG_CELL:
            return QCoreApplication.translate(
                "FileProblems",
                "the cell holds {count} characters; at most {limit} are accepted "
                "(is a quote missing?).",
            ).format(count=count, limit=limit)
        case F.WORKBOOK_UNPACKS_TOO_BIG:
            return QCoreApplication.translate(
                "FileProblems",
                "the workbook unpacks to {size} MB; workbooks up to {limit} MB unpacked can "
                "be imported.",
            ).format(size=number(megabytes), limit=limit)
        case F.NOT_XLSX:
            return QCoreApplication.translate(
                "FileProblems", "not a valid XLSX file (not a zip archive, or a damaged one)."
            )
        case F.WORKBOOK_UNOPENABLE:
            return QCoreApplication.translate(
                "FileProblems", "cannot open the workbook ({reason})."
            ).format(reason=problem.reason)
        case F.TOO_MANY_TEXTS:
            return QCoreApplication.translate(
                "FileProblems",
                "the workbook holds more than {limit} different texts; at most {limit} cells "
                "can be imported. Split the file.",
            ).format(limit=limit)
        case F.SHEET_TOO_LONG if problem.value:
            return QCoreApplication.translate(
                "FileProblems",
                "the sheet has {count} rows ({used}); files up to {limit} rows can be "
                "imported. Split it into smaller files.",
            ).format(count=count, used=problem.value, limit=limit)
        case F.SHEET_TOO_LONG:
            return QCoreApplication.translate(
                "FileProblems",
                "the sheet has at least {count} rows; files up to {limit} rows can be "
                "imported. Split it into smaller files.",
            ).format(count=count, limit=limit)
        case F.USED_RANGE_TOO_BIG:
            return QCoreApplication.translate(
                "FileProblems",
                "the sheet's used range {used} holds {count} cells; at most {limit} can be "
                "imported. Delete unused columns and rows (or export only the columns you "
                "need), or split the file.",
            ).format(used=problem.value, count=count, limit=limit)
        case F.WORKBOOK_CLOSED:
            return QCoreApplication.translate("FileProblems", "the workbook was already closed.")
        case F.SHEET_DAMAGED:
            return QCoreApplication.translate(
                "FileProblems",
                "the sheet is damaged near row {row} ({reason}); open and re-save it in Excel, "
                "or export it as CSV.",
            ).format(row=row, reason=problem.reason)
        case F.TOO_MANY_ROWS:
            return QCoreApplication.translate(
                "FileProblems",
                "more than {limit} rows (row {row} is past the limit); files up to {limit} "
                "rows can be imported. Split it into smaller files.",
            ).format(limit=limit, row=number(row or 0))
        case F.TOO_MANY_CELLS:
            return QCoreApplication.translate(
                "FileProblems",
                "more than {limit} cells (rows x columns); at most {limit} can be imported. "
                "Delete unused columns, or split the file.",
            ).format(limit=limit)
        case F.NO_HEADING:
            return QCoreApplication.translate(
                "FileProblems", "the file has no heading row and no data."
            )
        case F.HEADING_TWICE:
            return QCoreApplication.translate(
                "FileProblems",
                "the column heading '{heading}' appears twice (columns {a} and {b}); "
                "rename one of them.",
            ).format(heading=problem.heading, a=problem.column, b=problem.other_column)


def problem_text(problem: FileProblem) -> str:
    """The file, where, and what."""
    return QCoreApplication.translate("FileProblems", "{where}: {problem}").format(
        where=_where(problem), problem=_what(problem)
    )


def output_refusal(path: Path, problem: OutputProblem) -> str:
    """Why the window will not save a document at `path` (the CLI's English is the error's
    own message, which also names the event file)."""
    match problem:
        case OutputProblem.EVENT_FILE:
            text = QCoreApplication.translate(
                "FileProblems",
                "{path} is the open event file or one of its own files; choose another "
                "file name. Nothing was written.",
            )
        case OutputProblem.BACKUPS:
            text = QCoreApplication.translate(
                "FileProblems",
                "{path} is inside the event's backups folder; choose another folder. "
                "Nothing was written.",
            )
        case OutputProblem.OTHER_KIND:
            text = QCoreApplication.translate(
                "FileProblems",
                "{path} already exists and is a different kind of file; choose another "
                "file name. Nothing was written.",
            )
    return text.format(path=path)
