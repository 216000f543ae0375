"""The Requests page: its status filter shows exactly the requests of the chosen status."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from brokerage_app.store.models import MeetingRequest, RequestStatus
from brokerage_app.ui import labels
from brokerage_app.ui.main_window import MainWindow
from tests.gui.conftest import wait_idle


@pytest.fixture
def every_status(qtbot, opened: MainWindow) -> MainWindow:  # type: ignore[no-untyped-def]
    """The demo event with at least two requests of every status."""
    with opened.context.database.session() as session:
        requests = session.scalars(select(MeetingRequest).order_by(MeetingRequest.id)).all()
        for index, request in enumerate(requests[:8]):
            request.status = list(RequestStatus)[index % len(RequestStatus)]
    opened.context.notify("requests")
    wait_idle(qtbot, opened)
    return opened


@pytest.mark.parametrize("status", list(RequestStatus))
def test_status_filter_shows_the_requests_of_that_status(
    qtbot, every_status: MainWindow, status: RequestStatus
) -> None:  # type: ignore[no-untyped-def]
    page = every_status.show_page("requests")
    wait_idle(qtbot, every_status)
    expected = sorted(r.id for r in page.model.all_rows() if r.status is status)
    assert len(expected) >= 2
    page.status_filter.setCurrentIndex(page.status_filter.findText(labels.request_status(status)))
    shown = sorted(page.proxy.row_at(i).id for i in range(page.proxy.rowCount()))
    assert shown == expected
    page.status_filter.setCurrentIndex(0)
    assert page.proxy.rowCount() == len(page.model.all_rows())
