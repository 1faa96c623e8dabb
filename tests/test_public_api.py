"""The package uses Textual, Rich and pytest through their public API only: a private name is a
break waiting for the next release, and only the version pin would hold it together."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "tui"


def _trees() -> list[tuple[Path, ast.AST]]:
    return [(path, ast.parse(path.read_text(encoding="utf-8"))) for path in PACKAGE.rglob("*.py")]


def _private(name: str) -> bool:
    return name.startswith("_") and not (name.startswith("__") and name.endswith("__"))


def _defined_here(trees: list[tuple[Path, ast.AST]]) -> set[str]:
    """Every private name the package itself defines (methods, attributes, functions, classes)."""
    names: set[str] = set()
    for _path, tree in trees:
        for node in ast.walk(tree):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                names.add(node.name)
            elif isinstance(node, ast.Attribute) and isinstance(node.ctx, ast.Store):
                names.add(node.attr)
            elif isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
                names.add(node.id)
            elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
                names.add(node.target.id)
    return {name for name in names if _private(name)}


def test_no_private_attribute_of_a_library_is_touched():
    trees = _trees()
    ours = _defined_here(trees)
    foreign = [
        f"{path.relative_to(PACKAGE.parent)}:{node.lineno} .{node.attr}"
        for path, tree in trees
        for node in ast.walk(tree)
        if isinstance(node, ast.Attribute) and _private(node.attr) and node.attr not in ours
    ]
    assert not foreign, "private attributes of another package:\n" + "\n".join(foreign)


def test_no_private_module_of_a_library_is_imported():
    imported = [
        f"{path.relative_to(PACKAGE.parent)}:{node.lineno} {node.module}"
        for path, tree in _trees()
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom)
        and node.module
        and node.module.split(".")[0] in {"textual", "rich", "pytest", "_pytest"}
        and any(_private(part) for part in node.module.split("."))
    ]
    assert not imported, "private modules imported:\n" + "\n".join(imported)
