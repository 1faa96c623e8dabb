"""Paths to Documents: walks folders, picks the reader by file type, reports what it skips.

A bad file never stops a collection from opening: it becomes a `Problem` (one line naming the file
and why) and the rest loads.
"""

from __future__ import annotations

import json
import os
import stat
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import ExitStack
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tui.core.allocation import long_lived_objects
from tui.core.cores import MAX_WORKERS, usable_cores, worker_pool
from tui.core.decoding import NotText, clean, clean_same_length, decode, printable
from tui.core.documents import Document, derive_title, digest, paragraph_blocks

if TYPE_CHECKING:
    from concurrent.futures import Executor, Future

    from tui.core.snapshot import Snapshot

FORMATS = {
    ".txt": "txt",
    ".text": "txt",
    ".md": "md",
    ".markdown": "md",
    ".html": "html",
    ".htm": "html",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
}


NOT_ARTICLES = frozenset(
    "README LICENSE LICENCE COPYING NOTICE CHANGELOG CHANGES HISTORY CONTRIBUTING AUTHORS "
    "INSTALL TODO".split()
)
"""File names (without suffix, any case) that describe a folder rather than report news: left
out of a folder, still read when named on the command line."""


@dataclass(frozen=True, slots=True)
class Problem:
    path: str
    reason: str

    def __str__(self) -> str:
        return f"skipped {self.path}: {self.reason}"


@dataclass(slots=True)
class Collection:
    name: str
    documents: list[Document] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


class MissingPath(FileNotFoundError):
    """A path named on the command line does not exist."""


def load(
    paths: Iterable[str | os.PathLike[str]],
    snapshot: Snapshot | None = None,
    listed: Callable[[list[Document]], None] | None = None,
    stop: Callable[[], bool] | None = None,
) -> Collection:
    """The collection; with a snapshot, files unchanged since it was taken are not parsed.
    `listed` hears the documents read so far once a screenful is in and every few thousand
    after (the reader shows them while the rest loads); it must copy the list it is given.
    `stop`, asked after each document, ends the loading early when it says so (a reader quitting
    while a big folder is parsed for the first time): what was parsed is kept in the snapshot."""
    found = [Path(p) for p in paths]
    for path in found:
        if not path.exists():
            raise MissingPath(str(path))
    collection = Collection(name=collection_name(found))
    with long_lived_objects():
        for document_or_problem in iter_load(found, snapshot):
            if isinstance(document_or_problem, Problem):
                collection.problems.append(document_or_problem)
                continue
            collection.documents.append(document_or_problem)
            count = len(collection.documents)
            if listed is not None and (count == _FIRST_LISTED or count % _LISTED_EVERY == 0):
                listed(collection.documents)
            if stop is not None and stop():
                break
    if snapshot is not None:
        snapshot.flush()
    return collection


_FIRST_LISTED = 100
"""Documents read before the reader is told of them: more than a screenful of the list."""
_LISTED_EVERY = 5_000


def collection_name(paths: Sequence[str | os.PathLike[str]]) -> str:
    """What the header calls the collection: the one folder's or file's name, or a count."""
    if len(paths) == 1:
        return Path(paths[0]).resolve().name or str(paths[0])
    return f"{len(paths)} paths"


def iter_load(
    paths: Iterable[Path], snapshot: Snapshot | None = None
) -> Iterator[Document | Problem]:
    """Each file's documents and problems, in order. A window of a folder that worker processes
    parse is yielded only once the next window is handed to them too, so they parse on while
    this process takes in what they sent (a window at a time, they waited for it at every
    window's end)."""
    with ExitStack() as stack:
        parsing = _Parsing(stack)
        pending: deque[_Window] = deque()
        try:
            for path in paths:
                if not path.is_dir():
                    yield from load_file(path, explicit=True, snapshot=snapshot)
                    continue
                walked = _walk(path)
                while window := list(islice(walked, _WINDOW)):
                    pending.append(parsing.start(window, snapshot))
                    while len(pending) > 1 or (pending and not pending[0].working):
                        yield from pending.popleft().results()
                while pending:
                    yield from pending.popleft().results()
        finally:
            for unread in pending:
                unread.cancel()


