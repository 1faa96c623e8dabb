"""The records annotation produces: quotes with speakers, people, their mentions and places.

They live apart from the finders (`quotes`, `people`, `places`, `speakers`) so the finders and
`annotation`, which runs them, all import them without importing each other.

Compiled with the annotator (`hatch_build.py`), which makes dozens of them an article. Each
writes its own `__init__`: mypyc then builds the record natively, 6 times as fast as through the
`__init__` that `dataclass` writes (and a frozen dataclass's, through `object.__setattr__`, is
slower still). Never changed once made, yet not frozen (mypy forbids assigning a frozen record's
fields even in `__init__`): hashed by their fields all the same.
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

    def __init__(
        self, id: int, name: str, aliases: tuple[str, ...] = (), role: str | None = None
    ) -> None:
        self.id = id
        self.name = name
        self.aliases = aliases
        self.role = role


@dataclass(slots=True, unsafe_hash=True)
class PersonMention:
    start: int
    end: int
    person: int
    """Index into `Annotation.people`."""

    def __init__(self, start: int, end: int, person: int) -> None:
        self.start = start
        self.end = end
        self.person = person


@dataclass(slots=True, unsafe_hash=True)
class PlaceMention:
    start: int
    end: int
    name: str
    """Canonical place name (the gazetteer's), so `U.S.` and `United States` count together,
    with the accents the text writes it with (`Trois-Rivières`): compare names across articles
    by `gazetteer.fold`, as one article writes `Montréal` and another `Montreal`."""

    def __init__(self, start: int, end: int, name: str) -> None:
        self.start = start
        self.end = end
        self.name = name


QuoteKind = Literal["full", "partial", "term"]


@dataclass(slots=True, unsafe_hash=True)
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

    def __init__(
        self,
        start: int,
        end: int,
        content_start: int,
        content_end: int,
        kind: QuoteKind = "full",
        first_block: int = 0,
        last_block: int = 0,
        speaker: int | None = None,
        speaker_start: int | None = None,
        speaker_end: int | None = None,
        rule: str | None = None,
    ) -> None:
        self.start = start
        self.end = end
        self.content_start = content_start
        self.content_end = content_end
        self.kind = kind
        self.first_block = first_block
        self.last_block = last_block
        self.speaker = speaker
        self.speaker_start = speaker_start
        self.speaker_end = speaker_end
        self.rule = rule


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
