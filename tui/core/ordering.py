"""Which documents the list shows, and in what order: a sort key the user cycles and a filter
typed over titles and sources (newsboat's list filter, less's `&`).

Only indices into the collection move; the strings compared are folded once, on first use, so
a keystroke in the filter over 100,000 documents is one substring test per document (or per
document still shown, when the filter only grew).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from tui.core.documents import Document

SORTS = ("collection", "date", "source", "title", "quotes")
"""The orders `o` cycles through: as loaded, newest first, by source, by title, most quoted
first (not yet annotated last)."""


class DocumentOrder:
    def __init__(
        self, documents: Sequence[Document], quote_count: Callable[[Document], int | None]
    ) -> None:
        self.documents = documents
        self.quote_count = quote_count
        self.sort = SORTS[0]
        self.filter = ""
        self.shown: list[int] = list(range(len(documents)))
        """Indices into `documents`, in the order shown."""
        self._folded: list[str] | None = None

    def next_sort(self) -> str:
        self.sort = SORTS[(SORTS.index(self.sort) + 1) % len(SORTS)]
        self._update(grew=False)
        return self.sort

    def set_filter(self, text: str) -> None:
        grew = text.casefold().startswith(self.filter.casefold())
        self.filter = text
        self._update(grew)

    def resort(self) -> None:
        """Quote counts changed (annotation went on): sort again."""
        self._update(grew=False)

    def _update(self, grew: bool) -> None:
        words = self.filter.casefold().split()
        candidates: Sequence[int] = self.shown if grew else range(len(self.documents))
        if words:
            folded = self._haystacks()
            candidates = [i for i in candidates if all(word in folded[i] for word in words)]
        self.shown = list(candidates) if grew else self._sorted(candidates)

    def _sorted(self, indices: Sequence[int]) -> list[int]:
        documents = self.documents
        if self.sort == "date":  # newest first; undated last, in collection order
            dated = sorted(
                (i for i in indices if documents[i].date),
                key=lambda i: documents[i].date or "",
                reverse=True,
            )
            return dated + [i for i in indices if not documents[i].date]
        if self.sort == "source":
            return sorted(indices, key=lambda i: (documents[i].source or "\uffff").casefold())
        if self.sort == "title":
            return sorted(indices, key=lambda i: documents[i].title.casefold())
        if self.sort == "quotes":
            return sorted(indices, key=self._quote_rank)
        return list(indices)

    def _quote_rank(self, index: int) -> int:
        count = self.quote_count(self.documents[index])
        return 1 if count is None else -count

    def _haystacks(self) -> list[str]:
        if self._folded is None:
            self._folded = [
                f"{document.title}\n{document.source or ''}".casefold()
                for document in self.documents
            ]
        return self._folded
