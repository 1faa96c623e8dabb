"""`newsreader [PATHS]`: the reader. Until the Textual app lands, a plain listing."""

from __future__ import annotations

import argparse

from tui.commands import listing


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="*", metavar="PATHS", help="files or folders (default: the bundled seeds)")


def run(args: argparse.Namespace) -> int:
    args.json = False
    return listing.run(args)
