"""Hypothesis strategies that damage a valid JSON document the ways real files get damaged."""

from __future__ import annotations

import copy
from typing import Any

from hypothesis import strategies as st

JSON_LEAVES = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=30)
)
JSON_VALUES = st.recursive(
    JSON_LEAVES,
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4)
    ),
    max_leaves=12,
)


def _paths(document: Any, prefix: tuple = ()) -> list[tuple]:
    paths = [prefix]
    if isinstance(document, dict):
        for key, value in document.items():
            paths += _paths(value, (*prefix, key))
    elif isinstance(document, list):
        for index, value in enumerate(document):
            paths += _paths(value, (*prefix, index))
    return paths


def _parent(document: Any, path: tuple) -> Any:
    for step in path[:-1]:
        document = document[step]
    return document


@st.composite
def damaged(draw: st.DrawFn, valid: Any, max_mutations: int = 3) -> Any:
    """``valid`` with a few values replaced, keys dropped or list items duplicated."""
    document = copy.deepcopy(valid)
    for _ in range(draw(st.integers(min_value=1, max_value=max_mutations))):
        path = draw(st.sampled_from(_paths(document)))
        if not path:
            if draw(st.integers(0, 9)) == 0:
                document = draw(JSON_VALUES)
            continue
        parent, key = _parent(document, path), path[-1]
        action = draw(st.sampled_from(("replace", "drop", "duplicate", "swap-type")))
        if action == "replace":
            parent[key] = draw(JSON_VALUES)
        elif action == "drop":
            del parent[key]
        elif action == "duplicate" and isinstance(parent, list):
            parent.append(copy.deepcopy(parent[key]))
        elif action == "swap-type":
            value = parent[key]
            parent[key] = (
                str(value)
                if not isinstance(value, str)
                else draw(st.sampled_from((0, [], {}, None)))
            )
    return document
