"""PostgreSQL passwords: given once per session, or kept in the system keyring on request.

A password is never stored in the settings (see ``settings.without_password``) nor shown in
a message (``store.database.describe``). Besides typing it, libpq's own means work as they
do for ``psql``: ``PGPASSWORD``, ``~/.pgpass`` and ``PGPASSFILE`` fill in a URL without a
password. The keyring (``keyring`` package) is optional at run time: with no usable
backend nothing is remembered and the window simply asks again next session.
"""

from __future__ import annotations

import logging
from urllib.parse import quote, unquote, urlsplit, urlunsplit

from brokerage_app.settings import without_password

log = logging.getLogger(__name__)

KEYRING_SERVICE = "brokerage-app"
# SQLSTATE class 28, "invalid authorization specification": a wrong password (28P01) or a
# user the server does not let in (28000).
_AUTHENTICATION_STATES = frozenset({"28P01", "28000"})


def is_server_url(location: str) -> bool:
    return location.startswith(("postgresql:", "postgresql+", "postgres:"))


def has_password(location: str) -> bool:
    return without_password(location) != location


def password_of(location: str) -> str:
    """The password a URL carries ("" if none)."""
    return unquote(urlsplit(location).password or "")


def with_password(location: str, password: str) -> str:
    """``location`` (a URL without password) with ``password`` in it, quoted for a URL."""
    parts = urlsplit(without_password(location))
    user, at, host = parts.netloc.rpartition("@")
    if not at:
        user, host = "", parts.netloc
    netloc = f"{user}:{quote(password, safe='')}@{host}"
    return urlunsplit(parts._replace(netloc=netloc))


def password_rejected(error: BaseException) -> bool:
    """Whether ``error`` (from opening a database) means "give me the right password"."""
    seen: BaseException | None = error
    while seen is not None:
        state = getattr(seen, "sqlstate", None) or getattr(
            getattr(seen, "orig", None), "sqlstate", None
        )
        if state in _AUTHENTICATION_STATES:
            return True
        # A refusal while connecting carries no SQLSTATE in psycopg, only libpq's text:
        # the server's "password authentication failed", or libpq's own "no password
        # supplied" when it had none to send.
        text = str(seen)
        if "password authentication failed" in text or "no password supplied" in text:
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def stored_password(location: str) -> str | None:
    """The password remembered in the system keyring for this URL, if any."""
    try:
        import keyring

        return keyring.get_password(KEYRING_SERVICE, without_password(location))
    except Exception as error:  # no backend, a locked keyring, a missing D-Bus: not fatal
        log.info("no password from the keyring: %s", type(error).__name__)
        return None


def remember_password(location: str, password: str) -> bool:
    """Keep the password in the system keyring; False if there is no usable keyring."""
    try:
        import keyring

        keyring.set_password(KEYRING_SERVICE, without_password(location), password)
        return True
    except Exception as error:
        log.info("could not remember the password in the keyring: %s", type(error).__name__)
        return False
