"""QuoteIndex: every quote of a collection, searchable while the reader types.

What it keeps, compact enough for a million quotes:
- word -> quote numbers (`Postings`, `array('I')`), with the vocabulary that prefixes and typo
  corrections are looked up in;
- each quote's words as word ids, in order, in one `array('I')`: the positions that proximity,
  order and phrases are scored on, without a second tokenisation at query time;
- speaker-name words -> quotes, mentioned-person words -> documents, place words -> documents,
  for `@name` and `#place`.

How a search runs: the query's words become weighted slots (`matching.expand`); filters and
required words that are cheap to list are intersected into a base set; the rarer query words
(up to five) give candidate tiers, quotes holding the heaviest combination of them first; at most
`CANDIDATES` candidates get a cheap upper bound of their score, the `SCORED` best bounds are scored
in full (`ranking.Ranker`), stopping once no bound can beat the `limit`-th score, and the best
`limit` are returned with snippets. Words too common to list (`the`, a one-letter prefix) are
only scored, never listed.

Why not SQLite FTS5 (measured here, same 1M quotes): ranking by bm25 needs an OR of the query
words, and with common words in it that scores most rows: median 260 ms, p95 780 ms per query;
an AND query is fast (median 6 ms) but p95 170 ms and loses every quote a typo or a misremembered
word leaves out. Listing only the rarer words and bounding the work per query is what keeps this
index within 20 ms at a million quotes.

All public methods hold one lock, so the UI may search from a worker thread while another thread
updates a document.
"""

from __future__ import annotations

import heapq
import threading
from array import array
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import partial, reduce
from itertools import combinations, islice
from typing import TypeVar

from tui.core.annotation import annotate
from tui.core.documents import Document
from tui.core.model import Annotation
from tui.core.search import matching
from tui.core.search.filters import (
    OTHER_SPEAKER,
    WEAK_MATCH,
    PlaceFilter,
    QuoteFilter,
    SpeakerFilter,
)
from tui.core.search.postings import Postings
from tui.core.search.query import EXACT, EXCLUDE, PHRASE, PLACE, SPEAKER, WORD, Query, Term, parse
from tui.core.search.ranking import EXCLUDED, Ranker, Scored, idf
from tui.core.search.record_table import (
    Columns,
    DocumentFields,
    Ragged,
    RecordTable,
    Runs,
    thawed,
)
from tui.core.search.records import (
    DocumentQuotes,
    QuoteFields,
    QuoteRecord,
    document_quotes,
    records_from_document,
)
from tui.core.search.results import Hit, SearchResult
from tui.core.search.snippet import snippet
from tui.core.search.text import words

_T = TypeVar("_T")
_POSTINGS = ("words", "speakers", "mentions", "places")

CANDIDATES = 1000
"""Most quotes a search looks at (their coverage, cheaply), unless it asks for more hits."""
SCORED = 300
"""Most of them scored in full (closeness, order), best coverage first."""
LISTABLE = 100_000
"""A word or filter with more quotes than this is tested on candidates, never listed."""
DRIVERS = 5
"""Most query words whose quote lists make the candidate tiers."""
NAME_PREFIX = 2
"""Letters of an `@name` or `#place` being typed before it filters (`@t` would mean anyone)."""
COMPACT_AFTER = 0.25
"""Share of removed quotes at which the index rebuilds itself without them."""


@dataclass(slots=True)
class _Slots:
    """The query's words as the ranker's slots, in the order typed."""

    weights: list[float] = field(default_factory=list)
    expansions: list[dict[int, float]] = field(default_factory=list)
    listed: list[int] = field(default_factory=list)
    """Per slot, how many quotes its words are in (removed ones included)."""
    required: list[int] = field(default_factory=list)
    bonus: set[int] = field(default_factory=set)
    phrases: list[tuple[int, ...]] = field(default_factory=list)
    excluded: set[int] = field(default_factory=set)
    excluded_phrases: list[tuple[int, ...]] = field(default_factory=list)

    def add(self, expansion: dict[int, float], weight: float, listed: int) -> int:
        self.weights.append(weight)
        self.expansions.append(expansion)
        self.listed.append(listed)
        return len(self.weights) - 1

    def ranker(self) -> Ranker:
        lookup: dict[int, list[tuple[int, float]]] = {}
        for slot, expansion in enumerate(self.expansions):
            for ident, weight in expansion.items():
                lookup.setdefault(ident, []).append((slot, weight))
        for ident in self.excluded:
            lookup[ident] = [(EXCLUDED, 0.0)]
        return Ranker(
            self.weights,
            {ident: tuple(pairs) for ident, pairs in lookup.items()},
            tuple(self.required),
            tuple(self.phrases),
            tuple(self.excluded_phrases),
            frozenset(self.bonus),
        )


