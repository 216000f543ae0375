"""Writing PDF documents page by page, and cancelling them.

The file is written into a temporary path that ``store.files.atomic_path`` renames
only once complete, so a cancelled or failed print leaves no partial PDF behind.
"""

from __future__ import annotations

from array import array
from pathlib import Path
from typing import Any

from reportlab import rl_config
from reportlab.pdfbase.pdfdoc import (
    NoEncryption,
    PDFDocument,
    PDFFile,
    PDFIndirectObject,
    PDFPage,
    PDFTrailer,
    pdfdocEnc,
)
from reportlab.pdfgen.canvas import Canvas

from brokerage_app.documents.fonts import ScriptCanvas
from brokerage_app.domain.tasks import CancelFlag, Cancelled


def check_cancel(cancel: CancelFlag | None) -> None:
    """Raise the one :class:`~brokerage_app.domain.tasks.Cancelled` if cancel was asked for."""
    if cancel is not None and cancel.is_set():
        raise Cancelled("The print was cancelled; nothing was written.")


# Binary (Flate only) page streams instead of ASCII85 on top: a fifth smaller and several
# times faster to write; every PDF reader and printer driver of this century takes them.
rl_config.useA85 = 0


class _StreamingDocument(PDFDocument):
    """A reportlab document that writes each page to its file as soon as the page is finished.

    reportlab keeps every page until ``save()``, about 20 KB each, so a 4,000-page print
    held 80 MB more than a 1,000-page one. Here a finished page and its content stream are
    formatted by reportlab's own object classes and appended to the file at once; what stays
    is their file offsets (8 bytes each) and the page's entry in the page tree (its
    reference, formatted). What pages share (fonts, whose subsets are known only at the end,
    forms, images, the page tree, the catalogue) is written at ``save()`` as reportlab
    always does. Pages are referred to only from the page tree: this program makes no
    links or outlines, which would name pages after they are gone.
    """

    # Finished objects are gathered up to this many bytes and then appended in one write.
    # The file is not held open between writes, so a cancelled print can delete its partial
    # file on any operating system.
    write_bytes = 1 << 20

    def __init__(self, path: Path, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._path = path
        self._header = PDFFile(self._pdfVersion).format(self)
        self._pending: list[bytes] = [self._header]
        self._pending_bytes = len(self._header)
        self._size = len(self._header)
        self._created = False
        self._offsets = array("Q")  # by object number; 0 = not written yet
        self.kept_pages = 0  # pages that could not be written early (see addPage)

    def _append(self, data: bytes) -> int:
        """Queue ``data`` for the file; return its offset there."""
        offset = self._size
        self._pending.append(data)
        self._size += len(data)
        self._pending_bytes += len(data)
        if self._pending_bytes >= self.write_bytes:
            self._write_pending()
        return offset

    def _write_pending(self) -> None:
        with open(self._path, "ab" if self._created else "wb") as file:
            file.writelines(self._pending)
        self._created = True
        self._pending = []
        self._pending_bytes = 0

    def _place(self, number: int, data: bytes) -> None:
        if len(self._offsets) <= number:
            self._offsets.extend(bytes(8 * (number + 1 - len(self._offsets))))
        self._offsets[number] = self._append(data)

    def _write_object(self, name: str) -> None:
        data = PDFIndirectObject(name, self.idToObject[name]).format(self)
        self._place(self.idToObjectNumberAndVersion[name][0], data)

    def _forget(self, name: str) -> None:
        number = self.idToObjectNumberAndVersion.pop(name)[0]
        del self.numberToId[number], self.idToObject[name]

    def addPage(self, page: PDFPage) -> None:
        name = self.thisPageName()
        super().addPage(page)
        if not isinstance(self.encrypt, NoEncryption):
            return  # encryption is prepared only at save(); never used by this program
        try:
            page_data = PDFIndirectObject(name, page).format(self)
        except KeyError:
            # The page refers to something not defined yet (a form drawn later): reportlab
            # resolves that at save(), so this page waits in memory as it always did.
            self.kept_pages += 1
            return
        number = self.idToObjectNumberAndVersion[name][0]
        self._place(number, page_data)
        contents = page.Contents.__InternalName__
        self._write_object(contents)
        self.Pages.pages[-1] = pdfdocEnc(f"{number} 0 R")
        self._forget(name)
        self._forget(contents)

    def format(self) -> bytes:
        """Write what is left, the cross-reference table and the trailer; return nothing.

        reportlab's own ``format`` loop, except that objects already in the file are skipped
        and everything goes to the file instead of into one bytes object.
        """
        self.encrypt.prepare(self)
        root = self.Reference(self.Catalog)
        info = self.Reference(self.info)
        number = 1
        # Formatting an object may register new ones (font subsets, the page tree's kids).
        while number <= self.objectcounter:
            if number >= len(self._offsets) or not self._offsets[number]:
                self._write_object(self.numberToId[number])
            number += 1
        count = self.objectcounter
        entries = [b"xref\n0 %d\n0000000000 65535 f \n" % (count + 1)]
        entries.extend(b"%010d 00000 n \n" % self._offsets[n] for n in range(1, count + 1))
        start = self._append(b"".join(entries))
        trailer = PDFTrailer(startxref=start, Size=count + 1, Root=root, Info=info, ID=self.ID())
        self._append(trailer.format(self))
        self._write_pending()
        header = PDFFile(self._pdfVersion).format(self)
        if header != self._header:
            # A feature used after the first page (transparency) raised the PDF version.
            if len(header) != len(self._header):
                raise ValueError(f"PDF header changed length: {header!r}")
            with open(self._path, "r+b") as file:
                file.write(header)
        return b""

    def SaveToFile(self, filename: object, canvas: Canvas) -> None:
        if getattr(self, "_savedToFile", False):
            raise RuntimeError("a streaming document can be saved only once")
        self._savedToFile = True
        self.GetPDFData(canvas)


class StreamingCanvas(ScriptCanvas):
    """A canvas whose pages go to the file as they are finished (see _StreamingDocument)."""

    def __init__(self, path: Path, page_size: tuple[float, float]) -> None:
        super().__init__(str(path), pagesize=page_size, pageCompression=1)
        # Replaced before anything is drawn; the arguments are those Canvas passes its own.
        self._doc = _StreamingDocument(Path(path), compression=1, filename=str(path))
        # The page preamble names the initial font by its name in the document; made again
        # so that the font is registered in this document (else pages name an unknown /F1).
        self._make_preamble()


def new_canvas(path: Path, page_size: tuple[float, float], *, title: str, subject: str) -> Canvas:
    canvas = StreamingCanvas(path, page_size)
    canvas.setTitle(title)
    canvas.setSubject(subject)
    canvas.setCreator("brokerage-app")
    return canvas
