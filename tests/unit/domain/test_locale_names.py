"""Countries and languages named as a language writes them (CLDR, through Babel)."""

from __future__ import annotations

from brokerage_app.domain import locale_names


def test_countries_are_named_in_english_and_swedish_whatever_the_locale_is_spelled() -> None:
    assert locale_names.country_name("GB") == "United Kingdom"
    assert locale_names.country_name("RU") == "Russia"  # ISO: "Russian Federation"
    for language in ("sv", "sv-SE", "sv_SE"):
        assert locale_names.country_name("gb ", language) == "Storbritannien"
    # A language Babel has no names for speaks English; a code that is no country stays.
    assert locale_names.country_name("SE", "xx") == "Sweden"
    assert locale_names.country_name("XK", "sv") == "XK"  # no ISO 3166-1 code
    assert locale_names.country_name("", "sv") == ""


def test_every_iso_code_has_a_name_of_its_own_in_both_languages() -> None:
    for language in ("en", "sv"):
        for code in locale_names.country_codes():
            assert locale_names.country_name(code, language) != code, (language, code)
        for code in locale_names.language_codes():
            assert locale_names.language_name(code, language) != code, (language, code)
    assert locale_names.language_name("el", "sv") == "grekiska"
    assert locale_names.language_name("el") == "Greek"
    assert locale_names.language_name("zz", "sv") == "zz"
