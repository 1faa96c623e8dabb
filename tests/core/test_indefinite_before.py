"""`_indefinite_before` reads by hand what a regex compiled for each head would find."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from tui.core.speakers.resolver import _FOLDS, _indefinite_before

PIECES = st.sampled_from(
    [
        *"aA '’-_é9.,sSſK\n\t\xa0",
        *("an", "One", "another", "ANOTHER", "aN", "one-time", "old"),
        *("organizer", "Organizers", "ORGANIZER", "organizerS", "organizerss"),
    ]
)


def _compiled(text: str, head: str, lowest: int, at: int) -> bool:
    word = re.escape(head)
    pattern = rf"\b(?:an?|one|another)\s+(?:[\w'’-]+\s+){{0,3}}{word}s?\b"
    return re.compile(pattern, re.IGNORECASE).search(text, lowest, at) is not None


@settings(max_examples=3000, deadline=None)
@given(
    st.lists(PIECES, max_size=14).map("".join),
    st.sampled_from(["organizer", "s", "a", "old organizer", ""]),
    st.integers(0, 40),
    st.integers(0, 80),
)
def test_as_the_regex_finds(text, head, lowest, at):
    lowest = min(lowest, len(text))
    at = max(lowest, min(at, len(text)))
    if not any(char in text[lowest:at] for char in _FOLDS):
        assert _indefinite_before(text, head, lowest, at) == _compiled(text, head, lowest, at)
