"""Keep PostgreSQL id sequences ahead of rows inserted with explicit ids (bulk inserts)."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import text
from sqlalchemy.orm import Session


def reset_sequences(session: Session, models: Iterable[type]) -> None:
    if session.get_bind().dialect.name != "postgresql":
        return
    for model in models:
        table = model.__table__.name  # type: ignore[attr-defined]
        session.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                f"COALESCE((SELECT MAX(id) FROM {table}), 0) + 1, false)"
            )
        )
