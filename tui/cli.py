"""The `newsreader` command line: the reader by default, and subcommands for scripts.

`newsreader [PATHS]` opens the reader; `list`, `annotate` and `quotes` print what the core computes,
for pipes and for measuring quality. Each subcommand lives in `tui/commands/`.
"""

from __future__ import annotations

import argparse
import contextlib
import difflib
import importlib
import os
import sys
from collections.abc import Callable, Sequence
from typing import NoReturn

from tui import __version__
from tui.commands import reader
from tui.commands.collection import CommandError
from tui.core.cores import shared_pool
from tui.core.decoding import printable

SUBCOMMANDS = {
    "list": "listing",
    "annotate": "annotate",
    "quotes": "quotes",
    "speakers": "speakers",
}
"""Subcommand name -> module in tui.commands, imported only when used (start-up time)."""

DESCRIPTION = """\
A keyboard-driven terminal reader for news articles. It shows each article with the people who
are quoted (speakers) and the places highlighted, and searches every quote in the collection.

PATHS are files or folders (searched recursively) of .txt, .md/.markdown (front matter read),
.html/.htm and .jsonl (one article per line: "text" required; "id", "title", "date", "source",
"url", "author" optional). With no PATHS the bundled seed articles open.

commands:
  newsreader [PATHS]                 open the reader
  newsreader list [PATHS] [--json]   one line per document: id, date, source, title, words
  newsreader annotate PATHS          quotes with speakers, people and places (--json)
  newsreader annotate --jsonl FILE   the same as JSON Lines (FILE may be - for stdin)
  newsreader quotes QUERY [PATHS]    search every quote (see `newsreader quotes --help`);
                                     --format md|csv|jsonl: the quotes with their citations
  newsreader speakers [PATHS]        every speaker with quotes and articles (--json, --places)

Run `newsreader COMMAND --help` for a command's options."""


class _Parser(argparse.ArgumentParser):
    """argparse quotes a bad argument in its error; that line is made printable too."""

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: error: {printable(message)}\n")


def _main_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="newsreader",
        description=DESCRIPTION,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"newsreader {__version__}")
    reader.add_arguments(parser)
    return parser


def _mistyped_command(paths: Sequence[str]) -> str | None:
    """`newsreader lst`: the first path does not exist and reads like a command."""
    if not paths or os.path.exists(paths[0]):
        return None
    close = difflib.get_close_matches(paths[0], SUBCOMMANDS, n=1)
    if not close:
        return None
    return (
        f"newsreader: no such file or directory: {printable(paths[0])}"
        f" (did you mean `newsreader {close[0]}`?)"
    )


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] in SUBCOMMANDS:
        module = importlib.import_module(f"tui.commands.{SUBCOMMANDS[argv[0]]}")
        parser = _Parser(
            prog=f"newsreader {argv[0]}",
            description=module.__doc__,
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )
        module.add_arguments(parser)
        command, args = module.run, parser.parse_args(argv[1:])
        pooled: contextlib.AbstractContextManager[None] = (
            shared_pool()
        )  # a folder parsed, then annotated: one pool
    else:
        command, args = reader.run, _main_parser().parse_args(argv)
        typo = _mistyped_command(args.paths)
        if typo is not None:
            print(typo, file=sys.stderr)
            return 2
        pooled = contextlib.nullcontext()  # the reader's worker starts and ends its own
    run: Callable[[argparse.Namespace], int] = command
    try:
        with pooled:
            return run(args)
    except CommandError as err:
        print(printable(str(err)), file=sys.stderr)
        return 2
    except (
        BrokenPipeError
    ):  # `newsreader list | head`: the reader left, that is not an error to show
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
