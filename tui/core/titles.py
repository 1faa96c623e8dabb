"""Titles and honorifics that stand before a name (`Foreign Minister`, `Sen.`, `Mr.`).

A title both marks the words after it as a person and is stripped from the name into the
person's role. Titles are runs of modifiers ending in a head (`Prime` + `Minister`), and a few
heads take a department (`Secretary of State`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import Final

from tui.core import gazetteer
from tui.core.lexicon import HONORIFICS
from tui.core.names import is_first_name, is_plain_word, opens_with_first_name

MEMBER_TITLES: Final = ("MP", "MSP", "MEP", "MPP", "MLA", "MNA", "MHA")
"""A member of a parliament or assembly, the one list: a title before the name (`Local MP Ann
Pryce`) and, with `for`, before the seat it names (`the MSP for Eastwood`)."""

SEAT_BEFORE: Final = re.compile(
    rf"\b(?:(?:{'|'.join(MEMBER_TITLES)}|(?<!staff )[Mm]ember)s? for[ \t]+"
    r"(?:(?:[A-Z][\w'’-]*,?[ \t]+)+and[ \t]+)?"
    r"|represent(?:s|ed|ing)[ \t]+(?:[A-Z][\w'’-]*,?[ \t]+)+and[ \t]+)$"
)
"""A member's `for` (or members', `MPs for`) before the seat, or before the last of its places
(`MSP for Clackmannanshire and Dunblane`, `MP for Tatton, and Macclesfield`, `who represents
Morley and Outwood`): what follows is a seat, no person."""


def seat_words(words: Sequence[str]) -> int:
    """How many of a run's words after a member's `for` name the seat: up to a first name after
    its first word, the member's own name (`MPP for Ottawa South John Fraser said`)."""
    return next((k for k in range(1, len(words)) if is_first_name(words[k])), len(words))


def names_a_seat(text: str, start: int) -> bool:
    """Whether the name at `start` follows a member's `for`: a seat (`the MP for York Central`),
    or the last of its places after `and` unless a first name opens it (`the MSP for
    Clackmannanshire and Dunblane`, not `the MP for Bath and Jane Smith`)."""
    if start < 4 or (ord(text[start - 2]) != 100 and ord(text[start - 2]) != 114):
        return False  # nearly every name: no `d` of `and ` nor `r` of `for `, one character read
    after_and = gazetteer.ends_at(text, start, "and ")
    if not after_and and not gazetteer.ends_at(text, start, "for "):
        return False
    if after_and and opens_with_first_name(text, start):
        return False
    lo = max(0, start - 60)
    if (  # a member's title (each has an `M`), `member` or `represent…` must stand in reach
        text.find("M", lo, start) < 0
        and text.find("ember", lo, start) < 0
        and text.find("represent", lo, start) < 0
    ):
        return False
    return SEAT_BEFORE.search(text, lo, start) is not None


HEADS: Final = frozenset(
    "President President-elect Vice-President Senator Congressman Congresswoman Representative "
    "Governor Mayor Minister Secretary Secretary-General Chancellor Premier Ambassador Envoy "
    "Judge Justice King Queen Prince Princess Emperor Empress Emir Sultan Shah Pope Cardinal "
    "Archbishop Bishop Rabbi Imam Ayatollah Reverend Pastor General Colonel Captain Lieutenant "
    "Sergeant Admiral Commander Marshal Brigadier Corporal Chairman Chairwoman Director "
    "Commissioner Spokesman Spokeswoman Spokesperson Chair Chairperson Speaker Leader Coach "
    "Inspector Detective Superintendent "
    "Attorney Prosecutor Baron Baroness Duke Duchess Earl Countess Professor Doctor Deputy "
    "Treasurer Councillor Councilman Councilwoman Sheriff Patriarch Mullah President-Elect "
    "Czar Tsar Crown Dr Major-General Lieutenant-General Brigadier-General Lieutenant-Colonel "
    "Committeeman Committeewoman CEO Vice-Premier Director-General Attorney-General "
    "Governor-General Vice-Chairman Vice-Chancellor Provost Chief Constable Officer Taoiseach "
    "Tánaiste Tanaiste Recorder Coroner Magistrate".split()
    + list(MEMBER_TITLES)
)
"""Words that end a title and can stand right before a name (`Minister`, `President`)."""

