"""The hand reads of what follows a name hold to the patterns they replace.

Invented strings only."""

from hypothesis import given, settings
from hypothesis import strategies as st

from tui.core.organisations import DESCRIBED_AS_THING, described_as_thing
from tui.core.person_names import _HORSE_AFTER, _horse_after

PIECES = st.sampled_from(
    [
        ",",
        " ",
        "\t",
        "(",
        ".",
        ";",
        "-",
        "'",
        "é",
        "1",
        "_",
        "x",
        "a",
        "an",
        "the",
        "The",
        "band",
        "wine",
        "brewer",
        "winery",
        "in",
        "inside",
        "of",
        "based",
        "founded",
        "from",
        "ridden",
        "trained",
        "by",
        "bye",
        "Cornish",
        "local",
        "Leeds",
    ]
)
TEXTS = st.lists(PIECES, max_size=16).map("".join)
WORDS = st.sampled_from(["band", "wine", "winery", "local", "wine-maker", "Leeds", "in", "x1"])
DESCRIPTIONS = st.builds(
    lambda article, words, tail: f", {article} " + " ".join(words) + tail,
    st.sampled_from(["a", "an", "the", "The"]),
    st.lists(WORDS, min_size=1, max_size=5),
    st.sampled_from(["", ",", ".", " from", " fromage", "\tin", " of-", "-", "'s"]),
)


@settings(max_examples=3000, deadline=None)
@given(TEXTS)
def test_a_thing_described_and_a_horse_ridden_are_the_patterns(text):
    for end in range(len(text) + 1):
        assert described_as_thing(text, end) == (DESCRIBED_AS_THING.match(text, end) is not None)
        assert _horse_after(text, end) == (_HORSE_AFTER.match(text, end) is not None)


@settings(max_examples=2000, deadline=None)
@given(DESCRIPTIONS)
def test_a_description_is_read_as_the_pattern_reads_it(text):
    assert described_as_thing(text, 0) == (DESCRIBED_AS_THING.match(text, 0) is not None)


def test_examples():
    text = "Mayfield Lane, a band from Leeds, and Tiger Roll, ridden by Jack (trained by Ann)"
    assert described_as_thing(text, text.index(","))
    assert _horse_after(text, text.index(", ridden"))
    assert _horse_after(text, text.index(" (trained"))
    assert not described_as_thing("Ann Lee, a local, said", 7)
