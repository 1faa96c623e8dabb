"""Quote search speed and memory at 100k and 1M quotes, against `fzf --filter` on the same quotes.

Usage: python bench/search_speed.py [--eval DIR] [--sizes 100000 1000000] [--prefix-every 1]
                                    [--fzf-queries 10]

The dev corpus's quotes are copied with new document keys (and new string objects, so memory is
not flattered by sharing) up to each size; each size runs in a fresh process so peak RSS is its
own. Per size: index build time, peak resident memory, latency of every dev query, and latency of
every prefix of every query (of every `--prefix-every`-th one), as the reader types them.
Copies repeat the dev vocabulary, so typo correction is also timed on a 200k-word vocabulary.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

from measure import EVAL


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--eval", default=str(EVAL), metavar="DIR")
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000])
    parser.add_argument(
        "--prefix-every",
        type=int,
        default=1,
        metavar="K",
        help="time the prefixes of every K-th query",
    )
    parser.add_argument(
        "--fzf-queries", type=int, default=10, metavar="N", help="queries timed with fzf (0: none)"
    )
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(measure(args, args.child)))
        return 0
    if not shutil.which("fzf"):
        print("fzf not installed: its timings are skipped (apt-get install fzf)")
    print(
        "goals at 1M quotes: median <= 20 ms and p95 <= 80 ms per query (limit 50), "
        "<= 1.5 GB resident;\n"
        f"fzf: the first {args.fzf_queries} dev queries, "
        "one `fzf --filter` run each over the same quotes"
    )
    print(_large_vocabulary(Path(args.eval)))
    for size in args.sizes:
        command = [
            sys.executable,
            __file__,
            "--child",
            str(size),
            "--eval",
            args.eval,
            "--prefix-every",
            str(args.prefix_every),
            "--fzf-queries",
            str(args.fzf_queries),
        ]
        done = subprocess.run(command, capture_output=True, text=True, check=False)
        if done.returncode:
            print(done.stderr, file=sys.stderr)
            return done.returncode
        report(json.loads(done.stdout.splitlines()[-1]))
    return 0


def measure(args: argparse.Namespace, size: int) -> dict:
    from tui.core.search import QuoteIndex

    folder = Path(args.eval)
    queries = dev_queries(folder)
    records = copied_records(folder, size)
    before = _resident_mb()
    started = time.perf_counter()
    index = QuoteIndex(records)
    build = time.perf_counter() - started
    after_build = _resident_mb()

    full = latencies(index, queries)
    typed = [
        query[:end] for query in queries[:: args.prefix_every] for end in range(1, len(query) + 1)
    ]
    prefixes = latencies(index, typed)
    result = {
        "size": len(index),
        "build_s": build,
        "rss_records_mb": before,
        "rss_index_mb": after_build,
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "queries": full,
        "prefixes": prefixes,
        "fzf": None,
    }
    if shutil.which("fzf") and args.fzf_queries:
        result["fzf"] = _fzf(records, queries[: args.fzf_queries])
    return result


def dev_queries(folder: Path) -> list[str]:
    return [
        line.split("\t")[1]
        for line in (folder / "search-dev-queries.tsv").open(encoding="utf-8")
        if line.strip()
    ]


def copied_records(folder: Path, size: int) -> list:
    """`size` quote records: the dev corpus's, copied with new document keys and new strings."""
    from tui.core.loading import load
    from tui.core.search import QuoteIndex

    base = list(QuoteIndex.from_documents(load([folder / "corpus-dev.jsonl"]).documents).records())
    return [
        replace(record, doc=f"{record.doc}~{copy}", text=record.text.encode().decode())
        for copy in range(size // len(base) + 1)
        for record in base
    ][:size]


def _large_vocabulary(folder: Path, size: int = 200_000) -> str:
    """Copies share the dev corpus's small vocabulary, which flatters typo correction; time it
    against the dev words plus random words up to `size`, as a big real collection might have."""
    import random
    import string

    from tui.core.search.text import words
    from tui.core.search.vocabulary import Vocabulary

    rows = [
        line.split("\t")
        for line in (folder / "search-dev-queries.tsv").open(encoding="utf-8")
        if line.strip()
    ]
    vocabulary = Vocabulary()
    known = set()
    for row in rows:
        known.update(words(row[5]))
    for word in sorted(known):
        vocabulary.add(word)
    generator = random.Random(5)
    while len(vocabulary) < size:
        vocabulary.add(
            "".join(generator.choices(string.ascii_lowercase, k=generator.randint(3, 12)))
        )
    vocabulary.prepare()
    typed = sorted(
        {word for row in rows if row[0] == "typo" for word in words(row[1]) if word not in known}
    )
    started = time.perf_counter()
    for word in typed:
        vocabulary.corrections(word)
    each = 1000 * (time.perf_counter() - started) / max(1, len(typed))
    return (
        f"typo correction, {len(vocabulary):,}-word vocabulary: "
        f"{each:.1f} ms per new word ({len(typed)} words)"
    )


def latencies(index, queries: list[str]) -> dict:
    times = []
    for query in queries:
        started = time.perf_counter()
        index.search(query, limit=50)
        times.append(time.perf_counter() - started)
    return _summary(times)


def _summary(times: list[float]) -> dict:
    times = sorted(times)
    return {
        "n": len(times),
        "median_ms": 1000 * times[len(times) // 2],
        "p95_ms": 1000 * times[min(len(times) - 1, int(len(times) * 0.95))],
        "max_ms": 1000 * times[-1],
    }


def _fzf(records, queries: list[str]) -> dict:
    with tempfile.NamedTemporaryFile("w", encoding="utf-8", suffix=".txt", delete=False) as handle:
        for record in records:
            handle.write(" ".join(record.text.split()) + "\n")
    times = []
    try:
        for query in queries:
            with open(handle.name, "rb") as lines:
                started = time.perf_counter()
                subprocess.run(
                    ["fzf", "--filter", query],
                    stdin=lines,
                    stdout=subprocess.DEVNULL,
                    check=False,  # fzf exits 1 when nothing matches
                )
                times.append(time.perf_counter() - started)
    finally:
        os.unlink(handle.name)
    return _summary(times)


def _resident_mb() -> float:
    with open("/proc/self/statm") as handle:
        return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def report(result: dict) -> None:
    print(
        f"\n{result['size']:,} quotes: index built in {result['build_s']:.1f} s; resident "
        f"{result['rss_records_mb']:.0f} MB with the records alone, "
        f"{result['rss_index_mb']:.0f} MB indexed, "
        f"peak {result['peak_rss_mb']:.0f} MB"
    )
    for label, key in (
        ("dev queries", "queries"),
        ("every prefix as typed", "prefixes"),
        ("fzf --filter", "fzf"),
    ):
        summary = result[key]
        if summary is None:
            print(f"  {label:22} skipped (fzf not installed)" if key == "fzf" else "")
            continue
        print(
            f"  {label:22} n={summary['n']:5}  median {summary['median_ms']:7.1f} ms  "
            f"p95 {summary['p95_ms']:7.1f} ms  max {summary['max_ms']:7.1f} ms"
        )


if __name__ == "__main__":
    sys.exit(main())
