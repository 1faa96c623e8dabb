"""Answers about single words, kept by word: the finders ask about the same few thousand words
again and again (is it a first name, how many words can a place opening with it have).

A plain dict, emptied when full, rather than `functools.lru_cache`: compiled by mypyc, a
method of this class and a dict read cost half an `lru_cache` call, and the bound keeps a long
run over an archive from holding every word it ever met.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

Answer = TypeVar("Answer")


class WordMemo(Generic[Answer]):
    """`answer(word)` for each word, computed once while at most `kept` words are kept."""

    def __init__(self, answer: Callable[[str], Answer], kept: int) -> None:
        self._answer = answer
        self._kept = kept
        self._answers: dict[str, Answer] = {}

    def get(self, word: str) -> Answer:
        known = self._answers.get(word)
        if known is None:
            if len(self._answers) >= self._kept:
                self._answers.clear()
            known = self._answers[word] = self._answer(word)
        return known
