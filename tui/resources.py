"""Where newsreader's files are: the bundled `styles/` and `seeds/`, and the user's own folders.

In a checkout (or an editable install) styles and seeds sit beside the package; in a wheel they
travel inside it under `tui/_bundled/`. One place answers for both, and for the per-user config,
data and cache folders, so nothing else guesses paths.
"""

import os
import sys
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


_XDG = {
    "config": ("XDG_CONFIG_HOME", ".config"),
    "data": ("XDG_DATA_HOME", ".local/share"),
    "cache": ("XDG_CACHE_HOME", ".cache"),
}
_MAC = {
    "config": "Library/Application Support",
    "data": "Library/Application Support",
    "cache": "Library/Caches",
}


def user_dir(kind: str) -> Path:
    """newsreader's per-user folder of a kind ("config", "data" or "cache"): the XDG variable when
    set, else the platform's usual place. Callers create it when they first write."""
    variable, fallback = _XDG[kind]
    base = os.environ.get(variable)
    if base:
        return Path(base) / "newsreader"
    if sys.platform == "win32" and os.environ.get("LOCALAPPDATA" if kind == "cache" else "APPDATA"):
        return Path(os.environ["LOCALAPPDATA" if kind == "cache" else "APPDATA"]) / "newsreader"
    if sys.platform == "darwin":
        return Path.home() / _MAC[kind] / "newsreader"
    return Path.home() / fallback / "newsreader"
