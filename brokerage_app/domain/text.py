"""People's names as text: how they are shown, spelled in ASCII, and searched.

One home for three rules that files, search, documents and the window share:

- :func:`display_name`: "first last", either part possibly empty.
- :func:`transliterate` and :func:`ascii_slug`: a name in ASCII letters for a file name or a
  mail address, in any script ("Łukasz Żółć" → "Lukasz Zolc", "王伟" → "WangWei",
  "Юлия" → "Yuliya"). The tables are anyascii's, kept up to date by its maintainers,
  rather than our own, which covered a few Latin letters and dropped every other script.
- :func:`fold`: the search form of a text, insensitive to case, accents and script, so
  "zolc" finds "Żółć" and "wang" finds "王伟" wherever people are searched.
"""

from __future__ import annotations

import re
import unicodedata

from anyascii import anyascii


def display_name(first: str | None, last: str | None) -> str:
    """How a person's name is shown: "first last", without stray spaces when one is empty."""
    return f"{first or ''} {last or ''}".strip()


def transliterate(text: str) -> str:
    """``text`` in ASCII, letters of every script spelled in Latin ones."""
    return anyascii(unicodedata.normalize("NFC", text))


def ascii_slug(text: str, *, max_length: int) -> str:
    """``text`` as ASCII letters and digits joined by ``-``, for a file name ("" if none)."""
    slug = re.sub(r"[^A-Za-z0-9]+", "-", transliterate(text)).strip("-")
    return slug[:max_length]


def fold(text: str) -> str:
    """The search form: 'Łukasz Żółć', 'lukasz zolc' and 'LUKASZ ZOLC' fold alike.

    Compare a folded query with folded text (``fold(query) in fold(name)``), never with the
    text itself.
    """
    return transliterate(text).casefold()


def matches(query: str, *texts: str) -> bool:
    """Whether every word of ``query`` occurs, folded, in one of ``texts`` joined."""
    haystack = fold(" ".join(texts))
    return all(word in haystack for word in fold(query).split())
