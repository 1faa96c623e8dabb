"""Fit the speaker ranker (`tui/core/speaker_ranker.py`) and measure it by cross-validation.

Usage: python scripts/train_speaker_ranker.py [--eval DIR] [--folds 5] [--write] [--variant NAME]
       [--breaks-lost]

Reads `quotes-train.jsonl` of the evaluation folder (never dev: dev is only for the final
report by `bench/annotation_quality.py`). Every article is attributed by the rules while a
recorder keeps, for each quote, the candidates `speakers.attribute` gathers and their features;
a candidate is right when it overlaps the gold speaker mention (how `score.py` matches speakers
when the gold names no resolved person, as in this set), and `no one` is right when none does.
A conditional logistic regression (softmax over a quote's candidates, AdaGrad, L2), plain
Python, is fitted for each variant of which rules' decisions it reviews. The ranker overrides
the rules only when its best mention's probability reaches a threshold: for a quote the rules
left to no one, the lowest at which, out of fold, the mentions it gives them are right at least
half the time; for one they gave a speaker, the one at which, out of fold, replacing it gains
most.

Cross-validation splits the articles into folds; for each fold it fits on the others and runs
the real attribution with those weights on the held-out articles, writes predictions as
`newsreader annotate --jsonl` would and scores them with `score.py`: quote+speaker F1, all and
direct, for the rules alone and for each variant, on train as written and on train with its
paragraph breaks lost (every `\n` a space, as scraped news arrives; the gold offsets still hold).
`--breaks-lost` fits each fold on its articles both as written and with their breaks lost, so
the paragraph features learn what a lost break looks like. `--write` then fits the best variant
on all of train (and its breaks-lost copy with `--breaks-lost`) and writes
`tui/core/data/speaker_ranker.json` (feature names and weights only).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from measure import EVAL  # noqa: E402

from tui.commands.annotate import paragraph_segments, to_record  # noqa: E402
from tui.core import capitalised  # noqa: E402
from tui.core import people as people_finder  # noqa: E402
from tui.core import quotes as quote_finder  # noqa: E402
from tui.core.decoding import clean_same_length  # noqa: E402
from tui.core.documents import paragraph_blocks  # noqa: E402
from tui.core.model import Annotation, Quote  # noqa: E402
from tui.core.speaker_ranker import Candidate, Chooser, SpeakerRanker  # noqa: E402
from tui.core.speakers import CONTINUES, RULES, attribute  # noqa: E402
from tui.core.terms import split_terms  # noqa: E402

OUT = ROOT / "tui" / "core" / "data" / "speaker_ranker.json"

GUESSES = frozenset(("", CONTINUES, "sentence subject", "any subject"))
VARIANTS: dict[str, frozenset[str]] = {
    "guesses": GUESSES,
    "guesses + said before": GUESSES | {"said before"},
    "every decision": GUESSES | {name for name, _ in RULES},
}
"""Which rules' decisions the ranker reviews ("" is a quote no rule attributed), fewest first."""

NOISE = 0.002
"""A cross-validated F1 gain smaller than this does not earn reviewing more rules' decisions."""

EPOCHS, RATE, L2 = 15, 0.05, 1e-4


@dataclass
class Recorder:
    """A chooser that leaves every decision to the rules and keeps what it was shown."""

    reranks: frozenset[str] = VARIANTS["every decision"]
    seen: dict[int, tuple[Quote, list[Candidate]]] = field(default_factory=dict)

    def choose(
        self, quote_index: int, decided: Quote, candidates: Sequence[Candidate]
    ) -> Candidate | None:
        self.seen[quote_index] = (decided, list(candidates))
        return None


@dataclass
class Example:
    """One quote: the rule that decided it, its candidates' feature ids, which are right, and
    whether the rules' speaker is (None when they left it to no one)."""

    rule: str
    features: list[list[int]]
    right: list[bool]
    decided: bool | None


def overlaps(a0: int, a1: int, b0: int, b1: int) -> bool:
    return min(a1, b1) > max(a0, b0)


