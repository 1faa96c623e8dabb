"""What a capitalised word is as a name: a first name, a surname, or an ordinary English word.

People rules need to tell `Phil Simmons` (a first name, a surname) from `Morning Consult` or
`Secret Service` (English words) without a statistical model; the lexicon built by
`scripts/build_names.py` (US Census 1990 name lists, SCOWL's American and British word lists)
answers that.
"""

from __future__ import annotations

import re
from typing import Final

from tui.core import word_tables
from tui.core.word_memo import WordMemo

_LEXICON: Final[dict[str, str]] = {}
"""Word in upper case -> kinds, read on first use (the reader's first paint needs no names)."""


def kinds(word: str) -> str:
    """Letters for what `word` is, in any case: `f` first name, `l` surname, `L` common surname,
    `w` an English word; empty for a word no list knows (`Shoukry`). Kept by word as written:
    a read of a small dict by a word whose hash is known spares upper-casing it and a read of
    the whole lexicon."""
    return _KINDS.get(word)


def _kinds_of(word: str) -> str:
    if not _LEXICON:
        fields = word_tables.fields("names.tsv.gz", "ascii")
        _LEXICON.update(dict(zip(fields, fields, strict=False)))  # whole, for a reader thread
    return _LEXICON.get(word.upper(), "")


_KINDS: Final = WordMemo(_kinds_of, 1 << 15)


def is_first_name(word: str) -> bool:
    return "f" in kinds(word)


def opens_with_first_name(text: str, start: int) -> bool:
    """Whether the word at `start` is a first name (`Alan` of `Alan Shearer`)."""
    word = _WORD.match(text, start)
    return word is not None and is_first_name(word.group())


_WORD: Final = re.compile(r"[\w'’-]+")


def is_english_word(word: str) -> bool:
    """A word English writes in lower case (`morning`), whether or not it is also a name."""
    return "w" in kinds(word)


def is_plain_word(word: str) -> bool:
    """An English word that no name list has (`Morning`, not `Will` or `Bush`)."""
    found = kinds(word)
    return "w" in found and "f" not in found and "l" not in found
