"""Why a column mapping cannot be used, as a fact each front end words
(``cli/mapping_problems.py`` in English, ``ui/mapping_problems.py`` in the window's
language); the checks are ``interchange.mapping.load_mapping``, ``mapping_from_dict``,
``check_kind`` and ``resolve_mapping``."""

from __future__ import annotations

import enum
from dataclasses import dataclass

from brokerage_app.errors import ValidationError


class MappingFault(enum.StrEnum):
    """What is wrong; the fields of ``MappingProblem`` each fault fills are named beside it."""

    NO_SUCH_FILE = "no_such_file"  # file
    NOT_JSON = "not_json"  # file; reason (the parser's words); line, column if JSON's
    BAD_SHAPE = "bad_shape"  # file
    BAD_VALUES = "bad_values"  # file
    NO_VALUE_MAPPING = "no_value_mapping"  # file, name, kind; choices: the value fields
    UNKNOWN_KIND = "unknown_kind"  # kind; choices: the kinds
    OTHER_KIND = "other_kind"  # kind (the mapping's), imported (the kind), source
    NOT_A_FIELD = "not_a_field"  # name, kind; choices: the kind's fields
    NO_SUCH_COLUMN = "no_such_column"  # heading, name (its field), source; choices: headings


@dataclass(frozen=True)
class MappingProblem:
    fault: MappingFault
    file: str = ""  # the mapping file as given
    source: str = ""  # the spreadsheet being imported
    kind: str = ""
    imported: str = ""
    name: str = ""
    heading: str = ""
    choices: tuple[str, ...] = ()
    reason: str = ""
    line: int = 0
    column: int = 0


class MappingError(ValidationError):
    """A column mapping cannot be used; ``problem`` says why (the front ends word it).
    The message is only a short fallback for logs."""

    def __init__(self, problem: MappingProblem) -> None:
        self.problem = problem
        super().__init__(f"Mapping refused: {problem.fault.value}.")

    def __reduce__(self) -> tuple[type[MappingError], tuple[MappingProblem]]:
        return (type(self), (self.problem,))
