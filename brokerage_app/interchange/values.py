"""Turning spreadsheet cells into field values.

Each parser takes the cell text and returns the value or raises ``BadValue`` (a
``ValueError``) holding the facts of what was wrong (``ValueFact``); the importer adds the
row and column, and each front end words them (``cli/import_problems.py``,
``ui/import_problems.py``).
"""

from __future__ import annotations

import datetime as dt
import enum
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import Enum
from functools import cache
from typing import Any

import pycountry

from brokerage_app.domain import calendar_words, locale_names
from brokerage_app.domain.collation import collation_key
from brokerage_app.domain.priority import PRIORITY_NAMES, Priority
from brokerage_app.store.models import AttendeeRole, BadgeCategory, RequestStatus

TRUE_WORDS = frozenset({"yes", "y", "true", "1", "x", "ja", "j", "sant", "oui", "✓"})
FALSE_WORDS = frozenset({"no", "n", "false", "0", "nej", "falskt", "non", "-"})

ROLE_WORDS = {
    "buyer": AttendeeRole.BUYER,
    "köpare": AttendeeRole.BUYER,
    "demand": AttendeeRole.BUYER,
    "seller": AttendeeRole.SELLER,
    "säljare": AttendeeRole.SELLER,
    "supplier": AttendeeRole.SELLER,
    "leverantör": AttendeeRole.SELLER,
    "offer": AttendeeRole.SELLER,
    "both": AttendeeRole.BOTH,
    "båda": AttendeeRole.BOTH,
    "buyerandseller": AttendeeRole.BOTH,
    "buyerseller": AttendeeRole.BOTH,
    "köpareochsäljare": AttendeeRole.BOTH,
}

CATEGORY_WORDS = {
    "delegate": BadgeCategory.DELEGATE,
    "participant": BadgeCategory.DELEGATE,
    "delegat": BadgeCategory.DELEGATE,
    "deltagare": BadgeCategory.DELEGATE,
    "exhibitor": BadgeCategory.EXHIBITOR,
    "utställare": BadgeCategory.EXHIBITOR,
    "organiser": BadgeCategory.ORGANISER,
    "organizer": BadgeCategory.ORGANISER,
    "arrangör": BadgeCategory.ORGANISER,
    "press": BadgeCategory.PRESS,
    "media": BadgeCategory.PRESS,
    "journalist": BadgeCategory.PRESS,
    "staff": BadgeCategory.STAFF,
    "personal": BadgeCategory.STAFF,
    "volunteer": BadgeCategory.STAFF,
    "funktionär": BadgeCategory.STAFF,
}

STATUS_WORDS = {
    "pending": RequestStatus.PENDING,
    "open": RequestStatus.PENDING,
    "requested": RequestStatus.PENDING,
    "waiting": RequestStatus.PENDING,
    "väntande": RequestStatus.PENDING,
    "obesvarad": RequestStatus.PENDING,
    "accepted": RequestStatus.ACCEPTED,
    "confirmed": RequestStatus.ACCEPTED,
    "matched": RequestStatus.ACCEPTED,
    "booked": RequestStatus.ACCEPTED,
    "accepterad": RequestStatus.ACCEPTED,
    "bekräftad": RequestStatus.ACCEPTED,
    "declined": RequestStatus.DECLINED,
    "rejected": RequestStatus.DECLINED,
    "refused": RequestStatus.DECLINED,
    "avböjd": RequestStatus.DECLINED,
    "nekad": RequestStatus.DECLINED,
    "cancelled": RequestStatus.CANCELLED,
    "canceled": RequestStatus.CANCELLED,
    "withdrawn": RequestStatus.CANCELLED,
    "avbokad": RequestStatus.CANCELLED,
    "inställd": RequestStatus.CANCELLED,
    "återkallad": RequestStatus.CANCELLED,
}

