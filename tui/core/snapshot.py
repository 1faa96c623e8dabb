"""What each file of a collection parsed into, remembered between runs: an unchanged folder is
listed without parsing a single Markdown or HTML file again.

A file is looked up by its absolute path: an unchanged size and modification time reuse what it
parsed into without reading it; a changed stat reads the bytes and reuses the parse when their
digest is the same (a `touch`, a copy), else parses anew. Entries live in the annotation cache's
database, so `--cache`/`--no-cache` and its fault handling cover them too.

Each file is stored as two parts: its listing (every document's metadata, its text's digest and
word count) and its documents' bodies (text, blocks, spans). An unchanged folder is opened from
the listings alone, each document reading its body the first time it is asked for (opened,
annotated or indexed anew): a warm `quotes` over 100,000 articles decodes no text at all, and
a reader holding them keeps a tenth of the memory.
"""

from __future__ import annotations

import json
import os
import threading
from collections.abc import Iterator
from pathlib import Path
from sys import intern
from typing import TYPE_CHECKING, Any, NamedTuple, get_args

from tui.core.compact_json import compact_json
from tui.core.documents import (
    Block,
    BlockKind,
    Body,
    BodyStore,
    Document,
    Inline,
    InlineKind,
    digest,
)
from tui.core.loading import Problem, load_file

if TYPE_CHECKING:
    from tui.core.cache import AnnotationCache

Parsed = list[Document | Problem]

_BATCH = 200
_HELD = 1024
"""Documents that keep a body read from the store, the most recently read: more than a stream
reads ahead for its worker processes (`tui.core.library`), so each body is read once, and 8 MB
at most."""


class Snapshot:
    """The parsed files of the cache, and the `BodyStore` of the documents listed from them: a
    document recalled holds its metadata only and reads its body from here when asked."""

    def __init__(self, cache: AnnotationCache) -> None:
        self.cache = cache
        self._fresh: list[tuple[str, int, int, str, str, bytes | None]] = []
        self._holding: dict[int, Document] = {}
        """The documents holding a body read from here, the latest last (by `id`: a document
        is no dict key)."""
        self._lock = threading.Lock()

    def recall(self, path: Path, status: os.stat_result) -> Parsed | None:
        """What the file parsed into, when its size and modification time are unchanged."""
        return self.recall_many([(str(path), status)]).get(str(path))

    def recall_many(self, files: list[tuple[str, os.stat_result]]) -> dict[str, Parsed]:
        """`recall` for a window of files, looked up together (their listings decoded as one
        JSON text)."""
        keys = _absolute([path for path, _status in files])
        stored = self.cache.parsed(list(keys.values()))
        unchanged = []
        for path, status in files:
            row = stored.get(keys[path])
            if row is not None and row[:2] == (status.st_size, status.st_mtime_ns):
                unchanged.append((path, row[3]))
        listings = json.loads("[" + ",".join(listing for _path, listing in unchanged) + "]")
        found: dict[str, Parsed] = {}
        for (path, _listing), rows in zip(unchanged, listings, strict=True):
            parsed = _parsed(rows, path, self)
            if parsed is not None:
                found[path] = parsed
        return found

    def recall_content(self, path: Path, status: os.stat_result, data: bytes) -> Parsed | None:
        """What the same bytes parsed into under a stat that changed (remembering the new one)."""
        key = os.path.abspath(path)
        stored = self.cache.parsed([key]).get(key)
        if stored is None or stored[2] != digest(data):
            return None
        found = from_json(stored[3], str(path), self)
        if found is not None:
            self._keep((key, status.st_size, status.st_mtime_ns, stored[2], stored[3], None))
        return found

    def remember(self, path: Path, status: os.stat_result, data: bytes, parsed: Parsed) -> None:
        """Keep what a file just parsed into; its documents hold their bodies as if read from
        here (let go when many more are read)."""
        self.keep(path, status.st_size, status.st_mtime_ns, digest(data), *to_json(parsed))
        for document in parsed:
            if isinstance(document, Document):
                document.stored_in(self)
                self._hold(document)

    def keep(
        self, path: str | Path, size: int, mtime: int, content: str, listing: str, bodies: bytes
    ) -> None:
        """What a file of that size, modification time and digest parsed into, in its stored
        form (`to_json`: a worker process parsed and encoded it)."""
        self._keep((os.path.abspath(path), size, mtime, content, listing, bodies))

    def flush(self) -> None:
        self.cache.keep_parsed(self._fresh)
        self._fresh.clear()

    def _keep(self, row: tuple[str, int, int, str, str, bytes | None]) -> None:
        self._fresh.append(row)
        if len(self._fresh) >= _BATCH:
            self.flush()

    def body(self, document: Document) -> Body:
        """The body of a document recalled from here: the stored one with its text's digest,
        else (the cache gone, the file parsed anew by another process, a row that does not
        read) the file read again, else (the file gone too) an empty one. Only the latest few
        documents that read one keep it (`_HELD`): articles opened one after another in the
        reader do not each hold their text for the rest of the session."""
        self._hold(document)
        key = os.path.abspath(document.path)
        return StoredBody(
            self.cache.bodies([key]).get(key), document.text_key, document.path, document.id
        ).body()

    def stored_bodies(self, documents: list[Document]) -> list[StoredBody]:
        """What `body` reads for each document, left undecoded and not held here: for a worker
        process that annotates them, which decodes each (`StoredBody.body`) where its text is
        needed (a query for them all; the decoding, a third of an article's cost in this
        process, goes with it)."""
        keys = [os.path.abspath(document.path) for document in documents]
        stored = self.cache.bodies(list(set(keys)))
        return [
            StoredBody(stored.get(key), document.text_key, document.path, document.id)
            for key, document in zip(keys, documents, strict=True)
        ]

    def _hold(self, document: Document) -> None:
        """Count the document among those holding a body from here, the latest; the earliest
        lets its body go when there are too many."""
        with self._lock:
            self._holding.pop(id(document), None)
            self._holding[id(document)] = document
            if len(self._holding) > _HELD:
                self._holding.pop(next(iter(self._holding))).forget()


