"""Who said what across the collection: every speaker and every place with their quote trails.

Each article names its speakers its own way; the table meets them across articles by their name
forms (`tui.core.name_forms`): full names merge on first name and surname (`Donald J. Trump`,
`Donald Trump`), and a surname alone (`Blinken`, `Secretary Blinken`) joins the one person with
that surname its titles fit, or the one who holds most of that surname's articles, when their
roles and gender do not disagree. Otherwise it stays its own speaker: two people who share a
surname are never merged on a guess.

A trail is a speaker's quotes (or the quotes of every article that mentions a place) ordered by
article date, undated last. Rows keep only document positions and quote numbers, so 100,000
articles cost a few lists of integers; a trail's quotes are made when it is opened.
"""

from __future__ import annotations

import datetime
import re
from array import array
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from tui.core import gazetteer
from tui.core.citation import Cited
from tui.core.decoding import printable
from tui.core.documents import Document
from tui.core.model import Annotation, Person, Quote
from tui.core.name_forms import NameForm, fold, name_form

if TYPE_CHECKING:
    from tui.core.library import Library
    from tui.core.search import QuoteRecord

ACTIVITY_BINS = 12
"""Periods a speaker's quotes are counted in, from the collection's first date to its last."""

DOMINANT_SHARE = 0.8
"""Share of a surname's articles one person must hold for the surname alone to mean them."""

SORTS = ("quotes", "name", "recent")

_DATE = re.compile(r"\s*(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")


def sortable_date(date: str | None) -> datetime.date | None:
    """An article's date when it starts as ISO 8601 (`2016-03-01`, `2016-03`, `2016`)."""
    match = _DATE.match(date) if date else None
    if match is None:
        return None
    year, month, day = (int(part) if part else 1 for part in match.groups())
    try:
        return datetime.date(year, month, day)
    except ValueError:
        return None


@dataclass(frozen=True, slots=True)
class Said:
    """One quote of a trail: the `number`-th quote of the document's annotation."""

    document: Document
    annotation: Annotation
    number: int

    @property
    def quote(self) -> Quote:
        return self.annotation.quotes[self.number]

    @property
    def text(self) -> str:
        return self.document.text[self.quote.content_start : self.quote.content_end]

    @property
    def speaker(self) -> str | None:
        """The speaker as the article names them."""
        return self.annotation.speaker_name(self.quote)

    def cited(self) -> Cited:
        return Cited.of_quote(self.document, self.annotation, self.quote)

    def record(self) -> QuoteRecord:
        """The quote as search finds it (what the reader opens at its quote)."""
        from tui.core.search.records import quote_record

        return quote_record(self.document, self.annotation, self.number)


@dataclass(slots=True)
class Trail:
    """A speaker or a place: what the speakers view lists in one row, and where its quotes are.

    `name`, `role` and `forms` are printable; `activity` counts quotes per period
    (`ACTIVITY_BINS` over the collection's dates); `latest` is the date of the newest article."""

    name: str
    role: str | None
    forms: tuple[str, ...]
    quotes: int
    articles: int
    latest: datetime.date | None
    activity: tuple[int, ...]
    documents: array[int] = field(repr=False)
    """Positions in `SpeakerTable.documents`, ascending (so in date order)."""
    numbers: list[tuple[int, ...]] | None = field(repr=False)
    """The speaker's quote numbers in each of `documents`; None for a place (every quote)."""
    search_text: str = field(default="", repr=False)
    """Name, forms and role folded (no case, no accents), for filtering as one types."""


@dataclass(slots=True)
class _Entry:
    """One person with quotes in one article."""

    position: int
    person: Person
    numbers: list[int]
    form: NameForm


@dataclass(slots=True)
class _Group:
    entries: list[_Entry] = field(default_factory=list)

    def articles(self) -> int:
        return len({entry.position for entry in self.entries})

    def roles(self) -> set[str]:
        return {role for entry in self.entries for role in entry.form.roles}

    def gender(self) -> str | None:
        genders = Counter(entry.form.gender for entry in self.entries if entry.form.gender)
        return genders.most_common(1)[0][0] if genders else None


