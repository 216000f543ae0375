"""Cell text rules shared by reading and writing spreadsheets.

Spreadsheet programs run a cell that starts with ``=``, ``+``, ``-`` or ``@`` as a formula
(and some treat a leading tab or carriage return the same way), so a delegate named
``=HYPERLINK(...)`` could attack whoever opens a CSV export. CSV exports therefore prefix
such cells with an apostrophe, as OWASP recommends; imports strip exactly that prefix again,
so a phone number such as ``+46 40 123 45 67`` survives an export and re-import unchanged.
An XLSX string cell is typed as text and never runs as a formula, so it is written as it is
(:func:`neutralise_typed_text`); Excel would show an apostrophe stored in it.
"""

from __future__ import annotations

import datetime as dt

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
NEUTRALISING_PREFIX = "'"


def _needs_prefix(text: str) -> bool:
    # Text that already looks neutralised ("'=x", "''+x") gets a prefix too, so that
    # restore(neutralise(text)) == text for every text.
    return text.lstrip(NEUTRALISING_PREFIX).startswith(FORMULA_TRIGGERS)


def neutralise(text: str) -> str:
    """Make a cell value inert for spreadsheet programs."""
    return NEUTRALISING_PREFIX + text if _needs_prefix(text) else text


def neutralise_typed_text(text: str) -> str:
    """For cells typed as text (XLSX string cells), which are never formulas.

    Only text that already looks neutralised gets the prefix, so that :func:`restore`
    gives it back unchanged; ``+46 40 123 45 67`` stays as it is, with no apostrophe for
    Excel to show.
    """
    return neutralise(text) if text.startswith(NEUTRALISING_PREFIX) else text


def restore(text: str) -> str:
    """Undo :func:`neutralise` (and nothing else)."""
    if text.startswith(NEUTRALISING_PREFIX) and _needs_prefix(text):
        return text[1:]
    return text


def cell_text(value: object) -> str:
    """The text of a spreadsheet cell as a person would read it in the sheet."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        if value.time() == dt.time(0):
            return value.date().isoformat()
        return value.isoformat(sep=" ", timespec="minutes")
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    return str(value)
