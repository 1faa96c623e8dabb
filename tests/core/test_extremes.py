"""Bad and extreme input: it finishes in time, raises nothing, and a file that cannot be read is
skipped with a reason rather than hanging or stopping the collection."""

import json
import os
import re
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tui.core import htmltext, markup
from tui.core.annotation import annotate
from tui.core.decoding import clean
from tui.core.loading import Problem, document_from_record, load, load_file
from tui.core.search import QuoteIndex
from tui.core.search.query import parse

NAMES = ("Anna", "Berg", "Paris", "Tomas", "Lind", "Oslo", "Mary")


def names_list(count: int, upper: bool = False) -> str:
    words = [NAMES[(i * 7 + i // 3) % len(NAMES)] for i in range(count)]
    return " ".join(word.upper() if upper else word for word in words)


@pytest.mark.parametrize("upper", [False, True], ids=["title case", "capitals"])
def test_a_long_list_of_names_annotates(upper):
    """Time in bench/extremes_speed.py: a quadratic scan took 4 s and more here."""
    found = annotate(names_list(12_000, upper))
    assert all(0 <= place.start < place.end for place in found.places)


@pytest.mark.parametrize(
    "text",
    [
        "“" * 2_000 + "deep" + "”" * 2_000,
        "“a ‘b «c 'd \"" * 500,
        '" ' * 20_000,
        "«»" * 10_000,
        "“Go on, Mr. Lee “x " * 4_000,
        "‘Go on. Lee said that ‘x " * 4_000,
        ".,;:!?-—()" * 2_000,
        "\ud800 lone \udfff e\u0301 שלום עולם 👩\u200d👩\u200d👧 中文字 \u200b\n\n" * 200,
    ],
    ids=[
        "nested",
        "mixed marks",
        "straight",
        "guillemets",
        "open curly quotes",
        "open single quotes",
        "punctuation",
        "odd unicode",
    ],
)
def test_odd_text_annotates_without_raising(text):
    found = annotate(text)
    for quote in found.quotes:
        assert 0 <= quote.start <= quote.end <= len(text)


def test_deeply_nested_json_line_is_skipped_not_a_crash(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_text(
        "[" * 100_000 + "]" * 100_000 + "\n" + json.dumps({"text": "Mayor Anna Berg spoke."}) + "\n"
    )
    collection = load([path])
    assert [str(problem) for problem in collection.problems] == [
        f"skipped {path}:1: invalid JSON (nested too deeply)"
    ]
    assert [doc.text for doc in collection.documents] == ["Mayor Anna Berg spoke."]


def test_a_fifo_in_a_folder_is_skipped_instead_of_waiting_for_ever(tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "a.txt").write_text("Mayor Anna Berg opened the bridge.\n")
    collection = load([tmp_path])
    assert [doc.path for doc in collection.documents] == [str(tmp_path / "a.txt")]
    assert [str(problem) for problem in collection.problems] == [
        f"skipped {tmp_path / 'pipe.txt'}: not a file"
    ]


@pytest.mark.skipif(not os.path.isdir("/dev/fd"), reason="needs /dev/fd")
def test_a_pipe_named_on_the_command_line_is_read(tmp_path):
    read, write = os.pipe()
    os.write(write, b"Mayor Anna Berg opened the bridge.\n")
    os.close(write)
    try:
        collection = load([f"/dev/fd/{read}"])
    finally:
        os.close(read)
    assert [doc.text for doc in collection.documents] == ["Mayor Anna Berg opened the bridge.\n"]


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="needs /dev/zero")
def test_a_device_named_on_the_command_line_is_skipped_with_a_reason():
    collection = load(["/dev/zero"])
    assert [str(problem) for problem in collection.problems] == ["skipped /dev/zero: not a file"]


@pytest.mark.parametrize(
    "source",
    [
        ">" * 21 + " deep words\n\nafter",
        ">" * 1_001 + " deep words\n\nafter",
        "> " * 5_000 + "deep words\n\nafter",
        "- " * 300 + "deep words\n\nafter",
        "".join("  " * i + f"- item {i}\n" for i in range(60)) + "\ndeep words\n\nafter",
    ],
    ids=["21 quotes", "1001 quotes", "5000 spaced quotes", "300 list markers", "60 indented lists"],
)
def test_markdown_deeper_than_the_parser_nests_keeps_its_text(tmp_path, source):
    path = tmp_path / "deep.md"
    path.write_text(source, encoding="utf-8")
    started = time.perf_counter()
    [doc] = load([path]).documents
    assert time.perf_counter() - started < 2.0
    assert "deep words" in doc.text and doc.text.endswith("after")
    if "item" in source:
        assert "item 59" in doc.text
    for block in doc.blocks:
        assert 0 <= block.start < block.end <= len(doc.text)


# Properties over any input: the loaders, the Markdown and HTML readers, the annotator, the query
# parser and search never raise, keep offsets in bounds, and let no control character into a
# title, name or snippet (what the reader and the commands draw outside the article body).

CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\ud800-\udfff\u2028\u2029\u202a-\u202e\u2066-\u2069]")
ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "utf-32", "cp1252", "latin-1", "shift_jis", "koi8-r"]
HOSTILE = st.sampled_from(
    [*'\x00\x07\x1b\x9b\r\n\t\u2028\u202e\ufeff\ud800“”"«»<>/&#;:-*>#[]()`|', "Anna Berg", " said"]
)
TEXT = st.lists(st.one_of(st.text(max_size=8), HOSTILE), max_size=30).map("".join)
"""Text rich in what breaks parsers and terminals: quotes, markup, controls, lone surrogates."""


def encoded(text: str, encoding: str) -> bytes:
    return text.encode(encoding, errors="replace" if encoding != "utf-8" else "surrogatepass")


def assert_one_clean_line(value: str | None) -> None:
    assert value is None or not CONTROL.search(value), repr(value)


def assert_in_bounds(doc) -> None:
    size = len(doc.text)
    for block in doc.blocks:
        assert 0 <= block.start <= block.end <= size
    for span in doc.inline:
        assert 0 <= span.start <= span.end <= size


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    data=st.one_of(st.binary(max_size=300), st.builds(encoded, TEXT, st.sampled_from(ENCODINGS))),
    suffix=st.sampled_from([".txt", ".md", ".html", ".jsonl"]),
)
def test_any_bytes_load_as_clean_documents_or_one_reason(tmp_path, data, suffix):
    path = tmp_path / f"a{suffix}"
    path.write_bytes(data)
    for found in load_file(path):
        if isinstance(found, Problem):
            assert_one_clean_line(found.reason)
            continue
        for value in (found.title, found.date, found.source, found.author, found.url):
            assert_one_clean_line(value)
        assert not CONTROL.search(found.text.replace("\n", "")), repr(found.text)
        assert_in_bounds(found)


