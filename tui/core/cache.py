"""A persistent cache of annotations, so a collection is annotated once, not on every start, and
of parsed files (`tui.core.snapshot`), so an unchanged folder is not parsed again either.

Annotations are keyed by a hash of the document text and of the annotator itself (the modules it
imports and its data files), parsed files by the loaders' own modules (`tui.core.versions`), so
changing either simply misses, and a change to anything else (this module, the library, search)
keeps both. SQLite from the standard library holds them; any failure
to open or write (read-only disk, full disk, locked file) turns the cache off, never the app.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Iterable
from dataclasses import fields
from itertools import starmap
from operator import attrgetter
from pathlib import Path
from sys import intern
from typing import TYPE_CHECKING, Any, get_args

from tui.core.compact_json import compact_json
from tui.core.documents import text_key
from tui.core.model import Annotation, Person, PersonMention, PlaceMention, Quote, QuoteKind
from tui.core.versions import annotator_version, parser_version, search_version
from tui.resources import user_dir

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

    from tui.core.search import QuoteIndex

_INDEXES_KEPT = 8
"""Saved quote indexes kept beside the cache (one per collection), the most recent."""


_STORED_FORM = 1
"""The layout `to_json` writes: a new layout takes a new number, so rows of the old one miss."""


def to_json(annotation: Annotation) -> str:
    """Each record as a row of its fields in declaration order: about ten times faster than
    `dataclasses.asdict`, and the annotator's version in every key keeps rows and fields in step."""
    return compact_json(
        [
            list(map(_QUOTE, annotation.quotes)),
            list(map(_PERSON, annotation.people)),
            list(map(_MENTION, annotation.mentions)),
            list(map(_PLACE, annotation.places)),
            list(map(_QUOTE, annotation.terms)),
        ]
    )


def from_json(data: str) -> Annotation:
    """An annotation from `to_json`. The words that recur across articles (a quote's kind and
    rule, people's names and roles, place names) are interned: decoded JSON makes a new string
    of each, 2-3 KB an article held open."""
    quotes, people, mentions, places, terms = json.loads(data)
    return Annotation(
        quotes=list(map(_quote, quotes)),
        people=[
            Person(number, intern(name), tuple(map(intern, aliases)), role and intern(role))
            for number, name, aliases, role in people
        ],
        mentions=list(starmap(PersonMention, mentions)),
        places=[PlaceMention(start, end, intern(name)) for start, end, name in places],
        terms=list(map(_quote, terms)),
    )


def _quote(row: list[Any]) -> Quote:
    return Quote(
        row[0],
        row[1],
        row[2],
        row[3],
        _QUOTE_KINDS[row[4]],
        row[5],
        row[6],
        row[7],
        row[8],
        row[9],
        row[10] and intern(row[10]),
    )


_QUOTE_KINDS: dict[str, QuoteKind] = {kind: kind for kind in get_args(QuoteKind)}


def _fields(record_type: type[DataclassInstance]) -> attrgetter[tuple[Any, ...]]:
    return attrgetter(*(field.name for field in fields(record_type)))


_QUOTE = _fields(Quote)
_PERSON = _fields(Person)
_MENTION = _fields(PersonMention)
_PLACE = _fields(PlaceMention)


