"""Sentence starts as attribution reads them: reading the last few hundred characters first finds
the same start as reading the whole reach back."""

from hypothesis import given, settings
from hypothesis import strategies as st

from tui.core.speakers.text import (
    _BOUNDARY,
    _BOUNDARY_AT_WORD,
    _OPENING,
    REACH,
    ArticleText,
    _boundary_from,
    _Bounds,
    _ends_sentence,
    _marks,
    _sentence_ends,
    sentence_end,
    sentence_start,
)

PIECES = [
    "The council met on Tuesday.",
    "Mr. Hart said the U.S. plan would fail.",
    '"We will win," she said.',
    "''It is over,'' Lee said.",
    "Gen. Park arrived at 9 p.m. He left soon after.",
    "Why?",
    "It rained!",
    "Costs rose 4.5 percent in the year to March, the report found, as prices of food and fuel",
    "kept climbing across the region and beyond,",
    "\n\n",
    "… and then nothing.",
    'He left." \n  \n',
    "in the U.S. He",
    "Mr.",
    "  \t ",
]


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.sampled_from(PIECES), min_size=1, max_size=80),
    st.floats(min_value=0, max_value=1),
    st.floats(min_value=0, max_value=1),
)
def test_a_sentence_start_is_the_last_sentence_end_within_reach(pieces, where, low):
    text = " ".join(pieces)
    pos = int(where * len(text))
    lower = int(low * pos)
    start = max(lower, pos - REACH)
    ends = _sentence_ends(ArticleText(text), start, pos)
    assert sentence_start(ArticleText(text), lower, pos) == (ends[-1] if ends else start)


def test_a_sentence_start_far_into_a_long_paragraph():
    text = "Ann Lee spoke first. " * 60 + "Then Tom Hart said it was over."
    pos = text.index("Tom")
    assert sentence_start(ArticleText(text), 0, pos) == text.index("Then")


def test_an_abbreviation_where_the_near_reading_begins_is_no_sentence_end():
    head = "It began. Mr."
    filler = " Hart" + " and more" * 60
    filler = filler[: 400 - 1]
    text = head + filler + "said it was over."
    pos = len(head) + len(filler)
    assert text[pos - 400] == "."  # the near reading starts on the full stop of `Mr.`
    assert sentence_start(ArticleText(text), 0, pos) == text.index("Mr.")


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(PIECES), min_size=1, max_size=20),
    st.floats(min_value=0, max_value=1),
    st.floats(min_value=0, max_value=1),
)
def test_sentence_ends_read_from_anywhere_are_those_of_a_regex_pass_from_there(
    pieces, where, length
):
    text = " ".join(pieces)
    article = ArticleText(text)
    start = int(where * len(text))
    pos = start + int(length * (len(text) - start))
    passed = _BOUNDARY.finditer(text, start, min(len(text), pos + _OPENING))
    expected = [match.end() for match in passed if match.end() <= pos and _ends_sentence(match)]
    assert _sentence_ends(article, start, pos) == expected
    upper = min(pos, start + REACH)
    first = next(
        (match for match in _BOUNDARY.finditer(text, start, upper) if _ends_sentence(match)), None
    )
    expected_end = upper if first is None else first.start(2) if first.group(2) else first.start()
    assert sentence_end(article, start, pos) == expected_end


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=30))
def test_the_ends_read_at_stops_and_line_breaks_are_those_of_a_regex_pass(pieces):
    text = " ".join(pieces)
    expected = [match.span() for match in _BOUNDARY_AT_WORD.finditer(text)]
    bounds = _Bounds(text)
    while bounds.more():
        pass
    assert list(zip(bounds.starts, bounds.ends, strict=True)) == expected
    assert bounds.marks == _marks(text)


@settings(max_examples=500, deadline=None)
@given(
    st.lists(
        st.sampled_from([*"aAZ9_ .!?…\n\t\xa0\"'”’)](“‘`,-", "U", "He", "Mr", "the"]),
        min_size=1,
        max_size=24,
    )
)
def test_each_end_read_by_hand_is_the_regex_match_with_its_stop_and_sentence(chars):
    text = "".join(chars)
    expected = [
        (match.start(), match.end(), match.start(2) if match.group(2) else match.start())
        for match in _BOUNDARY_AT_WORD.finditer(text)
    ]
    sentences = [_ends_sentence(match) for match in _BOUNDARY_AT_WORD.finditer(text)]
    bounds = _Bounds(text)
    while bounds.more():
        pass
    assert list(zip(bounds.starts, bounds.ends, bounds.stops, strict=True)) == expected
    assert bounds.sentence == sentences


@settings(max_examples=500, deadline=None)
@given(
    st.lists(
        st.sampled_from([*"aAZ9_ .!?…\n\t\xa0\"'”’)](“‘`,-", "U", "He", "Mr", "''", "``"]),
        min_size=1,
        max_size=16,
    ),
    st.floats(min_value=0, max_value=1),
    st.floats(min_value=0, max_value=1),
)
def test_an_end_read_by_hand_from_anywhere_is_the_regex_match_there(chars, where, length):
    text = "".join(chars)
    start = int(where * len(text))
    limit = start + int(length * (len(text) - start))
    match = _BOUNDARY.match(text, start, limit)
    found = _boundary_from(text, start, limit)
    if match is None:
        assert found[0] == -1
    else:
        stop = match.start(2) if match.group(2) else match.start()
        assert found == (match.end(), stop, _ends_sentence(match))
