"""The Swedish interface has no untranslated text in the main flow.

The real main window is built on the 400-attendee demo with the Swedish translators
installed; every page (each tab of it) and the main dialogs are shown, and every text a
user can see is collected: labels, buttons, group titles, tab and list items, combo box
items, table headers and the first rows of every table, window titles, menu and action
texts, placeholders, spin box suffixes, wizard titles and tooltips.

Each text must be translated: equal to a translation in the Swedish catalogue (after
filling in its ``{placeholders}``), or one of Qt's own Swedish texts, or data. What counts
as data is decided narrowly so that English cannot slip through as "data":

* no letters at all: numbers, times, ISO dates, counts, "12 / 30", "–";
* a string stored in the event database (names, organisations, countries, venue, rooms,
  e-mails…) or a person's full name built from it; not the solver's reasons, which are
  stored as facts for the window to word (an English reason in a Swedish window fails);
* a date written with the current locale's own day and month names (so an English
  "Tue 09:00" in a Swedish window is *not* data);
* file paths, e-mail addresses, keyboard shortcuts ("Ctrl+F", "F5") and the program name.

A text made of several such pieces ("Åsa Öberg · Skåne Life Science") is split at the
usual separators and each piece is judged on its own; a placeholder's filled-in value is
judged the same way, so "Markera förfrågningar (3) som accepted" is caught.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import itertools
import re
import shutil
import xml.etree.ElementTree as ET
import zoneinfo
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QModelIndex, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QSpinBox,
    QTabBar,
    QTabWidget,
    QWidget,
    QWizard,
)
from sqlalchemy import Enum, String, select

from brokerage_app.cli import build_parser
from brokerage_app.cli.gui import remember_language
from brokerage_app.demo.generator import DemoOptions
from brokerage_app.documents.i18n import table_name, texts_for
from brokerage_app.scheduling.reasons import Party, Reason, ReasonKind, describe
from brokerage_app.scheduling.solver import SolvePhase
from brokerage_app.services import imports, listings, meetings_on_the_day, people
from brokerage_app.services import schedule as schedule_service
from brokerage_app.services.demo import create_demo_database
from brokerage_app.services.event_settings import event_settings
from brokerage_app.settings import load_settings
from brokerage_app.store.database import open_database
from brokerage_app.store.models import Attendee, Base, Meeting, MeetingRequest, RequestStatus
from brokerage_app.ui import explain, formatting, i18n
from brokerage_app.ui.context import AppContext
from brokerage_app.ui.dialogs.event_settings import EventSettingsDialog
from brokerage_app.ui.dialogs.import_dialog import ImportDialog
from brokerage_app.ui.dialogs.new_event import NewEventWizard
from brokerage_app.ui.dialogs.people import AttendeeDialog, BulkEditDialog, OrganisationDialog
from brokerage_app.ui.main_window import MainWindow
from brokerage_app.ui.pages.requests import NewRequestDialog
from brokerage_app.ui.widgets.bars import BarChart
from tests.gui.conftest import DialogLog, wait_idle

CATALOGUE = Path(i18n.translations_dir()) / "brokerage_app_sv.ts"
NOT_SHOWN_AS_DATA = {"audit_log"}  # action names and details, never shown as they are
# Stored facts the window words itself: showing them as they are would be a defect.
NOT_DATA_COLUMNS = {("meeting_requests", "unscheduled_reason")}
# One stored "why not placed" fact of each kind the first rows of the tables show.
STORED_REASONS = (
    Reason(ReasonKind.SHARED_SLOTS, count=6, no_table=1, order_blocked=2, remaining=3, limit=1),
    Reason(ReasonKind.SHARED_SLOTS, count=4, remaining=4),
    Reason(ReasonKind.NO_COMMON_DAY, days_a=("2027-05-11",), days_b=("2027-05-12",)),
    Reason(ReasonKind.SLOTS_TAKEN, person=Party.A, count=8, priority=3),
    Reason(ReasonKind.SLOTS_TAKEN, person=Party.B, count=8),
    Reason(ReasonKind.MAX_MEETINGS, person=Party.B, limit=6),
    Reason(ReasonKind.NEVER_FREE_TOGETHER, count=5),
    Reason(ReasonKind.UNAVAILABLE_ALWAYS, person=Party.A),
    Reason(ReasonKind.NO_TABLE_FREE, count=2),
    Reason(ReasonKind.ORDER_BLOCKS, others=("12", "15")),
    Reason(ReasonKind.SAME_PAIR, others=("7",)),
    Reason(ReasonKind.TAKEN_OUT),
    Reason(ReasonKind.NO_COMMON_SLOT),
    Reason(ReasonKind.NOT_IN_ALLOWED_SLOTS, count=3),
    Reason(ReasonKind.ONLY_OWN_TABLES),
    Reason(ReasonKind.OUTDATED),
)
ROWS_PER_TABLE = 12  # enough rows to meet every kind of cell, few enough to stay quick
ITEMS_PER_LIST = 40
MEETINGS_TO_PLACE = 24
SEPARATORS = re.compile(r"\t| · | — | – | - |, |; |: |\s{2,}|[()\[\]“”\"«»]")
LETTER = re.compile(r"[^\W\d_]")
PATH = re.compile(r"^(?:[A-Za-z]:)?[\\/]\S*$|^\S+\.(?:sqlite|db|pdf|csv|xlsx|log)$")
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[a-z]{2,}$", re.IGNORECASE)
URL = re.compile(r"^(?:https?://|www\.)\S+$", re.IGNORECASE)
SHORTCUT = re.compile(r"^(?:(?:Ctrl|Shift|Alt|Meta)\+)*(?:[A-Z0-9]|F\d{1,2}|Del|Esc|Enter)$")
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%n|%L?\d")
COUNT = re.compile(r"\d[\d\s]*\s(\D.*)")
SOLVED = schedule_service.ScheduleOutcome(
    placed=380,
    total=402,
    placed_by_priority=(120, 160, 100),
    upper_bound=(120, 160, 110),
    moved=3,
    breaks=41,
    breaks_lower_bound=30,
    proven_optimal=False,
    seconds=30.4,
    cancelled=True,
    unscheduled=(),
)
# Written the same way in Swedish: the program's name and units.
SAME_IN_SWEDISH = {"Brokerage App", "mm", "OK", "PDF"}


def without_mnemonic(text: str) -> str:
    """ "&Arkiv" → "Arkiv", "Fish && chips" → "Fish & chips"; the shortcut after a tab goes."""
    text = text.split("\t")[0]
    return re.sub(r"&(.)", r"\1", text).strip()


def plain(text: str) -> str:
    if re.search(r"<[a-zA-Z/][^>]*>", text):
        document = QTextDocument()
        document.setHtml(text)
        return document.toPlainText()
    return text


# The catalogue -----------------------------------------------------------------------------
class Catalogue:
    """The finished Swedish translations, as exact texts and as templates."""

    def __init__(self, path: Path) -> None:
        self.texts: set[str] = set()
        self.templates: list[re.Pattern[str]] = []
        for message in ET.parse(path).getroot().iter("message"):
            translation = message.find("translation")
            assert translation is not None
            if translation.get("type") in ("unfinished", "vanished", "obsolete"):
                continue
            forms = [form.text or "" for form in translation.iter("numerusform")]
            for value in forms or [translation.text or ""]:
                self._add(without_mnemonic(value))

    def _add(self, value: str) -> None:
        if not value:
            return
        self.texts.add(value)
        # A translated piece of a longer text: " (en annan utställares monter)".
        self.texts.add(value.strip(" ()·—–:,"))
        if PLACEHOLDER.search(value):
            parts = PLACEHOLDER.split(value)
            pattern = "(.+?)".join(re.escape(part) for part in parts)
            self.templates.append(re.compile(pattern, re.DOTALL))

    def fill_ins(self, text: str) -> Iterator[list[str]]:
        """The placeholder values of every template that ``text`` fills in."""
        for template in self.templates:
            match = template.fullmatch(text)
            if match:
                yield [group.strip() for group in match.groups()]


# What counts as data --------------------------------------------------------------------------
class DataStrings:
    """Every string stored in the event database, and full names built from them."""

    def __init__(self, database_url: str) -> None:
        # IANA zone names ("Europe/Stockholm") are identifiers, shown as they are everywhere.
        self.values: set[str] = set(zoneinfo.available_timezones())
        database = open_database(database_url)
        try:
            with database.session() as session:
                for table in Base.metadata.sorted_tables:
                    if table.name in NOT_SHOWN_AS_DATA:
                        continue
                    # Enum columns hold the program's own vocabulary ("accepted"), which
                    # must be translated, so they are not data.
                    columns = [
                        c
                        for c in table.columns
                        if isinstance(c.type, String)
                        and not isinstance(c.type, Enum)
                        and (table.name, c.name) not in NOT_DATA_COLUMNS
                    ]
                    for column in columns:
                        for value in session.scalars(select(column).distinct()):
                            if isinstance(value, str) and value.strip():
                                self.values.add(value.strip())
                for attendee in session.scalars(select(Attendee)):
                    first, last = attendee.first_name, attendee.last_name
                    self.values.update({f"{first} {last}", f"{last}, {first}", attendee.full_name})
        finally:
            database.dispose()

    def __contains__(self, text: str) -> bool:
        return text in self.values


def locale_words() -> set[str]:
    """Day and month names as the current default locale writes them (all lengths)."""
    locale = QLocale()
    words: set[str] = set()
    for fmt in (QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat):
        for day in range(1, 8):
            words.add(locale.dayName(day, fmt).rstrip(".").casefold())
            words.add(locale.standaloneDayName(day, fmt).rstrip(".").casefold())
        for month in range(1, 13):
            words.add(locale.monthName(month, fmt).rstrip(".").casefold())
            words.add(locale.standaloneMonthName(month, fmt).rstrip(".").casefold())
    return words


def qt_swedish_texts() -> set[str]:
    """The texts Qt itself puts on standard buttons and wizards (translated by qtbase_sv)."""
    texts: set[str] = set()
    box = QDialogButtonBox()
    for button in QDialogButtonBox.StandardButton:
        if button not in (QDialogButtonBox.StandardButton.NoButton,):
            made = box.addButton(button)
            if made is not None:
                texts.add(without_mnemonic(made.text()))
    wizard = QWizard()
    for which in QWizard.WizardButton:
        texts.add(without_mnemonic(wizard.buttonText(which)))
    box.deleteLater()
    wizard.deleteLater()
    return {text for text in texts if text}


@dataclass(frozen=True)
class Seen:
    where: str
    text: str


class Judge:
    def __init__(
        self,
        catalogue: Catalogue,
        data: DataStrings,
        qt_texts: set[str],
    ) -> None:
        self.catalogue = catalogue
        self.data = data
        self.qt_texts = qt_texts

    @cached_property
    def date_words(self) -> set[str]:
        return locale_words()

    def is_data(self, text: str) -> bool:
        if not LETTER.search(text) or text in self.data or text in SAME_IN_SWEDISH:
            return True
        if any(p.match(text) for p in (PATH, EMAIL, URL, SHORTCUT)):
            return True
        words = re.findall(r"[^\W\d_]+", text)
        return all(word.casefold() in self.date_words for word in words)

    def is_translated(self, text: str, depth: int = 0) -> bool:
        text = text.strip()
        if not text or self.is_data(text):
            return True
        if "&" in text and self.is_translated(without_mnemonic(text), depth + 1):
            return True
        if text in self.catalogue.texts or text in self.qt_texts:
            return True
        if depth > 4:
            return False
        for fill_ins in self.catalogue.fill_ins(text):
            if all(self.is_translated(value, depth + 1) for value in fill_ins):
                return True
        counted = COUNT.fullmatch(text)  # "251 organisationer": a count, then a translated noun
        if counted and self.is_translated(counted.group(1), depth + 1):
            return True
        # Lines first, so that a translated line is judged whole before it is cut at ": ".
        lines = [line for line in text.splitlines() if line.strip()]
        if len(lines) > 1:
            return all(self.is_translated(line, depth + 1) for line in lines)
        pieces = [p for p in SEPARATORS.split(text) if p and p.strip()]
        if len(pieces) > 1:
            return all(self.is_translated(piece, depth + 1) for piece in pieces)
        return False

    def untranslated(self, seen: Iterable[Seen]) -> list[Seen]:
        found: dict[str, Seen] = {}
        for item in seen:
            if item.text not in found and not self.is_translated(item.text):
                found[item.text] = item
        return sorted(found.values(), key=lambda s: (s.where, s.text))


# Collecting what a user sees -----------------------------------------------------------------
def texts_of_widget(widget: QWidget) -> Iterator[str]:
    if widget.isWindow():
        yield widget.windowTitle()
    if widget.toolTip():
        yield plain(widget.toolTip())
    if isinstance(widget, QLabel):
        yield plain(widget.text())
    elif isinstance(widget, QAbstractButton):
        yield widget.text()
    elif isinstance(widget, QGroupBox):
        yield widget.title()
    elif isinstance(widget, QLineEdit):
        yield widget.placeholderText()
    elif isinstance(widget, QComboBox):
        for row in range(min(widget.count(), ITEMS_PER_LIST)):
            yield widget.itemText(row)
        if widget.isEditable() and widget.lineEdit() is not None:
            yield widget.lineEdit().placeholderText()
    elif isinstance(widget, QTabBar):
        for index in range(widget.count()):
            yield widget.tabText(index)
            yield widget.tabToolTip(index)
    elif isinstance(widget, (QSpinBox, QDoubleSpinBox)):
        yield widget.prefix()
        yield widget.suffix()
        yield widget.specialValueText()
    elif isinstance(widget, QAbstractSpinBox):
        yield widget.specialValueText()
    elif isinstance(widget, QWizard):
        for page_id in widget.pageIds():
            page = widget.page(page_id)
            yield page.title()
            yield page.subTitle()
    elif isinstance(widget, BarChart):  # painted, so its texts are read from its data
        yield from (name for name, _colour in widget.series)
        yield from (bar.label for bar in widget.bars)
    if isinstance(widget, QAbstractItemView) and not isinstance(widget.parent(), QComboBox):
        yield from texts_of_view(widget)


def texts_of_view(view: QAbstractItemView) -> Iterator[str]:
    if isinstance(view, QListWidget):  # its model's columnCount is private in PySide
        for row in range(min(view.count(), ITEMS_PER_LIST)):
            yield view.item(row).text()
            yield plain(view.item(row).toolTip())
        return
    model = view.model()
    if model is None:
        return
    display, tooltip = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole
    root = QModelIndex()
    columns = model.columnCount(root)
    for column in range(columns):
        yield str(model.headerData(column, Qt.Orientation.Horizontal, display) or "")
    for row in range(min(model.rowCount(root), ROWS_PER_TABLE)):
        yield str(model.headerData(row, Qt.Orientation.Vertical, display) or "")
        for column in range(columns):
            index = model.index(row, column)
            for role in (display, tooltip):
                value = model.data(index, role)
                if isinstance(value, str):
                    yield plain(value)


def texts_of_actions(window: QWidget) -> Iterator[str]:
    for action in window.findChildren(QMenu):
        yield action.title()
        for item in action.actions():
            yield item.text()
            # Qt makes a tooltip from the text (no "&", no "…") unless one was set.
            made_up = without_mnemonic(item.text()).removesuffix("…").removesuffix("...")
            if item.toolTip() and item.toolTip() != made_up:
                yield item.toolTip()


def collect(root: QWidget, where: str) -> list[Seen]:
    """Every text visible in ``root`` now, each tab of its tab widgets shown in turn."""
    seen: list[Seen] = []

    def visible_texts(label: str) -> None:
        QApplication.processEvents()
        for widget in [root, *root.findChildren(QWidget)]:
            if widget.isVisible():
                seen.extend(
                    Seen(f"{label} › {type(widget).__name__}", text)
                    for text in texts_of_widget(widget)
                    if text
                )

    visible_texts(where)
    for tabs in root.findChildren(QTabWidget):
        if not tabs.isVisible():
            continue
        current = tabs.currentIndex()
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            visible_texts(f"{where} › {without_mnemonic(tabs.tabText(index))}")
        tabs.setCurrentIndex(current)
    return seen


# The demo event, made once for the module -----------------------------------------------------
@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The 400-attendee demo with some meetings placed and the schedule published."""
    path = tmp_path_factory.mktemp("swedish") / "demo-400.sqlite"
    database = create_demo_database(path, DemoOptions(attendees=400, seed=11))
    try:
        with database.session() as session:
            accepted = session.scalars(
                select(MeetingRequest.id)
                .where(MeetingRequest.status == RequestStatus.ACCEPTED)
                .order_by(MeetingRequest.id)
                .limit(MEETINGS_TO_PLACE * 2)
            ).all()
            placed = 0
            for request_id in accepted:
                free = _first_free_place(session, request_id)
                if free is not None and placed < MEETINGS_TO_PLACE:
                    schedule_service.place_request(session, request_id, *free)
                    placed += 1
        schedule_service.publish(database)
        with database.session() as session:
            # One placed meeting no longer fits (its delegate now arrives a minute after it
            # starts): the schedule page shows the conflict banner and a red cell.
            meeting = session.scalars(select(Meeting).order_by(Meeting.id)).first()
            person = people.get_attendee(session, meeting.request.requester_id)
            data = people.attendee_input(person)
            data.arrival = meeting.slot.starts_at + dt.timedelta(minutes=1)
            data.departure = None
            people.update_attendee(session, person.id, data)
            # Why the others are not placed, as a solve stores it: facts of every kind.
            unplaced = session.scalars(
                select(MeetingRequest)
                .where(
                    MeetingRequest.status == RequestStatus.ACCEPTED,
                    MeetingRequest.id.not_in(select(Meeting.request_id)),
                )
                .order_by(MeetingRequest.id)
            ).all()
            for request, reason in zip(unplaced, itertools.cycle(STORED_REASONS)):
                request.unscheduled_reason = reason.to_json()
    finally:
        database.dispose()
    return path


