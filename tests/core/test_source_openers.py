"""`according_to` lowers only the words that may lower to the words it reads."""

from hypothesis import given, settings
from hypothesis import strategies as st

from tui.core.speakers.patterns import _may_open_source

OPENERS = {"according", "per", "words"}


@settings(max_examples=2000, deadline=None)
@given(
    st.one_of(
        st.sampled_from(["according", "According", "PER", "Per", "words", "Words", "pEr"]),
        st.text(alphabet=st.sampled_from([*"acordingpwsAPWe", "\u0130", "\u212a"]), min_size=1),
    )
)
def test_every_opener_may_open_a_source(word):
    if word.lower() in OPENERS:
        assert _may_open_source(word)
