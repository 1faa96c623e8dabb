"""Saving and loading the quote index at 1M quotes, against building it from its records.

Usage: python bench/index_load.py [--eval DIR] [--size 1000000] [--loads 3]

Quotes are the dev corpus's, copied as in `search_speed.py` (each copy a document of its own).
Prints: build time from records, save time and file size, load time (best and median of
`--loads`, and in a fresh process with its resident memory: the index alone, as a starting
reader holds it), and the latency of every dev query on the built index and on the loaded one,
with a check that both return the same hits. The goal: load <= 1 s at 1M quotes, queries as fast.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

from measure import EVAL
from search_speed import copied_records, dev_queries, latencies


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--eval", default=str(EVAL), metavar="DIR")
    parser.add_argument("--size", type=int, default=1_000_000)
    parser.add_argument("--loads", type=int, default=3)
    args = parser.parse_args()

    from tui.core.search import QuoteIndex
    from tui.core.search.saved import read_index, write_index
    from tui.core.versions import annotator_version

    folder = Path(args.eval)
    queries = dev_queries(folder)
    records = [replace(record, doc_id=record.doc) for record in copied_records(folder, args.size)]
    version = annotator_version()

    started = time.perf_counter()
    built = QuoteIndex(records)
    build = time.perf_counter() - started
    del records
    with tempfile.TemporaryDirectory() as scratch:
        path = Path(scratch) / "quotes.index"
        started = time.perf_counter()
        write_index(path, built, {}, version)
        save = time.perf_counter() - started
        size_mb = path.stat().st_size / 2**20
        loads = []
        for _ in range(args.loads):
            started = time.perf_counter()
            found = read_index(path, version)
            loads.append(time.perf_counter() - started)
            assert found is not None
            loaded = found[0]
            del found
        fresh = subprocess.run(
            [sys.executable, "-c", FRESH, str(path), version],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.split()
    same = sum(
        [hit.record for hit in built.search(query, 10).hits]
        == [hit.record for hit in loaded.search(query, 10).hits]
        for query in queries
    )
    print(f"{len(built):,} quotes in {len(set(r.doc_id for r in built.records())):,} documents")
    print(f"  build from records  {build:7.2f} s")
    print(f"  save                {save:7.2f} s   file {size_mb:,.0f} MB")
    print(
        f"  load                {min(loads):7.2f} s   (median {statistics.median(loads):.2f} s "
        f"of {len(loads)}; goal <= 1 s)"
    )
    print(
        f"  fresh process       {float(fresh[0]):7.2f} s   to import and load, "
        f"resident {float(fresh[1]):,.0f} MB with the index alone"
    )
    print(f"  same top 10 hits    {same}/{len(queries)} dev queries")
    for label, index in (("built", built), ("loaded", loaded)):
        summary = latencies(index, queries)
        print(
            f"  queries on {label:7}  n={summary['n']:4}  median {summary['median_ms']:6.1f} ms  "
            f"p95 {summary['p95_ms']:6.1f} ms  max {summary['max_ms']:6.1f} ms"
        )
    print(f"  resident            {_resident_mb():7.0f} MB (both indexes)")
    return 0


FRESH = """
import os, sys, time
from pathlib import Path
started = time.perf_counter()
from tui.core.search.saved import read_index
index = read_index(Path(sys.argv[1]), sys.argv[2])
took = time.perf_counter() - started
with open("/proc/self/statm") as handle:
    print(took, int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20)
"""
"""Loads the saved index in a new process: seconds (its imports included), resident MB."""


def _resident_mb() -> float:
    with open("/proc/self/statm") as handle:
        return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


if __name__ == "__main__":
    sys.exit(main())
