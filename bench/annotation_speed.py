"""Annotation speed: the whole `annotate()` (quotes, speakers, people, places) in words per second.

Usage: python bench/annotation_speed.py [--copies N] [--runs N] [--cpu] [--articles N]

The seed article repeated N times (default 1,000), each copy made distinct by its number, annotated
once as one long text and once as N separate texts, single-threaded, in this process. Every run
annotates texts it has never seen (its own run number is added), so nothing a finder keeps
between calls can spare it work that a new article would cost. Each figure is set against a plain
`re.finditer(r"\\w+", text)` pass over the same text in the same run, so the ratio says what
annotation costs beyond merely reading the words, whatever the machine. `--cpu` times with the
process's CPU time instead of the wall clock: on a machine shared with other work, it leaves out
the time spent waiting for the other processes.

Then the first `--articles` news articles of `../shared/eval/corpus-dev.jsonl` (300 by default,
when the evaluation kit is beside the project), each annotated as a text of its own: real news
rather than one article repeated. The first line says whether the annotator running is the one
mypyc compiled (`make run`, `pip install .`) or the pure-Python sources (`make test`'s editable
install).
"""

from __future__ import annotations

import argparse
import json
import re
import time
from collections.abc import Callable

from measure import EVAL, ROOT, annotator

from tui.core.annotation import annotate

SEED = ROOT / "seeds" / "000_blinken-rafah-cairo.txt"
_WORD = re.compile(r"\w+")


def best_of(
    runs: int, work: Callable[[int], object], clock: Callable[[], float] = time.perf_counter
) -> float:
    """The fastest of `runs` timings, each given its run number: the least disturbed by other
    work on a shared machine."""
    timings = []
    for run in range(runs):
        started = clock()
        work(run)
        timings.append(clock() - started)
    return min(timings)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--copies", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--cpu", action="store_true", help="time CPU use, not the wall clock")
    parser.add_argument("--articles", type=int, default=300)
    args = parser.parse_args()
    clock = time.process_time if args.cpu else time.perf_counter
    print(annotator())
    article = SEED.read_text(encoding="utf-8").strip()
    runs = [
        [f"{article}\n\nCopy {copy}, run {run}." for copy in range(args.copies)]
        for run in range(args.runs)
    ]
    wholes = ["\n".join(texts) for texts in runs]
    words = sum(1 for _ in _WORD.finditer(wholes[0]))
    baseline = best_of(args.runs, lambda run: sum(1 for _ in _WORD.finditer(wholes[run])), clock)
    print(f"seed x {args.copies}: {words:,} words, {len(wholes[0]):,} characters")
    print(f"re.finditer(r'\\w+') baseline        {words / baseline:>12,.0f} words/s")
    for label, work in (
        ("annotate, one text", lambda run: annotate(wholes[run])),
        (f"annotate, {args.copies:,} texts", lambda run: [annotate(text) for text in runs[run]]),
    ):
        seconds = best_of(args.runs, work, clock)
        print(
            f"{label:<36}{words / seconds:>12,.0f} words/s  ({seconds:.2f} s, "
            f"{seconds / baseline:.0f}x the baseline's time)"
        )
    corpus = EVAL / "corpus-dev.jsonl"
    if args.articles and corpus.exists():
        lines = corpus.read_text(encoding="utf-8").splitlines()[: args.articles]
        texts = [json.loads(line)["text"] for line in lines]
        news = [[f"{text}\n\nRun {run}." for text in texts] for run in range(args.runs)]
        words = sum(1 for text in news[0] for _ in _WORD.finditer(text))
        baseline = best_of(
            args.runs, lambda run: [sum(1 for _ in _WORD.finditer(t)) for t in news[run]], clock
        )
        seconds = best_of(args.runs, lambda run: [annotate(text) for text in news[run]], clock)
        print(
            f"{f'annotate, {len(texts):,} corpus-dev articles':<36}{words / seconds:>12,.0f} "
            f"words/s  ({seconds / len(texts) * 1000:.2f} ms an article, "
            f"{seconds / baseline:.0f}x the baseline's time)"
        )


if __name__ == "__main__":
    main()
