"""The query language: every operator, folding, and which word is still being typed."""

from hypothesis import given
from hypothesis import strategies as st

from tui.core.search.query import EXACT, EXCLUDE, PHRASE, PLACE, SPEAKER, WORD, parse
from tui.core.search.text import fold, stem, word_spans, words


def kinds(query: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(term.kind, term.words) for term in parse(query).terms]


def test_plain_words_are_fuzzy_terms_in_typed_order():
    assert kinds("ground operation rafah") == [
        (WORD, ("ground",)),
        (WORD, ("operation",)),
        (WORD, ("rafah",)),
    ]


def test_each_operator():
    assert kinds('\'exact !gone "a phrase" @blinken #cairo') == [
        (EXACT, ("exact",)),
        (EXCLUDE, ("gone",)),
        (PHRASE, ("a", "phrase")),
        (SPEAKER, ("blinken",)),
        (PLACE, ("cairo",)),
    ]


def test_quoted_names_and_places_keep_their_words_together():
    assert kinds('@"Antony Blinken" #"New York" !"no comment"') == [
        (SPEAKER, ("antony", "blinken")),
        (PLACE, ("new", "york")),
        (EXCLUDE, ("no", "comment")),
    ]


def test_exact_operator_on_a_hyphenated_word_is_a_phrase():
    assert kinds("'e-mail") == [(PHRASE, ("e", "mail"))]


def test_case_accents_and_apostrophes_fold():
    assert kinds("Café DON’T Ünïcode") == [
        (WORD, ("cafe",)),
        (WORD, ("don't",)),
        (WORD, ("unicode",)),
    ]
    assert fold("Ÿves‘s") == "yves's"
    assert words("Ça va, l’État?") == ["ca", "va", "l'etat"]


def test_the_last_word_is_a_prefix_only_while_typed():
    assert [term.prefix for term in parse("ever elec").terms] == [False, True]
    assert [term.prefix for term in parse("ever elec ").terms] == [False, False]
    assert parse("@blin").terms[0].prefix
    assert not parse('"a phrase"').terms[0].prefix
    assert parse('"a phra').terms[0].prefix


def test_lone_operators_and_punctuation_are_ignored():
    assert kinds("@ # ! ' -- ...") == []
    assert parse("   ").is_empty


def test_light_stem_joins_plurals_and_possessives():
    assert stem("billionaires") == stem("billionaire's") == stem("billionaire") == "billionaire"
    assert stem("policies") == "policy"
    assert stem("business") == "business"


@given(
    st.text(
        alphabet=st.sampled_from([*"abcXYZéÉüßİ’‘'`´ -_.,\n\t\"1", "ʼ", "′", "ǅ", "ﬁ"]),
        max_size=60,
    )
)
def test_word_spans_find_the_words_folding_finds(text):
    assert [fold(text[start:end]) for start, end in word_spans(text)] == words(text)