class AnnotationCache:
    def __init__(self, path: Path | None = None) -> None:
        self.path = path or user_dir("cache") / "annotations.sqlite3"
        self._lock = threading.Lock()
        self._versions = {
            "annotation": f"{annotator_version()}.{_STORED_FORM}",
            "parsed": parser_version(),
            "body": parser_version(),
        }
        """What made each table's entries: a key holds its table's version."""
        self._index_version = f"{self._versions['annotation']}+{search_version()}"
        self.problem: str | None = None
        """What went wrong with the cache, once, for the user: the app goes on without it (or
        with a rebuilt one) either way."""
        try:
            self._db: sqlite3.Connection | None = self._open()
        except sqlite3.DatabaseError as err:
            if "not a database" not in str(err) and "malformed" not in str(err):
                self._off(err)
                return
            aside = self.path.with_name(self.path.name + ".corrupt")
            try:
                self.path.replace(aside)
                self._db = self._open()
            except (OSError, sqlite3.Error) as again:
                self._off(again)
                return
            self.problem = f"the annotation cache was corrupt: rebuilt (old file kept as {aside})"
        except OSError as err:
            self._off(err)

    def _open(self) -> sqlite3.Connection:
        """The database, created if missing, entries of other annotator versions dropped (once:
        the version that last dropped them is remembered). Write-ahead logging lets two
        newsreader processes read and write it at once; with it, `synchronous=NORMAL` waits for
        the disk at checkpoints only, not at every commit (a power cut may lose the last
        batches, never the database: it is a cache)."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        db = sqlite3.connect(self.path, check_same_thread=False, timeout=5)
        try:
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=NORMAL")
            db.execute(
                "CREATE TABLE IF NOT EXISTS annotation (key TEXT PRIMARY KEY, data TEXT NOT NULL)"
            )
            db.execute(
                "CREATE TABLE IF NOT EXISTS parsed (key TEXT PRIMARY KEY, size INTEGER NOT NULL,"
                " mtime INTEGER NOT NULL, digest TEXT NOT NULL, data TEXT NOT NULL)"
            )
            db.execute("CREATE TABLE IF NOT EXISTS body (key TEXT PRIMARY KEY, data BLOB NOT NULL)")
            db.execute("CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT)")
            for table, version in self._versions.items():
                written_by = db.execute("SELECT value FROM meta WHERE name = ?", (table,))
                if written_by.fetchone() != (version,):  # a scan of every row: 0.1 s at 100,000
                    db.execute(
                        f"DELETE FROM {table} WHERE substr(key, 1, ?) != ?",
                        (len(version) + 1, version + ":"),
                    )
                    db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (table, version))
            db.commit()
        except sqlite3.Error:
            db.close()
            raise
        return db

    def _report(self, problem: str) -> None:
        """Say what went wrong, once: the first problem is the one the user hears of."""
        if self.problem is None:
            self.problem = problem

    def _off(self, err: Exception) -> None:
        self._db = None
        reason = getattr(err, "strerror", None) or str(err)
        self.problem = f"annotation cache off ({self.path}: {reason}): annotating without it"

    def close(self) -> None:
        """Write the log back into the database file and let go of it."""
        with self._lock:
            if self._db is not None:
                self._db.close()
                self._db = None

    @property
    def enabled(self) -> bool:
        return self._db is not None

    def get_many(self, texts: Iterable[str]) -> dict[str, Annotation]:
        """Cached annotations by text key, for every text that has one."""
        return self.get_keyed(map(text_key, texts))

    def get_keyed(self, text_keys: Iterable[str]) -> dict[str, Annotation]:
        """Cached annotations for every text key (`text_key`) that has one (the caller keeps
        the keys it hashed: a text is hashed once)."""
        return {
            key: annotation
            for key, data in self._rows("annotation", "data", text_keys)
            if (annotation := _parse(data)) is not None
        }

    def stored_keys(self, text_keys: Iterable[str]) -> set[str]:
        """The text keys that have an annotation stored, without reading it (what a stream
        must compute, known before it reads the rest a window at a time)."""
        return {key for key, _ in self._rows("annotation", "NULL", text_keys)}

    def _rows(self, table: str, columns: str, keys: Iterable[str]) -> list[tuple[Any, ...]]:
        """(key, *columns) of this version's rows of `table` among the keys, 500 keys a
        query."""
        prefix = self._key(table, "")
        wanted = [prefix + key for key in keys]
        found: list[tuple[Any, ...]] = []
        with self._lock:
            if self._db is None:
                return []
            try:
                for start in range(0, len(wanted), 500):
                    chunk = wanted[start : start + 500]
                    marks = ",".join("?" * len(chunk))
                    found += self._db.execute(  # the key without its version, as asked
                        f"SELECT substr(key, {len(prefix) + 1}), {columns} FROM {table}"
                        f" WHERE key IN ({marks})",
                        chunk,
                    )
            except sqlite3.Error as err:
                self._off(err)
        return found

    def put_many(self, items: Iterable[tuple[str, Annotation]]) -> None:
        self.put_keyed((text_key(text), to_json(annotation)) for text, annotation in items)

    def put_keyed(self, items: Iterable[tuple[str, str]]) -> None:
        """Annotations by text key, already in their stored form (`to_json`: a worker process
        made it)."""
        rows = [(self._key("annotation", key), data) for key, data in items]
        self._write("INSERT OR REPLACE INTO annotation (key, data) VALUES (?, ?)", rows)

    def _write(self, statement: str, rows: list[tuple[Any, ...]]) -> None:
        """Rows written at once; a write another process holds up is skipped (it is only a
        cache), a full or read-only disk turns the cache off."""
        with self._lock:
            if self._db is None or not rows:
                return
            try:
                self._db.executemany(statement, rows)
                self._db.commit()
            except sqlite3.OperationalError as err:
                if "locked" not in str(err) and "busy" not in str(err):
                    self._off(err)
            except sqlite3.Error as err:
                self._off(err)

    def parsed(self, paths: list[str]) -> dict[str, tuple[int, int, str, str]]:
        """(size, mtime in ns, content digest, listing) stored for each of the files that has
        an entry (`tui.core.snapshot`), looked up together (one query per few hundred files,
        not one each)."""
        return {
            path: (size, mtime, digest, data)
            for path, size, mtime, digest, data in self._rows(
                "parsed", "size, mtime, digest, data", paths
            )
        }

    def bodies(self, paths: list[str]) -> dict[str, bytes]:
        """The stored bodies of the documents each file parsed into (`snapshot.to_json`)."""
        return dict(self._rows("body", "data", paths))

    def keep_parsed(self, rows: Iterable[tuple[str, int, int, str, str, bytes | None]]) -> None:
        """Store (path, size, mtime in ns, digest, listing, bodies) for files just parsed (no
        bodies: the ones stored are still the file's, only its stat changed)."""
        rows = list(rows)
        self._write(
            "INSERT OR REPLACE INTO parsed (key, size, mtime, digest, data) VALUES (?, ?, ?, ?, ?)",
            [(self._key("parsed", path), *rest) for path, *rest, _bodies in rows],
        )
        self._write(
            "INSERT OR REPLACE INTO body (key, data) VALUES (?, ?)",
            [(self._key("body", path), bodies) for path, *_, bodies in rows if bodies is not None],
        )

    def _key(self, table: str, key: str) -> str:
        return f"{self._versions[table]}:{key}"

    def saved_index(self, name: str) -> tuple[QuoteIndex, dict[str, str]] | None:
        """The quote index saved for the collection `name` (`tui.core.search.saved`), with
        each document's stamp; None when none is saved for this annotator version, or when the
        saved one does not read (reported once: the caller builds it again)."""
        from tui.core.search.saved import UnreadableIndex, read_index

        if self._db is None:
            return None
        path = self._index_path(name)
        try:
            return read_index(path, self._index_version)
        except (UnreadableIndex, OSError) as err:
            reason = getattr(err, "strerror", None) or str(err)
            self._report(f"the saved quote index did not read ({path}: {reason}): rebuilt")
            return None

    def save_index(self, name: str, index: QuoteIndex, stamps: dict[str, str]) -> None:
        """Save the quote index for the collection `name`, in a folder beside the database
        (why a file: `tui.core.search.saved`); only the most recent few collections keep one."""
        from tui.core.search.saved import write_index

        if self._db is None:
            return
        path = self._index_path(name)
        try:
            write_index(path, index, stamps, self._index_version)
        except OSError as err:
            self._report(f"quote index not saved ({path}: {err.strerror or err})")
            return
        _keep_newest(path.parent, "*.index", _INDEXES_KEPT)

    def _index_path(self, name: str) -> Path:
        return self.path.with_name(self.path.name + ".quotes") / f"{name}.index"


def _keep_newest(folder: Path, pattern: str, kept: int) -> None:
    """Delete all but the `kept` most recently written files of the pattern (another process
    may be deleting them too: a file already gone is no fault)."""
    written = []
    for path in folder.glob(pattern):
        try:
            written.append((path.stat().st_mtime_ns, path))
        except OSError:
            continue
    for _, path in sorted(written)[:-kept]:
        try:
            path.unlink(missing_ok=True)
        except OSError:
            continue


def _parse(data: str) -> Annotation | None:
    """A stored annotation, or None for an entry that no longer reads (treated as a miss)."""
    try:
        return from_json(data)
    except (ValueError, TypeError, KeyError):
        return None
