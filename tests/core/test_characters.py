"""The character tests the annotator, the word count and the index share."""

import re

from tui.core.characters import is_space, is_word

_BMP = [*range(0xD800), *range(0xE000, 0x10000)]
"""Every character of the Basic Multilingual Plane but the surrogates."""


def test_a_word_character_is_what_the_regex_engine_calls_one():
    """Each character as its own text and inside one."""
    word = re.compile(r"\w")
    for code in _BMP:
        character = chr(code)
        assert is_word(character, 0) == bool(word.match(character)), hex(code)
        assert is_word(f"a{character}b", 1) == bool(word.match(character)), hex(code)


def test_a_space_is_what_str_isspace_calls_one():
    for code in _BMP:
        character = chr(code)
        assert is_space(f"a{character}b", 1) == character.isspace(), hex(code)
