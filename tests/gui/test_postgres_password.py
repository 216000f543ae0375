"""The window asks once per session for a server's password, or takes it from the keyring."""

from __future__ import annotations

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail

from brokerage_app.demo.generator import DemoOptions
from brokerage_app.services.credentials import KEYRING_SERVICE
from brokerage_app.services.demo import create_demo_database
from brokerage_app.settings import settings_path, without_password
from tests.gui.conftest import wait_idle

pytestmark = pytest.mark.postgres


class MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.saved: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.saved.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.saved[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.saved.pop((service, username), None)


@pytest.fixture(autouse=True)
def restore_keyring():  # type: ignore[no-untyped-def]
    before = keyring.get_keyring()
    yield
    keyring.set_keyring(before)


@pytest.fixture
def server_event(postgres_server, tmp_path, monkeypatch) -> str:  # type: ignore[no-untyped-def]
    """A demo event on the server; the URL without its password, and no libpq fallback."""
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "no-pgpass"))
    url = postgres_server.create_database()
    create_demo_database(url, DemoOptions(attendees=20)).dispose()
    return without_password(url)


@pytest.fixture
def answers(monkeypatch):  # type: ignore[no-untyped-def]
    """What the password dialog answers, and every URL it was asked for."""
    from brokerage_app.ui.dialogs.messages import Messages

    state = {"answers": [], "asked": []}

    def ask_password(cls, parent, where):  # type: ignore[no-untyped-def]
        state["asked"].append(where)
        return state["answers"].pop(0) if state["answers"] else None

    monkeypatch.setattr(Messages, "ask_password", classmethod(ask_password))
    return state


def _open(qtbot, window, location: str) -> None:  # type: ignore[no-untyped-def]
    window.app_actions.open_location(location)
    wait_idle(qtbot, window)


def test_asks_once_per_session_and_never_saves_the_password(
    qtbot, window, dialogs, postgres_server, server_event, answers
):
    keyring.set_keyring(fail.Keyring())  # no usable keyring: nothing may crash
    # A wrong password is asked again; Cancel then shows the server's refusal.
    answers["answers"] = [("not the password", True), None]
    _open(qtbot, window, server_event)
    assert answers["asked"] == [server_event, server_event]
    assert not window.context.is_open
    assert len(dialogs.errors) == 1
    assert "password authentication failed" in str(dialogs.errors[0])
    assert "not the password" not in str(dialogs.errors[0])

    answers["asked"].clear()
    answers["answers"] = [(postgres_server.password, True)]
    _open(qtbot, window, server_event)
    assert window.context.is_open and answers["asked"] == [server_event]
    window.context.close_event()
    _open(qtbot, window, server_event)  # the same session: not asked again
    assert window.context.is_open and answers["asked"] == [server_event]
    stored = settings_path().read_text()
    assert server_event in stored and postgres_server.password not in stored


def test_remembered_in_the_keyring_when_asked_to(
    qtbot, window, dialogs, postgres_server, server_event, answers
):
    memory = MemoryKeyring()
    keyring.set_keyring(memory)
    answers["answers"] = [(postgres_server.password, True)]
    _open(qtbot, window, server_event)
    assert window.context.is_open
    assert memory.saved == {(KEYRING_SERVICE, server_event): postgres_server.password}
    window.context.close_event()
    window.context.passwords.clear()  # as in a new session
    _open(qtbot, window, server_event)
    assert window.context.is_open and answers["asked"] == [server_event]
