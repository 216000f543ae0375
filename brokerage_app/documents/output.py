"""Writing documents all or nothing: a temporary file (or folder) renamed on success.

A cancelled or failed print leaves neither a partial PDF nor a half-filled folder behind,
and an earlier good file of the same name stays as it was until the new one is complete.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from reportlab import rl_config
from reportlab.pdfbase.pdfdoc import PDFStream, PDFZCompress
from reportlab.pdfgen.canvas import Canvas

from brokerage_app.errors import ValidationError


class Cancelled(Exception):
    """The person pressed Cancel; nothing is written."""


def check_cancel(cancel: threading.Event | None) -> None:
    if cancel is not None and cancel.is_set():
        raise Cancelled


def _check_parent(target: Path) -> None:
    if not target.parent.is_dir():
        raise ValidationError(f"Output: the folder {target.parent} does not exist.")


@contextmanager
def atomic_file(target: Path) -> Iterator[Path]:
    """Yield a temporary path beside ``target``; it becomes ``target`` if the block succeeds."""
    target = Path(target)
    _check_parent(target)
    if target.is_dir():
        raise ValidationError(f"Output: {target} is a folder; give a file name ending in .pdf.")
    handle, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".partial", dir=target.parent)
    os.close(handle)
    partial = Path(name)
    try:
        yield partial
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)


@contextmanager
def atomic_directory(target: Path) -> Iterator[Path]:
    """Yield a temporary folder; its files move into ``target`` if the block succeeds."""
    target = Path(target)
    _check_parent(target)
    if target.exists() and not target.is_dir():
        raise ValidationError(f"Output: {target} is a file; give a folder for one file per person.")
    partial = Path(
        tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".partial", dir=target.parent)
    )
    try:
        yield partial
        if not target.exists():
            os.replace(partial, target)
        else:
            for item in sorted(partial.iterdir()):
                os.replace(item, target / item.name)
    finally:
        shutil.rmtree(partial, ignore_errors=True)


# Binary (Flate only) page streams instead of ASCII85 on top: a fifth smaller and several
# times faster to write; every PDF reader and printer driver of this century takes them.
rl_config.useA85 = 0


class _AlreadyFlated:
    """The Flate filter for content that was compressed when its page was finished."""

    pdfname = "FlateDecode"

    @staticmethod
    def encode(data: bytes) -> bytes:
        return data


class StreamingCanvas(Canvas):
    """A canvas that compresses each page's content as soon as the page is finished.

    reportlab keeps every page until ``save()``; holding them compressed rather than as
    text cuts what a 5,000-page print keeps in memory several times over.
    """

    def showPage(self) -> None:
        super().showPage()
        page = self._doc.Pages.pages[-1]
        if page.stream and not page.Contents:
            contents = PDFStream(content=PDFZCompress.encode(page.stream), filters=[_AlreadyFlated])
            contents.__Comment__ = "page stream"
            page.Contents = contents
            page.stream = None


def new_canvas(path: Path, page_size: tuple[float, float], *, title: str, subject: str) -> Canvas:
    canvas = StreamingCanvas(str(path), pagesize=page_size, pageCompression=1)
    canvas.setTitle(title)
    canvas.setSubject(subject)
    canvas.setCreator("brokerage-app")
    return canvas
