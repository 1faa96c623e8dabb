"""A loaded collection with its annotations and quote index: the one pipeline the reader and the
commands share.

`annotated()` yields each document with its annotation as it is done (read from the persistent
cache in one pass where it can, computed otherwise, new ones written back in batches) and adds
it to the quote index first, so a search during the stream answers from what is done so far.
The reader's worker turns the stream into messages; the commands drain it, with progress on a
terminal's stderr. `annotation(document)` answers for one document at once (the article a user
opens), and the stream skips what it already holds.

With a cache, the quote index is saved beside it once complete and loaded at the next start:
each document in it carries a stamp of what its quotes were made from (text, title, key, date,
source), so an edited document is indexed again, a removed one leaves, a new one is added, and
a new annotator version starts afresh. `indexed()` is the stream of only those documents, for
a command that searches and needs no annotation of the rest.
"""

from __future__ import annotations

import gc
import os
import threading
from collections import deque
from collections.abc import Generator, Sequence
from dataclasses import dataclass
from itertools import islice, starmap
from operator import attrgetter
from typing import TYPE_CHECKING, NamedTuple, TypeAlias

from tui.core.annotation import annotate
from tui.core.cores import MAX_WORKERS, usable_cores, worker_pool
from tui.core.documents import Block, BlockKind, Document, text_key
from tui.core.loading import Collection
from tui.core.model import Annotation, Person, PlaceMention, Quote

if TYPE_CHECKING:  # sqlite3, hashlib and the search modules: not on the first paint's path
    from tui.core.cache import AnnotationCache
    from tui.core.search import QuoteIndex
    from tui.core.search.records import DocumentQuotes
    from tui.core.snapshot import StoredBody

_BATCH = 200
"""Fresh annotations written to the cache at a time."""
_WINDOW = 500
"""Stored annotations read from the cache at a time."""
_POOL_MIN = 64
"""Documents to annotate below which starting worker processes costs more than it saves."""
_POOL_BATCH = 16


class Step:
    """One document of the stream, annotated and indexed: the `done`-th of `total`. `error`
    says why its annotation is empty when the annotator failed on it. The annotation may be
    given in the cache's form (`cache.to_json`), decoded when first asked for: a search that
    only indexes (`Library.indexed`) never decodes the ones worker processes made."""

    __slots__ = ("_annotation", "document", "done", "error", "total")

    def __init__(
        self,
        document: Document,
        annotation: Annotation | str,
        done: int,
        total: int,
        error: str | None = None,
    ) -> None:
        self.document = document
        self._annotation = annotation
        self.done = done
        self.total = total
        self.error = error

    @property
    def annotation(self) -> Annotation:
        if isinstance(self._annotation, str):
            self._annotation = _decoded(self._annotation)
        return self._annotation


def _decoded(stored: str) -> Annotation:
    from tui.core.cache import from_json

    return from_json(stored)


@dataclass(frozen=True)
class Changes:
    """How many documents a new look at the folders found added, changed and removed."""

    added: int
    changed: int
    removed: int

    def __bool__(self) -> bool:
        return bool(self.added or self.changed or self.removed)


def one_per_text(documents: list[Document]) -> list[Document]:
    """Identical articles (the same title and text) as one document, the first met, which names
    the others in `copies`; a quote is then listed and found once, however many times the
    archive holds its article. (Text alone is not enough: a plain-text file's headline is not
    part of its text, and two briefs may share a boilerplate body.) Texts are told apart by
    their digest: a collection listed from the snapshot reads none."""
    first: dict[tuple[str, str], Document] = {}
    copies: dict[str, list[str]] = {}
    for document in documents:
        kept = first.setdefault((document.title, document.text_key), document)
        if kept is not document:
            copies.setdefault(kept.id, []).append(document.key)
    kept_documents = list(first.values())
    for document in kept_documents:
        document.copies = tuple(copies.get(document.id, ()))
    return kept_documents


