"""Reading CSV and XLSX files from registration platforms, whatever Europe saved them as.

A CSV file's encoding is found from its byte-order mark, else by a strict UTF-8 check, else by
charset-normalizer (cp1252 and friends); its delimiter is whichever of ``,`` ``;`` and tab
splits the first records into the most consistent columns. XLSX files are read with openpyxl
in read-only mode. Both are streamed row by row, after the file's size is checked, so a huge
or hostile file is refused before it fills memory: by its size on disk, by the rows and
cells counted while streaming (and, for XLSX, by the used range the sheet declares), so a
million-row file is refused after reading the first 100,000 rows rather than parsed whole.
A CSV is parsed strictly: a quote that is never closed is reported with the row it opens
in, instead of swallowing the rest of the file into one cell.
"""

from __future__ import annotations

import codecs
import csv
import io
import posixpath
import re
import zipfile
import zlib
from collections import Counter
from collections.abc import Callable, Generator, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import IO, Any
from xml.etree import ElementTree

import charset_normalizer
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter

from brokerage_app.constants import MAX_FILE_BYTES, MAX_IMPORT_CELLS, MAX_IMPORT_ROWS
from brokerage_app.interchange.cells import cell_text, restore
from brokerage_app.interchange.file_problems import FileFault, FileProblem, TableFileError

# Excel's own limit for one cell; nothing a registration platform exports is longer.
MAX_CELL_CHARS = 32_767
# Data rows below the heading, and cells (rows x columns as read) in the whole file.
MAX_ROWS = MAX_IMPORT_ROWS
MAX_CELLS = MAX_IMPORT_CELLS
# Bounds what the csv module buffers for one field before we can look at it.
CSV_FIELD_LIMIT = MAX_CELL_CHARS + 1
# An XLSX is a zip: refuse one that would unpack to more than this (zip bombs).
MAX_XLSX_UNPACKED_BYTES = 8 * MAX_FILE_BYTES
SAMPLE_BYTES = 256 * 1024
HEADING_SEARCH_ROWS = 10
DELIMITERS = (",", ";", "\t")
DELIMITER_NAMES = {",": "comma", ";": "semicolon", "\t": "tab"}
CSV_SUFFIXES = (".csv", ".txt", ".tsv")
XLSX_SUFFIXES = (".xlsx", ".xlsm")

# Numbered rows (1-based row number, cell texts) read lazily; closing one closes the file.
_Records = Generator[tuple[int, list[str]], None, None]

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


@dataclass(frozen=True)
class TableInfo:
    path: Path
    format: str  # "csv" or "xlsx"
    encoding: str  # empty for XLSX
    delimiter: str  # empty for XLSX
    sheet: str  # empty for CSV
    headers: tuple[str, ...]
    header_row: int

    @property
    def description(self) -> str:
        if self.format == "xlsx":
            return f"XLSX, sheet {self.sheet!r}"
        return (
            f"CSV, {self.encoding}, {DELIMITER_NAMES.get(self.delimiter, self.delimiter)}-separated"
        )


@dataclass(frozen=True)
class Row:
    number: int  # as the spreadsheet program shows it: the header is usually row 1
    cells: tuple[str, ...]

    def get(self, index: int) -> str:
        return self.cells[index] if index < len(self.cells) else ""


def check_size(path: Path) -> None:
    if not path.is_file():
        raise TableFileError(FileProblem(FileFault.NO_SUCH_FILE, str(path)))
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise TableFileError(
            FileProblem(
                FileFault.TOO_LARGE,
                path.name,
                megabytes=size / 1_048_576,
                limit=MAX_FILE_BYTES // 1_048_576,
            )
        )
    if size == 0:
        raise TableFileError(FileProblem(FileFault.EMPTY, path.name))


