"""The command line's words for a mapping file it cannot use, pinned before they became facts."""

from __future__ import annotations

from pathlib import Path

import pytest

from brokerage_app.cli import main
from brokerage_app.store.database import EventDatabase

CSV = "First name,Last name,E-mail\nÅsa,Lind,asa@x.example\n"

MAPPINGS = {
    "missing.json": None,
    "bad.json": "{not json",
    "bytes.json": b"\xff\xfe{",
    "shape.json": '{"columns": ["a"]}',
    "values.json": '{"columns": {}, "values": {"priority": "x"}}',
    "field.json": '{"columns": {}, "values": {"shoe_size": {"a": "b"}}}',
    "kind.json": '{"kind": "guests", "columns": {}}',
    "other.json": '{"kind": "requests", "columns": {}}',
    "unknown.json": '{"columns": {"shoe_size": "Name"}}',
    "column.json": '{"columns": {"phone": "Telefon"}}',
}

LINES = {
    "missing.json": "Mapping file {dir}/missing.json: no such file.",
    "bad.json": (
        "Mapping file {dir}/bad.json: not valid JSON (Expecting property name enclosed in "
        "double quotes: line 1 column 2 (char 1))."
    ),
    "bytes.json": (
        "Mapping file {dir}/bytes.json: not valid JSON ('utf-8' codec can't decode byte 0xff "
        "in position 0: invalid start byte)."
    ),
    "shape.json": (
        'Mapping file {dir}/shape.json: expected {{"kind": "attendees", "columns": '
        '{{"field": "Column heading", ...}}}}.'
    ),
    "values.json": (
        'Mapping file {dir}/values.json: "values" must look like {{"priority": {{"Medium": "2"}}}}.'
    ),
    "field.json": (
        "Mapping file {dir}/field.json: 'shoe_size' has no value mapping; value fields of "
        "attendees are {fields}."
    ),
    "kind.json": "Import kind: 'guests' is not one of {kinds}.",
    "other.json": "The mapping is for requests, but attendees are being imported from in.csv.",
    "unknown.json": "Mapping: 'shoe_size' is not a field of attendees; fields are {all}.",
    "column.json": (
        "Mapping: the column 'Telefon' (for phone) is not in in.csv; its columns are "
        "First name, Last name, E-mail."
    ),
}


@pytest.mark.parametrize("name", list(MAPPINGS))
def test_mapping_file_refusals_in_english(
    name: str, event_db: EventDatabase, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from brokerage_app.interchange.mapping import FIELD_SYNONYMS, IMPORT_KINDS, VALUE_FIELDS

    db = str(event_db.file_path)
    event_db.dispose()
    source = tmp_path / "in.csv"
    source.write_text(CSV, encoding="utf-8")
    mapping = tmp_path / name
    content = MAPPINGS[name]
    if isinstance(content, bytes):
        mapping.write_bytes(content)
    elif content is not None:
        mapping.write_text(content, encoding="utf-8")
    command = ["--db", db, "import", "attendees", str(source), "--mapping", str(mapping)]
    assert main([*command, "--dry-run"]) == 2
    line = LINES[name].format(
        dir=tmp_path,
        fields=", ".join(VALUE_FIELDS["attendees"]),
        kinds=", ".join(IMPORT_KINDS),
        all=", ".join(FIELD_SYNONYMS["attendees"]),
    )
    assert capsys.readouterr().err.strip() == f"brokerage-app: error: {line}"
