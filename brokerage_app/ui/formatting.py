"""Dates and times as the organiser's language writes them (QLocale, not strftime).

``strftime`` writes day and month names in the process's C locale (which Qt sets from the
desktop's), not the window's language; QLocale follows the language the window runs in (the
Swedish interface shows "tis 09:00", "tisdag 11 maj"). The command line says the same in
English with ``domain/calendar_words.py``.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime


def _qdatetime(value: dt.datetime) -> QDateTime:
    return QDateTime(
        QDate(value.year, value.month, value.day), QTime(value.hour, value.minute, value.second)
    )


def day_time(value: dt.datetime) -> str:
    """'Tue 09:00'"""
    return QLocale().toString(_qdatetime(value), "ddd HH:mm")


def date_day_time(value: dt.datetime) -> str:
    """'Tue 11 May 09:00'"""
    return QLocale().toString(_qdatetime(value), "ddd d MMM HH:mm")


def long_day(value: dt.date) -> str:
    """'Tuesday 11 May'"""
    return QLocale().toString(QDate(value.year, value.month, value.day), "dddd d MMMM")


def day_month_time(value: dt.datetime) -> str:
    """'11 May 15:33'"""
    return QLocale().toString(_qdatetime(value), "d MMM HH:mm")


def clock(value: dt.datetime | dt.time, seconds: bool = False) -> str:
    """'09:00' (or '09:00:12')"""
    return value.strftime("%H:%M:%S" if seconds else "%H:%M")


def slot_label(starts: dt.datetime, ends: dt.datetime) -> str:
    """'Tue 11 May 09:00–09:20'"""
    return f"{date_day_time(starts)}–{clock(ends)}"


def python_date(value: QDate) -> dt.date:
    """A date edit's date as Python's (``QDate.toPython`` is typed as any object)."""
    return dt.date(value.year(), value.month(), value.day())
