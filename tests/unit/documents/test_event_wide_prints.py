"""Table sheets and table signs share one print flow (``services.printing._print_one_pdf``):
each checks its output and reports progress (a cancelled one keeps the older file:
``test_streamed_output.py``)."""

from __future__ import annotations

import pytest

from brokerage_app.domain.tasks import Progress, Task
from brokerage_app.services.outputs import OutputProblem, OutputRefusedError
from brokerage_app.services.printing import print_table_sheets, print_table_signs

PRINTS = pytest.mark.parametrize(
    "print_document", [print_table_sheets, print_table_signs], ids=["sheets", "signs"]
)


@PRINTS
def test_never_prints_over_the_event_file(scheduled, print_document):
    event_file = scheduled.database.file_path
    before = event_file.read_bytes()
    with pytest.raises(OutputRefusedError) as refused:
        print_document(scheduled.database, event_file, force=True)
    assert refused.value.problem is OutputProblem.EVENT_FILE
    assert event_file.read_bytes() == before


@PRINTS
def test_progress_counts_every_page(scheduled, tmp_path, print_document):
    reports: list[Progress] = []
    result = print_document(scheduled.database, tmp_path / "out.pdf", task=Task(reports.append))
    assert reports, "no progress reported"
    assert (reports[-1].done, reports[-1].total) == (reports[-1].total, reports[-1].total)
    assert result.pages >= 2 and result.paths == (tmp_path / "out.pdf",)
