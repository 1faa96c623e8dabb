"""Every speaker in the collection with their quotes and articles, for scripts.

`newsreader speakers [PATHS]` prints one line per speaker, most quoted first: quotes, articles,
name and role, and the other names the articles call them by. A person met under several forms
(`Antony Blinken`, `Secretary Blinken`) is one line. With `--json`, one JSON object per line:
{"name", "role", "forms", "quotes", "articles", "latest"}. `--places` lists the places instead,
with the quotes of the articles that mention them.
"""

from __future__ import annotations

import argparse

from tui.commands.collection import add_cache_arguments, close_cache, open_library
from tui.commands.output import json_line
from tui.commands.progress import with_progress
from tui.core.decoding import printable
from tui.core.speaker_table import SORTS, SpeakerTable, Trail, ordered


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "paths", nargs="*", metavar="PATHS", help="files or folders (default: the bundled seeds)"
    )
    parser.add_argument("--json", action="store_true", help="one JSON object per line")
    parser.add_argument("--places", action="store_true", help="places instead of speakers")
    parser.add_argument(
        "--sort", choices=SORTS, default="quotes", help="order of the lines (default: quotes)"
    )
    add_cache_arguments(parser)


def run(args: argparse.Namespace) -> int:
    library = open_library(args)
    table = SpeakerTable.of(
        (step.document, step.annotation) for step in with_progress(library.annotated())
    )
    close_cache(library)
    for trail in ordered(table.places if args.places else table.speakers, args.sort):
        print(json_line(to_json(trail)) if args.json else printable(readable(trail)))
    return 0


def to_json(trail: Trail) -> dict[str, object]:
    return {
        "name": trail.name,
        "role": trail.role,
        "forms": list(trail.forms),
        "quotes": trail.quotes,
        "articles": trail.articles,
        "latest": trail.latest.isoformat() if trail.latest else None,
    }


def readable(trail: Trail) -> str:
    """`quotes articles name, role (other names)`: every part is printable already."""
    named = trail.name + (f", {trail.role}" if trail.role else "")
    others = [form for form in trail.forms if form != trail.name]
    if others:
        named += f" (also {', '.join(others)})"
    return f"{trail.quotes:6} {trail.articles:5}  {named}"
