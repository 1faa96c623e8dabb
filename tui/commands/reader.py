"""`newsreader [PATHS]`: the interactive reader (the Textual app in `tui.ui`).

Without a terminal on stdin, stdout and stderr (`newsreader | less`, a cron job) it prints the
listing of `newsreader list` instead of drawing a screen nobody can see or answer; a bad config
file or theme is an error (status 2) either way.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from tui.commands.collection import CommandError, add_cache_arguments, collection_paths


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "paths", nargs="*", metavar="PATHS", help="files or folders (default: the bundled seeds)"
    )
    parser.add_argument(
        "--theme",
        metavar="NAME",
        help="colour theme: dark, light, ansi (the terminal's own colours), or any Textual theme "
        "name such as textual-light or ansi-light; the command palette (ctrl+p) switches too",
    )
    parser.add_argument(
        "--config",
        metavar="PATH",
        type=Path,
        help="config file (default: $XDG_CONFIG_HOME/newsreader/config.toml); "
        '[keys] binding_id = "key" remaps keys, see ? in the reader for the ids',
    )
    parser.add_argument(
        "--watch",
        action="store_true",
        help="notice new, changed and removed files in the opened folders while reading",
    )
    add_cache_arguments(parser)


def run(args: argparse.Namespace) -> int:
    from tui.ui.app import load_settings
    from tui.ui.config import ConfigError

    try:
        settings = load_settings(args.theme, args.config)
    except ConfigError as err:
        raise CommandError(f"newsreader: {err}") from None
    if not all(
        stream.isatty() for stream in (sys.stdin, sys.stdout, sys.stderr)
    ):  # Textual draws on stderr
        from tui.commands import listing

        args.json = False
        return listing.run(args)  # names a missing path as `list` does
    from tui.ui.app import create_app

    paths = collection_paths(
        args.paths
    )  # the reader loads in a worker: a missing path is said here
    cache = False if args.no_cache else (args.cache or True)
    status = create_app(paths, settings, cache=cache, watch=args.watch).run()
    return status if isinstance(status, int) else 0
