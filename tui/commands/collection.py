"""Opening the collection a command names, with the command line's rules for bad paths.

A missing path ends the command with status 2 and one line naming it; skipped files are reported
on stderr, one line each, and everything else loads.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from tui.core.allocation import long_lived_objects
from tui.core.decoding import printable
from tui.core.documents import Document
from tui.core.library import Library
from tui.core.loading import Collection, Problem, collection_name, iter_load
from tui.resources import seeds_dir

if TYPE_CHECKING:
    from tui.core.cache import AnnotationCache


class CommandError(Exception):
    """Ends a command with a one-line message and exit status 2; `tui.cli.main` reports it."""


def add_cache_arguments(parser: argparse.ArgumentParser) -> None:
    """`--cache PATH` and `--no-cache`, for every command that annotates."""
    group = parser.add_mutually_exclusive_group()
    group.add_argument(
        "--cache",
        metavar="PATH",
        type=Path,
        help="annotation cache file (default: annotations.sqlite3 in the user cache folder)",
    )
    group.add_argument(
        "--no-cache", action="store_true", help="annotate everything anew and store nothing"
    )


def open_cache(args: argparse.Namespace) -> AnnotationCache | None:
    """The cache the command line asks for; None with --no-cache."""
    if args.no_cache:
        return None
    from tui.core.cache import AnnotationCache

    return AnnotationCache(args.cache)


def open_library(args: argparse.Namespace) -> Library:
    """The collection with the annotation cache, for commands that annotate."""
    cache = open_cache(args)
    return Library(open_collection(args.paths, cache), cache)


def close_cache(library: Library) -> None:
    """Close the cache and say once on stderr what went wrong with it (the command went on
    without it)."""
    if library.cache is not None:
        library.cache.close()
        if library.cache.problem:
            print(f"newsreader: {printable(library.cache.problem)}", file=sys.stderr)


def collection_paths(paths: Sequence[str]) -> list[str]:
    """The paths a command opens (the bundled seeds when none are named); a missing one is a
    CommandError naming it, before anything is loaded or drawn."""
    chosen = [str(path) for path in paths] or [str(seeds_dir())]
    missing = next((path for path in chosen if not os.path.exists(path)), None)
    if missing is not None:
        raise CommandError(f"newsreader: no such file or directory: {missing}")
    return chosen


def open_collection(paths: Sequence[str], cache: AnnotationCache | None = None) -> Collection:
    """The collection, each skipped file reported on stderr in one line; with a cache, files
    unchanged since the last run are not parsed again."""
    chosen = collection_paths(paths)
    with long_lived_objects():
        return Collection(collection_name(chosen), list(each_document(chosen, cache)))


def each_document(paths: Sequence[str], cache: AnnotationCache | None) -> Iterator[Document]:
    """The documents as they are read (a listing of 100,000 articles never holds them all),
    each skipped file reported on stderr in one line as it is met."""
    from tui.core.snapshot import Snapshot

    snapshot = Snapshot(cache) if cache is not None else None
    for found in iter_load([Path(path) for path in collection_paths(paths)], snapshot):
        if isinstance(found, Problem):
            print(f"newsreader: {printable(str(found))}", file=sys.stderr)
        else:
            yield found
    if snapshot is not None:
        snapshot.flush()
