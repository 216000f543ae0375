"""An error as the command line says it: the errors that carry facts are worded here, in
English, by the modules beside this one; any other error says its own message.

The window's counterpart is ``ui.dialogs.messages.error_text``; a test holds the two to the
same list of fact-carrying errors.
"""

from __future__ import annotations

from brokerage_app.cli import (
    event_problems,
    file_problems,
    mapping_problems,
    people_problems,
    walk_in_problems,
)
from brokerage_app.domain.person_problems import (
    PersonKeptError,
    PersonNotFoundError,
    PersonRefusedError,
)
from brokerage_app.domain.timetable import SettingsRefusedError
from brokerage_app.domain.walk_in_problems import WalkInRefusedError
from brokerage_app.errors import BrokerageError
from brokerage_app.interchange.file_problems import TableFileError
from brokerage_app.interchange.mapping_problems import MappingError


def error_text(error: BrokerageError) -> str:
    if isinstance(error, SettingsRefusedError):
        return event_problems.refusal(error)
    if isinstance(error, TableFileError):
        return file_problems.problem_text(error.problem)
    if isinstance(error, PersonRefusedError):
        return people_problems.refusal(error)
    if isinstance(error, PersonKeptError | PersonNotFoundError):
        return people_problems.problem_text(error.problem)
    if isinstance(error, MappingError):
        return mapping_problems.problem_text(error.problem)
    if isinstance(error, WalkInRefusedError):
        return walk_in_problems.problem_text(error.problem)
    return str(error)
