"""The scheduler's process: OR-Tools imported without pandas, freed memory handed back."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from brokerage_app.scheduling import runtime


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


def test_solver_process_never_loads_pandas_and_cp_sat_still_solves() -> None:
    out = _run(
        """
        import sys
        from brokerage_app.scheduling.cpsat_model import cp_model
        model = cp_model.CpModel()
        x = model.new_int_var(0, 5, "x")
        model.maximize(x)
        solver = cp_model.CpSolver()
        status = solver.solve(model)
        print(solver.status_name(status), solver.value(x), "pandas" in sys.modules)
        import pandas
        print(hasattr(pandas, "DataFrame"))
        """
    )
    # Optimal, and pandas never loaded; importing it afterwards gives the real one.
    assert out.splitlines() == ["OPTIMAL 5 False", "True"]


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
def test_free_memory_is_released_on_linux() -> None:
    assert runtime.release_free_memory() is True
