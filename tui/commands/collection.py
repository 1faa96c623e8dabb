"""Opening the collection a command names, with the command line's rules for bad paths.

A missing path ends the command with status 2 and one line naming it; skipped files are reported
on stderr, one line each, and everything else loads.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from tui.core.decoding import printable
from tui.core.library import Library
from tui.core.loading import Collection, MissingPath, load
from tui.resources import seeds_dir


class CommandError(Exception):
    """Ends a command with a one-line message and exit status 2; `tui.cli.main` reports it."""


def open_library(paths: Sequence[str]) -> Library:
    """The collection with the persistent annotation cache, for commands that annotate."""
    from tui.core.cache import AnnotationCache

    return Library(open_collection(paths), AnnotationCache())


def open_collection(paths: Sequence[str], quiet: bool = False) -> Collection:
    try:
        collection = load(paths or [seeds_dir()])
    except MissingPath as err:
        raise CommandError(f"newsreader: no such file or directory: {err}") from None
    if not quiet:
        for problem in collection.problems:
            print(f"newsreader: {printable(str(problem))}", file=sys.stderr)
    return collection
