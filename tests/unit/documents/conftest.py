"""One scheduled demo event (with the hard names) shared by the printing tests."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pypdfium2 as pdfium
import pytest
import zxingcpp

from brokerage_app.documents.data import (
    DayInfo,
    Participant,
    SlotInfo,
    TableInfo,
    TableMeeting,
    Timetable,
)
from brokerage_app.domain.calendar_words import ENGLISH
from brokerage_app.store.database import EventDatabase
from tests.unit.documents.scheduled_event import HardPeople, build_scheduled_event


@dataclass(frozen=True)
class ScheduledEvent:
    database: EventDatabase
    hard: HardPeople


@pytest.fixture(scope="package")
def scheduled(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ScheduledEvent]:
    database, hard = build_scheduled_event(tmp_path_factory.mktemp("event") / "event.sqlite")
    yield ScheduledEvent(database, hard)
    database.dispose()


def page_texts(path: Path) -> list[str]:
    document = pdfium.PdfDocument(str(path))
    try:
        return [page.get_textpage().get_text_range() for page in document]
    finally:
        document.close()


@dataclass(frozen=True)
class FoundCode:
    text: str
    x: float  # centre, in PDF points from the left
    y: float  # centre, in PDF points from the bottom


def decode_codes(path: Path, dpi: int) -> list[list[FoundCode]]:
    """Every QR code on every page, decoded by zxing-cpp from a rendering at ``dpi``."""
    scale = dpi / 72
    document = pdfium.PdfDocument(str(path))
    pages = []
    try:
        for page in document:
            height = page.get_height()
            image = page.render(scale=scale, grayscale=True).to_pil()
            found = []
            for barcode in zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode):
                corners = barcode.position
                xs = [
                    corners.top_left.x,
                    corners.top_right.x,
                    corners.bottom_left.x,
                    corners.bottom_right.x,
                ]
                ys = [
                    corners.top_left.y,
                    corners.top_right.y,
                    corners.bottom_left.y,
                    corners.bottom_right.y,
                ]
                found.append(
                    FoundCode(barcode.text, sum(xs) / 4 / scale, height - sum(ys) / 4 / scale)
                )
            pages.append(found)
    finally:
        document.close()
    return pages


def one_table(day: dt.date, pairs: list[tuple[Participant, Participant]]) -> Timetable:
    """A timetable of one day and one table, "Table 1": a meeting of each pair, one an hour
    from 09:00, 20 minutes each."""
    slots = tuple(
        SlotInfo(
            i,
            dt.datetime.combine(day, dt.time(9 + i)),
            dt.datetime.combine(day, dt.time(9 + i, 20)),
        )
        for i in range(len(pairs))
    )
    return Timetable(
        (DayInfo(day, ENGLISH.weekdays[day.weekday()], slots, ()),),
        (TableInfo(1, 1, "Table 1", "Hall A"),),
        tuple(TableMeeting(i, 1, first, second) for i, (first, second) in enumerate(pairs)),
    )
