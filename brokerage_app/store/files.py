"""Writing a file so that it appears whole or not at all: the one home of that rule.

Every document, export, calendar, mapping and report is written into a temporary file (or
folder) beside its target, named ``.<target>.<random>.partial``, and renamed over the target
only once the block writing it succeeds. A failed or cancelled write leaves the older file
as it was and no partial file behind. The new file gets the permissions the user's umask
gives a new file (``mkstemp`` alone would give 0600), read when the file is renamed.

It sits in ``store/`` so that every layer that writes files (``interchange/`` exports,
``services/`` prints and reports, the command line) can use it.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from brokerage_app.errors import ValidationError


def _umask() -> int:
    """The process umask, read without changing it where the system allows."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    umask = os.umask(0o022)  # the only portable way to read it: set and put back
    os.umask(umask)
    return umask


@contextmanager
def atomic_path(target: Path) -> Iterator[Path]:
    """Yield a temporary path beside ``target``; it becomes ``target`` if the block succeeds."""
    target = Path(target)
    if not target.parent.is_dir():
        raise ValidationError(f"Output {target}: the folder {target.parent} does not exist.")
    if target.is_dir():
        raise ValidationError(f"Output: {target} is a folder; give a file name.")
    handle, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".partial", dir=target.parent)
    os.close(handle)
    partial = Path(name)
    try:
        yield partial
        os.chmod(partial, 0o666 & ~_umask())  # mkstemp gives 0600
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)


@contextmanager
def atomic_directory(target: Path) -> Iterator[Path]:
    """Yield a temporary folder; its files move into ``target`` if the block succeeds."""
    target = Path(target)
    if not target.parent.is_dir():
        raise ValidationError(f"Output {target}: the folder {target.parent} does not exist.")
    if target.exists() and not target.is_dir():
        raise ValidationError(f"Output: {target} is a file; give a folder for one file per person.")
    partial = Path(
        tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".partial", dir=target.parent)
    )
    try:
        yield partial
        if not target.exists():
            os.chmod(partial, 0o777 & ~_umask())  # mkdtemp gives 0700
            os.replace(partial, target)
        else:
            for item in sorted(partial.iterdir()):
                os.replace(item, target / item.name)
    finally:
        shutil.rmtree(partial, ignore_errors=True)
