"""Find in the open article (`f`, then `n`/`N`): every place the typed text occurs, in any case."""

from __future__ import annotations

import re


def find_all(text: str, query: str) -> list[tuple[int, int]]:
    """(start, end) of each occurrence of `query` in `text`, case ignored, spaces matching any
    run of white space (a phrase may wrap across a line break in the source)."""
    words = query.split()
    if not words:
        return []
    pattern = re.compile(r"\s+".join(re.escape(word) for word in words), re.IGNORECASE)
    return [match.span() for match in pattern.finditer(text)]
