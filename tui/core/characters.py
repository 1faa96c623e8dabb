"""What a character of a text is, read by its code: the annotator, the word count and the index
ask it of every character they read, and compiled, `ord` of an index makes no one-character
string and calls no method (a regex or `str.isalnum` on the character would)."""

from __future__ import annotations


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
