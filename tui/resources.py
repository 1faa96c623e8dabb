"""Where newsreader's files are: the bundled `styles/` and `seeds/`, and the user's own folders.

In a checkout (or an editable install) styles and seeds sit beside the package; in a wheel they
travel inside it under `tui/_bundled/`. One place answers for both, and for the per-user config,
data and cache folders, so nothing else guesses paths.
"""

from pathlib import Path

import platformdirs

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


_DIRS = {
    "config": platformdirs.user_config_path,
    "data": platformdirs.user_data_path,
    "cache": platformdirs.user_cache_path,
}


def user_dir(kind: str) -> Path:
    """newsreader's per-user folder of a kind ("config", "data" or "cache"), where the platform
    keeps them (the XDG variables on Linux and BSD). Callers create it when they first write."""
    return _DIRS[kind]("newsreader", appauthor=False)