def _first_free_place(session, request_id: int) -> tuple[int, int] | None:  # type: ignore[no-untyped-def]
    request = session.get(MeetingRequest, request_id)
    reasons = schedule_service._placement_reasons(session, request, None)
    return next((place for place, reason in sorted(reasons.items()) if not reason), None)


@pytest.fixture
def swedish_window(qtbot, swedish, dialogs: DialogLog, demo_template: Path, tmp_path: Path):  # type: ignore[no-untyped-def]
    QCoreApplication.setOrganizationName("brokerage-app-tests")
    path = tmp_path / "demo.sqlite"
    shutil.copy(demo_template, path)
    context = AppContext()
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    window.app_actions.open_location(str(path))
    qtbot.waitUntil(lambda: context.is_open, timeout=30_000)
    wait_idle(qtbot, window)
    yield window
    context.close_event()


def show_dialog(qtbot, dialog: QDialog, where: str, steps: Callable[[], None] | None = None):  # type: ignore[no-untyped-def]
    qtbot.addWidget(dialog)
    dialog.show()
    seen = collect(dialog, where)
    if steps is not None:
        steps()
        seen += collect(dialog, where)
    dialog.reject()
    return seen


def walk(qtbot, window: MainWindow) -> list[Seen]:  # type: ignore[no-untyped-def]
    """Every page of the main flow and the main dialogs, as a Swedish user meets them."""
    seen: list[Seen] = []
    for key in ("dashboard", "attendees", "requests", "schedule", "print", "checkin"):
        page = window.show_page(key)
        wait_idle(qtbot, window)
        if key == "requests":
            page.people.setCurrentRow(0)  # the "by attendee" list shows someone's requests
        if key == "schedule":
            page._solved(SOLVED)  # the summary a solve leaves, stopped early
            wait_idle(qtbot, window)
            meeting = page._data.grid.meetings[0]  # someone with meetings: their agenda
            page.person.setCurrentIndex(page.person.findData(meeting.attendee_a))
            wait_idle(qtbot, window)
        if key == "print":
            for document in ("badges", "agendas", "table_sheets", "table_signs"):
                page.select_document(document)
                seen += collect(page, f"print › {document}")
            continue
        if key == "checkin":
            page.scan_code("not-a-badge")
            wait_idle(qtbot, window)
        seen += collect(page, key)
    seen += collect(window, "main window")
    seen += [Seen("menus", text) for text in texts_of_actions(window)]

    attendees = window.page("attendees")
    choices = window.context.read(listings.edit_choices)
    first = attendees.attendee_model.rows()[0]

    def read(session):  # type: ignore[no-untyped-def]
        from brokerage_app.services import people

        attendee = people.get_attendee(session, first.id)
        return people.attendee_input(
            attendee
        ), attendee.own_table.id if attendee.own_table else None

    data, own = window.context.read(read)
    editor = AttendeeDialog(choices, data, own_table_id=own, attendee_id=first.id, parent=window)
    seen += show_dialog(qtbot, editor, "attendee editor")
    seen += show_dialog(qtbot, AttendeeDialog(choices, parent=window), "new attendee")
    seen += show_dialog(qtbot, OrganisationDialog(parent=window), "organisation editor")
    seen += show_dialog(
        qtbot, BulkEditDialog(choices, 3, lambda _edit: None, parent=window), "bulk edit"
    )
    seen += show_dialog(qtbot, NewRequestDialog(choices, window), "new request")

    settings = window.context.read(event_settings)
    seen += show_dialog(
        qtbot, EventSettingsDialog(settings, choices.attendees, window), "event settings"
    )

    wizard = NewEventWizard(window)
    seen += show_dialog(qtbot, wizard, "new-event wizard", lambda: _every_wizard_page(wizard))
    seen += _import_dialog(qtbot, window)
    seen += _data_dialogs(qtbot, window)

    window.context.close_event()
    wait_idle(qtbot, window)
    seen += collect(window, "start page")
    return seen


