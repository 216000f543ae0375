"""The names of weekdays and months in the languages the program reads and prints.

One home for the words that printed documents write ("tisdag 11 maj 2027",
``documents/i18n.py``) and that spreadsheets are read with ("Tue 11 May", "dag 1 och 2",
``interchange/values.py``): each language's weekdays from Monday and months from January,
spelled as the language writes them in running text (English capitalised, Swedish not).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class CalendarWords:
    """One language's weekday names (Monday first) and month names (January first)."""

    weekdays: tuple[str, ...]
    months: tuple[str, ...]


ENGLISH = CalendarWords(
    weekdays=("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    months=(
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
)

SWEDISH = CalendarWords(
    weekdays=("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"),
    months=(
        "januari",
        "februari",
        "mars",
        "april",
        "maj",
        "juni",
        "juli",
        "augusti",
        "september",
        "oktober",
        "november",
        "december",
    ),
)
