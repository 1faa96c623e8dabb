"""An article of plain paragraphs is read without the Markdown parser: it must read exactly as
the parser reads it (text, blocks, spans, front matter), whatever characters it holds."""

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


def test_an_underscore_inside_a_word_leaves_an_article_plain():
    source = "---\ntitle: x\n---\nSee @jo_smith and snake_case_name, not _this_ or __that__.\n"
    inside = "---\ntitle: x\n---\nSee @jo_smith and the file report_2024_final.\n"
    assert markup.render(source) == markup.parsed(source)
    assert markup._plain(inside) is not None
    assert markup.render(inside) == markup.parsed(inside)
