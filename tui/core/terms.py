"""Quoted words that are no one's words: titles of works and shows, and so-called terms.

Marks in news do more than quote. `the film "Jaws"`, `on NBC's "Meet the Press"`, `a
"Feel the Bern" shirt` and `the so-called "blog"` put words in marks that no one is saying, so
they get no speaker and no place in the quote index (a search for a film finds no one's quote);
the reader still shows them italic. Only the shapes that name a thing are read so: a title in
title case right after a word for a work (`the movie`), a network's possessive (`CNN's`) or
`on`, or before one (`"Jaws" star`), and any words after `so-called` or `self-described`. Words
someone is said to have used stay quotes, even one word (`what critics dubbed "Obamacare"`,
`the term "pivot"`, `called it "a disgrace"`): news credits them to whoever used them. A work
its author is named with (`his new book, "Trump and Me,"`, `a memo titled "…"`) stays a quote
too, as news credits an author's title to them.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import replace
from operator import attrgetter

from tui.core.documents import Block
from tui.core.model import Quote

_WORKS = (
    "movie film show series sitcom drama comedy documentary miniseries episode sketch program "
    "programme podcast broadcast book novel memoir biography album song single anthem track hit "
    "musical play opera poem painting exhibition magazine newspaper newsletter column video ad "
    "advert commercial game franchise"
)
_SIGNS = "star anchor host actor actress cast sketch podcast program broadcast show movie series"
_ON_AIR = (
    "appear appears appeared appearing appearance interview interviewed aired airs said says told "
    "spoke speaking analysis segment guest job later earlier"
)
_WORN = "shirt shirts t-shirt t-shirts hat hats cap caps sign signs theme wave tv"

_NAMING = re.compile(
    r"(?:(?P<work>\b(?:" + "|".join(_WORKS.split()) + r"),?)"
    r"|(?P<network>\b[A-Z][A-Z&]+(?:'s|’s|'|’))"
    r"|(?P<on>\b(?:" + "|".join(_ON_AIR.split()) + r")(?: \w+day)? on))\s*$"
)
"""What names the title that follows: a word for a work (`the movie`), a network's possessive
(`CNN's`, `NBC’s`), or being on the air (`appeared on "Meet the Press"`, `said Sunday on`)."""
_SO_CALLED = re.compile(r"\b(?:so-called|so called|self-described|self-styled|self-proclaimed)\s*$")
_FOLLOWED = re.compile(r"\s+(?:" + "|".join((_SIGNS + " " + _WORN).split()) + r")\b")
"""A word after a title that says it names a work or a slogan (`"Jaws" star`, `"Settle For
Hillary" shirts`)."""
_OWNED = re.compile(r"(?:\b(?:his|her|their|its|my|our|your)|[a-z](?:'s|’s))\s+(?:\S+\s+){0,3}\S+$")
"""A work its author owns (`his new book`, `Trump's latest album`): a title news credits to them."""
_WORD = re.compile(r"[^\W\d_][\w'’.&-]*")
_LOWER_IN_TITLES = frozenset(
    "a an the of for and or nor but to in on at by with from as vs de la le del von van".split()
)
_REACH = 60
"""Characters read before a quotation for what names it."""


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
    at = bisect.bisect_right(terms, position, key=attrgetter("start")) - 1
    return at >= 0 and position < terms[at].end


def is_term(text: str, block: Block, quote: Quote) -> bool:
    """Whether the quoted words name something rather than quote someone (see the module)."""
    before = text[max(block.start, quote.start - _REACH) : quote.start]
    if _SO_CALLED.search(before):
        return True
    if not _title_case(text[quote.content_start : quote.content_end]):
        return False
    named = _NAMING.search(before)
    if named is not None and not (
        named.group("work") and _OWNED.search(before, 0, named.end("work"))
    ):
        return True
    return _FOLLOWED.match(text, quote.end, block.end) is not None


def _title_case(words: str) -> bool:
    """`Meet the Press`, `Fight for 15`: every word but the small ones capitalised."""
    found = _WORD.findall(words)
    if not found or not found[0][0].isupper() or len(found) > 12:
        return False
    return all(word[0].isupper() for word in found if word.lower() not in _LOWER_IN_TITLES)
