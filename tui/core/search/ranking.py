"""How well one quote matches the query's words: a score from 0 to 1 and where it matched.

The query's words are slots, in the order typed, each weighted by how rare its word is (BM25's
idf), so covering `elected` counts more than covering `to`. The score is that weighted coverage,
lifted when the matched words sit close together, in the typed order and next to each other as
typed: what distinguishes the quote a reader remembers from others that share its words.
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import pairwise

COVERAGE_SHARE = 0.6
PROXIMITY_SHARE = 0.15
ORDER_SHARE = 0.1
ADJACENCY_SHARE = 0.15
LENGTH_SHARE = 0.15
LENGTH_HALF = 30
"""Longer quotes lose up to LENGTH_SHARE, half of it at LENGTH_HALF words: a remembered fragment
is likelier to come from a short quote holding it than from a long one (fewer other fragments)."""

EXCLUDED = -1
"""The slot of a word whose quotes are left out (`!word`)."""


def idf(df: int, total: int) -> float:
    """BM25's inverse document frequency: how much finding a word in a quote tells."""
    return math.log(1 + (total - df + 0.5) / (df + 0.5))


@dataclass(frozen=True, slots=True)
class Scored:
    score: float
    positions: tuple[int, ...]
    """Word positions in the quote that matched, best match of each slot."""
    window: tuple[int, int]
    """First and last word position of the tightest stretch holding all matched slots."""


