"""Search every quote in the collection, the way the reader's search screen does.

`newsreader quotes QUERY [PATHS]` prints the best quotes: speaker, the quote centred on the match,
title and date. With `--json`, one JSON object per query: {"query", "results": [{"doc", "title",
"start", "end", "text", "speaker", "score"}]}, `doc` being the record id for JSON Lines and the
path otherwise. QUERY `-` reads one query per line from stdin (one output line each with --json).
With `--format md|csv|jsonl`, the quotes with their citations (speaker, title, source, date,
URL; offsets too in CSV and JSON Lines): a Markdown heading per query, one CSV header.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable

from tui.commands.collection import CommandError, add_cache_arguments, close_cache, open_library
from tui.commands.output import escaped_json, json_line, readable_lines
from tui.commands.progress import with_progress
from tui.core.citation import Cited
from tui.core.export import FORMATS, to_csv, to_jsonl, to_markdown
from tui.core.search import SYNTAX, Hit, SearchResult

__doc__ += "\nquery syntax:\n" + SYNTAX.split("\n", 1)[1]


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "query",
        nargs="?",
        metavar="QUERY",
        help="what to search for; - reads one query per line from stdin",
    )
    parser.add_argument(
        "paths", nargs="*", metavar="PATHS", help="files or folders (default: the bundled seeds)"
    )
    parser.add_argument(
        "--speaker", metavar="NAME", help="only quotes by this speaker (the same as @NAME)"
    )
    parser.add_argument(
        "--limit", type=int, default=10, metavar="N", help="at most N quotes per query (default 10)"
    )
    output = parser.add_mutually_exclusive_group()
    output.add_argument("--json", action="store_true", help="one JSON object per query")
    output.add_argument(
        "--format",
        choices=list(FORMATS),
        help="the quotes with their citations as Markdown, CSV or JSON Lines",
    )
    add_cache_arguments(parser)


def run(args: argparse.Namespace) -> int:
    if args.query is None:
        raise CommandError(
            "newsreader quotes: say what to search for, then where (PATHS may be left out: the"
            " bundled seeds), e.g. newsreader quotes '@blinken rafah' ~/news;"
            " `newsreader quotes --help` has the query syntax"
        )
    library = open_library(args)
    for _step in with_progress(library.indexed()):
        pass
    index = library.index
    documents = {document.id: document for document in library.documents}
    for number, query in enumerate(_queries(args.query)):
        full = f'{query} @"{args.speaker}"' if args.speaker else query
        result = index.search(full, limit=max(args.limit, 0))
        if args.format:
            cited = [
                Cited.of_record(documents[hit.record.doc_id], hit.record) for hit in result.hits
            ]
            if args.format == "md":
                print(readable_lines(to_markdown(cited, heading=query)), end="")
            elif args.format == "csv":
                print(readable_lines(to_csv(cited, header=number == 0)), end="")
            else:
                print(escaped_json(to_jsonl(cited)), end="")
        elif args.json:
            print(json_line(to_json(query, result)))
        else:
            print(readable(query, result))
    close_cache(library)  # after the citations: their documents read their bodies from it
    return 0


def _queries(query: str) -> Iterable[str]:
    if query != "-":
        yield query
        return
    for line in sys.stdin:
        yield line.rstrip("\r\n")


def to_json(query: str, result: SearchResult) -> dict[str, object]:
    """One query's results in the format the search scorer reads."""
    return {
        "query": query,
        "results": [
            {
                "doc": hit.record.doc,
                "title": hit.record.title,
                "start": hit.record.start,
                "end": hit.record.end,
                "text": hit.record.text,
                "speaker": hit.record.speaker,
                "score": hit.score,
            }
            for hit in result.hits
        ],
    }


def readable(query: str, result: SearchResult) -> str:
    """The results as text; the query and the message that repeats it are drawn safe too (a query
    read from stdin may hold escape sequences)."""
    lines = [f"# {query}"]
    if result.message:
        lines.append(f"  ({result.message})")
    lines.extend(_hit_lines(hit) for hit in result.hits)
    return readable_lines("\n".join(lines)) + "\n"


def _hit_lines(hit: Hit) -> str:
    record = hit.record
    dated = " — ".join(part for part in (record.title, record.date) if part)
    return f"  {record.speaker or 'unattributed'}: “{hit.snippet}”\n      {dated}"
