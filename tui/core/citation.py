"""A quote with what citing it takes, and the one-line citation `y` copies and exports write.

A quote is cited from its document (title, source, date, URL) and the speaker the article
credits; every field is made safe for a terminal here, once, so the callers never forget to.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from tui.core.decoding import clean_same_length, printable
from tui.core.documents import Document
from tui.core.model import Annotation, Quote

if TYPE_CHECKING:  # the search package is not on the first paint's path
    from tui.core.search import QuoteRecord

_SPACES = re.compile(r"\s+")
_NAME_SEPARATORS = re.compile(r"[\s_\-.]+")
_LEADING_NUMBER = re.compile(r"^\d+\s+")


@dataclass(frozen=True, slots=True)
class Cited:
    """One quote with its source. `text` is the quoted words (marks excluded, line breaks kept
    for CSV and JSON Lines), `quotation` the quote as the article prints it (its own marks);
    `start`/`end` span the quotation in the document."""

    text: str
    quotation: str
    speaker: str | None
    title: str
    source: str | None
    date: str | None
    url: str | None
    doc: str
    """`Document.key`: the record id for JSON Lines, else the path."""
    start: int
    end: int

    @classmethod
    def of_quote(cls, document: Document, annotation: Annotation, quote: Quote) -> Cited:
        return cls._safe(
            document,
            document.text[quote.content_start : quote.content_end],
            annotation.speaker_name(quote),
            quote.start,
            quote.end,
        )

    @classmethod
    def of_record(cls, document: Document, record: QuoteRecord) -> Cited:
        """A search hit's quote; `document` is the record's (for its URL)."""
        return cls._safe(document, record.text, record.speaker, record.start, record.end)

    @classmethod
    def _safe(
        cls, document: Document, text: str, speaker: str | None, start: int, end: int
    ) -> Cited:
        def safe(value: str | None) -> str | None:
            return None if value is None else printable(value)

        return cls(
            text=clean_same_length(text),
            quotation=printable(document.text[start:end]),
            speaker=safe(speaker),
            title=printable(cited_title(document)),
            source=safe(cited_source(document)),
            date=safe(document.date),
            url=safe(document.url),
            doc=printable(document.key),
            start=start,
            end=end,
        )


def cited_title(document: Document) -> str:
    """The article's headline; for a plain file without one, the file's name in words (never a
    sentence cut from the text: a citation must not misquote the article)."""
    if document.headline or document.format == "jsonl":
        return document.title
    words = _NAME_SEPARATORS.sub(" ", Path(document.path).stem).strip()
    words = _LEADING_NUMBER.sub("", words) or words
    return words[:1].upper() + words[1:]


def cited_source(document: Document) -> str | None:
    """The source the article names; for a file without one, its folder (a JSON Lines record,
    the file's name)."""
    if document.source:
        return document.source
    path = Path(document.path)
    return (path.stem if document.format == "jsonl" else path.parent.name) or None


def citation(cited: Cited) -> str:
    """`“…” — Speaker, “Title”, Source, Date` on one line, the quote with the article's own
    marks (speaker `unattributed` when unknown)."""
    words = _SPACES.sub(" ", cited.quotation).strip()
    parts = [f"{words} — {cited.speaker or 'unattributed'}", f"“{cited.title}”"]
    parts += [part for part in (cited.source, cited.date) if part]
    return ", ".join(parts)
