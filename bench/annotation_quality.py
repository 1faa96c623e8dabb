"""Annotation quality: quotes with speakers, people and places, scored by the eval's scorer.

Usage: python bench/annotation_quality.py [--eval DIR]

Runs `newsreader annotate --jsonl` on `quotes-dev.jsonl` and `ner-dev.jsonl` exactly as a user
would, and prints `score.py`'s figures for each (quotes: all and direct; ner: people and
places). The evaluation data stays where it is (internal measurement only); the predictions go
to a temporary file that is removed afterwards.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from measure import EVAL, newsreader_bin

SETS = (("quotes", "quotes-dev.jsonl"), ("ner", "ner-dev.jsonl"))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--eval", default=str(EVAL), metavar="DIR", help="folder with the gold files and score.py")
    args = parser.parse_args()
    folder = Path(args.eval)
    status = 0
    for task, name in SETS:
        gold = folder / name
        with tempfile.NamedTemporaryFile("w+", suffix=".jsonl", encoding="utf-8") as predicted:
            started = time.perf_counter()
            run = subprocess.run([newsreader_bin(), "annotate", "--jsonl", str(gold)], stdout=predicted)
            elapsed = time.perf_counter() - started
            if run.returncode != 0:
                print(f"{name}: newsreader annotate exited {run.returncode}")
                status = 1
                continue
            predicted.flush()
            scored = subprocess.run([sys.executable, str(folder / "score.py"), task, str(gold), predicted.name],
                                    capture_output=True, text=True)
        print(f"{task} ({name}, annotate {elapsed:.2f} s):")
        print(scored.stdout + scored.stderr, end="")
        status |= scored.returncode
    return status


if __name__ == "__main__":
    sys.exit(main())
