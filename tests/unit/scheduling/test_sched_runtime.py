"""The scheduler's process: OR-Tools imported without pandas, freed memory handed back."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.unit.scheduling.builders import problem_doc


def _run(code: str, tmp_path: Path | None = None) -> str:
    env_path = [str(tmp_path)] if tmp_path else []
    result = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "PYTHONPATH": os.pathsep.join([*env_path, *sys.path])},
    )
    return result.stdout.strip()


def test_the_solve_command_loads_neither_pandas_nor_sqlalchemy(tmp_path: Path) -> None:
    # 47 MB and 43 MB of resident memory that a solve process never uses.
    problem = problem_doc(sessions=[3], participants=["a", "b", "c"], meetings=[("a", "b")])
    (tmp_path / "problem.json").write_text(json.dumps(problem), encoding="utf-8")
    out = _run(
        f"""
        import sys
        from brokerage_app.cli import main
        code = main(["solve", {str(tmp_path / "problem.json")!r}, "-o",
                     {str(tmp_path / "schedule.json")!r}, "--time-limit", "5"])
        print(code, "pandas" in sys.modules, "sqlalchemy" in sys.modules)
        import pandas
        print(hasattr(pandas, "DataFrame"))
        """
    )
    # Solved; neither library loaded; pandas imported afterwards is the real one.
    assert out.splitlines()[-2:] == ["0 False False", "True"]
    assert '"m1"' in (tmp_path / "schedule.json").read_text(encoding="utf-8")


def test_pandas_already_loaded_is_left_alone() -> None:
    out = _run(
        """
        import pandas
        from brokerage_app.scheduling.cpsat_model import cp_model
        print(cp_model.pd is pandas)
        """
    )
    assert out == "True"


def test_a_module_needing_more_of_pandas_gets_the_real_one(tmp_path: Path) -> None:
    (tmp_path / "needs_frames.py").write_text("import pandas as pd\nFrame = pd.DataFrame\n")
    out = _run(
        """
        import sys
        from brokerage_app.scheduling.runtime import import_without_pandas
        module = import_without_pandas("needs_frames")
        print(module.Frame is sys.modules["pandas"].DataFrame)
        """,
        tmp_path,
    )
    assert out == "True"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's malloc_trim")
def test_freed_memory_goes_back_to_the_system_on_linux() -> None:
    out = _run(
        """
        from brokerage_app.scheduling.runtime import release_free_memory
        def rss():
            for line in open("/proc/self/status"):
                if line.startswith("VmRSS"):
                    return int(line.split()[1]) // 1024
        blocks = [bytes(2000) for _ in range(50_000)]  # 100 MB below mmap's threshold
        keep = bytes(2000)  # allocated above them: the heap cannot simply shrink from the top
        del blocks
        before = rss()
        print(release_free_memory(), before - rss())
        """
    )
    released, freed_mb = out.split()
    assert released == "True"
    assert int(freed_mb) > 50  # measured: 98 of the 100 MB
