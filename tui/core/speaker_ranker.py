"""A learned second opinion on who said a quote the attribution rules are unsure of.

The rules are right nearly every time a verb of saying ties a mention to the quote; where none
does (a quote going on with the one before, a sentence's subject, no rule at all) they guess.
There `speakers.attribute` gathers every mention that might be the speaker (each rule's, the
previous quotes' speakers, the names, pronouns and subjects of verbs of saying of the paragraph
and the one before), describes each by named features, and this ranker picks the one whose
feature weights sum highest when it is likely enough (a softmax over the candidates and `no
one`); otherwise the rules' decision stands. The weights are a conditional logistic regression
fitted by `scripts/train_speaker_ranker.py`; they hold numbers only, no text of the articles they
came from.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Final, Protocol

from tui.core.model import Quote

_DATA: Final = Path(__file__).parent / "data" / "speaker_ranker.json"

_KEPT_SCORES: Final = 1 << 15
"""The most candidates' scores a ranker keeps (`SpeakerRanker._scores`): emptied when full, so
a long run over an archive holds no more."""

NO_ONE: Final = "no one"
"""The feature of the `nobody` candidate: that none of the mentions said it takes probability
from them, so the ranker overrides the rules only where one mention clearly stands out."""


@dataclass(slots=True)
class Candidate:
    """A mention that may be a quote's speaker (start is None for no one), with its features.
    Never changed once made, yet not frozen: the compiled annotator makes a frozen one almost
    three times as slowly, and the ranker makes dozens per article. Its own `__init__` is
    compiled too (the one `dataclass` writes is not): made 6 times as fast."""

    start: int | None
    end: int | None
    features: tuple[str, ...]
    person: int | None = None
    """The person already known for the mention (a name the people finder found, an earlier
    quote's speaker); None when the resolver has to work it out."""
    kind: str = ""
    crossed: tuple[str, ...] = ()
    """The quote's features, each also crossed with every one of `features` (`q & f`): kept
    apart so that scoring looks the pairs up without building their names."""

    def __init__(
        self,
        start: int | None,
        end: int | None,
        features: tuple[str, ...],
        person: int | None = None,
        kind: str = "",
        crossed: tuple[str, ...] = (),
    ) -> None:
        self.start = start
        self.end = end
        self.features = features
        self.person = person
        self.kind = kind
        self.crossed = crossed

    def feature_names(self) -> list[str]:
        """Every feature by name, crossed ones included, in the order `SpeakerRanker` sums
        their weights (what the training script records)."""
        return [*self.features, *(f"{q} & {f}" for q in self.crossed for f in self.features)]


class Chooser(Protocol):
    """What `speakers.attribute` asks about a quote whose rule is in `reranks`."""

    reranks: frozenset[str]
    """The rule names (and "" for a quote no rule attributed) whose decisions it reviews."""

    def choose(
        self, quote_index: int, decided: Quote, candidates: Sequence[Candidate]
    ) -> Candidate | None:
        """The speaker, or None to leave the rules' `decided` alone."""
        ...


class SpeakerRanker:
    """Linear scores over binary features, read as a softmax over a quote's candidates."""

    def __init__(
        self,
        weights: dict[str, float],
        reranks: frozenset[str],
        threshold: float,
        override: float = 1.0,
    ) -> None:
        self.weights = weights
        self.reranks = reranks
        self.threshold = threshold
        """The probability the best mention needs to speak a quote the rules left to no one."""
        self.override = override
        """The probability it needs to replace a speaker the rules chose: higher, as a rule's
        guess is right far more often than no one is."""
        self._crossings: dict[str, dict[str, float]] = {}
        """For each quote feature q met so far, the weight of `q & f` by f."""
        self._rows: dict[tuple[str, ...], dict[str, tuple[float, ...]]] = {}
        """For each set of quote features met so far, each feature's `_row`."""
        self._scores: dict[tuple[tuple[str, ...], tuple[str, ...]], float] = {}
        """The score of each pair of quote features and candidate features met so far: most
        candidates of a run of articles are described as one before them was (a name in the
        paragraph before, a pronoun after the quote), and a look-up costs a seventh of a sum."""

    def score(self, candidate: Candidate) -> float:
        """The sum of the weights of `candidate.feature_names()`, in that order, each crossed
        weight looked up by its two halves; absent weights are left out, which changes no
        float sum (x + 0.0 == x), so the choice is the same to the last bit.

        Each feature's weights, its own and crossed with each of the quote's features, are read
        once into a row (`_row`) that every candidate of a quote with the same features shares:
        one look-up a feature instead of one a weight; the sum is kept (`_scores`)."""
        crossed = candidate.crossed
        key = (crossed, candidate.features)
        known = self._scores.get(key)
        if known is not None:
            return known
        table = self._rows.get(crossed)
        if table is None:
            table = self._rows[crossed] = {}
        rows: list[tuple[float, ...]] = []
        total = 0.0
        for feature in candidate.features:
            row = table.get(feature)
            if row is None:
                row = table[feature] = self._row(crossed, feature)
            rows.append(row)
            weight = row[0]
            if weight:
                total += weight
        for at in range(1, len(crossed) + 1):
            for row in rows:
                weight = row[at]
                if weight:
                    total += weight
        if len(self._scores) >= _KEPT_SCORES:
            self._scores.clear()
        self._scores[key] = total
        return total

    def _row(self, crossed: tuple[str, ...], feature: str) -> tuple[float, ...]:
        """The weight of `feature`, then of each quote feature of `crossed` and it, 0.0 for an
        absent one."""
        weights = [self.weights.get(feature, 0.0)]
        for quote_feature in crossed:
            crossing = self._crossings.get(quote_feature)
            if crossing is None:
                crossing = self._crossings[quote_feature] = self._crossing(quote_feature)
            weights.append(crossing.get(feature, 0.0))
        return tuple(weights)

    def _crossing(self, quote_feature: str) -> dict[str, float]:
        prefix = f"{quote_feature} & "
        return {
            name[len(prefix) :]: weight
            for name, weight in self.weights.items()
            if name.startswith(prefix)
        }

    def choose(
        self, quote_index: int, decided: Quote, candidates: Sequence[Candidate]
    ) -> Candidate | None:
        scores = [self.score(candidate) for candidate in candidates]
        mentions = [i for i, candidate in enumerate(candidates) if candidate.start is not None]
        if not mentions:
            return None
        best = mentions[0]  # the first best, as `max(…, key=…)`, a Python builtin's call compiled
        for index in mentions:
            if scores[index] > scores[best]:
                best = index
        total = sum(math.exp(score - scores[best]) for score in scores)
        least = self.threshold if decided.speaker_start is None else self.override
        return candidates[best] if 1.0 / total >= least else None


@cache
def default_ranker() -> SpeakerRanker:
    """The shipped weights, read once."""
    with _DATA.open(encoding="utf-8") as handle:
        data = json.load(handle)
    return SpeakerRanker(
        {str(name): float(value) for name, value in data["weights"].items()},
        frozenset(str(rule) for rule in data["reranks"]),
        float(data["threshold"]),
        float(data["override"]),
    )


def nobody(features: Sequence[str]) -> Candidate:
    """The candidate that stands for no speaker at all, with the quote's own features."""
    return Candidate(None, None, (NO_ONE, *(joined(_NO_ONE_AND, feature) for feature in features)))


_NO_ONE_AND: Final = f"{NO_ONE} &"

_JOINED: Final[dict[str, dict[str, str]]] = {}
"""Feature names made so far, by their two halves (`joined`)."""


def joined(first: str, second: str) -> str:
    """`f"{first} {second}"`, made once and then looked up: a feature name made afresh for each
    candidate is built and hashed anew at each weight looked up by it; the halves come from a
    few fixed words (sides, kinds, rules, buckets, quote features), so the table stays small."""
    names = _JOINED.get(first)
    if names is None:
        names = _JOINED[first] = {}
    name = names.get(second)
    if name is None:
        name = names[second] = f"{first} {second}"
    return name
