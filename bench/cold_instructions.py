"""A cold open in machine instructions: issue 10's figure, measured so the machine's load cannot
move it.

Usage: python bench/cold_instructions.py [--articles N]

`bench/collection_scale.py` times a cold `newsreader quotes` over a folder of Markdown articles,
but on a shared machine its CPU time swings by 20 % from one run to the next, more than a round
of work changes it. This runs the same cold `quotes` under valgrind's callgrind, following the
worker processes (`--trace-children`, one hash seed), over N articles and over N/2, and prints
the difference per article: what one more article costs the command's own process and its
worker processes, start-up (imports, word lists, spawning) left out. A bare
`re.finditer(r"\\w+")` pass over the same texts, counted the same way
(`bench/annotation_instructions.py`), is the baseline. Needs valgrind; ~50x the native time
(N=400: a few minutes).

One part of the count is not what runs natively: the digests (`documents.digest`, SHA-256, two
an article). OpenSSL runs them on the processor's SHA instructions, which valgrind does not
offer, so under it they take OpenSSL's portable code: about 0.3 M instructions more an article
than the native run executes.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from annotation_instructions import instructions as in_process
from collection_scale import QUERY, build
from measure import annotator, newsreader_bin, python_bin


def cold_open(articles: int) -> tuple[int, int]:
    """Instructions of a cold `quotes` over `articles` files: the command's own, its workers'."""
    with tempfile.TemporaryDirectory() as scratch:
        home = Path(scratch)
        folder, out = home / "news", home / "callgrind"
        folder.mkdir()
        out.mkdir()
        build(folder, articles)
        env = {
            **os.environ,
            "PYTHONHASHSEED": "0",
            **{name: str(home / "xdg") for name in ("XDG_CACHE_HOME", "XDG_DATA_HOME")},
        }
        subprocess.run(
            [
                "valgrind",
                "--tool=callgrind",
                "--trace-children=yes",
                f"--callgrind-out-file={out}/%p",
                newsreader_bin(),
                "quotes",
                QUERY,
                str(folder),
                "--cache",
                str(home / "cache.sqlite3"),
            ],
            check=True,
            capture_output=True,
            env=env,
        )
        own = workers = 0
        for found in out.iterdir():
            text = found.read_text(errors="replace")
            total = next(
                (int(line.split()[1]) for line in text.splitlines() if line.startswith("summary:")),
                0,
            )
            command = next((line for line in text.splitlines() if line.startswith("cmd:")), "")
            if "newsreader" in command and "multiprocessing" not in command:
                own += total
            else:
                workers += total
        return own, workers


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--articles", type=int, default=400)
    args = parser.parse_args()
    if shutil.which("valgrind") is None:
        print("skipped: valgrind is not installed (apt-get install valgrind)")
        return
    print(annotator(python_bin()))
    half = args.articles // 2
    with ThreadPoolExecutor(len(os.sched_getaffinity(0))) as runs:
        bigger = runs.submit(cold_open, args.articles)
        smaller = runs.submit(cold_open, half)
        added = args.articles - half  # the articles a bigger folder adds, `build` repeats them
        none = runs.submit(in_process, "none", added, half)
        bare = runs.submit(in_process, "finditer", added, half)
        (own, workers), (own_half, workers_half) = bigger.result(), smaller.result()
        baseline = (bare.result() - none.result()) / added
    parent = (own - own_half) / added
    pool = (workers - workers_half) / added
    print(f"cold `quotes`, {args.articles:,} against {half:,} Markdown articles: one more costs")
    print(f"  the command's own process   {parent / 1e6:7.3f} M instructions")
    print(f"  its worker processes        {pool / 1e6:7.3f} M instructions")
    print(
        f"  in all                      {(parent + pool) / 1e6:7.3f} M instructions "
        f"({(parent + pool) / baseline:.0f}x a bare re.finditer(r'\\w+') pass over it, "
        f"{baseline / 1e6:.3f} M)"
    )
    print(
        f"whole runs, start-up included: {(own + workers) / 1e9:.2f} G instructions "
        f"({args.articles:,}), {(own_half + workers_half) / 1e9:.2f} G ({half:,})"
    )


if __name__ == "__main__":
    main()
