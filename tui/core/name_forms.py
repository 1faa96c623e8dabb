"""What a person's name says across articles: the first name and surname it keys on, the roles
and the gender its titles give.

One article already links `Blinken` and `Mr. Blinken` to `Antony Blinken`; across articles,
`Donald J. Trump`, `DONALD TRUMP` and `Trump's` must meet too, while `Jane Smith` and `Tom Smith`
must not. A form keys on its first name and surname (middle names, initials, suffixes,
possessives, case and accents left out); its titles say the role (`Sen.` and `Senator` alike)
and, for `Mr.`/`Mrs.`, the gender, which tell apart people a bare surname might mean.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Final

from tui.core.lexicon import HONORIFIC_GENDERS
from tui.core.titles import HEADS, TITLE_WORDS

_ABBREVIATED: Final = {
    "sen": "senator",
    "sens": "senator",
    "rep": "representative",
    "reps": "representative",
    "congressman": "representative",
    "congresswoman": "representative",
    "gov": "governor",
    "govs": "governor",
    "gen": "general",
    "gens": "general",
    "pres": "president",
    "prof": "professor",
    "amb": "ambassador",
    "adm": "admiral",
    "capt": "captain",
    "col": "colonel",
    "lt": "lieutenant",
    "sgt": "sergeant",
    "rev": "reverend",
    "det": "detective",
    "insp": "inspector",
    "supt": "superintendent",
    "atty": "attorney",
    "cmdr": "commander",
    "chairwoman": "chairman",
    "spokeswoman": "spokesman",
    "councilwoman": "councilman",
    "councillor": "councilman",
}
"""Title words that mean the same office, folded to one."""

_HEADS: Final = frozenset(word.casefold() for word in HEADS) | frozenset(_ABBREVIATED.values())
_GENDERS: Final = {title.casefold(): gender for title, gender in HONORIFIC_GENDERS.items()}
_INITIAL: Final = re.compile(r"[A-Za-z]\.?")
_SUFFIXES: Final = frozenset("jr jr. sr sr. ii iii iv".split())
"""Generational suffixes: part of the surname a form keys on (`Donald Trump Jr.` is not his
father)."""
_POSSESSIVE: Final = re.compile(r"['’]s?$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class NameForm:
    """One person as one article names them. `first` is None for a surname alone (`Blinken`,
    `Secretary Blinken`); `roles` are the offices their titles give (`senator`), `gender` is `m`
    or `f` when an honorific says so."""

    first: str | None
    last: str
    roles: frozenset[str] = frozenset()
    gender: str | None = None

    @property
    def key(self) -> tuple[str | None, str]:
        return self.first, self.last


@lru_cache(maxsize=1 << 16)
def fold(word: str) -> str:
    """A name word compared without case, accents or a possessive (`Pérez's` -> `perez`)."""
    word = _POSSESSIVE.sub("", word)
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def name_words(name: str) -> tuple[list[str], str]:
    """The words a name keys on, titles before it, middle initials and a possessive left out,
    and its generational suffix (`jr`, or empty); no words when nothing is left."""
    words = [_POSSESSIVE.sub("", word.rstrip(",")) for word in name.split()]
    words = [word for word in words if word]
    while len(words) > 2 and words[0] in TITLE_WORDS:  # `Lady Gaga`, `King` stay names
        words = words[1:]
    suffix = ""
    if len(words) > 1 and words[-1].casefold() in _SUFFIXES:
        suffix = words.pop().casefold().rstrip(".")
    if len(words) > 2:
        words = [words[0], *(w for w in words[1:-1] if not _INITIAL.fullmatch(w)), words[-1]]
    return words, suffix


@lru_cache(maxsize=1 << 14)
def name_form(name: str, titles: tuple[str, ...] = ()) -> NameForm | None:
    """The form of `name` (a person's name in one article) with the roles and gender its
    `titles` (the person's role and the other names the article calls them by) give."""
    words, suffix = name_words(name)
    if not words:
        return None
    own = {fold(word) for word in words}
    roles: set[str] = set()
    genders: set[str] = set()
    for title in titles:
        for word in title.split():
            folded = fold(word).rstrip(".")
            if folded in own:
                continue
            folded = _ABBREVIATED.get(folded, folded)
            if folded in _HEADS:
                roles.add(folded)
            elif folded in _GENDERS:
                genders.add(_GENDERS[folded])
    gender = genders.pop() if len(genders) == 1 else None
    first = fold(words[0]) if len(words) > 1 else None
    last = fold(words[-1]) + (" " + suffix if suffix else "")
    return NameForm(first, last, frozenset(roles), gender)
