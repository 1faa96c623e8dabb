"""The tokens attribution reads: split a piece at a time, they are what one regex pass finds."""

from hypothesis import given, settings
from hypothesis import strategies as st

from tui.core.speakers.text import _TOKEN, ArticleText

CHARACTERS = st.sampled_from([*"ab Z9_é½.,'’&-\"“”—:\n\t\xa0\u2003?!", "…", "  "])


@settings(max_examples=500, deadline=None)
@given(st.lists(CHARACTERS, max_size=60).map("".join))
def test_tokens_are_those_of_one_regex_pass(text):
    expected = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]
    article = ArticleText(text)
    assert article.tokens == expected
    assert article.starts == [start for start, _, _ in expected]


def test_words_and_marks():
    article = ArticleText('"We won," said O\'Brien of AT&T in the U.S.\n\nIt  rained.')
    assert [word for _, _, word in article.tokens] == [
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