def detect_encoding(sample: bytes, *, complete: bool) -> str:
    """The text encoding of a CSV file from its first bytes."""
    for bom, name in _BOMS:
        if sample.startswith(bom):
            return name
    try:
        codecs.getincrementaldecoder("utf-8")().decode(sample, final=complete)
        return "utf-8"
    except UnicodeDecodeError:
        pass
    utf16 = _utf16_without_bom(sample)
    if utf16:
        return utf16
    results = list(charset_normalizer.from_bytes(sample))
    if not results:
        raise TableFileError(FileProblem(FileFault.UNKNOWN_ENCODING))
    # Short files often fit cp1250, cp1252 and cp1257 equally well. Windows-1252 is what
    # Excel writes in Western Europe and the Nordics, so it wins every tie.
    least_chaos = min(result.chaos for result in results)
    tied = [result for result in results if result.chaos <= least_chaos + 0.001]
    if any("cp1252" in result.could_be_from_charset for result in tied):
        return "cp1252"
    return min(tied, key=lambda result: -result.coherence).encoding


def _utf16_without_bom(sample: bytes) -> str | None:
    # Mostly-ASCII UTF-16 text has a zero byte in every other position.
    even = sample[0::2][:4096]
    odd = sample[1::2][:4096]
    if len(odd) < 8:
        return None
    if odd.count(0) > 0.4 * len(odd) and even.count(0) < 0.1 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.4 * len(even) and odd.count(0) < 0.1 * len(odd):
        return "utf-16-be"
    return None


def sniff_delimiter(text: str) -> str:
    """The delimiter that splits the first records into the most consistent columns.

    The most common column count decides, not the first record's: exports often begin with
    a one-cell title line.
    """
    lines = text.splitlines(keepends=True)
    if len(lines) > 1 and not lines[-1].endswith(("\n", "\r")):
        lines = lines[:-1]  # the sample ended in the middle of a record
    best, best_score = ",", (0.0, 0)
    for delimiter in DELIMITERS:
        counts = []
        try:
            for record in csv.reader(lines[:400], delimiter=delimiter):
                if any(cell.strip() for cell in record):
                    counts.append(len(record))
                if len(counts) >= 100:
                    break
        except csv.Error:
            continue
        split = Counter(n for n in counts if n >= 2)
        if not split:
            continue
        width, frequency = split.most_common(1)[0]
        score = (frequency / len(counts), width)
        if score > best_score:
            best, best_score = delimiter, score
    return best


@contextmanager
def _csv_field_limit(limit: int) -> Iterator[None]:
    previous = csv.field_size_limit(limit)
    try:
        yield
    finally:
        csv.field_size_limit(previous)


