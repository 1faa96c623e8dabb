"""Quoted words that are no one's words: titles of works and shows, and so-called terms.

Marks in news do more than quote. `the film "Jaws"`, `on NBC's "Meet the Press"`, `a
"Feel the Bern" shirt` and `the so-called "blog"` put words in marks that no one is saying, so
they get no speaker and no place in the quote index (a search for a film finds no one's quote);
the reader still shows them italic. Only the shapes that name a thing are read so: a title in
title case right after a word for a work (`the movie`), a network's possessive (`CNN's`) or
`on`, or before one (`"Jaws" star`), and words after `so-called` in a sentence with no verb of
saying. Words someone is said to have used stay quotes, even one word (`what critics dubbed
"Obamacare"`, `the term "pivot"`, `called it "a disgrace"`, `a self-described "night owl"`):
news credits them to whoever used them. A work its author is named with (`his new book, "Trump
and Me,"`, `a memo titled "…"`) stays a quote too, as news credits an author's title to them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from tui.core.documents import Block
from tui.core.model import Quote
from tui.core.speech import SPEECH_VERBS

_WORKS = frozenset(
    "movie film show series sitcom drama comedy documentary miniseries episode sketch program "
    "programme podcast broadcast book novel memoir biography album song single anthem track hit "
    "musical play opera poem painting exhibition magazine newspaper newsletter column video ad "
    "advert commercial game franchise".split()
)
"""Words for a work, before its title: `the film "Jaws"`."""
_SIGNS = "star anchor host actor actress cast sketch podcast program broadcast show movie series"
_ON_AIR = frozenset(
    "appear appears appeared appearing appearance interview interviewed aired airs said says told "
    "spoke speaking analysis segment guest job later earlier".split()
)
_WORN = "shirt shirts t-shirt t-shirts hat hats cap caps sign signs theme wave tv"

_NETWORK = re.compile(r"[A-Z][A-Z&]+(?:'s|’s|'|’)")
"""A network's possessive before a show's title: `CNN's`, `NBC’s`."""
_SO_CALLED = frozenset(("so-called", "so-named"))
_FOLLOWED = re.compile(r"\s+(?:" + "|".join((_SIGNS + " " + _WORN).split()) + r")\b")
"""A word after a title that says it names a work or a slogan (`"Jaws" star`, `"Settle For
Hillary" shirts`)."""
_OWNERS = frozenset("his her their its my our your".split())
"""Who may own a work (`his new book`), besides a possessive (`Trump's latest album`): a title
news credits to its author."""
_DAY = re.compile(r"\w+day")
_WORD = re.compile(r"[^\W\d_][\w'’.&-]*")
_LOWER_IN_TITLES = frozenset(
    "a an the of for and or nor but to in on at by with from as vs de la le del von van".split()
)
_SENTENCE_END = re.compile(r"[.!?][\"”’)]*\s")
_SENTENCE_REACH = 300
"""Characters read back for the sentence before a so-called term."""
_REACH = 60
"""Characters read before a quotation for what names it."""
_LONGEST_TITLE = 120
"""Characters in the longest quoted title read (`_title_case` allows 12 words)."""


def split_terms(
    text: str, blocks: Sequence[Block], quotes: list[Quote]
) -> tuple[list[Quote], list[Quote]]:
    """The quotations that are someone's words, and the terms (kind "term", no speaker)."""
    said: list[Quote] = []
    terms: list[Quote] = []
    for quote in quotes:
        if is_term(text, blocks[quote.first_block], quote):
            terms.append(replace(quote, kind="term"))
        else:
            said.append(quote)
    return said, terms


def in_term(terms: Sequence[Quote], position: int) -> bool:
    """Whether a position lies inside one of `terms` (in order): a name there is the work's
    (`MSNBC's "Morning Joe"`, `his "Feel the Bern" wave`), no person's or place's."""
    lo, hi = 0, len(terms)  # `bisect_right` by `start`, by hand: no key function called
    while lo < hi:
        mid = (lo + hi) // 2
        if position < terms[mid].start:
            hi = mid
        else:
            lo = mid + 1
    return lo > 0 and position < terms[lo - 1].end


def is_term(text: str, block: Block, quote: Quote) -> bool:
    """Whether the quoted words name something rather than quote someone (see the module).
    Most quotations are read no further than the two words before them, their length and
    their first letter (a title starts with a capital or a digit: `"60 Minutes"`)."""
    near = text[max(block.start, quote.start - 20) : quote.start].lower().split()[-2:]
    if near and (near[-1].lstrip("([—–-") in _SO_CALLED or near == ["so", "called"]):
        words = _WORD.findall(_sentence_before(text, block, quote.start))
        return not any(word.lower() in SPEECH_VERBS for word in words[: -len(near)])
    first = text[quote.content_start : quote.content_start + 1]
    if quote.content_end - quote.content_start > _LONGEST_TITLE or first.islower():
        return False
    before = text[max(block.start, quote.start - _REACH) : quote.start].split()[-6:]
    last = before[-1].lstrip("([—–-").rstrip(",") if before else ""
    if last.rsplit("-", 1)[-1] in _WORKS:
        named = not any(_owner(word) for word in before[-5:-1])
    else:
        named = bool(
            _NETWORK.fullmatch(last)
            or (last == "on" and _on_air(before[:-1]))
            or _FOLLOWED.match(text, quote.end, block.end)
        )
    return named and _title_case(text[quote.content_start : quote.content_end])


def _sentence_before(text: str, block: Block, start: int) -> str:
    """The words of the sentence before `start`: a verb of saying there (`Trump has called for
    taxing so-called "pass through" income`) credits a so-called term to its subject."""
    return _SENTENCE_END.split(text[max(block.start, start - _SENTENCE_REACH) : start])[-1]


def _owner(word: str) -> bool:
    return word in _OWNERS or (word.endswith(("'s", "’s")) and word[-3:-2].islower())


def _on_air(words: list[str]) -> bool:
    """`appeared on`, `said Sunday on`: being on the air, before a show's title."""
    if words and _DAY.fullmatch(words[-1]):
        words = words[:-1]
    return bool(words) and words[-1] in _ON_AIR


def _title_case(words: str) -> bool:
    """`Meet the Press`, `Fight for 15`: every word but the small ones capitalised."""
    found = _WORD.findall(words)
    if not found or not found[0][0].isupper() or len(found) > 12:
        return False
    return all(word[0].isupper() for word in found if word.lower() not in _LOWER_IN_TITLES)
