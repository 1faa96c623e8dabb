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
from collections.abc import Iterable
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


def _imports(path: Path) -> tuple[str, ...]:
    """The modules a file imports (for `from x import y`, both x and x.y, since y may be a
    submodule), those under `if TYPE_CHECKING:` left out. Matched, not parsed: every start
    computes the versions, and parsing `tui/core` takes half a second. (Imports in `tui` are
    absolute.)"""
    source = _TYPE_CHECKING.sub("", path.read_text(encoding="utf-8"))
    found: list[str] = []
    for match in _IMPORT.finditer(source):
        if match["names"]:
            found.extend(name.strip() for name in match["names"].split(","))
            continue
        base = match["base"]
        found.append(base)
        names = (name.split() for name in match["what"].strip("()").split(","))
        found.extend(f"{base}.{name[0]}" for name in names if name)
    return tuple(found)


_TYPE_CHECKING = re.compile(
    r"^([ \t]*)if (?:typing\.)?TYPE_CHECKING:.*\n(?:(?:\1[ \t]+.*|[ \t]*)(?:\n|$))*", re.MULTILINE
)
_IMPORT = re.compile(
    r"^[ \t]*(?:import[ \t]+(?P<names>[\w.]+(?:[ \t]*,[ \t]*[\w.]+)*)"
    r"|from[ \t]+(?P<base>[\w.]+)[ \t]+import[ \t]+(?P<what>\([^)]*\)|.*))",
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
