"""Weekday and month names have one home (``domain/calendar_words.py``): the printed
documents write them and the spreadsheet reader reads them from the same lists."""

from __future__ import annotations

import datetime as dt
import locale
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

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


def test_a_slot_time_reads_as_strftime_wrote_it_in_the_c_locale() -> None:
    """The command line's and messages' "Tue 11 May 09:00" and "Tue 09:00", as they were
    written with ``%a %d %b %H:%M`` and ``%a %H:%M``, for every weekday and month."""
    assert calendar_words.date_day_time(dt.datetime(2027, 5, 11, 9, 0)) == "Tue 11 May 09:00"
    assert calendar_words.date_day_time(dt.datetime(2027, 5, 4, 14, 5)) == "Tue 04 May 14:05"
    assert calendar_words.day_time(dt.datetime(2027, 5, 11, 9, 0)) == "Tue 09:00"
    assert calendar_words.short_date(dt.date(2027, 12, 5)) == "Sun 05 Dec"
    before = locale.setlocale(locale.LC_TIME)
    locale.setlocale(locale.LC_TIME, "C")
    try:
        for days in range(0, 366, 3):
            moment = dt.datetime(2027, 1, 1, 7, 40) + dt.timedelta(days=days, minutes=days)
            assert calendar_words.date_day_time(moment) == moment.strftime("%a %d %b %H:%M")
            assert calendar_words.day_time(moment) == moment.strftime("%a %H:%M")
    finally:
        locale.setlocale(locale.LC_TIME, before)


_SWEDISH_PROCESS = """
import datetime as dt, locale
locale.setlocale(locale.LC_ALL, "")  # as Qt does on start
from brokerage_app.domain.calendar_words import date_day_time
moment = dt.datetime(2027, 5, 11, 9, 0)
print(moment.strftime("%a %d %b %H:%M"), "|", date_day_time(moment))
"""


@pytest.mark.skipif(shutil.which("localedef") is None, reason="needs glibc's localedef")
def test_a_slot_time_stays_english_in_a_swedish_locale(tmp_path: Path) -> None:
    """A process running in a Swedish locale (a window on a Swedish desktop) writes English
    slot times where the command line and messages show them; strftime would not."""
    made = subprocess.run(
        ["localedef", "-i", "sv_SE", "-f", "UTF-8", str(tmp_path / "sv_SE.UTF-8")],
        capture_output=True,
    )
    if made.returncode not in (0, 1):  # 1: made, with warnings
        pytest.skip(f"localedef could not make sv_SE: {made.stderr!r}")
    environment = {**os.environ, "LOCPATH": str(tmp_path), "LC_ALL": "sv_SE.UTF-8"}
    done = subprocess.run(
        [sys.executable, "-c", _SWEDISH_PROCESS],
        env=environment,
        capture_output=True,
        text=True,
        check=True,
    )
    swedish, english = (part.strip() for part in done.stdout.split("|"))
    assert swedish.startswith("tis 11 maj")  # the locale is in force
    assert english == "Tue 11 May 09:00"
