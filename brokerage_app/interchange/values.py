"""Turning spreadsheet cells into field values, with messages an organiser understands.

Each parser takes the cell text and returns the value or raises ``ValueError`` whose message
says what was expected; the importer adds the row and column.
"""

from __future__ import annotations

import datetime as dt
import gettext
import re
import unicodedata
from functools import cache

import pycountry

from brokerage_app.domain.priority import PRIORITY_HELP, PRIORITY_NAMES, Priority
from brokerage_app.store.models import AttendeeRole, BadgeCategory, RequestStatus

TRUE_WORDS = frozenset({"yes", "y", "true", "1", "x", "ja", "j", "sant", "oui", "✓"})
FALSE_WORDS = frozenset({"no", "n", "false", "0", "nej", "falskt", "non", "-"})

ROLE_WORDS = {
    "buyer": AttendeeRole.BUYER, "köpare": AttendeeRole.BUYER, "demand": AttendeeRole.BUYER,
    "seller": AttendeeRole.SELLER, "säljare": AttendeeRole.SELLER,
    "supplier": AttendeeRole.SELLER, "leverantör": AttendeeRole.SELLER,
    "offer": AttendeeRole.SELLER,
    "both": AttendeeRole.BOTH, "båda": AttendeeRole.BOTH, "buyerandseller": AttendeeRole.BOTH,
    "buyerseller": AttendeeRole.BOTH, "köpareochsäljare": AttendeeRole.BOTH,
}  # fmt: skip

CATEGORY_WORDS = {
    "delegate": BadgeCategory.DELEGATE, "participant": BadgeCategory.DELEGATE,
    "delegat": BadgeCategory.DELEGATE, "deltagare": BadgeCategory.DELEGATE,
    "exhibitor": BadgeCategory.EXHIBITOR, "utställare": BadgeCategory.EXHIBITOR,
    "organiser": BadgeCategory.ORGANISER, "organizer": BadgeCategory.ORGANISER,
    "arrangör": BadgeCategory.ORGANISER, "press": BadgeCategory.PRESS,
    "media": BadgeCategory.PRESS, "journalist": BadgeCategory.PRESS,
    "staff": BadgeCategory.STAFF, "personal": BadgeCategory.STAFF,
    "volunteer": BadgeCategory.STAFF, "funktionär": BadgeCategory.STAFF,
}  # fmt: skip

STATUS_WORDS = {
    "pending": RequestStatus.PENDING, "open": RequestStatus.PENDING,
    "requested": RequestStatus.PENDING, "waiting": RequestStatus.PENDING,
    "väntande": RequestStatus.PENDING, "obesvarad": RequestStatus.PENDING,
    "accepted": RequestStatus.ACCEPTED, "confirmed": RequestStatus.ACCEPTED,
    "matched": RequestStatus.ACCEPTED, "booked": RequestStatus.ACCEPTED,
    "accepterad": RequestStatus.ACCEPTED, "bekräftad": RequestStatus.ACCEPTED,
    "declined": RequestStatus.DECLINED, "rejected": RequestStatus.DECLINED,
    "refused": RequestStatus.DECLINED, "avböjd": RequestStatus.DECLINED,
    "nekad": RequestStatus.DECLINED,
    "cancelled": RequestStatus.CANCELLED, "canceled": RequestStatus.CANCELLED,
    "withdrawn": RequestStatus.CANCELLED, "avbokad": RequestStatus.CANCELLED,
    "inställd": RequestStatus.CANCELLED, "återkallad": RequestStatus.CANCELLED,
}  # fmt: skip

# Every platform's words for the one priority scale (domain.priority): three-level scales
# (High/Medium/Low, Must/Should/Nice, Must meet/Should meet/Meet) in English and Swedish.
PRIORITY_WORDS: dict[str, Priority] = {
    **dict.fromkeys(
        ("meet", "low", "nice", "nicetomeet", "could", "couldmeet", "maybe", "optional",
         "låg", "kan", "kanträffa", "gärna", "träffa", "lågprioritet"),
        Priority.MEET,
    ),
    **dict.fromkeys(
        ("shouldmeet", "should", "medium", "mid", "middle", "normal", "important", "wanttomeet",
         "medel", "mellan", "vanlig", "bör", "börträffa", "viktig"),
        Priority.SHOULD_MEET,
    ),
    **dict.fromkeys(
        ("mustmeet", "must", "high", "highest", "top", "essential", "hög", "högsta", "måste",
         "måsteträffa", "högprioritet"),
        Priority.MUST_MEET,
    ),
}  # fmt: skip

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
    raise ValueError(f"{text!r} is not yes or no.")


