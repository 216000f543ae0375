"""Cell values from registration platforms: one priority scale, countries, attendance."""

from __future__ import annotations

import datetime as dt

import pytest

from brokerage_app.cli.import_problems import value_message
from brokerage_app.domain.collation import collation_key
from brokerage_app.domain.priority import PRIORITY_NAMES, Priority
from brokerage_app.interchange import values


@pytest.mark.parametrize(
    ("word", "priority"),
    [
        ("High", 3),
        ("Medium", 2),
        ("Low", 1),
        ("Must", 3),
        ("Should", 2),
        ("Nice", 1),
        ("Nice to meet", 1),
        ("Must meet", 3),
        ("Should meet", 2),
        ("Meet", 1),
        ("1", 1),
        ("2", 2),
        ("3", 3),
        ("", 1),
        ("Hög", 3),
        ("Medel", 2),
        ("Låg", 1),
        ("Måste träffa", 3),
        ("Bör träffa", 2),
        ("Kan träffa", 1),
    ],
)
def test_every_platform_priority_word_maps_to_the_one_scale(word: str, priority: int) -> None:
    assert values.parse_priority(word) == priority


def test_the_scale_names_are_the_ones_the_app_shows() -> None:
    assert PRIORITY_NAMES == {1: "meet", 2: "should meet", 3: "must meet"}
    for number, name in PRIORITY_NAMES.items():
        assert values.parse_priority(name) == number
    assert set(values.PRIORITY_WORDS.values()) == set(Priority)


def test_an_unknown_priority_names_the_scale() -> None:
    with pytest.raises(values.BadValue) as raised:
        values.parse_priority("urgent")
    assert raised.value.fact == values.ValueFact(values.ValueFault.NOT_PRIORITY, "urgent")
    assert value_message(raised.value.fact).endswith(
        "use 1 (meet), 2 (should meet), 3 (must meet), or High/Medium/Low, Must/Should/Nice."
    )


DAYS = (dt.date(2027, 5, 11), dt.date(2027, 5, 12), dt.date(2027, 5, 13))  # Tue, Wed, Thu


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("Both days", (0, 1, 2)),
        ("All days", (0, 1, 2)),
        ("Alla dagar", (0, 1, 2)),
        ("Day 1 only", (0,)),
        ("Day 2 only", (1,)),
        ("Only day 3", (2,)),
        ("Dag 2", (1,)),
        ("Dag 1 och 3", (0, 2)),
        ("Days 1-2", (0, 1)),
        ("Day 1 & Day 3", (0, 2)),
        ("2027-05-12", (1,)),
        ("12.5", (1,)),
        ("12/5/2027", (1,)),
        ("12 May", (1,)),
        ("13 maj", (2,)),
        ("May 11", (0,)),
        ("Tuesday 11 May", (0,)),
        ("Wednesday", (1,)),
        ("onsdag", (1,)),
        ("tis + tors", (0, 2)),
        ("Tue, Thu", (0, 2)),
    ],
)
def test_attending_days_in_english_and_swedish(text: str, days: tuple[int, ...]) -> None:
    assert values.parse_attendance(text, DAYS) == tuple(DAYS[i] for i in days)


def test_attendance_that_names_no_event_day_is_refused() -> None:
    assert values.parse_attendance("", DAYS) is None
    with pytest.raises(values.BadValue) as raised:
        values.parse_attendance("Day 4 only", DAYS)
    assert raised.value.fact == values.ValueFact(
        values.ValueFault.NO_SUCH_DAY, "Day 4 only", number=4, days=DAYS
    )
    with pytest.raises(values.BadValue) as raised:
        values.parse_attendance("Friday", DAYS)
    assert raised.value.fact == values.ValueFact(
        values.ValueFault.NAMES_NO_DAY, "Friday", days=DAYS
    )
    with pytest.raises(values.BadValue) as raised:
        values.parse_attendance("Friday", ())
    assert raised.value.fact.fault is values.ValueFault.NO_EVENT_DAYS
    assert value_message(raised.value.fact) == (
        "the event has no days yet: add its days before importing attendance."
    )


def test_country_and_language_choices_are_named_in_the_window_language() -> None:
    """The import dialog's "Becomes" lists: a Swedish window said "German (de)" and
    "Czechia (CZ)" (the walk); the names come in the language asked for, sorted as a
    reader expects (domain.collation: "Åland" near "Aland", not after "Zimbabwe")."""
    english = dict(values.country_choices())
    swedish = dict(values.country_choices("sv"))
    assert english["DE"] == "Germany" and swedish["DE"] == "Tyskland"
    assert swedish["CZ"] == "Tjeckien"
    assert set(swedish) == set(english)
    languages = dict(values.language_choices("sv"))
    assert languages["de"] == "Tyska" and languages["pl"] == "Polska"
    assert dict(values.language_choices())["de"] == "German"
    names = [name for _code, name in values.country_choices("sv")]
    assert names == sorted(names, key=collation_key)


def test_every_language_has_its_name_in_swedish() -> None:
    """pycountry's Swedish translations gave 64 of 184 languages their English names in a
    Swedish window, Greek as "Modern Greek (1453-)"; CLDR (Babel) names them all."""
    english = dict(values.language_choices())
    swedish = dict(values.language_choices("sv"))
    assert english["el"] == "Greek" and swedish["el"] == "Grekiska"
    assert (swedish["hi"], swedish["eo"], swedish["la"]) == ("Hindi", "Esperanto", "Latin")
    assert swedish["nb"] == "Norskt bokmål" and english["nb"] == "Norwegian Bokmål"
    assert set(swedish) == set(english) and len(swedish) == 184
    # Every name is a name, not the code it stands for.
    assert not [code for code, name in swedish.items() if name.casefold() == code]


def test_a_language_or_country_is_read_by_its_english_swedish_or_own_name() -> None:
    """The words a cell may hold: ISO's and CLDR's names in English and Swedish, and the
    names some languages give themselves."""
    read = values.parse_language
    for word, code in {
        "Greek": "el", "grekiska": "el", "ελληνικά": "el", "Modern Greek (1453-)": "el",
        "svenska": "sv", "english": "en", "engelska": "en", "polski": "pl", "polska": "pl",
        "Deutsch": "de", "tyska": "de", "français": "fr", "franska": "fr", "suomi": "fi",
        "finska": "fi", "dansk": "da", "danska": "da", "norsk": "no", "norska": "no",
        "русский": "ru", "українська": "uk", "türkçe": "tr", "español": "es",
        "italiano": "it", "nederlands": "nl", "eesti": "et", "latviešu": "lv",
        "lietuvių": "lt", "čeština": "cs", "Norskt bokmål": "nb",
    }.items():  # fmt: skip
        assert read(word) == code, word
    country = values.parse_country
    for word, code in {
        "Sverige": "SE", "Storbritannien": "GB", "Förenade kungariket": "GB", "UK": "GB",
        "Russia": "RU", "Russian Federation": "RU", "Ryssland": "RU", "Tjeckien": "CZ",
        "Czech Republic": "CZ", "Grekland": "GR", "Elfenbenskusten": "CI",
    }.items():  # fmt: skip
        assert country(word) == code, word
