"""`newsreader [PATHS]`: the interactive reader (the Textual app in `tui.ui`).

When stdout is not a terminal (`newsreader | less`, a cron job) it prints the listing of
`newsreader list` instead of drawing a screen nobody can see or answer. Otherwise it draws, even
with stderr sent to a log (`newsreader PATHS 2>err.log`) or stdin from a pipe: Textual draws on
stderr and reads keys from stdin, so while it runs those are the terminal (`/dev/tty`), and
afterwards they are what the user made them again. A bad config file or theme is an error
(status 2) either way.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
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
    if not sys.stdout.isatty():
        from tui.commands import listing

        args.json = False
        return listing.run(args)  # names a missing path as `list` does
    from tui.ui.app import create_app

    paths = collection_paths(
        args.paths
    )  # the reader loads in a worker: a missing path is said here
    cache = False if args.no_cache else (args.cache or True)
    app = create_app(paths, settings, cache=cache, watch=args.watch)
    with _on_the_terminal():
        status = app.run()
    return status if isinstance(status, int) else 0


@contextmanager
def _on_the_terminal() -> Iterator[None]:
    """stdin and stderr on the controlling terminal for as long as the block runs, where they
    are not terminals already."""
    moved = [fd for fd in (sys.__stdin__, sys.__stderr__) if fd is not None and not fd.isatty()]
    if not moved:
        yield
        return
    try:
        terminal = os.open("/dev/tty", os.O_RDWR)
    except OSError:  # no controlling terminal: draw where Textual would anyway
        yield
        return
    saved = []
    sys.stderr.flush()
    try:
        for stream in moved:
            saved.append((stream.fileno(), os.dup(stream.fileno())))
            os.dup2(terminal, stream.fileno())
        yield
    finally:
        sys.stderr.flush()
        for fd, copy in saved:
            os.dup2(copy, fd)
            os.close(copy)
        os.close(terminal)
