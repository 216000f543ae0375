"""What the after-event report shows: figures as plain frozen values.

``services.report`` counts them from the database in one unit of work; ``documents.report``
lays them out, and the window and the command line show them. Nothing here reads the store.
"""

from __future__ import annotations

from dataclasses import dataclass

from brokerage_app.store.models import MeetingOutcome

NOT_RECORDED = "not recorded"
UNKNOWN = "(not given)"
OUTCOME_LABELS = {
    MeetingOutcome.DID_NOT_TAKE_PLACE.value: "Did not take place",
    MeetingOutcome.NO_INTEREST.value: "Insufficient interest",
    MeetingOutcome.INFORMATIVE.value: "Informative, no cooperation planned",
    MeetingOutcome.COOPERATION_POSSIBLE.value: "Cooperation possible",
    NOT_RECORDED: "Not recorded",
}


@dataclass(frozen=True)
class BreakdownRow:
    label: str
    attendees: int
    organisations: int
    requests_sent: int
    requests_received: int
    meetings: int  # participations in live (scheduled, held or no-show) meetings
    held: int
    no_show: int


@dataclass(frozen=True)
class AnonymisedMeeting:
    day: str
    time: str
    status: str
    outcome: str
    agreement: bool
    first_type: str
    first_country: str
    first_sector: str
    second_type: str
    second_country: str
    second_sector: str


@dataclass(frozen=True)
class ReportFigures:
    event_name: str
    venue: str
    first_day: str
    last_day: str
    days: int
    attendees: int
    attendees_by_category: tuple[tuple[str, int], ...]
    organisations: int
    countries: int
    checked_in: int
    requests: int
    requests_by_status: tuple[tuple[str, int], ...]
    meetings: int  # live meetings: scheduled, held or no-show
    meetings_held: int
    meetings_no_show: int
    meetings_still_scheduled: int
    meetings_cancelled: int
    walk_ins: int
    agreements: int  # held meetings that led to an agreement
    outcomes: tuple[tuple[str, int], ...]  # over live meetings, "not recorded" included
    by_country: tuple[BreakdownRow, ...]
    by_sector: tuple[BreakdownRow, ...]
    by_org_type: tuple[BreakdownRow, ...]
    anonymised_meetings: tuple[AnonymisedMeeting, ...]

    @property
    def outcomes_recorded(self) -> int:
        return sum(n for outcome, n in self.outcomes if outcome != NOT_RECORDED)
