"""One line per document: id, date, source, title, word count (`--json` for JSON Lines)."""

from __future__ import annotations

import argparse

from tui.commands.collection import add_cache_arguments, each_document, open_cache
from tui.commands.output import json_line
from tui.core.decoding import printable


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "paths", nargs="*", metavar="PATHS", help="files or folders (default: the bundled seeds)"
    )
    parser.add_argument("--json", action="store_true", help="write one JSON object per document")
    add_cache_arguments(parser)


def run(args: argparse.Namespace) -> int:
    cache = open_cache(args)
    for doc in each_document(args.paths, cache):
        if args.json:
            print(
                json_line(
                    {
                        "id": doc.id,
                        "date": doc.date,
                        "source": doc.source,
                        "title": doc.title,
                        "words": doc.words,
                        "encoding": doc.encoding,
                        "format": doc.format,
                    }
                )
            )
        else:
            print(
                "\t".join(
                    printable(field)
                    for field in (
                        doc.id,
                        doc.date or "-",
                        doc.source or "-",
                        doc.title,
                        str(doc.words),
                    )
                )
            )
    if cache is not None:
        cache.close()
    return 0
