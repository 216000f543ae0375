"""The organiser's own badge label sheet, saved with the event.

Label stock not among the presets (``documents.layouts.BADGE_LAYOUTS``) is described once
(page, rows, columns, label size, margins, gutters) and printed as the layout ``custom``.
The CLI (``event badge-layout``) and the Print page's "Custom layout…" both call these.
"""

from __future__ import annotations

from brokerage_app.documents.layouts import BadgeLayout, CustomLayout
from brokerage_app.errors import ValidationError
from brokerage_app.services import audit
from brokerage_app.services.events import get_event
from brokerage_app.store.database import EventDatabase

__all__ = ["CustomLayout", "custom_badge_layout", "load_custom_layout", "save_custom_layout"]


def load_custom_layout(database: EventDatabase) -> CustomLayout | None:
    """The saved custom layout, or None when the event has none."""
    with database.session() as session:
        saved = get_event(session).badge_layout
    return CustomLayout.from_json(saved) if saved else None


def save_custom_layout(database: EventDatabase, layout: CustomLayout | None) -> CustomLayout | None:
    """Check and save ``layout`` (None removes it) in one transaction; return the old one."""
    if layout is not None:
        layout.layout()  # refuses what does not fit, naming the field
    with database.session() as session:
        event = get_event(session)
        previous = CustomLayout.from_json(event.badge_layout) if event.badge_layout else None
        event.badge_layout = layout.to_json() if layout is not None else ""
        audit.record(
            session,
            "badge_layout_saved" if layout is not None else "badge_layout_removed",
            "event",
            event.id,
            layout=event.badge_layout,
        )
    return previous


def custom_badge_layout(database: EventDatabase) -> BadgeLayout:
    """The saved custom layout's geometry; a clear error when none is saved."""
    saved = load_custom_layout(database)
    if saved is None:
        raise ValidationError(
            "Layout: this event has no custom layout; set one with 'event badge-layout' or "
            "Print > Custom layout…"
        )
    return saved.layout()
