"""The figures of the after-event report for the organiser and the funder.

Everything is counted from organisation attributes (country, sector, organisation type) and
meeting statuses, never from names, so the figures are identical before and after the event
is anonymised. A meeting counts once in the totals and once for each of its two participants
in the breakdowns ("participations"), as EU brokerage reports usually count them.

:func:`build_report` is the use case the window and ``brokerage-app report`` call: check the
output, count, and have ``documents.report`` lay the figures out into a file that appears only
once complete.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from brokerage_app.documents.report import render_report
from brokerage_app.documents.report_figures import (
    NOT_RECORDED,
    UNKNOWN,
    AnonymisedMeeting,
    BreakdownRow,
    ReportFigures,
)
from brokerage_app.domain.tasks import NO_TASK, Task
from brokerage_app.services.events import get_event
from brokerage_app.services.outputs import OutputKind, check_output
from brokerage_app.store.database import EventDatabase
from brokerage_app.store.files import atomic_path
from brokerage_app.store.models import (
    Attendee,
    Checkin,
    CheckinResult,
    EventDay,
    Meeting,
    MeetingOutcome,
    MeetingRequest,
    MeetingStatus,
    Organisation,
    RequestStatus,
    Slot,
)

LIVE = (MeetingStatus.SCHEDULED, MeetingStatus.HELD, MeetingStatus.NO_SHOW)


def _breakdown(
    key: Callable[[Organisation], str],
    attendees: list[tuple[int, int]],
    organisations: dict[int, Organisation],
    requests: list[tuple[int, int]],
    meetings: list[tuple[int, int, MeetingStatus]],
) -> tuple[BreakdownRow, ...]:
    org_of = dict(attendees)

    def group(attendee_id: int) -> str:
        return key(organisations[org_of[attendee_id]]) or UNKNOWN

    people: Counter[str] = Counter(group(a) for a, _ in attendees)
    orgs: dict[str, set[int]] = defaultdict(set)
    for attendee_id, org_id in attendees:
        orgs[group(attendee_id)].add(org_id)
    sent = Counter(group(a) for a, _ in requests)
    received = Counter(group(b) for _, b in requests)
    meetings_count: Counter[str] = Counter()
    held: Counter[str] = Counter()
    no_show: Counter[str] = Counter()
    for a, b, status in meetings:
        for person in (a, b):
            label = group(person)
            meetings_count[label] += 1
            held[label] += status is MeetingStatus.HELD
            no_show[label] += status is MeetingStatus.NO_SHOW
    rows = [
        BreakdownRow(
            label=label,
            attendees=people[label],
            organisations=len(orgs[label]),
            requests_sent=sent[label],
            requests_received=received[label],
            meetings=meetings_count[label],
            held=held[label],
            no_show=no_show[label],
        )
        for label in set(people) | set(meetings_count)
    ]
    return tuple(sorted(rows, key=lambda r: (-r.meetings, -r.attendees, r.label)))


def compute_report_figures(session: Session) -> ReportFigures:
    event = get_event(session)
    dates = session.scalars(select(EventDay.date).order_by(EventDay.date)).all()
    organisations = {o.id: o for o in session.scalars(select(Organisation))}
    attendee_rows = session.execute(
        select(Attendee.id, Attendee.organisation_id, Attendee.badge_category)
    ).all()
    attendees = [(a.id, a.organisation_id) for a in attendee_rows]
    categories = Counter(a.badge_category.value for a in attendee_rows)
    request_rows = session.execute(
        select(MeetingRequest.requester_id, MeetingRequest.requested_id, MeetingRequest.status)
    ).all()
    request_status = Counter(r.status for r in request_rows)
    meeting_rows = session.execute(
        select(
            MeetingRequest.requester_id,
            MeetingRequest.requested_id,
            Meeting.status,
            Meeting.outcome,
            Meeting.walk_in,
            Meeting.agreement_reached,
            Slot.starts_at,
        )
        .join(MeetingRequest, Meeting.request_id == MeetingRequest.id)
        .join(Slot, Meeting.slot_id == Slot.id)
        .order_by(Slot.starts_at, Meeting.id)
    ).all()
    live = [m for m in meeting_rows if m.status in LIVE]
    statuses = Counter(m.status for m in meeting_rows)
    outcomes = Counter(m.outcome.value if m.outcome else NOT_RECORDED for m in live)
    checked_in = (
        session.scalar(
            select(func.count(func.distinct(Checkin.attendee_id))).where(
                Checkin.result == CheckinResult.CHECKED_IN,
                Checkin.undone_at.is_(None),
                Checkin.attendee_id.is_not(None),
            )
        )
        or 0
    )
    org_of = dict(attendees)

    def describe(attendee_id: int) -> tuple[str, str, str]:
        org = organisations[org_of[attendee_id]]
        return (org.org_type or UNKNOWN, org.country or UNKNOWN, org.sector or UNKNOWN)

    anonymised = []
    for m in live:
        first, second = sorted((describe(m.requester_id), describe(m.requested_id)))
        anonymised.append(
            AnonymisedMeeting(
                day=m.starts_at.date().isoformat(),
                time=m.starts_at.strftime("%H:%M"),
                status=m.status.value,
                outcome=m.outcome.value if m.outcome else "",
                agreement=m.agreement_reached,
                first_type=first[0],
                first_country=first[1],
                first_sector=first[2],
                second_type=second[0],
                second_country=second[1],
                second_sector=second[2],
            )
        )
    live_triples = [(m.requester_id, m.requested_id, m.status) for m in live]
    requests = [(r.requester_id, r.requested_id) for r in request_rows]
    breakdown_args = (attendees, organisations, requests, live_triples)
    return ReportFigures(
        event_name=event.name,
        venue=event.venue,
        first_day=dates[0].isoformat() if dates else "",
        last_day=dates[-1].isoformat() if dates else "",
        days=len(dates),
        attendees=len(attendees),
        attendees_by_category=tuple(sorted(categories.items(), key=lambda kv: (-kv[1], kv[0]))),
        organisations=len({org for _, org in attendees}),
        countries=len({organisations[org].country for _, org in attendees} - {""}),
        checked_in=checked_in,
        requests=len(request_rows),
        requests_by_status=tuple((s.value, request_status.get(s, 0)) for s in RequestStatus),
        meetings=len(live),
        meetings_held=statuses.get(MeetingStatus.HELD, 0),
        meetings_no_show=statuses.get(MeetingStatus.NO_SHOW, 0),
        meetings_still_scheduled=statuses.get(MeetingStatus.SCHEDULED, 0),
        meetings_cancelled=statuses.get(MeetingStatus.CANCELLED, 0),
        walk_ins=sum(1 for m in live if m.walk_in),
        agreements=sum(1 for m in live if m.agreement_reached),
        outcomes=tuple(
            (outcome, outcomes.get(outcome, 0))
            for outcome in (*(o.value for o in MeetingOutcome), NOT_RECORDED)
        ),
        by_country=_breakdown(lambda o: o.country, *breakdown_args),
        by_sector=_breakdown(lambda o: o.sector, *breakdown_args),
        by_org_type=_breakdown(lambda o: o.org_type, *breakdown_args),
        anonymised_meetings=tuple(anonymised),
    )


def build_report(
    database: EventDatabase,
    output: str | Path,
    *,
    task: Task = NO_TASK,
    force: bool = False,
) -> ReportFigures:
    """Compute the figures and write the PDF; returns the figures for display.

    ``force`` replaces an existing file that is not a PDF (see ``services.outputs``).
    """
    check_output(output, OutputKind.PDF, protect=database, force=force)
    task.steps(0, 2)
    with database.session() as session:
        figures = compute_report_figures(session)
    task.check("The report was cancelled; no file was written.")
    task.steps(1, 2)
    with atomic_path(Path(output)) as partial:
        render_report(figures, partial, generated=dt.date.today())
    task.steps(2, 2)
    return figures
