"""A quote index as one file: its columns (`QuoteIndex.write`) written as they lie in memory.

Why not pickle: a pickle of a million `QuoteRecord`s loads only ~2.7x faster than indexing them
again. The index is columns instead (`record_table`): arrays are written as their raw bytes and
read back as views of the mapped file (no copy: resident only where searches read, the first
change copies them), lists of strings as JSON; at a million quotes that loads in a fraction of
a second. Why a file beside the SQLite cache rather than a row in it: at a million quotes it is
~280 MB (a few million would pass SQLite's 1 GB limit for one value, and the WAL would write it
twice), it can be mapped, and a file written aside and renamed into place is replaced whole, so
another process reading it meets the old index or the new one, never half of each, and a
process holding the old one mapped keeps reading it (a file is never written in place: one cut
short under a mapping would fault its reader).

Layout: `MAGIC`, the header's length (8 bytes, little-endian), the header (JSON: the annotator
version, the byte order, and per column its name, kind, type code and length), then the columns
one after another. A file that does not read as exactly that (truncated, overwritten, columns
that do not fit together) raises `UnreadableIndex`. Numbers are not checked one by one (a
checksum of 280 MB would cost a third of the load): damage that keeps every length intact is
not caught, which the rename into place makes a matter of a failing disk.
"""

from __future__ import annotations

import json
import mmap
import os
import sys
import tempfile
from array import array
from pathlib import Path
from typing import BinaryIO, Literal

from tui.core.search.index import QuoteIndex
from tui.core.search.record_table import Columns

MAGIC = b"newsreader quote index 1\n"
_LENGTH = 8
_TYPECODES: dict[str, Literal["B", "I", "Q", "q"]] = {"B": "B", "I": "I", "Q": "Q", "q": "q"}
"""The array type codes the columns use (a view of the file is cast to one)."""


class UnreadableIndex(Exception):
    """The file is not a whole saved index (truncated, overwritten, from another machine)."""


def write_index(path: Path, index: QuoteIndex, stamps: dict[str, str], version: str) -> None:
    """Save the index with the stamp of each document in it (what the caller tells a changed
    document by), replacing any saved before; OSError when the folder cannot take it."""
    extra: Columns = {"stamped": list(stamps), "stamps": list(stamps.values())}
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        with os.fdopen(handle, "wb") as out:
            index.write(lambda columns: _write(out, columns | extra, version))
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def read_index(path: Path, version: str) -> tuple[QuoteIndex, dict[str, str]] | None:
    """The saved index and its documents' stamps; None when nothing is saved for this annotator
    `version` (a missing file, an older version). UnreadableIndex when the file is damaged,
    OSError when it cannot be read."""
    try:
        handle = path.open("rb")
    except FileNotFoundError:
        return None
    with handle:
        size = os.fstat(handle.fileno()).st_size
        if size == 0:
            raise UnreadableIndex("empty file")
        mapped = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
    columns = _read(memoryview(mapped), version)
    if columns is None:
        return None
    try:
        stamps = dict(zip(columns.pop("stamped"), columns.pop("stamps"), strict=True))
        return QuoteIndex.from_columns(columns), stamps
    except (ValueError, KeyError, TypeError, IndexError) as err:
        raise UnreadableIndex(str(err)) from err


def _write(out: BinaryIO, columns: Columns, version: str) -> None:
    listed = []
    payloads: list[bytes | bytearray | memoryview] = []
    for name, value in columns.items():
        if isinstance(value, array):
            payload: bytes | bytearray | memoryview = memoryview(value).cast("B")
            listed.append([name, "array", value.typecode, len(payload)])
        elif isinstance(value, bytes | bytearray):
            payload = value
            listed.append([name, "bytes", "", len(payload)])
        else:
            payload = json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode(
                "utf-8", "surrogatepass"
            )
            listed.append([name, "json", "", len(payload)])
        payloads.append(payload)
    header = json.dumps(
        {"version": version, "byteorder": sys.byteorder, "columns": listed}
    ).encode()
    out.write(MAGIC + len(header).to_bytes(_LENGTH, "little") + header)
    for payload in payloads:
        out.write(payload)


def _read(data: memoryview, version: str) -> Columns | None:
    start = len(MAGIC) + _LENGTH
    if bytes(data[: len(MAGIC)]) != MAGIC or len(data) < start:
        raise UnreadableIndex("not a saved quote index")
    length = int.from_bytes(data[len(MAGIC) : start], "little")
    try:
        header = json.loads(bytes(data[start : start + length]))
        if header["version"] != version or header["byteorder"] != sys.byteorder:
            return None
        listed = [(str(n), str(k), str(t), int(size)) for n, k, t, size in header["columns"]]
    except (ValueError, KeyError, TypeError) as err:
        raise UnreadableIndex(f"header: {err}") from err
    position = start + length
    if position + sum(size for *_, size in listed) != len(data):
        raise UnreadableIndex("its length is not what its header says")
    columns: Columns = {}
    for name, kind, typecode, size in listed:
        chunk = data[position : position + size]
        try:
            if kind == "array":
                columns[name] = chunk.cast(_TYPECODES[typecode])  # read in place, not copied
            elif kind == "bytes":
                columns[name] = bytearray(chunk)
            else:
                columns[name] = json.loads(str(chunk, "utf-8", "surrogatepass"))
        except (ValueError, TypeError, KeyError, UnicodeDecodeError) as err:
            raise UnreadableIndex(f"column {name}: {err}") from err
        position += size
    return columns