class Library:
    def __init__(self, collection: Collection, cache: AnnotationCache | None = None) -> None:
        collection.documents = one_per_text(collection.documents)
        self.collection = collection
        self.cache = cache
        self.index_complete = False
        """True once every document's quotes are in `index`."""
        self._annotations: dict[str, Annotation] = {}
        """Each annotated document's annotation as the collection's views read it (`kept`)."""
        self._partial: set[str] = set()
        """Documents whose kept annotation lacks the mentions (`_partial`): the cache has it
        whole."""
        self._places: dict[str, PlaceMention] = {}
        """The one mention that stands for each place in every kept annotation naming it."""
        self._indexed: set[str] = set()
        self._index: QuoteIndex | None = None
        self._unsaved = False
        """The index differs from the one saved in the cache."""
        self._failed: set[str] = set()
        """Documents the annotator failed on: indexed empty, not saved so (the next start tries
        them again)."""
        self._lock = threading.Lock()

    @property
    def documents(self) -> list[Document]:
        return self.collection.documents

    @property
    def name(self) -> str:
        return self.collection.name

    @property
    def index(self) -> QuoteIndex:
        """The quote index of every document annotated through `annotated()` so far."""
        with self._lock:
            if self._index is None:
                self._index = self._saved_index()
            return self._index

    def _saved_index(self) -> QuoteIndex:
        """The index saved in the cache, less the documents that left or changed since; a new
        one when none is saved."""
        from tui.core.search import QuoteIndex

        found = self.cache.saved_index(self._index_name()) if self.cache is not None else None
        self._unsaved = True
        if found is None:
            return QuoteIndex()
        index, stamps = found
        kept = {
            document.id
            for document in self.documents
            if stamps.get(document.id) == _stamp(document)
        }
        for ident in stamps.keys() - kept:
            index.remove(ident)
        self._indexed = kept
        self._unsaved = len(kept) != len(stamps)
        return index

    def _index_name(self) -> str:
        """What the saved index of this collection is filed under: the folders its documents
        are in, so reopening them finds it (and opening other folders does not replace it).
        Each path is cut after its last separator and `dirname` reads each folder once: not
        once a document (100,000 calls)."""
        folders = {d.path[: d.path.rfind(os.sep) + 1] for d in self.documents}
        return text_key("\0".join(sorted({os.path.dirname(folder) for folder in folders})))

    def _save_index(self) -> None:
        if self.cache is None or not self._unsaved:
            return
        stamps = {
            document.id: _stamp(document)
            for document in self.documents
            if document.id in self._indexed and document.id not in self._failed
        }
        self.cache.save_index(self._index_name(), self.index, stamps)
        self._unsaved = False

    def annotation(self, document: Document) -> Annotation:
        """The document's whole annotation (what the open article shows): kept whole, else
        from the persistent cache, else computed now (and stored, since the stream skips what is
        already kept)."""
        found = self._annotations.get(document.id)
        if found is not None and document.id not in self._partial:
            return found
        if self.cache is None:
            return self._keep(document, annotate(document.text, document.blocks))
        from tui.core.cache import to_json

        key = document.text_key
        stored = self.cache.get_keyed([key]).get(key)
        if stored is not None:
            self._keep(document, stored, stored=True)
            return stored
        whole = annotate(document.text, document.blocks)
        self.cache.put_keyed([(key, to_json(whole))])
        self._keep(document, whole, stored=True)
        return whole

    def kept(self, document: Document) -> Annotation | None:
        """The document's annotation as the collection's views read it (quote counts, the
        speakers table, places): its quotes, people and the places it names. With a cache, the
        library keeps no more (not the mentions, a third of the whole: 100,000 articles held
        open cost 400 MB less), and `annotation()` reads the whole one again; None until it is
        annotated."""
        return self._annotations.get(document.id)

    def is_annotated(self, document: Document) -> bool:
        return document.id in self._annotations

    def quote_count(self) -> int:
        """Quotes in the documents annotated so far."""
        return sum(len(annotation.quotes) for annotation in self._annotations.values())

    def annotated(self, first: Document | None = None) -> Generator[Step]:
        """Every document, `first` first, annotated and added to the index before it is yielded.
        An annotator failure on one document leaves it unannotated (and uncached) and the stream
        goes on; closing the generator early (a cancelled worker) still writes what was computed."""
        documents = self.documents
        if first is None:
            return self._stream(self.index, documents)
        documents = [first, *(document for document in documents if document is not first)]
        return self._stream(self.index, documents, first_here=True)

    def indexed(self) -> Generator[Step]:
        """`annotated()` for only the documents the index lacks, keeping none of their
        annotations (`kept` stays None; `annotation()` reads or makes one again): with a saved
        index, an unchanged collection is searchable without reading a single annotation, and
        a first search of a big one holds only its index (a kept annotation is ~4.5 KB: 450 MB
        at 100,000 articles)."""
        index = self.index  # loaded first: the saved index says what is indexed already
        documents = [d for d in self.documents if d.id not in self._indexed]
        return self._stream(index, documents, keep=False)

    def _stream(
        self,
        index: QuoteIndex,
        documents: list[Document],
        first_here: bool = False,
        keep: bool = True,
    ) -> Generator[Step]:
        """The stream: which documents need the annotator is known at once (from the cache's
        keys alone), so worker processes start on them; stored annotations are read a window at
        a time as the stream reaches them, so the first steps come at once and a cancelled
        stream stops within a window, however big the collection. At each window what the
        process holds is frozen out of the cycle collector's sight until the stream ends: its
        full collections walked every annotation kept so far, 1.9 s of the 7.6 s a cold
        10,000-article `quotes` spent in this process. `first_here`: a reader waits for the
        first document, annotated in this process at once (`annotate_many`)."""
        total = len(documents)
        with self._lock:
            kept = set(self._annotations) - self._partial  # whole: the stream yields them
        keys = (
            {d.id: d.text_key for d in documents if d.id not in kept}
            if self.cache is not None
            else {}
        )
        stored = self.cache.stored_keys(keys.values()) if self.cache is not None and keys else set()
        missing = [d for d in documents if d.id not in kept and keys.get(d.id) not in stored]
        to_compute = {document.id for document in missing}
        computed = annotate_many(missing, first_here and missing[:1] == documents[:1])
        fresh: list[tuple[str, str]] = []
        cached: dict[str, Annotation] = {}
        try:
            for done, document in enumerate(documents, start=1):
                if done % _WINDOW == 1:
                    gc.freeze()
                if done % _WINDOW == 1 and self.cache is not None and stored:
                    window = documents[done - 1 : done - 1 + _WINDOW]
                    cached = self.cache.get_keyed(
                        keys[d.id] for d in window if keys.get(d.id) in stored
                    )
                form = error = quotes = None
                found: Annotation | str | None
                if document.id in to_compute:
                    found, form, error, quotes = next(computed)
                else:
                    found = (
                        self._annotations.get(document.id)
                        if document.id in kept
                        else cached.get(keys.get(document.id, ""))
                    )
                    if found is None:  # its stored row did not read: annotated here instead
                        found, form, error = _annotated(document.text, document.blocks)
                if form is not None and document.id in keys:
                    fresh.append((keys[document.id], form))
                if error is not None:
                    self._failed.add(document.id)
                step = Step(document, found, done, total, error)
                if keep:
                    self._keep(
                        document, step.annotation, stored=error is None and document.id in keys
                    )
                if len(fresh) >= _BATCH:
                    self._store(fresh)
                if document.id not in self._indexed:
                    if isinstance(found, str):
                        index.update_quotes(document, quotes)
                    else:
                        index.update(document, found)
                    self._indexed.add(document.id)
                    self._unsaved = True
                yield step
            self.index_complete = True
            self._save_index()
        finally:
            gc.unfreeze()
            computed.close()
            self._store(fresh)

    def replace(self, collection: Collection) -> Changes:
        """Take the collection as the folders now are: removed and changed documents leave the
        index and lose their annotation (the next `annotated()` does them again); unchanged
        ones stay the same objects, annotated and indexed."""
        before = {document.id: document for document in self.documents}
        documents, changed = [], []
        for document in one_per_text(collection.documents):
            old = before.get(document.id)
            documents.append(old if old == document else document)
            if old is not None and old != document:
                changed.append(document.id)
        now = {document.id for document in documents}
        removed = [ident for ident in before if ident not in now]
        with self._lock:
            for ident in changed + removed:
                self._annotations.pop(ident, None)
                self._partial.discard(ident)
                self._indexed.discard(ident)
                self._failed.discard(ident)
        for ident in changed + removed:
            self.index.remove(ident)
        self._unsaved = self._unsaved or bool(changed or removed)
        collection.documents = documents
        self.collection = collection
        changes = Changes(len(now - before.keys()), len(changed), len(removed))
        if changes.added or changes.changed:
            self.index_complete = False
        return changes

    def annotate_all(self) -> None:
        """Annotate and index every document (the commands' way through the stream)."""
        for _step in self.annotated():
            pass

    def _keep(self, document: Document, annotation: Annotation, stored: bool = False) -> Annotation:
        """Keep the document's annotation unless one is kept already (returned then): in part
        when it is `stored` in a working cache, which gives it whole again."""
        with self._lock:
            found = self._annotations.get(document.id)
            if found is not None:
                return found
            if stored and self.cache is not None and self.cache.enabled:
                annotation = _partial(annotation, self._places)
                self._partial.add(document.id)
            self._annotations[document.id] = annotation
            return annotation

    def _store(self, fresh: list[tuple[str, str]]) -> None:
        if self.cache is not None and fresh:
            self.cache.put_keyed(fresh)
        fresh.clear()


