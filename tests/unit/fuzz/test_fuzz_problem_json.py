"""Fuzz: the scheduling problem JSON (brokerage_app.scheduling.format).

The scheduling package is plain and standalone, so its readers raise ProblemFormatError (a
ValueError naming the key or id); the event services turn it into a BrokerageError.
"""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from brokerage_app.scheduling.format import (
    Problem,
    ProblemFormatError,
    load_problem,
    parse_problem,
    problem_from_dict,
    problem_to_dict,
    schedule_from_dict,
)
from tests.unit.fuzz.mutations import JSON_VALUES, damaged
from tests.unit.fuzz.rules import FUZZ, clean_or_explained

VALID = {
    "format": "brokerage-schedule-problem/1",
    "name": "Fuzz fair",
    "slots": [
        {"id": "s1", "start": "2027-05-11T09:00", "end": "2027-05-11T09:20"},
        {"id": "s2", "start": "2027-05-11T09:20", "end": "2027-05-11T09:40"},
        {"id": "s3", "start": "2027-05-11T10:00", "end": "2027-05-11T10:20"},
    ],
    "tables": [{"id": "t1", "room": "Hall A"}, {"id": "t2", "room": "Hall A"}],
    "participants": [
        {"id": "a1", "table": "t1"},
        {"id": "a2", "unavailable": ["s3"], "max_meetings": 2},
        {"id": "a3"},
    ],
    "meetings": [
        {"id": "r1", "a": "a1", "b": "a2", "priority": 3},
        {"id": "r2", "a": "a2", "b": "a3", "priority": 1, "fixed": {"slot": "s2", "table": "t2"}},
        {"id": "r3", "a": "a1", "b": "a3", "after": ["r1"]},
    ],
    "previous": [{"meeting": "r1", "slot": "s1", "table": "t1"}],
    "options": {"max_breaks_spread": 1},
}


def test_the_seed_document_is_valid() -> None:
    problem = problem_from_dict(VALID)
    assert len(problem.meetings) == 3 and problem.max_breaks_spread == 1


def _check(result: Problem | None) -> None:
    if result is not None:
        # A document that was accepted must survive a round trip unchanged.
        assert problem_from_dict(problem_to_dict(result)) == result


@FUZZ
@given(damaged(VALID))
def test_damaged_problem_documents(document: object) -> None:
    _check(clean_or_explained(lambda: problem_from_dict(document), (ProblemFormatError,)))


@FUZZ
@given(JSON_VALUES)
def test_any_json_value_as_problem(document: object) -> None:
    clean_or_explained(lambda: problem_from_dict(document), (ProblemFormatError,))
    clean_or_explained(lambda: schedule_from_dict(document), (ProblemFormatError,))


@FUZZ
@given(st.text(max_size=300) | damaged(VALID).map(json.dumps))
def test_any_text_as_problem(text: str) -> None:
    clean_or_explained(lambda: parse_problem(text), (ProblemFormatError,))


@FUZZ
@given(st.binary(max_size=400), st.integers(min_value=0, max_value=len(json.dumps(VALID))))
def test_truncated_or_binary_problem_files(tmp_path: Path, noise: bytes, cut: int) -> None:
    truncated = tmp_path / "truncated.json"
    truncated.write_text(json.dumps(VALID)[:cut], encoding="utf-8")
    clean_or_explained(lambda: load_problem(truncated), (ProblemFormatError,))
    binary = tmp_path / "binary.json"
    binary.write_bytes(noise)
    clean_or_explained(lambda: load_problem(binary), (ProblemFormatError,))
