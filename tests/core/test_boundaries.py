"""The core never imports the UI toolkit: it must stay usable from scripts and workers."""

import ast
from pathlib import Path

CORE = Path(__file__).resolve().parents[2] / "tui" / "core"
FORBIDDEN = {"textual", "rich"}


def imported_roots(path: Path) -> set[str]:
    roots = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            roots.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            roots.add(node.module.split(".")[0])
    return roots


def test_core_modules_import_neither_textual_nor_rich():
    files = sorted(CORE.rglob("*.py"))
    assert len(files) > 5
    offenders = {str(f.relative_to(CORE)): imported_roots(f) & FORBIDDEN for f in files}
    assert {f: r for f, r in offenders.items() if r} == {}


def test_the_checker_sees_an_offending_import(tmp_path):
    sample = tmp_path / "x.py"
    sample.write_text("def f():\n    from textual.app import App\n", encoding="utf-8")
    assert imported_roots(sample) & FORBIDDEN == {"textual"}
