"""QuoteIndex: ranking, typo correction, prefixes as typed, filters, updates.

Quotes are invented."""

import threading

from hypothesis import given, settings
from hypothesis import strategies as st

from tui.core.documents import Document, paragraph_blocks
from tui.core.model import Annotation, Person, PlaceMention, Quote
from tui.core.search import QuoteIndex, QuoteRecord
from tui.core.search.text import WORD as WORD_PATTERN
from tui.core.search.text import fold, words_by_hand


def record(
    doc: str, text: str, speaker: str | None = None, *, aliases=(), places=(), people=(), number=0
):
    return QuoteRecord(
        doc=doc,
        doc_id=doc,
        title=f"Story {doc}",
        date="2031-04-02",
        source="Wire",
        start=10,
        end=12 + len(text),
        text=text,
        speaker=speaker,
        aliases=tuple(aliases),
        places=tuple(places),
        people=tuple(people),
        quote_index=number,
    )


QUOTES = [
    record(
        "a",
        "We will not accept a ground operation in Rafah without a credible plan for civilians.",
        "Antony Blinken",
        aliases=["Blinken", "Mr. Blinken"],
        places=["Rafah", "Cairo"],
        people=["Antony Blinken", "Sameh Shoukry"],
    ),
    record(
        "a",
        "The crossing must open today, and the trucks must move.",
        "Sameh Shoukry",
        aliases=["Shoukry"],
        places=["Rafah", "Cairo"],
        people=["Antony Blinken", "Sameh Shoukry"],
        number=1,
    ),
    record(
        "a",
        "Nobody is talking about the harvest this year.",
        None,
        places=["Rafah", "Cairo"],
        people=["Antony Blinken", "Sameh Shoukry"],
        number=2,
    ),
    record(
        "b",
        "The operation on the ground was planned for months, "
        "long before anyone mentioned Rafah to us.",
        "Dana Whitfield",
        places=["Rafah"],
        people=["Dana Whitfield"],
    ),
    record(
        "b",
        "Ground crews are ready whenever the weather clears.",
        "Dana Whitfield",
        places=["Rafah"],
        people=["Dana Whitfield"],
        number=1,
    ),
    record(
        "c",
        "He was taking questions about the café until late, and he don’t regret it.",
        "Ola Brandt",
        places=["Oslo"],
        people=["Ola Brandt"],
    ),
    record(
        "c",
        "She will be the healthiest individual ever elected to the presidency.",
        "Ola Brandt",
        places=["Oslo"],
        people=["Ola Brandt"],
        number=1,
    ),
    record(
        "c",
        "Elections are won in the suburbs, not in the ballrooms.",
        "Ola Brandt",
        places=["Oslo"],
        people=["Ola Brandt"],
        number=2,
    ),
]


def texts(result) -> list[str]:
    return [hit.record.text for hit in result.hits]


def index() -> QuoteIndex:
    return QuoteIndex(QUOTES)


def test_all_words_close_and_in_order_rank_first():
    found = texts(index().search("ground operation rafah"))
    assert found[0].startswith("We will not accept a ground operation in Rafah")
    assert found[1].startswith("The operation on the ground")
    assert found.index("Ground crews are ready whenever the weather clears.") > 1


def test_scores_fall_between_zero_and_one_in_rank_order():
    scores = [hit.score for hit in index().search("the ground").hits]
    assert scores == sorted(scores, reverse=True)
    assert all(0 < score <= 1 for score in scores)


def test_words_match_in_any_order():
    assert texts(index().search("rafah credible ground"))[0].startswith("We will not accept")


def test_a_typo_is_corrected_against_the_vocabulary():
    assert (
        texts(index().search("takling about harvest"))[0]
        == "Nobody is talking about the harvest this year."
    )
    assert texts(index().search("healthiest indivdual"))[0].startswith("She will be the healthiest")


def test_the_exact_word_outranks_a_correction_of_it():
    found = texts(index().search("talking "))
    assert found[0] == "Nobody is talking about the harvest this year."
    assert any(text.startswith("He was taking questions") for text in found[1:])


def test_the_word_being_typed_completes_at_every_step():
    ix = index()
    target = "She will be the healthiest individual ever elected to the presidency."
    typed = "ever elected presid"
    for end in range(len("ever ele"), len(typed) + 1):
        assert texts(ix.search(typed[:end]))[0] == target, typed[:end]


