#!/usr/bin/env python3
"""Build `tui/core/data/names.tsv.gz`, the word lexicon people.py reads.

It tells a capitalised word that is a first name (`Antony`) or a surname (`Shoukry` is in no
list, `Simmons` is) from one that is an ordinary English word (`Morning`, `Secret`), which is
how `Morning Consult` and `Secret Service` are kept from being people.

Sources:
- US Census 1990 name frequency lists, public domain, as carried by the PyPI package `names`
  (files dist.male.first, dist.female.first, dist.all.last):
      pip download --no-deps -d /tmp/y names
- the first names `tui/core/speech.py` gives a gender, which add those of British, Irish and
  Quebec news that the 1990 US lists lack (`Gareth`, `Niamh`, `Liam`; ASCII spellings only).
- SCOWL English word lists as packaged by Debian (`wamerican`, /usr/share/dict/american-english,
  and `wbritish`, /usr/share/dict/british-english, whose spellings UK news writes: `Neighbour`,
  `Organiser`, `Labourer`), Copyright 2000-2011 Kevin Atkinson, used under its permissive
  licence (see ATTRIBUTION.md).

    apt-get install wamerican wbritish
    python3 scripts/build_names.py /tmp/y/names-*.tar.gz /usr/share/dict/american-english \
        /usr/share/dict/british-english

Output, one line per upper-cased word: `WORD <TAB> kinds`, kinds a subset of
`f` first name, `l` surname, `L` common surname (the most frequent COMMON_SURNAMES),
`w` an English word (the list has it in lower case).
"""

from __future__ import annotations

import gzip
import sys
import tarfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from tui.core.speech import FIRST_NAME_GENDERS  # noqa: E402

OUT = ROOT / "tui" / "core" / "data" / "names.tsv.gz"
COMMON_SURNAMES = 5000
MIN_FIRST_NAME_PERCENT = 0.001
"""First names rarer than this (percent of people) are mostly spelling variants; left out."""


def census_lists(archive: Path) -> dict[str, list[tuple[str, float]]]:
    lists: dict[str, list[tuple[str, float]]] = {}
    with tarfile.open(archive) as tar:
        for member in tar.getmembers():
            base = member.name.rsplit("/", 1)[-1]
            if base in ("dist.male.first", "dist.female.first", "dist.all.last"):
                text = tar.extractfile(member).read().decode("ascii")
                lists[base] = [
                    (line.split()[0], float(line.split()[1]))
                    for line in text.splitlines()
                    if line.strip()
                ]
    return lists


def build(archive: Path, words_paths: list[Path]) -> dict[str, str]:
    lists = census_lists(archive)
    kinds: dict[str, set[str]] = {}
    for base in ("dist.male.first", "dist.female.first"):
        for name, percent in lists[base]:
            if percent >= MIN_FIRST_NAME_PERCENT:
                kinds.setdefault(name, set()).add("f")
    for name in FIRST_NAME_GENDERS:
        if name.isascii():
            kinds.setdefault(name.upper(), set()).add("f")
    for rank, (name, _) in enumerate(lists["dist.all.last"]):
        kinds.setdefault(name, set()).update("lL" if rank < COMMON_SURNAMES else "l")
    for words_path in words_paths:
        for word in words_path.read_text(encoding="utf-8").splitlines():
            word = word.strip()
            if word.isalpha() and word.islower() and word.isascii():
                kinds.setdefault(word.upper(), set()).add("w")
    return {word: "".join(sorted(k)) for word, k in sorted(kinds.items())}


def write_table(path: Path, rows: list[tuple[str, ...]]) -> None:
    """Write rows as gzip'd TSV, byte-identical for identical rows (no timestamp), and say so."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with gzip.GzipFile(path, "wb", mtime=0) as raw:
        raw.write("".join("\t".join(row) + "\n" for row in rows).encode("utf-8"))
    print(f"{path.relative_to(ROOT)}: {len(rows)} rows, {path.stat().st_size} bytes")


def main(argv: list[str]) -> int:
    if len(argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    write_table(OUT, list(build(Path(argv[1]), [Path(arg) for arg in argv[2:]]).items()))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
