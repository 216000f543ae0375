"""Developer tool: autogenerate a migration from the models (``python -m ...revision MSG``)."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from alembic import command

from brokerage_app.store.database import _alembic_config, to_url


def main() -> None:
    message = " ".join(sys.argv[1:]) or "schema change"
    with tempfile.TemporaryDirectory() as folder:
        config = _alembic_config(to_url(Path(folder) / "scratch.sqlite"))
        command.upgrade(config, "head")
        command.revision(config, message=message, autogenerate=True)


if __name__ == "__main__":
    main()
