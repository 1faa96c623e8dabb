"""Scrolling a 10,000-word article at 120×40: time from a key to the repainted screen, and bytes.

The article is invented here (paragraphs of our own text with quotes, speakers and places, repeated
to 10,000 words). newsreader runs on a pty; after it has settled, each key is typed and the output
read until the terminal has been quiet for 150 ms: the figures are the time to the first and to
the last byte of the repaint, and the bytes written, medians over several presses.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

from measure import newsreader_bin
from ui_pty import PtyApp, terminal_env

WORDS = 10_000
PRESSES = int(os.environ.get("UI_BENCH_RUNS", "9"))
PARAGRAPHS = [
    "Officials in Valparaiso said on Tuesday that the harbour would reopen within the week, after "
    "storms closed the port for nine days and stranded more than forty cargo ships offshore.",
    '"We have cleared the main channel and the pilots are back at work," harbour master Elena Ruiz '
    'told reporters in Valparaiso. "The first grain ships should dock by Friday."',
    "Traders in Santiago welcomed the news, though several warned that prices for wheat and maize "
    "would stay high until the backlog was cleared, which could take most of the month.",
    'Ruiz said the port authority had asked the navy for two more tugs. "It is a question of days, '
    'not weeks," she said, adding that night shifts would continue through the weekend.',
    "Shipping lines serving Lima and Buenos Aires have already rerouted some vessels to "
    "San Antonio, where the queue of ships waiting to unload reached a record on Monday.",
]


def write_article(folder: Path) -> Path:
    text, count = [], 0
    while count < WORDS:
        for paragraph in PARAGRAPHS:
            text.append(paragraph)
            count += len(paragraph.split())
    path = folder / "long-article.txt"
    path.write_text(
        "Valparaiso harbour to reopen after storms\n\n" + "\n\n".join(text) + "\n", encoding="utf-8"
    )
    return path


def measure(app: PtyApp, key: bytes) -> tuple[list[float], list[float], list[int]]:
    first, last, sizes = [], [], []
    for _ in range(PRESSES):
        app.drain(quiet=0.3)
        sent = time.perf_counter()
        app.send(key)
        count, first_byte, last_byte = app.drain(quiet=0.15, since=sent)
        first.append(first_byte)
        last.append(last_byte)
        sizes.append(count)
    return first, last, sizes


def main() -> int:
    with tempfile.TemporaryDirectory() as home:
        article = write_article(Path(home))
        app = PtyApp([newsreader_bin(), str(article)], 120, 40, terminal_env(home))
        try:
            app.wait_for(b"Valparaiso")
            app.drain(quiet=1.0, timeout=30)
            app.send(b"\t")  # two panes start in the list: the keys go to the article
            app.drain(quiet=0.5)
            print(f"article: {WORDS:,}+ words, pty 120x40, {PRESSES} presses each, medians")
            for label, key in (("j (one line down)", b"j"), ("space (page down)", b" ")):
                first, last, sizes = measure(app, key)
                print(
                    f"{label:<20} first byte {statistics.median(first) * 1000:6.1f} ms   "
                    f"repainted {statistics.median(last) * 1000:6.1f} ms   "
                    f"bytes written {statistics.median(sizes):7.0f}"
                )
        finally:
            app.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
