"""Run every bench script in turn and print their figures (what `make bench` does).

Usage: python bench/run_all.py [NAME ...]   (NAME filters scripts by substring, e.g. `search`)
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
NOT_BENCHES = {"measure.py", "run_all.py", "ui_pty.py"}


def main(filters: list[str]) -> int:
    status = 0
    for script in sorted(HERE.glob("*.py")):
        if script.name in NOT_BENCHES or (filters and not any(f in script.name for f in filters)):
            continue
        print(f"== {script.name}", flush=True)
        status |= subprocess.run(
            [sys.executable, str(script)], cwd=HERE.parent, check=False
        ).returncode
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
