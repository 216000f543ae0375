"""Our catalogue translator keeps Python's count of references to None intact.

Qt asks a translator with no disambiguation as a null ``const char *``; PySide 6.12 hands
that to a Python ``translate`` override as ``None`` without taking a reference, then drops
one. Every lookup then cost None a reference, and a long session (or a test run) died at
exit with "Fatal Python error: none_dealloc".
"""

from __future__ import annotations

import subprocess
import sys
import textwrap

SCRIPT = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QCoreApplication
    from brokerage_app.ui import i18n

    app = QCoreApplication([])
    assert i18n.install_translators(app, "sv")
    assert QCoreApplication.translate("MainWindow", "&File") == "&Arkiv"
    before = sys.getrefcount(None)
    # More lookups than None has references: one lost per lookup would free None.
    for _ in range(2 * before):
        QCoreApplication.translate("MainWindow", "&File")
        QCoreApplication.translate("AttendeesPage", "Loading {page}")
    print(before - sys.getrefcount(None))
    """
)


def test_translating_does_not_lose_references_to_none() -> None:
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr[-2000:]
    # A few references may come and go with Python's own bookkeeping, not one per lookup.
    assert abs(int(done.stdout.strip())) < 100, done.stdout
