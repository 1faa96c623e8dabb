"""Resident memory of the reader holding a whole collection: issue 10's goal is <= 1 GB with
100,000 articles open.

The reader runs on a pty at 80x24 on a folder with a warm cache, until every document is listed
and annotated (the header counts the collection's quotes), then for `--settle` seconds more (the
speakers table is built in a worker once annotation ends); its resident memory (VmRSS) is read
from /proc at those moments, with the peak (VmHWM). `--articles N` builds a folder of N articles
as `collection_scale.py` does and warms its cache with one `newsreader quotes` run; `--folder`
and `--cache` use a folder and a cache already warm (100,000 articles take minutes to warm).
Run it with PYTHONPATH set to another checkout to measure that one in the same conditions.
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
import time
from pathlib import Path

from collection_scale import warm_folder
from measure import newsreader_bin
from ui_pty import PtyApp, terminal_env

ANNOTATED = re.compile(rb"unread \xc2\xb7 \d+ quotes")


def memory(pid: int) -> dict[str, int]:
    """VmRSS and VmHWM of the process, in MB."""
    found = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        name, _, value = line.partition(":")
        if name in ("VmRSS", "VmHWM"):
            found[name] = int(value.split()[0]) // 1024
    return found


def measure(folder: str, cache: str, count: int, settle: float, env: dict[str, str]) -> None:
    app = PtyApp([newsreader_bin(), folder, "--cache", cache], 80, 24, env)
    try:
        first = app.wait_for(b"documents", timeout=300)
        listed = app.wait_for(f"{count} documents \xb7".encode(), timeout=600)
        deadline = time.perf_counter() + 900
        while not ANNOTATED.search(app.output):
            if time.perf_counter() > deadline:
                raise TimeoutError("annotation never ended")
            app.drain(quiet=0.2, timeout=1.0)
        annotated = time.perf_counter() - app.started
        at_annotated = memory(app.pid)["VmRSS"]
        highest = at_annotated
        end = time.perf_counter() + settle
        while time.perf_counter() < end:
            app.drain(quiet=0.2, timeout=0.5)
            highest = max(highest, memory(app.pid)["VmRSS"])
        last = memory(app.pid)
        print(
            f"first titles {first:5.2f} s, all listed {listed:5.2f} s,"
            f" annotated {annotated:5.2f} s;"
            f" resident: {at_annotated} MB when annotated, {last['VmRSS']} MB {settle:.0f} s"
            f" later (highest sampled {highest} MB, peak VmHWM {last['VmHWM']} MB)",
            flush=True,
        )
    finally:
        app.close(keys=b"\x11")


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--articles", type=int, default=2_000, help="a folder of N articles")
    parser.add_argument("--folder", help="a folder of --articles articles, already there")
    parser.add_argument("--cache", help="its warm cache (with --folder)")
    parser.add_argument("--runs", type=int, default=2)
    parser.add_argument("--settle", type=float, default=20.0)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as home:
        env = terminal_env(home)
        folder, cache = args.folder, args.cache
        if folder is None or cache is None:
            folder, cache = warm_folder(Path(home), args.articles, env)
        print(f"the reader on {args.articles:,} articles, warm cache, pty 80x24", flush=True)
        for _ in range(args.runs):
            measure(folder, cache, args.articles, args.settle, env)
    return 0


if __name__ == "__main__":
    sys.exit(main())
