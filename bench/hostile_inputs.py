"""Time and peak memory of `newsreader list` and `newsreader annotate` on hostile and huge inputs.

Each case is built in a temporary folder, then each command runs on it as a user would (a fresh
process, output to /dev/null): `list` 3 times (median wall time, largest peak resident memory),
`annotate` once with the annotation cache off (a first run, which is what a hostile folder
costs). The README's "Robustness" table is copied from this output.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from measure import newsreader_bin, run_command


def write_repeated(path: Path, piece: str, count: int, head: str = "", tail: str = "") -> Path:
    """head + piece × count + tail, written a megabyte at a time: this process stays small, since
    a spawned command's peak memory as the kernel reports it starts from its parent's."""
    per_chunk = max(1, 1_000_000 // len(piece))
    with path.open("w", encoding="utf-8") as handle:
        handle.write(head)
        for start in range(0, count, per_chunk):
            handle.write(piece * min(per_chunk, count - start))
        handle.write(tail)
    return path


PARAGRAPH = "“We will rebuild the pier before winter,” Mayor Anna Berg said in Oslo on Monday.\n\n"


def huge_line(folder: Path) -> Path:
    return write_repeated(folder / "line.txt", "word ", 2_000_000, tail="\n")  # one 10 MB line


def long_article(folder: Path) -> Path:
    return write_repeated(folder / "long.txt", PARAGRAPH, 120_000, head="Harbour\n\n")


def deep_quotes(folder: Path) -> Path:
    return write_repeated(folder / "deep.md", ">", 100_000, tail=" deep words\n\nafter\n")


def deep_lists(folder: Path) -> Path:
    return write_repeated(folder / "lists.md", "- ", 50_000, tail="deep words\n")


def deep_html(folder: Path) -> Path:
    path = write_repeated(folder / "deep.html", "<div>", 100_000, tail="<p>deep words</p>")
    with path.open("a", encoding="utf-8") as handle:
        handle.write("</div>" * 100_000)
    return path


def deep_json(folder: Path) -> Path:
    path = write_repeated(folder / "deep.jsonl", "[", 1_000_000)
    with path.open("a", encoding="utf-8") as handle:
        handle.write("]" * 1_000_000 + "\n" + json.dumps({"text": PARAGRAPH}) + "\n")
    return path


def many_records(folder: Path) -> Path:
    path = folder / "many.jsonl"
    with path.open("w", encoding="utf-8") as handle:
        for n in range(100_000):
            record = {"id": f"r{n}\x1b[31m", "title": f"T{n}\u202e", "text": PARAGRAPH}
            handle.write(json.dumps(record) + "\n")
    return path


def binary(folder: Path) -> Path:
    path = folder / "blob.txt"
    with path.open("wb") as handle:
        for _ in range(50):
            handle.write(os.urandom(1024 * 1024))
    return path


def hostile_names(folder: Path) -> Path:
    root = folder / "names"
    root.mkdir()
    for n in range(5_000):
        name = f"{n}\x1b[31m\x07\u202e.txt".encode() + (b"\x9b" if n % 2 else b"")
        (root / os.fsdecode(name)).write_text(f"Title {n}\n\n" + PARAGRAPH, encoding="utf-8")
    return root


def control_storm(folder: Path) -> Path:
    piece = "\x1b[2J\x07 Anna Berg said “hi” \x9b31m\r\n"
    return write_repeated(folder / "controls.txt", piece, 200_000)


CASES: list[tuple[str, Callable[[Path], Path]]] = [
    ("one 10 MB line", huge_line),
    ("10 MB article, 120k quotes", long_article),
    ("Markdown, 100,000 > levels", deep_quotes),
    ("Markdown, 50,000 list markers", deep_lists),
    ("HTML, 100,000 nested divs", deep_html),
    ("JSONL, 1,000,000 nested [", deep_json),
    ("JSONL, 100,000 hostile records", many_records),
    ("50 MB of random bytes", binary),
    ("5,000 hostile file names", hostile_names),
    ("9 MB of control characters", control_storm),
]


def main() -> int:
    reader = newsreader_bin()
    with tempfile.TemporaryDirectory() as scratch:
        os.environ["XDG_CACHE_HOME"] = os.devnull  # not a folder: the annotation cache is off
        for number, (label, build) in enumerate(CASES):
            folder = Path(scratch, str(number))
            folder.mkdir()
            target = str(build(folder))
            for command, runs in (("list", 3), ("annotate", 1)):
                found = run_command(f"{command}: {label}", [reader, command, target], runs, 0)
                print(found.line(), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
