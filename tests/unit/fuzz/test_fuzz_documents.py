"""Fuzz: markup and reportlab exploits in every text of an event print as plain text.

Every text field that reaches a document (names, job title, organisation, sector, type,
country, request notes, event name, venue, organiser, day, session, break, room and table
names) is filled with reportlab markup, and with a CVE-2023-33733-style payload (code in a
``<font color>`` attribute, which old reportlab versions evaluated). Every document is
printed: badges, personal agendas, table sheets, the after-event report, a reissued badge.
Each must be written, show the payload literally, and nothing may run: the payload would
create a marker file.
"""

from __future__ import annotations

import re
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import Phase, example, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st
from sqlalchemy import update

from brokerage_app.services.checkin import reissue_badge
from brokerage_app.services.printing import print_agendas, print_badges, print_table_sheets
from brokerage_app.services.report import build_report
from brokerage_app.store.database import EventDatabase, copy_event_file, open_database
from brokerage_app.store.models import (
    Attendee,
    Event,
    EventDay,
    MeetingRequest,
    MeetingSession,
    MeetingTable,
    Organisation,
    Room,
    SessionBreak,
)
from tests.unit.documents.conftest import page_texts
from tests.unit.documents.scheduled_event import schedule_greedily
from tests.unit.fuzz.rules import FUZZ

MARKER = "brokerage-pwned"


def cve_payload(marker: Path) -> str:
    """The shape of the CVE-2023-33733 proof of concept: code smuggled in a colour."""
    return (
        "<para><font color=\"[ [ getattr(pow, Word('__globals__'))['os'].system('touch "
        f"{marker}') for Word in [ orgTypeFun('Word', (str,), {{ 'mutated': 1, "
        "'startswith': lambda self, x: 1 == 0, '__eq__': lambda self, x: self.mutate() and "
        "self.mutated < 0 and str(self) == x, 'mutate': lambda self: { setattr(self, "
        "'mutated', self.mutated - 1) }, '__hash__': lambda self: hash(str(self)) }) ] ] for "
        "orgTypeFun in [type(type(1))] ] and 'red'\">exploit</font></para>"
    )


FRAGMENTS = (
    "<b>",
    "</b>",
    "<i>",
    "<font size=40 color=red>",
    "</font>",
    '<font color="zzz">',
    "<para>",
    "</para>",
    "<br/>",
    "<img src='x.png'/>",
    "<a href='x'>",
    "&",
    "&amp;",
    "&lt;",
    "&#60;",
    "<![CDATA[",
    "]]>",
    "<",
    ">",
    "<super>",
    "<strike>",
)
payloads = st.lists(
    st.sampled_from(FRAGMENTS) | st.text(alphabet="abcXYZ", min_size=1, max_size=4),
    min_size=1,
    max_size=4,
).map("".join)

# Which printed document must show each field in full (others may shorten or omit it).
SHOWN_IN = {
    "report": ("event_name", "venue", "sector", "org_type"),
    "agendas": ("event_name", "first_name", "last_name", "organisation"),
    "table_sheets": ("event_name", "first_name", "last_name", "organisation", "table"),
}


