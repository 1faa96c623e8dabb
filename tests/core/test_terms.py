"""Quoted words that are no one's: titles of works and shows, so-called terms.

They get no speaker and no entry in the quote index; the reader still shows them italic, and
`annotate --jsonl` lists them among the quoted spans as kind "term". Invented articles only."""

import json

import pytest
from text_documents import text_documents

from tui.commands.annotate import to_record
from tui.core.annotation import annotate
from tui.core.cache import from_json, to_json
from tui.core.documents import Document, paragraph_blocks
from tui.core.library import Library
from tui.core.loading import Collection
from tui.core.search import QuoteIndex
from tui.core.speaker_table import SpeakerTable
from tui.ui.colours import PLAIN
from tui.ui.render import layout_article


def quoted(annotation, text):
    return [text[q.content_start : q.content_end] for q in annotation.quotes]


def terms(annotation, text):
    return [text[q.content_start : q.content_end] for q in annotation.terms]


def document(text: str) -> Document:
    return Document(
        id="d", title="Story", text=text, blocks=paragraph_blocks(text), path="d.txt", format="txt"
    )


@pytest.mark.parametrize(
    ("text", "term"),
    [
        (
            'Mara Quill starred in the film "Harbour Lights" before she ran for mayor.',
            "Harbour Lights",
        ),
        ('Tom Ashby, said to be a fan of "Deep Water" on Sundays, left early.', None),
        (
            'Ines Calder discussed her plan on NBC\'s "Morning Table" with the host.',
            "Morning Table",
        ),
        ('Ines Calder appeared on "Morning Table" to defend the budget.', "Morning Table"),
        ('Fans in "Vote Calder" shirts filled the hall.', "Vote Calder"),
        ('The "Deep Water" star Nils Berg opened the festival.', "Deep Water"),
        ('The council runs a so-called "blog" about the bins.', "blog"),
        ("So-called 'experts' warned that the Queen's Jubilee may be scaled back.", "experts"),
        ('A self-described "night owl," Ada Wren writes after midnight.', None),
    ],
)
def test_a_title_or_so_called_term_is_no_quote(text, term):
    annotation = annotate(text)
    if term is None:
        assert terms(annotation, text) == []
        return
    assert terms(annotation, text) == [term]
    assert quoted(annotation, text) == []
    assert all(q.speaker is None and q.kind == "term" for q in annotation.terms)


def test_a_film_title_is_not_searchable_as_a_quote_and_has_no_speaker():
    text = (
        'Director Lena Voss said on Monday that the film "Silent Harbour" opens in May.\n\n'
        '"We shot it in winter," Voss said.'
    )
    doc = document(text)
    annotation = annotate(text)
    index = QuoteIndex.from_documents([doc], [annotation])
    assert index.search("silent harbour").hits == []
    assert [hit.record.speaker for hit in index.search("winter").hits] == ["Lena Voss"]
    assert len(annotation.quotes) == 1 and annotation.terms[0].speaker is None


def test_a_short_phrase_with_a_speech_cue_stays_a_quote():
    for text in (
        'Mayor Ines Calder called the budget "a disgrace" on Monday.',
        'What critics dubbed "Calderism" was, Ines Calder said, just arithmetic.',
        'Ines Calder said the plan was "Fair Play for All."',
        'Ines Calder regrets using the term "bin tax" in her speech.',
        'Ines Calder has called for taxing so-called "pass through" income.',
    ):
        annotation = annotate(text)
        assert annotation.terms == [], text
        assert len(annotation.quotes) == 1, text


def test_a_work_its_author_is_named_with_stays_their_quote():
    text = 'Ada Wren promoted her new book, "Salt and Iron," on Tuesday.'
    assert terms(annotate(text), text) == []


def test_a_term_is_italic_in_the_reader_with_no_bar_and_no_speaker_label():
    text = 'Lena Voss said the film "Silent Harbour" opens in May.'
    rows = layout_article(document(text), annotate(text), 80, PLAIN).rows
    shown = "".join(row.text.plain for row in rows)
    assert "Silent Harbour" in shown and "—" not in shown
    italic = [
        row.text.plain[span.start : span.end]
        for row in rows
        for span in row.text.spans
        if getattr(span.style, "italic", False)
    ]
    assert any("Silent Harbour" in words for words in italic)


def test_annotate_jsonl_lists_terms_among_quoted_spans_with_no_speaker():
    text = 'Lena Voss spoke of the film "Silent Harbour." "It opens in May," Voss said.'
    blocks = paragraph_blocks(text)
    record = json.loads(json.dumps(to_record("1", annotate(text, blocks), blocks)))
    assert [(q["kind"], q["speaker"]) for q in record["quotes"]] == [
        ("term", None),
        ("full", "Lena Voss"),
    ]


def test_a_name_inside_a_quoted_title_is_no_person_and_no_place():
    text = (
        'Ines Calder said on NBC\'s "Morning Jo Park" that she would run. Fans in '
        '"Calder for Leeds" shirts cheered.'
    )
    annotation = annotate(text)
    people = [text[m.start : m.end] for m in annotation.mentions]
    assert people == ["Ines Calder"]
    assert annotation.places == []
    assert len(annotation.terms) == 2 and annotation.quotes == []


def test_counts_trails_and_the_cache_leave_terms_out_of_quotes():
    text = (
        'Lena Voss said the film "Silent Harbour" opens in May.\n\n'
        '"We shot it in winter," Voss said.'
    )
    library = Library(Collection("test", text_documents([text])))
    [step] = list(library.annotated())
    assert library.quote_count() == 1
    [trail] = SpeakerTable.of_library(library).speakers
    assert (trail.name, trail.quotes) == ("Lena Voss", 1)
    assert from_json(to_json(step.annotation)) == step.annotation
    assert len(step.annotation.terms) == 1
