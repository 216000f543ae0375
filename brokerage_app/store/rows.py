"""Query rows as named, typed records instead of positional tuples.

A wide ``select`` read back as ``r[0] … r[15]`` breaks silently when a column is added in
the middle. Declare the row as a ``NamedTuple`` whose fields are the select's labels and read
it with :func:`named_rows`: the names are checked once per query against the select, so a
mismatch fails at once, and each field has a type that mypy checks. (A NamedTuple is also
several times faster to read than SQLAlchemy's ``Row`` attributes, which matters for the
10,000-row listings.)
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any, TypeVar

from sqlalchemy.engine import Result

RecordT = TypeVar("RecordT", bound=tuple[Any, ...])


def named_rows(result: Result[*tuple[Any, ...]], record: type[RecordT]) -> Iterator[RecordT]:
    """The rows of ``result`` as ``record``s (a NamedTuple class whose fields are, in order,
    the select's column names or labels); a TypeError names both if they differ."""
    # mypy knows a NamedTuple class only as its tuple type, without _fields and _make.
    named: Any = record
    keys = tuple(result.keys())
    if keys != named._fields:
        raise TypeError(
            f"{record.__name__} has the fields {named._fields}, the query the columns {keys}"
        )
    make: Callable[[Any], RecordT] = named._make
    return (make(row) for row in result)
