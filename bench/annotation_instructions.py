"""Annotation cost in machine instructions: a figure the load of a shared machine cannot move.

Usage: python bench/annotation_instructions.py [--articles N] [--start N]

Wall and CPU times swing by 10-30 % on a machine other work shares; the number of instructions
a run executes does not (with one hash seed, it repeats to the instruction). This runs the
Python that runs it under valgrind's callgrind three times, side by side: reading the first N
articles of `../shared/eval/corpus-dev.jsonl` (60 by default) and annotating none, all of them,
or making a bare `re.finditer(r"\\w+")` pass over each. The differences are annotation's
instructions an article and the bare pass's, so the ratio says what annotation costs beyond
reading the words, as `bench/annotation_speed.py` says it in time. Needs `valgrind` (apt-get
install valgrind); a run under it takes ~50x its native time.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from measure import EVAL, annotator

_WORD = re.compile(r"\w+")


def texts(articles: int, start: int) -> list[str]:
    lines = (EVAL / "corpus-dev.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line)["text"] for line in lines[start : start + articles]]


def work(task: str, articles: int, start: int) -> None:
    """In the child under callgrind: load the annotator and the texts, annotate one small text
    (the word lists load on first use), then do `task` to every text."""
    from tui.core.annotation import annotate

    news = texts(articles, start)
    annotate('"Warm up," said Jane Doe in Paris.')
    if task == "annotate":
        for text in news:
            annotate(text)
    elif task == "finditer":
        for text in news:
            sum(1 for _ in _WORD.finditer(text))


def instructions(task: str, articles: int, start: int) -> int:
    """The instructions a child run of `task` executes, all of it (start-up included)."""
    with tempfile.TemporaryDirectory() as scratch:
        out = Path(scratch) / "callgrind.out"
        command = [
            "valgrind",
            "--tool=callgrind",
            f"--callgrind-out-file={out}",
            sys.executable,
            __file__,
            "--child",
            task,
            "--articles",
            str(articles),
            "--start",
            str(start),
        ]
        subprocess.run(
            command, check=True, capture_output=True, env={**os.environ, "PYTHONHASHSEED": "0"}
        )
        for line in out.read_text().splitlines():
            if line.startswith("summary:") or line.startswith("totals:"):
                return int(line.split()[1])
    raise SystemExit("callgrind wrote no total")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--articles", type=int, default=60)
    parser.add_argument("--start", type=int, default=0)
    parser.add_argument("--child", choices=("none", "annotate", "finditer"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        work(args.child, args.articles, args.start)
        return
    if shutil.which("valgrind") is None:
        print("skipped: valgrind is not installed (apt-get install valgrind)")
        return
    print(annotator())
    with ThreadPoolExecutor(len(os.sched_getaffinity(0))) as runs:
        base, annotating, passing = runs.map(
            lambda task: instructions(task, args.articles, args.start),
            ("none", "annotate", "finditer"),
        )
    annotated, bare = annotating - base, passing - base
    words = sum(1 for text in texts(args.articles, args.start) for _ in _WORD.finditer(text))
    print(f"{args.articles} corpus-dev articles from {args.start}: {words:,} words")
    print(
        f"re.finditer(r'\\w+') baseline   {bare / args.articles / 1e6:8.3f} M instructions",
        "an article",
    )
    print(
        f"annotate                       {annotated / args.articles / 1e6:8.3f} M instructions "
        f"an article ({annotated / words:,.0f} a word, {annotated / bare:.0f}x the baseline's)"
    )


if __name__ == "__main__":
    main()