def _partial(annotation: Annotation, places: dict[str, PlaceMention]) -> Annotation:
    """What `Library.kept` gives: the quotes without where the text names their speaker, the
    people who speak (anyone else one shared blank, so a quote's speaker still numbers its
    person), each place named once (by the mention in `places` that stands for it in every
    document, no position of its own), no mentions of people."""
    speaking = {quote.speaker for quote in annotation.quotes}
    named = dict.fromkeys(place.name for place in annotation.places)
    return Annotation(
        [
            Quote(
                q.start,
                q.end,
                q.content_start,
                q.content_end,
                q.kind,
                q.first_block,
                q.last_block,
                q.speaker,
            )
            for q in annotation.quotes
        ],
        [person if n in speaking else _NOBODY for n, person in enumerate(annotation.people)],
        [],
        [places.setdefault(name, PlaceMention(0, 0, name)) for name in named],
    )


_NOBODY = Person(-1, "")
"""Who stands for a person who does not speak, in a kept annotation."""


def _stamp(document: Document) -> str:
    """What a document's quote records are made of, as a digest: a change to any of it means
    its quotes must be indexed again (the annotation itself follows from the text). Its text is
    in it by its digest, so stamping a collection listed from the snapshot reads no text."""
    return text_key(
        "\0".join(
            (
                document.key,
                document.id,
                document.title,
                document.date or "",
                document.source or "",
                document.text_key,
            )
        )
    )


