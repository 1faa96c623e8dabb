"""An article of plain paragraphs is read without the Markdown parser: it must read exactly as
the parser reads it (text, blocks, spans, front matter), whatever characters it holds."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tui.core import markup

PLAIN = (
    "---\n"
    'title: "Pier reopens"\n'
    "date: 2024-03-01\n"
    "---\n"
    "The pier reopened today [after repairs], the mayor said.\u00a0 \n"
    "It had been shut since May.\n"
    "\n\n"
    "\u00a0“We are glad,” she said. \n"
)


def test_a_plain_article_reads_as_its_paragraphs():
    rendered = markup.render(PLAIN)
    assert rendered.front_matter == {"title": "Pier reopens", "date": "2024-03-01"}
    assert [rendered.text[b.start : b.end] for b in rendered.blocks] == [
        "The pier reopened today [after repairs], the mayor said.\u00a0 It had been shut since"
        " May.",
        "“We are glad,” she said.",
    ]
    assert rendered == markup.parsed(PLAIN)


PIECES = st.sampled_from(
    [
        "word",
        "Lee",
        " ",
        "  ",
        "\n",
        "\n\n",
        "\u00a0",
        "\t",
        "\u2003",
        "“",
        ".",
        "1.",
        "2)",
        "-",
        "---",
        "...",
        "#",
        ">",
        "*",
        "_",
        "`",
        "~~~",
        "=",
        "+",
        ":",
        "|",
        "[",
        "]",
        "](x)",
        "[a]: /u",
        "!",
        "<",
        "&amp;",
        "&",
        ";",
        "\\",
        "\r",
        "title: x",
        "\n- ",
        "\n2. ",
        "    ",
        "\n> ",
        "<tweet/>",
        "\n<div>",
        "</div>",
        "<!--",
        "-->",
        "<script>",
        "```",
        "|-|",
    ]
)


@settings(max_examples=600, deadline=None)
@given(
    front=st.one_of(st.none(), st.lists(PIECES, max_size=8).map("".join)),
    body=st.lists(PIECES, max_size=40).map("".join),
)
def test_a_plain_article_reads_as_the_parser_reads_it(front, body):
    source = body if front is None else f"---\n{front}\n---\n{body}"
    assert markup.render(source) == markup.parsed(source)


@settings(max_examples=600, deadline=None)
@given(
    paragraphs=st.lists(
        st.one_of(
            st.sampled_from(["The pier reopened.", "“We are glad,” she said.", "Lee [sic] left."]),
            st.lists(PIECES, min_size=1, max_size=12).map("".join),
        ),
        max_size=8,
    )
)
def test_an_article_of_plain_and_other_paragraphs_reads_as_the_parser_reads_it(paragraphs):
    source = "---\ntitle: x\n---\n" + "\n\n".join(paragraphs)
    assert markup.render(source) == markup.parsed(source)


@pytest.mark.parametrize(
    "body",
    [
        "- one\n- two\n\nThe pier reopened.\n\n1. three\n\n   still three\n\nEnd.",
        "<tweet/>\n\nLee said it.\n\n<div>\n*kept*\n</div>\n\n> quoted\n\nEnd.",
        "```\ncode\n\nStill code, plain as it looks.\n\n```\n\nEnd.",
        "<!-- a note\n\nStill the note.\n\n-->\n\nEnd.",
        "See [the report].\n\n- a list\n\n[the report]: https://example.org\n\nEnd.",
        "| a | b |\n|---|---|\n| 1 | 2 |\n\nPlain.\n\n    indented code\n\nEnd.",
    ],
)
def test_an_article_with_lists_tags_fences_or_labels_reads_as_the_parser_reads_it(body):
    source = "---\ntitle: x\n---\n" + body
    assert markup.render(source) == markup.parsed(source)


def test_an_underscore_inside_a_word_leaves_an_article_plain():
    source = "---\ntitle: x\n---\nSee @jo_smith and snake_case_name, not _this_ or __that__.\n"
    inside = "---\ntitle: x\n---\nSee @jo_smith and the file report_2024_final.\n"
    assert markup.render(source) == markup.parsed(source)
    assert markup._is_plain(inside.split("---\n")[2])
    assert markup.render(inside) == markup.parsed(inside)


# Front matter: the common `key: value` shapes are read without the YAML loader, exactly as it
# reads them; anything else goes to the loader.

COMMON_FRONT = (
    'title: "Harbour \\u2019plan\\u2019 \\"passes\\""\n'
    "date: 2024-03-01\n"
    "author: Ana Ruiz-Gómez\n"
    "url: https://example.org/a?b=1#top\n"
    "source: 'The Courier'\n"
    "Tags: harbour, [plans], {votes}"
)


def test_common_front_matter_is_read_without_the_yaml_loader():
    assert markup._simple_front_matter(COMMON_FRONT) is not None
    assert markup.parse_front_matter(COMMON_FRONT) == {
        "title": 'Harbour ’plan’ "passes"',
        "date": "2024-03-01",
        "author": "Ana Ruiz-Gómez",
        "url": "https://example.org/a?b=1#top",
        "source": "The Courier",
        "tags": "harbour, [plans], {votes}",
    }


def _yaml_only(content):
    """What `parse_front_matter` gives with the YAML loader alone (or the error it raises)."""
    fast, markup._simple_front_matter = markup._simple_front_matter, lambda content: None
    try:
        return markup.parse_front_matter(content)
    except ValueError as err:
        return type(err)
    finally:
        markup._simple_front_matter = fast


def _read(content):
    try:
        return markup.parse_front_matter(content)
    except ValueError as err:
        return type(err)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "title: x",
                "Title: Late, [sic]",
                "yes: a",
                "on: a",
                "null: a",
                "y: b",
                "n-1: c",
                "key: yes",
                "key: Null",
                "key: off",
                "key: Off",
                "key: OFF",
                "key: ~",
                "date: 2024-02-30",
                "date: 2024-2-3",
                "date: 2024-02-03 ",
                "n: 0012",
                "n: 1e3",
                "url: http://a.b/c#d",
                "note: a #comment",
                "note: a: b",
                "note: ends:",
                "note: a:b",
                'q: "a \\u00e9 \\/ \\t \\\\ b"',
                'q: "\\ud83d\\ude00"',
                'q: "\\x41"',
                'q: "a" b"',
                "q: 'it''s'",
                "q: 'plain'",
                "q:  spaced  ",
                "q:",
                "q: \ta",
                "q: a\u2028b",
                "q: a\x85b",
                "q: \ufeffa",
                "  indented: a",
                "- item",
                "# comment",
                "",
                "q: *alias",
                "q: &anchor a",
                "q: !tag a",
                "q: |",
                "q: a \\ b",
                'q: say "hi" `now` @once %of *all* & more!',
            ]
        ),
        min_size=1,
        max_size=5,
    ).map("\n".join)
)
def test_front_matter_reads_as_the_yaml_loader_reads_it(content):
    assert _read(content) == _yaml_only(content)


@pytest.mark.parametrize("source", ["---word\n---", "----\ntitle: x\n----\nBody.", "---x\nBody."])
def test_a_first_line_of_dashes_with_more_on_it_is_read_as_the_parser_reads_it(source):
    assert markup.render(source) == markup.parsed(source)