# Every platform's words for the one priority scale (domain.priority): three-level scales
# (High/Medium/Low, Must/Should/Nice, Must meet/Should meet/Meet) in English and Swedish.
PRIORITY_WORDS: dict[str, Priority] = {
    **dict.fromkeys(
        (
            "meet",
            "low",
            "nice",
            "nicetomeet",
            "could",
            "couldmeet",
            "maybe",
            "optional",
            "låg",
            "kan",
            "kanträffa",
            "gärna",
            "träffa",
            "lågprioritet",
        ),
        Priority.MEET,
    ),
    **dict.fromkeys(
        (
            "shouldmeet",
            "should",
            "medium",
            "mid",
            "middle",
            "normal",
            "important",
            "wanttomeet",
            "medel",
            "mellan",
            "vanlig",
            "bör",
            "börträffa",
            "viktig",
        ),
        Priority.SHOULD_MEET,
    ),
    **dict.fromkeys(
        (
            "mustmeet",
            "must",
            "high",
            "highest",
            "top",
            "essential",
            "hög",
            "högsta",
            "måste",
            "måsteträffa",
            "högprioritet",
        ),
        Priority.MUST_MEET,
    ),
}


class ValueFault(enum.StrEnum):
    """Why a cell's text (or a value mapping's text) is not a value of its field."""

    NOT_YES_NO = "not_yes_no"
    NOT_ROLE = "not_role"
    NOT_CATEGORY = "not_category"  # choices: the stored categories
    NOT_STATUS = "not_status"  # choices: the stored statuses
    NOT_PRIORITY = "not_priority"  # a cell: neither a number of the scale nor a known word
    NOT_COUNT = "not_count"
    NOT_DATETIME = "not_datetime"
    HAS_TIME_ZONE = "has_time_zone"
    NOT_LANGUAGE = "not_language"
    NOT_COUNTRY = "not_country"
    NO_EVENT_DAYS = "no_event_days"  # attendance, while the event has no days
    NO_SUCH_DAY = "no_such_day"  # number: the day asked for; days: the event's
    NAMES_NO_DAY = "names_no_day"  # days: the event's (the first is the example)
    # A value mapping's text (the stored value as text) that is not one:
    NOT_CHOICE = "not_choice"  # choices: the stored values
    NOT_DATE_LIST = "not_date_list"
    NOT_EVENT_DAY = "not_event_day"  # date: the first date that is not an event day
    NOT_PRIORITY_NUMBER = "not_priority_number"


@dataclass(frozen=True)
class ValueFact:
    """What was wrong with one text: the fault and the values its wording needs."""

    fault: ValueFault
    text: str = ""  # the text as given (a cell's, or a value mapping's)
    choices: tuple[str, ...] = ()
    number: int | None = None
    days: tuple[dt.date, ...] = ()
    date: dt.date | None = None


class BadValue(ValueError):
    """A text that is not a value of its field; ``fact`` says why."""

    def __init__(self, fact: ValueFact) -> None:
        super().__init__(fact.fault.value, fact.text)
        self.fact = fact


def _bad(fault: ValueFault, text: str = "", **facts: Any) -> BadValue:
    return BadValue(ValueFact(fault, text, **facts))


LANGUAGE_PATTERN = re.compile(r"^[a-z]{2,3}(-[a-z]{2,4})?$")


def _word(text: str) -> str:
    folded = unicodedata.normalize("NFC", text).casefold()
    return "".join(ch for ch in folded if ch.isalnum())


def parse_bool(text: str) -> bool:
    word = text.strip().casefold()
    if word in TRUE_WORDS:
        return True
    if word in FALSE_WORDS or not word:
        return False
    raise _bad(ValueFault.NOT_YES_NO, text)


def parse_role(text: str) -> AttendeeRole:
    if not text.strip():
        return AttendeeRole.BOTH
    role = ROLE_WORDS.get(_word(text))
    if role is None:
        raise _bad(ValueFault.NOT_ROLE, text)
    return role


