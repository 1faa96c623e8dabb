"""The words of an index, each with an id, and the ways a query word can reach them.

A query word reaches index words by being one (exact), sharing a light stem (`ticket` and
`tickets`), starting one (the word being typed) or being a likely typo of one. Typo candidates
come from rapidfuzz over a prefilter: words of nearly the same length whose first or second
letter is the typed word's first or second letter. One edit anywhere, the first two letters
included (changed, dropped, doubled or swapped), keeps a word in it; only a word typed wrong in
both its first letters is lost, and a correction stays at a few milliseconds with hundreds of
thousands of words.
"""

from __future__ import annotations

from bisect import bisect_left
from itertools import chain

from rapidfuzz import process
from rapidfuzz.distance import OSA

from tui.core.search.text import stem

CLOSEST = 32
CORRECTIONS_KEPT = 10_000


def edit_budget(word: str) -> int:
    """How many edits (a transposition counts as one) a typed word of this length may carry."""
    if len(word) < 3:
        return 0
    return 1 if len(word) <= 4 else 2 if len(word) <= 8 else 3


def _forms(root: str) -> list[str]:
    """Every word `stem` can make `root` of (and a few it cannot): a plural in `s` or `ies` or
    none, then a possessive in `'s` or `'` or none."""
    bases = [root, root + "s"]
    if root.endswith("y"):
        bases.append(root[:-1] + "ies")
    forms: list[str] = []
    for base in bases:
        forms += (base, base + "'s")
        if base.endswith("s"):
            forms.append(base + "'")
    return forms


class Vocabulary:
    """Word ↔ id; ids are never reused, so postings and token arrays can hold them."""

    def __init__(self) -> None:
        self.ids: dict[str, int] = {}
        self.words: list[str] = []
        self._sorted: tuple[list[str], list[int]] | None = None
        self._by_letter: dict[tuple[int, int, str], list[str]] | None = None
        """(length, 0 or 1, letter) -> words of that length with that first or second letter."""
        self._corrected: dict[str, list[tuple[int, int]]] = {}
        """Corrections already looked up: as-you-type asks for the same words again and again."""

    def __len__(self) -> int:
        return len(self.words)

    @classmethod
    def of(cls, words: list[str]) -> Vocabulary:
        """The vocabulary whose ids are the positions of (distinct) `words`."""
        vocabulary = cls()
        vocabulary.words = words
        vocabulary.ids = dict(zip(words, range(len(words)), strict=True))
        if len(vocabulary.ids) != len(words):
            raise ValueError("a word is listed twice")
        return vocabulary

    def add(self, word: str) -> int:
        ident = self.ids.get(word)
        if ident is None:
            ident = self.ids[word] = len(self.words)
            self.words.append(word)
            self._sorted = self._by_letter = None
            if self._corrected:
                self._corrected = {}
        return ident

    def get(self, word: str) -> int | None:
        return self.ids.get(word)

    def variants(self, word: str) -> list[int]:
        """Other words with the same light stem, in the order they were added. Found among the
        few words that can have the stem (`_forms`), not by a table of every word's stem: adding
        and loading words stem none (a tenth of building an index)."""
        own, ids, root = self.ids.get(word), self.ids, stem(word)
        found = {
            ident
            for form in _forms(root)
            if (ident := ids.get(form)) is not None and ident != own and stem(form) == root
        }
        return sorted(found)

    def prepare(self) -> None:
        """Build the lookups prefixes and corrections need now rather than on the next keystroke."""
        self._sorted_words()
        self._letter_index()

    def _sorted_words(self) -> tuple[list[str], list[int]]:
        if self._sorted is None:
            ordered = sorted(self.ids.items())
            self._sorted = [word for word, _ in ordered], [ident for _, ident in ordered]
        return self._sorted

    def _letter_index(self) -> dict[tuple[int, int, str], list[str]]:
        if self._by_letter is None:
            by_letter: dict[tuple[int, int, str], list[str]] = {}
            for known in self.words:
                for place in range(min(2, len(known))):
                    by_letter.setdefault((len(known), place, known[place]), []).append(known)
            self._by_letter = by_letter
        return self._by_letter

    def completions(self, prefix: str) -> list[int]:
        """Words that start with `prefix` and are longer, in alphabetical order."""
        words, ids = self._sorted_words()
        low = bisect_left(words, prefix)
        high = bisect_left(words, prefix + "\U0010ffff", low)
        if low < high and words[low] == prefix:
            low += 1
        return ids[low:high]

    def corrections(self, word: str) -> list[tuple[int, int]]:
        """(id, edits) of up to CLOSEST other words within `edit_budget`, fewest edits first."""
        known = self._corrected.get(word)
        if known is None:
            if len(self._corrected) > CORRECTIONS_KEPT:
                self._corrected.clear()
            known = self._corrected[word] = self._correct(word)
        return known

    def _correct(self, word: str) -> list[tuple[int, int]]:
        budget = edit_budget(word)
        if not budget:
            return []
        by_letter = self._letter_index()
        letters = set(word[:2])
        found: dict[int, int] = {}
        for length in range(len(word) - budget, len(word) + budget + 1):
            choices = list(
                chain.from_iterable(
                    by_letter.get((length, place, letter), ())
                    for place in (0, 1)
                    for letter in letters
                )
            )
            for choice, edits, _ in process.extract(
                word, choices, scorer=OSA.distance, score_cutoff=budget, limit=CLOSEST
            ):
                if choice != word:
                    found[self.ids[choice]] = int(edits)
        return sorted(found.items(), key=lambda pair: pair[1])[:CLOSEST]