def test_a_finished_word_does_not_complete():
    assert texts(index().search("presid"))[0].endswith("presidency.")
    assert texts(index().search("presid ")) == []


def test_accents_case_and_apostrophes_do_not_matter():
    assert texts(index().search("CAFE dont"))[0].startswith("He was taking questions")
    assert texts(index().search("don't regret"))[0].startswith("He was taking questions")


def test_speaker_filter_on_surname_alias_typo_and_prefix():
    ix = index()
    for query in (
        "@blinken",
        "@Blinken ground",
        "@blinkn",
        "@antony",
        '@"Antony Blinken"',
        "@blin",
    ):
        hits = ix.search(query).hits
        credited = [hit.record.speaker for hit in hits if hit.record.speaker]
        assert credited == ["Antony Blinken"], query


def test_an_uncredited_quote_in_an_article_naming_the_speaker_counts_lower():
    hits = index().search("@shoukry").hits
    assert [hit.record.speaker for hit in hits] == ["Sameh Shoukry", None]
    assert hits[1].score < hits[0].score
    assert "type words" in index().search("@shoukry").message


def test_several_speakers_are_alternatives():
    speakers = {hit.record.speaker for hit in index().search("@blinken @whitfield").hits}
    assert {"Antony Blinken", "Dana Whitfield"} <= speakers


def test_a_speaker_nobody_is_becomes_a_word_and_keeps_results():
    result = index().search("@Republican ground operation")
    assert texts(result)[0].startswith("We will not accept")
    assert "searched as a word" in result.message


def test_weak_speaker_matches_let_other_speakers_in_below():
    result = index().search("@whitfield healthiest individual elected")
    assert result.hits[0].record.speaker == "Ola Brandt"
    assert result.hits[0].score < 0.6
    assert "quotes by others" in result.message


def test_place_filter_keeps_articles_mentioning_the_place():
    assert {hit.record.doc for hit in index().search("#rafah").hits} == {"a", "b"}
    assert {hit.record.doc for hit in index().search("#oslo elected").hits} == {"c"}
    assert {hit.record.doc for hit in index().search("#cairo #rafah").hits} == {"a"}
    result = index().search("#atlantis ground")
    assert result.hits == [] and "atlantis" in result.message


def test_exact_excluded_and_phrase_terms():
    ix = index()
    assert texts(ix.search("'talking")) == ["Nobody is talking about the harvest this year."]
    assert all("ground" not in text.lower() for text in texts(ix.search("rafah !ground")))
    assert texts(ix.search('"ground operation"')) == [QUOTES[0].text]
    assert QUOTES[3].text not in texts(ix.search('rafah !"on the ground"'))
    assert ix.search("'talkin").hits == [] and ix.search("'talkin").message


def test_snippet_is_centred_and_marks_the_matched_words():
    long = (
        "Before I answer, let me say a great deal about procedure, committees, calendars "
        "and the many meetings that fill a week in this building, because none of it is simple. "
        * 3
        + "The decisive point is that the reservoir must be finished by spring. "
        + "And then more talk. " * 20
    )
    ix = QuoteIndex([record("z", long, "Ines Varga")])
    hit = ix.search("reservoir finished spring").hits[0]
    assert hit.snippet.startswith("…") and hit.snippet.endswith("…")
    assert len(hit.snippet) <= 170
    assert [hit.snippet[start:end] for start, end in hit.marks] == [
        "reservoir",
        "finished",
        "spring",
    ]


def test_empty_and_unmatched_queries_say_why():
    ix = index()
    empty = ix.search("  ")
    assert empty.hits == [] and str(len(ix)) in empty.message
    nothing = ix.search("zyzzyva")
    assert nothing.hits == [] and "zyzzyva" in nothing.message


def test_limit():
    assert len(index().search("the", limit=2).hits) == 2


def document(key: str, text: str) -> Document:
    return Document(
        id=key,
        title=f"Story {key}",
        text=text,
        blocks=paragraph_blocks(text),
        path=f"/news/{key}.txt",
        format="txt",
    )


