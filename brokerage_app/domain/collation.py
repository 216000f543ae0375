"""The order in which names are shown and printed: the Unicode Collation Algorithm.

Code-point order puts "Bérénger" after "Bråten" and "Émile" after "Zetterberg"; the
Unicode Collation Algorithm (its default table, DUCET, through pyuca) compares letters
first, then accents, then case, as a reader expects. This is the one home of that key:
printed documents sort with it. The window's lists sort with Qt's QCollator, the same
algorithm with the interface locale's tailoring (in Swedish, å ä ö come after z).

    sorted(names, key=collation_key)
"""

from __future__ import annotations

from functools import cache

from pyuca import Collator


@cache
def _collator() -> Collator:
    # Loading the collation table takes a moment: once per process, on first use.
    return Collator()


def collation_key(text: str) -> tuple[tuple[int, ...], str]:
    """A sort key for ``text``; texts equal under collation keep a stable, exact order."""
    return (_collator().sort_key(text), text)
