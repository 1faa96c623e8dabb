"""How fast the speakers view (`s`) and a quote trail open once annotation is done.

1. `newsreader ../shared/eval/corpus-dev.jsonl` (840 articles, one a copy of another) on a
   pty at 120×40, annotations from a warm cache, once annotation is done: time from typing `s`
   until the last byte of the view is written (first open: the table is built in a worker;
   second open: kept), then from `enter` until the trail of the most quoted speaker is. `/`
   (the search screen) is measured the same way as the baseline. Goal: each ≤ 100 ms.
2. The core at 100,000 invented articles (10 quotes each, 20,000 speakers, 500 places, no
   annotator run): building the table, ordering and filtering its rows, a trail's quotes, and
   one screenful of speaker rows drawn (the view is a virtual list).
Also prints the distinct speakers before and after merging name forms on the corpus.
"""

from __future__ import annotations

import asyncio
import gc
import re
import statistics
import sys
import tempfile
import time

from measure import EVAL, ROOT, newsreader_bin
from ui_pty import PtyApp, terminal_env

sys.path.insert(0, str(ROOT))

from tui.core.documents import Document
from tui.core.model import Annotation, Person, PlaceMention, Quote
from tui.core.speaker_table import SpeakerTable, matching, ordered

CORPUS = EVAL / "corpus-dev.jsonl"
RUNS = 5


_ANNOTATED = re.compile(rb"[0-9]+ documents[^\n]*? [0-9]+ quotes")
"""The header once every article is annotated."""


def _timed(app: PtyApp, key: bytes) -> float:
    """Seconds from typing `key` until the screen it opens is written out (the last byte)."""
    app.drain(quiet=0.5, timeout=30)
    sent = time.perf_counter()
    app.send(key)
    _count, _first, last = app.drain(quiet=0.15, since=sent)
    return last


def reader_figures() -> None:
    """Each run a fresh reader (so the first `s` builds the table), annotations from the cache
    the warm-up run filled; `/` (the search screen) measured the same way, as the baseline."""
    figures: dict[str, list[float]] = {}
    with tempfile.TemporaryDirectory() as home:
        env = terminal_env(home)
        for _run in range(RUNS + 1):
            app = PtyApp([newsreader_bin(), str(CORPUS)], 120, 40, env)
            try:
                deadline = time.perf_counter() + 120
                while not _ANNOTATED.search(app.output) and time.perf_counter() < deadline:
                    app.drain(quiet=0.5, timeout=5)
                steps = [
                    ("search screen (/), baseline", b"/"),
                    ("", b"\x1b"),
                    ("speakers view, first open", b"s"),
                    ("quote trail (most quoted)", b"\r"),
                    ("", b"\x1b"),
                    ("", b"\x1b"),
                    ("speakers view, again", b"s"),
                ]
                for label, key in steps:
                    took = _timed(app, key)
                    if label:
                        figures.setdefault(label, []).append(took)
            finally:
                app.close(keys=b"\x1bq")
    for label, values in figures.items():
        values = values[1:]  # the warm-up run filled the cache
        print(
            f"{label:<30} median {statistics.median(values) * 1000:6.1f} ms  "
            f"max {max(values) * 1000:6.1f} ms  (corpus-dev, pty 120x40, {len(values)} runs)"
        )


def merging_figures() -> None:
    from tui.core.library import Library
    from tui.core.loading import load

    library = Library(load([str(CORPUS)]))
    library.annotate_all()
    table = SpeakerTable.of_library(library)
    print(
        f"distinct speakers on corpus-dev: {table.names_before_merging} names as the articles "
        f"give them -> {len(table.speakers)} after merging ({len(table.merged)} merged people)"
    )


def invented(articles: int = 100_000, speakers: int = 20_000, places: int = 500):
    """Articles with annotations made up directly (the annotator is not what is measured)."""
    text = "x" * 400
    for n in range(articles):
        people = [
            Person(k, f"Firstname{(n * 7 + k) % speakers} Surname{(n * 13 + k) % speakers}")
            for k in range(3)
        ]
        quotes = [
            Quote(q * 30, q * 30 + 20, q * 30 + 1, q * 30 + 19, speaker=q % 3) for q in range(10)
        ]
        where = [PlaceMention(0, 1, f"Place{(n + k) % places}") for k in range(5)]
        document = Document(
            id=str(n),
            title=f"Article {n}",
            text=text,
            blocks=(),
            path="invented",
            format="jsonl",
            date=f"20{10 + n % 15}-{1 + n % 12:02}-{1 + n % 28:02}",
        )
        yield document, Annotation(quotes=quotes, people=people, places=where)


def scale_figures() -> None:
    from textual.app import App, ComposeResult

    from tui.ui.colours import PLAIN
    from tui.ui.widgets.speaker_list import SpeakerList

    pairs = list(invented())
    gc.freeze()
    start = time.perf_counter()
    table = SpeakerTable.of(pairs)
    built = time.perf_counter() - start
    start = time.perf_counter()
    rows = ordered(table.speakers, "quotes")
    sort = time.perf_counter() - start
    start = time.perf_counter()
    matching(rows, "surname123")
    filtered = time.perf_counter() - start
    start = time.perf_counter()
    said = table.quotes_of(rows[0])
    trail = time.perf_counter() - start

    class Rows(App[None]):
        def compose(self) -> ComposeResult:
            yield SpeakerList()

    async def paint() -> float:
        app = Rows()
        async with app.run_test(size=(120, 40)) as pilot:
            widget = app.query_one(SpeakerList)
            start = time.perf_counter()
            widget.show(rows, PLAIN, True)
            await pilot.pause()
            for y in range(40):
                widget.render_line(y)
            return time.perf_counter() - start

    drawn = asyncio.run(paint())
    quotes = sum(len(a.quotes) for _, a in pairs)
    print(
        f"100,000 articles, {quotes:,} quotes: table built {built * 1000:.0f} ms (worker), "
        f"{len(table.speakers):,} speakers ordered {sort * 1000:.0f} ms, filtered "
        f"{filtered * 1000:.0f} ms, a trail of {len(said)} quotes {trail * 1000:.1f} ms, "
        f"one screen of rows drawn {drawn * 1000:.0f} ms"
    )


if __name__ == "__main__":
    merging_figures()
    reader_figures()
    scale_figures()
