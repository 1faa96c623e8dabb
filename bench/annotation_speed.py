"""Annotation speed: the whole `annotate()` (quotes, speakers, people, places) in words per second.

Usage: python bench/annotation_speed.py [--copies N] [--runs N] [--cpu]

The seed article repeated N times (default 1,000), each copy made distinct by its number, annotated
once as one long text and once as N separate texts, single-threaded, in this process. Every run
annotates texts it has never seen (its own run number is added), so nothing a finder keeps
between calls can spare it work that a new article would cost. Each figure is set against a plain
`re.finditer(r"\\w+", text)` pass over the same text in the same run, so the ratio says what
annotation costs beyond merely reading the words, whatever the machine. `--cpu` times with the
process's CPU time instead of the wall clock: on a machine shared with other work, it leaves out
the time spent waiting for the other processes.
"""

from __future__ import annotations

import argparse
import re
import time
from collections.abc import Callable

from measure import ROOT

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
    args = parser.parse_args()
    clock = time.process_time if args.cpu else time.perf_counter
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


if __name__ == "__main__":
    main()
