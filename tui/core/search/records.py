"""What the index keeps of each quote: enough to show, filter and open it without the document."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from tui.core.documents import Document
from tui.core.model import Annotation
from tui.core.search.text import words


@dataclass(frozen=True, slots=True)
class QuoteRecord:
    """One quote of one document, as search finds and shows it.

    `start`/`end` span the quotation in `Document.text`, marks included (what a reader jumps to);
    `text` is the quoted words alone. `places` and `people` are what the whole document mentions,
    shared by all its quotes: `#place` filters on the first, `@name` falls back on the second for
    quotes credited to nobody.
    """

    doc: str
    """`Document.key`: the record id for JSON Lines, else the path (what output names)."""
    doc_id: str
    """`Document.id`, unique in a collection (two JSON Lines files may share record ids)."""
    title: str
    date: str | None
    source: str | None
    start: int
    end: int
    text: str
    speaker: str | None
    aliases: tuple[str, ...] = ()
    """Other names of the speaker (`Blinken`, `Mr. Blinken`)."""
    places: tuple[str, ...] = ()
    people: tuple[str, ...] = ()
    """Names and aliases of everyone the document mentions."""
    quote_index: int = 0
    """Position of the quote in its document's `Annotation.quotes`."""


def records_from_document(doc: Document, annotation: Annotation) -> Iterator[QuoteRecord]:
    places, people = mentioned(annotation)
    for number in range(len(annotation.quotes)):
        yield quote_record(doc, annotation, number, places, people)


def mentioned(annotation: Annotation) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The places the document names and the names and aliases of everyone it mentions, each
    once: `QuoteRecord.places` and `people` of each of its quotes."""
    places = tuple(dict.fromkeys(place.name for place in annotation.places))
    people = tuple(
        dict.fromkeys(
            name for person in annotation.people for name in (person.name, *person.aliases)
        )
    )
    return places, people


QuoteFields = tuple[int, int, str, str | None, tuple[str, ...]]
"""A quote's own fields in its record: start, end, text, speaker, aliases."""


def quote_fields(text: str, annotation: Annotation, number: int) -> QuoteFields:
    """The `number`-th quote's own fields as its record holds them (the index adds them without
    making the record: a frozen dataclass of 13 fields costs more than indexing its words)."""
    quote = annotation.quotes[number]
    speaker = annotation.people[quote.speaker] if quote.speaker is not None else None
    return (
        quote.start,
        quote.end,
        text[quote.content_start : quote.content_end],
        speaker.name if speaker else None,
        speaker.aliases if speaker else (),
    )


DocumentQuotes = tuple[tuple[str, ...], tuple[str, ...], list[QuoteFields], list[str]]
"""What the index takes of a document's annotation: the places and the people it mentions
(`mentioned`), each quote's fields, in order, and each quote's words as search folds them
(`text.words`), joined by spaces (a word holds none)."""


def document_quotes(text: str, annotation: Annotation) -> DocumentQuotes:
    """The annotation of `text` as the index takes it: what a worker process that annotated the
    text sends back for indexing, so the collection's own process neither decodes the annotation
    nor reads the text again, nor tokenises the quotes (half of what indexing one cost there:
    each quote's words come as one string, split in a tenth of the time)."""
    places, people = mentioned(annotation)
    fields = [quote_fields(text, annotation, n) for n in range(len(annotation.quotes))]
    return places, people, fields, [" ".join(words(quote[2])) for quote in fields]


def quote_record(
    doc: Document,
    annotation: Annotation,
    number: int,
    places: tuple[str, ...] = (),
    people: tuple[str, ...] = (),
) -> QuoteRecord:
    """The `number`-th quote of the document's annotation as search keeps it."""
    start, end, text, speaker, aliases = quote_fields(doc.text, annotation, number)
    return QuoteRecord(
        doc=doc.key,
        doc_id=doc.id,
        title=doc.title,
        date=doc.date,
        source=doc.source,
        start=start,
        end=end,
        text=text,
        speaker=speaker,
        aliases=aliases,
        places=places,
        people=people,
        quote_index=number,
    )
