"""Versions of what the cache stores, as digests of the code and data that make each thing.

A stored annotation is only as good as the annotator that made it, and a stored parse as the
loaders that made it: each is keyed by a digest of exactly the modules it comes from (the
modules a root imports, followed through `tui.core`) and their data files, so a change there
starts that part afresh, and a change anywhere else (the library, the cache, the reader) keeps
it. Re-annotating 100,000 articles takes minutes; a cache dropped for an edit of the cache's own
code would cost that for nothing.

Imports are read from the source (`ast`), so nothing is imported to compute a version, and an
import under `if TYPE_CHECKING:` does not count (it runs nothing).
"""

from __future__ import annotations

import ast
import hashlib
from collections.abc import Iterable
from functools import cache
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

_CORE = Path(__file__).resolve().parent
_PACKAGE = "tui.core"


def module_file(module: str) -> Path | None:
    """The source file of a `tui.core` module or package, None for anything else."""
    if module != _PACKAGE and not module.startswith(_PACKAGE + "."):
        return None
    base = _CORE.joinpath(*module.split(".")[2:])
    for candidate in (base / "__init__.py", base.with_suffix(".py")):
        if candidate.is_file():
            return candidate
    return None


def closure(roots: Iterable[str]) -> list[Path]:
    """The source files of the `roots` modules and of every `tui.core` module they import,
    directly or not (packages' `__init__` included: importing a submodule runs them), sorted."""
    seen: set[str] = set()
    pending = list(roots)
    files: set[Path] = set()
    while pending:
        module = pending.pop()
        if module in seen:
            continue
        seen.add(module)
        path = module_file(module)
        if path is None:
            continue
        files.add(path)
        parts = module.split(".")
        pending.extend(".".join(parts[:end]) for end in range(2, len(parts)))
        pending.extend(_imports(path, module, path.name == "__init__.py"))
    return sorted(files)


def _imports(path: Path, module: str, package: bool) -> Iterable[str]:
    """The modules a file imports (for `from x import y`, both x and x.y, since y may be a
    submodule), those under `if TYPE_CHECKING:` left out."""
    tree = ast.parse(path.read_bytes(), str(path))
    checking = {
        id(node)
        for branch in ast.walk(tree)
        if isinstance(branch, ast.If) and _is_type_checking(branch.test)
        for statement in branch.body
        for node in ast.walk(statement)
    }
    for node in ast.walk(tree):
        if id(node) in checking:
            continue
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = module.split(".")
                anchor = anchor[: len(anchor) - node.level + (1 if package else 0)]
                base = ".".join([*anchor, *([base] if base else [])])
            yield base
            yield from (f"{base}.{alias.name}" for alias in node.names)


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
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
    """What a stored parse was made by: the loaders, the snapshot's stored form, and the
    Markdown parser they use."""
    roots = ["tui.core.loading", "tui.core.snapshot", "tui.core.markup", "tui.core.htmltext"]
    return digest(closure(roots), _installed("markdown-it-py"))


@cache
def search_version() -> str:
    """What a saved quote index was made by, besides the annotations it holds: the search
    package (its records, words, file layout)."""
    return digest(closure(["tui.core.search", "tui.core.search.saved"]))


def _installed(distribution: str) -> str:
    try:
        return f"{distribution} {version(distribution)}"
    except PackageNotFoundError:
        return distribution
