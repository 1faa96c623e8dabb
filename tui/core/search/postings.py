"""An inverted index: each word with the numbers of the items (quotes, documents) that have it.

Numbers go into `array('I')` lists in the order items are added, four bytes each, which is what
keeps a million quotes in memory. Removing an item only counts it out; the owner drops removed
numbers when it reads a list and rebuilds once enough are gone.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable

from tui.core.search.record_table import Columns, Ragged, Runs
from tui.core.search.vocabulary import Vocabulary


class Postings:
    def __init__(self) -> None:
        self.vocabulary = Vocabulary()
        self.lists = Runs()
        self._removed: dict[int, int] = {}

    def columns(self) -> Columns:
        """The words, their lists as one flat array, and the removed counts (for `saved`)."""
        lists = self.lists.ragged()
        return {
            "words": self.vocabulary.words,
            "items": lists.flat,
            "item_ends": lists.ends,
            "removed": array("I", self._removed),
            "removed_counts": array("I", self._removed.values()),
        }

    @classmethod
    def from_columns(cls, columns: Columns) -> Postings:
        """The postings `columns()` gave; ValueError when the columns do not fit together."""
        postings = cls()
        postings.vocabulary = Vocabulary.of(columns["words"])
        postings.lists = Runs(Ragged(columns["items"], columns["item_ends"]))
        removed, counts = columns["removed"], columns["removed_counts"]
        if len(postings.lists) != len(postings.vocabulary) or len(removed) != len(counts):
            raise ValueError("postings do not fit their words")
        postings._removed = dict(zip(removed, counts, strict=True))
        return postings

    def ids(self, words: list[str]) -> list[int]:
        """Word ids, adding words seen for the first time (one look-up a word: testing a list
        of them for None compared every id with it)."""
        known = self.vocabulary.ids
        found: list[int] = []
        for word in words:
            ident = known.get(word)
            found.append(self._add_word(word) if ident is None else ident)
        return found

    def _add_word(self, word: str) -> int:
        ident = self.vocabulary.add(word)
        while len(self.lists) <= ident:
            self.lists.append(array("I"))
        return ident

    def add(self, ids: Iterable[int], item: int) -> None:
        """Record that `item` has each of the (distinct) word ids."""
        self.lists.add(ids, item)

    def forget(self, ids: Iterable[int]) -> None:
        """Count one removed item out of each of the (distinct) word ids."""
        for ident in ids:
            self._removed[ident] = self._removed.get(ident, 0) + 1

    def count(self, ident: int) -> int:
        """How many live items have the word."""
        return len(self.lists[ident]) - self._removed.get(ident, 0)

    def items(self, ids: Iterable[int]) -> set[int]:
        """Items having any of the word ids, removed ones included."""
        found: set[int] = set()
        for ident in ids:
            found.update(self.lists[ident])
        return found

    def add_words(self, words: Iterable[str], item: int) -> None:
        self.add(set(self.ids(list(words))), item)

    def forget_words(self, words: Iterable[str]) -> None:
        known = self.vocabulary.ids
        self.forget({known[word] for word in words if word in known})
