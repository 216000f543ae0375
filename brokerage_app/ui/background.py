"""What runs in the child process of a long task: no Qt here, only services and plain values.

The GUI passes a database URL and options (picklable, frozen); the child opens its own
database, runs the service with throttled progress and the shared cancel event, and sends
back the result or the error through a queue (see ``workers.call_in_process``). The
functions it runs are services' (``services.print_jobs.print_document``) or thin wrappers
that open the database from its URL (:func:`solve`).
"""

from __future__ import annotations

import logging
import pickle
import time
from collections.abc import Callable
from typing import Any

from brokerage_app.domain.tasks import Progress, ProgressKind, Task
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

    def send(progress: Progress) -> None:
        now = time.monotonic()
        final = progress.kind is ProgressKind.STEPS and progress.done >= progress.total
        if final or now - last[0] >= PROGRESS_INTERVAL_S:
            last[0] = now
            queue.put(("progress", progress))

    try:
        result = function(*args, task=Task(on_progress=send, cancel=cancel))
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
    task: Task,
) -> Any:
    from brokerage_app.services.schedule import run_schedule

    database = open_database(url)
    try:
        return run_schedule(
            database, time_limit=time_limit, task=task, actor=actor, keep_placed=keep_placed
        )
    finally:
        database.dispose()
