"""What each file of a collection parsed into, remembered between runs: an unchanged folder is
listed without parsing a single Markdown or HTML file again.

A file is looked up by its absolute path: an unchanged size and modification time reuse what it
parsed into without reading it; a changed stat reads the bytes and reuses the parse when their
digest is the same (a `touch`, a copy), else parses anew. Entries live in the annotation cache's
database, so `--cache`/`--no-cache` and its fault handling cover them too.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from sys import intern
from typing import TYPE_CHECKING, get_args

from tui.core.documents import Block, BlockKind, Document, Inline, InlineKind
from tui.core.loading import Problem

if TYPE_CHECKING:
    from tui.core.cache import AnnotationCache

Parsed = list[Document | Problem]

_BATCH = 200


class Snapshot:
    def __init__(self, cache: AnnotationCache) -> None:
        self.cache = cache
        self._fresh: list[tuple[str, int, int, str, str]] = []

    def recall(self, path: Path, status: os.stat_result) -> Parsed | None:
        """What the file parsed into, when its size and modification time are unchanged."""
        return self.recall_many([(path, status)]).get(path)

    def recall_many(self, files: list[tuple[Path, os.stat_result]]) -> dict[Path, Parsed]:
        """`recall` for a window of files, looked up together."""
        keys = {path: os.path.abspath(path) for path, _status in files}
        stored = self.cache.parsed(list(keys.values()))
        found: dict[Path, Parsed] = {}
        for path, status in files:
            row = stored.get(keys[path])
            if row is not None and row[:2] == (status.st_size, status.st_mtime_ns):
                parsed = from_json(row[3], str(path))
                if parsed is not None:
                    found[path] = parsed
        return found

    def recall_content(self, path: Path, status: os.stat_result, data: bytes) -> Parsed | None:
        """What the same bytes parsed into under a stat that changed (remembering the new one)."""
        key = os.path.abspath(path)
        stored = self.cache.parsed([key]).get(key)
        if stored is None or stored[2] != digest(data):
            return None
        found = from_json(stored[3], str(path))
        if found is not None:
            self._keep((key, status.st_size, status.st_mtime_ns, stored[2], stored[3]))
        return found

    def remember(self, path: Path, status: os.stat_result, data: bytes, parsed: Parsed) -> None:
        self.keep(path, status.st_size, status.st_mtime_ns, digest(data), to_json(parsed))

    def keep(self, path: Path, size: int, mtime: int, content: str, stored: str) -> None:
        """What a file of that size, modification time and digest parsed into, in its stored
        form (`to_json`: a worker process parsed and encoded it)."""
        self._keep((os.path.abspath(path), size, mtime, content, stored))

    def flush(self) -> None:
        self.cache.keep_parsed(self._fresh)
        self._fresh.clear()

    def _keep(self, row: tuple[str, int, int, str, str]) -> None:
        self._fresh.append(row)
        if len(self._fresh) >= _BATCH:
            self.flush()


def digest(data: bytes) -> str:
    """What a file's bytes are compared by when its stat changed."""
    return hashlib.blake2b(data, digest_size=16).hexdigest()


def to_json(parsed: Parsed) -> str:
    return json.dumps(
        [
            ["problem", item.path, item.reason]
            if isinstance(item, Problem)
            else [
                "document",
                item.id,
                item.title,
                item.text,
                [[b.kind, b.start, b.end, b.level] for b in item.blocks],
                item.path,
                item.format,
                item.encoding,
                item.date,
                item.source,
                item.author,
                item.url,
                item.record_id,
                [[i.kind, i.start, i.end, i.href] for i in item.inline],
                item.headline,
                item.words,
            ]
            for item in parsed
        ],
        separators=(",", ":"),
        ensure_ascii=False,
    )


def from_json(data: str, path: str) -> Parsed | None:
    """The stored parse (`to_json`), or None when it was made for the file under another name
    (a relative path from another folder): ids and paths are what the user typed. Block and
    span kinds are the module's own strings (decoded JSON makes a new one of each: 1.2 KB an
    article held open)."""
    found: Parsed = []
    for row in json.loads(data):
        if row[0] == "problem":
            found.append(Problem(row[1], row[2]))
            continue
        ident, title, text, blocks, where, fmt, encoding, *meta, inline, headline, words = row[1:]
        if where != path:
            return None
        date, source, author, url, record_id = meta
        found.append(
            Document(
                ident,
                title,
                text,
                tuple(Block(_BLOCK_KINDS[b[0]], b[1], b[2], b[3]) for b in blocks),
                where,
                intern(fmt),
                intern(encoding),
                date,
                source,
                author,
                url,
                record_id,
                tuple(Inline(_INLINE_KINDS[i[0]], i[1], i[2], i[3]) for i in inline),
                headline,
                word_count=words,
            )
        )
    return found


_BLOCK_KINDS: dict[str, BlockKind] = {kind: kind for kind in get_args(BlockKind)}
_INLINE_KINDS: dict[str, InlineKind] = {kind: kind for kind in get_args(InlineKind)}
