"""Timing whole commands the way a user runs them: repeated runs, medians, peak memory.

Shared by the bench scripts so each one states only what it runs and what it compares against.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT.parent / "shared" / "eval"


@dataclass
class Runs:
    label: str
    walls: list[float]
    peak_rss_mb: float
    cpus: list[float]
    """CPU seconds (user + system) of the command and the processes it waited for: steadier
    than wall time on a machine others are using."""

    @property
    def median(self) -> float:
        return statistics.median(self.walls)

    def line(self) -> str:
        return (
            f"{self.label:<28} median {self.median * 1000:8.1f} ms  "
            f"min {min(self.walls) * 1000:8.1f} ms  max {max(self.walls) * 1000:8.1f} ms  "
            f"CPU {statistics.median(self.cpus) * 1000:8.1f} ms  "
            f"peak RSS {self.peak_rss_mb:7.1f} MB"
        )


def run_command(label: str, argv: list[str], runs: int = 5, warmup: int = 1) -> Runs:
    """Run argv `runs` times after `warmup`; wall and CPU time each, peak RSS of the largest
    child."""
    walls, cpus = [], []
    peak = 0.0
    for index in range(warmup + runs):
        start = time.perf_counter()
        pid = os.posix_spawnp(
            argv[0],
            argv,
            os.environ,
            file_actions=[
                (os.POSIX_SPAWN_OPEN, 1, os.devnull, os.O_WRONLY, 0),
                (os.POSIX_SPAWN_OPEN, 2, os.devnull, os.O_WRONLY, 0),
            ],
        )
        _, status, usage = os.wait4(pid, 0)
        wall = time.perf_counter() - start
        if os.waitstatus_to_exitcode(status) != 0:
            raise SystemExit(
                f"{label}: {' '.join(argv)} exited {os.waitstatus_to_exitcode(status)}"
            )
        if index >= warmup:
            walls.append(wall)
            cpus.append(usage.ru_utime + usage.ru_stime)
            peak = max(peak, usage.ru_maxrss / 1024)
    return Runs(label, walls, peak, cpus)


def ratio_line(a: Runs, b: Runs) -> str:
    return f"ratio {a.label} / {b.label}: {a.median / b.median:.2f}"


def _environment_bin() -> Path:
    """The bin folder of the environment to time: the one running this bench when newsreader is
    installed there (so `other-venv/bin/python bench/…` times that install, compiled or not),
    else the project's .venv."""
    running = Path(sys.executable).parent
    return running if (running / "newsreader").exists() else ROOT / ".venv" / "bin"


def newsreader_bin() -> str:
    local = _environment_bin() / "newsreader"
    return str(local) if local.exists() else "newsreader"


def python_bin() -> str:
    local = _environment_bin() / "python"
    return str(local) if local.exists() else "python3"


def annotator(python: str = sys.executable) -> str:
    """Which annotator `python` runs, as a bench's first line says it: a compiled one is about a
    third faster, and an install that could not compile it (no C compiler) otherwise looks the
    same."""
    found = subprocess.run(
        [python, "-P", "-c", "import tui.core.people as p; print(p.__file__)"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    kind = "pure Python" if found.endswith(".py") else "compiled with mypyc"
    return f"annotator: {kind} ({found})"
