"""Annotation quality: quotes with speakers, people and places, scored by the eval's scorer.

Usage: python bench/annotation_quality.py [--eval DIR] [--only NAME ...]

Runs `newsreader annotate --jsonl` exactly as a user would on:
- `quotes-dev.jsonl` (the small set the first rules were tuned on),
- `quotes-train.jsonl` (ten times larger, same newspapers: the figure to trust),
- the same train set with its paragraph breaks lost, every `\\n` replaced by a space so the
  offsets stay valid (scraped news often arrives that way), built on the fly,
- the same again in British house style: quoted in single marks (`‘…’`, or straight `'…'` where
  the original used straight double marks), mark for mark so the offsets stay valid; apostrophes
  are left as they are, so the annotator has to tell them from quotation marks,
- `ner-dev.jsonl` (people and places),
and prints `score.py`'s figures for each: quote spans, quote + speaker (all and direct quotes),
people and places. The evaluation data stays where it is (internal measurement only); the
predictions and the flattened copy go to temporary files that are removed afterwards.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from measure import EVAL, newsreader_bin

FLAT = str.maketrans({"\n": " "})
BRITISH = str.maketrans({"\n": " ", "\u201c": "\u2018", "\u201d": "\u2019", '"': "'"})

SETS = (
    ("quotes", "quotes-dev.jsonl", None, ""),
    ("quotes", "quotes-train.jsonl", None, ""),
    ("quotes", "quotes-train.jsonl", FLAT, " (paragraph breaks lost)"),
    ("quotes", "quotes-train.jsonl", BRITISH, " (British marks, breaks lost)"),
    ("ner", "ner-dev.jsonl", None, ""),
)


def rewritten(gold: Path, table: dict[int, str], into: Path) -> Path:
    """A copy of `gold` whose texts are translated one character for another by `table`, so
    every gold offset still holds."""
    with gold.open(encoding="utf-8") as source, into.open("w", encoding="utf-8") as out:
        for line in source:
            if line.strip():
                record = json.loads(line)
                record["text"] = record["text"].translate(table)
                out.write(json.dumps(record) + "\n")
    return into


def summary(task: str, scores: dict) -> str:
    if task == "ner":
        return (
            f"people F1 {scores['people']['exact']['f1']:.3f}  "
            f"places F1 {scores['places']['exact']['f1']:.3f}"
        )
    every, direct = scores["all"], scores["direct"]
    return (
        f"quote+speaker F1 all {every['quote_and_speaker']['f1']:.3f}  "
        f"direct {direct['quote_and_speaker']['f1']:.3f}  "
        f"spans F1 {every['quotes']['f1']:.3f} (recall {every['quotes']['recall']:.3f})  "
        f"speaker accuracy on matched {every['speaker_accuracy_on_matched']:.3f}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--eval", default=str(EVAL), metavar="DIR", help="folder with the gold files and score.py"
    )
    parser.add_argument(
        "--only", nargs="*", default=[], metavar="NAME", help="run the sets whose label has NAME"
    )
    args = parser.parse_args()
    folder = Path(args.eval)
    status = 0
    with tempfile.TemporaryDirectory() as scratch:
        for task, name, table, variant in SETS:
            label = name + variant
            if args.only and not any(part in label for part in args.only):
                continue
            gold = folder / name
            if table is not None:
                gold = rewritten(gold, table, Path(scratch) / "rewritten.jsonl")
            predicted = Path(scratch) / "predicted.jsonl"
            with predicted.open("w", encoding="utf-8") as out:
                started = time.perf_counter()
                run = subprocess.run(
                    [newsreader_bin(), "annotate", "--jsonl", str(gold)], stdout=out, check=False
                )
                elapsed = time.perf_counter() - started
            if run.returncode != 0:
                print(f"{label}: newsreader annotate exited {run.returncode}")
                status = 1
                continue
            scored = subprocess.run(
                [
                    sys.executable,
                    str(folder / "score.py"),
                    task,
                    str(gold),
                    str(predicted),
                    "--json",
                ],
                capture_output=True,
                text=True,
                check=False,
            )
            if scored.returncode != 0:
                print(f"{label}: score.py exited {scored.returncode}\n{scored.stderr}")
                status = 1
                continue
            figures = summary(task, json.loads(scored.stdout))
            print(f"{label:<48} {figures}  (annotate {elapsed:.1f} s)", flush=True)
    return status


if __name__ == "__main__":
    sys.exit(main())
