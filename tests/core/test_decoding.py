"""Cleaning text for the terminal: every character `UNSAFE` names becomes U+FFFD, whichever way
the text is read (ASCII texts are checked as bytes first, others by the regex's search)."""

import re

import pytest

from tui.core.decoding import UNSAFE, CharacterSet, clean_same_length


def by_pattern(text: str) -> str:
    return UNSAFE.sub("\ufffd", text.replace("\r", "\n").replace("\t", " "))


@pytest.mark.parametrize("around", ["ab{}cd", "ab{}cd é", "“{}”", "{}"])
def test_every_character_of_the_plane_is_cleaned_as_the_pattern_says(around):
    for code in range(0x10000):
        text = around.format(chr(code))
        assert clean_same_length(text) == by_pattern(text), hex(code)


def test_a_clean_article_comes_back_as_it_is():
    text = "“We will,” she said.\n\nThe end."
    assert clean_same_length(text) is text


@pytest.mark.parametrize(
    ("text", "cleaned"),
    [
        ("bell\x07 and escape\x1b[31m", "bell\ufffd and escape\ufffd[31m"),
        ("tab\there\r\nline", "tab here\n\nline"),
        ("delete\x7f and form\x0cfeed", "delete\ufffd and form\ufffdfeed"),
        ("bidi \u202e mark", "bidi \ufffd mark"),
    ],
)
def test_control_characters_become_replacement_characters(text, cleaned):
    assert clean_same_length(text) == cleaned


SETS = [
    UNSAFE,
    re.compile(r"[\\`*<\0\t\x1c-\x1f\x85\u2000-\u200a\u3000]"),
    re.compile(r"[é\ud800-\udfff]"),
]


@pytest.mark.parametrize("pattern", SETS)
@pytest.mark.parametrize("around", ["ab{}cd", "“{}” é", "{}"])
def test_a_character_set_is_found_where_its_pattern_finds_it(pattern, around):
    found = CharacterSet(pattern)
    for code in range(0x10000):
        text = around.format(chr(code))
        assert found.found_in(text) == bool(pattern.search(text)), hex(code)
