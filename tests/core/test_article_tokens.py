"""The tokens attribution reads: split a piece at a time, they are what one regex pass finds."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from tui.core.speakers.text import ArticleText

_TOKEN = re.compile(r"(\w++(?:['’.&-]\w++)*+|[^\w\s])")
"""A word (`O'Brien`, `U.S`, `AT&T`, `well-known`) or one other character: every character but
white space is in one."""

CHARACTERS = st.sampled_from([*"ab Z9_é½.,'’&-\"“”—:\n\t\xa0\u2003\u2028\x1c?!", "…", "  "])


@settings(max_examples=500, deadline=None)
@given(st.lists(CHARACTERS, max_size=200).map("".join))
def test_tokens_are_those_of_one_regex_pass(text):
    expected = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]
    article = ArticleText(text)
    assert article.slice(0, len(article.starts)) == expected
    assert article.starts == [start for start, _, _ in expected]
    assert article.words_between(0, len(text)) == expected


@settings(max_examples=300, deadline=None)
@given(st.lists(CHARACTERS, max_size=300).map("".join), st.integers(0, 300), st.integers(0, 300))
def test_words_between_are_made_as_read(text, start, end):
    """Tokens are made a chunk at a time as they are read: any stretch is what it would be had
    the whole text been tokenised first."""
    expected = [
        (m.start(), m.end(), m.group())
        for m in _TOKEN.finditer(text)
        if m.start() >= start and m.end() <= end
    ]
    assert ArticleText(text).words_between(start, end) == expected


def test_words_and_marks():
    article = ArticleText('"We won," said O\'Brien of AT&T in the U.S.\n\nIt  rained.')
    assert [word for _, _, word in article.words_between(0, 60)] == [
        '"',
        "We",
        "won",
        ",",
        '"',
        "said",
        "O'Brien",
        "of",
        "AT&T",
        "in",
        "the",
        "U.S",
        ".",
        "It",
        "rained",
        ".",
    ]
