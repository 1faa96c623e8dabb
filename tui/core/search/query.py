"""Search every quote: type what you remember, in any order.

  words          match in any order; typos are forgiven (takling finds talking) and the
                 word you are typing completes (elec finds election)
  'word          only this exact word
  !word          leave out quotes with this word (!"a phrase" leaves out the phrase)
  "a phrase"     these words next to each other, in this order
  @name          quotes by a speaker: surname, full name or alias (@blinken, @antony blinken);
                 a surname several speakers share lists the most quoted first;
                 with several @names, quotes by any of them
  #place         quotes from articles that mention the place (#rafah, #"new york");
                 with several #places, articles that mention all of them

Case, accents and the style of apostrophe never matter. Quotes that have all your words, close
together and in your order, come first; exact words rank above corrected ones.
Attributions can be wrong, so @name is forgiving: a quote credited to nobody counts, lower, when
its article names the speaker; if the speaker's quotes barely match your words, quotes by others
follow, ranked lower; a name nobody is credited with keeps the quotes credited to nobody in
articles naming it; and a name no article names is searched as an ordinary word instead of
emptying the list.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tui.core.search.text import words

SYNTAX = __doc__

WORD, EXACT, PHRASE, EXCLUDE, SPEAKER, PLACE = (
    "word",
    "exact",
    "phrase",
    "exclude",
    "speaker",
    "place",
)

_OPERATORS = {"'": EXACT, "!": EXCLUDE, "@": SPEAKER, "#": PLACE}
_PIECE = re.compile(r"""([@#!']?)(?:"([^"]*)"?|(\S+))""")


@dataclass(frozen=True, slots=True)
class Term:
    """One part of a query: what kind of condition it is and its folded words."""

    kind: str
    words: tuple[str, ...]
    prefix: bool = False
    """The last word may be unfinished: the query ends inside it."""
    typed: str = ""
    """The term as the user wrote it, for messages."""


@dataclass(frozen=True, slots=True)
class Query:
    terms: tuple[Term, ...]

    def of_kind(self, *kinds: str) -> list[Term]:
        return [term for term in self.terms if term.kind in kinds]

    @property
    def is_empty(self) -> bool:
        return not self.terms


def parse(text: str) -> Query:
    """Split a query into terms; plain words become one WORD term each, in the order typed."""
    terms: list[Term] = []
    ends_open = bool(text) and not text[-1].isspace()
    for match in _PIECE.finditer(text):
        operator, quoted, bare = match.groups()
        found = tuple(words(quoted if quoted is not None else bare))
        if not found:
            continue
        typed = match.group()
        closed = quoted is not None and len(typed) >= len(operator) + 2 and typed.endswith('"')
        at_end = ends_open and match.end() == len(text) and not closed
        if quoted is not None and not operator:
            terms.append(Term(PHRASE, found, at_end, typed))
        elif not operator:
            terms.extend(
                Term(WORD, (word,), at_end and i == len(found) - 1, typed)
                for i, word in enumerate(found)
            )
        elif operator == "'" and len(found) > 1:
            terms.append(Term(PHRASE, found, False, typed))
        else:
            terms.append(Term(_OPERATORS[operator], found, at_end and operator in "@#", typed))
    return Query(tuple(terms))
