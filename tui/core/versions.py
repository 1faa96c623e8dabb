"""Versions of what the cache stores, as digests of the code and data that make each thing.

A stored annotation is only as good as the annotator that made it, and a stored parse as the
loaders that made it: each is keyed by a digest of exactly the modules it comes from (the
modules a root imports, followed through `tui.core`) and their data files, so a change there
starts that part afresh, and a change anywhere else (the library, the cache, the reader) keeps
it. Re-annotating 100,000 articles takes minutes; a cache dropped for an edit of the cache's own
code would cost that for nothing.

Imports are read from the source, so nothing is imported to compute a version, and an import
under `if TYPE_CHECKING:` does not count (it runs nothing).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Iterator
from functools import cache
from pathlib import Path

_CORE = Path(__file__).resolve().parent
_PACKAGE = "tui.core"


@cache
def _modules(core: Path) -> dict[str, Path]:
    """Every module and package of `tui.core` (in the folder `core`) by name, with its source
    file."""
    found = {}
    for path in core.rglob("*.py"):
        parts = path.relative_to(core).with_suffix("").parts
        if parts[-1] == "__init__":
            parts = parts[:-1]
        found[".".join((_PACKAGE, *parts))] = path
    return found


def closure(roots: Iterable[str]) -> list[Path]:
    """The source files of the `roots` modules and of every `tui.core` module they import,
    directly or not (packages' `__init__` included: importing a submodule runs them), sorted."""
    modules = _modules(_CORE)
    seen: set[str] = set()
    pending = list(roots)
    while pending:
        module = pending.pop()
        if module in seen or module not in modules:
            continue
        seen.add(module)
        parts = module.split(".")
        pending.extend(".".join(parts[:end]) for end in range(2, len(parts)))
        pending.extend(_imports(modules[module]))
    return sorted(modules[module] for module in seen)


@cache
def _imports(path: Path) -> tuple[str, ...]:
    """The modules a file imports (for `from x import y`, both x and x.y, since y may be a
    submodule), those under `if TYPE_CHECKING:` left out. Matched, not parsed: every start
    computes the versions, and parsing `tui/core` takes half a second. (Imports in `tui` are
    absolute.) Read once a file for the three versions, as bytes (imports are ASCII), and
    matched only at the lines where `import` is written: tried at every line of the sources,
    the patterns were two thirds of a start's time spent on versions."""
    source = path.read_bytes()
    if b"TYPE_CHECKING:" in source:
        source = _TYPE_CHECKING.sub(b"", source)
    found: list[str] = []
    for match in _import_statements(source):
        if match["names"]:
            found.extend(name.strip().decode() for name in match["names"].split(b","))
            continue
        base = match["base"].decode()
        found.append(base)
        names = (name.split() for name in match["what"].strip(b"()").split(b","))
        found.extend(f"{base}.{name[0].decode()}" for name in names if name)
    return tuple(found)


def _import_statements(source: bytes) -> Iterator[re.Match[bytes]]:
    """`_IMPORT.finditer(source)`, tried only at the start of each line holding `import` (a
    match starts a line and holds the word), the search going on at the line after it."""
    at = source.find(b"import")
    while at >= 0:
        match = _IMPORT.match(source, source.rfind(b"\n", 0, at) + 1)
        if match is not None:
            yield match
            at = match.end()
        at = source.find(b"\n", at) + 1
        at = source.find(b"import", at) if at > 0 else -1


_TYPE_CHECKING = re.compile(
    rb"^([ \t]*)if (?:typing\.)?TYPE_CHECKING:.*\n(?:(?:\1[ \t]+.*|[ \t]*)(?:\n|$))*", re.MULTILINE
)
_IMPORT = re.compile(
    rb"^[ \t]*(?:import[ \t]+(?P<names>[\w.]+(?:[ \t]*,[ \t]*[\w.]+)*)"
    rb"|from[ \t]+(?P<base>[\w.]+)[ \t]+import[ \t]+(?P<what>\([^)]*\)|.*))",
    re.MULTILINE,
)


def digest(files: Iterable[Path], *extra: str) -> str:
    """A digest of the files (their place under `tui/core` and their bytes) and extra words."""
    hashed = hashlib.blake2b(digest_size=12)
    for path in files:
        hashed.update(path.relative_to(_CORE).as_posix().encode() + b"\0")
        hashed.update(path.read_bytes())
    for word in extra:
        hashed.update(b"\0" + word.encode())
    return hashed.hexdigest()


def _data_files() -> list[Path]:
    """The annotator's data (gazetteer, names, the ranker's weights): read by the finders."""
    return sorted(path for path in (_CORE / "data").iterdir() if path.is_file())


@cache
def annotator_version() -> str:
    """What a stored annotation was made by: the annotator's modules and its data."""
    return digest([*closure(["tui.core.annotation"]), *_data_files()])


@cache
def parser_version() -> str:
    """What a stored parse was made by: the loaders and the snapshot's stored form."""
    return digest(closure(["tui.core.loading", "tui.core.snapshot", "tui.core.markup"]))


@cache
def search_version() -> str:
    """What a saved quote index was made by, besides the annotations it holds: the search
    package (its records, words, file layout)."""
    return digest(closure(["tui.core.search", "tui.core.search.saved"]))
