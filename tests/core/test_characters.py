"""The character tests the annotator, the word count and the index share."""

import re

from tui.core.characters import is_ascii_letter, is_space, is_word, word_end

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


def test_an_ascii_letter_is_what_a_to_z_in_either_case_matches():
    letter = re.compile(r"[A-Za-z]")
    for code in _BMP:
        assert is_ascii_letter(code) == bool(letter.match(chr(code))), hex(code)


def test_a_word_ends_where_the_regex_engine_ends_its_word_characters():
    word = re.compile(r"\w*")
    for code in _BMP:
        text = f"ab{chr(code)}c d"
        for limit in (2, 3, len(text)):
            assert word_end(text, 0, limit) == word.match(text, 0, limit).end(), hex(code)
