"""Why a spreadsheet cannot be read at all, as a fact each front end words
(``cli/file_problems.py`` in English, ``ui/file_problems.py`` in the window's language).

Plain Python, so the command line can catch ``TableFileError`` without loading the readers.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from brokerage_app.errors import ValidationError


class FileFault(enum.StrEnum):
    """What is wrong; the fields of ``FileProblem`` each fault fills are named beside it
    (``file`` is always the file's name, or the whole path when there is no such file)."""

    NO_SUCH_FILE = "no_such_file"
    TOO_LARGE = "too_large"  # megabytes; limit: the most MB
    EMPTY = "empty"
    UNKNOWN_TYPE = "unknown_type"  # value: the file's suffix
    UNKNOWN_ENCODING = "unknown_encoding"
    NOT_ENCODED_TEXT = "not_encoded_text"  # row, column, heading; value: the encoding; reason
    UNCLOSED_QUOTE = "unclosed_quote"  # row
    TEXT_AFTER_QUOTE = "text_after_quote"  # row
    UNREADABLE_ROW = "unreadable_row"  # row; reason
    LONG_CELL_SOMEWHERE = "long_cell_somewhere"  # row; limit: the most characters
    LONG_CELL = "long_cell"  # row, column, heading; count: characters; limit
    WORKBOOK_UNPACKS_TOO_BIG = "workbook_unpacks_too_big"  # megabytes; limit: the most MB
    NOT_XLSX = "not_xlsx"
    WORKBOOK_UNOPENABLE = "workbook_unopenable"  # reason
    TOO_MANY_TEXTS = "too_many_texts"  # limit: the most cells
    SHEET_TOO_LONG = "sheet_too_long"  # count: rows (at least, unless value); value: the used
    # range the sheet declares, if it was that; limit: the most rows
    USED_RANGE_TOO_BIG = "used_range_too_big"  # value: the used range; count: cells; limit
    WORKBOOK_CLOSED = "workbook_closed"
    SHEET_DAMAGED = "sheet_damaged"  # row: where it was being read; reason
    TOO_MANY_ROWS = "too_many_rows"  # row: the first past the limit; limit: the most rows
    TOO_MANY_CELLS = "too_many_cells"  # row; limit: the most cells
    NO_HEADING = "no_heading"
    HEADING_TWICE = "heading_twice"  # row, heading; column and other_column: the letters


# The faults whose column (and heading) say where the fault is, not what it is about.
_AT_A_CELL = frozenset({FileFault.LONG_CELL, FileFault.NOT_ENCODED_TEXT})


@dataclass(frozen=True)
class FileProblem:
    """Why a file cannot be read: the fault, the file and where (1-based row, column letter
    and heading when known) and the values its wording needs.

    A CSV row is numbered as a spreadsheet program shows it: by records, not lines (a quoted
    cell that spans lines is still one row), the first record being row 1."""

    fault: FileFault
    file: str = ""
    row: int | None = None
    column: str = ""
    other_column: str = ""
    heading: str | None = None
    count: int | None = None
    limit: int | None = None
    megabytes: float | None = None
    value: str = ""
    reason: str = ""

    @property
    def at_cell(self) -> bool:
        """Whether ``column`` (and ``heading``) name the cell at fault, beside the row."""
        return bool(self.column) and self.fault in _AT_A_CELL


class TableFileError(ValidationError):
    """A spreadsheet cannot be read at all; ``problem`` says why as a fact the front ends
    word (the message is only a short fallback for logs)."""

    def __init__(self, problem: FileProblem) -> None:
        self.problem = problem
        super().__init__(f"{problem.file}: {problem.fault.value}.")

    def __reduce__(self) -> tuple[type[TableFileError], tuple[FileProblem]]:
        return (type(self), (self.problem,))
