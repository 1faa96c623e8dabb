"""Time to first paint of `newsreader` on the seeds, as a ratio to a minimal Textual app.

Both run on a pty at 80×24 in the same session, alternating, several times; the figure is the
median time from start until a known string is written: the minimal app's one `Static`, and for
newsreader its first screen (the footer's "Quit") and the seed article itself ("Blinken").
Goal: ratio ≤ 1.3. On a shared machine wall times swing with the load; the apps alternate so
both see the same load, and the medians of several runs are compared.

Both sides start from compiled bytecode, as an installed package does (pip compiles on install):
the package is byte-compiled first, since PYTHONDONTWRITEBYTECODE would otherwise leave newsreader
compiling its sources on every start while Textual loads its own from .pyc files.
"""

from __future__ import annotations

import compileall
import os
import statistics
import sys
import tempfile

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
    compileall.compile_dir(ROOT / "tui", quiet=1)
    with tempfile.TemporaryDirectory() as home:
        env = terminal_env(home)
        minimal, first, article = [], [], []
        time_until(
            [newsreader_bin()], [b"Blinken"], env
        )  # warm the annotation cache and the disk cache
        time_until([python_bin(), "-c", MINIMAL], [b"baseline ready"], env)
        for _ in range(RUNS):
            minimal += time_until([python_bin(), "-c", MINIMAL], [b"baseline ready"], env)
            paint, shown = time_until([newsreader_bin()], [b"Quit", b"Blinken"], env)
            first.append(paint)
            article.append(shown)
    base = statistics.median(minimal)
    print(
        f"minimal Textual app (one Static)   median {base * 1000:7.1f} ms  "
        f"(runs: {RUNS}, pty 80x24)"
    )
    for label, walls in (
        ("newsreader first paint", first),
        ("newsreader seed article shown", article),
    ):
        median = statistics.median(walls)
        print(f"{label:<34} median {median * 1000:7.1f} ms  ratio {median / base:.2f}")
    ratio = statistics.median(article) / base
    print(
        f"goal: article shown <= 1.3 x minimal {'met' if ratio <= 1.3 else 'NOT met'} ({ratio:.2f})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
