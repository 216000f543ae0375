"""The names of weekdays and months in the languages the program reads and prints.

One home for the words that printed documents write ("tisdag 11 maj 2027",
``documents/i18n.py``) and that spreadsheets are read with ("Tue 11 May", "dag 1 och 2",
``interchange/values.py``): each language's weekdays from Monday and months from January,
spelled as the language writes them in running text (English capitalised, Swedish not).

It is also the one home of a slot's time as the command line and the services' messages say
it ("Tue 11 May 09:00", "Tue 09:00"): in English words whatever the process's locale, where
``strftime``'s ``%a`` and ``%b`` follow it (and Qt sets it from the desktop's). The window
says the same in its own language through QLocale (``ui/formatting.py``).
"""

from __future__ import annotations

import datetime as dt
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


def abbreviation(word: str) -> str:
    """A weekday's or month's name in three letters: "Tue", "tis", "May", "maj"."""
    return word[:3]


def day_time(moment: dt.datetime) -> str:
    """A slot's start within its week, in English: "Tue 09:00"."""
    return f"{abbreviation(ENGLISH.weekdays[moment.weekday()])} {moment:%H:%M}"


def date_day_time(moment: dt.datetime) -> str:
    """A slot's start, in English: "Tue 11 May 09:00" (the day in two digits)."""
    return f"{short_date(moment)} {moment:%H:%M}"


def short_date(day: dt.date) -> str:
    """A day, in English: "Tue 11 May" (the day in two digits: "Tue 04 May")."""
    weekday = abbreviation(ENGLISH.weekdays[day.weekday()])
    return f"{weekday} {day.day:02d} {abbreviation(ENGLISH.months[day.month - 1])}"
