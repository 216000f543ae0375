"""The organiser's walk: from File > New event to printed agendas and badges, through the
real window only, on data another platform wrote (``walk_data.py``).

    nice -n 19 xvfb-run -a -s "-screen 0 1600x1000x24" \\
        uv run python -m tests.benchmarks.gui.walk [OUT_DIR] [--swedish]

Run on demand (not part of the test suite). A script acts as the user: QTest clicks and key
presses on the window's menus, buttons, tables and dialogs (File > New event, Schedule >
Event settings, File > Import, the Requests page's Import and Accept, Solve with a 10 s
limit, Schedule > Publish, File > Print and Save PDF in the file dialog). Nothing calls a
service directly. Each step is timed on the wall clock and grabbed as a PNG in OUT_DIR; every
message box the window shows is logged with its text; the PDFs land in OUT_DIR too, and the
pages with the hard names are rendered with ``pdftoppm -r 60``. The report (walk.json and
the console) lists the times, the columns and words the organiser had to map by hand, the
import problems and the messages.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QPoint, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLineEdit,
    QMessageBox,
    QTabWidget,
    QWidget,
    QWizard,
)

from tests.benchmarks.gui import walk_data

SOLVE_SECONDS = 10
# What the organiser knows the platform's columns and words mean, where the window does not.
HAND_COLUMNS = {
    "attendees": {
        "Attendee no.": "external_id",
        "Ticket type": "badge_category",
        "Attending": "attendance",
        "Share my contact details": "consent_share_contact",
    },
    "requests": {
        "Sender e-mail": "requester",
        "Recipient e-mail": "requested",
        "Importance": "priority",
        "Message": "note",
    },
}
HAND_VALUES = {
    ("badge_category", "Full pass"): "delegate",
    ("badge_category", "Speaker"): "delegate",
    ("priority", "Must meet"): "3",
    ("priority", "Would like to meet"): "2",
    ("priority", "If time allows"): "1",
}
HARD_NAMES = ("Müller-Lüdenscheidt", "王", "الزهراء", "Παπαδόπουλος", "Żółć-Grzęślewicz")


class Walk:
    def __init__(self, out: Path) -> None:
        self.out = out
        self.times: list[tuple[str, float]] = []
        self.messages: list[dict[str, str]] = []
        self.hand: list[str] = []
        self.problems: dict[str, list[str]] = {}
        self.summaries: dict[str, str] = {}
        self._watchers: list[QTimer] = []
        self.current = "start"
        self.shot_number = 0

    # Waiting and looking ----------------------------------------------------------------
    @staticmethod
    def pump(seconds: float = 0.05) -> None:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            QCoreApplication.processEvents()
            time.sleep(0.005)

    def wait(self, condition: Callable[[], bool], what: str, timeout: float = 180.0) -> None:
        deadline = time.monotonic() + timeout
        while not condition():
            if time.monotonic() > deadline:
                self.shot(QApplication.activeWindow() or self.window, f"timeout-{what}")
                raise TimeoutError(f"the window did not get there in time: {what}")
            QCoreApplication.processEvents()
            time.sleep(0.01)

    def idle(self) -> None:
        self.wait(lambda: self.window.context.tasks.active == 0, "idle")
        self.pump(0.2)

    def shot(self, widget: QWidget | None, name: str) -> Path:
        self.shot_number += 1
        path = self.out / f"{self.shot_number:02d}-{name}.png"
        if widget is not None:
            widget.grab().save(str(path))
        return path

    def step(self, name: str, action: Callable[[], None]) -> None:
        self.current = name
        started = time.monotonic()
        action()
        seconds = time.monotonic() - started
        self.times.append((name, seconds))
        print(f"{name}: {seconds:.1f} s", flush=True)

    # Acting ----------------------------------------------------------------------------
    @staticmethod
    def click(widget: QWidget) -> None:
        QTest.mouseClick(widget, Qt.MouseButton.LeftButton)

    @staticmethod
    def type_into(edit: QWidget, text: str) -> None:
        edit.setFocus()
        QTest.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        QTest.keyClick(edit, Qt.Key.Key_Delete)
        for char in text:  # QTest.keyClicks knows ASCII keys only; the rest go as text
            if char.isascii():
                QTest.keyClick(edit, char)
            else:
                QTest.sendKeyEvent(
                    QTest.KeyAction.Click, edit, Qt.Key.Key_unknown, char,
                    Qt.KeyboardModifier.NoModifier,
                )  # fmt: skip

    @staticmethod
    def tick(box: QAbstractButton) -> None:
        """Click a check box on its box (its centre may be empty space beside the text)."""
        QTest.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))

    @staticmethod
    def shown(context: str, text: str) -> str:
        """``text`` as the window shows it in the walk's language (without the & mark)."""
        return QCoreApplication.translate(context, text).replace("&", "")

    def button(self, parent: QWidget, text: str, context: str = "") -> QAbstractButton:
        wanted = {text, self.shown(context or type(parent).__name__, text)}
        for widget in parent.findChildren(QAbstractButton):
            if widget.text().replace("&", "") in wanted and widget.isVisible():
                return widget
        raise LookupError(f"no visible button {text!r} in {type(parent).__name__}")

    def menu(self, *path: str) -> None:
        """Click the menu bar item, then the action in the menu that opens."""
        bar = self.window.menuBar()
        heading = self.shown("MainWindow", f"&{path[0]}")
        first = next(a for a in bar.actions() if a.text().replace("&", "") == heading)
        QTest.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.actionGeometry(first).center())
        menu = first.menu()
        self.wait(menu.isVisible, f"menu {path[0]}")
        self.pump(0.1)
        item = self.shown("AppActions", f"&{path[1]}")
        target = next(a for a in menu.actions() if a.text().replace("&", "") == item)
        QTest.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(target).center())

    def when_modal(self, kind: type, handler: Callable[[Any], None]) -> None:
        """Run ``handler`` on the next modal window of ``kind`` once it is on the screen
        (a modal dialog's exec() blocks the click that opened it)."""
        timer = QTimer()

        def poll() -> None:
            widget = QApplication.activeModalWidget()
            if isinstance(widget, kind) and widget.isVisible():
                timer.stop()
                self._watchers.remove(timer)
                self.pump(0.2)
                handler(widget)

        timer.timeout.connect(poll)
        timer.start(50)
        self._watchers.append(timer)

    def answer_messages(self) -> None:
        """Every message box from now on: grab, log its text, press Yes (or OK)."""

        def handle(box: QMessageBox) -> None:
            name = self.current
            self.messages.append({"step": name, "title": box.windowTitle(), "text": box.text()})
            self.shot(box, f"message-{name}")
            for choice in (QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.Ok):
                if box.button(choice) is not None:
                    self.click(box.button(choice))
                    break
            else:
                box.accept()
            self.answer_messages()

        self.when_modal(QMessageBox, handle)

    # The steps ---------------------------------------------------------------------------
    def start(self) -> None:
        from brokerage_app.ui.app import tune_garbage_collector
        from brokerage_app.ui.main_window import MainWindow
        from brokerage_app.ui.workers import PROCESS_WORKER

        self.window = MainWindow()
        self.window.resize(1560, 940)
        self.window.show()
        tune_garbage_collector()
        PROCESS_WORKER.warm_up()
        self.wait(self.window.isVisible, "window shown")
        self.pump(0.5)
        self.shot(self.window, "start")

    def new_event(self) -> None:
        location = self.out / "walk-event.sqlite"
        for suffix in ("", "-wal", "-shm"):
            Path(f"{location}{suffix}").unlink(missing_ok=True)

        def fill(wizard: QWizard) -> None:
            page = wizard.event_page
            self.type_into(page.name, "Nordic Health Brokerage Days 2027")
            self.type_into(page.venue, "Malmö Live, Malmö")
            self.type_into(page.organiser, "Enterprise Europe Network Skåne")
            self.shot(wizard, "new-event-1")
            self.click(wizard.button(QWizard.WizardButton.NextButton))
            timetable = wizard.timetable_page
            timetable.first_day.setFocus()
            timetable.first_day.setDate(QDate(2027, 5, 11))
            self.type_into(timetable.days, "2")
            self.pump(0.2)
            self.shot(wizard, "new-event-2")
            self.click(wizard.button(QWizard.WizardButton.NextButton))
            venue = wizard.venue_page
            self.type_into(venue.tables, "24")
            self.type_into(venue.rooms, "Hall A, Hall B")
            self.type_into(venue.path, str(location))
            self.shot(wizard, "new-event-3")
            self.click(wizard.button(QWizard.WizardButton.FinishButton))

        self.when_modal(QWizard, fill)
        self.menu("File", "New event…")
        self.wait(lambda: self.window.context.is_open, "event open")
        self.idle()
        self.shot(self.window, "dashboard")

    def event_settings(self) -> None:
        def edit(dialog: QDialog) -> None:
            self.shot(dialog, "event-settings")
            for _ in range(2):
                self.click(self.button(dialog, "Add table", "EventSettingsDialog"))
            self.pump(0.2)
            self.shot(dialog, "event-settings-tables")
            box = dialog.findChild(QDialogButtonBox)
            self.click(box.button(QDialogButtonBox.StandardButton.Ok))

        self.when_modal(QDialog, edit)
        self.menu("Schedule", "Event settings…")
        self.idle()
        self.shot(self.window, "dashboard-after-settings")

    def import_file(self, kind: str, path: Path, open_dialog: Callable[[], None]) -> None:
        from brokerage_app.ui.dialogs.import_dialog import ImportDialog

        def run(dialog: ImportDialog) -> None:
            self.type_into(dialog.path, str(path))
            self.click(dialog.check_button)
            self.wait(lambda: dialog._task is None and dialog.preview_result is not None, "check")
            self.shot(dialog, f"import-{kind}-checked")
            self.summaries[f"{kind} first check"] = dialog.summary.text()
            self.problems[f"{kind} first check"] = [
                dialog.problems.item(i).text() for i in range(dialog.problems.count())
            ]
            # A column mapped by hand shows its words in the value table on the next check.
            for _round in range(3):
                if not self.map_by_hand(dialog, kind):
                    break
                self.click(dialog.check_button)
                self.wait(
                    lambda: dialog._task is None and dialog.preview_result is not None, "recheck"
                )
            self.shot(dialog, f"import-{kind}-mapped")
            self.summaries[f"{kind} checked"] = dialog.summary.text()
            self.problems[kind] = [
                dialog.problems.item(i).text() for i in range(dialog.problems.count())
            ]
            if self.problems[kind]:
                self.tick(dialog.skip_bad)
            self.current = f"import-{kind}"
            self.click(dialog.import_button)

        self.when_modal(ImportDialog, run)
        open_dialog()
        self.idle()

    def map_by_hand(self, dialog: Any, kind: str) -> bool:
        """Set the columns and words the window did not recognise; log each one."""
        changed = False
        for row in range(dialog.mapping.rowCount()):
            heading = dialog.mapping.item(row, 0).text()
            combo: QComboBox = dialog.mapping.cellWidget(row, 1)
            wanted = HAND_COLUMNS[kind].get(heading)
            if wanted is not None and combo.currentData() != wanted:
                self.hand.append(f"{kind}: column {heading!r} -> {wanted}")
                combo.setCurrentIndex(combo.findData(wanted))
                changed = True
        for row in range(dialog.values.rowCount()):
            field = dialog.values.item(row, 0).data(Qt.ItemDataRole.UserRole)
            text = dialog.values.item(row, 1).text()
            combo = dialog.values.cellWidget(row, 3)
            wanted = HAND_VALUES.get((field, text))
            if combo.currentData() is None or (wanted and combo.currentData() != wanted):
                self.hand.append(f"{kind}: {field} {text!r} -> {wanted}")
                if wanted is not None:
                    combo.setCurrentIndex(combo.findData(wanted))
                    changed = True
        return changed

    def import_people(self, path: Path) -> None:
        self.import_file("attendees", path, lambda: self.menu("File", "Import…"))
        self.shot(self.window, "attendees")

    def import_requests(self, path: Path) -> None:
        from brokerage_app.ui.pages import PageKey

        page = self.window.show_page(PageKey.REQUESTS)
        self.pump(0.2)
        self.shot(self.window, "requests-empty")
        self.import_file(
            "requests", path, lambda: self.click(self.button(page, "Import…", "RequestsPage"))
        )
        self.shot(self.window, "requests")

    def accept_all(self) -> None:
        from brokerage_app.ui.pages import PageKey

        page = self.window.show_page(PageKey.REQUESTS)
        view = page.view
        QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(40, 10))
        QTest.keyClick(view, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        self.click(page.accept_button)
        self.idle()
        self.shot(self.window, "requests-accepted")
        page.tabs.tabBar().setFocus()
        QTest.mouseClick(
            page.tabs.tabBar(),
            Qt.MouseButton.LeftButton,
            pos=page.tabs.tabBar().tabRect(2).center(),
        )
        self.pump(0.2)
        self.shot(self.window, "requests-warnings")
        QTest.mouseClick(
            page.tabs.tabBar(),
            Qt.MouseButton.LeftButton,
            pos=page.tabs.tabBar().tabRect(0).center(),
        )

    def solve(self) -> None:
        from brokerage_app.ui.pages import PageKey

        page = self.window.show_page(PageKey.SCHEDULE)
        self.type_into(page.time_limit, str(SOLVE_SECONDS))
        self.click(page.solve_button)
        self.wait(lambda: page.solving is not None, "solve started", 10)
        self.pump(3)
        self.shot(self.window, "solving")
        self.wait(lambda: page.solving is None, "solve finished", 300)
        self.idle()
        self.summaries["solve"] = page.outcome.text()
        self.shot(self.window, "schedule")
        tabs = page.findChild(QTabWidget)
        if tabs is not None and tabs.count() > 1:
            bar = tabs.tabBar()
            QTest.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(1).center())
            self.pump(0.3)
            self.shot(self.window, "schedule-not-placed")
            QTest.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(0).center())

    def publish(self) -> None:
        from brokerage_app.ui.pages import PageKey

        self.menu("Schedule", "Publish…")
        self.idle()
        self.shot(self.window, "published")
        # The other pages after the solve and the publication (a stale view shows here).
        for key in (PageKey.REQUESTS, PageKey.DASHBOARD):
            page = self.window.show_page(key)
            self.pump(0.3)
            self.summaries[f"{key} after publish"] = page.header.subtitle.text()
            self.shot(self.window, f"{key}-after-publish")

    def print_document(self, kind: Any, name: str, options: Callable[[Any], None]) -> Path:
        from brokerage_app.ui.pages import PageKey

        target = self.out / f"{name}.pdf"
        target.unlink(missing_ok=True)
        page = self.window.show_page(PageKey.PRINT)
        page.document.setFocus()
        page.document.setCurrentIndex(page.document.findData(kind))
        options(page)
        self.pump(0.2)

        def save(dialog: QFileDialog) -> None:
            self.shot(dialog, f"save-{name}")
            edit = next(e for e in dialog.findChildren(QLineEdit) if e.isVisible())
            self.type_into(edit, str(target))
            QTest.keyClick(edit, Qt.Key.Key_Return)

        self.when_modal(QFileDialog, save)
        self.click(page.save_button)
        self.wait(lambda: target.exists() and not page.busy, f"{name} written", 300)
        self.idle()
        self.summaries[name] = page.result.text()
        self.shot(self.window, f"print-{name}")
        return target

    def print_agendas(self) -> None:
        from brokerage_app.services.print_jobs import DocumentKind

        self.agendas = self.print_document(DocumentKind.AGENDAS, "agendas", lambda page: None)

    def print_badges(self) -> None:
        def options(page: Any) -> None:
            for box in (page.show_job_title, page.show_honorific):
                if not box.isChecked():
                    self.tick(box)

        from brokerage_app.services.print_jobs import DocumentKind

        self.badges = self.print_document(DocumentKind.BADGES, "badges", options)