class QuoteIndex:
    """Every quote of a collection, searchable by words, speaker and place.

    `QuoteIndex(records)` indexes `QuoteRecord`s; `QuoteIndex.from_documents(docs)` makes them
    (annotating documents when no annotations are given). `update(doc, annotation)` and
    `remove(doc_key)` keep it current as documents change; `search(query, limit)` answers.
    """

    def __init__(self, records: Iterable[QuoteRecord] = ()) -> None:
        self._lock = threading.RLock()
        self._reset()
        for record in records:
            self._add(record)
        self._words.vocabulary.prepare()

    @classmethod
    def from_documents(
        cls, docs: Iterable[Document], annotations: Iterable[Annotation] | None = None
    ) -> QuoteIndex:
        docs = list(docs)
        found = (
            list(annotations)
            if annotations is not None
            else [annotate(doc.text, doc.blocks) for doc in docs]
        )
        return cls(
            record
            for doc, annotation in zip(docs, found, strict=True)
            for record in records_from_document(doc, annotation)
        )

    def __len__(self) -> int:
        return self._live

    def update(self, doc: Document, annotation: Annotation) -> None:
        """Replace the quotes of `doc` (matched by `doc.id`) with those of `annotation`."""
        self.update_quotes(
            doc, document_quotes(doc.text, annotation) if annotation.quotes else None
        )

    def update_quotes(self, doc: Document, quotes: DocumentQuotes | None) -> None:
        """`update` with the annotation as the index takes it (`document_quotes`, made where the
        text was annotated); None for no quotes."""
        with self._lock:
            self._thaw()
            self._remove(doc.id)
            if not quotes or not quotes[2]:
                return
            places, people, fields, quote_words = quotes
            number = self._add_document(
                (doc.id, doc.key, doc.title, doc.date, doc.source, places, people)
            )
            for position, (quote, joined) in enumerate(zip(fields, quote_words, strict=True)):
                self._add_quote(number, position, quote, joined.split())

    def remove(self, doc_id: str) -> None:
        """Drop every quote of the document (`Document.id`); unknown ids are ignored."""
        with self._lock:
            self._thaw()
            self._remove(doc_id)

    def records(self) -> Iterator[QuoteRecord]:
        """Every indexed quote, in the order added."""
        with self._lock:
            live = self._live_records()
        return iter(live)

    def write(self, save: Callable[[Columns], _T]) -> _T:
        """`save(columns)`, the index as named columns (`from_columns` takes them back), with
        the index held still until it returns."""
        with self._lock:
            self._thaw()
            columns: Columns = {
                "tokens": self._tokens,
                "offsets": self._offsets,
                "credited": self._credited,
                "removed_documents": self._removed_documents,
            }
            for name, runs in (("quotes_of", self._quotes_of), ("uncredited", self._uncredited)):
                ragged = runs.ragged()
                columns[name] = ragged.flat
                columns[f"{name}_ends"] = ragged.ends
            columns.update(self._table.columns())
            for name, postings in self._all_postings().items():
                columns.update(
                    (f"{name}.{column}", value) for column, value in postings.columns().items()
                )
            return save(columns)

    @classmethod
    def from_columns(cls, columns: Columns) -> QuoteIndex:
        """The index `write` gave the columns of; ValueError when they do not fit together."""
        index = cls()
        index._lock = threading.RLock()
        table = index._table = RecordTable.from_columns(columns)
        index._document_of = table.document_of
        index._tokens, index._offsets = columns["tokens"], columns["offsets"]
        index._credited = columns["credited"]
        removed = index._removed_documents = columns["removed_documents"]
        index._quotes_of = Runs(Ragged(columns["quotes_of"], columns["quotes_of_ends"]))
        index._uncredited = Runs(Ragged(columns["uncredited"], columns["uncredited_ends"]))
        quotes, documents = len(table.document_of), len(table.ids)
        if (
            len(index._offsets) != quotes + 1
            or index._offsets[-1] != len(index._tokens)
            or len(index._credited) != quotes
            or not len(removed) == len(index._quotes_of) == len(index._uncredited) == documents
        ):
            raise ValueError("quote columns do not fit together")
        index._numbers = {
            ident: number for number, ident in enumerate(table.ids) if not removed[number]
        }
        index._live = quotes - sum(
            len(index._quotes_of[number]) for number in range(documents) if removed[number]
        )
        index._words, index._speakers, index._mentions, index._places = (
            Postings.from_columns(
                {
                    column[len(name) + 1 :]: value
                    for column, value in columns.items()
                    if column.startswith(f"{name}.")
                }
            )
            for name in _POSTINGS
        )
        index._name_ids = {}
        index._thawed = False
        index._words.vocabulary.prepare()
        return index

    def search(self, query: str, limit: int = 50) -> SearchResult:
        """The best `limit` quotes for a query in the syntax of `tui.core.search.query`."""
        parsed = parse(query)
        with self._lock:
            return self._search(parsed, limit)

    # Storage

    def _reset(self) -> None:
        self._table = RecordTable()
        self._words = Postings()
        self._tokens = array("I")
        self._offsets = array("I", [0])
        self._document_of = self._table.document_of
        self._credited = bytearray()
        self._quotes_of = Runs()
        """Each document's quotes, by document number."""
        self._uncredited = Runs()
        """Each document's quotes credited to nobody."""
        self._removed_documents = bytearray()
        """1 for each document number removed."""
        self._numbers: dict[str, int] = {}
        self._speakers = Postings()
        self._mentions = Postings()
        self._places = Postings()
        self._name_ids: dict[int, set[int]] = {}
        """Credit number -> its name's word ids in `_speakers`."""
        self._live = 0
        self._thawed = True

    def _thaw(self) -> None:
        """Copy the columns a loaded index reads from its saved file (`record_table`) into arrays
        that can grow, before its first change; once, and never for an index that was built."""
        if self._thawed:
            return
        self._table.thaw()
        self._document_of = self._table.document_of
        self._tokens, self._offsets = thawed(self._tokens), thawed(self._offsets)
        self._thawed = True

    def _all_postings(self) -> dict[str, Postings]:
        """Each postings by the name its columns are saved under."""
        postings = (self._words, self._speakers, self._mentions, self._places)
        return dict(zip(_POSTINGS, postings, strict=True))

    def _is_live(self, quote: int) -> bool:
        return not self._removed_documents[self._document_of[quote]]

    def _live_records(self) -> list[QuoteRecord]:
        table = self._table
        return [table.record(quote) for quote in range(len(self._credited)) if self._is_live(quote)]

    def _add(self, record: QuoteRecord) -> None:
        number = self._numbers.get(record.doc_id)
        if number is None:
            number = self._add_document(
                (
                    record.doc_id,
                    record.doc,
                    record.title,
                    record.date,
                    record.source,
                    record.places,
                    record.people,
                )
            )
        fields = (record.start, record.end, record.text, record.speaker, record.aliases)
        self._add_quote(number, record.quote_index, fields, words(record.text))

    def _add_quote(
        self, number: int, position: int, fields: QuoteFields, quote_words: list[str]
    ) -> None:
        """Add the `position`-th quote of document `number`, whose text has `quote_words`."""
        quote = len(self._credited)
        self._quotes_of[number].append(quote)
        credit = self._table.add(number, position, fields)
        ids = self._words.ids(quote_words)
        self._tokens.extend(ids)
        self._offsets.append(len(self._tokens))
        self._words.add(set(ids), quote)
        if credit:
            self._credited.append(1)
            self._speakers.add(self._credit_words(credit), quote)
        else:
            self._credited.append(0)
            self._uncredited[number].append(quote)
        self._live += 1

    def _credit_words(self, credit: int) -> set[int]:
        """The word ids of the speaker's name and aliases, made once a credit (a speaker is
        quoted many times over an archive)."""
        found = self._name_ids.get(credit)
        if found is None:
            names = " ".join(self._table.names.tuple(self._table.credits[credit]))
            found = self._name_ids[credit] = set(self._speakers.ids(words(names)))
        return found

    def _add_document(self, fields: DocumentFields) -> int:
        number = self._table.add_document(fields)
        self._quotes_of.append(array("I"))
        self._uncredited.append(array("I"))
        self._removed_documents.append(0)
        self._numbers[fields[0]] = number
        places, people = fields[5:]
        self._mentions.add_words(words(" ".join(people)), number)
        self._places.add_words(words(" ".join(places)), number)
        return number

    def _remove(self, key: str) -> None:
        number = self._numbers.pop(key, None)
        if number is None:
            return
        self._removed_documents[number] = 1
        table = self._table
        quoted = self._quotes_of[number]
        for quote in quoted:
            self._words.forget(set(self._tokens[self._offsets[quote] : self._offsets[quote + 1]]))
            names = table.credit_names(quote)
            if names:
                self._speakers.forget_words(set(words(" ".join(names))))
        self._mentions.forget_words(set(words(" ".join(table.names.tuple(table.people[number])))))
        self._places.forget_words(set(words(" ".join(table.names.tuple(table.places[number])))))
        self._live -= len(quoted)
        quotes = len(self._credited)
        if quotes - self._live > max(1000, COMPACT_AFTER * quotes):
            live = self._live_records()
            self._reset()
            for record in live:
                self._add(record)

    # Search

    def _search(self, query: Query, limit: int) -> SearchResult:
        if query.is_empty:
            return SearchResult([], f"type to search {self._live} quotes")
        notes: list[str] = []
        unfinished = [
            term
            for term in query.terms
            if term.kind in (SPEAKER, PLACE) and term.prefix and len(term.words[-1]) < NAME_PREFIX
        ]
        if unfinished:
            query = Query(tuple(term for term in query.terms if term not in unfinished))
            notes.append(f"keep typing {unfinished[0].typed}")
            if query.is_empty:
                return SearchResult([], notes[0])
        query = self._joined_names(query)
        slots = _Slots()
        speakers = self._speaker_filter(query, slots, notes)
        places = self._place_filter(query)
        if places is not None and not places.documents:
            typed = " ".join(term.typed for term in query.of_kind(PLACE))
            return SearchResult([], f"no article mentions {typed}")
        missing = self._add_slots(query, slots)
        if missing:
            return SearchResult([], f"no quote has {missing}")
        filters = [found for found in (speakers, places) if found is not None]
        if not slots.weights and not filters:
            if query.of_kind(EXCLUDE) and not query.of_kind(WORD, EXACT, PHRASE):
                notes.append(f"{_typed(query, EXCLUDE)} only narrows a search: type words too")
            else:
                notes.append(f"no quote matches {_typed(query)}")
            return SearchResult([], "; ".join(notes))
        popularity = self._popularity(speakers, query, notes)
        hits = self._rank(slots, filters, limit, popularity)
        if speakers is not None and slots.weights and (not hits or hits[0].score < WEAK_MATCH):
            hits = self._with_other_speakers(
                hits, slots, [found for found in filters if found is not speakers], limit
            )
            notes.append(
                f"few quotes by {_typed(query, SPEAKER)} match: "
                "quotes by others follow, ranked lower"
            )
        if not hits:
            notes.append(f"no quote matches {_typed(query)}")
        elif not slots.weights:
            notes.append(f"quotes {_filter_words(query)}: type words to search them")
        return SearchResult(hits, "; ".join(notes) or None)

    def _joined_names(self, query: Query) -> Query:
        """`@ann lane` typed without quotes: the words after an `@name` that, with it, make up a
        speaker's name join it (`@"ann lane"`); words no speaker's name goes on with stay words."""
        terms = list(query.terms)
        joined: list[Term] = []
        while terms:
            term = terms.pop(0)
            while term.kind == SPEAKER and terms and terms[0].kind == WORD:
                longer = Term(
                    SPEAKER,
                    term.words + terms[0].words,
                    terms[0].prefix,
                    f"{term.typed} {terms[0].typed}",
                )
                if not self._matching(self._speakers, longer, correct=False):
                    break
                term = longer
                terms.pop(0)
            joined.append(term)
        return Query(tuple(joined))

    def _popularity(
        self, speakers: SpeakerFilter | None, query: Query, notes: list[str]
    ) -> dict[str, int]:
        """Quotes per speaker when an `@name` matches several (`@lane`): the most quoted rank
        first among equals, and the note says who is behind the name."""
        if speakers is None:
            return {}
        counts: dict[str, int] = {}
        for quote in speakers.credited:
            speaker = self._table.speaker(quote) if self._is_live(quote) else None
            if speaker:
                counts[speaker] = counts.get(speaker, 0) + 1
        if len(counts) > 1:
            ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
            listed = ", ".join(f"{name} ({count})" for name, count in ranked[:3])
            more = f" and {len(ranked) - 3} more" if len(ranked) > 3 else ""
            notes.append(
                f"{_typed(query, SPEAKER)} is {len(ranked)} speakers: {listed}{more};"
                " the most quoted first"
            )
        return counts

    def _with_other_speakers(
        self, hits: list[Hit], slots: _Slots, filters: list[QuoteFilter], limit: int
    ) -> list[Hit]:
        """The speaker's hits merged with everyone's at OTHER_SPEAKER: attributions can be wrong."""
        shown = {hit.record for hit in hits}
        others = [
            replace(hit, score=round(hit.score * OTHER_SPEAKER, 4))
            for hit in self._rank(slots, filters, limit)
            if hit.record not in shown
        ]
        return sorted(hits + others, key=lambda hit: -hit.score)[:limit]

    def _speaker_filter(
        self, query: Query, slots: _Slots, notes: list[str]
    ) -> SpeakerFilter | None:
        """`@name` terms as one filter (a quote has one speaker, so they are alternatives). A name
        nobody is credited with still keeps the uncredited quotes of articles naming it; a name
        neither credited nor named anywhere becomes a bonus word instead."""
        credited: set[int] = set()
        documents: set[int] = set()
        matched = False
        for term in query.of_kind(SPEAKER):
            found = self._matching(self._speakers, term)
            naming = self._matching(self._mentions, term)
            if found or naming:
                matched = True
                credited |= found
                documents |= naming
                if not found:
                    notes.append(
                        f"nobody called {term.typed[1:]} is credited with a quote: "
                        "showing quotes credited to nobody in articles naming them"
                    )
                continue
            notes.append(
                f"nobody called {term.typed[1:]} is quoted or named here: searched as a word"
            )
            for position, word in enumerate(term.words):
                expansion = matching.expand(
                    word,
                    self._words.vocabulary,
                    self._words.count,
                    typing=term.prefix and position == len(term.words) - 1,
                )
                if expansion:
                    slots.bonus.add(
                        slots.add(expansion, self._weight(expansion) / 2, self._listed(expansion))
                    )
        if not matched:
            return None
        uncredited = self._credited.count(0) / max(1, len(self._numbers))
        return SpeakerFilter(
            credited,
            self._kept(documents),
            self._uncredited,
            self._document_of,
            self._credited,
            uncredited,
        )

    def _place_filter(self, query: Query) -> PlaceFilter | None:
        terms = query.of_kind(PLACE)
        if not terms:
            return None
        documents = reduce(set.intersection, (self._matching(self._places, term) for term in terms))
        return PlaceFilter(
            self._kept(documents),
            self._quotes_of,
            self._document_of,
            self._live / max(1, len(self._numbers)),
        )

    def _kept(self, documents: set[int]) -> set[int]:
        """The documents not removed."""
        removed = self._removed_documents
        return {number for number in documents if not removed[number]}

    def _matching(self, postings: Postings, term: Term, correct: bool = True) -> set[int]:
        """Items whose name words match every word of the term (typos forgiven from 5 letters,
        unless `correct` is False)."""
        found: set[int] | None = None
        for position, word in enumerate(term.words):
            expansion = matching.expand(
                word,
                postings.vocabulary,
                postings.count,
                typing=term.prefix and position == len(term.words) - 1,
                correct=correct and len(word) >= 5,
            )
            items = postings.items(expansion)
            found = items if found is None else found & items
        return found or set()

    def _add_slots(self, query: Query, slots: _Slots) -> str | None:
        """Fill slots from the word terms; returns what made the query unanswerable, if anything."""
        vocabulary, count = self._words.vocabulary, self._words.count
        for term in query.terms:
            if term.kind == WORD:
                expansion = matching.expand(term.words[0], vocabulary, count, typing=term.prefix)
                if expansion:
                    slots.add(expansion, self._weight(expansion), self._listed(expansion))
            elif term.kind in (EXACT, PHRASE):
                run = []
                for position, word in enumerate(term.words):
                    typing = term.prefix and position == len(term.words) - 1
                    expansion = matching.exact(word, vocabulary, count, typing)
                    if not expansion:
                        return f"the word {word}"
                    run.append(
                        slots.add(expansion, self._weight(expansion), self._listed(expansion))
                    )
                slots.required.extend(run)
                if len(run) > 1:
                    slots.phrases.append(tuple(run))
            elif term.kind == EXCLUDE:
                ids = [vocabulary.ids[word] for word in term.words if word in vocabulary.ids]
                if len(ids) == len(term.words):
                    if len(ids) == 1:
                        slots.excluded.add(ids[0])
                    else:
                        slots.excluded_phrases.append(tuple(ids))
        return None

    def _weight(self, expansion: dict[int, float]) -> float:
        return idf(max(self._words.count(ident) for ident in expansion), max(self._live, 1))

    def _listed(self, expansion: dict[int, float]) -> int:
        return sum(len(self._words.lists[ident]) for ident in expansion)

    def _rank(
        self,
        slots: _Slots,
        filters: list[QuoteFilter],
        limit: int,
        popularity: dict[str, int] | None = None,
    ) -> list[Hit]:
        candidates = self._candidates(slots, filters, max(CANDIDATES, limit))
        best: Sequence[tuple[float, int, Scored | None]]
        if not slots.weights:
            popular = popularity or {}

            def key(item: tuple[float, int, Scored | None]) -> tuple[float, int, int]:
                return item[0], popular.get(self._table.speaker(item[1]) or "", 0), -item[1]

            ranked = [(_filter_factor(filters, quote), quote, None) for quote in candidates]
            best = heapq.nlargest(limit, ranked, key=key)
        else:
            best = self._best(slots.ranker(), candidates, filters, limit)
        hits = []
        for score, quote, scored in best:
            record = self._table.record(quote)
            positions, window = (scored.positions, scored.window) if scored else ((), (0, 0))
            excerpt, marks = snippet(record.text, positions, window)
            hits.append(Hit(record, round(score, 4), excerpt, marks))
        return hits

    def _best(
        self, ranker: Ranker, candidates: list[int], filters: list[QuoteFilter], limit: int
    ) -> list[tuple[float, int, Scored]]:
        """The `limit` best candidates, scoring in full only those whose bound can still make it."""
        tokens, offsets = self._tokens, self._offsets
        bounds = []
        for quote in candidates:
            bound = ranker.bound(tokens[offsets[quote] : offsets[quote + 1]])
            if bound > 0:
                bounds.append((-bound, quote))
        bounds.sort()
        best: list[tuple[float, int, Scored]] = []
        for negative, quote in bounds[: max(SCORED, limit)]:
            if len(best) >= limit and -negative < best[0][0]:
                break
            scored = ranker.score(tokens[offsets[quote] : offsets[quote + 1]])
            if scored is None:
                continue
            item = (scored.score * _filter_factor(filters, quote), -quote, scored)
            if len(best) < limit:
                heapq.heappush(best, item)
            elif item[:2] > best[0][:2]:
                heapq.heapreplace(best, item)
        return [
            (score, -negative, scored)
            for score, negative, scored in sorted(best, key=lambda i: i[:2], reverse=True)
        ]

    def _candidates(self, slots: _Slots, filters: list[QuoteFilter], most: int) -> list[int]:
        """Up to `most` live quotes that pass every filter, most promising first."""
        lists: list[tuple[int, Callable[[], set[int]]]] = [
            (listed, partial(self._words.items, slots.expansions[slot]))
            for slot, listed in ((slot, slots.listed[slot]) for slot in slots.required)
        ]
        lists += [(found.estimate, found.pool) for found in filters]
        base: set[int] | None = None
        for estimate, pool in sorted(lists, key=lambda pair: pair[0]):
            if estimate > LISTABLE or (base is not None and len(base) <= most):
                break
            base = pool() if base is None else base & pool()
        optional = [
            slot
            for slot in range(len(slots.weights))
            if slot not in slots.bonus and slot not in slots.required
        ]
        drivers = sorted(
            (slot for slot in optional if slots.listed[slot] <= LISTABLE),
            key=lambda slot: -slots.weights[slot],
        )[:DRIVERS]
        if base is not None and (len(base) <= most or not drivers):
            batches: Iterable[Collection[int]] = [sorted(base)]
        elif drivers:
            sets = [self._words.items(slots.expansions[slot]) for slot in drivers]
            if base is not None:
                sets = [found & base for found in sets]
            batches = _tiers(sets, [slots.weights[slot] for slot in drivers])
        else:
            batches = self._scan(slots, optional or slots.required)
        return self._collect(batches, filters, most)

    def _collect(
        self, batches: Iterable[Collection[int]], filters: list[QuoteFilter], most: int
    ) -> list[int]:
        """The first `most` distinct live quotes of the batches that every filter admits."""
        clean = self._live == len(self._credited)
        found: list[int] = []
        seen: set[int] = set()
        for batch in batches:
            room = most - len(found)
            if isinstance(batch, set) and len(batch) <= 4 * room:
                fresh: Iterable[int] = batch - seen
            else:
                fresh = (quote for quote in batch if quote not in seen)
            if not clean:
                fresh = (quote for quote in fresh if self._is_live(quote))
            if filters:
                fresh = (
                    quote
                    for quote in fresh
                    if all(condition.admits(quote) for condition in filters)
                )
            taken = list(islice(fresh, room))
            found.extend(taken)
            if len(found) >= most:
                break
            seen.update(taken)
        return found

    def _scan(self, slots: _Slots, chosen: list[int]) -> Iterator[Collection[int]]:
        """Quotes in index order from the rarest slot's lists, or every quote when no slot."""
        if not chosen:
            yield range(len(self._credited))
            return
        rarest = min(chosen, key=lambda slot: slots.listed[slot])
        for ident in slots.expansions[rarest]:
            yield self._words.lists[ident]