def _every_wizard_page(wizard: NewEventWizard) -> None:
    wizard.event_page.name.setText("Nordic Health Brokerage")
    for _ in wizard.pageIds()[1:]:
        wizard.next()
        QApplication.processEvents()


def _import_dialog(qtbot, window: MainWindow) -> list[Seen]:  # type: ignore[no-untyped-def]
    dialog = ImportDialog(window.context, imports.preview_import, imports.run_import, window)
    return show_dialog(qtbot, dialog, "import dialog")


def _data_dialogs(qtbot, window: MainWindow) -> list[Seen]:  # type: ignore[no-untyped-def]
    """The dialogs of the File and Schedule menus that stand for CLI commands."""
    from brokerage_app.services.backups import backup_event, list_backups
    from brokerage_app.ui.dialogs import data as data_dialogs

    database = window.context.require_database()
    folder = database.file_path.parent
    backup_event(database, "manual")
    people = window.context.read(listings.attendee_rows)
    actions = window.app_actions.data
    export = data_dialogs.ExportDialog(data_dialogs.ExportKind.ATTENDEES, folder, window)
    seen = show_dialog(
        qtbot,
        export,
        "export dialog",
        lambda: export.what.setCurrentIndex(
            export.what.findData(data_dialogs.ExportKind.CALENDARS)
        ),
    )
    backups = data_dialogs.BackupsDialog(
        folder, list_backups(database), lambda: None, lambda _path: None, window
    )
    seen += show_dialog(qtbot, backups, "backups dialog")
    seen += show_dialog(
        qtbot, data_dialogs.CopyEventDialog(folder / "copy.sqlite", window), "copy dialog"
    )
    person = data_dialogs.PersonExportDialog(people, folder, window)
    seen += show_dialog(qtbot, person, "person export", lambda: person.person.setCurrentIndex(0))
    meeting = window.context.read(lambda s: s.scalar(select(Meeting.id).limit(1)))
    outcome = data_dialogs.MeetingOutcomeDialog(
        lambda number: window.context.read(
            lambda s: meetings_on_the_day.get_meeting_state(s, number)
        ),
        meeting,
        lambda _a, _b: None,
        window,
    )
    seen += show_dialog(qtbot, outcome, "meeting outcome")
    walk_in = data_dialogs.WalkInDialog(people, actions.find_walk_in, actions.book_walk_in, window)

    def find() -> None:
        walk_in.person_a.setCurrentIndex(0)
        walk_in.person_b.setCurrentIndex(1)
        walk_in.find_places()

    seen += show_dialog(qtbot, walk_in, "walk-in", find)
    return seen