@settings(max_examples=150, deadline=None)
@given(
    st.one_of(
        TEXT,
        st.lists(
            st.sampled_from(["> ", "- ", "1. ", "  ", "#", "---\n", "\n", "*", "`", "word"]),
            max_size=60,
        ).map("".join),
    )
)
def test_markdown_reader_keeps_offsets_in_bounds(source):
    rendered = markup.render(clean(source))
    size = len(rendered.text)
    for block in rendered.blocks:
        assert 0 <= block.start <= block.end <= size
    for span in rendered.inline:
        assert 0 <= span.start <= span.end <= size


@settings(max_examples=150, deadline=None)
@given(
    st.one_of(
        TEXT,
        st.lists(
            st.sampled_from(
                [
                    "<p>",
                    "</p>",
                    "<title>",
                    "<h1>",
                    "<li>",
                    "<script>",
                    "<br>",
                    "&amp;",
                    "&#27;",
                    "&#x202e;",
                    "<meta name=author content='\x1b'>",
                    "word ",
                ]
            ),
            max_size=40,
        ).map("".join),
    )
)
def test_html_reader_keeps_offsets_in_bounds(source):
    article = htmltext.extract(source)
    size = len(article.text)
    for block in article.blocks:
        assert 0 <= block.start <= block.end <= size
    for span in article.inline:
        assert 0 <= span.start <= span.end <= size


@settings(max_examples=100, deadline=None)
@given(TEXT)
def test_annotated_names_are_clean_and_in_bounds(raw):
    text = clean(raw)
    found = annotate(text)
    for person in found.people:
        assert_one_clean_line(person.name)
    for mention in [*found.mentions, *found.places]:
        assert 0 <= mention.start < mention.end <= len(text)
    for place in found.places:
        assert_one_clean_line(place.name)


SEARCHED = QuoteIndex.from_documents(
    [
        document_from_record(
            {
                "title": "Bridge\x1b[2J\nnews",
                "text": "Mayor Anna Berg spoke.\n\n“We will build the \x1b[31mbridge\u202e,” Berg"
                " said in Oslo.\n\n“Ships\x07 come\u2028home,” said Tomas Lind in Paris.\n",
            },
            "hostile.jsonl",
            1,
        )
    ]
)


@settings(max_examples=200, deadline=None)
@given(
    st.one_of(
        TEXT,
        st.lists(
            st.sampled_from(
                ['"', "@", "#", "!", "'", "berg", "bridge", "ships", " ", "\x1b", "oslo"]
            ),
            max_size=20,
        ).map("".join),
    )
)
def test_any_query_parses_and_searches_to_clean_snippets(query):
    parse(query)
    result = SEARCHED.search(query, limit=5)  # the message repeats the query: made safe where drawn
    for hit in result.hits:
        assert_one_clean_line(hit.snippet)
        assert_one_clean_line(hit.record.title)
        assert_one_clean_line(hit.record.speaker)
        for start, end in hit.marks:
            assert 0 <= start <= end <= len(hit.snippet)
