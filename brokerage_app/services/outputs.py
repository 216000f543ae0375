"""Where a document may be written: the one rule every writer checks before it writes.

A print, a report, an export or a copy never replaces the open event file, its ``-wal`` /
``-shm`` / ``-journal`` companions, or anything in the event's ``backups/`` folder, whatever
``force`` says. An existing file that is not a document of the same kind (a PDF must start
with ``%PDF``, an XLSX is a zip, CSV / JSON / iCalendar are text) is replaced only with
``force`` (``--force`` on the command line, a confirmation in the window): typing
``-o fair.sqlite`` instead of ``-o fair.pdf`` must not silently turn an event into a PDF.

How a document is then written (whole or not at all) is ``store.files.atomic_path``.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

from brokerage_app.errors import RefusedError, ValidationError
from brokerage_app.store.event_files import BACKUP_FOLDER, with_companions

if TYPE_CHECKING:
    from brokerage_app.store.database import EventDatabase
_SNIFF_BYTES = 4096


class OutputKind(Enum):
    PDF = "PDF"
    CSV = "CSV"
    XLSX = "XLSX"
    JSON = "JSON"
    ICALENDAR = "iCalendar"
    SQLITE = "event file"


class OutputProblem(Enum):
    EVENT_FILE = "event_file"  # the open event file or one of its companions
    BACKUPS = "backups"  # the event's backups folder or a file in it
    OTHER_KIND = "other_kind"  # an existing file that is not a document of this kind


class OutputRefusedError(RefusedError):
    """The output would replace something it must not; ``path`` names what."""

    def __init__(self, message: str, *, path: Path, problem: OutputProblem) -> None:
        super().__init__(message)
        self.path = path
        self.problem = problem

    @property
    def can_force(self) -> bool:
        """Only another kind of file may be replaced on request; the event never."""
        return self.problem is OutputProblem.OTHER_KIND


def kind_for_suffix(path: Path) -> OutputKind:
    """The kind an export's file name asks for (.csv / .xlsx); other endings are CSV text."""
    return OutputKind.XLSX if path.suffix.lower() == ".xlsx" else OutputKind.CSV


def _event_paths(protect: EventDatabase | Path | str | None) -> list[Path]:
    if protect is None:
        return []
    if isinstance(protect, Path | str):
        path = Path(protect)
    else:
        file_path = protect.file_path
        if file_path is None:
            return []  # PostgreSQL: nothing on this disk to protect
        path = file_path
    return with_companions(path)


def _same(a: Path, b: Path) -> bool:
    if os.path.realpath(a) == os.path.realpath(b):
        return True
    try:
        return a.exists() and b.exists() and os.path.samefile(a, b)
    except OSError:
        return False


def _inside(path: Path, folder: Path) -> bool:
    real, real_folder = os.path.realpath(path), os.path.realpath(folder)
    return real == real_folder or real.startswith(real_folder.rstrip(os.sep) + os.sep)


def _looks_like(head: bytes, kind: OutputKind) -> bool:
    if kind is OutputKind.PDF:
        return head.startswith(b"%PDF")
    if kind is OutputKind.XLSX:
        return head.startswith(b"PK\x03\x04")
    if kind is OutputKind.SQLITE:
        return head.startswith(b"SQLite format 3\x00")
    if b"\x00" in head:
        return False
    try:
        text = head.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        if error.start < len(head) - 4:  # not just a character cut at the sniffing limit
            return False
        text = head[: error.start].decode("utf-8-sig")
    text = text.lstrip()
    if kind is OutputKind.JSON:
        return not text or text[0] in "{["
    if kind is OutputKind.ICALENDAR:
        return not text or text.upper().startswith("BEGIN:VCALENDAR")
    return not head.startswith((b"%PDF", b"PK\x03\x04", b"SQLite format 3"))


def check_output(
    target: str | Path,
    kind: OutputKind,
    *,
    protect: EventDatabase | Path | str | None = None,
    also_protect: Iterable[Path] = (),
    force: bool = False,
) -> Path:
    """Refuse ``target`` if writing a ``kind`` document there would destroy something.

    ``protect`` is the open event (its file, companions and backups are never replaced);
    ``also_protect`` other files the command reads (a solve's problem file). Returns the
    target as a ``Path``. Raises :class:`OutputRefusedError` naming the file.
    """
    target = Path(target)
    protected = _event_paths(protect)
    for path in protected:
        if _same(target, path):
            what = (
                "the open event file" if path == protected[0] else "a companion file of the event"
            )
            raise OutputRefusedError(
                f"Output {target}: that is {what} {protected[0]}; choose another file name. "
                "Nothing was written.",
                path=target,
                problem=OutputProblem.EVENT_FILE,
            )
    for path in also_protect:
        if _same(target, path):
            raise OutputRefusedError(
                f"Output {target}: that is the file this command reads; choose another file "
                "name. Nothing was written.",
                path=target,
                problem=OutputProblem.EVENT_FILE,
            )
    if protected and _inside(target, protected[0].parent / BACKUP_FOLDER):
        raise OutputRefusedError(
            f"Output {target}: that is inside the event's backups folder "
            f"{protected[0].parent / BACKUP_FOLDER}; choose another folder. Nothing was written.",
            path=target,
            problem=OutputProblem.BACKUPS,
        )
    if target.is_file() and not force:
        with open(target, "rb") as handle:
            head = handle.read(_SNIFF_BYTES)
        if head and not _looks_like(head, kind):
            raise OutputRefusedError(
                f"Output {target}: the file exists and is not a {kind.value} file; choose "
                "another name, or replace it on purpose with --force. Nothing was written.",
                path=target,
                problem=OutputProblem.OTHER_KIND,
            )
    return target


def check_output_folder(
    folder: str | Path,
    kind: OutputKind,
    names: Iterable[str],
    *,
    protect: EventDatabase | Path | str | None = None,
    force: bool = False,
) -> Path:
    """:func:`check_output` for a folder of documents: the folder and each file to be written."""
    folder = Path(folder)
    if folder.exists() and not folder.is_dir():
        raise ValidationError(f"Output: {folder} is a file; give a folder.")
    check_output(folder, kind, protect=protect, force=True)
    for name in names:
        check_output(folder / name, kind, protect=protect, force=force)
    return folder
