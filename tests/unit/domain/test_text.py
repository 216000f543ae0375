"""Names as text: shown, spelled in ASCII for files and mail, searched, with hard names."""

from __future__ import annotations

import pytest

from brokerage_app.documents.data import Person
from brokerage_app.domain.text import ascii_slug, display_name, fold, matches, transliterate
from brokerage_app.services.exports import calendar_file_name
from brokerage_app.services.printing import agenda_file_name
from brokerage_app.store.models import Attendee

HARD_NAMES = [
    # (first, last, how a file name spells "last-first")
    ("Łukasz", "Żółć", "Zolc-Lukasz"),
    ("Åsa", "Öberg", "Oberg-Asa"),
    ("Jürgen", "Gößmann", "Gossmann-Jurgen"),
    ("Søren", "Ærø", "Aero-Soren"),
    ("Þóra", "Sigurðardóttir", "Sigurdardottir-Thora"),
    ("Олена", "Коваленко", "Kovalenko-Olena"),
    ("Γιώργος", "Παπαδόπουλος", "Papadopoylos-Giorgos"),
    ("伟", "王", "Wang-Wei"),
    ("محمد", "عبد الله", "bd-llh-mhmd"),
    ("Nguyễn", "Thị Minh", "Thi-Minh-Nguyen"),
]


@pytest.mark.parametrize(("first", "last", "expected"), HARD_NAMES)
def test_every_script_is_transliterated_never_dropped(first: str, last: str, expected: str) -> None:
    assert ascii_slug(f"{last}-{first}", max_length=60) == expected
    person = Person(42, first, last, "", "", "", "delegate", "en")
    assert agenda_file_name(person) == f"agenda-00042-{expected}.pdf"


def test_calendar_and_agenda_files_spell_a_name_alike() -> None:
    # They disagreed: "ukasz-zoc" for the calendar, "Zolc-Lukasz" for the agenda.
    attendee = Attendee(id=42, first_name="Łukasz", last_name="Żółć")
    assert calendar_file_name(attendee) == "00042-lukasz-zolc.ics"
    chinese = Attendee(id=7, first_name="伟", last_name="王")
    assert calendar_file_name(chinese) == "00007-wei-wang.ics"
    nothing = Attendee(id=8, first_name="", last_name="…")
    assert calendar_file_name(nothing) == "00008-attendee.ics"


def test_a_name_of_marks_only_gives_no_slug() -> None:
    assert ascii_slug("«»…", max_length=60) == ""
    assert ascii_slug("../<b>", max_length=60) == "b"
    assert len(ascii_slug("Żółć" * 40, max_length=60)) == 60


def test_decomposed_and_composed_input_spell_alike() -> None:
    composed = "Żółć"
    decomposed = "Z\u0307o\u0301\u0142c\u0301"
    assert transliterate(composed) == transliterate(decomposed) == "Zolc"


@pytest.mark.parametrize(
    ("query", "name"),
    [
        ("zolc", "Łukasz Żółć"),
        ("LUKASZ ŻÓŁĆ", "Łukasz Żółć"),
        ("gossmann", "Jürgen Gößmann"),
        ("oster aero", "Øster Ærø"),
        ("ΠΑΠΑΔΟΠΟΥΛΟΣ", "Γιώργος Παπαδόπουλος"),
        ("papadop", "Γιώργος Παπαδόπουλος"),
        ("kovalenko", "Олена Коваленко"),
        ("коваленко", "Олена Коваленко"),
        ("wang", "王伟"),
        ("王", "王伟"),
        ("nguyen thi", "Nguyễn Thị Minh"),
    ],
)
def test_search_ignores_case_accents_and_script(query: str, name: str) -> None:
    assert matches(query, name, "Acme AB")
    assert fold(query) in fold(name) or all(w in fold(name) for w in fold(query).split())


def test_every_word_must_match_somewhere() -> None:
    assert matches("zolc acme", "Łukasz Żółć", "Acme AB")
    assert not matches("zolc globex", "Łukasz Żółć", "Acme AB")
    assert matches("", "anyone")


def test_display_names_have_no_stray_spaces() -> None:
    assert display_name("Åsa", "Öberg") == "Åsa Öberg"
    assert display_name("", "Öberg") == "Öberg"
    assert display_name("Åsa", None) == "Åsa"
    assert display_name(None, None) == ""
