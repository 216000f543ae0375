"""Benchmark: does the window stay responsive while it solves and prints a 2,000-attendee event?

Run: QT_QPA_PLATFORM=offscreen uv run python -m tests.benchmarks.gui.latency [ATTENDEES] [SOLVE_SECONDS]

A QTimer fires every 10 ms on the GUI thread and records the gap between firings while a
task runs in the background through the real window (Schedule page Solve, Print page Save
PDF). The same recorder first runs on the idle window: that idle figure is the baseline in
this run, because the machine is shared and absolute numbers are noisy. The requirement is
that no gap exceeds 100 ms. A second part times the attendee table with 10,000 rows
(loading the model, filtering per keystroke, sorting, painting after a scroll).
"""

from __future__ import annotations

import datetime as dt
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QElapsedTimer, QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QApplication

from brokerage_app.demo.generator import DemoOptions
from brokerage_app.services.demo import create_demo_database
from brokerage_app.services.listings import AttendeeRow
from brokerage_app.ui.app import tune_garbage_collector
from brokerage_app.ui.context import AppContext
from brokerage_app.ui.dialogs.messages import Messages
from brokerage_app.ui.main_window import MainWindow
from brokerage_app.ui.models.table import FilterProxy, RowTableModel
from brokerage_app.ui.pages.attendees import ATTENDEE_COLUMNS, make_table
from brokerage_app.ui.workers import PROCESS_WORKER


class GapRecorder:
    def __init__(self) -> None:
        self.gaps: list[float] = []
        # (seconds since start, gap ms, what the window was doing) of every gap > 100 ms
        self.long_gaps: list[tuple[float, float, str]] = []
        self.phase: Callable[[], str] = lambda: ""
        self._started = 0.0
        self._timer = QTimer()
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(10)
        self._timer.timeout.connect(self._tick)
        self._clock = QElapsedTimer()

    def _tick(self) -> None:
        elapsed = self._clock.nsecsElapsed() / 1e6
        self._clock.restart()
        self.gaps.append(elapsed)
        if elapsed > 100 and len(self.gaps) > 1:
            self.long_gaps.append((time.monotonic() - self._started, elapsed, self.phase()))

    def run_until(self, done: Callable[[], bool], timeout_s: float = 600) -> None:
        loop = QEventLoop()
        check = QTimer()
        check.setInterval(20)
        check.timeout.connect(lambda: loop.quit() if done() else None)
        deadline = QTimer()
        deadline.setSingleShot(True)
        deadline.timeout.connect(loop.quit)
        self.gaps.clear()
        self.long_gaps.clear()
        self._started = time.monotonic()
        self._clock.start()
        self._timer.start()
        check.start()
        deadline.start(int(timeout_s * 1000))
        loop.exec()
        self._timer.stop()
        check.stop()
        if not done():
            raise TimeoutError("the task did not finish in time")

    def summary(self) -> dict[str, float]:
        gaps = sorted(self.gaps[1:]) or [0.0]
        return {
            "ticks": len(gaps),
            "median": statistics.median(gaps),
            "p99": gaps[min(len(gaps) - 1, int(len(gaps) * 0.99))],
            "max": gaps[-1],
            "over_100": sum(1 for g in gaps if g > 100),
        }


def row(name: str, s: dict[str, float], baseline: dict[str, float]) -> str:
    ratio = s["p99"] / baseline["p99"] if baseline["p99"] else 0
    return (
        f"| {name} | {s['ticks']:.0f} | {s['median']:.1f} | {s['p99']:.1f} | {ratio:.1f} | "
        f"{s['max']:.1f} | {s['over_100']:.0f} |"
    )