def parse_category(text: str) -> BadgeCategory:
    if not text.strip():
        return BadgeCategory.DELEGATE
    category = CATEGORY_WORDS.get(_word(text))
    if category is None:
        choices = tuple(c.value for c in BadgeCategory)
        raise _bad(ValueFault.NOT_CATEGORY, text, choices=choices)
    return category


def parse_status(text: str, default: RequestStatus = RequestStatus.PENDING) -> RequestStatus:
    if not text.strip():
        return default
    status = STATUS_WORDS.get(_word(text))
    if status is None:
        choices = tuple(s.value for s in RequestStatus)
        raise _bad(ValueFault.NOT_STATUS, text, choices=choices)
    return status


def parse_priority(text: str) -> int:
    word = _word(text)
    if not word:
        return Priority.MEET
    if word.isdigit() and int(word) in PRIORITY_NAMES:
        return int(word)
    if word in PRIORITY_WORDS:
        return int(PRIORITY_WORDS[word])
    raise _bad(ValueFault.NOT_PRIORITY, text)


def parse_count(text: str) -> int | None:
    stripped = text.strip()
    if not stripped:
        return None
    if not stripped.isdigit():
        raise _bad(ValueFault.NOT_COUNT, text)
    return int(stripped)


def parse_datetime(text: str) -> dt.datetime | None:
    stripped = text.strip()
    if not stripped:
        return None
    try:
        value = dt.datetime.fromisoformat(stripped)
    except ValueError:
        raise _bad(ValueFault.NOT_DATETIME, text) from None
    if value.tzinfo is not None:
        raise _bad(ValueFault.HAS_TIME_ZONE, text)
    return value


def parse_language(text: str) -> str:
    stripped = text.strip()
    if not stripped:
        return "en"
    code = stripped.casefold().replace("_", "-")
    if LANGUAGE_PATTERN.match(code):
        return code
    language = _languages_by_name().get(_word(stripped))
    if language is None:
        raise _bad(ValueFault.NOT_LANGUAGE, text)
    return language


@cache
def _countries_by_name() -> dict[str, str]:
    """Codes by every name a cell may give: ISO's (pycountry: alpha-2, alpha-3, name,
    common and official name) and CLDR's in English and Swedish."""
    names: dict[str, str] = {}
    for country in pycountry.countries:
        code = country.alpha_2
        for name in (
            country.alpha_2,
            country.alpha_3,
            country.name,
            getattr(country, "common_name", ""),
            getattr(country, "official_name", ""),
            locale_names.country_name(code),
            locale_names.country_name(code, "sv"),
        ):
            if name:
                names.setdefault(_word(name), code)
    # Names people type that ISO and CLDR spell differently.
    names.update({_word("UK"): "GB", _word("England"): "GB", _word("Holland"): "NL"})
    names.update({_word("Czech Republic"): "CZ", _word("Förenade kungariket"): "GB"})
    return names


@cache
def _languages_by_name() -> dict[str, str]:
    """Codes by every name a cell may give: ISO's (pycountry), CLDR's in English and
    Swedish, and the names some languages give themselves."""
    names: dict[str, str] = {}
    for language in pycountry.languages:
        code = getattr(language, "alpha_2", None)
        if code:
            names.setdefault(_word(language.name), code)
    for code in locale_names.language_codes():
        for name in (locale_names.language_name(code), locale_names.language_name(code, "sv")):
            names.setdefault(_word(name), code)
    # Their own names (CLDR has them too, but in each language's own data, which would
    # make the installed program 22 MB larger to read a few words).
    own = {
        "polski": "pl",
        "deutsch": "de",
        "français": "fr",
        "suomi": "fi",
        "dansk": "da",
        "norsk": "no",
        "ελληνικά": "el",
        "русский": "ru",
        "українська": "uk",
        "türkçe": "tr",
        "español": "es",
        "italiano": "it",
        "nederlands": "nl",
        "eesti": "et",
        "latviešu": "lv",
        "lietuvių": "lt",
        "čeština": "cs",
    }
    names.update({_word(name): code for name, code in own.items()})
    return names


