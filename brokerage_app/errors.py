"""Errors a person can act on. The CLI prints them and the GUI shows them as dialogs."""

from __future__ import annotations


class BrokerageError(Exception):
    """An error whose message is written for the organiser, naming the file, row or field."""


class EventFileError(BrokerageError):
    """The event database cannot be opened or created."""


class EventFileMissingError(EventFileError):
    """There is no event file where one was asked for (the window forgets it from Recent)."""

    def __init__(self, path: object) -> None:
        super().__init__(f"No event file at {path}.")
        self.path = path

    def __reduce__(self) -> tuple[type[EventFileMissingError], tuple[object]]:
        return (type(self), (self.path,))


class NotFoundError(BrokerageError):
    """An id given by the user does not exist in the event."""


class ValidationError(BrokerageError):
    """Input breaks a rule; the message names the field."""


class RefusedError(BrokerageError):
    """The operation would lose or orphan data and was refused."""
