"""Render the badge layouts and table signs with the hard names to PNG for looking at.

    uv run python -m tests.benchmarks.documents.print_layout_renders [OUT_DIR]

Writes docs/screenshots/print/layout-*.png, badge-*.png and table-sign-*.png (pdftoppm
-r 60, first page of each; poppler-utils must be installed).
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from sqlalchemy import update

from brokerage_app.documents.layouts import CustomLayout
from brokerage_app.documents.style import CategoryStyle
from brokerage_app.services.label_layouts import save_custom_layout
from brokerage_app.services.printing import BADGE_LAYOUTS, print_badges, print_table_signs
from brokerage_app.store.models import Attendee
from tests.unit.documents.scheduled_event import build_scheduled_event

ROOT = Path(__file__).resolve().parents[3]


def png(pdf: Path, out: Path, *, page: int = 1) -> None:
    """Page ``page`` (negative: from the end) of ``pdf`` as ``out``."""
    if page < 0:
        info = subprocess.run(["pdfinfo", pdf], check=True, capture_output=True, text=True)
        pages = int(
            next(line for line in info.stdout.splitlines() if line.startswith("Pages:"))[6:]
        )
        page = pages + 1 + page
    subprocess.run(
        [
            "pdftoppm",
            "-r",
            "60",
            "-png",
            "-singlefile",
            "-f",
            str(page),
            "-l",
            str(page),
            pdf,
            out.with_suffix(""),
        ],
        check=True,
    )


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        database, hard = build_scheduled_event(work / "event.sqlite")
        with database.session() as session:
            for index, attendee_id in enumerate(hard.ids):
                session.execute(
                    update(Attendee)
                    .where(Attendee.id == attendee_id)
                    .values(
                        honorific=("Dr", "Prof.", "", "Dr")[index % 4],
                        job_title=(
                            "Head of Regulatory Affairs",
                            "Chief Executive Officer",
                            "Senior Business Development Manager, Medical Devices",
                        )[index % 3],
                    )
                )
        ids = list(hard.ids)
        common = {"attendee_ids": ids, "show_job_title": True, "show_honorific": True}
        for key in BADGE_LAYOUTS:
            pdf = work / f"{key}.pdf"
            print_badges(database, pdf, layout=key, **common)
            png(pdf, out / f"layout-{key}.png")
        yellow = {"delegate": CategoryStyle("Delegate", "#FFEE00")}
        pdf = work / "yellow.pdf"
        print_badges(database, pdf, layout="a4-8xa7", categories=yellow, **common)
        png(pdf, out / "badge-contrast-yellow.png")
        pdf = work / "bleed.pdf"
        print_badges(database, pdf, layout="a4-8xa7", bleed_mm=3, **common)
        png(pdf, out / "badge-bleed-3mm.png")
        pdf = work / "foldover-bleed.pdf"
        print_badges(database, pdf, layout="a6-foldover", bleed_mm=3, **common)
        png(pdf, out / "badge-foldover-bleed.png")
        save_custom_layout(
            database,
            CustomLayout(
                page="letter",
                columns=2,
                rows=5,
                label_width=88.9,
                label_height=50.8,
                left=19.05,
                top=12.7,
                gap_x=0.0,
                gap_y=0.0,
            ),
        )
        pdf = work / "custom.pdf"
        print_badges(database, pdf, layout="custom", **common)
        png(pdf, out / "layout-custom-letter-2x5.png")
        pdf = work / "signs.pdf"
        print_table_signs(database, pdf)
        png(pdf, out / "table-sign-tent-booth.png", page=1)
        png(pdf, out / "table-sign-tent-shared.png", page=-2)
        png(pdf, out / "table-sign-door.png", page=-1)
        database.dispose()


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots" / "print")
