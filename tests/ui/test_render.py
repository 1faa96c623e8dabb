"""Wrapping and layout properties the reader relies on, for any text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from rich.cells import cell_len

from tui.core.decoding import printable
from tui.core.documents import Document, paragraph_blocks
from tui.core.model import Annotation, Person, PersonMention, PlaceMention, Quote
from tui.ui.colours import PLAIN
from tui.ui.render import layout_article
from tui.ui.wrapping import wrap_offsets

TEXT = st.text(alphabet=st.sampled_from(list("ab cd  ef\u00a0漢字🙂-[]\x1b\u202e\n")), max_size=300)
PALETTE = PLAIN


@given(TEXT, st.integers(min_value=1, max_value=40))
@settings(max_examples=300, deadline=None)
def test_rows_fit_and_cover_every_visible_character(text, width):
    text = printable(text)
    rows = wrap_offsets(text, width)
    covered = set()
    for start, end in rows:
        assert cell_len(text[start:end]) <= max(
            width, 2
        )  # a wide character alone may exceed width 1
        covered.update(range(start, end))
    assert all(i in covered for i, char in enumerate(text) if char != " ")
    assert [start for start, _ in rows] == sorted(start for start, _ in rows)


@given(TEXT.filter(lambda t: t.strip()), st.integers(min_value=12, max_value=90))
@settings(max_examples=150, deadline=None)
def test_layout_maps_every_offset_to_a_row_showing_it(text, width):
    document = Document(
        id="x", title="T", text=text, blocks=paragraph_blocks(text), path="x", format="txt"
    )
    quote_end = min(len(text), 5)
    annotation = Annotation(
        quotes=[Quote(0, quote_end, 0, quote_end)] if quote_end else [],
        places=[PlaceMention(0, min(len(text), 3), "P")],
    )
    layout = layout_article(document, annotation, width, PALETTE)
    for row in layout.rows:
        assert row.text.cell_len <= width + 2
        assert not {"\x1b", "\u202e", "\n"} & set(row.text.plain)
    for block in document.blocks:
        for offset in range(block.start, block.end):
            if text[offset].isspace():
                continue
            row = layout.rows[layout.row_of(offset)]
            assert any(start <= offset < end for start, end, _ in row.runs)


def test_an_article_quoting_one_person_thousands_of_times_labels_every_quote():
    paragraph = '"Quote," he said of Anna Berg.'
    count = 8_000
    text = "\n\n".join([paragraph] * count)
    step, he, name = len(paragraph) + 2, paragraph.index("he"), paragraph.index("Anna")
    annotation = Annotation(
        quotes=[
            Quote(
                i * step,
                i * step + 8,
                i * step + 1,
                i * step + 6,
                speaker=0,
                speaker_start=i * step + he,
                speaker_end=i * step + he + 2,
            )
            for i in range(count)
        ],
        people=[Person(0, "Anna Berg")],
        mentions=[PersonMention(i * step + name, i * step + name + 9, 0) for i in range(count)],
    )
    document = Document(
        id="a", title="A", text=text, blocks=paragraph_blocks(text), path="a.txt", format="txt"
    )
    shown = layout_article(document, annotation, 80, PALETTE)
    assert (
        "".join(row.text.plain for row in shown.rows).count("Anna\u00a0Berg") == count
    )  # `he`: labelled


def test_a_quote_resting_on_who_right_after_the_name_gets_no_label():
    from tui.core.annotation import annotate

    text = (
        "Residents oppose Mayor Ines Duarte, who insists the plan brings"
        ' "lasting prosperity" to the valley.'
    )
    document = Document(
        id="d", title="T", text=text, blocks=paragraph_blocks(text), path="d.txt", format="txt"
    )
    shown = "".join(
        row.text.plain for row in layout_article(document, annotate(text), 100, PALETTE).rows
    )
    assert "—" not in shown and "lasting prosperity" in shown


def test_an_article_names_the_copies_of_its_text():
    text = "Pier reopens\n\nThe pier reopened today."
    document = Document(
        id="a",
        title="Pier reopens",
        text=text,
        blocks=paragraph_blocks(text),
        path="a.txt",
        format="txt",
        copies=("wire/a-copy.txt",),
    )
    shown = "\n".join(
        row.text.plain for row in layout_article(document, Annotation(), 80, PALETTE).rows
    )
    assert "the same text also in: wire/a-copy.txt" in shown
