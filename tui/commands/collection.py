"""Opening the collection a command names, with the command line's rules for bad paths.

A missing path ends the command with status 2 and one line naming it; skipped files are reported
on stderr, one line each, and everything else loads.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence

from tui.core.decoding import printable
from tui.core.library import Library
from tui.core.loading import Collection, load
from tui.resources import seeds_dir


class CommandError(Exception):
    """Ends a command with a one-line message and exit status 2; `tui.cli.main` reports it."""


def open_library(paths: Sequence[str]) -> Library:
    """The collection with the persistent annotation cache, for commands that annotate."""
    from tui.core.cache import AnnotationCache

    return Library(open_collection(paths), AnnotationCache())


def collection_paths(paths: Sequence[str]) -> list[str]:
    """The paths a command opens (the bundled seeds when none are named); a missing one is a
    CommandError naming it, before anything is loaded or drawn."""
    chosen = [str(path) for path in paths] or [str(seeds_dir())]
    missing = next((path for path in chosen if not os.path.exists(path)), None)
    if missing is not None:
        raise CommandError(f"newsreader: no such file or directory: {missing}")
    return chosen


def open_collection(paths: Sequence[str]) -> Collection:
    """The collection, each skipped file reported on stderr in one line."""
    collection = load(collection_paths(paths))
    for problem in collection.problems:
        print(f"newsreader: {printable(str(problem))}", file=sys.stderr)
    return collection
