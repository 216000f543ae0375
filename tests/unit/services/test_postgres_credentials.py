"""PostgreSQL with a password: every path keeps it for the connection and nowhere else.

The test server asks for a password (scram-sha-256, see tests/helpers/postgres.py).
"""

from __future__ import annotations

import json
import logging
from pathlib import Path
from urllib.parse import quote

import pytest

from brokerage_app.cli import main
from brokerage_app.errors import EventFileError
from brokerage_app.services.credentials import password_rejected, with_password
from brokerage_app.settings import load_settings, save_settings, settings_path, without_password
from brokerage_app.store.database import open_database

pytestmark = pytest.mark.postgres


def test_demo_data_and_copy_event_through_urls_with_a_password(postgres_server, tmp_path, capsys):
    url = postgres_server.create_database()
    assert quote(postgres_server.password, safe="") in url
    assert main(["--db", url, "demo-data", "--attendees", "20"]) == 0
    target = postgres_server.create_database()
    assert main(["--db", url, "copy-event", target]) == 0
    assert main(["--db", url, "copy-event", str(tmp_path / "back.sqlite")]) == 0
    out = capsys.readouterr().out
    assert "Copied" in out
    assert postgres_server.password not in out
    assert quote(postgres_server.password, safe="") not in out


def test_libpq_environment_and_password_files_fill_in_a_url_without_password(
    postgres_server, tmp_path, monkeypatch
):
    url = postgres_server.create_database()
    open_database(url, create=True).dispose()
    bare = without_password(url)
    assert postgres_server.password not in bare and "@127.0.0.1" in bare
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "none"))
    with pytest.raises(EventFileError) as refused:
        open_database(bare)
    assert password_rejected(refused.value)

    monkeypatch.setenv("PGPASSWORD", postgres_server.password)
    open_database(bare).dispose()

    monkeypatch.delenv("PGPASSWORD")
    pgpass = tmp_path / "pgpass"
    escaped = postgres_server.password.replace("\\", "\\\\").replace(":", "\\:")
    pgpass.write_text(f"127.0.0.1:{postgres_server.port}:*:{postgres_server.user}:{escaped}\n")
    pgpass.chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(pgpass))
    open_database(bare).dispose()


def test_a_wrong_password_is_named_nowhere(postgres_server, capsys, caplog, monkeypatch):
    monkeypatch.delenv("PGPASSWORD", raising=False)
    url = postgres_server.create_database()
    open_database(url, create=True).dispose()
    wrong = "Wr0ng-Secret-7731"
    bad = with_password(without_password(url), wrong)
    caplog.set_level(logging.DEBUG)
    with pytest.raises(EventFileError) as refused:
        open_database(bad)
    assert password_rejected(refused.value)
    assert "password authentication failed" in str(refused.value)
    assert wrong not in str(refused.value)
    assert main(["--db", bad, "info"]) == 2
    captured = capsys.readouterr()
    assert "password authentication failed" in captured.err
    assert wrong not in captured.err + captured.out
    assert wrong not in caplog.text


def test_settings_never_keep_a_password(postgres_server, tmp_path):
    url = postgres_server.create_database()
    settings = load_settings()
    settings.remember_event(url)
    settings.remember_event(with_password(without_password(url), "other") + "?password=x")
    save_settings(settings)
    stored = settings_path().read_text()
    assert quote(postgres_server.password, safe="") not in stored
    assert postgres_server.password not in stored and "other" not in stored
    assert "password" not in stored
    assert json.loads(stored)["recent_events"][0].startswith("postgresql+psycopg://postgres@")


def test_a_password_stored_by_an_older_version_is_dropped(tmp_path: Path):
    path = settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"recent_events": ["postgresql://brk:S3cret@db/fair"]}))
    assert load_settings().recent_events == ["postgresql://brk@db/fair"]
