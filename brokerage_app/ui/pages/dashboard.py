"""The dashboard: where the event stands, from registrations to the check-in desk."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from brokerage_app.domain.changes import Topic
from brokerage_app.services import checkin, listings, schedule_check
from brokerage_app.services import requests as request_service
from brokerage_app.services.events import EventCounts, event_counts
from brokerage_app.services.listings import CountryStats
from brokerage_app.store.database import EventDatabase
from brokerage_app.ui import conflicts, formatting, labels
from brokerage_app.ui.context import AppContext
from brokerage_app.ui.pages.base import Page
from brokerage_app.ui.widgets.bars import Bar, BarChart
from brokerage_app.ui.widgets.common import StatCard

ACCEPTED_COLOUR = "#9bb8e8"
MEETING_COLOUR = "#2b6cb0"


@dataclass(frozen=True)
class DashboardData:
    counts: EventCounts
    countries: list[CountryStats]
    checkin: checkin.CheckinStats | None
    unplaced: int
    schedule: schedule_check.ScheduleState | None = None


def load_dashboard(database: EventDatabase) -> DashboardData:
    with database.session() as session:
        counts = event_counts(session)
        rows = request_service.list_requests(session)
        summary = request_service.request_counts(rows)
        stats = checkin.checkin_stats(session)
        return DashboardData(
            counts,
            listings.country_stats(session),
            stats,
            summary.accepted_unscheduled,
            schedule_check.schedule_state(session),
        )


class DashboardPage(Page):
    topics = frozenset(Topic)
    settings_requested = Signal()  # the main window's "Event settings…" action

    def __init__(self, context: AppContext) -> None:
        super().__init__(context, self.tr("Dashboard"), "")
        # The main window's action: the dialog and its undoable edit live there.
        self.header.add_button(self.tr("Event settings…"), self.settings_requested.emit)
        self.attendees = StatCard(self.tr("Attendees"))
        self.requests = StatCard(self.tr("Accepted requests"))
        self.meetings = StatCard(self.tr("Meetings placed"))
        self.checked_in = StatCard(self.tr("Checked in today"))
        cards = QGridLayout()
        cards.setHorizontalSpacing(12)
        for column, card in enumerate(
            (self.attendees, self.requests, self.meetings, self.checked_in)
        ):
            cards.addWidget(card, 0, column)

        self.next_step = QLabel()
        self.next_step.setObjectName("banner")
        self.next_step.setWordWrap(True)

        self.country_chart = BarChart(
            [
                (self.tr("Accepted requests"), ACCEPTED_COLOUR),
                (self.tr("Meetings placed"), MEETING_COLOUR),
            ]
        )
        self.category_chart = BarChart(
            [(self.tr("Expected today"), ACCEPTED_COLOUR), (self.tr("Checked in"), MEETING_COLOUR)]
        )
        charts = QGridLayout()
        charts.setHorizontalSpacing(16)
        for column, (title, chart) in enumerate(
            (
                (self.tr("Meetings by country (attendee's organisation)"), self.country_chart),
                (self.tr("Check-in by badge category"), self.category_chart),
            )
        ):
            frame = QFrame()
            frame.setObjectName("panel")
            box = QVBoxLayout(frame)
            heading = QLabel(title)
            heading.setObjectName("sectionTitle")
            box.addWidget(heading)
            box.addWidget(chart)
            box.addStretch()
            charts.addWidget(frame, 0, column)
        charts.setColumnStretch(0, 3)
        charts.setColumnStretch(1, 2)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(cards)
        layout.addSpacing(12)
        layout.addWidget(self.next_step)
        layout.addSpacing(12)
        layout.addLayout(charts)
        layout.addStretch()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        self.stack.addWidget(scroll)

    def load(self, database: EventDatabase) -> DashboardData:
        return load_dashboard(database)

    def apply(self, result: DashboardData) -> None:
        c = result.counts
        days = f"{c.first_day} – {c.last_day}" if c.days > 1 else c.first_day
        self.header.title.setText(c.name)
        self.header.subtitle.setText(
            self.tr("{venue} · {days} · {tables} tables in {rooms} room(s) · {slots} slots").format(
                venue=c.venue or self.tr("venue not set"),
                days=days,
                tables=c.tables,
                rooms=c.rooms,
                slots=c.slots,
            )
        )
        accepted = c.requests_by_status.get("accepted", 0)
        pending = c.requests_by_status.get("pending", 0)
        placed = c.meetings_by_status.get("scheduled", 0) + c.meetings_by_status.get("held", 0)
        self.attendees.set(
            f"{c.attendees:,}",
            self.tr("{orgs} organisations from {countries} countries").format(
                orgs=c.organisations, countries=c.countries
            ),
        )
        self.requests.set(f"{accepted:,}", self.tr("{p} still pending").format(p=pending))
        share = f"{100 * placed / accepted:.0f} %" if accepted else "–"
        self.meetings.set(
            f"{placed:,}",
            self.tr("{share} of accepted · {unplaced} not placed · {state}").format(
                share=share,
                unplaced=result.unplaced,
                state=self.tr("published") if c.published else self.tr("not published"),
            ),
        )
        stats = result.checkin
        if stats is not None:
            self.checked_in.set(
                f"{stats.checked_in} / {stats.expected}",
                self.tr("expected on {day}").format(day=formatting.long_day(stats.day)),
            )
            self.category_chart.set_bars(
                [
                    Bar(
                        labels.category(x.category.value),
                        (x.expected, x.checked_in),
                    )
                    for x in stats.by_category
                ]
            )
        self.country_chart.set_bars(
            [Bar(s.country, (s.accepted_requests, s.meetings)) for s in result.countries[:15]]
        )
        state = result.schedule
        if state is not None and not state.check.valid:
            # Before any next step: the schedule on file no longer fits the event.
            self.next_step.setObjectName("warningBanner")
            text = conflicts.summary(state.check)
            if state.changed_since_solve:
                text += "\n" + conflicts.changed_since_solve()
            self.next_step.setText(text)
        else:
            self.next_step.setObjectName("banner")
            self.next_step.setText(self._next_step(c, accepted, pending, placed))
        self.next_step.style().unpolish(self.next_step)
        self.next_step.style().polish(self.next_step)

    def _next_step(self, c: EventCounts, accepted: int, pending: int, placed: int) -> str:
        if not c.attendees:
            return self.tr(
                "Next: add attendees or import the registration spreadsheet (Attendees page)."
            )
        if not accepted and not pending:
            return self.tr("Next: import or enter meeting requests (Requests page).")
        if pending:
            return self.tr(
                "Next: {n} requests wait for an answer; accept or decline them on the Requests page."
            ).format(n=pending)
        if not placed:
            return self.tr("Next: solve the schedule (Schedule page, F5).")
        if not c.published:
            return self.tr("Next: check the schedule, then publish it and print the agendas.")
        return self.tr(
            "The schedule is published. Print badges and agendas, then run the check-in desk."
        )
