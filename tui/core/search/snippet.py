"""A one-line excerpt of a quote, centred on where it matched, with the matched words marked."""

from __future__ import annotations

import re
from bisect import bisect_right

from tui.core.search.text import word_spans

WIDTH = 160
ELLIPSIS = "…"
_NON_SPACE = re.compile(r"\S+")


def snippet(
    text: str, positions: tuple[int, ...], window: tuple[int, int], width: int = WIDTH
) -> tuple[str, list[tuple[int, int]]]:
    """(excerpt, marks): `positions` and `window` are word positions as `words(text)` counts them.

    Whitespace runs become one space; marks are (start, end) offsets into the excerpt.
    """
    spans = word_spans(text, upto=max(window[1], *positions) if positions else window[1])
    start = 0
    if window[1] < len(spans):
        first, last = spans[window[0]][0], spans[window[1]][1]
        start = (first + last - width) // 2 if last - first <= width - 20 else first - 10
    start = max(0, min(start, len(text) - width))
    end = min(len(text), start + width)
    if start:
        space = text.find(" ", start, start + 20)
        start = space + 1 if space >= 0 else start
    if end < len(text):
        space = text.rfind(" ", end - 20, end)
        end = space if space > start else end
    flat = _Flat(text[start:end])
    prefix = ELLIPSIS if text[:start].strip() else ""
    suffix = ELLIPSIS if text[end:].strip() else ""
    marks = []
    for position in positions:
        if position < len(spans) and start <= spans[position][0] and spans[position][1] <= end:
            low = flat.offset(spans[position][0] - start)
            high = flat.offset(spans[position][1] - 1 - start) + 1
            marks.append((low + len(prefix), high + len(prefix)))
    return prefix + flat.text + suffix, marks


class _Flat:
    """`text` with each whitespace run as one space, mapping original offsets into it."""

    def __init__(self, text: str) -> None:
        self.starts: list[int] = []
        self.flat_starts: list[int] = []
        pieces = []
        out = 0
        for match in _NON_SPACE.finditer(text):
            self.starts.append(match.start())
            self.flat_starts.append(out)
            pieces.append(match.group())
            out += len(match.group()) + 1
        self.text = " ".join(pieces)

    def offset(self, original: int) -> int:
        """Where an offset inside a non-space run of the original lands."""
        piece = bisect_right(self.starts, original) - 1
        return self.flat_starts[piece] + original - self.starts[piece] if piece >= 0 else 0