class TableReader:
    """An open spreadsheet: ``info`` (encoding, delimiter, headers) and streamed ``rows()``."""

    def __init__(
        self, path: Path, looks_like_heading: Callable[[tuple[str, ...]], bool] | None = None
    ) -> None:
        self.path = Path(path)
        self.looks_like_heading = looks_like_heading
        self._xlsx_sheet_rows = 0
        self._workbook: Any = None
        check_size(self.path)
        suffix = self.path.suffix.lower()
        if suffix in XLSX_SUFFIXES or _looks_like_zip(self.path):
            self.info = self._open_xlsx()
        elif suffix in CSV_SUFFIXES or suffix == "":
            self.info = self._open_csv()
        else:
            raise TableFileError(self._problem(FileFault.UNKNOWN_TYPE, value=suffix))

    # CSV -------------------------------------------------------------------------------
    def _open_csv(self) -> TableInfo:
        with self.path.open("rb") as handle:
            sample = handle.read(SAMPLE_BYTES)
            complete = not handle.read(1)
        try:
            encoding = detect_encoding(sample, complete=complete)
        except TableFileError as exc:  # the detector does not know the file's name
            raise TableFileError(replace(exc.problem, file=self.path.name)) from None
        text = sample.decode(encoding, errors="ignore").lstrip("\ufeff")
        # Excel's own hint line, "sep=;", names the delimiter outright.
        hint = re.match(r"sep=(.)\r?\n", text)
        delimiter = hint.group(1) if hint else sniff_delimiter(text)
        info = TableInfo(self.path, "csv", encoding, delimiter, "", (), 0)
        self.info = info
        records = self._bounded(self._csv_records(info), header_row=0)
        try:
            number, headers = self._header(records)
        finally:
            records.close()
        return TableInfo(self.path, "csv", encoding, delimiter, "", headers, number)

    def _csv_records(self, info: TableInfo) -> _Records:
        number = 0
        with (
            _csv_field_limit(CSV_FIELD_LIMIT),
            self.path.open(encoding=info.encoding, newline="") as handle,
        ):
            reader = csv.reader(handle, delimiter=info.delimiter, strict=True)
            while True:
                try:
                    record = next(reader)
                except StopIteration:
                    return
                except csv.Error as exc:
                    raise self._row_error(number + 1, exc) from None
                except UnicodeDecodeError as exc:
                    raise self._undecodable(exc, number + 1) from None
                number += 1
                yield number, record

    def _undecodable(self, exc: UnicodeDecodeError, number: int) -> TableFileError:
        """The row and cell of the first byte the encoding cannot decode.

        The text reader decodes a chunk ahead of the csv module, so the record being read
        when the error surfaces (``number``) may lie rows before the byte. On this error path
        only, the file (at most MAX_FILE_BYTES) is decoded again to find the byte's offset,
        and the records before it are counted as ``_csv_records`` counts them.
        """
        encoding = self.info.encoding
        raw = self.path.read_bytes()
        try:
            raw.decode(encoding)
        except UnicodeDecodeError as first:
            # utf-8-sig counts from after the byte-order mark it strips.
            offset, reason = first.start + len(raw) - len(first.object), first.reason
        else:  # the file changed since it was read: the row being read is all we know
            return TableFileError(
                self._problem(
                    FileFault.NOT_ENCODED_TEXT, row=number, value=encoding, reason=exc.reason
                )
            )
        # A stand-in for the bad byte ends the text, so the last record read is its own.
        text = io.StringIO(raw[:offset].decode(encoding) + "?", newline="")
        row, cells = 0, []
        with _csv_field_limit(MAX_FILE_BYTES + 1):
            for record in csv.reader(text, delimiter=self.info.delimiter):
                row, cells = row + 1, record
        index = len(cells) - 1
        headers = self.info.headers
        return TableFileError(
            self._problem(
                FileFault.NOT_ENCODED_TEXT,
                row=row,
                column=get_column_letter(index + 1),
                heading=headers[index] if index < len(headers) else None,
                value=encoding,
                reason=reason,
            )
        )

    def _row_error(self, number: int, exc: csv.Error) -> TableFileError:
        text = str(exc)
        if "field larger than field limit" in text:
            return self._oversized_cell(number)
        if "unexpected end of data" in text:
            return TableFileError(self._problem(FileFault.UNCLOSED_QUOTE, row=number))
        if "expected after" in text:
            return TableFileError(self._problem(FileFault.TEXT_AFTER_QUOTE, row=number))
        return TableFileError(self._problem(FileFault.UNREADABLE_ROW, row=number, reason=text))

    def _oversized_cell(self, number: int) -> TableFileError:
        """Which cell of row ``number`` is too long: the csv module stops without saying.

        The row is read again with a limit as large as the file, on this error path only.
        """
        too_long = TableFileError(
            self._problem(FileFault.LONG_CELL_SOMEWHERE, row=number, limit=MAX_CELL_CHARS)
        )
        with (
            _csv_field_limit(MAX_FILE_BYTES + 1),
            self.path.open(encoding=self.info.encoding, newline="") as handle,
        ):
            reader = csv.reader(handle, delimiter=self.info.delimiter, strict=True)
            try:
                for current, record in enumerate(reader, start=1):
                    if current == number:
                        self._check_cells(number, record)
                        break
            except TableFileError as exc:
                return exc
            except csv.Error as exc:
                if "field larger than field limit" not in str(exc):
                    return self._row_error(number, exc)
            except UnicodeDecodeError:
                pass
        return too_long

    # XLSX ------------------------------------------------------------------------------
    def _open_xlsx(self) -> TableInfo:
        try:
            with zipfile.ZipFile(self.path) as archive:
                unpacked = sum(item.file_size for item in archive.infolist())
                if unpacked > MAX_XLSX_UNPACKED_BYTES:
                    raise TableFileError(
                        self._problem(
                            FileFault.WORKBOOK_UNPACKS_TOO_BIG,
                            megabytes=unpacked / 1_048_576,
                            limit=MAX_XLSX_UNPACKED_BYTES // 1_048_576,
                        )
                    )
                # Before openpyxl parses the shared strings (a million of them take longer
                # and more memory than the rows): the raw parts are counted, not parsed.
                sheet_rows = self._check_parts(archive)
        except (zipfile.BadZipFile, zlib.error, EOFError):
            raise TableFileError(self._problem(FileFault.NOT_XLSX)) from None
        # Loading parses the shared strings and, for a sheet without a stored dimension,
        # scans the whole sheet: so the workbook is loaded once and kept until close().
        try:
            self._workbook = load_workbook(
                self.path, read_only=True, data_only=True, keep_links=False
            )
            sheet = self._workbook.worksheets[0]
        except Exception as exc:  # openpyxl raises many kinds for a damaged file
            self.close()
            raise TableFileError(
                self._problem(FileFault.WORKBOOK_UNOPENABLE, reason=str(exc))
            ) from exc
        self._xlsx_sheet_rows = max(sheet.max_row or 0, sheet_rows or 0)
        try:
            self._check_used_range(sheet, counted=sheet_rows is not None)
        except TableFileError:
            self.close()
            raise
        records = self._bounded(self._xlsx_records(), header_row=0)
        try:
            number, headers = self._header(records)
        except BaseException:
            self.close()
            raise
        finally:
            records.close()
        return TableInfo(self.path, "xlsx", "", "", sheet.title, headers, number)

    def _check_parts(self, archive: zipfile.ZipFile) -> int | None:
        """Count the first sheet's rows and the shared strings in the raw XML of the zip.

        Returns the rows counted, or None when the sheet's part cannot be found this way
        (openpyxl then reports the workbook, or it is counted after loading).
        """
        names = set(archive.namelist())
        strings = "xl/sharedStrings.xml"
        if strings in names:
            with archive.open(strings) as source:
                count = _count_elements(source, _XML_SHARED_STRING, MAX_CELLS)
            if count > MAX_CELLS:
                raise TableFileError(self._problem(FileFault.TOO_MANY_TEXTS, limit=MAX_CELLS))
        part = _first_sheet_part(archive)
        if part is None or part not in names:
            return None
        with archive.open(part) as source:
            rows = _count_elements(source, _XML_ROW, MAX_ROWS + HEADING_SEARCH_ROWS)
        self._refuse_rows(rows, "")
        return rows

    def _refuse_rows(self, rows: int, used: str) -> None:
        if rows > MAX_ROWS + HEADING_SEARCH_ROWS:
            raise TableFileError(
                self._problem(FileFault.SHEET_TOO_LONG, count=rows, value=used, limit=MAX_ROWS)
            )

    def _check_used_range(self, sheet: Any, *, counted: bool) -> None:
        """Refuse by the used range the sheet declares (A1:M1000001) before reading a row.

        The range is only a claim: rows and cells are counted again while streaming.
        """
        rows, columns = sheet.max_row or 0, sheet.max_column or 0
        used = f"A1:{get_column_letter(max(1, columns))}{rows}" if rows and columns else ""
        self._refuse_rows(rows, used)
        if not counted:
            with sheet._get_source() as source:  # the part inside the workbook's open zip
                self._refuse_rows(
                    _count_elements(source, _XML_ROW, MAX_ROWS + HEADING_SEARCH_ROWS), ""
                )
        if rows * columns > MAX_CELLS:
            raise TableFileError(
                self._problem(
                    FileFault.USED_RANGE_TOO_BIG, value=used, count=rows * columns, limit=MAX_CELLS
                )
            )

    def _xlsx_records(self) -> _Records:
        if self._workbook is None:
            raise TableFileError(self._problem(FileFault.WORKBOOK_CLOSED))
        sheet = self._workbook.worksheets[0]
        rows = sheet.iter_rows(values_only=True)
        number = 0
        while True:
            try:
                values = next(rows)
            except StopIteration:
                return
            # openpyxl parses the sheet's XML lazily, row by row: a damaged part surfaces here
            # as whatever the XML parser or openpyxl's converters raise (ParseError is a
            # SyntaxError).
            except (
                SyntaxError,
                ValueError,
                KeyError,
                IndexError,
                TypeError,
                AttributeError,
            ) as exc:
                raise TableFileError(
                    self._problem(FileFault.SHEET_DAMAGED, row=number + 1, reason=str(exc))
                ) from exc
            number += 1
            yield number, [cell_text(value) for value in values]

    def close(self) -> None:
        """Release the workbook (a CSV holds nothing open between passes)."""
        if self._workbook is not None:
            self._workbook.close()
            self._workbook = None

    def __enter__(self) -> TableReader:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # Both ------------------------------------------------------------------------------
    def _records(self) -> _Records:
        if self.info.format == "xlsx":
            return self._bounded(self._xlsx_records(), self.info.header_row)
        return self._bounded(self._csv_records(self.info), self.info.header_row)

    def _bounded(self, records: _Records, header_row: int) -> _Records:
        """The records, refused as soon as they pass the row or the cell limit."""
        last_row = header_row + MAX_ROWS
        cells = 0
        try:
            for number, record in records:
                cells += len(record)
                if number > last_row:
                    raise TableFileError(
                        self._problem(FileFault.TOO_MANY_ROWS, row=number, limit=MAX_ROWS)
                    )
                if cells > MAX_CELLS:
                    raise TableFileError(
                        self._problem(FileFault.TOO_MANY_CELLS, row=number, limit=MAX_CELLS)
                    )
                yield number, record
        finally:
            records.close()

    def _header(self, records: _Records) -> tuple[int, tuple[str, ...]]:
        """The heading row: the first non-empty one, or with ``looks_like_heading`` the first
        of the leading rows it accepts (exports often start with a title line)."""
        candidates: list[tuple[int, list[str]]] = []
        for number, record in records:
            self._check_cells(number, record)
            cells = [cell.replace("\ufeff", "").strip() for cell in record]
            while cells and not cells[-1]:
                cells.pop()
            if not cells or (len(cells) == 1 and _SEPARATOR_HINT.fullmatch(cells[0])):
                continue
            candidates.append((number, cells))
            if self.looks_like_heading is None or self.looks_like_heading(tuple(cells)):
                return self._checked_heading(number, cells)
            if len(candidates) >= HEADING_SEARCH_ROWS:
                break
        if candidates:
            return self._checked_heading(*candidates[0])
        raise TableFileError(self._problem(FileFault.NO_HEADING))

    def _checked_heading(self, number: int, cells: list[str]) -> tuple[int, tuple[str, ...]]:
        headers = tuple(
            cell or f"Column {get_column_letter(index + 1)}" for index, cell in enumerate(cells)
        )
        seen: dict[str, int] = {}
        for index, header in enumerate(headers):
            key = header.casefold()
            if key in seen:
                raise TableFileError(
                    self._problem(
                        FileFault.HEADING_TWICE,
                        row=number,
                        heading=header,
                        column=get_column_letter(seen[key] + 1),
                        other_column=get_column_letter(index + 1),
                    )
                )
            seen[key] = index
        return number, headers

    def _check_cells(self, number: int, record: list[str]) -> None:
        for index, cell in enumerate(record):
            if len(cell) > MAX_CELL_CHARS:
                info = getattr(self, "info", None)  # the heading, once it is known
                heading = info.headers[index] if info and index < len(info.headers) else None
                raise TableFileError(
                    self._problem(
                        FileFault.LONG_CELL,
                        row=number,
                        column=get_column_letter(index + 1),
                        heading=heading,
                        count=len(cell),
                        limit=MAX_CELL_CHARS,
                    )
                )

    def _problem(self, fault: FileFault, **where: Any) -> FileProblem:
        """A problem with this file (``where``: the row, column and values it names)."""
        return FileProblem(fault, self.path.name, **where)

    def rows(self) -> Iterator[Row]:
        """The data rows after the heading row; blank rows are skipped but keep their number."""
        for number, record in self._records():
            if number <= self.info.header_row:
                continue
            self._check_cells(number, record)
            if not any(cell.strip() for cell in record):
                continue
            yield Row(number, tuple(restore(cell) for cell in record))

    def count_rows(self) -> int:
        return sum(1 for _ in self.rows())

    def estimate_rows(self) -> int:
        """Data rows for a progress bar: counted for CSV, the sheet's dimension for XLSX."""
        if self.info.format == "xlsx":
            return max(0, self._xlsx_sheet_rows - self.info.header_row)
        return self.count_rows()


