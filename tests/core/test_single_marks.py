"""The hand reads of single quotation marks hold to the patterns they replace.

Invented strings only."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from tui.core.quotes import (
    _NAMED_POSSESSIVE,
    _PLURAL_POSSESSIVE,
    _SINGLE,
    _closes_single,
    _opens_single,
    _plural_possessive,
    _SingleMarks,
)

CHARACTERS = st.sampled_from(
    [*"abtemnNsiZT1_.,!?:;-([—–'‘’\"“”…$ \n\t", "é", "ſ", "\xa0", "em", "twas", "''"]
)
TEXTS = st.lists(CHARACTERS, max_size=60).map("".join)


@settings(max_examples=500, deadline=None)
@given(TEXTS, st.integers(0, 60), st.integers(0, 60))
def test_marks_are_the_pattern_s(text, start, end):
    found = _SingleMarks(text, start, end)
    positions = []
    while (at := found.next()) >= 0:
        positions.append(at)
    assert positions == [m.start() for m in re.compile("[‘’']").finditer(text, start, end)]


@settings(max_examples=3000, deadline=None)
@given(TEXTS)
def test_opening_and_closing_are_the_patterns(text):
    for at in range(len(text)):
        assert _opens_single(text, at) == (_SINGLE.opening.match(text, at) is not None)
        for end in {at + 1, min(at + 2, len(text)), len(text)}:
            expected = _SINGLE.closing.match(text, at, end) is not None
            assert _closes_single(text, at, end) == expected


def test_wire_and_clipped_marks_are_read_as_the_patterns_read_them():
    texts = [
        "He said ''We go.'' Then ''no,'' and ''yes.''\n''Again",
        "Give 'em the 'cause, 'Cause 'tis 'TWAS 'n' 'nuff 'til 'till 'tisé 't2",
        "‘“Big Tom” is fine,’ she said. ‘ You know' (‘Look') —'Yes' –'No' :'So' -'Er'",
        "the '90s, '$25', '#metoo', '. . . We', 'é', ' ' x', ''",
    ]
    for text in texts:
        for at in range(len(text)):
            assert _opens_single(text, at) == (_SINGLE.opening.match(text, at) is not None)


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from([*"sSnia’' TxI", "in", "and", "Market", "views"]), max_size=20))
def test_a_plural_possessive_is_the_patterns(pieces):
    text = "".join(pieces)
    for at in range(len(text)):
        expected = bool(_PLURAL_POSSESSIVE.match(text, at)) or (
            bool(_NAMED_POSSESSIVE.match(text, at)) and _named_start_upper(text, at)
        )
        assert _plural_possessive(text, at) == expected


def _named_start_upper(text, at):
    start = at - 1
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    return text[start].isupper()
