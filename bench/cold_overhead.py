"""What a cold open costs besides annotating: everything `newsreader quotes` does on a folder
opened for the first time (reading and parsing the Markdown files, sending texts to the worker
processes and annotations back, the cache and the snapshot, the quote index) with `annotate()`
replaced by a stub that returns an annotation of the usual size at once: what the annotator finds
in an average corpus-dev article (ten quotes of 90 characters, eight people, 30 mentions, 13
places; quotes of a twentieth of the text each, as the stub first had, cost the quote index
2.7 times the words it really indexes).

Usage: python bench/cold_overhead.py [--articles N] [--runs N]

Prints, per article, the CPU time of the command's own process (the parent, whose share is
serial: it bounds a cold open whatever the cores) and of its worker processes, medians of the
runs. Run it with PYTHONPATH set to another checkout to measure that one the same way.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from collection_scale import build
from measure import python_bin

STUB = """
import os
if os.environ.get("NEWSREADER_BENCH_STUB"):
    import tui.core.annotation as annotation
    from tui.core.model import Annotation, Person, PersonMention, PlaceMention, Quote

    def annotate(text, blocks=None, explain=None):
        n = len(text)
        quotes = []
        for i in range(10):
            s = max(n - 100, 0) * i // 10
            quote = Quote(s, s + 92, s + 1, s + 91, "full", 0, 0, i % 8, s, s + 1, "said after")
            quotes.append(quote)
        people = [Person(i, f"Ana Ruiz{i}", (f"Ruiz{i}",), "harbour master" if i % 2 else None)
                  for i in range(8)]
        mentions = [PersonMention(n * i // 30, n * i // 30 + 3, i % 8) for i in range(30)]
        places = [PlaceMention(n * i // 13, n * i // 13 + 4, f"Lisbon{i % 9}") for i in range(13)]
        return Annotation(quotes, people, mentions, places, [])

    annotation.annotate = annotate
"""
"""Installed as `sitecustomize` for the command and every worker process it spawns."""

RUN = """
import json, resource, sys
from tui.cli import main
if __name__ == "__main__":
    sys.stdout = open("/dev/null", "w")
    main(["quotes", "we will win", sys.argv[1], "--cache", sys.argv[2]])
    own = resource.getrusage(resource.RUSAGE_SELF)
    workers = resource.getrusage(resource.RUSAGE_CHILDREN)
    print(json.dumps([own.ru_utime + own.ru_stime, workers.ru_utime + workers.ru_stime]),
          file=sys.stderr)
"""


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--articles", type=int, default=2_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        folder, stub = Path(scratch) / "news", Path(scratch) / "stub"
        folder.mkdir()
        stub.mkdir()
        build(folder, args.articles)
        (stub / "sitecustomize.py").write_text(STUB, encoding="utf-8")
        (stub / "cold_run.py").write_text(RUN, encoding="utf-8")
        paths = [str(stub), *filter(None, os.environ.get("PYTHONPATH", "").split(os.pathsep))]
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(paths), "NEWSREADER_BENCH_STUB": "1"}
        parents, workers = [], []
        for run in range(args.runs):
            cache = Path(scratch) / f"cache{run}.sqlite3"
            done = subprocess.run(
                [python_bin(), str(stub / "cold_run.py"), str(folder), str(cache)],
                env=env,
                capture_output=True,
                text=True,
                check=True,
            )
            own, children = json.loads(done.stderr.strip().splitlines()[-1])
            parents.append(own / args.articles * 1000)
            workers.append(children / args.articles * 1000)
    parent, worker = statistics.median(parents), statistics.median(workers)
    print(
        f"{args.articles:,} Markdown articles, cold quotes with annotate() stubbed, "
        f"{os.cpu_count()} cores, median of {args.runs}"
    )
    print(f"parent process  {parent:6.2f} ms CPU an article (at most {1000 / parent:,.0f}/s)")
    print(f"worker processes {worker:5.2f} ms CPU an article")
    print(f"all but the annotator: {parent + worker:.2f} ms CPU an article")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
