"""Word wrapping by terminal cells, as offsets into the text (the layout keeps them to map text
offsets to rows)."""

from __future__ import annotations

import re

from rich.cells import cell_len

_WORD = re.compile(r"[^ ]+ *")
"""Rows break at plain spaces only, so a label joined with no-break spaces stays whole."""


def wrap_offsets(text: str, width: int, fold_only: bool = False) -> list[tuple[int, int]]:
    """Greedy word wrap by terminal cells: (start, end) of each row, spaces at row ends dropped."""
    width = max(1, width)
    if fold_only:
        return _fold(text, 0, len(text), width) or [(0, 0)]
    measure = len if text.isascii() else cell_len  # most news text is ASCII: skip the cell tables
    rows: list[tuple[int, int]] = []
    start: int | None = None
    end = used = 0
    for match in _WORD.finditer(text):
        word_start = match.start()
        word_end = word_start + len(match.group().rstrip(" "))
        size = measure(text[word_start:word_end])
        if start is not None and used + size > width:
            rows.append((start, end))
            start, used = None, 0
        if start is None:
            start = word_start
        if size > width:
            folded = _fold(text, word_start, word_end, width)
            rows.extend(folded[:-1])
            start = folded[-1][0]
            used = measure(text[start:word_end])
        else:
            used += size
        end = word_end
        used += match.end() - word_end
    if start is not None:
        rows.append((start, end))
    return rows or [(0, 0)]


def _fold(text: str, start: int, end: int, width: int) -> list[tuple[int, int]]:
    rows, row_start, used = [], start, 0
    for position in range(start, end):
        size = cell_len(text[position])
        if used + size > width and position > row_start:
            rows.append((row_start, position))
            row_start, used = position, 0
        used += size
    rows.append((row_start, end))
    return rows
