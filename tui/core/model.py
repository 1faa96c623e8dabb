"""The records annotation produces: quotes with speakers, people, their mentions and places.

They live apart from the finders (`quotes`, `people`, `places`, `speakers`) so the finders and
`annotation`, which runs them, all import them without importing each other.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal


@dataclass(slots=True)
class Person:
    """One person, however the text names them (`Antony Blinken`, `Blinken`, `Mr. Blinken`)."""

    id: int
    name: str
    aliases: tuple[str, ...] = ()
    role: str | None = None


@dataclass(frozen=True, slots=True)
class PersonMention:
    start: int
    end: int
    person: int
    """Index into `Annotation.people`."""


@dataclass(frozen=True, slots=True)
class PlaceMention:
    start: int
    end: int
    name: str
    """Canonical place name (the gazetteer's), so `U.S.` and `United States` count together,
    with the accents the text writes it with (`Trois-Rivières`): compare names across articles
    by `gazetteer.fold`, as one article writes `Montréal` and another `Montreal`."""


QuoteKind = Literal["full", "partial", "term"]


@dataclass(frozen=True, slots=True)
class Quote:
    start: int
    """Span of the quotation, marks included; a quote spanning paragraphs covers all of them."""
    end: int
    content_start: int
    """Span of the quoted words, marks excluded."""
    content_end: int
    kind: QuoteKind = "full"
    """"full" for a quotation, "partial" for a short quoted phrase inside a sentence, "term" for
    quoted words that are no one's (a title, a so-called term: `terms`)."""
    first_block: int = 0
    last_block: int = 0
    speaker: int | None = None
    """Index into `Annotation.people`, or None when no person is supported by the text."""
    speaker_start: int | None = None
    """The mention the attribution rests on (`he`, `Blinken`, `the official`)."""
    speaker_end: int | None = None
    rule: str | None = None
    """The attribution rule that chose the speaker (`said after`, …), for `annotate --explain`."""


@dataclass(slots=True)
class Annotation:
    quotes: list[Quote] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    mentions: list[PersonMention] = field(default_factory=list)
    places: list[PlaceMention] = field(default_factory=list)
    terms: list[Quote] = field(default_factory=list)
    """Quoted words that are no one's (`the film "Jaws"`): shown italic, never searched as a
    quote, never counted as one."""

    def speaker_name(self, quote: Quote) -> str | None:
        return self.people[quote.speaker].name if quote.speaker is not None else None
