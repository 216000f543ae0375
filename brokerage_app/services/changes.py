"""Collecting what a unit of work changed (``domain.changes``), across the services it calls."""

from __future__ import annotations

from sqlalchemy.orm import Session

from brokerage_app.domain.changes import NOTHING, Changes, Topic

_KEY = "brokerage_app.changes"


def note(session: Session, *topics: Topic) -> Changes:
    """Record that this unit of work changed ``topics``; returns them as Changes."""
    changes = Changes.of(*topics)
    session.info[_KEY] = session.info.get(_KEY, NOTHING) | changes
    return changes


def noted(session: Session) -> Changes:
    """Everything the services noted in this unit of work so far."""
    changes = session.info.get(_KEY, NOTHING)
    assert isinstance(changes, Changes)
    return changes
