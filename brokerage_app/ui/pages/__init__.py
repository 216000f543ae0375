"""One page per organiser task, each backed by services."""

from __future__ import annotations

import enum


class PageKey(enum.StrEnum):
    """The window's pages, in sidebar order (Ctrl+1 … Ctrl+7)."""

    DASHBOARD = "dashboard"
    ATTENDEES = "attendees"
    REQUESTS = "requests"
    SCHEDULE = "schedule"
    PRINT = "print"
    CHECKIN = "checkin"
    START = "start"
