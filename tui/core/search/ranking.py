"""How well one quote matches the query's words: a score from 0 to 1 and where it matched.

The query's words are slots, in the order typed, each weighted by how rare its word is (BM25's
idf), so covering `elected` counts more than covering `to`. The score is that weighted coverage,
lifted when the matched words sit close together, in the typed order and next to each other as
typed: what distinguishes the quote a reader remembers from others that share its words.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

COVERAGE_SHARE = 0.6
PROXIMITY_SHARE = 0.15
ORDER_SHARE = 0.1
ADJACENCY_SHARE = 0.15

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

    def __post_init__(self) -> None:
        self._known = frozenset(self.lookup)

    def bound(self, words: Sequence[int]) -> float:
        """A cheap upper bound of `score` (its coverage), 0 when the quote cannot match at all."""
        matched = self._known.intersection(words)
        if not matched:
            return 0.0
        best: dict[int, float] = {}
        for word in matched:
            for slot, weight in self.lookup[word]:
                if slot == EXCLUDED:
                    return 0.0
                if weight > best.get(slot, 0.0):
                    best[slot] = weight
        if any(slot not in best for slot in self.required):
            return 0.0
        return self._coverage([best.get(slot, 0.0) for slot in range(len(self.weights))])

    def score(self, words: Sequence[int]) -> Scored | None:
        lookup = self.lookup
        hits = [(position, word) for position, word in enumerate(words) if word in lookup]
        if not hits:
            return None
        slots = len(self.weights)
        best = [0.0] * slots
        where: list[list[tuple[int, float]]] = [[] for _ in range(slots)]
        for position, word in hits:
            for slot, weight in lookup[word]:
                if slot == EXCLUDED:
                    return None
                where[slot].append((position, weight))
                if weight > best[slot]:
                    best[slot] = weight
        if any(not best[slot] for slot in self.required):
            return None
        if self.phrases and not all(_run_at(where, phrase) for phrase in self.phrases):
            return None
        if self.excluded_phrases and any(_has_run(words, run) for run in self.excluded_phrases):
            return None
        coverage = self._coverage(best)
        if coverage <= 0:
            return None
        at = [[position for position, weight in where[slot] if weight == best[slot]] if best[slot] else []
              for slot in range(slots)]
        scored = [slot for slot in range(slots) if at[slot] and slot not in self.bonus]
        window, chosen = _tightest(at, scored)
        if len(scored) > 1:
            proximity = len(scored) / (window[1] - window[0] + 1)
            order = sum(chosen[a] < chosen[b] for a, b in zip(scored, scored[1:])) / (len(scored) - 1)
        else:
            proximity = order = 1.0
        pairs = [(a, a + 1) for a in range(slots - 1) if a not in self.bonus and a + 1 not in self.bonus]
        adjacency = (sum(_adjacent(at[a], at[b]) for a, b in pairs) / len(pairs)) if pairs else 1.0
        score = coverage * (COVERAGE_SHARE + PROXIMITY_SHARE * min(1.0, proximity) + ORDER_SHARE * order
                            + ADJACENCY_SHARE * adjacency)
        positions = tuple(sorted(position for slot in range(slots) for position in at[slot]))
        return Scored(min(1.0, score), positions, window)

    def _coverage(self, best: list[float]) -> float:
        total = found = 0.0
        for slot, weight in enumerate(self.weights):
            found += weight * best[slot]
            if slot not in self.bonus:
                total += weight
        return min(1.0, found / total) if total else (1.0 if found else 0.0)


def _run_at(where: list[list[tuple[int, float]]], run: tuple[int, ...]) -> bool:
    later = [{position for position, _ in where[slot]} for slot in run[1:]]
    return any(all(first + step in positions for step, positions in enumerate(later, start=1))
               for first, _ in where[run[0]])


def _has_run(words: Sequence[int], run: tuple[int, ...]) -> bool:
    length = len(run)
    return any(tuple(words[i:i + length]) == run for i, word in enumerate(words) if word == run[0])


def _adjacent(left: list[int], right: list[int]) -> bool:
    following = set(right)
    return any(position + 1 in following for position in left)


def _tightest(at: list[list[int]], slots: list[int]) -> tuple[tuple[int, int], dict[int, int]]:
    """The shortest stretch of positions holding every slot once, and the position used per slot."""
    if not slots:
        return (0, 0), {}
    events = sorted((position, slot) for slot in slots for position in at[slot])
    counts: dict[int, int] = {}
    left = 0
    best: tuple[int, int] | None = None
    for right, (position, slot) in enumerate(events):
        counts[slot] = counts.get(slot, 0) + 1
        while len(counts) == len(slots):
            start = events[left][0]
            if best is None or position - start < events[best[1]][0] - events[best[0]][0]:
                best = (left, right)
            first = events[left][1]
            counts[first] -= 1
            if not counts[first]:
                del counts[first]
            left += 1
    assert best is not None
    chosen: dict[int, int] = {}
    for position, slot in events[best[0]:best[1] + 1]:
        chosen.setdefault(slot, position)
    return (events[best[0]][0], events[best[1]][0]), chosen
