from __future__ import annotations

import copy
import json

import pytest

from brokerage_app.scheduling.format import (
    Placement,
    ProblemFormatError,
    Schedule,
    ScheduleStats,
    Unscheduled,
    dump_schedule,
    parse_problem,
    problem_from_dict,
    problem_to_dict,
    schedule_from_dict,
)
from tests.unit.scheduling.builders import problem_doc, slot_list

BASE = problem_doc(
    sessions=[3, 2],
    tables=["T1", "T2", "T3"],
    participants=[
        {"id": "p1", "table": "T1", "unavailable": ["s2"], "max_meetings": 3},
        {"id": "p2"},
        {"id": "p3"},
    ],
    meetings=[
        {"id": "m1", "a": "p1", "b": "p2", "priority": 3, "slots": ["s1", "s3"]},
        {"id": "m2", "a": "p2", "b": "p3", "after": ["m1"], "fixed": {"slot": "s4", "table": "T2"}},
    ],
    previous=[{"meeting": "m1", "slot": "s1", "table": "T1"}],
    spread=2,
)


def test_valid_problem_parses_and_round_trips() -> None:
    problem = problem_from_dict(BASE)
    assert [s.id for s in problem.slots] == ["s1", "s2", "s3", "s4", "s5"]
    assert problem.session_of_slot == (0, 0, 0, 1, 1)
    assert problem.meeting_by_id["m2"].fixed == Placement("m2", "s4", "T2")
    assert problem.meeting_by_id["m2"].priority == 1  # default
    assert problem.participant_by_id["p1"].max_meetings == 3
    assert problem.max_breaks_spread == 2
    assert problem_from_dict(problem_to_dict(problem)) == problem


def test_unknown_keys_are_ignored() -> None:
    doc = copy.deepcopy(BASE)
    doc["colour"] = "blue"
    doc["participants"][1]["company"] = "ACME"
    assert problem_from_dict(doc).participant_by_id["p2"].id == "p2"


def _mutated(path: list[object], value: object) -> dict:
    doc = copy.deepcopy(BASE)
    target = doc
    for key in path[:-1]:
        target = target[key]  # type: ignore[index]
    if value is KeyError:
        del target[path[-1]]  # type: ignore[arg-type]
    else:
        target[path[-1]] = value  # type: ignore[index]
    return doc


BAD = [
    (["slots"], KeyError, "slots"),
    (["format"], "something-else/1", "format"),
    (["meetings", 0, "b"], "p99", "p99"),
    (["meetings", 0, "b"], "p1", "themself"),
    (["meetings", 0, "priority"], 4, "m1.priority"),
    (["meetings", 1, "after"], ["m77"], "m77"),
    (["meetings", 0, "slots"], ["s1", "s9"], "s9"),
    (["participants", 0, "unavailable"], ["nope"], "nope"),
    (["participants", 1, "table"], "T1", "T1"),
    (["participants", 0, "max_meetings"], -1, "max_meetings"),
    (["participants", 1, "unavailable"], ["s4"], "m2.fixed: participant 'p2' is unavailable"),
    (["meetings", 1, "fixed"], {"slot": "s4", "table": "T1"}, "own table"),
    (["meetings", 1, "fixed"], {"slot": "s4"}, "table"),
    (["slots", 1, "start"], "2027-05-11T09:10", "overlaps"),
    (["slots", 1, "start"], "yesterday", "'yesterday' is not an ISO"),
    (["previous", 0, "meeting"], "m5", "m5"),
    (["options", "max_breaks_spread"], "two", "max_breaks_spread"),
    (["meetings", 1, "id"], "m1", "duplicate id 'm1'"),
]


@pytest.mark.parametrize(("path", "value", "named"), BAD)
def test_bad_problem_error_names_the_key_or_id(path: list, value: object, named: str) -> None:
    with pytest.raises(ProblemFormatError, match=named.replace(".", r"\.")):
        problem_from_dict(_mutated(path, value))


def test_fixed_meetings_in_conflict_are_rejected() -> None:
    doc = problem_doc(
        sessions=[2],
        participants=["a", "b", "c"],
        meetings=[
            {"id": "m1", "a": "a", "b": "b", "fixed": {"slot": "s1", "table": "T1"}},
            {"id": "m2", "a": "a", "b": "c", "fixed": {"slot": "s1", "table": "T2"}},
        ],
    )
    with pytest.raises(ProblemFormatError, match="participant 'a' already has fixed meeting 'm1'"):
        problem_from_dict(doc)
    doc["meetings"][1] = {"id": "m2", "a": "c", "b": "b", "fixed": {"slot": "s2", "table": "T1"}}
    doc["meetings"][0]["after"] = ["m2"]
    with pytest.raises(ProblemFormatError, match="not after fixed meeting 'm2'"):
        problem_from_dict(doc)


def test_not_json_is_a_format_error() -> None:
    with pytest.raises(ProblemFormatError, match="not valid JSON"):
        parse_problem("{not json")


def test_slots_out_of_order_are_rejected() -> None:
    slots = slot_list([2])
    doc = problem_doc(sessions=[2], slots=[slots[1], slots[0]], participants=["a"], meetings=[])
    with pytest.raises(ProblemFormatError, match="slot s1"):
        problem_from_dict(doc)


def test_schedule_json_round_trip() -> None:
    schedule = Schedule(
        problem="x",
        assignments=(Placement("m1", "s1", "T1"),),
        unscheduled=(Unscheduled("m2", "a and b have no common free slot"),),
        stats=ScheduleStats(scheduled=(1, 0, 0), upper_bound=(1, 0, 1), breaks=0),
    )
    data = json.loads(dump_schedule(schedule))
    assert data["format"] == "brokerage-schedule/1"
    assert data["stats"]["upper_bound"] == [1, 0, 1]
    assert schedule_from_dict(data) == schedule


@pytest.mark.parametrize("value", [[1, 2], [1, "2", 3], "1,2,3", [1, 2, -1]])
def test_schedule_stats_counts_must_be_three_counts(value: object) -> None:
    data = {"format": "brokerage-schedule/1", "assignments": [], "stats": {"scheduled": value}}
    with pytest.raises(ProblemFormatError, match=r"stats\.scheduled"):
        schedule_from_dict(data)