@dataclass(slots=True)
class Ranker:
    """Scores candidate quotes, given as sequences of word ids, against one query.

    `lookup` maps a word id to the (slot, weight) pairs it fills; slot EXCLUDED rejects the quote.
    `required` slots must be filled; each of `phrases` is a run of slots that must match at
    consecutive positions; `bonus` slots add to the score when filled but cost nothing when not.
    """

    weights: Sequence[float]
    lookup: dict[int, tuple[tuple[int, float], ...]]
    required: tuple[int, ...] = ()
    phrases: tuple[tuple[int, ...], ...] = ()
    excluded_phrases: tuple[tuple[int, ...], ...] = ()
    """Runs of word ids that reject the quote (`!"a phrase"`)."""
    bonus: frozenset[int] = frozenset()
    _known: frozenset[int] = frozenset()
    _gains: dict[int, tuple[tuple[int, float], ...]] = field(default_factory=dict)
    """Per word id, (slot, slot weight × match weight): what finding the word adds to coverage."""
    _total: float = 0.0
    _ranked: tuple[int, ...] = ()
    """The slots that count for closeness and order, in query order."""

    def __post_init__(self) -> None:
        self._known = frozenset(self.lookup)
        self._gains = {
            word: tuple(
                (slot, self.weights[slot] * weight if slot != EXCLUDED else -1.0)
                for slot, weight in pairs
            )
            for word, pairs in self.lookup.items()
        }
        self._ranked = tuple(slot for slot in range(len(self.weights)) if slot not in self.bonus)
        self._total = sum(self.weights[slot] for slot in self._ranked)

    def bound(self, words: Sequence[int]) -> float:
        """A cheap upper bound of `score`, 0 when the quote cannot match at all."""
        best: dict[int, float] = {}
        gains = self._gains
        for word in self._known.intersection(words):
            for slot, gain in gains[word]:
                if gain < 0:
                    return 0.0
                if gain > best.get(slot, 0.0):
                    best[slot] = gain
        if not best or (self.required and any(slot not in best for slot in self.required)):
            return 0.0
        coverage = min(1.0, sum(best.values()) / self._total) if self._total else 1.0
        return coverage * _length_factor(len(words))

    def score(self, words: Sequence[int]) -> Scored | None:
        slots = len(self.weights)
        lookup = self.lookup
        best = [0.0] * slots
        at: list[list[int]] = [[] for _ in range(slots)]
        anywhere: list[list[int]] = [[] for _ in range(slots)]
        known = self._known
        for position, word in [
            (position, word) for position, word in enumerate(words) if word in known
        ]:
            for slot, weight in lookup[word]:
                if slot == EXCLUDED:
                    return None
                anywhere[slot].append(position)
                if weight > best[slot]:
                    best[slot] = weight
                    at[slot] = [position]
                elif weight == best[slot]:
                    at[slot].append(position)
        if any(not best[slot] for slot in self.required):
            return None
        if self.phrases and not all(_run_at(anywhere, phrase) for phrase in self.phrases):
            return None
        if self.excluded_phrases and any(_has_run(words, run) for run in self.excluded_phrases):
            return None
        coverage = self._coverage(best)
        if coverage <= 0:
            return None
        found = [slot for slot in self._ranked if best[slot]]
        window, order = self._window(at, found)
        proximity = len(found) / (window[1] - window[0] + 1) if len(found) > 1 else 1.0
        ranked = self._ranked
        pairs = len(ranked) - 1
        adjacency = (
            (sum(_adjacent(at[a], at[b]) for a, b in pairwise(ranked)) / pairs)
            if pairs > 0
            else 1.0
        )
        score = (
            coverage
            * (
                COVERAGE_SHARE
                + PROXIMITY_SHARE * min(1.0, proximity)
                + ORDER_SHARE * order
                + ADJACENCY_SHARE * adjacency
            )
            * _length_factor(len(words))
        )
        positions = tuple(sorted({position for slot in range(slots) for position in at[slot]}))
        return Scored(min(1.0, score), positions, window)

    def _coverage(self, best: list[float]) -> float:
        found = sum(weight * value for weight, value in zip(self.weights, best, strict=True))
        return min(1.0, found / self._total) if self._total else (1.0 if found else 0.0)

    def _window(self, at: list[list[int]], found: list[int]) -> tuple[tuple[int, int], float]:
        """The stretch around an occurrence of the rarest found slot that takes, for every other
        slot, its nearest occurrence on the side the query puts it; the tightest, most in order.

        Returns ((first, last) position, share of consecutive found slots in query order)."""
        if len(found) < 2:
            position = at[found[0]][0] if found else 0
            return (position, position), 1.0
        anchor = max(found, key=lambda slot: self.weights[slot])
        best: tuple[int, float, tuple[int, int]] | None = None
        for centre in at[anchor]:
            chosen = [
                _nearest(at[slot], centre, slot < anchor) if slot != anchor else centre
                for slot in found
            ]
            order = sum(a < b for a, b in pairwise(chosen)) / (len(chosen) - 1)
            first, last = min(chosen), max(chosen)
            if best is None or (last - first, -order) < (best[0], -best[1]):
                best = (last - first, order, (first, last))
        assert best is not None, "the anchor is a found slot, so it occurs at least once"
        return best[2], best[1]


def _length_factor(length: int) -> float:
    return 1 - LENGTH_SHARE * length / (length + LENGTH_HALF)


def _nearest(positions: list[int], centre: int, before: bool) -> int:
    """The occurrence closest to `centre` on the preferred side, else the closest on the other."""
    if before:
        index = bisect_left(positions, centre)
        return positions[index - 1] if index else positions[0]
    index = bisect_right(positions, centre)
    return positions[index] if index < len(positions) else positions[-1]


def _run_at(anywhere: list[list[int]], run: tuple[int, ...]) -> bool:
    later = [set(anywhere[slot]) for slot in run[1:]]
    return any(
        all(first + step in positions for step, positions in enumerate(later, start=1))
        for first in anywhere[run[0]]
    )


def _has_run(words: Sequence[int], run: tuple[int, ...]) -> bool:
    length = len(run)
    return any(
        tuple(words[i : i + length]) == run for i, word in enumerate(words) if word == run[0]
    )


def _adjacent(left: list[int], right: list[int]) -> bool:
    if not left or not right:
        return False
    following = set(right)
    return any(position + 1 in following for position in left)
