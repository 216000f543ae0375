"""Keep PostgreSQL id sequences ahead of rows inserted with explicit ids (bulk inserts)."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import text
from sqlalchemy.orm import Session

from brokerage_app.store.models import Base


def reset_sequences(session: Session, models: Iterable[type[Base]]) -> None:
    if session.get_bind().dialect.name != "postgresql":
        return
    for model in models:
        table = model.__tablename__
        session.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                f"COALESCE((SELECT MAX(id) FROM {table}), 0) + 1, false)"
            )
        )
