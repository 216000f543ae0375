"""The installation self-test: what packaging/build_linux.sh runs against every bundle."""

from __future__ import annotations

from pathlib import Path

import pytest

from brokerage_app.cli import main
from brokerage_app.settings import UserSettings, load_settings, save_settings


def test_selftest_passes_and_leaves_the_users_settings_alone(
    capsys: pytest.CaptureFixture[str],
) -> None:
    save_settings(UserSettings(recent_events=["/events/fair.sqlite"], backups_to_keep=7))

    assert main(["selftest"]) == 0

    out = capsys.readouterr().out
    for step in ("installation", "demo event", "solve", "badge, QR and check-in", "backup"):
        assert f"ok   {step}:" in out
    assert "QR code(s) read" in out and "Self-test passed." in out
    assert load_settings() == UserSettings(recent_events=["/events/fair.sqlite"], backups_to_keep=7)


def test_selftest_reports_a_broken_installation(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # A bundle built without the migrations folder: the first thing a bad spec breaks.
    missing = tmp_path / "missing"
    monkeypatch.setattr("brokerage_app.cli.commands.selftest.migrations_dir", lambda: missing)

    assert main(["selftest"]) == 1

    out = capsys.readouterr().out
    assert "FAIL installation: FileNotFoundError" in out and "missing" in out
    assert "Self-test FAILED: installation." in out
