"""One collation key orders names in printed documents as a reader expects."""

from __future__ import annotations

from brokerage_app.documents.data import Person
from brokerage_app.domain.collation import collation_key
from brokerage_app.services.printing import sort_people


def person(person_id: int, last: str, organisation: str = "Org") -> Person:
    return Person(person_id, "Anna", last, "", organisation, "SE", "delegate", "en")


def test_accents_sort_as_their_letters() -> None:
    names = ["Bråten", "Zetterberg", "Bérénger", "Émile", "adams", "Øster"]
    assert sorted(names, key=collation_key) == [
        "adams",
        "Bérénger",
        "Bråten",
        "Émile",
        "Øster",
        "Zetterberg",
    ]


def test_equal_under_collation_still_has_one_order() -> None:
    assert sorted(["anna", "Anna"], key=collation_key) == sorted(
        ["Anna", "anna"], key=collation_key
    )


def test_badges_sort_by_the_collation_key() -> None:
    people = [
        person(1, "Bråten", "Öresund AB"),
        person(2, "Bérénger", "Zeta"),
        person(3, "Émile", "Acme"),
    ]
    assert [p.last_name for p in sort_people(people, "name")] == ["Bérénger", "Bråten", "Émile"]
    organisations = [p.organisation for p in sort_people(people, "organisation")]
    assert organisations == ["Acme", "Öresund AB", "Zeta"]