def gui_latency(attendees: int, solve_seconds: float, folder: Path) -> list[str]:
    Messages.ask = classmethod(lambda cls, *a, **k: True)  # type: ignore[method-assign]
    Messages.inform = classmethod(lambda cls, *a, **k: None)  # type: ignore[method-assign]
    path = folder / f"demo-{attendees}.sqlite"
    create_demo_database(path, DemoOptions(attendees=attendees)).dispose()
    context = AppContext()
    window = MainWindow(context)
    window.resize(1400, 900)
    window.show()
    tune_garbage_collector()
    PROCESS_WORKER.warm_up()
    recorder = GapRecorder()
    window.app_actions.open_location(str(path))
    recorder.run_until(lambda: context.is_open and context.tasks.active == 0)
    opening = recorder.summary()
    schedule = window.show_page("schedule")
    recorder.run_until(lambda: context.tasks.active == 0)

    loop_end = time.monotonic() + 3
    recorder.run_until(lambda: time.monotonic() > loop_end)
    idle = recorder.summary()

    schedule.time_limit.setValue(solve_seconds)
    schedule.solve()
    recorder.phase = lambda: "solving" if schedule.solving is not None else "reloading"
    recorder.run_until(lambda: schedule.solving is None and context.tasks.active == 0)
    recorder.phase = lambda: ""
    solving = recorder.summary()
    solve_gaps = list(recorder.long_gaps)
    outcome = schedule.outcome.text()

    printing = window.show_page("print")
    recorder.run_until(lambda: context.tasks.active == 0)
    results = {}
    for document in ("agendas", "badges"):
        printing.select_document(document)
        printing.save_pdf(str(folder / f"{document}.pdf"))
        recorder.run_until(lambda: not printing.busy and context.tasks.active == 0)
        results[document] = (recorder.summary(), printing.result.text())
    context.close_event()
    window.close()
    lines = [
        f"{attendees} attendees; solve: {outcome}",
        "",
        "| while… | ticks | median ms | p99 ms | p99 x idle | max ms | gaps > 100 ms |",
        "|---|---:|---:|---:|---:|---:|---:|",
        row("idle window (baseline)", idle, idle),
        row("opening the event and loading pages", opening, idle),
        row(f"solving ({solve_seconds:.0f} s limit) and reloading the grid", solving, idle),
        row("saving agendas PDF", results["agendas"][0], idle),
        row("saving badges PDF", results["badges"][0], idle),
        "",
        "long gaps while solving: "
        + (", ".join(f"{g:.0f} ms at {t:.1f} s ({p})" for t, g, p in solve_gaps) or "none"),
        f"agendas: {results['agendas'][1]}",
        f"badges: {results['badges'][1]}",
    ]
    return lines


def attendee_table(rows: int) -> list[str]:
    people = [
        AttendeeRow(
            id=i,
            first_name=f"Åsa{i % 97}",
            last_name=f"Öberg{i:05d}",
            organisation_id=i % 700,
            organisation=f"Organisation {i % 700}",
            country=("SE", "PL", "GR", "TR")[i % 4],
            badge_category="delegate",
            role="both",
            email=f"p{i}@org{i % 700}.example",
            arrival=dt.datetime(2027, 5, 11, 9) if i % 5 else None,
            departure=None,
            own_table="",
            requests_sent=i % 9,
            requests_received=i % 13,
            meetings=i % 11,
        )
        for i in range(rows)
    ]
    model: RowTableModel[AttendeeRow] = RowTableModel(ATTENDEE_COLUMNS)
    proxy = FilterProxy()
    view = make_table(model, proxy)
    view.resize(1200, 800)
    view.show()

    def timed(action: Callable[[], object]) -> float:
        started = time.perf_counter()
        action()
        QCoreApplication.processEvents()
        return (time.perf_counter() - started) * 1000

    load = timed(lambda: model.set_rows(people))
    keystrokes = [
        timed(lambda t=text: proxy.set_text(t)) for text in ("ö", "öb", "öberg0", "öberg01")
    ]
    timed(lambda: proxy.set_text(""))
    sort = timed(lambda: view.sortByColumn(2, Qt.SortOrder.DescendingOrder))
    paints = []
    for fraction in (0.0, 0.25, 0.5, 0.75, 1.0):
        target = int((proxy.rowCount() - 1) * fraction)
        paints.append(timed(lambda t=target: (view.scrollTo(proxy.index(t, 0)), view.grab())))
    return [
        f"| {rows:,} rows | load {load:.0f} ms | filter per keystroke max {max(keystrokes):.0f} ms | "
        f"sort {sort:.0f} ms | scroll + paint max {max(paints):.0f} ms |"
    ]


def main() -> None:
    attendees = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    solve_seconds = float(sys.argv[2]) if len(sys.argv) > 2 else 30
    app = QApplication.instance() or QApplication(sys.argv)
    app.setOrganizationName("brokerage-app-bench")
    with tempfile.TemporaryDirectory() as folder:
        home = Path(folder)
        for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
            os.environ[name] = str(home / name.lower())
        for line in gui_latency(attendees, solve_seconds, home):
            print(line)
        print()
        for line in attendee_table(10_000):
            print(line)


if __name__ == "__main__":
    main()
