"""The one priority scale of a meeting request, everywhere in the app.

1 "meet" (an ordinary request), 2 "should meet", 3 "must meet" (Grip's "must meet"). The
window shows these names translated, the CLI and documents print them, and imports turn
every platform's words into this scale (``interchange.values.PRIORITY_WORDS``).
"""

from __future__ import annotations

import enum


class Priority(enum.IntEnum):
    MEET = 1
    SHOULD_MEET = 2
    MUST_MEET = 3

    @property
    def label(self) -> str:
        return self.name.lower().replace("_", " ")


PRIORITY_NAMES: dict[int, str] = {p.value: p.label for p in Priority}
PRIORITY_HELP = ", ".join(f"{p.value} ({p.label})" for p in Priority)
