"""Every printed document and badge layout with the hard names, rendered to PNG for review.

    uv run python -m tests.benchmarks.documents.print_renders docs/screenshots/print

Builds a small demo event plus delegates whose names are in Chinese, Japanese, Korean, Arabic,
Hebrew and Greek, a 60-character double-barrelled name and an 80-character organisation, with
meetings among them; prints their badges in every layout, their agendas, the table sheets and
the report; and renders the pages with poppler's ``pdftoppm`` at 60 dpi.
"""

from __future__ import annotations

import argparse
import subprocess
import tempfile
from pathlib import Path

from PIL import Image

from brokerage_app.documents.layouts import BADGE_LAYOUTS
from brokerage_app.services.demo import DemoOptions, create_demo_database
from brokerage_app.services.printing import (
    print_agendas,
    print_badges,
    print_table_sheets,
    print_table_signs,
)
from brokerage_app.services.report import build_report
from brokerage_app.store.database import EventDatabase
from brokerage_app.store.models import (
    Attendee,
    BadgeCategory,
    MeetingRequest,
    Organisation,
    RequestStatus,
)
from tests.unit.documents.scheduled_event import schedule_greedily

LONG_NAME = ("Marie-Christine", "Konstantinopoulou-Papadimitriou-Vandenberghe")
LONG_ORGANISATION = (
    "Internationale Gesellschaft für Medizinische Gerätetechnik und Versorgung Bremen"
)
assert len(" ".join(LONG_NAME)) == 60 and len(LONG_ORGANISATION) == 80

# (first name, last name, organisation, country, language, category)
# One delegate per line, as the table of hard names it is (the formatter would split each).
HARD = (
    ("秀英", "王", "北京医疗器械有限公司", "CN", "en", BadgeCategory.DELEGATE),
    ("太郎", "山田", "ヤマダ・メディカル株式会社", "JP", "en", BadgeCategory.EXHIBITOR),
    ("민준", "김", "서울 바이오텍 주식회사", "KR", "en", BadgeCategory.DELEGATE),
    ("محمد", "عبد الرحمن", "شركة الرعاية الطبية المتقدمة", "MA", "en", BadgeCategory.PRESS),
    ("נועה", "כהן", "מדטק ישראל בע״מ", "IL", "en", BadgeCategory.DELEGATE),
    ("Κωνσταντίνος", "Παπαδόπουλος", "Ελληνική Ιατρική Τεχνολογία ΑΕ", "GR", "en", BadgeCategory.STAFF),
    (*LONG_NAME, LONG_ORGANISATION, "DE", "sv", BadgeCategory.ORGANISER),
)  # fmt: skip


def build(path: Path) -> tuple[EventDatabase, list[int]]:
    database = create_demo_database(path, DemoOptions(attendees=20, seed=3))
    with database.session() as session:
        ids = []
        for first, last, organisation, country, language, category in HARD:
            attendee = Attendee(
                organisation=Organisation(name=organisation, country=country),
                first_name=first,
                last_name=last,
                language=language,
                badge_category=category,
            )
            session.add(attendee)
            session.flush()
            ids.append(attendee.id)
        for index, requester in enumerate(ids):
            for requested in ids[index + 1 :]:
                session.add(
                    MeetingRequest(
                        requester_id=requester,
                        requested_id=requested,
                        status=RequestStatus.ACCEPTED,
                    )
                )
    schedule_greedily(database)
    return database, ids


def render(pdf: Path, folder: Path, stem: str, last_page: int | None = None) -> None:
    command = ["pdftoppm", "-r", "60", "-png"]
    if last_page is not None:
        command += ["-l", str(last_page)]
    subprocess.run([*command, str(pdf), str(folder / stem)], check=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("folder", type=Path)
    folder = parser.parse_args().folder
    folder.mkdir(parents=True, exist_ok=True)
    # Only this script's own renders are replaced; the folder holds other scripts' too.
    prefixes = ("badges-", "agendas-", "table-sheets-", "table-signs-", "report-")
    for old in folder.glob("*.png"):
        if old.name.startswith(prefixes):
            old.unlink()
    with tempfile.TemporaryDirectory() as work:
        database, ids = build(Path(work) / "event.sqlite")
        for layout in BADGE_LAYOUTS:
            pdf = Path(work) / f"badges-{layout}.pdf"
            print_badges(database, pdf, layout=layout, attendee_ids=ids)
            render(pdf, folder, f"badges-{layout}")
        pdf = Path(work) / "agendas.pdf"
        print_agendas(database, pdf, attendee_ids=ids)
        render(pdf, folder, "agendas")
        pdf = Path(work) / "table-sheets.pdf"
        print_table_sheets(database, pdf)
        render(pdf, folder, "table-sheets")
        pdf = Path(work) / "table-signs.pdf"
        print_table_signs(database, pdf)
        render(pdf, folder, "table-signs")
        pdf = Path(work) / "report.pdf"
        build_report(database, pdf)
        render(pdf, folder, "report")
        database.dispose()
    for png in sorted(p for p in folder.glob("*.png") if p.name.startswith(prefixes)):
        # A 64-colour palette: the pages are flat colours and text; half the bytes.
        with Image.open(png) as image:
            small = image.convert("RGB").quantize(colors=64)
        small.save(png, optimize=True)
        print(png)


if __name__ == "__main__":
    main()