def match_spans(gold: list[tuple[int, int]], pred: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """score.py's matching: one to one, overlap of at least half the longer span, best first."""
    pairs = []
    for gi, (g0, g1) in enumerate(gold):
        for pi, (p0, p1) in enumerate(pred):
            common = max(0, min(g1, p1) - max(g0, p0))
            if common and common * 2 >= max(g1 - g0, p1 - p0):
                pairs.append((common, gi, pi))
    pairs.sort(reverse=True)
    used_g: set[int] = set()
    used_p: set[int] = set()
    out = []
    for _, gi, pi in pairs:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            out.append((gi, pi))
    return out


def run(record: dict[str, Any], ranker: Chooser) -> Annotation:
    """`annotate` as the CLI runs it, with the given chooser and no places (not scored here):
    terms are set apart before attribution, as they get no speaker."""
    text = clean_same_length(record["text"])
    blocks = paragraph_blocks(text)
    found, terms = split_terms(text, blocks, quote_finder.find_quotes(text, blocks))
    people = people_finder.find_people(text, blocks, terms, capitalised.scan(text))
    attributed, people = attribute(text, blocks, found, people, ranker=ranker)
    return Annotation(
        quotes=attributed, people=people.people, mentions=people.mentions, terms=terms
    )


def examples(record: dict[str, Any], vocabulary: dict[str, int]) -> list[Example]:
    """The recorded candidates of each quote of an article, labelled by the gold speaker."""
    recorder = Recorder()
    annotation = run(record, recorder)
    text = clean_same_length(record["text"])
    blocks = paragraph_blocks(text)
    segments = [
        (index, start, end)
        for index, quote in enumerate(annotation.quotes)
        for start, end in paragraph_segments(quote, blocks)
    ]
    gold = record["quotes"]
    speaker: dict[int, tuple[int, int] | None] = {}
    for gi, pi in match_spans(
        [(q["start"], q["end"]) for q in gold], [(s, e) for _, s, e in segments]
    ):
        index = segments[pi][0]
        if index not in speaker or speaker[index] is None:
            g = gold[gi]
            span = (
                (g["speaker_start"], g["speaker_end"]) if g["speaker_start"] is not None else None
            )
            speaker[index] = span
    out = []
    for index, (decided, candidates) in recorder.seen.items():
        span = speaker.get(index)
        right = [
            span is not None and c.start is not None and overlaps(c.start, c.end or 0, *span)
            for c in candidates
        ]
        rules_right = (
            None
            if decided.speaker_start is None or decided.speaker_end is None
            else span is not None and overlaps(decided.speaker_start, decided.speaker_end, *span)
        )
        if not any(right):
            right = [c.start is None for c in candidates]
        ids = [
            [vocabulary.setdefault(feature, len(vocabulary)) for feature in c.feature_names()]
            for c in candidates
        ]
        out.append(Example(decided.rule or "", ids, right, rules_right))
    return out


def fit(data: list[Example], size: int) -> list[float]:
    """Softmax over each quote's candidates, maximising the probability of the right ones."""
    weights = [0.0] * size
    squares = [1e-8] * size
    for epoch in range(EPOCHS):
        order = sorted(
            range(len(data)), key=lambda i: hashlib.md5(f"{epoch}:{i}".encode()).digest()
        )
        for i in order:
            example = data[i]
            scores = [sum(weights[f] for f in features) for features in example.features]
            top = max(scores)
            exps = [math.exp(s - top) for s in scores]
            total = sum(exps)
            right = sum(e for e, ok in zip(exps, example.right, strict=True) if ok)
            gradient: dict[int, float] = {}
            for features, e, ok in zip(example.features, exps, example.right, strict=True):
                g = e / total - (e / right if ok else 0.0)
                for f in features:
                    gradient[f] = gradient.get(f, 0.0) + g
            for f, g in gradient.items():
                g += L2 * weights[f]
                squares[f] += g * g
                weights[f] -= RATE * g / math.sqrt(squares[f])
    return weights


def breaks_lost(record: dict[str, Any]) -> dict[str, Any]:
    """The article as a scraper that drops paragraph breaks delivers it, offsets unchanged."""
    return {**record, "text": record["text"].replace("\n", " ")}


def fold_of(ident: str, folds: int) -> int:
    return int(hashlib.md5(ident.encode()).hexdigest(), 16) % folds


def score(
    eval_dir: Path, gold: list[dict[str, Any]], predicted: list[dict[str, Any]]
) -> tuple[float, float]:
    """Quote+speaker F1 (all, direct) from the real scorer."""
    with tempfile.TemporaryDirectory() as scratch:
        gold_path, pred_path = Path(scratch) / "gold.jsonl", Path(scratch) / "pred.jsonl"
        gold_path.write_text("".join(json.dumps(r) + "\n" for r in gold), encoding="utf-8")
        pred_path.write_text("".join(json.dumps(r) + "\n" for r in predicted), encoding="utf-8")
        scored = subprocess.run(
            [sys.executable, str(eval_dir / "score.py"), "quotes", gold_path, pred_path, "--json"],
            capture_output=True,
            text=True,
            check=True,
        )
    result = json.loads(scored.stdout)
    return result["all"]["quote_and_speaker"]["f1"], result["direct"]["quote_and_speaker"]["f1"]


def predict(records: list[dict[str, Any]], ranker: Chooser) -> list[dict[str, Any]]:
    out = []
    for record in records:
        text = clean_same_length(record["text"])
        out.append(to_record(record["id"], run(record, ranker), paragraph_blocks(text)))
    return out


def ranker_for(
    weights: list[float],
    vocabulary: dict[str, int],
    reranks: frozenset[str],
    least: tuple[float, float],
) -> SpeakerRanker:
    names = {index: name for name, index in vocabulary.items()}
    return SpeakerRanker(
        {names[i]: round(w, 4) for i, w in enumerate(weights) if abs(w) >= 1e-4}, reranks, *least
    )


@dataclass
class Judged:
    """A held-out quote the ranker reviewed: its best mention's probability, whether that
    mention is right, and whether the rules' speaker is (None when they left it to no one)."""

    probability: float
    right: bool
    decided: bool | None


def out_of_fold(
    data: list[list[Example]],
    folds: list[int],
    count: int,
    reranks: frozenset[str],
    size: int,
    judged: int,
) -> tuple[list[list[float]], list[Judged]]:
    """Each fold's weights, fitted on the other folds, and every held-out quote it reviews among
    the first `judged` articles (train as written, each quote once)."""
    fitted, held_out = [], []
    for fold in range(count):
        train = [
            example
            for article, f in zip(data, folds, strict=True)
            if f != fold
            for example in article
            if example.rule in reranks
        ]
        weights = fit(train, size)
        fitted.append(weights)
        for article, f in zip(data[:judged], folds, strict=False):
            for example in article if f == fold else []:
                if example.rule not in reranks or len(example.features) < 2:
                    continue
                scores = [sum(weights[i] for i in features) for features in example.features]
                best = max(range(1, len(scores)), key=scores.__getitem__)
                probability = 1.0 / sum(math.exp(s - scores[best]) for s in scores)
                held_out.append(Judged(probability, example.right[best], example.decided))
    return fitted, held_out


def thresholds(held_out: list[Judged]) -> tuple[float, float]:
    """The probability the best mention needs to speak a quote the rules left to no one: the
    lowest at which those mentions are right at least as often as wrong (a guess should be
    more likely right than not); and the one it needs to replace the rules' speaker: the one at
    which the replacements gain most over the speakers they replace."""
    guesses = [judged for judged in held_out if judged.decided is None]
    guess = next(
        (
            least
            for least in THRESHOLDS
            if sum(j.right for j in guesses if j.probability >= least) * 2
            >= sum(j.probability >= least for j in guesses)
            > 0
        ),
        THRESHOLDS[-1],
    )
    replaced = [judged for judged in held_out if judged.decided is not None]
    override = max(
        OVERRIDES,
        key=lambda least: sum(
            j.right - bool(j.decided) for j in replaced if j.probability >= least
        ),
    )
    return guess, override


def acted(held_out: list[Judged], least: tuple[float, float]) -> str:
    """What the ranker does out of fold at these thresholds: its guesses for quotes the rules
    left to no one, right and wrong (a wrong one shows a reader a wrong speaker), and its
    replacements of the rules' speaker, by whether they fix or break it."""
    guesses = [j for j in held_out if j.decided is None and j.probability >= least[0]]
    replaced = [j for j in held_out if j.decided is not None and j.probability >= least[1]]
    right = sum(j.right for j in guesses)
    fixes = sum(j.right and not j.decided for j in replaced)
    breaks = sum(bool(j.decided) and not j.right for j in replaced)
    return (
        f"guesses {right} right, {len(guesses) - right} wrong; "
        f"replacements {fixes} fix, {breaks} break the rules' speaker"
    )


THRESHOLDS = (0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.6, 0.7)
OVERRIDES = (1.0, 0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3)
"""From never replacing the rules' speaker down: of equal gains, the first (the highest) wins."""


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--eval", default=str(EVAL), metavar="DIR")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--write", action="store_true", help="fit the best variant on all of train")
    parser.add_argument(
        "--variant",
        choices=sorted(VARIANTS),
        help="measure and write only this variant (the ranker reviewing only the rules' "
        "guesses keeps every attribution a verb of saying makes)",
    )
    parser.add_argument(
        "--breaks-lost",
        action="store_true",
        help="fit on every training article also with its paragraph breaks lost",
    )
    args = parser.parse_args()
    eval_dir = Path(args.eval)
    with (eval_dir / "quotes-train.jsonl").open(encoding="utf-8") as handle:
        records = [json.loads(line) for line in handle if line.strip()]
    flat = [breaks_lost(record) for record in records]
    vocabulary: dict[str, int] = {}
    folds = [fold_of(record["id"], args.folds) for record in records]
    fitted_on = records + flat if args.breaks_lost else records
    data = [examples(record, vocabulary) for record in fitted_on]
    fitted_folds = folds * (len(fitted_on) // len(records))
    measured = {"as written": records, "breaks lost": flat}
    held = {
        label: [
            [r for r, f in zip(articles, folds, strict=True) if f == fold]
            for fold in range(args.folds)
        ]
        for label, articles in measured.items()
    }
    variants = {args.variant: VARIANTS[args.variant]} if args.variant else VARIANTS
    rules_only = SpeakerRanker({}, frozenset(), 1.0)
    table = {
        (label, "rules"): [score(eval_dir, part, predict(part, rules_only)) for part in parts]
        for label, parts in held.items()
    }
    least: dict[str, tuple[float, float]] = {}
    for name, reranks in variants.items():
        fitted, held_out = out_of_fold(
            data, fitted_folds, args.folds, reranks, len(vocabulary), len(records)
        )
        least[name] = thresholds(held_out)
        for label, parts in held.items():
            table[label, name] = [
                score(
                    eval_dir,
                    part,
                    predict(part, ranker_for(w, vocabulary, reranks, least[name])),
                )
                for part, w in zip(parts, fitted, strict=True)
            ]
        print(
            f"{name}: threshold {least[name][0]}, override {least[name][1]}: "
            + acted(held_out, least[name]),
            flush=True,
        )
    means: dict[tuple[str, str], float] = {}
    for label in measured:
        print(f"\n{label:24}" + "".join(f"fold {f} all/direct  " for f in range(args.folds)))
        for (measured_on, name), rows in table.items():
            if measured_on != label:
                continue
            mean_all = sum(a for a, _ in rows) / len(rows)
            mean_direct = sum(d for _, d in rows) / len(rows)
            means[label, name] = mean_all
            cells = "".join(f"{a:.4f}/{d:.4f}      " for a, d in rows)
            print(f"{name:24}{cells}mean {mean_all:.4f}/{mean_direct:.4f}")
    top = max(means["as written", name] for name in variants)
    best = next(name for name in variants if means["as written", name] >= top - NOISE)
    gain = means["as written", best] - means["as written", "rules"]
    print(f"\nbest variant: {best} ({gain:+.4f} all over the rules, as written)")
    if args.write:
        reranks = VARIANTS[best]
        train = [e for article in data for e in article if e.rule in reranks]
        ranker = ranker_for(fit(train, len(vocabulary)), vocabulary, reranks, least[best])
        OUT.write_text(
            json.dumps(
                {
                    "reranks": sorted(reranks),
                    "threshold": ranker.threshold,
                    "override": ranker.override,
                    "weights": dict(sorted(ranker.weights.items())),
                },
                indent=0,
            )
            + "\n",
            encoding="utf-8",
        )
        print(f"wrote {OUT.relative_to(ROOT)} ({len(ranker.weights)} weights)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
