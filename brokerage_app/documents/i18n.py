"""Fixed texts, dates and times in the attendee's language (English fallback).

A printed agenda goes to one person, so its fixed texts follow ``Attendee.language``. Dates
are written the way each language writes them ("Tuesday 11 May 2027", "tisdag 11 maj
2027"); times use the 24-hour clock everywhere, with the separator each language prefers.
Country names come from CLDR, through ``domain/locale_names.py``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from brokerage_app.domain import calendar_words, locale_names


@dataclass(frozen=True)
class Texts:
    language: str
    weekdays: tuple[str, ...]
    months: tuple[str, ...]
    time_separator: str
    your_agenda: str
    meetings_count: str  # "{n}" is replaced
    no_meetings: str
    time: str
    table: str
    meeting_with: str
    free: str
    not_available: str
    provisional: str
    provisional_note: str
    venue_map: str
    organiser: str
    page: str  # "{page}" and "{pages}" are replaced
    continued: str
    more_meetings: str  # "{n}" is replaced
    see_agenda: str
    contact: str
    scan_note: str
    day: str
    # Agendas (issue 17)
    venue_map_page: str  # "{page}" is replaced
    no_meetings_day: str


ENGLISH = Texts(
    language="en",
    weekdays=calendar_words.ENGLISH.weekdays,
    months=calendar_words.ENGLISH.months,
    time_separator=":",
    your_agenda="Your meeting agenda",
    meetings_count="{n} meetings",
    no_meetings="No meetings are scheduled for you yet. Ask the brokerage desk.",
    time="Time",
    table="Table",
    meeting_with="Meeting with",
    free="Free",
    not_available="Not attending",
    provisional="PROVISIONAL",
    provisional_note="Provisional agenda: times and tables may still change.",
    venue_map="Venue map",
    organiser="Organiser",
    page="Page {page} of {pages}",
    continued="continued",
    more_meetings="+ {n} more",
    see_agenda="Full agenda: printed sheet or brokerage desk",
    contact="Contact",
    scan_note="Show this code at check-in",
    day="Day",
    venue_map_page="page {page}",
    no_meetings_day="No meetings this day.",
)

SWEDISH = Texts(
    language="sv",
    weekdays=calendar_words.SWEDISH.weekdays,
    months=calendar_words.SWEDISH.months,
    time_separator=".",
    your_agenda="Ditt mötesschema",
    meetings_count="{n} möten",
    no_meetings="Inga möten är inplanerade för dig ännu. Fråga mötesdisken.",
    time="Tid",
    table="Bord",
    meeting_with="Möte med",
    free="Ledigt",
    not_available="Ej på plats",
    provisional="PRELIMINÄRT",
    provisional_note="Preliminärt schema: tider och bord kan fortfarande ändras.",
    venue_map="Karta",
    organiser="Arrangör",
    page="Sida {page} av {pages}",
    continued="forts.",
    more_meetings="+ {n} till",
    see_agenda="Hela schemat: utskriften eller mötesdisken",
    contact="Kontakt",
    scan_note="Visa koden vid incheckningen",
    day="Dag",
    venue_map_page="sida {page}",
    no_meetings_day="Inga möten den här dagen.",
)

LANGUAGES: dict[str, Texts] = {texts.language: texts for texts in (ENGLISH, SWEDISH)}


def texts_for(language: str | None) -> Texts:
    """The texts for a language tag such as ``sv`` or ``sv-SE``; English when unknown."""
    primary = (language or "").replace("_", "-").split("-")[0].lower()
    return LANGUAGES.get(primary, ENGLISH)


def table_name(name: str, texts: Texts) -> str:
    """A table as printed: one without a label comes as "Table 7" (the English default of
    ``MeetingTable.display_name``) and is written in the document's language ("Bord 7")."""
    number = name.removeprefix("Table ")
    if number != name and number.isdigit():
        return f"{texts.table} {number}"
    return name


def format_time(value: dt.datetime | dt.time, texts: Texts) -> str:
    return f"{value.hour:02d}{texts.time_separator}{value.minute:02d}"


def format_time_range(start: dt.datetime, end: dt.datetime, texts: Texts) -> str:
    return f"{format_time(start, texts)}–{format_time(end, texts)}"


def format_day(day: dt.date, texts: Texts) -> str:
    """'Tuesday 11 May 2027' or 'tisdag 11 maj 2027'."""
    return f"{texts.weekdays[day.weekday()]} {day.day} {texts.months[day.month - 1]} {day.year}"


def format_short_day(day: dt.date, texts: Texts) -> str:
    """'Tue 11 May' or 'tis 11 maj'."""
    weekday = calendar_words.abbreviation(texts.weekdays[day.weekday()])
    return f"{weekday} {day.day} {calendar_words.abbreviation(texts.months[day.month - 1])}"


def format_date_range(first: dt.date | None, last: dt.date | None, texts: Texts) -> str:
    """'11–13 May 2027', '30 May – 1 June 2027' or a single day."""
    if first is None:
        return ""
    last = last or first
    month = texts.months
    if first == last:
        return f"{first.day} {month[first.month - 1]} {first.year}"
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.day}–{last.day} {month[last.month - 1]} {last.year}"
    if first.year == last.year:
        return (
            f"{first.day} {month[first.month - 1]} – {last.day} {month[last.month - 1]} {last.year}"
        )
    return (
        f"{first.day} {month[first.month - 1]} {first.year} – "
        f"{last.day} {month[last.month - 1]} {last.year}"
    )


def country_name(code: str, language: str = "en") -> str:
    """The name of an ISO 3166-1 alpha-2 code in ``language``; the code if unknown."""
    return locale_names.country_name(code, language)


# Badges and table signs ---------------------------------------------------------------


@dataclass(frozen=True)
class BadgeTexts:
    """Fixed texts of badges and table signs, and the default badge categories' names."""

    language: str
    venue: str
    room: str
    rooms: str
    tables: str  # "{numbers}" is replaced by ranges such as "1–4, 7"
    categories: dict[str, str]


BADGE_TEXTS: dict[str, BadgeTexts] = {
    "en": BadgeTexts(
        language="en",
        venue="Venue",
        room="Room",
        rooms="Rooms",
        tables="Tables {numbers}",
        categories={
            "delegate": "Delegate",
            "exhibitor": "Exhibitor",
            "organiser": "Organiser",
            "press": "Press",
            "staff": "Staff",
        },
    ),
    "sv": BadgeTexts(
        language="sv",
        venue="Plats",
        room="Rum",
        rooms="Rum",
        tables="Bord {numbers}",
        categories={
            "delegate": "Delegat",
            "exhibitor": "Utställare",
            "organiser": "Arrangör",
            "press": "Press",
            "staff": "Personal",
        },
    ),
}


def badge_texts_for(language: str | None) -> BadgeTexts:
    return BADGE_TEXTS.get(texts_for(language).language, BADGE_TEXTS["en"])


def category_name(category: str, language: str | None) -> str:
    """A badge category's name in ``language`` ("delegate" -> "Delegat")."""
    return badge_texts_for(language).categories.get(category, category.title())
