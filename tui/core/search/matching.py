"""How one query word reaches index words, and how much each kind of match counts.

The word itself counts fully; a word with the same light stem a little less; a completion of the
word being typed less again; a typo correction least, and less with every edit. So a quote with
the words as typed outranks one that only has corrected or completed forms of them.
"""

from __future__ import annotations

import heapq
from collections.abc import Callable

from tui.core.search.vocabulary import Vocabulary

EXACT = 1.0
VARIANT = 0.9
COMPLETION = 0.85
CORRECTION = (0.8, 0.65, 0.5)
"""Weight of a correction by its number of edits (1, 2, 3)."""

RARE = 3
"""A typed word found in fewer quotes than this is also corrected: it may be a typo itself."""
MOST_COMPLETIONS = 64
"""The word being typed stands for at most this many completions, the most frequent ones."""
MOST_CORRECTIONS = 4


def expand(
    word: str,
    vocabulary: Vocabulary,
    df: Callable[[int], int],
    typing: bool = False,
    correct: bool = True,
) -> dict[int, float]:
    """Index words the query word may mean, each with its weight (word id -> weight).

    `df` counts the live items with a word; words no live item has are skipped. With `typing`,
    the word is a prefix still being typed and its completions count too; `correct` allows
    typo corrections.
    """
    found = exact(word, vocabulary, df, typing)
    for ident in vocabulary.variants(word):
        if df(ident):
            found[ident] = max(found.get(ident, 0.0), VARIANT)
    own = vocabulary.get(word)
    if correct and (own is None or df(own) < RARE):
        corrections = [
            (edits, -df(ident), ident) for ident, edits in vocabulary.corrections(word) if df(ident)
        ]
        for edits, _, ident in sorted(corrections)[:MOST_CORRECTIONS]:
            found.setdefault(ident, CORRECTION[min(edits, len(CORRECTION)) - 1])
    return found


def exact(
    word: str, vocabulary: Vocabulary, df: Callable[[int], int], typing: bool = False
) -> dict[int, float]:
    """The word itself (`'word`, phrases) and, while it is being typed, its completions."""
    found: dict[int, float] = {}
    own = vocabulary.get(word)
    if own is not None and df(own):
        found[own] = EXACT
    if typing:
        completions = [ident for ident in vocabulary.completions(word) if df(ident)]
        if len(completions) > MOST_COMPLETIONS:
            completions = heapq.nlargest(MOST_COMPLETIONS, completions, key=df)
        for ident in completions:
            found[ident] = COMPLETION
    return found
