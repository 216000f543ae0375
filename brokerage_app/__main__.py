import sys

from brokerage_app.cli import main

sys.exit(main())
