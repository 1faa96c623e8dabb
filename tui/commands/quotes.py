"""Search every quote in the collection (to be written by the quote-search issue)."""

from __future__ import annotations

import argparse


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("query", metavar="QUERY")
    parser.add_argument("paths", nargs="*", metavar="PATHS")


def run(args: argparse.Namespace) -> int:
    raise NotImplementedError
