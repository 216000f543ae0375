"""The attendee and new-request dialogs list names in the locale's collation, the order of
every list and printed document: "Bérénger" before "Bråten", not after it (issue 16)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox

from brokerage_app.domain.collation import collation_key
from brokerage_app.services.listings import EditChoices
from brokerage_app.ui.dialogs.people import AttendeeDialog
from brokerage_app.ui.pages.requests import NewRequestDialog

NAMES = ["Zetterberg AB", "Bråten AS", "Émile SARL", "Bérénger SA", "adams ltd"]
COLLATED = ["adams ltd", "Bérénger SA", "Bråten AS", "Émile SARL", "Zetterberg AB"]
CHOICES = EditChoices(
    organisations=tuple(enumerate(NAMES, start=1)),
    slots=(),
    tables=(),
    attendees=tuple(enumerate(NAMES, start=10)),
)


def _items(combo: QComboBox) -> list[str]:
    return [combo.itemText(i) for i in range(combo.count())]


def test_collation_is_the_printed_documents_order() -> None:
    assert sorted(NAMES, key=collation_key) == COLLATED
    assert sorted(NAMES) != COLLATED  # code-point order is what the dialogs showed before


def test_attendee_dialog_organisations_are_collated(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = AttendeeDialog(CHOICES)
    qtbot.addWidget(dialog)
    assert _items(dialog.organisation) == COLLATED
    # Each name keeps its id.
    for index, name in enumerate(COLLATED):
        assert dialog.organisation.itemData(index) == NAMES.index(name) + 1


def test_new_request_dialog_people_are_collated(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = NewRequestDialog(CHOICES)
    qtbot.addWidget(dialog)
    for combo in (dialog.requester, dialog.requested):
        assert _items(combo) == COLLATED
        assert combo.itemData(0) == NAMES.index(COLLATED[0]) + 10
