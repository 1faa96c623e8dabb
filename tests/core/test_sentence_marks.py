"""The marks sentence bounds read by their codes are the regex's character sets."""

from tui.core.speakers.text import _after_stop, _before_break, _is_blank, _is_stop, _opening_mark

SETS = [
    (_is_stop, ".!?…"),
    (_is_blank, " \t\xa0"),
    (_after_stop, "\"'”’)]"),
    (_before_break, '.!?…"”’'),
    (_opening_mark, "\"“‘'(["),
]


def test_each_test_is_its_set_over_the_basic_multilingual_plane():
    for test, characters in SETS:
        assert [code for code in range(0x10000) if test(code)] == sorted(map(ord, characters))
