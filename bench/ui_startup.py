"""Time to first paint of `newsreader` on the seeds, as a ratio to a minimal Textual app.

Both run on a pty at 80×24 in the same session, alternating, several times; the figure is the
median time from start until a known string is written: the minimal app's one `Static`, and for
newsreader its first screen (the footer's "Quit") and the seed article itself ("Blinken").
Goal: ratio ≤ 1.3. On a shared machine wall times swing with the load; the apps alternate so
both see the same load, and the medians of several runs are compared.

With `--articles N` it opens a folder of N Markdown articles instead (built as
`collection_scale.py` builds them, its cache warmed by one `newsreader quotes` run first) and times
the first titles listed (the header's "documents") and the whole folder listed ("N documents ·"):
issue 10's goal is first paint <= 2 x minimal at 10,000 and 100,000 articles.

Both sides start from compiled bytecode, as an installed package does (pip compiles on install):
the package is byte-compiled first, since PYTHONDONTWRITEBYTECODE would otherwise leave newsreader
compiling its sources on every start while Textual loads its own from .pyc files.
"""

from __future__ import annotations

import argparse
import compileall
import os
import statistics
import sys
import tempfile
from pathlib import Path

from collection_scale import warm_folder
from measure import ROOT, newsreader_bin, python_bin
from ui_pty import PtyApp, terminal_env

RUNS = int(os.environ.get("UI_BENCH_RUNS", "7"))
MINIMAL = (
    "from textual.app import App\nfrom textual.widgets import Static\n"
    "class Minimal(App):\n    def compose(self):\n        yield Static('baseline ready')\n"
    "Minimal().run()\n"
)


def time_until(argv: list[str], needles: list[bytes], env: dict[str, str]) -> list[float]:
    """Seconds from start until each needle appears; the app is then quit with ctrl+q."""
    app = PtyApp(argv, 80, 24, env)
    try:
        return [app.wait_for(needle) for needle in needles]
    finally:
        app.close(keys=b"\x11")


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--articles", type=int, default=0, help="a folder of N articles")
    args = parser.parse_args()
    compileall.compile_dir(ROOT / "tui", quiet=1)
    with tempfile.TemporaryDirectory() as home:
        env = terminal_env(home)
        if args.articles:
            folder, cache = warm_folder(Path(home), args.articles, env)
            argv = [newsreader_bin(), folder, "--cache", cache]
            needles = [b"documents", f"{args.articles} documents ·".encode()]
            labels = ("newsreader first titles listed", "newsreader whole folder listed")
            what = f"{args.articles:,} articles, warm cache"
        else:
            argv = [newsreader_bin()]
            needles = [b"Quit", b"Blinken"]
            labels = ("newsreader first paint", "newsreader seed article shown")
            what = "seeds"
        time_until(argv, needles[-1:], env)  # warm the caches and the disk cache
        time_until([python_bin(), "-c", MINIMAL], [b"baseline ready"], env)
        minimal: list[float] = []
        timed: list[list[float]] = [[], []]
        for _ in range(RUNS):
            minimal += time_until([python_bin(), "-c", MINIMAL], [b"baseline ready"], env)
            for walls, wall in zip(timed, time_until(argv, needles, env), strict=True):
                walls.append(wall)
    base = statistics.median(minimal)
    print(
        f"minimal Textual app (one Static)   median {base * 1000:7.1f} ms  "
        f"(runs: {RUNS}, pty 80x24, {what})"
    )
    for label, walls in zip(labels, timed, strict=True):
        median = statistics.median(walls)
        print(f"{label:<34} median {median * 1000:7.1f} ms  ratio {median / base:.2f}")
    ratio = statistics.median(timed[0 if args.articles else 1]) / base
    goal = 2.0 if args.articles else 1.3
    print(
        f"goal: {labels[0 if args.articles else 1].removeprefix('newsreader ')} <= {goal} x "
        f"minimal {'met' if ratio <= goal else 'NOT met'} ({ratio:.2f})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