_WINDOW = 256
"""Files of a folder taken at a time: enough for worker processes to share, few enough that a
listing streams."""
_PARALLEL_MIN = 32
"""Markdown and HTML files in a window to parse before worker processes pay for themselves. Once
they are running, any window's go to them: a folder's last few files parsed here cost this
process the parsers' import (markdown-it and YAML, 0.1-0.2 s) for a handful of files."""
_CHUNK = 32
"""Files a worker process is sent at a time: ~10 ms of parsing, so a window is 8 tasks for 2
cores; 8 files a task left the workers waiting on the hand-offs (`list --no-cache` over 10,000
articles: 3.10-3.22 s wall, 5.5-5.8 s CPU, against 3.36-3.42 s, 5.9-6.0 s)."""


class _Parsing:
    """Markdown and HTML files not in the snapshot parsed in one process per core when there are
    many (the first open of a big folder); everything else here, in order. What the workers
    parse goes into the snapshot, and its documents read their bodies from there when first
    asked for (annotated, indexed, opened): a big folder opened for the first time is never
    held in memory whole (8 KB an article, 0.8 GB at 100,000), for 0.06 ms an article read
    back."""

    def __init__(self, stack: ExitStack) -> None:
        self.stack = stack
        self.pool: Executor | None = None

    def start(self, window: list[str | Problem], snapshot: Snapshot | None) -> _Window:
        """The window with its files that the snapshot lacks handed to worker processes."""
        costly = [
            found
            for found in window
            if isinstance(found, str) and found[found.rfind(".") :].lower() in _SNAPSHOT_SUFFIXES
        ]
        parsed = _recalled(costly, snapshot)
        costly = [path for path in costly if path not in parsed]
        chunks: list[Future[list[_ParsedFile]]] = []
        if (
            costly
            and (self.pool is not None or len(costly) >= _PARALLEL_MIN)
            and (pool := self._pool()) is not None
        ):
            chunks = [
                pool.submit(_parsed_files, costly[start : start + _CHUNK])
                for start in range(0, len(costly), _CHUNK)
            ]
        else:
            costly = []
        return _Window(window, snapshot, parsed, costly, chunks)

    def _pool(self) -> Executor | None:
        if self.pool is None and usable_cores() > 1:
            self.pool = self.stack.enter_context(worker_pool(min(usable_cores(), MAX_WORKERS)))
        return self.pool


class _Window:
    """A window of a folder's files, some being parsed by worker processes."""

    def __init__(
        self,
        window: list[str | Problem],
        snapshot: Snapshot | None,
        parsed: dict[str, list[Document | Problem]],
        costly: list[str],
        chunks: list[Future[list[_ParsedFile]]],
    ) -> None:
        self.window = window
        self.snapshot = snapshot
        self.parsed = parsed
        self.costly = costly
        self.chunks = chunks

    @property
    def working(self) -> bool:
        return bool(self.chunks)

    def cancel(self) -> None:
        for chunk in self.chunks:
            chunk.cancel()

    def results(self) -> Iterator[Document | Problem]:
        snapshot, parsed = self.snapshot, self.parsed
        if self.chunks:
            from tui.core.snapshot import from_json

            files = (found for chunk in self.chunks for found in chunk.result())
            for path, (size, mtime, digest, listing, bodies) in zip(
                self.costly, files, strict=True
            ):
                if snapshot is None or not digest:
                    parsed[path] = from_json(listing, path, snapshot, bodies) or []
                    continue
                snapshot.keep(path, size, mtime, digest, listing, bodies)
                parsed[path] = from_json(listing, path, snapshot) or []  # bodies: when asked
        for item in self.window:
            if isinstance(item, Problem):
                yield item
            elif item in parsed:
                yield from parsed[item]
            else:
                yield from load_file(Path(item), snapshot=snapshot)


def _recalled(paths: list[str], snapshot: Snapshot | None) -> dict[str, list[Document | Problem]]:
    """What the regular files unchanged since the snapshot parsed into, looked up together (the
    window yields it as is)."""
    if snapshot is None:
        return {}
    files = []
    for path in paths:
        try:
            status = os.stat(path)
        except OSError:
            continue  # `load_file` names the problem
        if stat.S_ISREG(status.st_mode):
            files.append((path, status))
    return snapshot.recall_many(files)


_ParsedFile = tuple[int, int, str, str, bytes]


def _parsed_files(names: list[str]) -> list[_ParsedFile]:
    return [_parsed_file(name) for name in names]


