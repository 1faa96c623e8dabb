"""The bundled seed article, annotated end to end: its quotes and who said them."""

from pathlib import Path

import pytest

from tui.core.annotation import annotate

SEED = Path(__file__).resolve().parents[2] / "seeds" / "000_blinken-rafah-cairo.txt"


@pytest.fixture(scope="module")
def seed():
    text = SEED.read_text(encoding="utf-8")
    return text, annotate(text)


def test_every_full_quote_is_blinkens(seed):
    text, annotation = seed
    full = [q for q in annotation.quotes if q.kind == "full"]
    assert [text[q.content_start : q.content_start + 12] for q in full] == [
        "We all share",
        "There are mo",
        "President Bi",
        "Hamas can be",
    ]
    assert [annotation.speaker_name(q) for q in full] == ["Antony Blinken"] * 4


def test_the_mentions_the_full_quotes_rest_on(seed):
    text, annotation = seed
    full = [q for q in annotation.quotes if q.kind == "full"]
    said_as = [text[q.speaker_start : q.speaker_end] for q in full]
    # the last paragraph is a quote alone: it inherits the mention of the quote before it
    assert said_as == ["Blinken", "President Biden's top diplomat", "he", "he"]
    assert full[3].speaker_start == full[2].speaker_start


def test_the_partial_quotes_are_netanyahus(seed):
    text, annotation = seed
    partial = [q for q in annotation.quotes if q.kind == "partial"]
    assert [text[q.start : q.end] for q in partial] == ['"total victory"', '"out of respect"']
    assert [annotation.speaker_name(q) for q in partial] == ["Benjamin Netanyahu"] * 2
    assert text[partial[1].speaker_start : partial[1].speaker_end] == "Netanyahu"


def test_apostrophes_do_not_break_the_quotes(seed):
    _, annotation = seed
    assert len(annotation.quotes) == 6
    assert all(q.first_block == q.last_block for q in annotation.quotes)
