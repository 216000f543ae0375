"""Weekday and month names have one home (``domain/calendar_words.py``): the printed
documents write them and the spreadsheet reader reads them from the same lists."""

from __future__ import annotations

import datetime as dt

from brokerage_app.documents import i18n
from brokerage_app.domain import calendar_words
from brokerage_app.interchange import values

MAY_11_2027 = dt.date(2027, 5, 11)  # a Tuesday


def test_documents_print_the_domain_words() -> None:
    for texts, words in (
        (i18n.ENGLISH, calendar_words.ENGLISH),
        (i18n.SWEDISH, calendar_words.SWEDISH),
    ):
        assert texts.weekdays == words.weekdays
        assert texts.months == words.months
    assert i18n.format_day(MAY_11_2027, i18n.SWEDISH) == "tisdag 11 maj 2027"
    assert i18n.format_day(MAY_11_2027, i18n.ENGLISH) == "Tuesday 11 May 2027"


def test_the_reader_knows_every_word_the_documents_print() -> None:
    for words in (calendar_words.ENGLISH, calendar_words.SWEDISH):
        for number, name in enumerate(words.weekdays):
            assert values.WEEKDAYS[name.casefold()] == number
            assert values.WEEKDAYS[name[:3].casefold()] == number
        for number, name in enumerate(words.months, 1):
            assert values.MONTHS[name.casefold()] == number
    # What a document prints is what a sheet is read with: "tis 11 maj" is that day.
    short = i18n.format_short_day(MAY_11_2027, i18n.SWEDISH)
    assert values.parse_attendance(short, [MAY_11_2027, dt.date(2027, 5, 12)]) == (MAY_11_2027,)


def test_the_reader_keeps_its_abbreviations() -> None:
    """The words a cell may hold are those read before the lists moved to domain/."""
    weekdays = {
        **dict.fromkeys(("monday", "mon", "måndag", "mån"), 0),
        **dict.fromkeys(("tuesday", "tue", "tues", "tisdag", "tis"), 1),
        **dict.fromkeys(("wednesday", "wed", "onsdag", "ons"), 2),
        **dict.fromkeys(("thursday", "thu", "thur", "thurs", "torsdag", "tor", "tors"), 3),
        **dict.fromkeys(("friday", "fri", "fredag", "fre"), 4),
        **dict.fromkeys(("saturday", "sat", "lördag", "lör"), 5),
        **dict.fromkeys(("sunday", "sun", "söndag", "sön"), 6),
    }
    months = {
        **dict(jan=1, feb=2, mar=3, apr=4, may=5, jun=6, jul=7, aug=8, sep=9, oct=10),
        **dict(nov=11, dec=12, january=1, february=2, march=3, april=4, june=6, july=7),
        **dict(august=8, september=9, october=10, november=11, december=12),
        **dict(januari=1, februari=2, mars=3, maj=5, juni=6, juli=7, augusti=8, oktober=10),
        **dict(okt=10, sept=9),
    }
    assert (weekdays, months) == (values.WEEKDAYS, values.MONTHS)
