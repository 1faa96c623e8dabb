"""What a search returns: ranked hits, each ready to show, and a message when the list needs one."""

from __future__ import annotations

from dataclasses import dataclass, field

from tui.core.search.records import QuoteRecord


@dataclass(frozen=True, slots=True)
class Hit:
    record: QuoteRecord
    score: float
    """0 to 1: the share of the query found, lifted by closeness and order; 1 is every word as
    typed."""
    snippet: str
    """One line of the quote centred on the match, whitespace runs as single spaces."""
    marks: list[tuple[int, int]] = field(default_factory=list)
    """(start, end) offsets into `snippet` of the matched words."""


@dataclass(frozen=True, slots=True)
class SearchResult:
    hits: list[Hit]
    message: str | None = None
    """Why the list is empty or what it shows, when that is not plain (empty query, filter only,
    a speaker nobody is, no match); None for an ordinary list of hits."""
