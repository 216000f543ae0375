"""Writing a file whole or not at all (``store/files.py``), the one rule every writer uses:
prints, reports, CSV/XLSX/JSON/iCalendar exports and saved mappings."""

from __future__ import annotations

import os
import stat
from collections.abc import Callable
from pathlib import Path

import pytest

from brokerage_app.errors import ValidationError
from brokerage_app.interchange.writing import write_table
from brokerage_app.store.files import atomic_directory, atomic_path


class WriteFailed(Exception):
    pass


def _fail_midway() -> Callable[[], None]:
    rows = 0

    def on_row() -> None:
        nonlocal rows
        rows += 1
        if rows == 2:
            raise WriteFailed

    return on_row


def _raw(path: Path) -> None:
    with atomic_path(path) as partial:
        partial.write_bytes(b"half a new file")
        raise WriteFailed


def _csv(path: Path) -> None:
    write_table(path, ["Name"], [["Åsa"], ["Bo"], ["Cy"]], on_row=_fail_midway())


def _xlsx(path: Path) -> None:
    write_table(path.with_suffix(".xlsx"), ["Name"], [["Åsa"], ["Bo"]], on_row=_fail_midway())


@pytest.mark.parametrize("write", [_raw, _csv, _xlsx], ids=["atomic_path", "csv", "xlsx"])
def test_a_failed_write_keeps_the_older_file_and_leaves_no_temporary_file(tmp_path, write):
    path = tmp_path / "out.csv"
    older = path.with_suffix(".xlsx") if write is _xlsx else path
    older.write_bytes(b"the older file")
    with pytest.raises(WriteFailed):
        write(path)
    assert older.read_bytes() == b"the older file"
    assert [p.name for p in tmp_path.iterdir()] == [older.name]


def test_a_failed_folder_write_leaves_no_temporary_folder(tmp_path):
    target = tmp_path / "agendas"
    with pytest.raises(WriteFailed), atomic_directory(target) as partial:
        (partial / "one.pdf").write_bytes(b"%PDF-1.4")
        raise WriteFailed
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("umask", [0o022, 0o077])
def test_exports_and_documents_get_the_mode_the_umask_gives_when_written(tmp_path, umask):
    """The umask when the file is written counts (exports once read it at import time)."""
    previous = os.umask(umask)
    try:
        write_table(tmp_path / "a.csv", ["Name"], [["Åsa"]])
        write_table(tmp_path / "a.xlsx", ["Name"], [["Åsa"]])
        with atomic_path(tmp_path / "a.pdf") as partial:
            partial.write_bytes(b"%PDF-1.4")
    finally:
        os.umask(previous)
    modes = {p.name: stat.S_IMODE(p.stat().st_mode) for p in tmp_path.iterdir()}
    assert modes == dict.fromkeys(("a.csv", "a.xlsx", "a.pdf"), 0o666 & ~umask)


def test_a_missing_folder_or_a_folder_as_target_is_named(tmp_path):
    with pytest.raises(ValidationError, match=r"missing.*does not exist"):
        write_table(tmp_path / "missing" / "a.csv", ["Name"], [])
    (tmp_path / "a.csv").mkdir()
    with pytest.raises(ValidationError, match=r"a\.csv is a folder"):
        write_table(tmp_path / "a.csv", ["Name"], [])
