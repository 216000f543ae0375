"""Fuzz: the import dry run (brokerage_app.services.imports.preview_import).

Registration exports hold anything in any column: the dry run must answer with problems by
row and column (or refuse the whole file with a BrokerageError), never crash.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from brokerage_app.demo.generator import DemoOptions
from brokerage_app.services.demo import create_demo_database
from brokerage_app.services.imports import ImportPreview, preview_import
from brokerage_app.store.database import EventDatabase
from tests.unit.fuzz.rules import EXAMPLES, FUZZ, clean_or_explained

ATTENDEE_HEADINGS = [
    "First name",
    "Last name",
    "Email",
    "Organisation",
    "Country",
    "Role",
    "Badge category",
    "Max meetings",
    "Arrival",
    "Departure",
    "Language",
    "Phone",
    "External ID",
]
REQUEST_HEADINGS = ["Requester email", "Requested email", "Priority", "Status", "Note"]
VALUE = (
    st.text(max_size=25)
    | st.sampled_from(
        [
            "",
            " ",
            "SE",
            "Sverige",
            "Polska",
            "Ελλάδα",
            "x@y",
            "anna@example.org",
            "2027-05-11 09:00",
            "11/05/2027",
            "1e9",
            "-3",
            "0",
            "ja",
            "nej",
            "exhibitor",
            '=HYPERLINK("x")',
            "NaN",
        ]
    )
    | st.integers(min_value=-(10**12), max_value=10**12).map(str)
)


@pytest.fixture(scope="module")
def event(tmp_path_factory: pytest.TempPathFactory) -> Iterator[EventDatabase]:
    database = create_demo_database(
        tmp_path_factory.mktemp("import") / "event.sqlite", DemoOptions(attendees=20, seed=9)
    )
    yield database
    database.dispose()


def write_csv(path: Path, headings: list[str], rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(headings)
        writer.writerows(rows)
    return path


@settings(FUZZ, max_examples=max(10, EXAMPLES // 3))
@given(
    st.sampled_from(["attendees", "requests"]),
    st.data(),
)
def test_preview_of_any_registration_export(
    event: EventDatabase, tmp_path: Path, kind: str, data: st.DataObject
) -> None:
    headings = ATTENDEE_HEADINGS if kind == "attendees" else REQUEST_HEADINGS
    chosen = data.draw(st.lists(st.sampled_from(headings), min_size=1, unique=True))
    rows = data.draw(
        st.lists(st.lists(VALUE, min_size=len(chosen), max_size=len(chosen)), max_size=6)
    )
    path = write_csv(tmp_path / f"{kind}.csv", chosen, rows)
    preview = clean_or_explained(lambda: preview_import(event, kind, path))
    if preview is not None:
        assert isinstance(preview, ImportPreview)
        assert 0 <= preview.row_count <= len(rows)
