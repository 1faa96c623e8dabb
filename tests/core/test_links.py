from tui.core.documents import Document, Inline
from tui.core.links import article_links, link_target


def test_only_plain_web_and_mail_addresses_are_link_targets():
    assert link_target(" https://example.org/a?b=1 ") == "https://example.org/a?b=1"
    assert link_target("mailto:desk@example.org") == "mailto:desk@example.org"
    for unsafe in ("javascript:alert(1)", "https://x\x1b\\", "https://x y", "/relative", None):
        assert link_target(unsafe) is None


def test_article_links_are_in_text_order():
    document = Document(
        id="d",
        title="T",
        text="see here and there",
        blocks=(),
        path="d.md",
        format="md",
        inline=(
            Inline("link", 13, 18, "https://b.example"),
            Inline("em", 0, 3),
            Inline("link", 4, 8, "https://a.example"),
        ),
    )
    assert article_links(document) == [(8, "https://a.example"), (18, "https://b.example")]
