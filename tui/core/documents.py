"""The document model every other part reads: plain text plus its block structure.

Offsets are Python `str` offsets into `Document.text`; annotation, search and rendering all speak
in them, so the text is never re-flowed after loading.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal, NamedTuple, Protocol

from tui.core.word_count import count_words

BlockKind = Literal["paragraph", "heading", "list_item", "blockquote", "code"]
InlineKind = Literal["em", "strong", "link", "code"]


class Block(NamedTuple):
    """A paragraph-like unit of the text: `text[start:end]`; `level` is the heading level or
    the list depth. A named tuple: a Markdown article makes dozens when parsed and again when
    its stored body is read, each a third of a frozen dataclass's cost, and the compiled
    annotator reads its fields as a tuple's items."""

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


def text_key(text: str) -> str:
    """A digest of a text: what its annotation is stored under, and what two documents with the
    same text share (so neither text is read to compare them)."""
    return digest(text.encode("utf-8", "surrogatepass"))


def digest(data: bytes) -> str:
    """128 bits of SHA-256: a first open takes two digests an article (the file and its text),
    and OpenSSL's SHA-256 runs on the processor's SHA instructions, four times as fast as
    `blake2b` here (3.8 against 14.4 µs for 6 KB)."""
    import hashlib  # not on the first paint's path

    return hashlib.sha256(data).hexdigest()[:32]


class Body(NamedTuple):
    """What an article reads as: its text, with its blocks and inline spans."""

    text: str
    blocks: tuple[Block, ...]
    inline: tuple[Inline, ...] = ()


class BodyStore(Protocol):
    """Where a document listed without its body (`Document.listed`) reads it, once asked."""

    def body(self, document: Document) -> Body: ...


class Document:
    """An article: its metadata, and its body (`text`, `blocks`, `inline`), either held from the
    start or read from a `BodyStore` the first time it is asked for, then kept until the store
    lets it go (`forget`). A folder opened from the snapshot lists 100,000
    documents holding no text (a tenth of the memory); only the ones opened, or annotated and
    indexed anew, read theirs. Two documents are equal when their metadata and the digest of
    their text are (`text_key`): comparing them reads no text."""

    __slots__ = (
        "_body",
        "_store",
        "_text_key",
        "author",
        "copies",
        "date",
        "encoding",
        "format",
        "headline",
        "id",
        "path",
        "record_id",
        "source",
        "title",
        "url",
        "word_count",
    )

    def __init__(
        self,
        id: str,
        title: str,
        text: str,
        blocks: tuple[Block, ...],
        path: str,
        format: str,
        encoding: str = "utf-8",
        date: str | None = None,
        source: str | None = None,
        author: str | None = None,
        url: str | None = None,
        record_id: str | None = None,
        inline: tuple[Inline, ...] = (),
        headline: bool = True,
        copies: tuple[str, ...] = (),
        word_count: int | None = None,
    ) -> None:
        self.id = id
        self.title = title
        self.path = path
        self.format = format
        self.encoding = encoding
        self.date = date
        self.source = source
        self.author = author
        self.url = url
        self.record_id = record_id
        """The `id` of a JSON Lines record, which is what evaluation and citations name."""
        self.headline = headline
        """Whether the title is the article's own headline, not a sentence cut from its text (a
        citation then names the file instead)."""
        self.copies = copies
        """Keys of the other documents of the collection with this very title and text (wire
        copies, a file saved twice): they are not listed or searched again."""
        self.word_count = word_count
        """`words` once counted: the snapshot remembers it, since counting was half the time of
        listing an unchanged folder."""
        self._body: Body | None = Body(text, blocks, inline)
        self._store: BodyStore | None = None
        self._text_key: str | None = None

    @classmethod
    def listed(
        cls,
        store: BodyStore | None,
        text_key: str,
        word_count: int,
        id: str,
        title: str,
        path: str,
        format: str,
        encoding: str,
        date: str | None,
        source: str | None,
        author: str | None,
        url: str | None,
        record_id: str | None,
        headline: bool,
        body: Body | None = None,
    ) -> Document:
        """A document whose body `store` gives when it is first asked for (unless `body` is
        given now); `text_key` and `word_count` are its text's."""
        document = cls(id, title, "", (), path, format, encoding, date, source, author, url)
        document.record_id = record_id
        document.headline = headline
        document.word_count = word_count
        document._body = body
        document._store = store
        document._text_key = text_key
        return document

    @property
    def body(self) -> Body:
        body = self._body
        if body is None:
            assert self._store is not None  # only a listed document starts without its body
            body = self._body = self._store.body(self)
        return body

    @property
    def unread_from(self) -> BodyStore | None:
        """The store the body is read from when asked, while it is not held (else None): a
        worker process annotating the document can be sent the body as stored, and decode it
        there (`tui.core.library`)."""
        return self._store if self._body is None else None

    def stored_in(self, store: BodyStore) -> None:
        """Say where the body can be read again once let go (`forget`)."""
        self._store = store

    def forget(self) -> None:
        """Let go of the body when a store can give it again (it is read from there when next
        asked): the store keeps only the latest few held, so a big folder parsed for the first
        time is not held in memory whole (0.8 GB at 100,000 articles)."""
        if self._store is not None:
            self._body = None

    @property
    def text(self) -> str:
        return self.body.text

    @property
    def blocks(self) -> tuple[Block, ...]:
        return self.body.blocks

    @property
    def inline(self) -> tuple[Inline, ...]:
        return self.body.inline

    @property
    def text_key(self) -> str:
        if self._text_key is None:
            self._text_key = text_key(self.text)
        return self._text_key

    @property
    def key(self) -> str:
        """What the command line's JSON output calls the document: record id, else the path."""
        return self.record_id if self.record_id is not None else self.path

    @property
    def words(self) -> int:
        if self.word_count is None:
            self.word_count = count_words(self.text)
        return self.word_count

    def _compared(self) -> tuple[object, ...]:
        return (
            self.id,
            self.title,
            self.path,
            self.format,
            self.encoding,
            self.date,
            self.source,
            self.author,
            self.url,
            self.record_id,
            self.headline,
            self.copies,
            self.text_key,
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Document):
            return NotImplemented
        return self._compared() == other._compared()

    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value: not a dict key

    def __repr__(self) -> str:
        return f"Document(id={self.id!r}, title={self.title!r}, format={self.format!r})"


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
