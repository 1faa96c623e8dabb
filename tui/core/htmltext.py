"""HTML articles to plain text blocks with the standard library's parser.

Reads the `<article>` when there is one (else the whole body), keeps headings, paragraphs, list
items and block quotes, and drops scripts, styles and page furniture (nav, header, footer, aside).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser

from tui.core.documents import Block, BlockKind, BlockWriter, Inline, InlineKind

_SKIP = {
    "script",
    "style",
    "nav",
    "header",
    "footer",
    "aside",
    "form",
    "noscript",
    "template",
    "svg",
    "button",
    "select",
}
_BLOCK: dict[str, BlockKind] = {
    "p": "paragraph",
    "li": "list_item",
    "blockquote": "blockquote",
    "pre": "code",
    **{f"h{n}": "heading" for n in range(1, 7)},
}
_INLINE: dict[str, InlineKind] = {
    "em": "em",
    "i": "em",
    "strong": "strong",
    "b": "strong",
    "a": "link",
    "code": "code",
}
_VOID = {"br", "img", "hr", "meta", "link", "input", "wbr", "source"}
_SPACES = re.compile(r"\s+")


@dataclass(slots=True)
class HtmlArticle:
    title: str
    text: str
    blocks: tuple[Block, ...]
    inline: tuple[Inline, ...]
    meta: dict[str, str]


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.skip_depth = 0
        self.title = ""
        self.in_title = False
        self.h1 = ""
        self.meta: dict[str, str] = {}
        self.current: list[str] | None = None
        self.current_kind: BlockKind = "paragraph"
        self.current_level = 0
        self.current_spans: list[Inline] = []
        self.open_inline: list[tuple[InlineKind, int, str | None]] = []
        self.list_depth = 0
        self.quote_depth = 0
        # (in_article, kind, level, text, spans)
        self.blocks: list[tuple[bool, BlockKind, int, str, list[Inline]]] = []
        self.article_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _VOID:
            if tag == "br" and self.current is not None:
                self.current.append(" ")
            if tag == "meta":
                self._meta(dict(attrs))
            return
        if self.skip_depth or tag in _SKIP:
            self.skip_depth += 1
            return
        if tag == "title":
            self.in_title = True
        elif tag == "article":
            self.article_depth += 1
        elif tag in ("ul", "ol"):
            self.list_depth += 1
        elif tag == "blockquote":
            self.quote_depth += 1
        if tag in _BLOCK:
            self._close_block()
            self.current = []
            self.current_spans = []
            if tag.startswith("h") and tag[1:].isdigit():
                self.current_kind, self.current_level = "heading", int(tag[1:])
            elif tag == "p" and self.quote_depth:
                self.current_kind, self.current_level = "blockquote", 0
            elif tag == "p" and self.list_depth:
                self.current_kind, self.current_level = "list_item", self.list_depth
            else:
                self.current_kind = _BLOCK[tag]
                self.current_level = self.list_depth if tag == "li" else 0
        elif tag in _INLINE and self.current is not None:
            href = dict(attrs).get("href") if tag == "a" else None
            self.open_inline.append((_INLINE[tag], self._length(), href))

    def handle_endtag(self, tag: str) -> None:
        if tag in _VOID:
            return
        if self.skip_depth:
            self.skip_depth -= 1
            return
        if tag == "title":
            self.in_title = False
        elif tag == "article":
            self._close_block()
            self.article_depth = max(0, self.article_depth - 1)
        elif tag in ("ul", "ol"):
            self.list_depth = max(0, self.list_depth - 1)
        elif tag == "blockquote":
            self.quote_depth = max(0, self.quote_depth - 1)
        if tag in _BLOCK:
            self._close_block()
        elif tag in _INLINE and self.current is not None:
            for i in range(len(self.open_inline) - 1, -1, -1):
                kind, start, href = self.open_inline[i]
                if kind == _INLINE[tag]:
                    del self.open_inline[i]
                    if self._length() > start:
                        self.current_spans.append(Inline(kind, start, self._length(), href))
                    break

    def handle_data(self, data: str) -> None:
        if self.skip_depth:
            return
        if self.in_title:
            self.title += data
        elif self.current is not None:
            self.current.append(data if self.current_kind == "code" else _SPACES.sub(" ", data))

    def _meta(self, attrs: dict[str, str | None]) -> None:
        key = (attrs.get("name") or attrs.get("property") or "").lower()
        value = attrs.get("content")
        names = {
            "author": "author",
            "date": "date",
            "article:published_time": "date",
            "og:site_name": "source",
            "og:url": "url",
            "og:title": "title",
        }
        if key in names and value:
            self.meta.setdefault(names[key], value.strip())

    def _length(self) -> int:
        return sum(len(part) for part in self.current or ())

    def _close_block(self) -> None:
        if self.current is None:
            return
        raw = "".join(self.current)
        text = raw.strip() if self.current_kind != "code" else raw.strip("\n")
        shift = len(raw) - len(raw.lstrip()) if self.current_kind != "code" else 0
        spans = [
            Inline(s.kind, max(0, s.start - shift), min(len(text), s.end - shift), s.href)
            for s in self.current_spans
            if min(len(text), s.end - shift) > max(0, s.start - shift)
        ]
        if text:
            if self.current_kind == "heading" and self.current_level == 1 and not self.h1:
                self.h1 = text
            self.blocks.append(
                (self.article_depth > 0, self.current_kind, self.current_level, text, spans)
            )
        self.current = None
        self.open_inline = []


def extract(source: str) -> HtmlArticle:
    collector = _Collector()
    collector.feed(source)
    collector.close()
    collector._close_block()
    chosen = [b for b in collector.blocks if b[0]] or collector.blocks
    title = (
        _SPACES.sub(" ", collector.title).strip() or collector.h1 or collector.meta.get("title", "")
    )
    writer = BlockWriter()
    for index, (_, kind, level, text, spans) in enumerate(chosen):
        if not (index == 0 and kind == "heading" and text == title):
            writer.add(kind, text, level, spans)
    return HtmlArticle(
        title, writer.text, tuple(writer.blocks), tuple(writer.inline), collector.meta
    )
