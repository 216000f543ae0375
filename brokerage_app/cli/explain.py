"""The solver's facts in English for the command line (the window words them in ``ui/explain.py``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from brokerage_app.scheduling.reasons import describe

if TYPE_CHECKING:
    from brokerage_app.services.schedule import ScheduleOutcome, UnscheduledRow


def solve_summary(outcome: ScheduleOutcome) -> str:
    if outcome.proven_optimal:
        quality = "optimal"
    elif sum(outcome.upper_bound) == outcome.placed:
        quality = f"within {outcome.breaks - outcome.breaks_lower_bound} break(s) of optimal"
    else:
        quality = f"up to {sum(outcome.upper_bound) - outcome.placed} more meeting(s) might fit"
    moved = "placed" if outcome.kept_placed else "published"
    stopped = " (stopped early)" if outcome.cancelled else ""
    return (
        f"Placed {outcome.placed} of {outcome.total} meetings ({quality}); "
        f"{outcome.breaks} idle break(s), {outcome.moved} {moved} meeting(s) moved, "
        f"{outcome.seconds:.1f} s{stopped}."
    )


def unscheduled_line(row: UnscheduledRow) -> str:
    why = describe(row.reason, row.requester, row.requested) if row.reason else "not solved yet"
    return f"  not placed: {row.requester} – {row.requested} (request {row.request_id}): {why}"
