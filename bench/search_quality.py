"""Known-item quote search quality: dev queries over the dev corpus, scored by the eval's scorer.

Usage: python bench/search_quality.py [--eval DIR] [--details]

Runs what `cut -f2 QUERIES | newsreader quotes --json - CORPUS` runs, in one process, and prints
`search_score.py`'s hit@1, hit@10 and MRR@10 overall and per kind of query. The evaluation data
stays where it is (internal measurement only); nothing of it is written into the repository.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from measure import EVAL

from tui.commands.quotes import to_json
from tui.core.loading import load
from tui.core.search import QuoteIndex


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--eval", default=str(EVAL), metavar="DIR")
    parser.add_argument(
        "--details", action="store_true", help="also list the queries that miss the top 10"
    )
    args = parser.parse_args()
    folder = Path(args.eval)
    queries_file = folder / "search-dev-queries.tsv"
    rows = [
        line.rstrip("\n").split("\t")
        for line in queries_file.open(encoding="utf-8")
        if line.strip()
    ]

    started = time.perf_counter()
    collection = load([folder / "corpus-dev.jsonl"])
    index = QuoteIndex.from_documents(collection.documents)
    built = time.perf_counter() - started
    print(
        f"corpus: {len(collection.documents)} documents, {len(index)} quotes; "
        f"load + annotate + index {built:.2f} s"
    )

    timings = []
    outputs = []
    for row in rows:
        started = time.perf_counter()
        result = index.search(row[1], limit=10)
        timings.append(time.perf_counter() - started)
        outputs.append(to_json(row[1], result))
    timings.sort()
    print(
        f"queries: {len(rows)}, median {1000 * timings[len(timings) // 2]:.1f} ms, "
        f"p95 {1000 * timings[int(len(timings) * 0.95)]:.1f} ms"
    )

    with tempfile.NamedTemporaryFile(
        "w", suffix=".jsonl", encoding="utf-8", delete=False
    ) as handle:
        for output in outputs:
            handle.write(json.dumps(output, ensure_ascii=False) + "\n")
    scored = subprocess.run(
        [sys.executable, str(folder / "search_score.py"), str(queries_file), handle.name],
        capture_output=True,
        text=True,
        check=False,
    )
    Path(handle.name).unlink()
    print(scored.stdout + scored.stderr, end="")
    if args.details:
        _print_misses(folder, rows, outputs)
    return scored.returncode


def _print_misses(folder: Path, rows: list[list[str]], outputs: list[dict]) -> None:
    sys.path.insert(0, str(folder))
    from search_score import is_hit

    for (kind, query, doc, start, end, target), output in zip(rows, outputs, strict=True):
        ranks = [
            rank
            for rank, result in enumerate(output["results"][:10], 1)
            if is_hit(result, doc, int(start), int(end), target)
        ]
        if not ranks or ranks[0] > 1:
            print(f"{kind:8} rank {ranks[0] if ranks else '-':>2}  {query!r}")


if __name__ == "__main__":
    sys.exit(main())