def _tiers(sets: Sequence[set[int]], weights: Sequence[float]) -> Iterator[set[int]]:
    """The sets' quotes as tiers, the heaviest combination of sets first.

    A quote's first tier is that of exactly the sets it is in, since every larger combination
    weighs more and comes earlier."""
    combos = [
        combo for size in range(len(sets), 0, -1) for combo in combinations(range(len(sets)), size)
    ]
    combos.sort(key=lambda combo: -sum(weights[i] for i in combo))
    for combo in combos:
        members = sorted((sets[i] for i in combo), key=len)
        yield reduce(set.intersection, members[1:], members[0]) if len(members) > 1 else members[0]


def _filter_factor(filters: list[QuoteFilter], quote: int) -> float:
    factor = 1.0
    for found in filters:
        factor *= found.factor(quote)
    return factor


def _typed(query: Query, *kinds: str) -> str:
    terms = query.of_kind(*kinds) if kinds else query.terms
    return " ".join(dict.fromkeys(term.typed for term in terms))


def _filter_words(query: Query) -> str:
    parts = []
    if query.of_kind(SPEAKER):
        parts.append(f"by {_typed(query, SPEAKER)}")
    if query.of_kind(PLACE):
        parts.append(f"from articles naming {_typed(query, PLACE)}")
    return " ".join(parts)