class SpeakerTable:
    """Speakers and places across the documents added, built by `build()` (in a worker for a big
    collection: it reads every annotation)."""

    def __init__(self) -> None:
        self.documents: list[tuple[Document, Annotation]] = []
        """In date order once built (undated last), the order trails list quotes in."""
        self.speakers: list[Trail] = []
        self.places: list[Trail] = []
        self.names_before_merging = 0
        """Distinct speaker names as the articles give them."""
        self.merged: list[tuple[str, tuple[str, ...]]] = []
        """Each speaker met under more than one name: (name shown, the names merged)."""

    @classmethod
    def of_library(cls, library: Library) -> SpeakerTable:
        """The table of every document the library has annotated so far."""
        table = cls()
        for document in library.documents:
            kept = library.kept(document)
            if kept is not None:
                table.add(document, kept)
        return table.build()

    @classmethod
    def of(cls, pairs: Iterable[tuple[Document, Annotation]]) -> SpeakerTable:
        table = cls()
        for document, annotation in pairs:
            table.add(document, annotation)
        return table.build()

    def add(self, document: Document, annotation: Annotation) -> None:
        self.documents.append((document, annotation))

    def build(self) -> SpeakerTable:
        dated = [
            (sortable_date(document.date), n) for n, (document, _) in enumerate(self.documents)
        ]
        dated.sort(key=lambda pair: (pair[0] is None, pair[0] or datetime.date.min, pair[1]))
        self.documents = [self.documents[n] for _, n in dated]
        dates = [date for date, _ in dated]
        known = [date for date in dates if date is not None]
        periods = _Periods(known[0], known[-1]) if known else None
        self.speakers = self._speakers(dates, periods)
        self.places = self._places(dates, periods)
        return self

    def _speakers(
        self, dates: Sequence[datetime.date | None], periods: _Periods | None
    ) -> list[Trail]:
        entries = _entries(self.documents)
        self.names_before_merging = len({entry.person.name for entry in entries})
        groups = _merge(entries)
        trails = []
        self.merged = []
        for group in groups:
            per_document: dict[int, list[int]] = defaultdict(list)
            for entry in group.entries:
                per_document[entry.position].extend(entry.numbers)
            positions = sorted(per_document)
            numbers = [tuple(sorted(per_document[p])) for p in positions]
            said = Counter[str]()
            roles = Counter[str]()
            for entry in group.entries:
                said[entry.person.name] += len(entry.numbers)
                if entry.form.roles and entry.person.role:
                    roles[entry.person.role] += len(entry.numbers)
            forms = tuple(printable(name) for name, _ in said.most_common())
            full = [name for name, _ in said.most_common() if len(name.split()) > 1]
            name = printable(full[0] if full else forms[0])
            role = printable(max(roles, key=lambda r: (roles[r], len(r)))) if roles else None
            if len(forms) > 1:
                self.merged.append((name, forms))
            trails.append(
                _trail(name, role, forms, positions, numbers, self.documents, dates, periods)
            )
        return trails

    def _places(
        self, dates: Sequence[datetime.date | None], periods: _Periods | None
    ) -> list[Trail]:
        """One trail a place, keyed by its gazetteer form so the articles that write `Montréal`
        and those that write `Montreal` count together; shown with accents if any writes them."""
        where: dict[str, list[int]] = defaultdict(list)
        written: dict[str, str] = {}
        for position, (_, annotation) in enumerate(self.documents):
            if annotation.quotes:
                for place in dict.fromkeys(mention.name for mention in annotation.places):
                    key = gazetteer.fold(place)
                    if key not in written or not place.isascii():
                        written[key] = place
                    if not where[key] or where[key][-1] != position:
                        where[key].append(position)
        return [
            _trail(
                printable(written[key]), None, (), positions, None, self.documents, dates, periods
            )
            for key, positions in where.items()
        ]

    def quotes_of(self, trail: Trail) -> list[Said]:
        """The trail's quotes, by article date (undated last), in text order within one."""
        said: list[Said] = []
        for k, position in enumerate(trail.documents):
            document, annotation = self.documents[position]
            numbers = range(len(annotation.quotes)) if trail.numbers is None else trail.numbers[k]
            said.extend(Said(document, annotation, number) for number in numbers)
        return said


class _Periods:
    """Dates to one of `ACTIVITY_BINS` equal periods from `first` to `last`."""

    def __init__(self, first: datetime.date, last: datetime.date) -> None:
        self.first = first.toordinal()
        self.days = last.toordinal() - self.first + 1

    def of(self, date: datetime.date) -> int:
        return (date.toordinal() - self.first) * ACTIVITY_BINS // self.days


def _trail(
    name: str,
    role: str | None,
    forms: tuple[str, ...],
    positions: list[int],
    numbers: list[tuple[int, ...]] | None,
    documents: Sequence[tuple[Document, Annotation]],
    dates: Sequence[datetime.date | None],
    periods: _Periods | None,
) -> Trail:
    counts = (
        [len(documents[p][1].quotes) for p in positions]
        if numbers is None
        else [len(n) for n in numbers]
    )
    activity = [0] * ACTIVITY_BINS
    latest = None
    for position, count in zip(positions, counts, strict=True):
        date = dates[position]
        if date is not None and periods is not None:
            activity[periods.of(date)] += count
            latest = date
    folded = " ".join(fold(part) for part in (name, *forms, role or ""))
    return Trail(
        name=name,
        role=role,
        forms=forms,
        quotes=sum(counts),
        articles=len(positions),
        latest=latest,
        activity=tuple(activity),
        documents=array("I", positions),
        numbers=numbers,
        search_text=folded,
    )


