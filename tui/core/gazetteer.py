"""The place names newsreader knows, with what each one is and how ambiguous it is.

Built by `scripts/build_gazetteer.py` from GeoNames (CC BY 4.0) plus the regions, features and
abbreviations news uses that GeoNames lacks; diacritics are folded on both sides (`Rafaḩ` is
found as `Rafah`). Lookups are dictionary hits on a candidate's text, never one big regex.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Final, NamedTuple

from tui.core import word_tables
from tui.core.characters import is_space
from tui.core.names import opens_with_first_name
from tui.core.word_memo import WordMemo

_AGED_HOME: Final = (
    r"(?:,[ \t]*(?:aged[ \t]+)?[0-9]{1,3},[ \t]+(?:of|from)"
    r"|[0-9]{1,3}-year-old(?:[ \t]+[a-z]+)?[ \t]+from)"
)
AGED_HOME_BEFORE: Final = re.compile(_AGED_HOME + r"[ \t]+$")
"""The home after a name and an age in a court report (`Ann Lee, 31, of Heaton`, `Tom Cole, 78,
from Navenby`, `a 17-year-old from Thornton Heath`): a place, whatever words it is made of
(`from Tunbridge Wells`)."""
HOME_BEFORE: Final = re.compile(
    rf"(?:{_AGED_HOME}|(?P<unaged>[A-Z][\w'’-]*,[ \t]+(?:from|of))|\b[Rr]esidents[ \t]+of)[ \t]+$"
)
"""The home after a name, with an age or not (`Joanne Bates, from Swindon`, `Tom Hart, of
Castlebar,`, `a 17-year-old from Thornton Heath`, `residents of Flin Flon`): never a person.
With no age, a name that opens with a first name is no home but the next of a list (`from Gary
Lineker, from Alan Shearer`)."""


def starts_at(text: str, start: int, word: str) -> bool:
    """`text.startswith(word, start)`, compared a character at a time as numbers: compiled, a
    str method given a position is a generic call, a slice makes a string, and the finders ask
    at every name (most differ at the first character)."""
    size = len(word)
    if start < 0 or start + size > len(text):
        return text[start : start + size] == word  # out of the text: the slice's answer
    return all(ord(text[start + k]) == ord(word[k]) for k in range(size))


def ends_at(text: str, end: int, word: str) -> bool:
    """`text.endswith(word, 0, end)`, compared from its last character (`starts_at`)."""
    size = len(word)
    start = end - size
    if start < 0 or end > len(text):
        return start >= 0 and size == 0
    k = size - 1
    while k >= 0:
        if ord(text[start + k]) != ord(word[k]):
            return False
        k -= 1
    return True


def word_start_before(text: str, end: int, lo: int) -> tuple[int, int]:
    """Where the word (any characters but white space) before `end` and the white space after
    it starts and ends, not reaching back past `lo`: equal when there is none."""
    while end > lo and is_space(text, end - 1):
        end -= 1
    at = end
    while at > lo and not is_space(text, at - 1):
        at -= 1
    return at, end


def is_upper(word: str) -> bool:
    """`word.isupper()` (a cased letter and no lower-case one), ASCII letters read as numbers:
    compiled, the str method is a generic call (most names fail at their second letter)."""
    cased = False
    for k in range(len(word)):
        code = ord(word[k])
        if code >= 128:
            return word.isupper()
        if 97 <= code <= 122:
            return False
        if 65 <= code <= 90:
            cased = True
    return cased


def blanks_after(text: str, start: int, limit: int = -1) -> int:
    """Where the spaces and tabs right after `start` end (`start` when there are none), not
    past `limit` (-1: the text's end): the start of the word after them. Each character is read
    as a number (`ord` of an index is native, compiled: no string is made)."""
    size = len(text) if limit < 0 else limit
    while start < size:
        code = ord(text[start])
        if code != 32 and code != 9:
            break
        start += 1
    return start


def lower_word_end(text: str, start: int, limit: int = -1) -> int:
    """Where the lower-case ASCII letters from `start` end (a pattern's `[a-z]+` or `[a-z]*`),
    before `limit` when given (a pattern's `endpos`)."""
    size = len(text) if limit < 0 else min(limit, len(text))
    while start < size and 97 <= ord(text[start]) <= 122:
        start += 1
    return start


def lower_word_after(text: str, end: int) -> str:
    """The lower-case ASCII word after the spaces and tabs after `end` (what `[ \t]+([a-z]+)`
    captures), empty when no blank or no such word follows: looked up in a set of the words a
    pattern may open with before that pattern is run."""
    at = blanks_after(text, end)
    if at == end:
        return ""
    return text[at : lower_word_end(text, at)]


def blanks_before(text: str, end: int) -> int:
    """Where the spaces and tabs right before `end` start (`end` when there are none): the end
    of the word before them."""
    while end > 0:
        code = ord(text[end - 1])
        if code != 32 and code != 9:
            break
        end -= 1
    return end


def home_before(text: str, start: int, aged: bool = False) -> bool:
    """Whether a home's words (`HOME_BEFORE`, or with `aged` only `AGED_HOME_BEFORE`) stand
    right before `start`; each ends in `from ` or `of `, tried first as most names have
    neither before them, and an `of ` only after a comma or `residents`."""
    if start < 3 or (ord(text[start - 2]) != 102 and ord(text[start - 2]) != 109):  # f, m
        return False  # nearly every name: one character read
    if ends_at(text, start, "of "):
        words_end = blanks_before(text, start - 3)
        if words_end == start - 3 or not (
            ends_at(text, words_end, ",") or ends_at(text, words_end, "esidents")
        ):
            return False
    elif not ends_at(text, start, "from ") or not (
        ends_at(text, blanks_before(text, start - 5), ",")
        or text.find("-year-old", max(0, start - 30), start) >= 0
    ):
        return False  # `from ` after neither a comma nor an age (`people from Leeds`)
    home = (AGED_HOME_BEFORE if aged else HOME_BEFORE).search(text, max(0, start - 30), start)
    if home is None:
        return False
    return home.lastgroup != "unaged" or not opens_with_first_name(text, start)


PLACED_TOWN_BEFORE: Final = re.compile(
    r"\b(?:from|in|of|near|at)[ \t]+[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)?,[ \t]*$"
)
"""Someone's or something's town and a comma (`from Cricklade, `): what follows is its county
or state (`from Cricklade, Wiltshire`, `from Mansfield, Notts, said`), not a list of county
sides (`Essex, Derbyshire and Surrey`) nor a person."""
PLACE_BEFORE: Final = re.compile(
    r"\b(?:(?:towns?|villages?|city|cities|provinces?|regions?|districts?|suburbs?|port|islands?|state|county|enclave|"
    r"municipality|outskirts|north|south|east|west|northeast|northwest|southeast|southwest|"
    r"mayors?|residents|streets|centre|center|heart) of|"
    r"near|outside|"
    rf"{_AGED_HOME})[ \t]+$"
)
"""Words that introduce a place's name (`the town of`, `east of`, `the mayor of`, `the streets
of`, `near`; the home after a name
and an age in a court report: `Ann Lee, 31, of Heaton`, `Tom Cole, 78, from Navenby`): what a
name no gazetteer knows is recognised by, with a member's seat (`titles.names_a_seat`)."""
_PLACE_BEFORE_ENDS: Final = ("of", "near", "outside", "from")
"""The last word of each of `PLACE_BEFORE`'s."""


def pattern_end(text: str, start: int) -> int:
    """Where a pattern searched for up to `start` that ends in `$` may end: before the line break
    that ends the text there, if one does (`$` matches before it too)."""
    return start - 1 if 0 < start <= len(text) and ord(text[start - 1]) == 10 else start


def word_ends_before(text: str, start: int, ends: tuple[str, ...]) -> bool:
    """Whether spaces or tabs stand right before `start`, after a word that ends in one of `ends`
    (of `_LONGEST_END` characters at most): a test of a few characters that a pattern ending in
    `(?:…)[ \t]+$` may match up to `start`, tried first, as most names have none of those words
    before them (`pattern_end`: a line break that ends the text searched is left out)."""
    end = pattern_end(text, start)
    words_end = blanks_before(text, end)
    if words_end == end:
        return False
    last = ord(text[words_end - 1])  # the word's last letter, against each ending's last
    return any(ord(word[-1]) == last and ends_at(text, words_end, word) for word in ends)


_LONGEST_END: Final = 8


def place_before(text: str, start: int) -> bool:
    """Whether words that introduce a place's name (`PLACE_BEFORE`) stand right before `start`."""
    return (
        word_ends_before(text, start, _PLACE_BEFORE_ENDS)
        and PLACE_BEFORE.search(text, max(0, start - 30), start) is not None
    )


PLACE_NOUNS: Final = frozenset(
    "province region district county airport valley river mountains island islands peninsula "
    "village town municipality enclave airbase".split()
)
PLACE_NOUN_AFTER: Final = re.compile(
    r"[ \t]+(?:" + "|".join(sorted(PLACE_NOUNS - {"town"})) + r"|town(?! hall| meeting)"
    r"|refugee camp)\b"
)
"""Words after a name that make it a place (`Batajnica airport`, `Northern Cape province`, not
`town hall`)."""


def place_noun_after(text: str, end: int) -> bool:
    """`PLACE_NOUN_AFTER` at `end`, run only after one of the words it opens with."""
    word = lower_word_after(text, end)
    return (word in PLACE_NOUNS or word == "refugee") and PLACE_NOUN_AFTER.match(
        text, end
    ) is not None


DIRECTIONS: Final = frozenset(
    "North South East West Northern Southern Eastern Western Central Upper Lower Greater "
    "Northeast Northwest Southeast Southwest "
    "Northeastern Northwestern Southeastern Southwestern".split()
)
"""Words that name part of a place before it (`South Manchester`, `Northern Iraq`)."""

MAX_WORDS: Final = 6
"""No gazetteer name is longer than this many words."""


class Place(NamedTuple):
    name: str
    """Canonical name (`United States` for `U.S.`)."""
    kind: str
    """country, state, region, feature, continent, city, or demonym (not a place: `Israeli`)."""
    major: bool
    """A country, state, region, capital or big city: a capitalised mention is the place."""
    word: bool
    """Also an English word (`Reading`, `Nice`), or a state's abbreviation (`Fla.`): counts only
    with context."""
    person_name: bool
    """Also a first name or surname (`Jackson`, `Victoria`): gives way to person evidence."""
    small: bool
    """A town under 100,000 people: its one-word name counts only with context, as a person, a
    firm or a team of that name is likelier (`Clinton`, `Gallup`, `Wimbledon`, `Magna`)."""


_PLACES: Final[dict[str, Place]] = {}
"""The gazetteer by surface, read whole on first use (the reader's first paint needs no places)."""


def _places() -> dict[str, Place]:
    """The gazetteer, read on first use. A plain module dict, not a `functools.cache` call:
    compiled, the cached call cost as much as the lookup it serves."""
    if not _PLACES:
        fields = word_tables.fields("places.tsv.gz")
        _PLACES.update(  # in one call, so a reader thread sees it whole or empty
            {
                surface: Place(name, kind, "m" in flags, "w" in flags, "n" in flags, "p" in flags)
                for surface, name, kind, flags in zip(fields, fields, fields, fields, strict=False)
            }
        )
    return _PLACES


def fold(text: str) -> str:
    """Diacritics stripped, curly apostrophes straightened: the form the gazetteer is keyed by."""
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).replace("’", "'")


def lookup(surface: str) -> Place | None:
    """The place (or demonym) written exactly `surface`, diacritics aside."""
    return _places().get(surface if surface.isascii() else fold(surface))


_NAME_LENGTHS: Final[dict[str, int]] = {}
"""The first word of each name -> the most words of a name that opens with it."""


def _name_lengths() -> dict[str, int]:
    """`_NAME_LENGTHS`, built on first use."""
    if not _NAME_LENGTHS:
        lengths: dict[str, int] = {}
        for surface in _places():
            words = surface.split(" ")
            lengths[words[0]] = max(lengths.get(words[0], 0), len(words))
        _NAME_LENGTHS.update(lengths)
    return _NAME_LENGTHS


def words_from(word: str) -> int:
    """The most words (up to `MAX_WORDS`) a name that opens with `word`, as written or in title
    case, can have: 0 when no name opens with it, so that a run's longer spans need no lookup.
    Kept by word (`WordMemo`)."""
    return _WORDS_FROM.get(word)


def _words_from(word: str) -> int:
    lengths = _name_lengths()
    most = lengths.get(fold(word).split(" ", 1)[0], 0)
    titled = word.title()
    if titled != word:  # most words are in title case already: one look-up, no generator
        most = max(most, lengths.get(fold(titled).split(" ", 1)[0], 0))
    return min(MAX_WORDS, most)


_WORDS_FROM: Final = WordMemo(_words_from, 1 << 14)
