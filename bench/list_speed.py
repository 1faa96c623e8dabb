"""`newsreader list` over a JSON Lines corpus: wall time and peak memory, against the bare
cost of starting Python and parsing the same JSON lines in the same run.

Usage: python bench/list_speed.py [CORPUS.jsonl] [--runs N]
"""

from __future__ import annotations

import argparse

from measure import EVAL, newsreader_bin, python_bin, ratio_line, run_command


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("corpus", nargs="?", default=str(EVAL / "corpus-dev.jsonl"))
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    listing = run_command("newsreader list", [newsreader_bin(), "list", args.corpus], args.runs)
    baseline = run_command(
        "python json.loads baseline",
        [
            python_bin(),
            "-c",
            "import json,sys; [json.loads(l) for l in open(sys.argv[1], encoding='utf-8')]",
            args.corpus,
        ],
        args.runs,
    )
    print(f"corpus: {args.corpus}")
    print(listing.line())
    print(baseline.line())
    print(ratio_line(listing, baseline))


if __name__ == "__main__":
    main()
