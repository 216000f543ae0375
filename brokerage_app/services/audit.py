"""The audit log: every change an organiser makes, with who and when."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from brokerage_app.store.models import AuditEntry


def record(
    session: Session,
    action: str,
    entity: str,
    entity_id: int | None = None,
    *,
    actor: str = "",
    **details: Any,
) -> None:
    session.add(
        AuditEntry(action=action, entity=entity, entity_id=entity_id, actor=actor, details=details)
    )
