"""What a character of a text is, read by its code: the annotator, the word count and the index
ask it of every character they read, and compiled, `ord` of an index makes no one-character
string and calls no method (a regex or `str.isalnum` on the character would)."""

from __future__ import annotations

from typing import Final

COMPILED: Final = __file__.endswith((".so", ".pyd"))
"""Whether the annotator's modules run compiled: mypyc builds this one with them, all or none
(`hatch_build.py`). Where a loop read by hand is fast only compiled, a pure module keeps its
pattern."""


def is_word(text: str, at: int) -> bool:
    """Whether the character at `at` is a word character as the regex engine's `\\w` reads it
    (a letter, a digit or `_`): an ASCII one compared by its code, dashes and curly quotation
    marks (often met, never a letter) ruled out by theirs, any other asked of the string."""
    code = ord(text[at])
    if code < 128:
        return 97 <= code <= 122 or 65 <= code <= 90 or 48 <= code <= 57 or code == 95
    if 0x2010 <= code <= 0x201F:
        return False
    return text[at].isalnum()


def is_ascii_letter(code: int) -> bool:
    """Whether a character (its code) is an ASCII letter, `[A-Za-z]`."""
    return 97 <= code <= 122 or 65 <= code <= 90


def word_end(text: str, at: int, limit: int) -> int:
    r"""Where the word characters (`is_word`) from `at` end, before `limit` (a pattern's `\w*`).
    The ASCII test is written inline: a call a character costs more than the test."""
    while at < limit:
        code = ord(text[at])
        if code < 128:
            if not (97 <= code <= 122 or 65 <= code <= 90 or 48 <= code <= 57 or code == 95):
                break
        elif not text[at].isalnum():
            break
        at += 1
    return at


def is_space(text: str, at: int) -> bool:
    """`str.isspace` of the character at `at`: an ASCII one compared by its code (tab to
    carriage return, the four separators, space), any other asked of the string."""
    code = ord(text[at])
    if code < 128:
        return code == 32 or 9 <= code <= 13 or 28 <= code <= 31
    return text[at].isspace()
