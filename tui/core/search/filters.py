"""The conditions `@speaker` and `#place` put on quotes, in the shapes candidate search needs.

Each filter knows about how many quotes it keeps (`estimate`, from averages, not a count), can
list them all (`pool`, when that is cheap enough to intersect with), can test one quote (`admits`)
and says how fully a quote meets it (`factor`): a quote credited to nobody, in an article that
names the speaker, may well be theirs, so it passes an `@name` filter at a lower factor rather
than being lost to a missed attribution. For the same reason a speaker whose quotes match the
words only weakly lets other speakers' quotes in below them (`WEAK_MATCH`).
"""

from __future__ import annotations

from array import array
from dataclasses import dataclass
from typing import Protocol, TypeAlias

UNCREDITED = 0.85
"""Factor of a quote credited to nobody in an article naming the speaker."""
WEAK_MATCH = 0.5
"""When the speaker's best quote scores below this, the words may belong to a quote whose
attribution is wrong: quotes by others are shown too, at OTHER_SPEAKER."""
OTHER_SPEAKER = 0.5


class DocumentQuotes(Protocol):
    """Quote numbers by document number (documents not removed)."""

    def __getitem__(self, document: int, /) -> array[int]: ...


@dataclass(slots=True)
class SpeakerFilter:
    credited: set[int]
    """Quotes credited to a matching speaker."""
    documents: set[int]
    """Documents that name a matching person: their uncredited quotes pass at UNCREDITED."""
    uncredited: DocumentQuotes
    """Each document's quotes credited to nobody."""
    document_of: array[int]
    is_credited: bytearray
    uncredited_per_document: float

    @property
    def estimate(self) -> int:
        return len(self.credited) + int(len(self.documents) * self.uncredited_per_document)

    def pool(self) -> set[int]:
        found = set(self.credited)
        for number in self.documents:
            found.update(self.uncredited[number])
        return found

    def admits(self, quote: int) -> bool:
        return quote in self.credited or (
            not self.is_credited[quote] and self.document_of[quote] in self.documents
        )

    def factor(self, quote: int) -> float:
        return 1.0 if quote in self.credited else UNCREDITED


@dataclass(slots=True)
class PlaceFilter:
    documents: set[int]
    """Documents that mention the place(s)."""
    quotes: DocumentQuotes
    document_of: array[int]
    quotes_per_document: float

    @property
    def estimate(self) -> int:
        return int(len(self.documents) * self.quotes_per_document)

    def pool(self) -> set[int]:
        found: set[int] = set()
        for number in self.documents:
            found.update(self.quotes[number])
        return found

    def admits(self, quote: int) -> bool:
        return self.document_of[quote] in self.documents

    def factor(self, quote: int) -> float:
        return 1.0


QuoteFilter: TypeAlias = SpeakerFilter | PlaceFilter
"""Either filter: the index only uses what both have."""