# Tests ---------------------------------------------------------------------------------------
def test_swedish_main_flow_has_no_untranslated_text(
    qtbot, swedish_window: MainWindow, demo_template: Path
) -> None:
    location = Path(swedish_window.context.location or "")
    seen = walk(qtbot, swedish_window)
    assert len({s.text for s in seen}) > 150, "the walk saw too little to prove anything"
    assert any("placerade möten passar inte längre" in s.text for s in seen), "no conflict seen"
    # Data as the walk left it (the desk's scans are stored too), and the file itself.
    data = DataStrings(str(location))
    data.values.update({str(location), location.stem})
    judge = Judge(Catalogue(CATALOGUE), data, qt_swedish_texts())
    offending = judge.untranslated(seen)
    report = "\n".join(f"  {s.where}: {s.text!r}" for s in offending)
    assert not offending, f"{len(offending)} untranslated text(s) in the Swedish UI:\n{report}"


def test_swedish_catalogue_and_qt_texts_are_installed(qapp, swedish) -> None:  # type: ignore[no-untyped-def]
    translate = QCoreApplication.translate
    assert translate("MainWindow", "&File") == "&Arkiv"
    # A tr() in a base class runs under the subclass's name; the fallback still finds it.
    assert translate("AttendeesPage", "Loading {page}") == "Läser in {page}"
    assert i18n.enum_label(RequestStatus.ACCEPTED) == "Accepterad"
    assert "Avbryt" in qt_swedish_texts()
    # Texts the catalogue lacks go on to Qt's own translator, or stay as they are.
    assert translate("QPlatformTheme", "&Yes") == "&Ja"
    assert QWizard().buttonText(QWizard.WizardButton.NextButton) == "&Nästa >"
    assert translate("Nowhere", "Not in any catalogue") == "Not in any catalogue"
    assert QLocale().language() == QLocale.Language.Swedish


