"""Small pieces of the reader's English, shared so that every count reads the same."""

from __future__ import annotations


def plural(count: int, noun: str, more: bool = False) -> str:
    """`1 quote`, `3 quotes`; with `more`, `100+ quotes` (a count that stopped at a limit)."""
    return f"{count}{'+' if more else ''} {noun}{'' if count == 1 else 's'}"
