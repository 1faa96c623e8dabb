"""A loaded collection with its annotations: what the reader and the commands work from.

Annotation is computed on first use per document and kept, so the UI can paint the first article
at once and annotate the rest in a worker; `annotate_all` reports progress for that worker and
fills the persistent cache, so the next start reads annotations instead of computing them.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from tui.core.annotation import Annotation, annotate
from tui.core.documents import Document
from tui.core.loading import Collection

if TYPE_CHECKING:  # the cache module pulls in sqlite3 and hashlib: not on the first paint's path
    from tui.core.cache import AnnotationCache

_BATCH = 200


class Library:
    def __init__(self, collection: Collection, cache: AnnotationCache | None = None) -> None:
        self.collection = collection
        self.cache = cache
        self._annotations: dict[str, Annotation] = {}
        self._lock = threading.Lock()

    @property
    def documents(self) -> list[Document]:
        return self.collection.documents

    @property
    def name(self) -> str:
        return self.collection.name

    def annotation(self, document: Document) -> Annotation:
        """The document's annotation: kept, else from the persistent cache, else computed now
        (and stored, since `annotate_all` skips what is already kept)."""
        found = self._annotations.get(document.id)
        if found is not None:
            return found
        if self.cache is None:
            return self._compute(document)
        from tui.core.cache import text_key

        stored = self.cache.get_many([document.text]).get(text_key(document.text))
        if stored is not None:
            return self._keep(document, stored)
        found = self._compute(document)
        self.cache.put_many([(document.text, found)])
        return found

    def _compute(self, document: Document) -> Annotation:
        return self._keep(document, annotate(document.text, document.blocks))

    def _keep(self, document: Document, annotation: Annotation) -> Annotation:
        with self._lock:
            return self._annotations.setdefault(document.id, annotation)

    def is_annotated(self, document: Document) -> bool:
        return document.id in self._annotations

    def annotate_all(
        self,
        progress: Callable[[int, int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> None:
        from tui.core.cache import text_key

        documents = self.documents
        total = len(documents)
        cached = self.cache.get_many(d.text for d in documents) if self.cache is not None else {}
        fresh: list[tuple[str, Annotation]] = []
        for done, document in enumerate(documents, start=1):
            if cancelled is not None and cancelled():
                break
            if document.id not in self._annotations:
                stored = cached.get(text_key(document.text)) if cached else None
                if stored is not None:
                    self._keep(document, stored)
                else:
                    fresh.append((document.text, self._compute(document)))
            if len(fresh) >= _BATCH:
                self._store(fresh)
            if progress is not None:
                progress(done, total)
        self._store(fresh)

    def _store(self, fresh: list[tuple[str, Annotation]]) -> None:
        if self.cache is not None and fresh:
            self.cache.put_many(fresh)
        fresh.clear()