def test_judge_catches_english_and_accepts_data(qapp, swedish, demo_template: Path) -> None:  # type: ignore[no-untyped-def]
    """The filter itself: it must not wave English through as data."""
    data = DataStrings(str(demo_template))
    judge = Judge(Catalogue(CATALOGUE), data, qt_swedish_texts())
    a_name = next(v for v in data.values if " " in v and LETTER.search(v))
    for english in ("Attendees", "Tue 09:00", "Markera förfrågningar (3) som accepted", "Welcome"):
        assert not judge.is_translated(english), english
    for fine in ("Deltagare", "tis 09:00", "Läser in Deltagare", "12 / 400", a_name, "Ctrl+F"):
        assert judge.is_translated(fine), fine
    assert not judge.is_translated(f"{a_name} · Delegate")
    # The solver's reasons are stored facts, not data: their English wording is caught, the
    # window's own wording of the same fact passes, and so does its summary of a solve.
    for reason in STORED_REASONS:
        english = describe(reason, a_name, a_name)
        assert not judge.is_translated(english), english
        swedish = explain.reason_text(reason, a_name, a_name)
        assert judge.is_translated(swedish), swedish
    assert judge.is_translated(explain.solve_summary(SOLVED))


def test_dates_times_and_numbers_follow_the_swedish_locale(qapp, swedish) -> None:  # type: ignore[no-untyped-def]
    moment = dt.datetime(2027, 5, 11, 9, 20)
    assert i18n.format_date(moment, QLocale.FormatType.LongFormat) == "tisdag 11 maj 2027"
    assert i18n.format_date(moment) == "2027-05-11"
    assert i18n.format_time(moment) == "09:20"
    assert formatting.day_time(moment) == "tis 09:20"
    assert formatting.date_day_time(moment) == "tis 11 maj 09:20"
    assert i18n.format_time_range(moment, moment + dt.timedelta(minutes=20)) == "09:20–09:40"
    assert i18n.format_number(12345) == "12\N{NO-BREAK SPACE}345"
    assert i18n.format_number(2.5, 1) == "2,5"


