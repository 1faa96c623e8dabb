"""The document model every other part reads: plain text plus its block structure.

Offsets are Python `str` offsets into `Document.text`; annotation, search and rendering all speak
in them, so the text is never re-flowed after loading.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal

BlockKind = Literal["paragraph", "heading", "list_item", "blockquote", "code"]
InlineKind = Literal["em", "strong", "link", "code"]


@dataclass(frozen=True, slots=True)
class Block:
    """A paragraph-like unit of the text: `text[start:end]`; `level` is the heading level or
    the list depth."""

    kind: BlockKind
    start: int
    end: int
    level: int = 0


@dataclass(frozen=True, slots=True)
class Inline:
    """Inline structure from Markdown or HTML over `text[start:end]`."""

    kind: InlineKind
    start: int
    end: int
    href: str | None = None


@dataclass(slots=True)
class Document:
    id: str
    title: str
    text: str
    blocks: tuple[Block, ...]
    path: str
    format: str
    encoding: str = "utf-8"
    date: str | None = None
    source: str | None = None
    author: str | None = None
    url: str | None = None
    record_id: str | None = None
    """The `id` of a JSON Lines record, which is what evaluation and citations name."""
    inline: tuple[Inline, ...] = ()
    headline: bool = True
    """Whether the title is the article's own headline, not a sentence cut from its text (a
    citation then names the file instead)."""
    copies: tuple[str, ...] = ()
    """Keys of the other documents of the collection with this very title and text (wire
    copies, a file saved twice): they are not listed or searched again."""
    word_count: int | None = field(default=None, compare=False, repr=False)
    """`words` once counted: the snapshot remembers it, since counting was half the time of
    listing an unchanged folder."""

    @property
    def key(self) -> str:
        """What the command line's JSON output calls the document: record id, else the path."""
        return self.record_id if self.record_id is not None else self.path

    @property
    def words(self) -> int:
        if self.word_count is None:
            self.word_count = len(_WORD.findall(self.text))
        return self.word_count


_WORD = re.compile(r"\w+(?:['’]\w+)*")


class BlockWriter:
    """Plain text built block by block, blank lines between, each block's inline spans shifted
    into place: how Markdown and HTML readers turn their structure into a Document's text."""

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._length = 0
        self.blocks: list[Block] = []
        self.inline: list[Inline] = []

    def add(self, kind: BlockKind, text: str, level: int = 0, spans: Sequence[Inline] = ()) -> int:
        """Append a block; returns where it starts in the text."""
        if self._parts:
            self._parts.append("\n\n")
            self._length += 2
        start = self._length
        self._parts.append(text)
        self._length += len(text)
        self.blocks.append(Block(kind, start, self._length, level))
        self.inline.extend(Inline(s.kind, s.start + start, s.end + start, s.href) for s in spans)
        return start

    @property
    def text(self) -> str:
        return "".join(self._parts)


def paragraph_blocks(text: str) -> tuple[Block, ...]:
    """Split plain text into paragraphs.

    With blank lines present, a paragraph is a run of lines between them (hard-wrapped prose);
    without, every non-empty line is one (the one-paragraph-per-line style of news dumps).
    """
    separator = _BLANK_LINES if _BLANK_LINES.search(text) else _LINE_BREAK
    blocks: list[Block] = []
    pos = 0
    for match in separator.finditer(text):
        _append_trimmed(blocks, text, pos, match.start())
        pos = match.end()
    _append_trimmed(blocks, text, pos, len(text))
    return tuple(blocks)


_BLANK_LINES = re.compile(r"\n[ \t]*\n\s*")
_LINE_BREAK = re.compile(r"\n+")


def _append_trimmed(blocks: list[Block], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        blocks.append(Block("paragraph", start, end))


def derive_title(text: str) -> tuple[str, bool]:
    """Title from the first non-empty line: (title, whether that line *is* the headline).

    A headline is short and has no final full stop; anything else gives its first sentence,
    shortened, as the title and stays part of the body.
    """
    line = next((ln.strip() for ln in text.split("\n") if ln.strip()), "")
    if (
        line
        and len(line) <= 120
        and len(line.split()) <= 20
        and not line.endswith((".", "!", "?", ":", ";", ","))
    ):
        return line, True
    sentence = _FIRST_SENTENCE.match(line)
    title = (sentence.group(0) if sentence else line).strip()
    return shorten(title, _TITLE_LIMIT), False


_TITLE_LIMIT = 90


_FIRST_SENTENCE = re.compile(r".+?[.!?](?=\s+[A-Z\"“]|$)")


def shorten(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:-—") + "…"
