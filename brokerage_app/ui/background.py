"""What runs in the child process of a long task: no Qt here, only services and plain values.

The GUI passes a database URL and options (picklable, frozen); the child opens its own
database, runs the service with throttled progress and the shared cancel event, and sends
back the result or the error through a queue (see ``workers.call_in_process``).
"""

from __future__ import annotations

import logging
import pickle
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from brokerage_app.errors import BrokerageError
from brokerage_app.store.database import EventDatabase, open_database

log = logging.getLogger(__name__)
PROGRESS_INTERVAL_S = 0.05


def database_url(database: EventDatabase) -> str:
    return database.url.render_as_string(hide_password=False)


def portable_error(exc: BaseException) -> BaseException:
    """The exception itself if it survives pickling, else one with the same message."""
    try:
        copy = pickle.loads(pickle.dumps(exc))
        if isinstance(copy, BaseException):
            return copy
    except Exception:  # an exception class with a custom constructor
        log.debug("cannot pickle %r", exc)
    if isinstance(exc, BrokerageError):
        return BrokerageError(str(exc))
    return RuntimeError(f"{type(exc).__name__}: {exc}")


def child_main(
    function: Callable[..., Any], args: tuple[Any, ...], queue: Any, cancel: Any
) -> None:
    last = [0.0]

    def on_progress(*values: Any) -> None:
        now = time.monotonic()
        if now - last[0] >= PROGRESS_INTERVAL_S:
            last[0] = now
            queue.put(("progress", values))

    try:
        result = function(*args, on_progress=on_progress, cancel=cancel)
    except BaseException as exc:  # everything goes back to the parent, which shows it
        queue.put(("error", portable_error(exc)))
    else:
        queue.put(("result", result))


def serve(jobs: Any, messages: Any, cancel: Any, imports: tuple[str, ...]) -> None:
    """The child's loop: one job at a time until it receives None."""
    import importlib

    for name in imports:
        try:
            importlib.import_module(name)
        except ImportError:
            log.info("cannot preload %s", name)
    while True:
        job = jobs.get()
        if job is None:
            return
        function, args = job
        child_main(function, args, messages, cancel)


def solve(
    url: str,
    time_limit: float,
    actor: str,
    keep_placed: bool = False,
    *,
    on_progress: Any,
    cancel: Any,
) -> Any:
    from brokerage_app.services.schedule import run_schedule

    database = open_database(url)
    try:
        return run_schedule(
            database, time_limit=time_limit, on_progress=on_progress, cancel=cancel,
            actor=actor, keep_placed=keep_placed,
        )  # fmt: skip
    finally:
        database.dispose()


@dataclass(frozen=True)
class PrintJob:
    """Everything the Print page's form says, as plain values."""

    document: str  # "badges", "agendas", "table_sheets" or "table_signs"
    layout: str = "a4-2x4"
    sort: str = "name"
    offset_mm: tuple[float, float] = (0.0, 0.0)
    start_position: int = 1
    cut_marks: bool = True
    attendee_ids: tuple[int, ...] | None = None
    one_file_per_attendee: bool = False
    force: bool = False  # the person agreed to replace an existing file of another kind
    show_job_title: bool = False
    show_honorific: bool = False
    bleed_mm: float = 0.0


def make_document(
    database: EventDatabase, job: PrintJob, output: Path, *, on_progress: Any, cancel: Any
) -> Any:
    from brokerage_app.services import printing

    common: dict[str, Any] = {"on_progress": on_progress, "cancel": cancel, "force": job.force}
    if job.document == "badges":
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
    if job.document == "agendas":
        return printing.print_agendas(
            database,
            output,
            attendee_ids=job.attendee_ids,
            one_file_per_attendee=job.one_file_per_attendee,
            **common,
        )
    if job.document == "table_signs":
        return printing.print_table_signs(database, output, **common)
    return printing.print_table_sheets(database, output, **common)


def print_document(url: str, job: PrintJob, output: Path, *, on_progress: Any, cancel: Any) -> Any:
    database = open_database(url)
    try:
        return make_document(database, job, output, on_progress=on_progress, cancel=cancel)
    finally:
        database.dispose()
