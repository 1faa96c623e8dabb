"""A loaded collection with its annotations: what the reader and the commands work from.

Annotation is computed on first use per document and kept, so the UI can paint the first article
at once and annotate the rest in a worker; `annotate_all` reports progress for that worker.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from tui.core.annotation import Annotation, annotate
from tui.core.documents import Document
from tui.core.loading import Collection


class Library:
    def __init__(self, collection: Collection) -> None:
        self.collection = collection
        self._annotations: dict[str, Annotation] = {}
        self._lock = threading.Lock()

    @property
    def documents(self) -> list[Document]:
        return self.collection.documents

    @property
    def name(self) -> str:
        return self.collection.name

    def annotation(self, document: Document) -> Annotation:
        """The document's annotation, computed now if no worker has done it yet."""
        found = self._annotations.get(document.id)
        if found is None:
            found = annotate(document.text, document.blocks)
            with self._lock:
                self._annotations.setdefault(document.id, found)
        return found

    def is_annotated(self, document: Document) -> bool:
        return document.id in self._annotations

    def annotate_all(self, progress: Callable[[int, int], None] | None = None,
                     cancelled: Callable[[], bool] | None = None) -> None:
        total = len(self.documents)
        for done, document in enumerate(self.documents, start=1):
            if cancelled is not None and cancelled():
                return
            self.annotation(document)
            if progress is not None:
                progress(done, total)