class Computed(NamedTuple):
    """One document's annotation as computed, with its form in the cache (`cache.to_json`, made
    once, where it was computed) or, when the annotator failed, none and why. A worker process
    sends the cache's form alone (`annotation` is that text, decoded only where needed) with its
    quotes as the index takes them (`quotes`), so indexing reads neither the annotation nor the
    text."""

    annotation: Annotation | str
    stored: str | None
    error: str | None
    quotes: DocumentQuotes | None = None

    def whole(self) -> Annotation:
        """The annotation, decoded from its cache form when that is all a worker sent."""
        annotation = self.annotation
        return _decoded(annotation) if isinstance(annotation, str) else annotation


def annotate_many(documents: Sequence[Document], first_here: bool = True) -> Generator[Computed]:
    """Each document's annotation, in order. A collection big enough to pay for starting them is
    annotated in one process per core, a few batches ahead of what has been taken (not all at
    once: 100,000 texts would wait in the queue); a worker sends back each annotation's cache
    form, a third the cost of pickling its records. With `first_here`, the first document is
    done here at once, since a reader is waiting for it; without, this process never reads the
    annotator's data (0.3 s, 40 MB) and the workers start at once. A document that holds no
    body (listed from the snapshot, or parsed by worker processes) is sent its body as stored,
    which the worker decodes: this process neither decodes nor holds it."""
    workers = min(usable_cores(), MAX_WORKERS)
    if workers < 2 or len(documents) < _POOL_MIN:
        for document in documents:
            yield _computed(document.text, document.blocks)
        return
    if first_here:
        yield _computed(documents[0].text, documents[0].blocks)
    batches = (
        _sent(documents[start : start + _POOL_BATCH])
        for start in range(int(first_here), len(documents), _POOL_BATCH)
    )
    with worker_pool(workers) as pool:
        ahead = deque(pool.submit(_stored_batch, batch) for batch in islice(batches, 2 * workers))
        try:
            while ahead:
                results = ahead.popleft().result()
                following = next(batches, None)
                if following is not None:
                    ahead.append(pool.submit(_stored_batch, following))
                for stored, error, quotes in results:
                    yield Computed(
                        Annotation() if stored is None else stored, stored, error, quotes
                    )
        finally:
            for future in ahead:
                future.cancel()