_SEPARATOR_HINT = re.compile(r"sep=.?")
# A row element of the sheet's XML (any namespace prefix) and its attributes; a shared string.
_XML_ROW = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?row(?=[\s/>])([^>]*)>")
_XML_SHARED_STRING = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?si(?=[\s/>])([^>]*)>")
_XML_ROW_NUMBER = re.compile(rb"""\sr\s*=\s*["'](\d{1,9})["']""")
_XML_CHUNK = 1 << 20
_RELATIONSHIP_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"


def _count_elements(source: IO[bytes], element: re.Pattern[bytes], limit: int) -> int:
    """How many ``element``s the XML stream holds, stopping once past ``limit``.

    Counting tags in the decompressed bytes is many times faster than parsing them, so a
    million-row sheet is refused in seconds. A row's ``r`` attribute counts too: openpyxl
    yields every missing row before it.
    """
    count = 0
    tail = b""
    while count <= limit:
        chunk = source.read(_XML_CHUNK)
        if not chunk:
            break
        data = tail + chunk
        # An element cut by the chunk boundary is finished in the next round.
        cut = data.rfind(b"<")
        if cut < 0 or len(data) - cut > 4096:
            cut = len(data)
        data, tail = data[:cut], data[cut:]
        for match in element.finditer(data):
            count += 1
            number = _XML_ROW_NUMBER.search(match.group(1))
            if number is not None:
                count = max(count, int(number.group(1)))
    return count


def _first_sheet_part(archive: zipfile.ZipFile) -> str | None:
    """The zip member of the workbook's first sheet (what openpyxl's worksheets[0] reads)."""
    try:
        workbook = ElementTree.fromstring(archive.read("xl/workbook.xml"))
        relations = ElementTree.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
    except (KeyError, ElementTree.ParseError):
        return None
    sheet = next((node for node in workbook.iter() if node.tag.endswith("}sheet")), None)
    if sheet is None:
        return None
    wanted = sheet.get(_RELATIONSHIP_ID)
    for relation in relations:
        if relation.get("Id") == wanted:
            target = relation.get("Target", "")
            if target.startswith("/"):
                return target[1:]
            return posixpath.normpath(posixpath.join("xl", target))
    return None


def _looks_like_zip(path: Path) -> bool:
    with path.open("rb") as handle:
        return handle.read(4) == b"PK\x03\x04"


def open_table(
    path: str | Path, looks_like_heading: Callable[[tuple[str, ...]], bool] | None = None
) -> TableReader:
    return TableReader(Path(path), looks_like_heading)