def test_switching_back_to_english_removes_the_translation(qapp, swedish) -> None:  # type: ignore[no-untyped-def]
    assert QCoreApplication.translate("MainWindow", "&File") == "&Arkiv"
    assert i18n.install_translators(qapp, "en") == []
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"
    assert QLocale().language() == QLocale.Language.English
    assert i18n.install_translators(qapp, "sv_SE")
    assert QCoreApplication.translate("MainWindow", "&File") == "&Arkiv"


def test_language_choice_from_the_setting() -> None:
    assert i18n.choose_language("sv") == "sv"
    assert i18n.choose_language("sv_FI") == "sv"
    assert i18n.choose_language("EN-gb") == "en"
    # Unsupported or empty: the system's language if we have it, else English.
    assert i18n.choose_language("de") in i18n.SUPPORTED_LANGUAGES
    assert i18n.choose_language("") in i18n.SUPPORTED_LANGUAGES


def test_language_option_is_remembered_for_the_window() -> None:
    args = build_parser().parse_args(["--language", "sv"])
    remember_language(args.language)
    assert load_settings().language == "sv"
    remember_language("system")
    assert load_settings().language == ""
    remember_language(None)  # no option: the setting stays as it is
    assert load_settings().language == ""


def _catalogue_script():  # type: ignore[no-untyped-def]
    path = Path(__file__).resolve().parents[2] / "packaging" / "update_translations.py"
    spec = importlib.util.spec_from_file_location("update_translations", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_compiled_catalogue_matches_the_ts(qapp, swedish) -> None:  # type: ignore[no-untyped-def]
    """The committed .qm holds every translation of the .ts (lrelease was not forgotten)."""
    checked = 0
    for context in ET.parse(CATALOGUE).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if message.get("numerus") == "yes" or translation is None or not translation.text:
                continue
            source = message.findtext("source") or ""
            shown = QCoreApplication.translate(name, source, message.findtext("comment"))
            assert shown == translation.text, f"{name}: {source!r}"
            checked += 1
    assert checked > 300


def test_every_text_in_the_code_is_in_the_catalogue(tmp_path: Path) -> None:
    """lupdate over today's code finds nothing the Swedish catalogue lacks."""
    script = _catalogue_script()
    script.TRANSLATIONS = tmp_path
    shutil.copy(CATALOGUE, tmp_path / CATALOGUE.name)
    script.run_lupdate("sv")
    missing = script.unfinished("sv")
    assert not missing, "run packaging/update_translations.py and translate:\n" + "\n".join(missing)


def test_printed_table_names_follow_the_attendees_language() -> None:
    swedish, english = texts_for("sv"), texts_for("en")
    assert table_name("Table 7", swedish) == "Bord 7"
    assert table_name("Table 7", english) == "Table 7"
    assert table_name("Booth 1", swedish) == "Booth 1"  # the organiser's own label stays
    assert table_name("Table by the window", swedish) == "Table by the window"


def test_solve_progress_names_every_solver_phase_in_swedish(
    qtbot, swedish_window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    schedule = swedish_window.show_page("schedule")
    data = DataStrings(str(swedish_window.context.location or ""))
    judge = Judge(Catalogue(CATALOGUE), data, qt_swedish_texts())
    texts = {}
    for phase in SolvePhase:
        schedule._solve_progress(
            schedule_service.SolveProgressInfo(
                phase,
                placed=3,
                placeable_bound=5,
                total=6,
                breaks=1,
                breaks_lower_bound=0,
                elapsed=2.0,
            )
        )
        texts[phase] = schedule.task_panel.message.text()
        assert judge.is_translated(texts[phase]), texts[phase]
    assert len(set(texts.values())) == len(SolvePhase)  # each phase its own words
