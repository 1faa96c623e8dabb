"""Annotation progress on stderr, for commands that wait on the whole collection.

Shown only on a terminal (a log file or pipe gets nothing), as one line rewritten in place at most
a few times a second and erased at the end, so it never mixes with the command's output.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Iterable, Iterator

from tui.core.library import Step

_INTERVAL = 0.2


def with_progress(steps: Iterable[Step], shown: bool | None = None) -> Iterator[Step]:
    """The steps, passed through; `shown` defaults to whether stderr is a terminal."""
    if shown is None:
        shown = sys.stderr.isatty()
    if not shown:
        yield from steps
        return
    last = 0.0
    try:
        for step in steps:
            now = time.monotonic()
            if now - last >= _INTERVAL:
                last = now
                sys.stderr.write(f"\rannotating {step.done}/{step.total}…\x1b[K")
                sys.stderr.flush()
            yield step
    finally:
        sys.stderr.write("\r\x1b[K")
        sys.stderr.flush()
