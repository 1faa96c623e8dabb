"""Finds the bundled `styles/` and `seeds/` folders.

In a checkout (or an editable install) they sit beside the package; in a wheel they travel inside
it under `tui/_bundled/`. One place answers for both so nothing else guesses paths.
"""

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _bundled(name: str) -> Path:
    inside = _PACKAGE / "_bundled" / name
    if inside.is_dir():
        return inside
    return _PACKAGE.parent / name


def styles_dir() -> Path:
    return _bundled("styles")


def seeds_dir() -> Path:
    return _bundled("seeds")
