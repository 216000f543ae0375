"""Countries and languages by their ISO codes, named as a language writes them.

The codes are ISO's, from pycountry: ISO 3166-1 alpha-2 countries and the languages with an
ISO 639-1 code. The names are CLDR's, through Babel: the short names a reader of the
language expects ("United Kingdom", "Storbritannien"; "Greek", "grekiska"), for every one of
those codes in English and in Swedish. pycountry's own Swedish translations of ISO's names
gave 64 of the 184 languages their English names (Greek as "Modern Greek (1453-)"), and
its English country names are ISO's ("Russian Federation").

One home for printed documents (agendas, badges, table sheets, the report), the window's
value mapping and the readers of imported files.
"""

from __future__ import annotations

from functools import cache

import pycountry
from babel import Locale, UnknownLocaleError

ENGLISH = "en"


@cache
def _locale(language: str) -> Locale | None:
    """Babel's data for ``language`` ("sv", "sv-SE", "en_GB"), None if it has none."""
    try:
        return Locale.parse(language.replace("-", "_"))
    except (UnknownLocaleError, ValueError, TypeError):
        return None


def _names(language: str) -> Locale:
    found = _locale(language) or _locale(ENGLISH)
    assert found is not None, "Babel's English data"
    return found


@cache
def country_codes() -> tuple[str, ...]:
    """Every ISO 3166-1 alpha-2 code."""
    return tuple(country.alpha_2 for country in pycountry.countries)


@cache
def language_codes() -> tuple[str, ...]:
    """Every ISO 639-1 (two-letter) language code."""
    return tuple(
        language.alpha_2 for language in pycountry.languages if hasattr(language, "alpha_2")
    )


@cache
def country_name(code: str, language: str = ENGLISH) -> str:
    """The country of an alpha-2 ``code`` named in ``language`` (English when it has no
    names of its own); the code itself if it is no country's, "" for no code."""
    code = (code or "").strip().upper()
    if not code:
        return ""
    if code not in country_codes():
        return code
    name = _names(language).territories.get(code) or _names(ENGLISH).territories.get(code)
    return str(name) if name else code


@cache
def language_name(code: str, language: str = ENGLISH) -> str:
    """The language of an ISO 639-1 ``code`` named in ``language`` (English when it has
    none of its own), as running text writes it ("grekiska"); the code if unknown."""
    code = (code or "").strip().lower()
    name = _names(language).languages.get(code) or _names(ENGLISH).languages.get(code)
    return str(name) if name else code