MODIFIERS: Final = frozenset(
    "Prime Foreign Vice Deputy Defense Defence Finance Interior Justice Trade Economy Economic "
    "Health Education Energy Agriculture Labor Labour Transport Transportation Environment Home "
    "State Senior Chief Executive Acting Former First Supreme Grand Crown Majority Minority Senate "
    "House Opposition Assistant Under Associate Attorney Surgeon Lieutenant Major Brigadier Army "
    "Navy Police Party Press Information Culture Sports Oil Industry Tourism Housing Commerce "
    "Treasury Development Security Intelligence Regional Provincial Federal National "
    "Foreign-Affairs Parliamentary Permanent General Special Military Colonial Immigration Science "
    "Technology Communications Fisheries Water Mines Petroleum Planning Public Works Social "
    "Affairs Welfare Women's Youth Veterans Homeland Budget Revenue Tax Customs Central Bank "
    "Governor Head Staff Petty Financial Operating".split()
)
"""Words that may stand before a head inside a title (`Prime`, `Foreign`, `Senate Majority`)."""

DEPARTMENT_HEADS: Final = frozenset(
    "Secretary Minister Ministers Secretary-General Attorney Director Chief".split()
)
"""Heads that may take `of` and a department (`Secretary of State`, `Minister of Finance`,
`Chief of Staff`)."""


TITLE_WORDS: Final = HONORIFICS | HEADS | MODIFIERS
"""The words a title is made of: a run with none of them has no title."""


def find_title(words: list[str], joins: list[str]) -> tuple[int, int] | None:
    """The last title in a run of capitalised words that still has a word after it.

    `joins[i]` is the text between `words[i]` and `words[i + 1]` (`" "`, `" of "`). Returns the
    (start, end) word indices of the title, or None. A head right after a first name is a
    surname instead (`John Major`, `Martin Luther King`), unless that word is also a big place or
    a nationality (`Florida Senator Marco Rubio`, `German Chancellor Friedrich Merz`) or the head
    is a member's initials, no one's surname (`Liverpool Walton MP Dan Carden`).
    """
    if not holds_title_word(words, 0, len(words) - 1):
        return None  # most runs: no generator made
    for start, head, _ in _titles(words, joins):
        while (
            start > 0
            and joins[start - 1] == " "
            and (words[start - 1] in MODIFIERS or words[start - 1] in HEADS)
        ):
            start -= 1
        return start, head + 1
    return None


def holds_title_word(words: list[str], lo: int, hi: int) -> bool:
    """Whether one of `TITLE_WORDS` stands among words[lo:hi]: without one before its last word,
    a run has no title."""
    return any(words[k] in TITLE_WORDS for k in range(lo, hi))


def title_reach(words: list[str], joins: list[str]) -> int:
    """The last index j for which `find_title(words[j:], joins[j:])` finds a title, -1 if none,
    leaving out a words[j] that is a head or honorific itself (always a title's start).

    One pass over the run, for callers asking about every tail of it: asking `find_title` of each
    tail is quadratic in a long run (a list of 50,000 names)."""
    if len(words) < 2 or TITLE_WORDS.isdisjoint(words):  # most runs: no title word, no name
        return -1
    return max((reach for _, _, reach in _titles(words, joins)), default=-1)


def _titles(words: list[str], joins: list[str]) -> Iterator[tuple[int, int, int]]:
    """Each title's head, last first, as (start, head, reach): start is where the title begins
    before the modifiers and heads `find_title` adds in front; the title is still found in
    words[j:] for every j <= reach (the word before its head, or its department)."""
    chain = len(
        words
    )  # where the modifiers before the last head looked at begin, shared by each of them
    for head in range(len(words) - 2, -1, -1):
        if joins[head] != " ":
            continue
        word = words[head]
        if word in HONORIFICS or word in HEADS:
            if word in HEADS and (
                (
                    head > 0
                    and joins[head - 1] == " "
                    and word not in MEMBER_TITLES
                    and is_first_name(words[head - 1])
                    and (not _names_a_place(words[head - 1]))
                )
                or (word in MODIFIERS and is_plain_word(words[head + 1]))
            ):
                continue
            yield head, head, head - 1
        elif word in MODIFIERS:
            if head < chain:
                chain = head
                while chain > 0 and joins[chain - 1] == " " and words[chain - 1] in MODIFIERS:
                    chain -= 1
            if chain > 0 and joins[chain - 1] == " of " and words[chain - 1] in DEPARTMENT_HEADS:
                yield chain - 1, head, chain - 1


def _names_a_place(word: str) -> bool:
    """A big place or its people (`Florida`, `German`): before a head, a title's start."""
    place = gazetteer.lookup(word)
    return place is not None and (place.major or place.kind == "demonym")
