"""The conditions `@speaker` and `#place` put on quotes, in the shapes candidate search needs.

Each filter knows roughly how many quotes it keeps (`estimate`), can list them all (`pool`, when
that is cheap enough to intersect with), can test one quote (`admits`) and says how fully a quote
meets it (`factor`): a quote credited to nobody, in an article that names the speaker, may well
be theirs, so it passes an `@name` filter at a lower factor rather than being lost to a missed
attribution.
"""

from __future__ import annotations

from array import array
from collections.abc import Sequence
from dataclasses import dataclass

UNCREDITED = 0.85
"""Factor of a quote credited to nobody in an article naming the speaker."""


@dataclass(slots=True)
class SpeakerFilter:
    credited: set[int]
    """Quotes credited to a matching speaker."""
    documents: set[int]
    """Documents that name a matching person: their uncredited quotes pass at UNCREDITED."""
    uncredited: Sequence[array]
    """Per document number, its quotes credited to nobody (None for a removed document)."""
    document_of: array
    is_credited: bytearray

    @property
    def estimate(self) -> int:
        return len(self.credited) + sum(len(self.uncredited[doc] or ()) for doc in self.documents)

    def pool(self) -> set[int]:
        found = set(self.credited)
        for doc in self.documents:
            found.update(self.uncredited[doc] or ())
        return found

    def admits(self, quote: int) -> bool:
        return quote in self.credited or (not self.is_credited[quote] and self.document_of[quote] in self.documents)

    def factor(self, quote: int) -> float:
        return 1.0 if quote in self.credited else UNCREDITED


@dataclass(slots=True)
class PlaceFilter:
    documents: set[int]
    """Documents that mention the place(s)."""
    quotes: Sequence[array]
    """Per document number, its quotes (None for a removed document)."""
    document_of: array

    @property
    def estimate(self) -> int:
        return sum(len(self.quotes[doc] or ()) for doc in self.documents)

    def pool(self) -> set[int]:
        found: set[int] = set()
        for doc in self.documents:
            found.update(self.quotes[doc] or ())
        return found

    def admits(self, quote: int) -> bool:
        return self.document_of[quote] in self.documents

    def factor(self, quote: int) -> float:
        return 1.0