def annotation_of(text: str, speaker: str) -> Annotation:
    start = text.index("“")
    end = text.index("”") + 1
    return Annotation(
        quotes=[Quote(start, end, start + 1, end - 1, speaker=0)],
        people=[Person(0, speaker)],
        places=[PlaceMention(0, 5, "Cairo")] if text.startswith("Cairo") else [],
    )


def test_from_documents_update_and_remove():
    first = document("one", "Cairo talks. “The convoy leaves at dawn,” said Mira Holt.")
    second = document("two", "Elsewhere. “Harvest prices keep falling,” said Tom Reyes.")
    ix = QuoteIndex.from_documents(
        [first, second],
        [annotation_of(first.text, "Mira Holt"), annotation_of(second.text, "Tom Reyes")],
    )
    assert len(ix) == 2
    hit = ix.search("convoy dawn").hits[0]
    assert (hit.record.doc, hit.record.speaker, hit.record.places) == (
        "/news/one.txt",
        "Mira Holt",
        ("Cairo",),
    )
    assert first.text[hit.record.start : hit.record.end] == "“The convoy leaves at dawn,”"

    changed = document("one", "Cairo talks. “The convoy waits for the storm,” said Mira Holt.")
    ix.update(changed, annotation_of(changed.text, "Mira Holt"))
    assert len(ix) == 2
    assert ix.search("'dawn").hits == []
    assert texts(ix.search("convoy storm")) == ["The convoy waits for the storm,"]

    ix.remove(second.id)
    ix.remove("not indexed")
    assert len(ix) == 1
    assert ix.search("harvest").hits == []
    assert ix.search("@reyes").hits == []


def test_from_documents_annotates_when_not_given():
    doc = document(
        "three", "Ines Varga spoke. “We will finish the reservoir by spring,” said Ines Varga."
    )
    assert texts(QuoteIndex.from_documents([doc]).search("reservoir spring")) == [
        "We will finish the reservoir by spring,"
    ]


def test_many_removals_compact_the_index():
    records = [
        record(f"d{i}", f"Quote number {i} about the reservoir.", "Ines Varga") for i in range(3000)
    ]
    ix = QuoteIndex(records)
    for i in range(2500):
        ix.remove(f"d{i}")
    assert len(ix) == 500
    assert {hit.record.doc for hit in ix.search("reservoir", limit=1000).hits} == {
        f"d{i}" for i in range(2500, 3000)
    }


def test_search_while_another_thread_updates():
    ix = index()
    errors = []

    def search() -> None:
        try:
            for _ in range(200):
                ix.search("ground operation rafah")
        except Exception as error:  # noqa: BLE001 - any failure is the finding
            errors.append(error)

    threads = [threading.Thread(target=search) for _ in range(3)]
    for thread in threads:
        thread.start()
    for i in range(200):
        doc = document(f"t{i % 5}", f"Text. “The ground is wet near Rafah {i},” said Mira Holt.")
        ix.update(doc, annotation_of(doc.text, "Mira Holt"))
    for thread in threads:
        thread.join()
    assert errors == []


def test_a_typo_in_the_word_being_typed_is_corrected_even_when_it_starts_other_words():
    ix = QuoteIndex(
        [record("d", "We keep doing a good job here."), record("e", "The dinghy drifted off.")]
    )
    assert texts(ix.search("keep ding"))[0] == "We keep doing a good job here."


def test_exclusions_alone_ask_for_words():
    result = index().search("!ground")
    assert result.hits == [] and "type words" in result.message


def test_typos_in_the_first_letters_are_corrected_too():
    ix = index()
    for query in ("atlking harvest", "alking harvest", "italking harvest"):
        assert texts(ix.search(query))[0] == "Nobody is talking about the harvest this year.", query


