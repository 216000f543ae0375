"""Badges and agendas for a large event: time and the memory each print adds, at two sizes.

Run on demand (one size per process):

    uv run python -m tests.benchmarks.documents.bench_printing 500
    uv run python -m tests.benchmarks.documents.bench_printing 2000
    uv run python -m tests.benchmarks.documents.bench_printing 2000 --world-names 20

``--world-names P`` gives P % of the attendees (and their organisations) names in Chinese,
Japanese, Korean, Arabic, Hebrew and Greek, and a 60-character double-barrelled name, so the
print measures font fallback, shaping and bidi too (they print as empty boxes with code that
has no such fonts, which is then the baseline).

The target: badges and agendas of a 2,000-attendee event (about 4,500 pages) in under 30 s,
with memory that does not grow with the number of pages.

"added" is the peak resident memory during one print minus the resident memory just before
it. The kernel's peak is reset before each print (Linux: /proc/self/clear_refs), so the
figure belongs to that print, not to building the event. Elsewhere only the process's
peak is reported.
"""

from __future__ import annotations

import argparse
import resource
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import select

from brokerage_app.services.printing import PrintResult, print_agendas, print_badges
from brokerage_app.store.database import EventDatabase
from brokerage_app.store.models import Attendee
from tests.unit.documents.scheduled_event import build_scheduled_event

# (first name, last name, organisation)
WORLD_NAMES = (
    ("秀英", "王", "北京医疗器械有限公司"),
    ("太郎", "山田", "ヤマダ・メディカル株式会社"),
    ("민준", "김", "서울 바이오텍 주식회사"),
    ("محمد", "عبد الرحمن", "شركة الرعاية الطبية المتقدمة"),
    ("נועה", "כהן", "מדטק ישראל בע״מ"),
    ("Κωνσταντίνος", "Παπαδόπουλος", "Ελληνική Ιατρική Τεχνολογία ΑΕ"),
    (
        "Anne-Sophie",
        "Konstantinopoulou-Papadimitriou-Vandenberghe",
        "Medizintechnik Forschungsgesellschaft mbH",
    ),
)


def give_world_names(database: EventDatabase, percent: int) -> int:
    """Rename every (100 / percent)-th attendee and their organisation; return how many."""
    if percent <= 0:
        return 0
    every = max(1, round(100 / percent))
    renamed = 0
    with database.session() as session:
        attendees = session.scalars(select(Attendee).order_by(Attendee.id)).all()
        for index, attendee in enumerate(attendees[::every]):
            first, last, organisation = WORLD_NAMES[index % len(WORLD_NAMES)]
            attendee.first_name, attendee.last_name = first, last
            attendee.organisation.name = organisation
            renamed += 1
    return renamed


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _status_mb(key: str) -> float | None:
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith(key + ":"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return None


def _reset_peak() -> bool:
    try:
        with open("/proc/self/clear_refs", "w") as clear:
            clear.write("5")  # resets VmHWM to the current resident size
    except OSError:
        return False
    return True


def measure(
    action: Callable[[], PrintResult],
) -> tuple[PrintResult, float, float, float | None, float]:
    """Run ``action``; return its result, wall and CPU s, the MB it added, and the peak MB."""
    resettable = _reset_peak()
    before = _status_mb("VmRSS")
    started, cpu = time.perf_counter(), time.process_time()
    result = action()
    wall, cpu = time.perf_counter() - started, time.process_time() - cpu
    peak = _status_mb("VmHWM")
    added = peak - before if resettable and peak is not None and before is not None else None
    return result, wall, cpu, added, peak if peak is not None else peak_rss_mb()


def run(attendees: int, world_percent: int = 0) -> dict[str, float | None]:
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        database, _hard = build_scheduled_event(work / "event.sqlite", attendees=attendees)
        renamed = give_world_names(database, world_percent)
        # Fonts, imports and caches that any first print loads, outside the measurement.
        print_agendas(database, work / "warm.pdf", attendee_ids=[1])
        print_badges(database, work / "warm.pdf", attendee_ids=[1])
        baseline = peak_rss_mb()
        badges, badge_seconds, badge_cpu, badge_added, badge_peak = measure(
            lambda: print_badges(database, work / "badges.pdf")
        )
        agendas, agenda_seconds, agenda_cpu, agenda_added, agenda_peak = measure(
            lambda: print_agendas(database, work / "agendas.pdf")
        )
        database.dispose()
        return {
            "attendees": attendees + 7,
            "world_names": renamed,
            "badge_pages": badges.pages,
            "agenda_pages": agendas.pages,
            "badge_seconds": badge_seconds,
            "agenda_seconds": agenda_seconds,
            "total_seconds": badge_seconds + agenda_seconds,
            # CPU time of this process: what the work costs when the machine is shared.
            "badge_cpu_s": badge_cpu,
            "agenda_cpu_s": agenda_cpu,
            "total_cpu_s": badge_cpu + agenda_cpu,
            "rss_before_mb": baseline,
            "badge_added_mb": badge_added,
            "agenda_added_mb": agenda_added,
            # The process's peak: building the event, or one of the prints.
            "peak_rss_mb": max(baseline, badge_peak, agenda_peak),
        }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("attendees", type=int, nargs="?", default=2000)
    parser.add_argument("--world-names", type=int, default=0, metavar="PERCENT")
    arguments = parser.parse_args()
    result = run(arguments.attendees, arguments.world_names)
    for key, value in result.items():
        print(f"{key:15} {value:10.1f}" if isinstance(value, float) else f"{key:15} {value!s:>10}")


if __name__ == "__main__":
    main()
