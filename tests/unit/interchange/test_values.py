"""Cell values from registration platforms: one priority scale, countries, attendance."""

from __future__ import annotations

import pytest

from brokerage_app.domain.priority import PRIORITY_NAMES, Priority
from brokerage_app.interchange import values


@pytest.mark.parametrize(
    ("word", "priority"),
    [
        ("High", 3), ("Medium", 2), ("Low", 1),
        ("Must", 3), ("Should", 2), ("Nice", 1), ("Nice to meet", 1),
        ("Must meet", 3), ("Should meet", 2), ("Meet", 1),
        ("1", 1), ("2", 2), ("3", 3), ("", 1),
        ("Hög", 3), ("Medel", 2), ("Låg", 1), ("Måste träffa", 3), ("Bör träffa", 2),
        ("Kan träffa", 1),
    ],
)  # fmt: skip
def test_every_platform_priority_word_maps_to_the_one_scale(word: str, priority: int) -> None:
    assert values.parse_priority(word) == priority


def test_the_scale_names_are_the_ones_the_app_shows() -> None:
    assert PRIORITY_NAMES == {1: "meet", 2: "should meet", 3: "must meet"}
    for number, name in PRIORITY_NAMES.items():
        assert values.parse_priority(name) == number
    assert set(values.PRIORITY_WORDS.values()) == set(Priority)


def test_an_unknown_priority_names_the_scale() -> None:
    with pytest.raises(ValueError, match=r"1 \(meet\), 2 \(should meet\), 3 \(must meet\)"):
        values.parse_priority("urgent")