@pytest.fixture(scope="module")
def base_event(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    from brokerage_app.demo.generator import DemoOptions
    from brokerage_app.services.demo import create_demo_database

    path = tmp_path_factory.mktemp("fuzz-documents") / "base.sqlite"
    database = create_demo_database(path, DemoOptions(attendees=20, seed=5))
    schedule_greedily(database)
    database.dispose()
    yield path


def _fill(database: EventDatabase, text: dict[str, str]) -> None:
    with database.session() as session:
        session.execute(
            update(Event).values(
                name=text["event_name"], venue=text["venue"], organiser_name=text["other"]
            )
        )
        session.execute(update(EventDay).values(label=text["other"]))
        session.execute(update(MeetingSession).values(name=text["other"]))
        session.execute(update(SessionBreak).values(name=text["other"]))
        session.execute(update(Room).values(name=text["room"]))
        session.execute(update(MeetingTable).values(label=text["table"]))
        session.execute(
            update(Organisation).values(
                name=text["organisation"],
                sector=text["sector"],
                org_type=text["org_type"],
                country=text["country"],
            )
        )
        session.execute(
            update(Attendee).values(
                first_name=text["first_name"],
                last_name=text["last_name"],
                badge_name="",
                job_title=text["other"],
                profile=text["other"],
            )
        )
        session.execute(update(MeetingRequest).values(note=text["other"]))


def _squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


SHORTEST_SHOWN = 6  # characters a shortened box still shows before its ellipsis


def _printed_literally(value: str, printed: str) -> bool:
    """``value`` is in ``printed`` as text: whole, or shortened to a start and an ellipsis.

    Boxes that shorten long text (table sheets, agenda headers) show the value's first
    characters, markup included, then "…": that is still the text, not markup obeyed.
    """
    value = _squeeze(value)
    if value in printed:
        return True
    return any(
        value[:length] + "…" in printed for length in range(len(value) - 1, SHORTEST_SHOWN - 1, -1)
    )


def _print_everything(database: EventDatabase, folder: Path) -> dict[str, str]:
    print_badges(database, folder / "badges.pdf")
    print_agendas(database, folder / "agendas.pdf")
    print_table_sheets(database, folder / "table_sheets.pdf")
    build_report(database, folder / "report.pdf")
    with database.session() as session:
        attendee_id = session.query(Attendee.id).first()[0]
        reissue_badge(session, attendee_id, actor="test")
    print_badges(database, folder / "reissued.pdf", attendee_ids=[attendee_id])
    return {
        name: _squeeze("".join(page_texts(folder / f"{name}.pdf")))
        for name in ("badges", "agendas", "table_sheets", "report", "reissued")
    }


def _check(base_event: Path, choose, shown_in=SHOWN_IN) -> None:  # type: ignore[no-untyped-def]
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        marker = folder / MARKER
        text = choose(marker)
        copy_event_file(base_event, folder / "event.sqlite")
        database = open_database(folder / "event.sqlite")
        try:
            _fill(database, text)
            printed = _print_everything(database, folder)
        finally:
            database.dispose()
        assert not marker.exists(), "a payload ran"
        assert sorted(p.name for p in folder.iterdir()) == [
            "agendas.pdf",
            "badges.pdf",
            "event.sqlite",
            "reissued.pdf",
            "report.pdf",
            "table_sheets.pdf",
        ]
        for document, fields in shown_in.items():
            for field in fields:
                assert _printed_literally(text[field], printed[document]), (document, field)


FIELDS = (
    "event_name",
    "venue",
    "sector",
    "org_type",
    "first_name",
    "last_name",
    "organisation",
    "room",
    "table",
    "country",
    "other",
)


# Each example prints five documents (a second or two): fewer examples than other fuzzers.
# Shrinking would print thousands more: the failing example is readable as it is.
@hypothesis_settings(
    FUZZ,
    max_examples=max(10, FUZZ.max_examples // 10),
    phases=(Phase.explicit, Phase.reuse, Phase.generate),
)
@given(st.fixed_dictionaries({field: payloads for field in FIELDS}))
@example({field: "<font size=40 color=red>" for field in FIELDS})
def test_markup_in_every_field_prints_literally(base_event, text) -> None:  # type: ignore[no-untyped-def]
    _check(base_event, lambda _marker: text)


def test_a_cve_2023_33733_payload_prints_as_text_and_runs_nothing(base_event) -> None:  # type: ignore[no-untyped-def]
    def everywhere(marker: Path) -> dict[str, str]:
        payload = cve_payload(marker)
        # Names and rooms are shown in boxes that shorten long text; give them the start.
        short = payload[:40]
        return {
            **{field: payload for field in FIELDS},
            **{field: short for field in ("first_name", "last_name", "organisation")},
            **{field: short for field in ("room", "table")},
        }

    # Long texts are shortened with an ellipsis on agenda headers and badges; the report
    # shows them whole, and the boxes show the start of the shortened fields in full.
    _check(
        base_event,
        everywhere,
        {
            "report": ("event_name", "venue", "sector", "org_type"),
            "agendas": ("first_name", "last_name", "organisation"),
            "table_sheets": ("first_name", "last_name", "organisation"),
        },
    )
