"""Annotation speed: the whole `annotate()` (quotes, speakers, people, places) in words per second.

Usage: python bench/annotation_speed.py [--copies N] [--runs N] [--cpu]

The seed article repeated N times (default 1,000), annotated once as one long text and once as N
separate texts, single-threaded, in this process. Each figure is set against a plain
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
    runs: int, work: Callable[[], object], clock: Callable[[], float] = time.perf_counter
) -> float:
    """The fastest of `runs` timings: the least disturbed by other work on a shared machine."""
    timings = []
    for _ in range(runs):
        started = clock()
        work()
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
    texts = [article] * args.copies
    whole = "\n".join(texts)
    words = sum(1 for _ in _WORD.finditer(whole))
    baseline = best_of(args.runs, lambda: sum(1 for _ in _WORD.finditer(whole)), clock)
    print(f"seed x {args.copies}: {words:,} words, {len(whole):,} characters")
    print(f"re.finditer(r'\\w+') baseline        {words / baseline:>12,.0f} words/s")
    for label, work in (
        ("annotate, one text", lambda: annotate(whole)),
        (f"annotate, {args.copies:,} texts", lambda: [annotate(text) for text in texts]),
    ):
        seconds = best_of(args.runs, work, clock)
        print(
            f"{label:<36}{words / seconds:>12,.0f} words/s  ({seconds:.2f} s, "
            f"{seconds / baseline:.0f}x the baseline's time)"
        )


if __name__ == "__main__":
    main()
