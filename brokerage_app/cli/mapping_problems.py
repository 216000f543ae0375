"""Why a column mapping cannot be used, in English for the command line; the window words
the same facts in ``ui/mapping_problems.py``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from brokerage_app.interchange.mapping_problems import MappingFault

if TYPE_CHECKING:
    from brokerage_app.interchange.mapping_problems import MappingProblem


def problem_text(problem: MappingProblem) -> str:
    """The refusal, naming the file, field or column: "Mapping file m.json: no such file."."""
    F = MappingFault
    p = problem
    listed = ", ".join(p.choices)
    return {
        F.NO_SUCH_FILE: f"Mapping file {p.file}: no such file.",
        F.NOT_JSON: f"Mapping file {p.file}: not valid JSON ({p.reason}).",
        F.BAD_SHAPE: (
            f'Mapping file {p.file}: expected {{"kind": "attendees", "columns": '
            '{"field": "Column heading", ...}}.'
        ),
        F.BAD_VALUES: (
            f'Mapping file {p.file}: "values" must look like {{"priority": {{"Medium": "2"}}}}.'
        ),
        F.NO_VALUE_MAPPING: (
            f"Mapping file {p.file}: {p.name!r} has no value mapping; value fields of {p.kind} "
            f"are {listed}."
        ),
        F.UNKNOWN_KIND: f"Import kind: {p.kind!r} is not one of {listed}.",
        F.OTHER_KIND: (
            f"The mapping is for {p.kind}, but {p.imported} are being imported from {p.source}."
        ),
        F.NOT_A_FIELD: f"Mapping: {p.name!r} is not a field of {p.kind}; fields are {listed}.",
        F.NO_SUCH_COLUMN: (
            f"Mapping: the column {p.heading!r} (for {p.name}) is not in {p.source}; its "
            f"columns are {listed}."
        ),
    }[p.fault]