def test_command_line_json_lines_from_stdin(tmp_path, monkeypatch, capsys):
    import io
    import json

    from tui.cli import main

    corpus = tmp_path / "news.jsonl"
    corpus.write_text(
        json.dumps(
            {
                "id": "r1",
                "title": "Dam",
                "text": "Ines Varga spoke on Monday. "
                "“We will finish the reservoir by spring,” said Ines Varga.",
            }
        )
        + "\n",
        encoding="utf-8",
    )
    monkeypatch.setattr("sys.stdin", io.StringIO("reservoir sprng\nnothing like it\n"))
    assert main(["quotes", "--json", "-", str(corpus)]) == 0
    first, second = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert first["query"] == "reservoir sprng"
    hit = first["results"][0]
    assert (hit["doc"], hit["title"], hit["text"]) == (
        "r1",
        "Dam",
        "We will finish the reservoir by spring,",
    )
    text = json.loads(corpus.read_text(encoding="utf-8"))["text"]
    assert text[hit["start"] : hit["end"]] == "“We will finish the reservoir by spring,”"
    assert 0 < hit["score"] <= 1 and set(hit) == {
        "doc",
        "title",
        "start",
        "end",
        "text",
        "speaker",
        "score",
    }
    assert second == {"query": "nothing like it", "results": []}


def test_command_line_missing_path_exits_2(capsys):
    from tui.cli import main

    assert main(["quotes", "anything", "/no/such/folder"]) == 2
    assert "no such file" in capsys.readouterr().err


def test_a_filter_alone_lists_as_many_quotes_as_asked():
    records = [record(f"s{i}", f"Statement {i} on the budget.", "Ines Varga") for i in range(1500)]
    assert len(QuoteIndex(records).search("@varga", limit=1200).hits) == 1200


def test_a_name_credited_with_nothing_keeps_uncredited_quotes_of_articles_naming_it():
    records = [
        record("p", "The budget will pass in June.", None, people=["Lena Park"]),
        record("q", "The budget will fail.", "Tom Reyes", people=["Tom Reyes"]),
    ]
    result = QuoteIndex(records).search("@park budget")
    assert texts(result)[0] == "The budget will pass in June."
    assert "credited to nobody" in result.message


def test_documents_sharing_a_record_id_keep_their_own_quotes():
    def record_doc(path: str, text: str) -> Document:
        return Document(
            id=f"{path}#1",
            title="Story",
            text=text,
            blocks=paragraph_blocks(text),
            path=path,
            format="jsonl",
            record_id="1",
        )

    first = record_doc("/a.jsonl", "Cairo talks. “The harbour opens at dawn,” said Mira Holt.")
    second = record_doc("/b.jsonl", "Cairo talks. “The bridge closes at dusk,” said Ines Varga.")
    ix = QuoteIndex()
    ix.update(first, annotation_of(first.text, "Mira Holt"))
    ix.update(second, annotation_of(second.text, "Ines Varga"))
    assert len(ix) == 2
    assert [(h.record.doc, h.record.doc_id) for h in ix.search("harbour").hits] == [
        ("1", "/a.jsonl#1")
    ]


def test_variants_are_the_words_sharing_a_light_stem_in_the_order_added():
    from tui.core.search.text import stem
    from tui.core.search.vocabulary import Vocabulary

    words = "city cities city's cities' citys bus buses bus' glass glasses pony ponies' ticket"
    vocabulary = Vocabulary.of(words.split())
    for word in [*words.split(), "tickets", "ticket's", "ponys", "cit"]:
        expected = [
            ident
            for ident, known in enumerate(vocabulary.words)
            if stem(known) == stem(word) and known != word
        ]
        assert vocabulary.variants(word) == expected, word
    grown = Vocabulary()
    for known in ("tickets", "ticket", "ticket's"):
        grown.add(known)
    assert grown.variants("ticket") == [0, 2]


def test_folding_changes_what_the_table_changes_and_nothing_else():
    from tui.core.search.text import _FOLD, fold

    samples = ["“We’ll go,” said Zoë Ångström.", "naïve ‘café’ 5′ ´", "plain ascii", "Straße “x”"]
    samples += [f"a{chr(code)}b’c“" for code in range(0xA0, 0x260)]
    for sample in samples:
        assert fold(sample) == sample.translate(_FOLD).lower(), sample


@settings(max_examples=2000, deadline=None)
@given(st.lists(st.sampled_from([*"aZ9_ ''\n.-é½٣—“”", "don", "U.S.", "l'été"]), max_size=30))
def test_words_read_by_hand_are_the_patterns(pieces):
    """The compiled index reads a text's words a character at a time: the words the pattern
    finds, in order."""
    folded = fold("".join(pieces))
    assert words_by_hand(folded) == WORD_PATTERN.findall(folded)