class StoredBody(NamedTuple):
    """A document's body as the snapshot stores it: the bodies of its file (`to_json`), or None
    when none are stored, and which is its (by the digest of its text, `key`), with the file
    to read again when none is (the cache gone, the file parsed anew by another process, a row
    that does not read)."""

    stored: bytes | None
    key: str
    path: str
    ident: str

    def body(self) -> Body:
        """The body, else (the file gone too) an empty one."""
        try:
            for text, key, blocks, inline in _bodies(self.stored) if self.stored else ():
                if key == self.key:
                    return _body(text, blocks, inline)
        except (ValueError, TypeError, KeyError, IndexError, AttributeError):
            pass  # read from the file instead
        for found in load_file(Path(self.path), explicit=True):
            if isinstance(found, Document) and found.id == self.ident:
                return found.body
        return Body("", ())


def _absolute(paths: list[str]) -> dict[str, str]:
    """`os.path.abspath` of each path, normalising each folder once (a window's files share a
    few) and adding the file's name, which normalising leaves as it is."""
    here = os.getcwd()  # what `abspath` asks the system for each time
    folders: dict[str, str] = {}
    found = {}
    for path in paths:
        cut = path.rfind(os.sep) + 1
        folder, name = path[:cut], path[cut:]
        absolute = folders.get(folder)
        if absolute is None:
            absolute = folders[folder] = os.path.join(
                os.path.normpath(os.path.join(here, folder)), ""
            )
        plain = name not in ("", ".", "..") and not (os.altsep and os.altsep in name)
        found[path] = absolute + name if plain else os.path.abspath(path)
    return found


