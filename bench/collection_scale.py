"""A newsroom-sized folder: cold and warm `newsreader quotes`, and `newsreader list`, against a bare
`python -c pass` in the same run.

Usage: python bench/collection_scale.py [--articles N] [--runs N]

Builds N Markdown articles (front matter + text) in a temporary folder by repeating
`../shared/eval/corpus-dev.jsonl` (each copy made distinct, so nothing is cached by accident),
then times, with a cache of its own:
- cold: the first `quotes` run, which annotates and indexes everything (articles/s);
- warm: the same query again, from the saved quote index (no annotation read) and the
  snapshot of the parsed files;
- list: `newsreader list` over the folder (no annotation), from the cache's snapshot of the
  parsed files and without it.
Wall and CPU times (the CPU of worker processes included) and the peak resident memory of the
command (worker processes are measured apart by the kernel: the figure is the largest single
process).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import tempfile
from pathlib import Path

from measure import EVAL, annotator, newsreader_bin, python_bin, ratio_line, run_command

QUERY = "we will win"


def build(folder: Path, count: int) -> None:
    records = [
        json.loads(line)
        for line in (EVAL / "corpus-dev.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    for number in range(count):
        record = records[number % len(records)]
        front = {"title": record.get("title") or "", "date": record.get("date") or ""}
        lines = [f"{key}: {json.dumps(value)}" for key, value in front.items()]
        body = f"{record['text']}\n\nCopy {number}."
        (folder / f"{number // 1000:03d}").mkdir(exist_ok=True)
        path = folder / f"{number // 1000:03d}" / f"{number:06d}.md"
        path.write_text("---\n" + "\n".join(lines) + "\n---\n" + body, encoding="utf-8")


def warm_folder(home: Path, count: int, env: dict[str, str]) -> tuple[str, str]:
    """A folder of `count` articles built under `home` and a cache beside it, warmed by one
    `newsreader quotes` run as a user's first open would: (folder, cache)."""
    folder, cache = home / "news", home / "cache.sqlite3"
    folder.mkdir()
    build(folder, count)
    warm(str(folder), str(cache), env)
    return str(folder), str(cache)


def warm(folder: str, cache: str, env: dict[str, str]) -> None:
    """Annotate, index and snapshot `folder` into `cache` (nothing to do when it is warm)."""
    subprocess.run(
        [newsreader_bin(), "quotes", "warm", folder, "--cache", cache],
        env=env,
        stdout=subprocess.DEVNULL,
        check=True,
    )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--articles", type=int, default=2_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        folder, cache = Path(scratch) / "news", Path(scratch) / "cache.sqlite3"
        folder.mkdir()
        build(folder, args.articles)
        quotes = [newsreader_bin(), "quotes", QUERY, str(folder), "--cache", str(cache)]
        cold = run_command("quotes, cold cache", quotes, runs=1, warmup=0)
        warm = run_command("quotes, warm cache", quotes, args.runs)
        listing = run_command(
            "list, from the snapshot",
            [newsreader_bin(), "list", str(folder), "--cache", str(cache)],
            args.runs,
        )
        parsed = run_command(
            "list, parsing every file",
            [newsreader_bin(), "list", str(folder), "--no-cache"],
            args.runs,
        )
        bare = run_command("python -c pass", [python_bin(), "-c", "pass"], args.runs)
        size = cache.stat().st_size + sum(
            path.stat().st_size for path in cache.parent.glob(cache.name + "-*")
        )
        index_size = sum(path.stat().st_size for path in cache.parent.glob("*.quotes/*.index"))
    print(f"{args.articles:,} Markdown articles, {os.cpu_count()} cores")
    print(annotator(python_bin()))
    for runs in (cold, warm, listing, parsed, bare):
        print(runs.line())
    print(f"cold: {args.articles / cold.median:,.0f} articles/s annotated, indexed and searched")
    cpu = cold.cpus[0]
    print(
        f"cold CPU: {cpu / args.articles * 1000:.2f} ms per article, all processes; with every"
        f" core free at most {args.articles / cpu * os.cpu_count():,.0f} articles/s"
    )
    print(
        f"cold: {cpu / cold.median:.2f} of {os.cpu_count()} cores busy on average (start-up,"
        " the parent's own work and the machine's other load leave the rest idle)"
    )
    print(ratio_line(warm, bare))
    print(f"cache: {size / 1e6:.1f} MB, {size / 1e6 / args.articles * 1000:.1f} MB per 1,000")
    print(
        f"saved quote index beside it: {index_size / 1e6:.1f} MB, "
        f"{index_size / 1e6 / args.articles * 1000:.1f} MB per 1,000"
    )


if __name__ == "__main__":
    main()