def pages_with(pdf: Path, names: tuple[str, ...]) -> dict[str, list[int]]:
    """The page numbers (from 1) on which each name is printed, by pdftotext."""
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    found: dict[str, list[int]] = {}
    for number, page in enumerate(text.split("\f"), start=1):
        for name in names:
            if name in page:
                found.setdefault(name, []).append(number)
    return found


def render(pdf: Path, pages: set[int], out: Path) -> list[Path]:
    made = []
    for number in sorted(pages):
        prefix = out / f"{pdf.stem}-p{number}"
        subprocess.run(
            ["pdftoppm", "-r", "60", "-png", "-f", str(number), "-l", str(number),
             "-singlefile", str(pdf), str(prefix)],
            check=True,
        )  # fmt: skip
        made.append(prefix.with_suffix(".png"))
    return made


def main(out: Path, language: str = "en") -> int:
    out.mkdir(parents=True, exist_ok=True)
    home = Path(tempfile.mkdtemp(prefix="brokerage-walk-"))
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
        os.environ[name] = str(home / name.lower())
    registrations, wishes = walk_data.write(out)
    app = QApplication.instance() or QApplication(sys.argv)
    app.setOrganizationName("brokerage-app-walk")
    from brokerage_app.ui.i18n import install_translators

    translators = install_translators(app, language)  # kept: Qt does not own them
    from brokerage_app.ui.dialogs.messages import Messages

    walk = Walk(out)

    def logged_error(cls: Any, parent: Any, error: BaseException) -> None:
        walk.messages.append({"step": "error", "title": type(error).__name__, "text": str(error)})
        original(parent, error)

    original = Messages.show_error
    Messages.show_error = classmethod(logged_error)  # type: ignore[method-assign]  # logs, then shows
    walk.step("start the window", walk.start)
    walk.answer_messages()
    walk.step("File > New event (wizard)", walk.new_event)
    walk.step("Schedule > Event settings (2 tables more)", walk.event_settings)
    walk.step("File > Import registrations", lambda: walk.import_people(registrations))
    walk.step("Requests > Import requests", lambda: walk.import_requests(wishes))
    walk.step("Requests > select all, Accept", walk.accept_all)
    walk.step(f"Schedule > Solve ({SOLVE_SECONDS} s limit)", walk.solve)
    walk.step("Schedule > Publish", walk.publish)
    walk.step("Print > agendas > Save PDF", walk.print_agendas)
    walk.step("Print > badges > Save PDF", walk.print_badges)
    rendered: dict[str, dict[str, list[int]]] = {}
    for pdf in (walk.agendas, walk.badges):
        found = pages_with(pdf, HARD_NAMES)
        rendered[pdf.name] = found
        render(pdf, {n for numbers in found.values() for n in numbers[:1]}, out)
    report = {
        "times": walk.times,
        "mapped by hand": walk.hand,
        "summaries": walk.summaries,
        "problems": walk.problems,
        "messages": walk.messages,
        "hard names on pages": rendered,
    }
    (out / "walk.json").write_text(json.dumps(report, ensure_ascii=False, indent=2), "utf-8")
    print(json.dumps(report, ensure_ascii=False, indent=2))
    del translators
    walk.window.close()
    from brokerage_app.ui.workers import PROCESS_WORKER

    PROCESS_WORKER.stop()
    return 0


if __name__ == "__main__":
    arguments = [a for a in sys.argv[1:] if not a.startswith("--")]
    sys.exit(
        main(
            Path(arguments[0]) if arguments else Path("walk-out"),
            "sv" if "--swedish" in sys.argv else "en",
        )
    )