def _parsed_file(name: str) -> _ParsedFile:
    """In a worker process: (size, mtime, digest, what the file parses into in the snapshot's
    form: listing and bodies, which cost less to send back than pickled documents); no digest
    when it could not be read (the problem says why)."""
    from tui.core.snapshot import to_json

    path = Path(name)
    try:
        status = path.stat()
        data = path.read_bytes()
    except OSError as err:
        return 0, 0, "", *to_json([Problem(str(path), err.strerror or str(err))])
    fmt = FORMATS[path.suffix.lower()]
    parsed = to_json(list(_parse(path, fmt, data)))
    return status.st_size, status.st_mtime_ns, digest(data), *parsed


def _walk(folder: Path) -> Iterator[str | Problem]:
    """The files to read, sorted; a subfolder that cannot be listed (permission denied) is a
    Problem, where `os.walk` alone would pass over it in silence. Symbolic links to folders are
    not followed, so a link loop ends. Paths are strings (a Path each cost 0.3 s at 100,000
    files), made Paths only for the files parsed here."""
    unlisted: list[OSError] = []
    for root, dirs, files in os.walk(folder, onerror=unlisted.append):
        yield from _unlisted(unlisted, root)
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        here = str(Path(root))  # as a Path would spell it: `news/a.md`, not `./news/a.md`
        prefix = os.path.join(here, "") if here != "." else ""  # joined once a folder
        for name in sorted(files):
            # `os.path.splitext` of a name that does not start with a dot, without its call
            stem, dot, suffix = name.rpartition(".")
            if (
                dot
                and not name.startswith(".")
                and dot + suffix.lower() in FORMATS
                and stem.upper() not in NOT_ARTICLES
            ):
                yield prefix + name
    yield from _unlisted(unlisted, str(folder))


def _unlisted(errors: list[OSError], fallback: str) -> Iterator[Problem]:
    while errors:
        err = errors.pop(0)
        yield Problem(str(err.filename or fallback), err.strerror or str(err))


def load_file(
    path: Path, explicit: bool = False, snapshot: Snapshot | None = None
) -> Iterator[Document | Problem]:
    """Documents from one file; a file named explicitly with an unknown suffix is read as text.

    A pipe is read only when named explicitly (`<(command)`): found in a folder, or a device,
    reading it could wait or run for ever. Markdown and HTML, costly to parse, are remembered in
    the snapshot when there is one."""
    fmt = FORMATS.get(path.suffix.lower(), "txt" if explicit else None)
    if fmt is None:
        return
    try:
        status = path.stat()
        if not stat.S_ISREG(status.st_mode) and not (explicit and stat.S_ISFIFO(status.st_mode)):
            yield Problem(str(path), "not a file")
            return
        if snapshot is not None and fmt in _SNAPSHOT and (found := snapshot.recall(path, status)):
            yield from found
            return
        data = path.read_bytes()
    except OSError as err:
        yield Problem(str(path), err.strerror or str(err))
        return
    if snapshot is None or fmt not in _SNAPSHOT:
        yield from _parse(path, fmt, data)
        return
    found = snapshot.recall_content(path, status, data)
    if found is None:
        found = list(_parse(path, fmt, data))
        snapshot.remember(path, status, data, found)
    yield from found


_SNAPSHOT = frozenset(("md", "html"))
"""Formats worth remembering parsed: plain text and JSON Lines read about as fast as a lookup."""
_SNAPSHOT_SUFFIXES = frozenset(suffix for suffix, fmt in FORMATS.items() if fmt in _SNAPSHOT)
"""The suffixes of those formats: what a walked file's name ends with (`_walk` took only names
with a suffix of `FORMATS`)."""


def _parse(path: Path, fmt: str, data: bytes) -> Iterator[Document | Problem]:
    if not data.strip():
        yield Problem(str(path), "empty file")
        return
    try:
        source, encoding = decode(data)
    except NotText as err:
        yield Problem(str(path), str(err))
        return
    if fmt == "jsonl":
        yield from _jsonl(path, source, encoding)
        return
    source = clean(source)
    try:
        document = _READERS[fmt](path, source, encoding)
    except ValueError as err:
        yield Problem(str(path), str(err))
        return
    if not document.text.strip():
        yield Problem(str(path), "no article text")
        return
    yield document


def _txt(path: Path, source: str, encoding: str) -> Document:
    """The first line is the title; a headline line is left out of the text unless it is the
    only line (a one-line file is an article of that line)."""
    title, is_headline = derive_title(source)
    text = source
    if is_headline and source.strip() != title:
        first = source.index(title)
        text = " " * (first + len(title)) + source[first + len(title) :]
        text = text.lstrip()
    return Document(
        id=str(path),
        title=title or path.stem,
        text=text,
        blocks=paragraph_blocks(text),
        path=str(path),
        format="txt",
        encoding=encoding,
        headline=is_headline,
    )