def parse_country(text: str) -> str:
    """An ISO 3166-1 alpha-2 code from a code or a country name in English or Swedish."""
    stripped = text.strip()
    if not stripped:
        return ""
    code = _countries_by_name().get(_word(stripped))
    if code is None:
        raise _bad(ValueFault.NOT_COUNTRY, text)
    return code


# Attendance: which of the event's days someone comes -------------------------------

ALL_DAYS_WORDS = frozenset(
    _word(w)
    for w in (
        "Both days",
        "All days",
        "Both",
        "All",
        "Whole event",
        "Full event",
        "Every day",
        "Full programme",
        "Full program",
        "Båda dagarna",
        "Båda dagar",
        "Alla dagar",
        "Båda",
        "Alla",
        "Hela evenemanget",
        "Hela konferensen",
        "Varje dag",
    )
)
# Weekday and month names come from domain/calendar_words (what documents print), folded,
# in full and in three letters, with the other abbreviations a cell may hold.
_LANGUAGES = (calendar_words.ENGLISH, calendar_words.SWEDISH)
WEEKDAYS = {
    word: number
    for words in _LANGUAGES
    for number, name in enumerate(words.weekdays)
    for word in (name.casefold(), calendar_words.abbreviation(name).casefold())
} | {"tues": 1, "thur": 3, "thurs": 3, "tors": 3}
MONTHS = {
    **{
        calendar_words.abbreviation(name).casefold(): number
        for number, name in enumerate(calendar_words.ENGLISH.months, 1)
    },
    **{
        name.casefold(): number
        for words in _LANGUAGES
        for number, name in enumerate(words.months, 1)
    },
    "okt": 10,
    "sept": 9,
}
_ISO_DATE = re.compile(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b")
_DAY_MONTH = re.compile(r"\b(\d{1,2})[./](\d{1,2})(?:[./](\d{2,4}))?\b")
_DAY_NUMBER = re.compile(r"\b(?:days?|dag(?:ar)?|d)\s*(\d+(?:\s*(?:[-–,&+/]|and|och)\s*\d+)*)")
_RANGE = re.compile(r"(\d+)\s*[-–]\s*(\d+)")
_WORD = re.compile(r"[^\W\d_]+")


def _days_named(text: str, days: Sequence[dt.date]) -> set[dt.date]:
    """Days named in ``text`` by date, day-and-month or weekday ("Tue 11 May", "11.5")."""
    found: set[dt.date] = set()
    for year, month, day in _ISO_DATE.findall(text):
        found |= {d for d in days if (d.year, d.month, d.day) == (int(year), int(month), int(day))}
    rest = _ISO_DATE.sub(" ", text)
    for day, month, _year in _DAY_MONTH.findall(rest):
        found |= {d for d in days if (d.day, d.month) == (int(day), int(month))}
    rest = _DAY_MONTH.sub(" ", rest)
    words = _WORD.findall(rest)
    numbers = [int(n) for n in re.findall(r"\d+", rest)]
    for index, word in enumerate(words):
        if word in MONTHS:
            found |= {d for d in days if d.month == MONTHS[word] and d.day in numbers}
        elif word in WEEKDAYS and (index + 1 >= len(words) or words[index + 1] not in MONTHS):
            found |= {d for d in days if d.weekday() == WEEKDAYS[word]}
    return found


def parse_attendance(text: str, days: Sequence[dt.date]) -> tuple[dt.date, ...] | None:
    """The event days someone attends: "Both days", "Day 2 only", "Dag 1 och 2", "Days 1-3",
    dates ("2027-05-12", "12.5", "12 May") or weekday names in English or Swedish.

    None for an empty cell (availability left as it is)."""
    folded = unicodedata.normalize("NFC", text).casefold().strip()
    if not folded:
        return None
    if not days:
        raise _bad(ValueFault.NO_EVENT_DAYS, text)
    if _word(folded) in ALL_DAYS_WORDS:
        return tuple(days)
    wanted: set[dt.date] = set()
    for match in _DAY_NUMBER.finditer(folded):
        group = match.group(1)
        numbers = {int(n) for n in re.findall(r"\d+", _RANGE.sub(" ", group))}
        for low, high in _RANGE.findall(group):
            numbers |= set(range(int(low), int(high) + 1))
        for number in sorted(numbers):
            if not 1 <= number <= len(days):
                raise _bad(ValueFault.NO_SUCH_DAY, text, number=number, days=tuple(days))
            wanted.add(days[number - 1])
    if not wanted:
        wanted = _days_named(folded, days)
    if not wanted:
        raise _bad(ValueFault.NAMES_NO_DAY, text, days=tuple(days))
    return tuple(sorted(wanted))


# Value kinds: how a value field's cell becomes a stored value, and that value as text
# (the form a mapping file and the import dialog use) ---------------------------------


@dataclass(frozen=True)
class ValueKind:
    parse: Callable[[str, Sequence[dt.date]], Any]  # cell text -> value (BadValue)
    as_text: Callable[[Any], str]  # value -> its text in a mapping
    from_text: Callable[[str, Sequence[dt.date]], Any]  # mapping text -> value (BadValue)


def _enum_from_text(cls: type[Enum]) -> Callable[[str, Sequence[dt.date]], Any]:
    def from_text(text: str, _days: Sequence[dt.date]) -> Any:
        try:
            return cls(text)
        except ValueError:
            choices = tuple(str(member.value) for member in cls)
            raise _bad(ValueFault.NOT_CHOICE, text, choices=choices) from None

    return from_text


def _dates_from_text(text: str, days: Sequence[dt.date]) -> tuple[dt.date, ...]:
    try:
        dates = tuple(sorted({dt.date.fromisoformat(part.strip()) for part in text.split(",")}))
    except ValueError:
        raise _bad(ValueFault.NOT_DATE_LIST, text) from None
    unknown = [d for d in dates if d not in days]
    if unknown:
        raise _bad(ValueFault.NOT_EVENT_DAY, text, date=unknown[0])
    return dates


def _priority_from_text(text: str, _days: Sequence[dt.date]) -> int:
    if text.strip() not in {str(n) for n in PRIORITY_NAMES}:
        raise _bad(ValueFault.NOT_PRIORITY_NUMBER, text)
    return int(text)


VALUE_KINDS: dict[str, ValueKind] = {
    "role": ValueKind(
        lambda t, _d: parse_role(t), lambda v: v.value, _enum_from_text(AttendeeRole)
    ),
    "badge_category": ValueKind(
        lambda t, _d: parse_category(t), lambda v: v.value, _enum_from_text(BadgeCategory)
    ),
    "language": ValueKind(lambda t, _d: parse_language(t), str, lambda t, _d: parse_language(t)),
    "country": ValueKind(lambda t, _d: parse_country(t), str, lambda t, _d: parse_country(t)),
    "attendance": ValueKind(
        parse_attendance, lambda v: ",".join(d.isoformat() for d in v), _dates_from_text
    ),
    "status": ValueKind(
        lambda t, _d: parse_status(t), lambda v: v.value, _enum_from_text(RequestStatus)
    ),
    "priority": ValueKind(lambda t, _d: parse_priority(t), str, _priority_from_text),
}


def country_choices(language: str = "en") -> list[tuple[str, str]]:
    """Every ISO 3166-1 country as (code, name in ``language``), by name."""
    choices = [
        (code, locale_names.country_name(code, language)) for code in locale_names.country_codes()
    ]
    return sorted(choices, key=lambda c: collation_key(c[1]))


def language_choices(language: str = "en") -> list[tuple[str, str]]:
    """Languages with a two-letter code as (code, name in ``language``), by name; each
    name starts with a capital, as an item of a list does ("Grekiska", not "grekiska")."""
    choices = []
    for code in locale_names.language_codes():
        name = locale_names.language_name(code, language)
        choices.append((code, name[:1].upper() + name[1:]))
    return sorted(choices, key=lambda c: collation_key(c[1]))
