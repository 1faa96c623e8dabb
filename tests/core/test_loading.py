"""Loaders: each format, odd encodings, bad files skipped with a reason, the rest kept."""

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tui.core import word_count
from tui.core.loading import MissingPath, load

ARTICLE = "Mayor Ana Pérez opened the bridge on Monday.\nShe said it was “long overdue”.\n"


def write(path: Path, data: bytes | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    path.write_bytes(data)
    return path


def only(paths):
    collection = load(paths)
    assert not collection.problems, collection.problems
    assert len(collection.documents) == 1
    return collection.documents[0]


def test_txt_headline_becomes_title_and_body_is_the_rest(tmp_path):
    doc = only([write(tmp_path / "a.txt", "Bridge opens at last\n\n" + ARTICLE)])
    assert doc.title == "Bridge opens at last"
    assert doc.text.startswith("Mayor Ana Pérez")
    assert [doc.text[b.start : b.end] for b in doc.blocks] == [
        "Mayor Ana Pérez opened the bridge on Monday.",
        "She said it was “long overdue”.",
    ]


def test_txt_without_headline_titles_by_first_sentence_and_keeps_it_in_body(tmp_path):
    doc = only([write(tmp_path / "a.txt", ARTICLE)])
    assert doc.title == "Mayor Ana Pérez opened the bridge on Monday."
    assert doc.text.startswith("Mayor Ana Pérez")


def test_long_first_sentence_is_shortened(tmp_path):
    long_line = (
        "Officials in the port city said on Tuesday that "
        + "the works would go on " * 10
        + "for years.\n"
    )
    doc = only([write(tmp_path / "a.txt", long_line)])
    assert doc.title.endswith("…") and len(doc.title) <= 90


def test_hard_wrapped_txt_paragraphs_split_at_blank_lines(tmp_path):
    doc = only(
        [write(tmp_path / "a.txt", "Title here\n\nLine one of a\nparagraph.\n\nSecond one.\n")]
    )
    assert len(doc.blocks) == 2


def test_markdown_front_matter_and_structure(tmp_path):
    source = (
        '---\ntitle: "Harbour deal signed"\ndate: 2024-05-02\npublisher: Coast Gazette\n'
        "author: Lee Ode\nurl: https://example.org/a\n---\n"
        "# Harbour deal\n\nThe *deal* was signed in [Porto](https://example.org).\n\n"
        '- first point\n- second point\n\n> "We are ready," she said.\n'
    )
    doc = only([write(tmp_path / "a.md", source)])
    assert (doc.title, doc.date, doc.source, doc.author, doc.url) == (
        "Harbour deal signed",
        "2024-05-02",
        "Coast Gazette",
        "Lee Ode",
        "https://example.org/a",
    )
    assert [b.kind for b in doc.blocks] == [
        "heading",
        "paragraph",
        "list_item",
        "list_item",
        "blockquote",
    ]
    kinds = {(i.kind, doc.text[i.start : i.end]) for i in doc.inline}
    assert ("em", "deal") in kinds and ("link", "Porto") in kinds
    assert "*" not in doc.text and "](" not in doc.text


def test_markdown_title_falls_back_to_first_heading(tmp_path):
    doc = only([write(tmp_path / "a.markdown", "# Storm hits coast\n\nWinds rose overnight.\n")])
    assert doc.title == "Storm hits coast"


def test_html_article_without_furniture(tmp_path):
    source = (
        "<html><head><title>Dam report</title><style>p{}</style><script>alert(1)</script></head>"
        "<body><nav>Home News</nav><article><h1>Dam report</h1><p>Water &amp; power.</p>"
        "<p>Second <em>para</em>.</p></article><footer>Contact</footer></body></html>"
    )
    doc = only([write(tmp_path / "a.html", source)])
    assert doc.title == "Dam report"
    assert doc.text == "Water & power.\n\nSecond para."
    assert "alert" not in doc.text and "Home" not in doc.text and "Contact" not in doc.text


def test_html_without_article_reads_paragraphs(tmp_path):
    doc = only([write(tmp_path / "a.htm", "<h1>Quake</h1><p>The ground shook.</p>")])
    assert (doc.title, doc.text) == ("Quake", "The ground shook.")


def test_jsonl_records_and_a_malformed_line(tmp_path):
    lines = [
        json.dumps(
            {
                "id": "r1",
                "title": "One",
                "date": "2024-01-01",
                "source": "Wire",
                "text": "First text.",
            }
        ),
        "{not json",
        json.dumps({"text": "Second text has no id."}),
        json.dumps({"id": "r4"}),
    ]
    path = write(tmp_path / "c.jsonl", "\n".join(lines) + "\n")
    collection = load([path])
    assert [d.id for d in collection.documents] == [f"{path}#r1", f"{path}#3"]
    assert collection.documents[0].key == "r1"
    assert (collection.documents[0].date, collection.documents[0].source) == ("2024-01-01", "Wire")
    reasons = [str(p) for p in collection.problems]
    assert any(f"{path}:2" in r and "invalid JSON" in r for r in reasons)
    assert any(f"{path}:4" in r and "text" in r for r in reasons)


def test_jsonl_keeps_offsets_of_the_record_text(tmp_path):
    text = "Line one\r\nsaid \x00 “hi”"
    doc = only([write(tmp_path / "c.jsonl", json.dumps({"id": "x", "text": text}) + "\n")])
    assert len(doc.text) == len(text)
    assert doc.text.index("“hi”") == text.index("“hi”")


def test_utf16_with_bom(tmp_path):
    doc = only([write(tmp_path / "a.txt", "Café opens\n\nThe café opened.".encode("utf-16"))])
    assert doc.encoding == "utf-16" and doc.title == "Café opens"


def test_cp1252_fallback(tmp_path):
    doc = only([write(tmp_path / "a.txt", b"Prices rise\n\nIt cost 5 \x80 \x96 a \x93lot\x94.")])
    assert doc.encoding == "cp1252"
    assert "5 € – a “lot”." in doc.text


def test_utf8_bom_is_dropped(tmp_path):
    doc = only([write(tmp_path / "a.txt", b"\xef\xbb\xbfHeadline\n\nBody.")])
    assert doc.title == "Headline" and doc.encoding == "utf-8-sig"


def test_crlf_and_cr_become_lf_and_controls_never_survive(tmp_path):
    doc = only(
        [
            write(
                tmp_path / "a.txt",
                "Headline\r\n\r\nOne\x1b[31m red\x07 as the council said.\rTwo.\r\n",
            )
        ]
    )
    assert "\r" not in doc.text and "\x1b" not in doc.text and "\x07" not in doc.text
    assert "\ufffd[31m red" in doc.text
    assert [doc.text[b.start : b.end] for b in doc.blocks] == [
        "One\ufffd[31m red\ufffd as the council said.",
        "Two.",
    ]


@pytest.mark.parametrize(
    "name,data,reason",
    [
        ("empty.txt", b"", "empty"),
        ("blank.md", b"  \n\n ", "empty"),
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary"),
        ("bad16.txt", b"\xff\xfe" + b"\x00\xd8", "utf-16"),
        ("furniture.html", b"<nav>Menu</nav><script>x()</script>", "no article text"),
    ],
)
def test_bad_files_are_skipped_with_a_reason(tmp_path, name, data, reason):
    write(tmp_path / "good.txt", ARTICLE)
    write(tmp_path / name, data)
    collection = load([tmp_path])
    assert [Path(d.path).name for d in collection.documents] == ["good.txt"]
    assert len(collection.problems) == 1
    assert name in collection.problems[0].path and reason in collection.problems[0].reason


def test_folder_mixing_all_formats_recursively(tmp_path):
    write(tmp_path / "a.txt", ARTICLE)
    write(tmp_path / "sub" / "b.md", "# B\n\nBody b.")
    write(tmp_path / "sub" / "deeper" / "c.html", "<title>C</title><p>Body c.</p>")
    write(tmp_path / "d.jsonl", '{"id": "d1", "text": "Body d."}\n{"broken\n')
    write(tmp_path / "e.bin", b"\x00\x01")
    write(tmp_path / "f.txt", b"")
    write(tmp_path / ".hidden" / "g.txt", ARTICLE)
    collection = load([tmp_path])
    assert sorted(d.title for d in collection.documents) == [
        "B",
        "Body d.",
        "C",
        "Mayor Ana Pérez opened the bridge on Monday.",
    ]
    assert len(collection.problems) == 2


def test_missing_path_is_an_error():
    with pytest.raises(MissingPath):
        load(["/no/such/place"])


def test_html_metadata_cannot_carry_control_characters(tmp_path):
    source = (
        "<html><head><title>Dam</title>"
        '<meta name="author" content="Site&#10;line2 &#x202e;evil&#27;[31m">'
        "</head><body><p>Water rose.</p></body></html>"
    )
    doc = only([write(tmp_path / "a.html", source)])
    assert doc.author == "Site line2 \ufffdevil[31m"


def test_front_matter_is_yaml_and_scraped_front_matter_still_reads(tmp_path):
    yaml_front = (
        "---\ntitle: >-\n  Harbour deal\n  signed\ndate: 2024-05-02\n"
        "authors:\n  - Lee Ode\n  - Kim Ray\nseo:\n  title: not this one\n---\nBody text.\n"
    )
    doc = only([write(tmp_path / "a.md", yaml_front)])
    assert (doc.title, doc.date, doc.author) == ("Harbour deal signed", "2024-05-02", "Lee Ode")
    scraped = "---\ntitle: Port: reopens at dawn\nsource: 'Coast Wire'\n---\nBody text.\n"
    doc = only([write(tmp_path / "b.md", scraped)])
    assert (doc.title, doc.source) == ("Port: reopens at dawn", "Coast Wire")


@pytest.mark.parametrize("ending", ["", "\n", "\r\n\n\n"])
def test_a_one_line_file_is_an_article_of_that_line(tmp_path, ending):
    doc = only([write(tmp_path / "a.txt", f"Mayor Anna Berg opened the bridge{ending}")])
    assert doc.title == "Mayor Anna Berg opened the bridge"
    assert doc.text.strip() == "Mayor Anna Berg opened the bridge"
    assert [doc.text[b.start : b.end] for b in doc.blocks] == [doc.title]


@pytest.mark.parametrize(
    "data",
    [b"\x1b[31mAlert\x1b[0m", b"Hi\x07", b"\x1b[2J" + b"A long line of text. " * 500],
    ids=["short escape", "shorter bell", "long"],
)
def test_a_few_control_characters_open_inert_whatever_the_length(tmp_path, data):
    doc = only([write(tmp_path / "a.txt", data)])
    assert "\x1b" not in doc.text + doc.title and "\x07" not in doc.text + doc.title
    assert "\ufffd" in doc.text + doc.title


def test_mostly_control_characters_is_binary_whatever_the_length(tmp_path):
    for length in (3, 30_000):
        write(tmp_path / "a.txt", b"\x01\x02\x1b" * length + b"word")
        collection = load([tmp_path / "a.txt"])
        assert collection.documents == []
        assert "binary" in collection.problems[0].reason


def test_a_json_lines_record_with_a_raw_line_separator_in_a_string_is_one_record(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_text(
        '{"id": "1", "text": "First part\u2028second part of one story."}\r\n'
        '{"id": "2", "text": "Another story."}\n',
        encoding="utf-8",
    )
    collection = load([path])
    assert [d.record_id for d in collection.documents] == ["1", "2"] and not collection.problems


def test_a_folder_s_readme_and_manifest_are_not_articles(tmp_path):
    (tmp_path / "story.txt").write_text("Pier reopens\n\nThe pier reopened today.", "utf-8")
    (tmp_path / "README.md").write_text("# About this folder\n\nScraped in May.", "utf-8")
    (tmp_path / "manifest.jsonl").write_text(
        "".join(f'{{"file": "story{n}.txt", "bytes": {n}}}\n' for n in range(500)), "utf-8"
    )
    collection = load([tmp_path])
    assert [d.title for d in collection.documents] == ["Pier reopens"]
    assert [(p.path, p.reason) for p in collection.problems] == [
        (str(tmp_path / "manifest.jsonl"), 'not articles: no line is a record with a "text" field')
    ]
    named = load([tmp_path / "README.md"])
    assert [d.title for d in named.documents] == ["About this folder"]


def test_bad_lines_among_articles_are_each_named(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_text('{"nope": 1}\n{"text": "A story."}\nnot json\n', encoding="utf-8")
    collection = load([path])
    assert len(collection.documents) == 1
    assert [p.path for p in collection.problems] == [f"{path}:1", f"{path}:3"]


def test_a_citation_names_a_headline_or_the_file_never_a_cut_sentence(tmp_path):
    from tui.core.citation import cited_source, cited_title

    folder = tmp_path / "harbour-desk"
    folder.mkdir()
    (folder / "012_pier-reopens.txt").write_text(
        "The pier reopened today after a year of work, officials said.\n\nMore text.", "utf-8"
    )
    (folder / "ferry.txt").write_text("Ferry stops\n\nThe ferry stopped.", "utf-8")
    cut, headed = sorted(load([folder]).documents, key=lambda d: d.path)
    assert (cited_title(cut), cited_source(cut)) == ("Pier reopens", "harbour-desk")
    assert (cited_title(headed), cited_source(headed)) == ("Ferry stops", "harbour-desk")


def test_the_cycle_collector_runs_again_after_a_load_even_one_that_fails(tmp_path):
    import gc

    write(tmp_path / "a.txt", ARTICLE)
    load([tmp_path])
    assert gc.isenabled()

    def fail() -> bool:
        raise RuntimeError("the reader's worker failed")

    with pytest.raises(RuntimeError):
        load([tmp_path], stop=fail)
    assert gc.isenabled()


WORD_TEXTS = [
    "Mayor Ana Pérez didn't say “no”, the U.S. envoy’s aide said.",
    "snake_case __ x_1 a''b ’twas rock ’n’ roll 3½ ٣٤ 2nd",
    "line\u2028break\u00a0no-break\u3000wide — dash",
    "",
    " ' ",
]


@pytest.mark.parametrize("count", [word_count.count_by_pattern, word_count.count_by_hand])
def test_words_are_counted_as_the_word_pattern_finds_them(count):
    """Both ways of counting (pieces between spaces, or a character at a time) give what the
    pattern gives over the whole text."""
    for text in WORD_TEXTS:
        assert count(text) == len(word_count.WORD.findall(text))
    assert count(WORD_TEXTS[0]) == 12  # U.S. is two


@settings(max_examples=2000, deadline=None)
@given(st.lists(st.sampled_from([*"aZ9_ '’‘\n.-é½٣\u2028\u00a0—“", "didn", "U.S."]), max_size=30))
def test_a_word_count_by_hand_is_the_patterns(pieces):
    text = "".join(pieces)
    assert word_count.count_by_hand(text) == len(word_count.WORD.findall(text))