def _md(path: Path, source: str, encoding: str) -> Document:
    from tui.core import markup  # markdown-it costs 30 ms to import; only Markdown files pay it

    rendered = markup.render(source)
    text, blocks = rendered.text, rendered.blocks
    title = rendered.front_matter.get("title", "")
    if not title and blocks and blocks[0].kind == "heading":
        title = text[blocks[0].start : blocks[0].end]
    headline = bool(title)
    if not title:
        title, headline = derive_title(text)
    meta = rendered.front_matter
    return Document(
        id=str(path),
        title=title or path.stem,
        text=text,
        blocks=blocks,
        path=str(path),
        format="md",
        encoding=encoding,
        date=meta.get("date"),
        source=meta.get("source"),
        author=meta.get("author"),
        url=meta.get("url"),
        inline=rendered.inline,
        headline=headline,
    )


def _html(path: Path, source: str, encoding: str) -> Document:
    from tui.core import htmltext

    article = htmltext.extract(source)
    if not article.text.strip():
        raise ValueError("no article text in HTML")
    title, headline = (article.title, True) if article.title else derive_title(article.text)
    meta = article.meta
    return Document(
        id=str(path),
        title=clean(title),
        text=clean(article.text),
        blocks=article.blocks,
        path=str(path),
        format="html",
        encoding=encoding,
        date=_field(meta, "date"),
        source=_field(meta, "source"),
        author=_field(meta, "author"),
        url=_field(meta, "url"),
        inline=article.inline,
        headline=headline,
    )


_READERS = {"txt": _txt, "md": _md, "html": _html}


def _jsonl(path: Path, source: str, encoding: str) -> Iterator[Document | Problem]:
    """Each record with a text as a document, each bad line as a problem; a file in which no
    line is an article (a manifest, an index of files) is one problem, not one per line."""
    held: list[Problem] = []
    articles = False
    for found in _records(path, source, encoding):
        if isinstance(found, Document):
            articles = True
            yield from held
            held.clear()
            yield found
        elif articles:
            yield found
        else:
            held.append(found)
    if held:
        yield Problem(str(path), 'not articles: no line is a record with a "text" field')


def _records(path: Path, source: str, encoding: str) -> Iterator[Document | Problem]:
    for number, line in enumerate(_lines(source), start=1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as err:
            yield Problem(where, f"invalid JSON ({err.msg})")
            continue
        except RecursionError:
            yield Problem(where, "invalid JSON (nested too deeply)")
            continue
        if (
            not isinstance(record, dict)
            or not isinstance(record.get("text"), str)
            or not record["text"].strip()
        ):
            yield Problem(where, 'no "text" field')
            continue
        yield document_from_record(record, str(path), number, encoding)


def _lines(source: str) -> Iterator[str]:
    """The lines of a JSON Lines text one at a time, so a 500 MB file is not held twice. Only
    `\n` ends a line (a `\r` before it is JSON whitespace), not the other breaks `splitlines`
    knows, which JSON allows raw inside strings."""
    start = 0
    while start < len(source):
        end = source.find("\n", start)
        if end < 0:
            end = len(source)
        yield source[start:end]
        start = end + 1


def document_from_record(
    record: dict[str, Any], path: str, number: int, encoding: str = "utf-8"
) -> Document:
    """One JSON Lines record as a Document; the text keeps its length, so offsets match the
    record's."""
    text = clean_same_length(record["text"])
    ident = record.get("id")
    ident = str(ident) if ident is not None else str(number)
    given = _field(record, "title")
    title, headline = (given, True) if given else derive_title(text)
    return Document(
        id=f"{path}#{ident}",
        title=clean(title),
        text=text,
        blocks=paragraph_blocks(text),
        path=path,
        format="jsonl",
        encoding=encoding,
        date=_field(record, "date"),
        source=_field(record, "source") or _field(record, "publisher"),
        author=_field(record, "author"),
        url=_field(record, "url"),
        record_id=ident,
        headline=headline,
    )


def _field(record: dict[str, Any], key: str) -> str | None:
    """A metadata field as clean one-line text, or None when absent or empty."""
    value = record.get(key)
    if value is None or value == "":
        return None
    return printable(str(value)).strip() or None
