"""Bad and extreme input: it finishes in time and raises nothing."""

import time

import pytest

from tui.core.annotation import annotate

NAMES = ("Anna", "Berg", "Paris", "Tomas", "Lind", "Oslo", "Mary")


def names_list(count: int, upper: bool = False) -> str:
    words = [NAMES[(i * 7 + i // 3) % len(NAMES)] for i in range(count)]
    return " ".join(word.upper() if upper else word for word in words)


def timed_annotation(text: str):
    started = time.perf_counter()
    found = annotate(text)
    return found, time.perf_counter() - started


@pytest.mark.parametrize("upper", [False, True], ids=["title case", "capitals"])
def test_a_long_list_of_names_annotates_in_linear_time(upper):
    annotate(names_list(50, upper))  # the name lexicons load once
    found, seconds = timed_annotation(names_list(12_000, upper))
    assert seconds < 1.5  # a quadratic scan took 4 s and more here
    assert isinstance(found.places, list)


@pytest.mark.parametrize("text", [
    "“" * 2_000 + "deep" + "”" * 2_000,
    "“a ‘b «c 'd \"" * 500,
    '" ' * 20_000,
    "«»" * 10_000,
    ".,;:!?-—()" * 2_000,
    "\ud800 lone \udfff e\u0301 שלום עולם 👩\u200d👩\u200d👧 中文字 \u200b\n\n" * 200,
], ids=["nested", "mixed marks", "straight", "guillemets", "punctuation", "odd unicode"])
def test_odd_text_annotates_without_raising(text):
    found, seconds = timed_annotation(text)
    assert seconds < 1.5
    for quote in found.quotes:
        assert 0 <= quote.start <= quote.end <= len(text)
