"""Quotes with their speakers, people and places for each document.

`newsreader annotate PATHS` prints a readable report, or with `--json` one JSON object per
document in the same format as `--jsonl`; `newsreader annotate --jsonl FILE` (or `-`) reads JSON
Lines records with "id" and "text" and writes one line per record, in order, with offsets into
that record's text (the format `../shared/eval/README.md` describes). Ids are always strings: a
record without one is numbered by its line.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator, Sequence
from operator import attrgetter

from tui.commands.collection import (
    CommandError,
    add_cache_arguments,
    close_cache,
    open_library,
)
from tui.commands.output import json_line, readable_lines
from tui.commands.progress import with_progress
from tui.core.annotation import annotate
from tui.core.decoding import clean_same_length, printable
from tui.core.documents import Block, Document, paragraph_blocks
from tui.core.model import Annotation, Quote
from tui.core.speakers import Mention


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "paths", nargs="*", metavar="PATHS", help="files or folders (default: the bundled seeds)"
    )
    parser.add_argument(
        "--jsonl",
        metavar="FILE",
        help="read JSON Lines records from FILE (- for stdin), write JSON Lines",
    )
    parser.add_argument(
        "--json",
        action="store_true",
        help="one JSON object per document (the --jsonl output format), as list and quotes do",
    )
    parser.add_argument(
        "--explain",
        action="store_true",
        help="under each quote, the attribution rule that chose its speaker and the candidates"
        " it passed over",
    )
    add_cache_arguments(parser)


def run(args: argparse.Namespace) -> int:
    if args.jsonl:
        return _run_jsonl(args.jsonl)
    if "-" in args.paths:
        raise CommandError(
            "newsreader annotate: - is not a path; to annotate JSON Lines records from stdin,"
            " use `newsreader annotate --jsonl -`"
        )
    library = open_library(args)
    if args.explain:
        for doc in library.documents:
            print(explained(doc))
        return 0
    for step in with_progress(library.annotated(), sys.stderr.isatty() and not sys.stdout.isatty()):
        if args.json:
            record = to_record(step.document.id, step.annotation, step.document.blocks)
            print(json.dumps(record, ensure_ascii=False))
        else:
            print(readable(step.document, step.annotation))
    close_cache(library)
    return 0


def _records(source: str) -> Iterator[tuple[int, str]]:
    if source == "-":
        yield from enumerate(sys.stdin, start=1)
        return
    try:
        with open(source, encoding="utf-8-sig") as handle:
            yield from enumerate(handle, start=1)
    except OSError as err:
        raise CommandError(f"newsreader: cannot read {source}: {err.strerror}") from None


def _run_jsonl(source: str) -> int:
    status = 0
    for number, line in _records(source):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            text = record["text"]
            if not isinstance(text, str):
                raise TypeError
        except (json.JSONDecodeError, KeyError, TypeError):
            print(
                f'newsreader: {printable(source)}:{number}: not a JSON record with a "text" string',
                file=sys.stderr,
            )
            status = 1
            continue
        text = clean_same_length(text)
        blocks = paragraph_blocks(text)
        print(json_line(to_record(str(record.get("id", number)), annotate(text, blocks), blocks)))
    return status


def to_record(ident: str, annotation: Annotation, blocks: Sequence[Block]) -> dict[str, object]:
    """The evaluation format. A quotation running over several paragraphs is written as one
    record per paragraph (each with the same speaker), the way quoted spans are conventionally
    counted; the reader itself keeps it as one quotation. Terms (quoted titles, so-called
    words) are written among the quotes, in order, as kind "term" with no speaker: quoted spans
    all the same, as the gold sets list them."""
    people = annotation.people
    return {
        "id": ident,
        "quotes": [
            {
                "start": start,
                "end": end,
                "kind": q.kind,
                "speaker": people[q.speaker].name if q.speaker is not None else None,
                "speaker_start": q.speaker_start,
                "speaker_end": q.speaker_end,
                "rule": q.rule,
            }
            for q in sorted(annotation.quotes + annotation.terms, key=attrgetter("start"))
            for start, end in paragraph_segments(q, blocks)
        ],
        "people": [
            {"start": m.start, "end": m.end, "name": people[m.person].name}
            for m in annotation.mentions
        ],
        "places": [{"start": p.start, "end": p.end, "name": p.name} for p in annotation.places],
    }


def paragraph_segments(quote: Quote, blocks: Sequence[Block]) -> list[tuple[int, int]]:
    """The quote cut at paragraph ends, as the gold sets count a quotation over paragraphs
    (shared with the ranker's training script, which matches these segments to gold)."""
    if quote.first_block == quote.last_block:
        return [(quote.start, quote.end)]
    segments = []
    for block in blocks[quote.first_block : quote.last_block + 1]:
        start, end = max(quote.start, block.start), min(quote.end, block.end)
        if end > start:
            segments.append((start, end))
    return segments or [(quote.start, quote.end)]


def explained(doc: Document) -> str:
    """The readable report with, under each quote, the rule that chose its speaker and every
    other rule's candidate: the aid for finding which rule to change when a speaker is wrong."""
    candidates: dict[int, list[tuple[Mention, str]]] = {}
    annotation = annotate(doc.text, doc.blocks, explain=candidates.__setitem__)
    return readable(doc, annotation, candidates)


def readable(
    doc: Document,
    annotation: Annotation,
    candidates: dict[int, list[tuple[Mention, str]]] | None = None,
) -> str:
    text = doc.text
    lines = [f"# {doc.title}", f"  {doc.id}"]
    lines.append(f"\nquotes ({len(annotation.quotes)}):")
    for index, quote in enumerate(annotation.quotes):
        speaker = annotation.speaker_name(quote)
        said_as = (
            f" [{text[quote.speaker_start : quote.speaker_end]}]"
            if quote.speaker_start is not None
            else ""
        )
        label = f"{speaker or 'unattributed'}{said_as}" + (
            " (partial)" if quote.kind == "partial" else ""
        )
        lines.append(f"  - {label}: {' '.join(text[quote.start : quote.end].split())}")
        if candidates is not None:
            lines.append(f"      rule: {quote.rule or 'none found a speaker'}")
            lines.extend(
                f"      passed over: {name} [{' '.join(text[mention.start : mention.end].split())}]"
                for mention, name in candidates.get(index, [])
                if (mention.start, mention.end) != (quote.speaker_start, quote.speaker_end)
            )
    if annotation.terms:
        lines.append(f"\nterms, quoted but no one's words ({len(annotation.terms)}):")
        lines.extend(
            f"  - {' '.join(text[term.start : term.end].split())}" for term in annotation.terms
        )
    counts: dict[int, int] = {}
    for mention in annotation.mentions:
        counts[mention.person] = counts.get(mention.person, 0) + 1
    lines.append(f"\npeople ({len(annotation.people)}):")
    for person in annotation.people:
        role = f", {person.role}" if person.role else ""
        lines.append(f"  - {person.name}{role} ×{counts.get(person.id, 0)}")
    place_counts: dict[str, int] = {}
    for place in annotation.places:
        place_counts[place.name] = place_counts.get(place.name, 0) + 1
    lines.append(f"\nplaces ({len(place_counts)}):")
    lines.extend(f"  - {name} ×{count}" for name, count in place_counts.items())
    return readable_lines("\n".join(lines)) + "\n"