def _computed(text: str, blocks: tuple[Block, ...]) -> Computed:
    return Computed(*_annotated(text, blocks))


def _annotated(text: str, blocks: tuple[Block, ...]) -> tuple[Annotation, str | None, str | None]:
    """The text's annotation with its cache form, or an empty one with none and why the
    annotator failed."""
    from tui.core.cache import to_json

    try:
        annotation = annotate(text, blocks)
    except Exception as err:  # noqa: BLE001 - one article's bug, not the rest's
        return Annotation(), None, f"{type(err).__name__}: {err}"
    return annotation, to_json(annotation), None


_BLOCK_FIELDS = attrgetter("kind", "start", "end", "level")
"""A block as the plain tuple of its fields: what goes to a worker process, which makes the
`Block` again (a quarter of the cost of pickling the named tuple, which names its class)."""

_Sent: TypeAlias = "tuple[str, list[tuple[BlockKind, int, int, int]]] | StoredBody"
"""A document as a worker process is sent it: its text and blocks, or its body as stored."""


def _sent(documents: Sequence[Document]) -> list[_Sent]:
    """The documents as a worker process is sent them: the body as stored of each that holds
    none (read for them all at once, decoded there), the text and blocks of the others."""
    from tui.core.snapshot import Snapshot

    unread: dict[int, StoredBody] = {}
    for store in {id(store): store for d in documents if (store := d.unread_from)}.values():
        if isinstance(store, Snapshot):
            stored = [d for d in documents if d.unread_from is store]
            unread.update(zip(map(id, stored), store.stored_bodies(stored), strict=True))
    return [unread.get(id(d)) or (d.text, list(map(_BLOCK_FIELDS, d.blocks))) for d in documents]


def _stored_batch(
    batch: list[_Sent],
) -> list[tuple[str | None, str | None, DocumentQuotes | None]]:
    """In a worker process: each text's annotation in the cache's form and as the index takes
    it, or why it failed."""
    from tui.core.search.records import document_quotes
    from tui.core.snapshot import StoredBody

    done = []
    for sent in batch:
        if isinstance(sent, StoredBody):
            text, blocks = sent.body()[:2]
        else:
            text, blocks = sent[0], tuple(starmap(Block, sent[1]))
        annotation, stored, error = _annotated(text, blocks)
        done.append((stored, error, document_quotes(text, annotation) if stored else None))
    return done
