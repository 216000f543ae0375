"""Entry point of the frozen program: the same command line as ``python -m brokerage_app``."""

import multiprocessing
import sys

from brokerage_app.cli import main

if __name__ == "__main__":
    # OR-Tools and the GUI workers may start processes; a frozen child must not rerun main().
    multiprocessing.freeze_support()
    sys.exit(main())
