"""The one character test the annotator, the word count and the index share."""

import re

from tui.core.characters import is_word


def test_a_word_character_is_what_the_regex_engine_calls_one():
    """Every character of the Basic Multilingual Plane but the surrogates, each as its own
    text and inside one."""
    word = re.compile(r"\w")
    for code in [*range(0xD800), *range(0xE000, 0x10000)]:
        character = chr(code)
        assert is_word(character, 0) == bool(word.match(character)), hex(code)
        assert is_word(f"a{character}b", 1) == bool(word.match(character)), hex(code)