def _entries(documents: Sequence[tuple[Document, Annotation]]) -> list[_Entry]:
    entries = []
    for position, (_, annotation) in enumerate(documents):
        quoted: dict[int, list[int]] = defaultdict(list)
        for number, quote in enumerate(annotation.quotes):
            if quote.speaker is not None:
                quoted[quote.speaker].append(number)
        for index, numbers in quoted.items():
            person = annotation.people[index]
            form = name_form(person.name, (person.role or "", *person.aliases))
            if form is None:
                form = NameForm(None, fold(person.name))
            entries.append(_Entry(position, person, numbers, form))
    return entries


def _merge(entries: list[_Entry]) -> list[_Group]:
    """Full names by first name and surname; each surname alone into the person it fits, else
    with the other lone uses of that surname whose titles agree."""
    full: dict[tuple[str | None, str], _Group] = {}
    by_surname: dict[str, list[_Group]] = defaultdict(list)
    for entry in entries:
        if entry.form.first is not None:
            group = full.get(entry.form.key)
            if group is None:
                group = full[entry.form.key] = _Group()
                by_surname[entry.form.last].append(group)
            group.entries.append(entry)
    alone: dict[tuple[str, str | None, str | None], _Group] = {}
    for entry in entries:
        if entry.form.first is not None:
            continue
        person = _meant(entry.form, by_surname.get(entry.form.last, ()))
        if person is not None:
            person.entries.append(entry)
            continue
        role = min(entry.form.roles) if entry.form.roles else None
        alone.setdefault((entry.form.last, role, entry.form.gender), _Group()).entries.append(entry)
    return [*full.values(), *_untitled_joined(alone)]


def _meant(form: NameForm, people: Sequence[_Group]) -> _Group | None:
    """The one person a surname alone means: the only one whose roles its titles share, or the
    one holding `DOMINANT_SHARE` of the articles among those its titles share (untitled: among
    those its gender does not contradict)."""
    fitting = [
        person
        for person in people
        if not (form.gender and person.gender() not in (None, form.gender))
        and not (form.roles and person.roles() and not form.roles & person.roles())
    ]
    confirmed = [person for person in fitting if form.roles & person.roles()]
    if len(confirmed) == 1:
        return confirmed[0]
    candidates = confirmed if form.roles else fitting  # a title no one shares fits no one
    if not candidates:
        return None
    articles = [person.articles() for person in candidates]
    best = max(range(len(candidates)), key=articles.__getitem__)
    return candidates[best] if articles[best] >= DOMINANT_SHARE * sum(articles) else None


def _untitled_joined(
    alone: dict[tuple[str, str | None, str | None], _Group],
) -> list[_Group]:
    """Lone surnames without title join the one titled group of that surname when there is
    only one (`Smith` with `Mr. Smith`); with several, they stay apart."""
    titled: dict[str, list[_Group]] = defaultdict(list)
    for (last, role, gender), group in alone.items():
        if role is not None or gender is not None:
            titled[last].append(group)
    groups = []
    for (last, role, gender), group in alone.items():
        if role is None and gender is None and len(titled[last]) == 1:
            titled[last][0].entries.extend(group.entries)
        else:
            groups.append(group)
    return groups


def ordered(trails: Iterable[Trail], by: str) -> list[Trail]:
    """Trails by most quotes, by name, or by most recent (undated last)."""
    if by == "name":
        return sorted(trails, key=lambda trail: (fold(trail.name), trail.name))
    by_quotes = sorted(trails, key=lambda trail: (-trail.quotes, fold(trail.name)))
    if by == "quotes":
        return by_quotes
    if by == "recent":
        return sorted(
            by_quotes,
            key=lambda trail: (
                trail.latest is None,
                -(trail.latest or datetime.date.min).toordinal(),
            ),
        )
    raise ValueError(f"unknown order {by!r} (known: {', '.join(SORTS)})")


def matching(trails: Iterable[Trail], text: str) -> list[Trail]:
    """The trails whose name, other names or role contain every word of `text` (case and
    accents ignored)."""
    words = fold(text).split()
    return [trail for trail in trails if all(word in trail.search_text for word in words)]
