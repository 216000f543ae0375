"""Item models checked with pytest-qt's qtmodeltester, plus the filter and drag-and-drop rules."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, Qt

from brokerage_app.ui.models.schedule import MEETING_MIME, ScheduleGridModel
from brokerage_app.ui.models.table import Column, FilterProxy, RowTableModel


@dataclass(frozen=True)
class Person:
    id: int
    name: str
    city: str
    meetings: int


COLUMNS = [
    Column("Name", lambda p: p.name),
    Column("City", lambda p: p.city),
    Column("Meetings", lambda p: p.meetings, align_right=True),
]
PEOPLE = [
    Person(1, "Åsa Öberg", "Malmö", 4),
    Person(2, "Δημήτρης Παπαδόπουλος", "Αθήνα", 12),
    Person(3, "Zofia Wójcik", "Kraków", 0),
    Person(4, "Emre Yılmaz", "İzmir", 7),
]


def test_row_model_passes_modeltester(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = RowTableModel(COLUMNS)
    model.set_rows(PEOPLE)
    qtmodeltester.check(model, force_py=True)
    assert model.data(model.index(1, 0)) == "Δημήτρης Παπαδόπουλος"
    assert model.headerData(2, Qt.Orientation.Horizontal) == "Meetings"


def test_filter_matches_every_word_case_insensitively(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = RowTableModel(COLUMNS)
    model.set_rows(PEOPLE)
    proxy = FilterProxy()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy, force_py=True)
    proxy.set_text("ÅSA malmö")
    assert [proxy.row_at(r).id for r in range(proxy.rowCount())] == [1]
    proxy.set_text("αθήνα")
    assert proxy.rowCount() == 1 and proxy.row_at(0).id == 2
    proxy.set_text("")
    proxy.set_predicate(lambda p: p.meetings > 5)
    assert {proxy.row_at(r).id for r in range(proxy.rowCount())} == {2, 4}


def test_numbers_sort_as_numbers() -> None:
    model = RowTableModel(COLUMNS)
    model.set_rows(PEOPLE)
    proxy = FilterProxy()
    proxy.setSourceModel(model)
    proxy.sort(2, Qt.SortOrder.AscendingOrder)
    assert [proxy.row_at(r).meetings for r in range(4)] == [0, 4, 7, 12]


@dataclass(frozen=True)
class Slot:
    id: int
    starts_at: dt.datetime


@dataclass(frozen=True)
class Table:
    id: int
    number: int
    label: str = ""
    owner_id: int | None = None
    owner_name: str = ""


@dataclass(frozen=True)
class Meeting:
    meeting_id: int
    slot_id: int
    table_id: int
    name_a: str = "A"
    name_b: str = "B"
    organisation_a: str = "Org A"
    organisation_b: str = "Org B"
    priority: int = 1
    locked: bool = False
    moved_since_published: bool = False


def grid() -> ScheduleGridModel:
    model = ScheduleGridModel()
    start = dt.datetime(2027, 5, 11, 9)
    slots = [Slot(10 + i, start + dt.timedelta(minutes=20 * i)) for i in range(3)]
    tables = [Table(100, 1), Table(101, 2, "Booth 2", 7, "Åsa Öberg")]
    model.set_grid(slots, tables, [Meeting(1, 10, 100), Meeting(2, 11, 101, locked=True)])
    return model


def test_schedule_grid_passes_modeltester(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = grid()
    qtmodeltester.check(model, force_py=True)
    assert model.data(model.index(0, 0)) == "A\nB"
    assert model.data(model.index(0, 1)) is None
    assert "Åsa Öberg" in model.headerData(1, Qt.Orientation.Horizontal)
    assert model.headerData(0, Qt.Orientation.Vertical).endswith("09:00")


def test_only_meetings_drag_and_drops_report_the_target_cell(qtbot) -> None:  # type: ignore[no-untyped-def]
    model = grid()
    assert model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsDragEnabled
    assert not model.flags(model.index(0, 1)) & Qt.ItemFlag.ItemIsDragEnabled
    mime = model.mimeData([model.index(0, 0)])
    assert mime.hasFormat(MEETING_MIME)
    with qtbot.waitSignal(model.meeting_dropped) as dropped:
        model.dropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, model.index(2, 1))
    assert dropped.args == [1, 12, 101]
    assert not model.canDropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, QModelIndex())


def test_targets_colour_cells_and_explain_conflicts() -> None:
    model = grid()
    model.set_targets({(10, 100): "", (11, 100): "", (12, 100): "Åsa is busy"})
    ok = model.data(model.index(1, 0), Qt.ItemDataRole.BackgroundRole).color().name()
    bad = model.data(model.index(2, 0), Qt.ItemDataRole.BackgroundRole).color().name()
    assert ok != bad
    assert model.data(model.index(2, 0), Qt.ItemDataRole.ToolTipRole) == "Åsa is busy"
    assert model.target_reason(model.index(0, 1)) == "Not a place in this event."
    model.set_targets(None)
    assert model.target_reason(model.index(2, 0)) is None


def test_names_sort_by_collation_not_code_point() -> None:
    """Accented letters sort as letters: "Bérénger" before "Bråten" (issue 16)."""
    names = ["Bråten", "Zetterberg", "Bérénger", "Émile", "adams"]
    model = RowTableModel(COLUMNS)
    model.set_rows([Person(i, name, "", 0) for i, name in enumerate(names)])
    proxy = FilterProxy()
    proxy.setSourceModel(model)
    proxy.sort(0, Qt.SortOrder.AscendingOrder)
    shown = [proxy.row_at(r).name for r in range(len(names))]
    assert shown == ["adams", "Bérénger", "Bråten", "Émile", "Zetterberg"]
