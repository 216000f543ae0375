"""What the scheduler does to its process's memory: the issue asks for a peak under 300 MB at
400 attendees, and a third of that was libraries and freed memory the process kept.

- OR-Tools' `cp_model` imports pandas at module level, for its DataFrame helpers
  (`new_int_var_series` and the like) that this program never calls. pandas alone is 47 MB
  of resident memory in every solve process. `load_cp_model` imports `cp_model` with a
  placeholder standing in for pandas, so those helpers' `isinstance(x, pd.Series)` checks
  are simply false; the placeholder is removed again at once, so that anything importing
  pandas later gets the real one.
- HiGHS and CP-SAT free large blocks that glibc keeps for reuse by the same thread's arena;
  `release_free_memory` hands them back to the system (an LP of 100,000 columns left 61 MB
  behind after it was deleted, 2 MB after this).
"""

from __future__ import annotations

import ctypes
import ctypes.util
import sys
import types
from collections.abc import Callable
from functools import cache


def load_cp_model() -> types.ModuleType:
    """`ortools.sat.python.cp_model`, imported without pandas when pandas is not loaded yet."""
    return import_without_pandas("ortools.sat.python.cp_model")


def import_without_pandas(name: str) -> types.ModuleType:
    """Import module `name` with a placeholder for pandas that has only `Index` and `Series`.

    If pandas is loaded already the real one is used; if the module needs more of pandas
    while it is imported, it is imported again with the real pandas.
    """
    if name in sys.modules or "pandas" in sys.modules:
        return _import(name)
    placeholder = types.ModuleType("pandas", "Stands in for pandas while cp_model is imported.")
    vars(placeholder).update(Index=type("Index", (), {}), Series=type("Series", (), {}))
    sys.modules["pandas"] = placeholder
    try:
        return _import(name)
    except (AttributeError, TypeError):
        sys.modules.pop(name, None)
        del sys.modules["pandas"]
        return _import(name)
    finally:
        if sys.modules.get("pandas") is placeholder:
            del sys.modules["pandas"]


def _import(name: str) -> types.ModuleType:
    __import__(name)
    return sys.modules[name]


@cache
def _malloc_trim() -> Callable[[int], int] | None:
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        trim: Callable[[int], int] = libc.malloc_trim  # glibc only; musl and others lack it
        return trim
    except (OSError, AttributeError):
        return None


def release_free_memory() -> bool:
    """Return the process's freed heap memory to the system (glibc); False where unsupported."""
    trim = _malloc_trim()
    if trim is None:
        return False
    trim(0)
    return True
