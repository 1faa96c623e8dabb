"""`python -m tui` runs the same command as the `newsreader` script."""

import sys

from tui.cli import main

sys.exit(main())
