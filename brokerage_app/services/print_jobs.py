"""A print job as the Print page's form describes it, dispatched to the printing service.

The window's background process runs :func:`print_document` (see ``ui/background.py``): it
receives the database URL and the job as plain, picklable values and opens its own database.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from brokerage_app.domain.tasks import Task
from brokerage_app.services.printing import DocumentKind
from brokerage_app.store.database import EventDatabase, open_database


@dataclass(frozen=True)
class PrintJob:
    """Everything the Print page's form says, as plain values."""

    document: DocumentKind  # a plain string is checked and converted
    layout: str = "a4-2x4"
    sort: str = "name"
    offset_mm: tuple[float, float] = (0.0, 0.0)
    start_position: int = 1
    cut_marks: bool = True
    attendee_ids: tuple[int, ...] | None = None
    one_file_per_attendee: bool = False
    force: bool = False  # the person agreed to replace an existing file of another kind
    # Badges only.
    show_job_title: bool = False
    show_honorific: bool = False
    bleed_mm: float = 0.0
    # Agendas only (see services.printing.print_agendas).
    duplex_padding: bool = True
    meetings_only: bool = False
    changed_since_last_print: bool = False
    record: bool = True  # a preview is not a print: it records no fingerprints

    def __post_init__(self) -> None:
        # An unknown kind is refused here (ValueError), never printed as something else.
        object.__setattr__(self, "document", DocumentKind(self.document))


def make_document(database: EventDatabase, job: PrintJob, output: Path, *, task: Task) -> Any:
    from brokerage_app.services import printing

    common: dict[str, Any] = {"task": task, "force": job.force}
    if job.document is DocumentKind.BADGES:
        return printing.print_badges(
            database,
            output,
            layout=job.layout,
            attendee_ids=job.attendee_ids,
            sort=job.sort,
            offset_mm=job.offset_mm,
            start_position=job.start_position,
            cut_marks=job.cut_marks,
            show_job_title=job.show_job_title,
            show_honorific=job.show_honorific,
            bleed_mm=job.bleed_mm,
            **common,
        )
    if job.document is DocumentKind.AGENDAS:
        return printing.print_agendas(
            database,
            output,
            attendee_ids=job.attendee_ids,
            one_file_per_attendee=job.one_file_per_attendee,
            options=printing.AgendaOptions(
                duplex_padding=job.duplex_padding, meetings_only=job.meetings_only
            ),
            changed_since_last_print=job.changed_since_last_print,
            record=job.record,
            **common,
        )
    if job.document is DocumentKind.TABLE_SIGNS:
        return printing.print_table_signs(database, output, **common)
    if job.document is DocumentKind.TABLE_SHEETS:
        return printing.print_table_sheets(database, output, **common)
    raise ValueError(f"unknown document kind {job.document!r}")


def print_document(url: str, job: PrintJob, output: Path, *, task: Task) -> Any:
    database = open_database(url)
    try:
        return make_document(database, job, output, task=task)
    finally:
        database.dispose()
