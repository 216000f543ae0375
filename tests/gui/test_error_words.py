"""Every error that carries facts is worded by both front ends, never shown as its log text.

The errors are found, not listed: any ``BrokerageError`` whose constructor takes a
dataclass of facts as ``problem`` or ``problems``. A new one that a front end forgets would show "Refused: no_name." there.
"""

from __future__ import annotations

import dataclasses
import enum
import inspect
import typing

import pytest

import brokerage_app.domain.person_problems
import brokerage_app.domain.timetable
import brokerage_app.domain.walk_in_problems
import brokerage_app.interchange.file_problems
import brokerage_app.interchange.mapping_problems
import brokerage_app.services.imports
from brokerage_app.cli import error_words
from brokerage_app.errors import BrokerageError
from brokerage_app.ui.dialogs import messages

# Worded by the import command itself, one line per problem (cli/import_problems.py).
CLI_WORDS_ITSELF = {brokerage_app.services.imports.ImportRefusedError}


def _subclasses(cls: type[BrokerageError]) -> set[type[BrokerageError]]:
    found: set[type[BrokerageError]] = set()
    for sub in cls.__subclasses__():
        found |= {sub} | _subclasses(sub)
    return found


def _facts_of(cls: type[BrokerageError]) -> type | None:
    """The dataclass of facts an error's constructor takes, if it takes one."""
    if not {"problem", "problems"} & set(getattr(cls.__init__, "__annotations__", {})):
        return None
    hints = typing.get_type_hints(cls.__init__)
    fact = hints.get("problem", hints.get("problems"))
    while fact is not None and typing.get_args(fact):  # tuple[X, ...] | list[X]
        fact = typing.get_args(fact)[0]
    return fact if isinstance(fact, type) and dataclasses.is_dataclass(fact) else None


def _fact_errors() -> list[type[BrokerageError]]:
    return sorted(
        (c for c in _subclasses(BrokerageError) if _facts_of(c) is not None),
        key=lambda c: c.__qualname__,
    )


def _instance(cls: type[BrokerageError]) -> BrokerageError:
    many = "problems" in inspect.signature(cls.__init__).parameters
    fact_type = _facts_of(cls)
    assert fact_type is not None
    hints_of_fact = typing.get_type_hints(fact_type)
    values: dict[str, object] = {}
    for field in dataclasses.fields(fact_type):
        kind = hints_of_fact[field.name]
        if isinstance(kind, type) and issubclass(kind, enum.Enum):
            values[field.name] = next(iter(kind))  # the fault
        elif field.default is dataclasses.MISSING:
            values[field.name] = kind()  # a row number and the like
    fact = fact_type(**values)
    if cls is brokerage_app.services.imports.ImportRefusedError:
        return cls("people.csv", (fact,))
    return cls((fact,)) if many else cls(fact)


def test_the_fact_carrying_errors_are_found() -> None:
    names = {c.__name__ for c in _fact_errors()}
    assert {"ImportRefusedError", "MappingError", "WalkInRefusedError", "TableFileError"} <= names
    assert len(names) >= 8


@pytest.mark.parametrize("cls", _fact_errors(), ids=lambda c: c.__name__)
def test_both_front_ends_word_every_fact_error(qapp: object, cls: type[BrokerageError]) -> None:
    error = _instance(cls)
    assert messages.error_text(error) != str(error)
    if cls not in CLI_WORDS_ITSELF:
        assert error_words.error_text(error) != str(error)
