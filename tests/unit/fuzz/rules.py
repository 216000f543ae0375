"""The rule every reader of outside input obeys, and how hard hypothesis tries to break it.

Rule: reading a file or a scan gives either a clean result or a BrokerageError whose message
says what is wrong; never any other exception (which the GUI would show as a crash).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import TypeVar

from hypothesis import HealthCheck, settings

from brokerage_app.errors import BrokerageError

T = TypeVar("T")

# Default runs stay quick; BROKERAGE_FUZZ_EXAMPLES=5000 for a long hunt before a release.
EXAMPLES = int(os.environ.get("BROKERAGE_FUZZ_EXAMPLES", "100"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)


def clean_or_explained(
    read: Callable[[], T], allowed: tuple[type[Exception], ...] = ()
) -> T | None:
    """Run ``read``; a BrokerageError (or an ``allowed`` error) must carry a message."""
    try:
        return read()
    except (BrokerageError, *allowed) as exc:
        assert str(exc).strip(), f"{type(exc).__name__} without a message"
        return None