def parse_role(text: str) -> AttendeeRole:
    if not text.strip():
        return AttendeeRole.BOTH
    role = ROLE_WORDS.get(_word(text))
    if role is None:
        raise ValueError(f"{text!r} is not a role; use buyer, seller or both.")
    return role


def parse_category(text: str) -> BadgeCategory:
    if not text.strip():
        return BadgeCategory.DELEGATE
    category = CATEGORY_WORDS.get(_word(text))
    if category is None:
        choices = ", ".join(c.value for c in BadgeCategory)
        raise ValueError(f"{text!r} is not a badge category; use one of {choices}.")
    return category


def parse_status(text: str, default: RequestStatus = RequestStatus.PENDING) -> RequestStatus:
    if not text.strip():
        return default
    status = STATUS_WORDS.get(_word(text))
    if status is None:
        choices = ", ".join(s.value for s in RequestStatus)
        raise ValueError(f"{text!r} is not a request status; use one of {choices}.")
    return status


def parse_priority(text: str) -> int:
    word = _word(text)
    if not word:
        return Priority.MEET
    if word.isdigit() and int(word) in PRIORITY_NAMES:
        return int(word)
    if word in PRIORITY_WORDS:
        return int(PRIORITY_WORDS[word])
    raise ValueError(
        f"{text!r} is not a priority; use {PRIORITY_HELP}, or High/Medium/Low, Must/Should/Nice."
    )


def parse_count(text: str) -> int | None:
    stripped = text.strip()
    if not stripped:
        return None
    if not stripped.isdigit():
        raise ValueError(f"{text!r} is not a whole number of 0 or more.")
    return int(stripped)


def parse_datetime(text: str) -> dt.datetime | None:
    stripped = text.strip()
    if not stripped:
        return None
    try:
        value = dt.datetime.fromisoformat(stripped)
    except ValueError:
        raise ValueError(
            f"{text!r} is not a date and time; write it as 2027-05-11 09:00."
        ) from None
    if value.tzinfo is not None:
        raise ValueError(f"{text!r}: give the local time at the venue without a time zone.")
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
        raise ValueError(f"{text!r} is not a language; use a code such as en, sv or pl.")
    return language


@cache
def _swedish() -> gettext.NullTranslations:
    return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["sv"], fallback=True)


@cache
def _countries_by_name() -> dict[str, str]:
    names: dict[str, str] = {}
    swedish = _swedish()
    for country in pycountry.countries:
        code = country.alpha_2
        for name in (
            country.alpha_2,
            country.alpha_3,
            country.name,
            getattr(country, "common_name", ""),
            getattr(country, "official_name", ""),
            swedish.gettext(country.name),
        ):
            if name:
                names.setdefault(_word(name), code)
    # Names people type that ISO spells differently.
    names.update({_word("UK"): "GB", _word("England"): "GB", _word("Holland"): "NL"})
    names.update({_word("Czech Republic"): "CZ", _word("Tjeckien"): "CZ"})
    return names


@cache
def _languages_by_name() -> dict[str, str]:
    names: dict[str, str] = {}
    for language in pycountry.languages:
        code = getattr(language, "alpha_2", None)
        if code:
            names.setdefault(_word(language.name), code)
    native = {
        "svenska": "sv", "english": "en", "engelska": "en", "polski": "pl", "polska": "pl",
        "deutsch": "de", "tyska": "de", "français": "fr", "franska": "fr", "suomi": "fi",
        "finska": "fi", "dansk": "da", "danska": "da", "norsk": "no", "norska": "no",
        "ελληνικά": "el", "русский": "ru", "українська": "uk", "türkçe": "tr",
        "español": "es", "italiano": "it", "nederlands": "nl", "eesti": "et",
        "latviešu": "lv", "lietuvių": "lt", "čeština": "cs",
    }  # fmt: skip
    names.update(native)
    return names


def parse_country(text: str) -> str:
    """An ISO 3166-1 alpha-2 code from a code or a country name in English or Swedish."""
    stripped = text.strip()
    if not stripped:
        return ""
    code = _countries_by_name().get(_word(stripped))
    if code is None:
        raise ValueError(
            f"{text!r} is not a known country; use a two-letter ISO code such as SE or PL."
        )
    return code