def to_json(parsed: Parsed) -> tuple[str, bytes]:
    """What a file parsed into in two parts: its listing (JSON: each document's metadata with
    its text's digest and word count, each problem) and its documents' bodies (UTF-8,
    `_bodies`), stored apart so a listing reads no text."""
    listing = [
        ["problem", item.path, item.reason]
        if isinstance(item, Problem)
        else [
            "document",
            item.id,
            item.title,
            item.path,
            item.format,
            item.encoding,
            item.date,
            item.source,
            item.author,
            item.url,
            item.record_id,
            item.headline,
            item.words,
            item.text_key,
        ]
        for item in parsed
    ]
    documents = [item for item in parsed if isinstance(item, Document)]
    bodies = [
        [
            len(item.text),
            item.text_key,
            [[b.kind, b.start, b.end, b.level] for b in item.blocks],
            [[i.kind, i.start, i.end, i.href] for i in item.inline],
        ]
        for item in documents
    ]
    texts = "".join(item.text for item in documents)
    return compact_json(listing), (compact_json(bodies) + "\n" + texts).encode(*_UTF8)


def _bodies(stored: bytes) -> Iterator[tuple[str, str, list[list[Any]], list[list[Any]]]]:
    """The (text, its digest, blocks, spans) of each body `to_json` stored: a line of JSON with
    each one's text length, text digest (what a reader of the row checks it by, not hashing the
    text again), blocks and spans, then the texts one after another. Texts are not
    JSON strings: escaping one took half the time of storing what an article parsed into, and
    decoding it back as long again. Bodies are UTF-8 bytes from the worker process that parsed
    them, through the cache, to the one that annotates them: the collection's own process, which
    hands them on, never decodes nor encodes them (7 % of its instructions an article)."""
    text = stored.decode(*_UTF8)
    at = text.index("\n") + 1
    for size, key, blocks, inline in json.loads(text[: at - 1]):
        yield text[at : at + size], key, blocks, inline
        at += size


_UTF8 = ("utf-8", "surrogatepass")
"""How bodies are encoded: a lone surrogate (a file name's undecodable byte) round-trips."""


def from_json(
    listing: str, path: str, store: BodyStore | None, bodies: bytes | None = None
) -> Parsed | None:
    """The stored parse (`to_json`): documents that read their bodies from `store` when asked,
    unless `bodies` gives them now; None when it was made for the file under another name (a
    relative path from another folder): ids and paths are what the user typed. Format and
    encoding names are interned, an id that is the path is the same string (decoded JSON makes
    a new string of each, for every document held open)."""
    return _parsed(json.loads(listing), path, store, bodies)


def _parsed(
    rows: list[list[Any]], path: str, store: BodyStore | None, bodies: bytes | None = None
) -> Parsed | None:
    found: Parsed = []
    given = _bodies(bodies) if bodies is not None else None
    for row in rows:
        if row[0] == "problem":
            found.append(Problem(row[1], row[2]))
            continue
        ident, title, where, fmt, encoding, *meta, headline, words, key = row[1:]
        if where != path:
            return None
        date, source, author, url, record_id = meta
        body = None
        if given is not None:
            text, _key, blocks, inline = next(given)
            body = _body(text, blocks, inline)
        found.append(
            Document.listed(
                store,
                key,
                words,
                where if ident == where else ident,
                title,
                where,
                intern(fmt),
                intern(encoding),
                date,
                source,
                author,
                url,
                record_id,
                headline,
                body,
            )
        )
    return found


def _body(text: str, blocks: list[list[Any]], inline: list[list[Any]]) -> Body:
    """A stored body; block and span kinds are the module's own strings (1.2 KB an article
    held open, made anew by decoded JSON). A block's row is made a tuple by `_make` once its
    kind is replaced: half the time of passing its fields to the class one by one."""
    for block in blocks:
        block[0] = _BLOCK_KINDS[block[0]]
    return Body(
        text,
        tuple(map(Block._make, blocks)),
        tuple(Inline(_INLINE_KINDS[i[0]], i[1], i[2], i[3]) for i in inline),
    )


_BLOCK_KINDS: dict[str, BlockKind] = {kind: kind for kind in get_args(BlockKind)}
_INLINE_KINDS: dict[str, InlineKind] = {kind: kind for kind in get_args(InlineKind)}
