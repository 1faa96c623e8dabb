"""Where a position falls in a sorted list of positions (token, sentence, mention, quote starts):
the annotator asks it thousands of times an article, and compiled, a loop of its own costs a
tenth of a call of the `bisect` library's (a generic call, ~1,200 instructions)."""

from __future__ import annotations


def bisect_at(values: list[int], value: int, low: int = 0) -> int:
    """`bisect.bisect_left(values, value, low)`, compiled: a call of the library's costs what a
    dozen probes of a compiled loop do."""
    high = len(values)
    while low < high:
        middle = (low + high) >> 1
        if values[middle] < value:
            low = middle + 1
        else:
            high = middle
    return low


def bisect_after(values: list[int], value: int) -> int:
    """`bisect.bisect_right(values, value)`, compiled (`bisect_at`)."""
    low, high = 0, len(values)
    while low < high:
        middle = (low + high) >> 1
        if value < values[middle]:
            high = middle
        else:
            low = middle + 1
    return low
