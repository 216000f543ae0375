from __future__ import annotations

import json
from pathlib import Path

import pytest

from brokerage_app.cli import main
from brokerage_app.scheduling.format import problem_from_dict, schedule_from_dict
from brokerage_app.scheduling.validate import validate_schedule
from tests.unit.scheduling.builders import problem_doc

GOOD = problem_doc(
    sessions=[3],
    participants=["a", "b", "c"],
    meetings=[("a", "b"), ("b", "c"), ("a", "c")],
)


def test_solve_writes_a_valid_schedule_and_says_optimal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    problem_file = tmp_path / "problem.json"
    problem_file.write_text(json.dumps(GOOD), encoding="utf-8")
    out = tmp_path / "schedule.json"
    code = main(["solve", str(problem_file), "-o", str(out), "--time-limit", "5", "--workers", "1"])
    printed = capsys.readouterr().out
    assert code == 0
    assert "greedy" in printed
    assert "3 meetings scheduled" in printed and printed.rstrip().splitlines()[-2].endswith(
        "optimal"
    )
    schedule = schedule_from_dict(json.loads(out.read_text(encoding="utf-8")))
    assert validate_schedule(problem_from_dict(GOOD), schedule) == []


def _bad(doc_change) -> str:
    doc = json.loads(json.dumps(GOOD))
    doc_change(doc)
    return json.dumps(doc)


BAD_FILES = {
    "not json": ("{'format': oops", "not valid JSON"),
    "unknown id": (_bad(lambda d: d["meetings"][0].update(b="zed")), "zed"),
    "self meeting": (_bad(lambda d: d["meetings"][0].update(b="a")), "themself"),
    "overlap": (
        _bad(lambda d: d["slots"][1].update(start="2027-05-11T09:10")),
        "slot s2: overlaps slot s1",
    ),
    "fixed unavailable": (
        _bad(
            lambda d: (
                d["participants"][0].update(unavailable=["s1"]),
                d["meetings"][0].update(fixed={"slot": "s1", "table": "T1"}),
            )
        ),
        "meeting m1.fixed: participant 'a' is unavailable in slot 's1'",
    ),
    "missing key": (_bad(lambda d: d.pop("tables")), "missing required key 'tables'"),
}


@pytest.mark.parametrize("case", sorted(BAD_FILES))
def test_bad_file_exit_2_names_the_problem_and_writes_nothing(
    case: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text, expected = BAD_FILES[case]
    problem_file = tmp_path / "problem.json"
    problem_file.write_text(text, encoding="utf-8")
    out = tmp_path / "schedule.json"
    code = main(["solve", str(problem_file), "-o", str(out), "--time-limit", "1"])
    assert code == 2
    assert expected in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == [problem_file]


def test_missing_file_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["solve", str(tmp_path / "none.json"), "-o", str(tmp_path / "s.json")])
    assert code == 2
    assert "none.json" in capsys.readouterr().err
    assert not (tmp_path / "s.json").exists()
