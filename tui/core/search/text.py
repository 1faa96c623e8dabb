"""Words as search sees them: accents, case and apostrophe styles folded away.

Indexing and querying both go through `words`, so `Café`, `cafe` and `CAFÉ` are one word and
`don’t` is `don't`. Folding maps a letter to a letter and an apostrophe to an apostrophe, so the
original text has the same words at the same places, which `word_spans` finds without folding.
"""

from __future__ import annotations

import re
import unicodedata

from tui.core.characters import COMPILED, is_word

_APOSTROPHES = "’‘′´"


def _fold_table() -> dict[int, str]:
    table = {ord(mark): "'" for mark in _APOSTROPHES}
    for code in range(0xC0, 0x250):
        base = unicodedata.normalize("NFKD", chr(code))[:1]
        if base.isascii() and base.isalpha():
            table[code] = base
    return table


_FOLD = _fold_table()
_FOLDED = re.compile("[" + "".join(re.escape(chr(code)) for code in sorted(_FOLD)) + "]")
"""A character `_FOLD` changes."""
WORD = re.compile(r"\w+(?:'\w+)*")
_ORIGINAL_WORD = re.compile(r"\w+(?:[" + "'" + _APOSTROPHES + r"]\w+)*")


def fold(text: str) -> str:
    """Lower case without accents, every apostrophe straight. The table is read only for a text
    that holds a character it changes, once the usual one (`’`) is replaced: `translate` looks
    up every character of the text in it, which made folding a news quote (curly quotation
    marks, an apostrophe) four times as slow."""
    if not text.isascii():
        text = text.replace("’", "'")
        if _FOLDED.search(text):
            text = text.translate(_FOLD)
    return text.lower()


def words(text: str) -> list[str]:
    """The folded words of a text, in order: what the index stores and a query is made of.
    Compiled, read a character at a time (`words_by_hand`, a third of the pattern's time over
    a news article's quotes); as pure Python, by the pattern, which is the specification."""
    folded = fold(text)
    return words_by_hand(folded) if COMPILED else WORD.findall(folded)


def words_by_hand(folded: str) -> list[str]:
    """`WORD.findall(folded)`: runs of word characters (`is_word`), an apostrophe between
    two word characters joining them."""
    found: list[str] = []
    start = -1  # where the word being read starts; -1 between words
    size = len(folded)
    for position in range(size):
        if is_word(folded, position):
            if start < 0:
                start = position
        elif start >= 0 and not (
            ord(folded[position]) == 39 and position + 1 < size and is_word(folded, position + 1)
        ):
            found.append(folded[start:position])
            start = -1
    if start >= 0:
        found.append(folded[start:])
    return found


def word_spans(text: str, upto: int | None = None) -> list[tuple[int, int]]:
    """(start, end) in `text` of each word `words(text)` finds; with `upto`, only as far as the
    word at that position. Reads the original text: folding never moves a word boundary."""
    spans = []
    for match in _ORIGINAL_WORD.finditer(text):
        spans.append(match.span())
        if upto is not None and len(spans) > upto:
            break
    return spans


def stem(word: str) -> str:
    """A light stem, so `billionaire`, `billionaires` and `billionaire's` find one another."""
    if word.endswith("'s"):
        word = word[:-2]
    elif word.endswith("s'"):
        word = word[:-1]
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word
