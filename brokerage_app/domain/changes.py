"""What a change touched, as Anki's operations return ``OpChanges``: the window refreshes from it.

A mutating service notes the topics it changed in its unit of work
(``services.changes.note``) and returns them as :class:`Changes`; the window reloads the
pages that show any of them instead of a hand-kept list per button.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass


class Topic(enum.StrEnum):
    """A kind of stored data a page can show."""

    EVENT = "event"  # the event's settings: name, days, sessions, tables, publishing
    ATTENDEES = "attendees"  # people and organisations
    REQUESTS = "requests"  # meeting requests and why they are not placed
    SCHEDULE = "schedule"  # meetings, their places, locks and outcomes
    CHECKIN = "checkin"  # arrivals, badges, desk notes


@dataclass(frozen=True)
class Changes:
    topics: frozenset[Topic] = frozenset()

    @classmethod
    def of(cls, *topics: Topic) -> Changes:
        return cls(frozenset(topics))

    def __or__(self, other: Changes) -> Changes:
        return Changes(self.topics | other.topics)

    def __contains__(self, topic: object) -> bool:
        return topic in self.topics

    def __bool__(self) -> bool:
        return bool(self.topics)


NOTHING = Changes()
EVERYTHING = Changes(frozenset(Topic))
