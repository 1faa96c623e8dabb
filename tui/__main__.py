"""`python -m tui` runs the same command as the `newsreader` script."""

import sys

from tui.cli import main

if __name__ == "__main__":  # annotating processes import this module again: they must not run it
    sys.exit(main())
