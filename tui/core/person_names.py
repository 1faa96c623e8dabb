"""Which runs of capitalised words name a person, and which words of them are the name.

Without a statistical model, evidence decides. A run is a person's name when a title stands
before it (`Foreign Minister Sameh Shoukry`: the title becomes the role), when it starts with a
known first name (`Phil Simmons`), when none of its words is an English word or a place
(`Sameh Shoukry`), or when the context vouches for it (`Shoukry said`, `captain Chris Lewis`,
`Wang, 45,`, `Kimberly Po (U.S.)`). Sentence openers, nationalities and party words before a
name (`As`, `Israeli`, `Democrat`) are not part of it; organisations, places and months are not
names.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from tui.core import gazetteer, names
from tui.core.capitalised import ARTICLES, FUNCTION_WORDS, NAME_PARTICLES, Run
from tui.core.lexicon import (
    HOLIDAYS,
    HONORIFICS,
    MONTH_ABBREVIATIONS,
    MONTHS,
    NAME_MONTHS,
    NUMBER_WORDS,
    PLACE_ABBREVIATIONS,
    WEEKDAYS,
)
from tui.core.organisations import (
    PRODUCTS,
    company_after,
    described_as_thing,
    is_body_name,
    is_organisation_word,
    is_town_club,
    partner_in_body_name,
    shop_named_like_person,
    thing_named,
    word_before,
)
from tui.core.speech import PERSON_NOUNS, SPEECH_VERBS
from tui.core.titles import (
    HEADS,
    MODIFIERS,
    TITLE_WORDS,
    find_title,
    holds_title_word,
    names_a_seat,
    seat_words,
)
from tui.core.word_memo import WordMemo

_BREAKS: Final = WEEKDAYS | MONTHS | HOLIDAYS | (MONTH_ABBREVIATIONS - {"Jan", "Mar"})
"""Capitalised words that are not part of a name (days, months, holidays; `Jan` and `Mar` are
names too); a run is cut at them."""

_TABLE_AFTER: Final = re.compile(r"[ \t]*(?:\(|[0-9])")
"""`Rad (B) 4`: what follows a team in a table."""
_BUILDINGS: Final = frozenset(
    "hotel restaurant stadium arena building tower mall church mosque temple university college "
    "school hospital airport bridge museum theater theatre casino resort chain label brandy".split()
)
"""`the Hilton hotel`, `the Trump casino`: a building or a business named after someone (a
drink or a shop is one of `PRODUCTS`)."""
_PERSON_THINGS_AFTER: Final = frozenset(
    "administration campaign presidency aide aides allies supporters spokesman spokeswoman "
    "spokesperson camp family wife husband widow daughter son brother sister biographer "
    "loyalists".split()
)
"""`the Obama administration`, `the Clinton campaign`: what only a person has (words after a
name, read by `_blank_word_after`)."""
_PLURAL_AFTER: Final = frozenset(("are", "were", "have"))
"""`the Cornish are proud`: a people, not a person, when `the` comes before."""
_MADE_AFTER: Final = frozenset(
    "painted sculpted sketched composed choreographed penned sang".split()
)
"""`Turner painted`, `Bach composed`: what only an artist does, so a surname alone (even one that
is an English word, at a sentence start) is the artist."""
_PLACE_PREPOSITION_BEFORE: Final = re.compile(
    r"(?:\b(?:in|at|from|near)(?:[ \t]+nearby)?|,[ \t]*of)[ \t]+$"
)
"""`from Longyear`, `in nearby Harbury`, and the origin set beside a name (`Tom Hart, of Leeds,
said`)."""
_PLACE_PREPOSITION_ENDS: Final = ("in", "at", "from", "near", "nearby", "of")
"""The last word of each of `_PLACE_PREPOSITION_BEFORE`'s."""
_OFFICES: Final = sorted({head.lower() for head in HEADS} | HEADS, key=len, reverse=True)
_OFFICE_OF_BEFORE: Final = re.compile(rf"\b(?:{'|'.join(_OFFICES)}) of[ \t]+$")
"""An office of a place (`the mayor of Trois-Rivières said`): the person is the office holder,
the word after `of` stays a place."""
_AGE_AFTER: Final = re.compile(rf", (?:[0-9]{{1,3}}|{'|'.join(NUMBER_WORDS)}),")
"""An age set off after a name, in figures or, under ten, in words (`Jack, eight,`)."""
_ARTICLE_BEFORE: Final = re.compile(r"\b(?:[Aa]n?|[Tt]he)[ \t]+$")
_ADJECTIVE_ENDINGS: Final = ("ian", "ean", "ish", "ese")
"""`Caledonian`, `Jacobean`, `Cornish`: endings of adjectives of origin or period."""
_LOWER_AFTER: Final = re.compile(r"[ \t]+[a-z]")
"""`a Marine said`, `the Bill says`: a word after an article is no one's name."""
_COUNTRY_AFTER: Final = re.compile(r" \(([A-Z][\w.]*(?: [A-Z]\w*)?)\)")
_ROMAN: Final = re.compile(r"[IVX]+")
_SAYS_AFTER: Final = re.compile(
    r"[ \t]*,?[ \t]*(?:(?:[a-z]+ly|also|has|had|was|then)[ \t]+)?([a-z]+)"
)
_NEAR: Final = 40
_CLAUSE_END_MARKS: Final = frozenset(".,;:!?\n")
"""What ends a clause after a name and its blanks (or the end of the text)."""
_VERBS_BEFORE_NAMES: Final = frozenset("said says added adds asked".split())
"""Verbs that put the speaker after them (`said Shoukry`)."""
_PLAIN_S_VERBS: Final = frozenset(
    "says tells adds writes argues insists explains asks admits concedes recalls".split()
)
"""Verbs in -s that are rarely plural nouns: after a place or an English word, other -s forms
are the nouns they look like (`the Benghazi attacks`, `Obama calls`)."""
_COINED_ENDINGS: Final = (
    "care",
    "ism",
    "isms",
    "nomics",
    "mania",
    "xit",
    "phobic",
    "phobia",
    "ers",
    "ites",
    "ians",
    "ists",
    "istas",
    "men",
)
"""Words coined from a name or a place (`Obamacare`, `Trumpism`, `Brexit`), and plural nouns for
a group (`Remainers`, `Blairites`, `Lancastrians`, `Unionists`, `Cornishmen`), are not a person
(when no list of names holds them: `Sanders` stays)."""
_CONTRACTION: Final = re.compile(r"\w['’](?:re|ll|ve|d|m|t)$")
"""`We're`, `They'll`: a pronoun and a verb, never a name."""
_FEATURE_FIRST: Final = frozenset(
    "Lake Loch Isle Mount Mt. Cape Fort Ft. Port Avenida Rua Calle Rue Via Piazza Plaza".split()
)
_FEATURE_LAST: Final = frozenset(
    "River Bay Lake Island Islands Mountain Mountains Valley Vale Canyon Creek Harbor Harbour "
    "Peninsula Desert Sea Ocean Strait Falls Heights Bridge Castle Abbey Port".split()
)
"""Words that make a run a geographic feature or a landmark (`Platte River`, `Cape Breton`,
`Loch Ness`, `Windsor Castle`, `Ellesmere Port`), not a person."""
_DISTRICT_LAST: Final = frozenset("Cross Heath Common Moor Marsh End".split())
"""Words that end a British district's name after a word that is no first name (`Charing Cross`,
`Thornton Heath`, `Clapham Common`), or a ground's stand (`the Holte End`): no person (`Lucy
Cross` is one), though not a place on their own either (`the International Red Cross`)."""
_SCORE_BEFORE: Final = re.compile(r"(?<![0-9])[0-9]{1,2}[ \t]+$")
_SCORE_AFTER: Final = re.compile(r"[ \t]+[0-9]{1,2}(?=[ \t]*(?:$|\n|[A-Z(]))")
"""`Karlsruhe 2 Hansa Rostock 0 St Pauli`: a name between two scores is a team in a results line
(a golfer's line has a total before and several rounds after)."""
_DIGITS: Final = tuple("0123456789")
_RESULT_LINE_AFTER: Final = re.compile(
    r"[ \t]+[0-9]{1,2}[ \t]+[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3}[ \t]+[0-9]{1,2}[ \t]*"
    r"(?:$|\n|\()"
)
"""`Greenock Morton 1 Falkirk 0` opening its line: the first team of a result, before the
second's name and score (a golfer's line has rounds after the first score, not a name)."""
_VERSUS_AFTER: Final = re.compile(r"[ \t]+vs?\.?[ \t\n]+[A-Z]")
_VERSUS_BEFORE: Final = re.compile(r"[\w)][ \t]+vs?\.?[ \t\n]+$")
"""`St Johnstone v Airdrieonians`: either side of a fixture is a team (or a party to a case,
`Roe v Wade`, no mention of a person either)."""
_NAME_AFTER: Final = re.compile(r"[ \t]+[A-Z][a-z]")
"""`Love Island host Maya Jama`: a show's host before the host's name (a person who hosts
something `hosts` it)."""
_HORSE_AFTER: Final = re.compile(r",?[ \t]*\(?(?:ridden|trained) by\b")
_PUBLICATIONS: Final = frozenset(
    "agency newspaper weekly magazine tabloid broadcaster airline".split()
)
_CLUB_ROLES: Final = frozenset(
    "manager boss coach captain skipper chairman striker forward midfielder defender goalkeeper "
    "keeper winger fullback batsman bowler pitcher squad".split()
)
"""`Aston Villa boss Unai Emery`, `Wexford striker`: what a club or a team has, never a person
(a person's staff are aides, advisers, lawyers: `Obama adviser David Axelrod`)."""
_SHOW_ROLES: Final = frozenset("star presenter presenters judge creator contestant".split())
"""`Coronation Street star`, `Love Island presenter`, `Gavin and Stacey creator`: what a show has
(not `stars`, a verb after a name too: `Josh Brolin stars`; `host` only before the host's name)."""
_FIRMS: Final = frozenset(("solicitors",))
"""`Leigh Day solicitors`, `the Clifford Chance law firm`: a law firm named after its partners."""
_THINGS: Final = (
    _FIRMS
    | _BUILDINGS
    | PRODUCTS
    | _PUBLICATIONS
    | gazetteer.PLACE_NOUNS
    | _CLUB_ROLES
    | _SHOW_ROLES
)
"""Any of these right after a name makes it a thing's, a place's or a club's: `Batajnica
airport`, `the Hilton hotel`, `a Paul Smith suit`, `Le Matin newspaper`, `Leeds striker`."""
_BEFORE_A_SECOND_WORD: Final = {
    "head": frozenset(("coach",)),
    "daily": frozenset("said reported quoted wrote added newspaper".split()),
    "news": frozenset(("agency",)),
    "refugee": frozenset(("camp",)),
    "ridden": frozenset(("by",)),
    "trained": frozenset(("by",)),
    "law": frozenset(("firm",)),
    "sports": frozenset(("car", "cars")),
}
"""Words that make a name a thing's with the word after them: `daily said`, `news agency`,
`refugee camp`, `ridden by`."""
_PARTNER_BEFORE: Final = re.compile(r"&[ \t]*$")
"""`Marks & Spencer`: a name after an ampersand is a firm's, like the one before it."""
_POSSESSIVE_FEATURE_AFTER: Final = re.compile(
    rf"['’]s[ \t]+(?:{'|'.join(sorted(_FEATURE_LAST))}|Day|Eve)\b"
)
"""`Jacob's Creek`, `Martha's Vineyard`: a name owning a feature word names the place (or the
wine named after it), not a person; one owning a day names a feast (`St Patrick's Day`)."""
_SPORTS_ROLES: Final = frozenset(
    "striker forward midfielder defender goalkeeper keeper winger fullback batsman bowler pitcher "
    "jockey rider driver cyclist skier swimmer sprinter runner boxer golfer seed compatriot "
    "teammate team-mate international".split()
)
"""Descriptions sports reports put before a name (`Brazilian striker Ronaldo`), besides the
person nouns the speaker finder shares."""
_SHIP_PREFIXES: Final = frozenset("HMS RMS USS HMY HMCS HMAS HMNZS RFA MV RV".split())
"""What opens a ship's name (`HMS Queen Elizabeth`, `USS Cole`, `MV Derbyshire`)."""


def ship_name(words: list[str]) -> bool:
    """Whether a run names a ship (`HMS Prince of Wales`, `The HMS Queen Elizabeth`): no person
    nor place is named inside it."""
    return len(words) > 1 and (
        words[0] in _SHIP_PREFIXES or (words[0] in ARTICLES and words[1] in _SHIP_PREFIXES)
    )


STORM_WORDS: Final = frozenset(("Storm", "Hurricane", "Typhoon", "Cyclone"))
_NOT_FIRST_WORDS: Final = frozenset(
    {*PLACE_ABBREVIATIONS, *(w + "." for w in PLACE_ABBREVIATIONS)}
    | {"Saint", "Royal"}
    | STORM_WORDS
)
"""Words that open a place's, a saint's or a storm's name, never a person's (`St Andrews`,
`Storm Bert`), nor does `Royal`, a first name that opens a club's or a body's (`Royal Troon`,
`Royal Lytham`, `Royal Mail`)."""
_FIXTURE_WORDS: Final = "host hosts hosted face faces entertain entertains".split()
_FIXTURE_VERBS: Final = frozenset(_FIXTURE_WORDS)
_FIXTURE_BEFORE: Final = re.compile(
    rf"([A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*) (?:{'|'.join(_FIXTURE_WORDS)}) $"
)
"""`Leicester City host Sunderland`: a town a club hosts or faces is the other club, not a host
called Sunderland."""
_STAFF_AT: Final = re.compile(
    r"\b(?:[Aa]nalysts|[Ee]conomists|[Ss]trategists|[Rr]esearchers|[Ss]cientists|[Ss]taff|"
    r"[Ww]orkers|[Ee]mployees|[Ee]ngineers|[Tt]raders|[Bb]rokers|[Ee]xperts|"
    r"(?:[Pp]artner|[Ss]olicitor|[Ll]awyer|[Aa]ssociate|[Aa]ccountant)s?) at[ \t]+$"
)
"""`Analysts at Hargreaves Lansdown said`: where staff work is a firm or a body, no person (one
`analyst at Raymond James` is left alone: a person can stand there); nor is where one partner,
solicitor or lawyer works (`a partner at Irwin Mitchell`): a firm's, as a person has no partners."""
_NATIONS: Final = frozenset(("Nation", "Nations"))
"""`Sandy Lake First Nation`, `Nishnawbe Aski Nation`: a people's or a community's name (`Carry
Nation`, a first name before it, is a person)."""
_ACRONYMS: Final = re.compile(r"[A-Z]{2,}s")
"""`GDRs`, `MPs`: acronyms in the plural."""
_AGED: Final = re.compile(r"[0-9]{1,3}-year-old")
_NUMBER_AFTER: Final = re.compile(r"[ \t]+[0-9]")
"""`the 20-year-old Woods`: an age before a name describes a person."""
_POSSESSIVE_PLACE_BEFORE: Final = re.compile(r"([A-Z][\w.]*(?: [A-Z]\w*)?)['’]s[ \t]+$")


def _fixture_verb_before(text: str, start: int) -> bool:
    """Whether a space, a verb of `_FIXTURE_WORDS` and a space end the text before `start`: the
    word before the space looked up (several `endswith` at a position are generic calls)."""
    if text[start - 1 : start] != " ":
        return False
    at = text.rfind(" ", 0, start - 1)
    return at >= 0 and text[at + 1 : start - 1] in _FIXTURE_VERBS


class Candidate:
    """A name a run gives: its span in the text, its words, the title before it as `role` and
    the title and the name as `surface` (`""` with no title). A plain class, not a dataclass:
    compiled, its `__init__` is native, not the interpreted one a dataclass gets."""

    __slots__ = ("end", "role", "start", "surface", "words")

    def __init__(
        self, start: int, end: int, words: list[str], role: str | None, surface: str
    ) -> None:
        self.start = start
        self.end = end
        self.words = words
        self.role = role
        self.surface = surface


AFFILIATIONS: Final = frozenset(
    "Democrat Democratic Republican Conservative Labour Liberal Socialist Communist Independent "
    "Tory Green Ex Former Veteran Rookie".split()
)
"""Words that stand before a name without being part of it (`Democrat Walter Mondale`); so
does a -man or -woman word no list knows opening a sentence (`Frontman Alex Turner`)."""
_FORMER: Final = ("Ex-", "Former-", "Anti-", "Pro-")
"""Prefixes of such words (`Ex-Yankee Randy Velarde`)."""
_FIRST_NAME_ONLY: Final = frozenset(("f", "Lf", "fl", "Lfl"))
"""What the name lists say of a word that is a first name and no English word."""
_OCCASIONS: Final = frozenset("Day Night Eve Week".split())
"""`Boxing Day`, `Bonfire Night`, `Fashion Week`: a name that ends in one is a feast or an event
(`Doris Day`, a first name before it, is a person)."""
_RANKS: Final = frozenset("PC WPC DC DS DI DCI DSU DCS PCSO".split())
"""British police ranks in capitals before a name (`PC Andrew Harper`, `DCI Ann Lee`): a title, not
an acronym in the name."""
_TIME_PREFIXES: Final = ("Then-", "Ex-", "Former-")
"""Prefixes that put a title in the past (`Then-Secretary of State Hillary Clinton`): the title
is read without them."""
_TIME_PREFIX_INITIALS: Final = frozenset(ord(prefix[0]) for prefix in _TIME_PREFIXES)
"""Their first letters, read before the prefixes are (most words open with none)."""


def _title_cased(words: list[str], first: int) -> bool:
    """A sentence opening with a name in title case, a small word capitalised inside it and no
    first name after (`Save Our Seafront said`, `Stand Up To Racism said`): a campaign's, a
    group's or a work's name, whose last word is no one's."""
    return (
        first == 1
        and len(words) > 2
        and words[0] not in FUNCTION_WORDS
        and words[1] in FUNCTION_WORDS
        and not any(names.is_first_name(words[i]) for i in range(2, len(words)))
    )


WORD_AFTER_POSSESSIVE: Final = re.compile(r"['’]s[ \t]+([A-Z][\w'’-]*)")
GLUES: Final = frozenset(("'s ", "’s "))
"""A possessive, and one before a space: read as a slice of the text looked up (compiled, a
`startswith` at a position is a generic call, several times as dear), after `glued`."""


def _possessive_at(text: str, end: int) -> bool:
    """Whether a possessive (`'s`, `’s`) stands at `end`, its characters read as numbers."""
    if end + 1 >= len(text):
        return False
    mark = ord(text[end])
    return (mark == 39 or mark == 0x2019) and ord(text[end + 1]) == 115


def glued(text: str, end: int) -> bool:
    """Whether one of `GLUES` stands at `end`: its mark read as a number first, as after nearly
    every name none does (no slice made)."""
    if end >= len(text):
        return False
    mark = ord(text[end])
    return (mark == 39 or mark == 0x2019) and text[end : end + 3] in GLUES


def _owning_a_body(text: str, words: list[str], end: int) -> bool:
    """A run ending in a plain English word that owns a body's word names that body (`Royal
    Manchester Children's Hospital`, `the Women's Institute`), unless a first name that is no
    word opens a person's name in it (`Karl Rove's PAC`)."""
    after = WORD_AFTER_POSSESSIVE.match(text, end)
    return (
        after is not None
        and names.is_plain_word(words[-1])
        and is_organisation_word(after.group(1))
        and not any(names.is_first_name(w) and not names.is_english_word(w) for w in words[:-1])
    )


def candidates(text: str, run: Run) -> list[Candidate]:
    """The people a run names on its own evidence (titles, first names, unknown words, verbs)."""
    out = []
    words, spans, joins = run.words, run.spans, run.joins
    alone = _MAY_STAND_ALONE.get(words[0]) if len(words) == 1 else ""
    if len(words) == 1 and not alone:
        return []  # most lone words (openers, places, acronyms): the cheapest test first
    if ship_name(words):
        return []
    if names_a_seat(text, run.start):
        return _member_after_seat(text, run)
    if glued(text, run.end) and _owning_a_body(text, words, run.end):
        return []
    if _riding(text, run) or gazetteer.home_before(text, run.start):
        return []
    if len(words) == 1:
        if (
            (alone == "yes" or (alone and _context_names_someone(text, run.end)))
            and text[run.start - 1 : run.start] != "-"
            and not _county_after_town(text, run)
            and _looks_like_person(text, run, 0, 1)
        ):
            out.append(Candidate(spans[0][0], spans[0][1], words, None, ""))
        return out
    if run.sentence_start and _particle_opening(text, words):
        return [Candidate(spans[0][0], spans[1][1], words[1:], None, "")]
    first = (
        1
        if (
            (run.sentence_start and opens_sentence(words[0]))
            or words[0] in FUNCTION_WORDS
            or _contraction(words[0])
        )
        and gazetteer.lookup(text[spans[0][0] : spans[1][1]]) is None
        else 0
    )
    if _title_cased(words, first):
        return []
    while first < len(words) - 1 and (words[first] in FUNCTION_WORDS or words[first] in _RANKS):
        first += 1
    heads = words
    if ord(words[first][0]) in _TIME_PREFIX_INITIALS and words[first].startswith(_TIME_PREFIXES):
        heads = [*words[:first], words[first].split("-", 1)[1], *words[first + 1 :]]
    for lo, hi in _segments(words, first):
        title = (
            find_title(heads[lo:hi], joins[lo : hi - 1])
            if holds_title_word(heads, lo, hi - 1)  # most segments: no lists sliced
            else None
        ) or _office_of_place(text, run, heads, lo, hi)
        if title is not None:
            name_lo = lo + title[1]
            name_hi = _trim(
                words,
                name_lo,
                next((i + 1 for i in range(name_lo, hi - 1) if joins[i] == " of "), hi),
            )
            if (
                name_hi > name_lo
                and (
                    not all(names.is_plain_word(w) for w in words[name_lo:name_hi])
                    or _peer(words, lo + title[0], name_lo, name_hi)
                )
                and (_is_name(words[name_lo:name_hi]))
            ):
                role = text[spans[lo + title[0]][0] : spans[lo + title[1] - 1][1]]
                out.append(
                    Candidate(
                        spans[name_lo][0],
                        spans[name_hi - 1][1],
                        words[name_lo:name_hi],
                        role,
                        text[spans[lo + title[0]][0] : spans[name_hi - 1][1]],
                    )
                )
            continue
        if " of " in joins[lo : hi - 1]:
            hi = joins.index(" of ", lo, hi - 1) + 1
        office = lo
        while hi - lo > 1 and (
            words[lo] in AFFILIATIONS
            or words[lo].startswith(_FORMER)
            or (_OF_ORIGIN.get(words[lo]) and not names.is_first_name(words[lo]))
            or (
                lo == 0
                and run.sentence_start
                and words[lo].endswith(("man", "woman"))
                and not names.kinds(words[lo])
            )
        ):
            lo += 1
        if hi - lo == 1 and lo == office + 1 and _firm_of_origin(words[office], words[lo]):
            continue
        affiliated, lo = lo, _first_name_after_words(words, lo, hi)
        if (
            any(is_organisation_word(words[i]) for i in range(lo, hi))
            and not family_name_first(words[lo:hi])
            and not _vouched_surname(text, run, lo, hi)
        ):
            continue
        if words[hi - 1].lower() in PRODUCTS or (
            hi - lo > 1 and words[hi - 1] in _OCCASIONS and not names.is_first_name(words[hi - 2])
        ):
            continue  # a brand (`Newcastle Brown Ale`) or a feast (`Guy Fawkes Night`)
        hi = _trim(words, lo, hi, joins)
        if _looks_like_person(text, run, lo, hi):
            held = (
                text[spans[office][0] : spans[lo - 1][1]]
                if any(w in HEADS or w in MODIFIERS for w in words[affiliated:lo])
                else None
            )
            surface = text[spans[office][0] : spans[hi - 1][1]] if held else ""
            out.append(Candidate(spans[lo][0], spans[hi - 1][1], words[lo:hi], held, surface))
    return out


_PEERAGE: Final = frozenset(("Lord", "Baroness"))


def _particle_opening(text: str, words: list[str]) -> bool:
    """A particle capitalised at a sentence start (`Ap Iorwerth said`) that the text also writes
    in lower case in a name (`Rhun ap Iorwerth`): the surname of that person."""
    particle = words[0].lower()
    return (
        len(words) == 2
        and particle in NAME_PARTICLES
        and f" {particle} {words[1]}" in text  # what the pattern needs, found with no pattern
        and re.search(rf"[A-Z][\w'’-]* {particle} {re.escape(words[1])}\b", text) is not None
    )


def _peer(words: list[str], title: int, name_lo: int, name_hi: int) -> bool:
    """A peer named by an English word (`Lord Sugar`, `Lord Frost`, `Baroness Mone`): the word
    right after `Lord` or `Baroness` alone, unless it is an office (`Lord Mayor`, `Lord
    Chancellor`) or the Lord of prayer."""
    return (
        words[title] in _PEERAGE
        and name_lo == title + 1
        and name_hi == name_lo + 1
        and words[name_lo] not in HEADS
        and words[name_lo] not in MODIFIERS
        and words[name_lo] not in ("God", "Jesus", "Lieutenant", "Advocate")
    )


def _first_name_after_words(words: list[str], lo: int, hi: int) -> int:
    """Where a name starts after ordinary words no title list has (`Political Editor Chris Mason`,
    `Senate Minority Whip Rosa Delgado`, a credit's `Getty Images Rachel Reeves`): the first name
    after the last such word, with a word after it; else `lo`."""
    for k in range(hi - 3, lo - 1, -1):
        if (
            (names.is_plain_word(words[k]) or words[k].lower() in PERSON_NOUNS)
            and words[k] not in FUNCTION_WORDS
            and names.kinds(words[k + 1]) in _FIRST_NAME_ONLY
            and gazetteer.lookup(words[k + 1]) is None
        ):
            return k + 1
    return lo


def _office_of_place(
    text: str, run: Run, heads: list[str], lo: int, hi: int
) -> tuple[int, int] | None:
    """A title that is an office of a place, before a name (`Mayor of London Sadiq Khan`,
    `Archbishop of Canterbury Justin Welby`): (start, end) of the title in words[lo:hi], as
    `find_title` gives them, or None. `heads` are the run's words as titles read them."""
    joins, spans = run.joins, run.spans
    if " of " not in joins:
        return None
    for head in range(lo, hi - 2):
        if joins[head] != " of " or heads[head] not in HEADS:
            continue
        for end in range(min(hi - 1, head + 4), head + 1, -1):
            if all(j == " " for j in joins[head + 1 : end]) and (
                gazetteer.lookup(text[spans[head + 1][0] : spans[end - 1][1]]) is not None
            ):
                return head - lo, end - lo
    return None


def headline_candidates(text: str, run: Run) -> list[Candidate]:
    """The names in a headline, where capitals say nothing: only a first name that is no English
    word followed by a surname that is nothing else (`Claudia Tenney`, `KEVIN BROWN` aside, as
    `Brown` is also a word)."""
    out = []
    words, spans = run.words, run.spans
    all_capitals = text[run.start : run.end].isupper()
    for i in range(len(words) - 1):
        if run.joins[i] != " ":
            continue
        first, last = names.kinds(words[i]), names.kinds(words[i + 1])
        if (
            "f" in first
            and "w" not in first
            and last in ("l", "Ll")
            and not any(
                is_organisation_word(w) or (w.isupper() and not all_capitals)
                for w in words[i : i + 2]
            )
            and (
                gazetteer.lookup(words[i].title()) is None
                and gazetteer.lookup(words[i + 1].title()) is None
            )
        ):
            out.append(
                Candidate(
                    spans[i][0],
                    spans[i + 1][1],
                    [w.title() if w.isupper() else w for w in words[i : i + 2]],
                    None,
                    "",
                )
            )
    return out


_PLACE_AND_DASH_BEFORE: Final = re.compile(r"([A-Z][\w.'-]*(?: [A-Z][\w'-]*){0,2})—$")


def _member_after_seat(text: str, run: Run) -> list[Candidate]:
    """After a member's `for` a run names the seat (`the MNA for Louis-Hébert`), and the member
    where a name follows it in the same run (`MPP for Ottawa South John Fraser said`)."""
    seat = seat_words(run.words)
    if seat == len(run.words) or not _looks_like_person(text, run, seat, len(run.words)):
        return []
    return [Candidate(run.spans[seat][0], run.end, run.words[seat:], None, "")]


def _riding(text: str, run: Run) -> bool:
    """A run names a riding, no person: dashed onto a place with no space and opening with no
    first name (`Thunder Bay—Superior North`, `Argenteuil—La Petite-Nation`)."""
    if run.start == 0 or ord(text[run.start - 1]) != 0x2014 or names.is_first_name(run.words[0]):
        return False
    before = _PLACE_AND_DASH_BEFORE.search(text, max(0, run.start - 60), run.start)
    return before is not None and gazetteer.lookup(before.group(1)) is not None


_PARTY_AND_STATE: Final = re.compile(r"[RDI]-[A-Z]")
"""A US lawmaker's party and state after the name (`Sen. Sue Day, R-Maine,`): no one's name."""


def _stands_alone(word: str) -> str:
    """Whether a word could be a person's name on its own (a quick filter: most single
    capitalised words are sentence openers, places or acronyms): `"yes"`, `""` for no, or
    `"context"` for a name that is also an English word (`Bob`, `Constable`), which only a verb
    of saying, an age or an artist's verb after it can make a person. Asked through
    `_MAY_STAND_ALONE`, which keeps the answers by word."""
    if (
        len(word) < 3
        or "." in word
        or word in _BREAKS
        or word in FUNCTION_WORDS
        or is_organisation_word(word)
        or ("-" in word and word.split("-", 1)[1][:1].islower())
        or (word.isupper() and not _ROMAN.fullmatch(word))
        or _PARTY_AND_STATE.match(word)
    ):
        return ""
    kinds = names.kinds(word)
    if _coined(word, kinds) or is_major_place(word):
        return ""
    if "w" not in kinds or "L" in kinds:
        return "yes"
    return "context" if "f" in kinds or "l" in kinds else ""


_MAY_STAND_ALONE: Final = WordMemo(_stands_alone, 1 << 16)


def _context_names_someone(text: str, end: int) -> bool:
    """What after a word makes it a name: a verb of saying, an age, an artist's verb."""
    return bool(
        _says(text, end, strict=True)
        or _age_after(text, end)
        or _blank_word_after(text, end) in _MADE_AFTER
    )


def _blank_word_after(text: str, end: int) -> str:
    """The word after the blanks after `end` (a run of word characters, as a pattern's `\\w+`
    reads it), empty when no blank or no word follows: looked up in the word lists of what
    follows a name (`_MADE_AFTER`, `_PERSON_THINGS_AFTER`, `_PLURAL_AFTER`) instead of a pattern
    each, by a scan compiled code runs without calls."""
    at = gazetteer.blanks_after(text, end)
    if at == end:
        return ""
    stop = at
    size = len(text)
    while stop < size and (text[stop].isalnum() or text[stop] == "_"):
        stop += 1
    return text[at:stop]


def _coined(word: str, kinds: str) -> bool:
    """A word coined from a name (`Obamacare`) or a contraction (`We're`): no name on its own."""
    return (not kinds and word.endswith(_COINED_ENDINGS)) or _contraction(word)


def _contraction(word: str) -> bool:
    return ("'" in word or "’" in word) and _CONTRACTION.search(word) is not None


def is_feature(words: list[str]) -> bool:
    """A lake, river, cape or fort named by its feature word (`Lake Erie`, `Platte River`); a
    first name before the word makes a person instead (`Michael Bay`, `Roy Castle`), unless it is
    also a town's (`Lincoln Castle`)."""
    return words[0] in _FEATURE_FIRST or (
        words[-1] in _FEATURE_LAST
        and (not names.is_first_name(words[0]) or _town(words[0]) or words[-1] in _ISLANDS)
    )


_ISLANDS: Final = frozenset(("Island", "Islands"))
"""No one is named after a first name and `Island` (`Barry Island`, `Hayling Island`)."""


def is_river(text: str, words: list[str], start: int) -> bool:
    """`the River Severn`: a river as British news names it, `the` before it (`River Phoenix`,
    with none, is an actor; `the River Club` is a club)."""
    return (
        1 < len(words) <= 3
        and words[0] == "River"
        and _the_before(text, start)
        and not any(is_organisation_word(words[i]) for i in range(1, len(words)))
    )


def _town(word: str) -> bool:
    """A town or city of some size (`Lincoln`; not a hamlet called `Roy`)."""
    place = gazetteer.lookup(word)
    return place is not None and not place.small


_ORIGIN_NICKNAMES: Final = frozenset(
    "Geordie Brummie Scouser Cockney Mackem Kiwi Aussie Brit Yank".split()
)
"""What British news calls people from a city or a country, after `the`: no gazetteer has them."""
_PARTY_MEMBERS: Final = frozenset(
    "Conservative Tory Democrat Republican Nationalist Unionist".split()
)
"""A party's member, after `the` (`the Conservative said`): a person already named."""


def epithet(word: str) -> bool:
    """A capitalised word that describes a person after `the` (`the American`, `the
    Irishman`, `the Olympian`), not a body (`the Pentagon`): a nationality or a -man, -woman or
    -ian noun that is no one's name (`The Guardian` is a newspaper, `Don Guardian` a mayor), or
    a nickname for where one comes from (`the Geordie`, `the Kiwi`), or a party's member (`the
    Conservative`)."""
    if word in _ORIGIN_NICKNAMES or word in _PARTY_MEMBERS:
        return True
    if (
        word.endswith(("man", "woman", "ian"))
        and word[:1].isupper()
        and len(word) > 5
        and not ({"f", "l"} & set(names.kinds(word).lower()))
    ):
        return True
    place = gazetteer.lookup(word)
    return place is not None and place.kind == "demonym"


def _town_and_nickname(words: list[str]) -> bool:
    """A town and a plural English noun name a club (`Bristol Bears`, `Newcastle Red Bulls`,
    `Leeds Rhinos`), not a person: a first name before the noun makes one (`Chester Banks`)."""
    if len(words) < 2 or not words[-1].endswith("s") or not names.is_english_word(words[-1]):
        return False
    place = gazetteer.lookup(words[0])
    return (
        place is not None
        and place.kind in ("city", "region")
        and not names.is_first_name(words[0])
        and all(names.is_english_word(w) for w in words[1:])
    )


def _firm_of_origin(origin: str, word: str) -> bool:
    """A nationality and one English word name a firm (`Scottish Power`, `British Gas`), not a
    person named by the word (`Brazilian Ronaldo`)."""
    return names.is_english_word(word) and gazetteer.lookup(origin) is not None


def _district(words: list[str]) -> bool:
    """A place and a point of the compass name a district or a constituency (`Leeds North`,
    `Glasgow Central`), not a person (`Oliver North`: a first name)."""
    return (
        len(words) == 2
        and words[1] in _COMPASS
        and gazetteer.lookup(words[0]) is not None
        and not names.is_first_name(words[0])
    )


_COMPASS: Final = frozenset(
    "North South East West Central Northeast Northwest Southeast Southwest".split()
)


def _of_origin(word: str) -> bool:
    """A word of origin: a demonym (`Texan`) or one made a person (`Irishman`, `Scotswoman`).
    Asked through `_OF_ORIGIN`, which keeps the answers by word."""
    for stem in {word, word.removesuffix("woman"), word.removesuffix("man")}:
        place = gazetteer.lookup(stem)
        if place is not None and place.kind == "demonym":
            return True
    return False


_OF_ORIGIN: Final = WordMemo(_of_origin, 1 << 16)


def opens_sentence(word: str) -> bool:
    """A sentence-opening word that is not a name (`As`, `When`, `An`, `Fly-half`), so it is not
    part of one."""
    if word in TITLE_WORDS:
        return False
    if "-" in word and word.split("-", 1)[1][:1].islower():
        return True
    return (
        word in FUNCTION_WORDS
        or names.is_plain_word(word)
        or (names.is_english_word(word) and not names.is_first_name(word))
        or (word.lower() in PERSON_NOUNS and not names.is_first_name(word))
    )


def _segments(words: list[str], first: int) -> list[tuple[int, int]]:
    """Word ranges of a run between words that never belong to a name (days, months)."""
    if not any(word in _BREAKS for word in words):  # a loop compiled, not a set method called
        return [(first, len(words))] if len(words) > first else []
    out, lo = [], first
    for i in range(first, len(words)):
        if words[i] in _BREAKS and not (words[i] in NAME_MONTHS and i == len(words) - 1 and i > lo):
            if i > lo:
                out.append((lo, i))
            lo = i + 1
    if len(words) > lo:
        out.append((lo, len(words)))
    return out


def _trim(words: list[str], lo: int, hi: int, joins: Sequence[str] = ()) -> int:
    """Drop trailing English words that follow a name (`Biden Administration` -> `Biden`), not a
    regnal number (`King Abdullah II`), the surname after a first name that is no English word
    (`Desmond Tutu`) nor one after a person's particle in `joins` (`Osama bin Laden`)."""
    while (
        hi - lo > 1
        and names.is_plain_word(words[hi - 1])
        and not (joins and joins[hi - 2] in _PERSON_PARTICLE_JOINS)
        and not (len(words[hi - 1]) > 1 and _ROMAN.fullmatch(words[hi - 1]))
        and not (
            hi - lo == 2
            and names.kinds(words[lo]) in ("f", "Lf", "fl", "Lfl")
            and len(words[hi - 1]) > 2
            and (gazetteer.lookup(words[lo]) is None)
        )
    ):
        hi -= 1
    return hi


def _is_name(words: list[str]) -> bool:
    """Words after a title are a name unless an organisation's or a country's (`President Obama`
    even though Obama is also a town). A first name and a surname stay a name when either is also
    a big place's or a title's (`Rep. Jim Jordan`, `Rep. Alexandria Ocasio-Cortez`, `Chief Ann
    King`), and when the surname is a common one that is also an organisation's word
    (`Professor David Park`, `Judge Ann Hall`)."""
    named = len(words) == 2 and names.is_first_name(words[0])
    surnamed = named and "L" in names.kinds(words[1])
    return len(words) <= 5 and (
        family_name_first(words)
        or not any(
            (is_organisation_word(w) and not (surnamed and w == words[1]))
            or ((is_major_place(w) or w in HEADS) and not named)
            or w in HONORIFICS
            for w in words
        )
    )


def _vouched_surname(text: str, run: Run, lo: int, hi: int) -> bool:
    """A first name and a known surname that is also an organisation's word, with an age, a verb
    of saying or a person's description right after (`Jo Park, 29,`, `Ann Hall said`, `Andy
    Street, the former mayor,`): no body has an age, and a `Cornell University, said` has no
    surname in it. A nationality that is a first name too opens a paper's name, not a person's
    (`the Irish Times reported`)."""
    end = run.spans[hi - 1][1]
    return (
        hi - lo == 2
        and names.is_first_name(run.words[lo])
        and not is_major_place(run.words[lo])
        and "l" in names.kinds(run.words[hi - 1])
        and not _street_after_preposition(text, run.words[hi - 1], run.spans[lo][0])
        and (_age_after(text, end) or _says(text, end, strict=True) or _person_apposed(text, end))
    )


_STREET_WORDS: Final = frozenset(
    "Street Road Avenue Square Park Lane Drive Crescent Terrace Grove".split()
)
_ON_BEFORE: Final = re.compile(r"\b(?:on|in|off|along|at)[ \t]+$")


def _street_after_preposition(text: str, last: str, start: int) -> bool:
    """`a cafe on George Street, said`: a street or a park after a preposition, whatever follows."""
    return last in _STREET_WORDS and _ON_BEFORE.search(text, max(0, start - 7), start) is not None


def _street(words: list[str]) -> bool:
    """`the Longley Lane recycling centre`: a street word after a word that is no first name
    names a street wherever it stands (`Andy Street`, `Lois Lane` are people; `Park` is a
    Korean surname too)."""
    return (
        len(words) > 1
        and words[-1] in _STREET_WORDS
        and words[-1] != "Park"
        and not names.is_first_name(words[-2])
    )


_APPOSITION: Final = re.compile(
    r", (?:(?:the|a|an) (?:[a-z-]+ ){0,3}?([a-z]+)[,.]|(?:[a-z-]+ ){0,2}?([a-z]+) (?:of|at|for)\b)"
)


def _person_apposed(text: str, end: int) -> bool:
    """A description of a person set off after the name (`Andy Street, the former mayor,`,
    `Linda Park, director of the alliance,`)."""
    match = _APPOSITION.match(text, end)
    return match is not None and (match.group(1) or match.group(2)) in PERSON_NOUNS


def family_name_first(words: list[str]) -> bool:
    """A family name and a hyphenated given name with a lower-case second part (`Park Geun-hye`,
    `Moon Jae-in`): an East Asian name, whatever its first word means in English."""
    return len(words) == 2 and "-" in words[1] and words[1].split("-", 1)[1][:1].islower()


def is_major_place(word: str) -> bool:
    place = gazetteer.lookup(word)
    return place is not None and (place.major or place.kind == "demonym")


def _looks_like_person(text: str, run: Run, lo: int, hi: int) -> bool:
    """Whether words[lo:hi] of a run, with no title before them, name a person."""
    words = run.words[lo:hi]
    start, end = run.spans[lo][0], run.spans[hi - 1][1]
    surface = words[0] if hi - lo == 1 else text[start:end]  # a word of the run: no new string
    if hi - lo == 1 and not _single_name(text, run, lo, words[0], names.kinds(words[0])):
        return False  # what rejects most lone words, tried before the tests below, which pass
    if (
        len(words) > 4
        or words[0] in _NOT_FIRST_WORDS
        or (words[-1] in _NATIONS and hi - lo > 1 and not names.is_first_name(words[-2]))
        or (hi - lo > 1 and gazetteer.lookup(surface) is not None)
        or company_after(text, end)
        or (
            text.find("&", max(0, start - 3), start) >= 0
            and _PARTNER_BEFORE.search(text, max(0, start - 3), start)
        )
        or (
            gazetteer.word_ends_before(text, start, _DIGITS)
            and _SCORE_BEFORE.search(text, max(0, start - 4), start) is not None
            and _SCORE_AFTER.match(text, end) is not None
        )
        or (_possessive_at(text, end) and _POSSESSIVE_FEATURE_AFTER.match(text, end))
        or _district(words)
        or _adjective_opening(text, words, start, end)
        or is_body_name(surface)
        or is_town_club(words)
        or (len(run.words) - lo > 1 and _town_and_nickname(run.words[lo:]))
        # a name said twice that is no first name is a band's: `Duran Duran`, `Talk Talk`
        or (len(words) == 2 and words[0] == words[1] and not names.is_first_name(words[0]))
        or is_river(text, words, start)
        or _street_after_preposition(text, run.words[-1], start)
        or _street(words)
        or (words[-1] in _DISTRICT_LAST and len(words) > 1 and not names.is_first_name(words[-2]))
        or partner_in_body_name(text, start, end)
        or shop_named_like_person(text, surface)
        or _thing_after(text, end)
        or (run.end != end and _horse_after(text, run.end))
        or _made_thing(text, words, start)
        or (
            text.find("v", max(0, start - 5), start) >= 0
            and _VERSUS_BEFORE.search(text, max(0, start - 6), start)
        )
        or ((start == 0 or text[start - 1] == "\n") and _RESULT_LINE_AFTER.match(text, end))
        or (start > run.start and gazetteer.home_before(text, start))
        or (
            gazetteer.ends_at(text, start, " at ")
            and _STAFF_AT.search(text, max(0, start - 20), start)
            and not _possessive_at(text, end)
        )
    ):
        return False
    if _acronym_or_honorific(words) and not _initials_and_surname(words):
        return False
    if thing_named(text, start):
        return False
    if len(words) == 1:
        return True
    kinds = [names.kinds(w) if len(w) > 1 or w in "AI" else "" for w in words]  # `W`: an initial
    if any(j != " " and j != " of " for j in run.joins[lo : hi - 1]) and (
        "f" in kinds[0] or any(j in _PERSON_PARTICLE_JOINS for j in run.joins[lo : hi - 1])
    ):
        return True  # a first name and a particle inside the name: `Erik ten Hag`
    if (
        (words[-1] in HEADS and "f" not in kinds[-2])
        or _holds_place(text, run, lo, hi)
        or (is_feature(words) and not _described(text, start))
    ):
        return False
    if any("w" in k and "f" not in k and "l" not in k for k in kinds[1:-1]) or any(
        w in _COMPASS for w in words[1:-1]
    ):
        return False  # `Avanti West Coast`: a point of the compass inside names a region
    places = [gazetteer.lookup(w) for w in words]
    if words[0] in gazetteer.DIRECTIONS and (places[-1] is not None or words[0] in _COMPASS):
        return False  # `North Devon`, `West Brom`: a region's or a club's name
    if "w" in kinds[0] and "f" not in kinds[0] and gazetteer.ends_at(text, start, "the "):
        return False  # `the Old Bailey`, `the Royal Mint`: a building's or a body's name
    if _city_and_unknown_word(words, places, kinds) and _WHERE_BEFORE.search(
        text, max(0, start - 9), start
    ):
        return False
    if any(p is not None and p.kind == "demonym" for p in places[1:-1]) or (
        places[0] is not None and places[0].kind == "demonym" and "f" not in kinds[0]
    ):
        return False
    if (
        places[-1] is not None
        and places[-1].kind == "demonym"
        and not ("f" in kinds[0] and "l" in kinds[-1])
    ):
        return False
    if (
        "f" in kinds[0]
        and (places[0] is None or not places[0].major)
        and (
            places[-1] is None
            or not places[-1].major
            or (places[-1].person_name and ("w" not in kinds[-2] or "f" in kinds[-2]))
        )
        and ("w" not in kinds[-1] or "l" in kinds[-1] or "f" in kinds[-1])
    ):
        return True
    if any(p is not None and p.major for p in places):
        return "f" in kinds[0] and (
            _listed_with_country(text, end)
            or _age_after(text, end)
            or (
                len(words) == 2
                and (places[1] is None or (places[1].person_name and not places[1].major))
                and "w" not in kinds[1]
                and ("l" in kinds[1] or not words[1].endswith("s"))
            )
        )
    if all("w" in k for k in kinds):
        return (
            _says(text, end, strict=True)
            or _told(text, start, end)
            or _described(text, start)
            or (_aged(text, start, end))
            or (_age_after(text, end) and any("l" in k.lower() for k in kinds))
        )
    if not any("w" in k and "f" not in k and "l" not in k for k in kinds) and not (
        _rare_pair(kinds) and _the_before(text, start)
    ):
        return True
    if (
        len(words) == 2
        and kinds[1] in ("l", "Ll")
        and places[1] is None
        and not words[0].endswith("s")
        and not (run.sentence_start and lo == 0)
    ):
        return True
    return _evidence(text, start, end, len(words))


_PERSON_PARTICLE_JOINS: Final = frozenset(
    " " + p + " "
    for p in ("bin", "ibn", "bint", "van", "von", "ap", "van der", "van den", "von der")
)
"""Particles only a person's name holds (`Osama bin Laden`, `Rhun ap Iorwerth`), where a place's
may hold `de` or `la` (`Costa del Sol`): a name with one names someone, whatever its first word."""


def _rare_pair(kinds: list[str]) -> bool:
    """Two words, neither a first name, the first no common surname and the last an English
    word too (`Holte End`, `Stretford End`: a ground's stand): after `the`, they name someone only
    with evidence around them (`the Holte End`, not `the Holte Gust said`)."""
    return (
        len(kinds) == 2
        and "f" not in kinds[0]
        and "L" not in kinds[0]
        and "f" not in kinds[1]
        and "w" in kinds[1]
    )


def _initials_and_surname(words: list[str]) -> bool:
    """Two initials without their stops, no name list's word, before a surname that is no English
    word, as British style writes them (`JK Rowling`, `PJ Harvey`; not `US Steel`, nor a place's
    letters: `NY Dow close`)."""
    return (
        len(words) == 2
        and len(words[0]) == 2
        and words[0].isupper()
        and words[0].isalpha()
        and not names.kinds(words[0])
        and gazetteer.lookup(words[0]) is None
        and "l" in (kinds := names.kinds(words[1]))
        and "w" not in kinds
    )


def _acronym_or_honorific(words: list[str]) -> bool:
    """An acronym (`NATO`, `MPs`; not a regnal number) or an honorific among the words."""
    for w in words:
        if (
            (gazetteer.is_upper(w) and len(w) > 1 and "." not in w and not _ROMAN.fullmatch(w))
            or w in HONORIFICS
            or (w.endswith("s") and _ACRONYMS.fullmatch(w))
        ):
            return True
    return False


_WHERE_BEFORE: Final = re.compile(r"\b(?:at|between|via|near|outside)[ \t]+$")
"""Where one waits or travels: before a city and an unknown word, a station (`stranded at
Manchester Piccadilly`); `to` and `from` take people too (`wrote to Vladimir Putin`)."""


def _county_after_town(text: str, run: Run) -> bool:
    """A word set off by commas after someone's town is its county or state (`Brenda Hough, 79,
    from Mansfield, Notts, said`, `of Flin Flon, Man.,`), not a person who speaks."""
    return (
        text[run.end : run.end + 1] == ","
        and _comma_before(text, run.start)
        and gazetteer.PLACED_TOWN_BEFORE.search(text, max(0, run.start - 40), run.start) is not None
    )


def _comma_before(text: str, start: int) -> bool:
    """Whether a comma, then spaces or tabs, and a line break at most end the text before
    `start` (what `PLACED_TOWN_BEFORE`'s `,[ \t]*$` matches): read first, as most runs that a
    comma ends have none before them, and the pattern is searched for only after one."""
    end = gazetteer.blanks_before(text, gazetteer.pattern_end(text, start))
    return end > 0 and ord(text[end - 1]) == 44


def _city_and_unknown_word(
    words: list[str], places: list[gazetteer.Place | None], kinds: list[str]
) -> bool:
    """A city no first name shares, then a word no name list knows: a station, a district or a
    club (`Manchester Piccadilly`, `Edinburgh Waverley`) when where-words stand before it."""
    return (
        len(words) == 2
        and places[0] is not None
        and places[0].kind == "city"
        and not places[0].small
        and "f" not in kinds[0]
        and not kinds[1]
    )


def _holds_place(text: str, run: Run, lo: int, hi: int) -> bool:
    """Part of the words, two or more of them, is a big place (`South Carolina State`)."""
    spans = run.spans
    return hi - lo > 2 and any(
        (place := gazetteer.lookup(text[spans[i][0] : spans[j - 1][1]])) is not None and place.major
        for i in range(lo, hi - 1)
        for j in range(i + 2, hi + 1)
        if j - i < hi - lo
    )


_DETERMINER_BEFORE = re.compile(r"\b(?:[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Mm]y|[Oo]ur)[ \t]+$")
_DETERMINER_ENDS: Final = ("a", "A", "n", "s", "r", "y")
"""The last letter of each of `_DETERMINER_BEFORE`'s words."""


def _adjective_opening(text: str, words: list[str], start: int, end: int) -> bool:
    """A name opening with an adjective of origin or period that is no first name is a firm's
    (`Caledonian MacBrayne`, `Jacobean Homes`: `-ian` or `-ean`, eight letters or more, as first
    names no list knows are shorter), and one alone between an article
    and a noun describes the noun (`a Cornish pasty`, `an Edwardian villa`)."""
    word = words[0]
    if not word.endswith(_ADJECTIVE_ENDINGS) or names.is_first_name(word):
        return False
    if len(words) > 1:
        return word.endswith(("ian", "ean")) and len(word) > 7  # not `Florian`, `Tatian`
    return (
        _ARTICLE_BEFORE.search(text, max(0, start - 4), start) is not None
        and _LOWER_AFTER.match(text, end) is not None
    )


def _made_thing(text: str, words: list[str], start: int) -> bool:
    """Words after `a` or a possessive with no first name among them are a made thing's name (`a
    Vauxhall Corsa`, `his Nissan Qashqai`, `a Bear Stearns assistant`), not a person's; with a
    first name in them, a person named as a kind (`a Donald Trump presidency`, `a Crooked Hillary
    win`) stays one."""
    return (
        len(words) > 1
        and gazetteer.word_ends_before(text, start, _DETERMINER_ENDS)
        and _DETERMINER_BEFORE.search(text, max(0, start - 6), start) is not None
        and not any(names.is_first_name(w) for w in words)
    )


def _thing_after(text: str, end: int) -> bool:
    """What after a name makes it a thing's or a place's: one of `_THINGS`, the first side of a
    fixture (`v Hull`), a publication (`Zycie Warszawy daily said`, `Tanjug news agency`), a
    horse (`Tiger Roll, ridden by …`) or a description as a thing (`Robey Warshaw, a firm
    founded …`). The next words are read once and looked up, as nearly every name is tried."""
    if gazetteer.starts_at(text, end, ",") or gazetteer.starts_at(text, end, " ("):
        return _horse_after(text, end) or described_as_thing(text, end)
    word = gazetteer.lower_word_after(text, end)  # what `[ \t]+([a-z]+)` captures
    if not word:
        return False
    if word in ("v", "vs"):
        return _VERSUS_AFTER.match(text, end) is not None
    word_end = gazetteer.lower_word_end(text, gazetteer.blanks_after(text, end))
    if word == "host":
        return _NAME_AFTER.match(text, word_end) is not None
    if word not in _THINGS and word not in _BEFORE_A_SECOND_WORD:
        return False
    following = gazetteer.lower_word_after(text, word_end)
    if word in _THINGS:
        return not (word == "town" and following in ("hall", "meeting"))
    return following in _BEFORE_A_SECOND_WORD[word]


def _horse_after(text: str, end: int) -> bool:
    """`_HORSE_AFTER` at `end`, run only where its verb may open after a comma, blanks and a
    bracket (read as numbers: after nearly every name, none does)."""
    at = end + 1 if end < len(text) and ord(text[end]) == 44 else end
    at = gazetteer.blanks_after(text, at)
    if at < len(text) and ord(text[at]) == 40:
        at += 1
    if at >= len(text) or (ord(text[at]) != 114 and ord(text[at]) != 116):  # `r`, `t`
        return False
    return _HORSE_AFTER.match(text, end) is not None


def _single_name(text: str, run: Run, lo: int, word: str, kinds: str) -> bool:
    """A lone capitalised word is a person's name when it is a common surname or something
    vouches for it (a verb of saying, a description, an age). A first name that is also a word
    is one before a verb of saying or an age, even opening a sentence (`Bob said`, `Bob, 52,`)."""
    place = gazetteer.lookup(word)
    if (
        len(word) < 3
        or "." in word
        or (place is not None and (place.major or place.kind == "demonym"))
        or (_coined(word, kinds))
    ):
        return False
    start, end = run.spans[lo]
    after = _blank_word_after(text, end)
    if after in _PLURAL_AFTER and _the_before(text, start):
        return False
    if (
        place is not None
        and _fixture_verb_before(text, start)
        and (fixture := _FIXTURE_BEFORE.search(text, max(0, start - 40), start))
    ):
        home = fixture.group(1)
        if gazetteer.lookup(home) is not None or any(is_organisation_word(w) for w in home.split()):
            return False
    opening = run.sentence_start and lo == 0
    if place is not None and on_island(text, start, place):
        return False
    if place is not None and not place.person_name:
        return not opening and (
            after in _PERSON_THINGS_AFTER
            or (_says(text, end, strict=True) and not placed(text, start))
        )
    if "w" in kinds:  # a word too: a person only where the context says so
        if (
            "f" in kinds
            and (_says(text, end, strict=True) or _age_after(text, end))
            and not _ARTICLE_BEFORE.search(text, max(0, start - 4), start)
        ):
            return True
        if ("l" in kinds or "L" in kinds) and after in _MADE_AFTER:
            return True
        return (
            "L" in kinds
            and not opening
            and not placed(text, start)
            and (
                _says(text, end, strict=True)
                or _told(text, start, end)
                or after in _PERSON_THINGS_AFTER
                or (_aged(text, start, end))
            )
        )
    if (
        "L" in kinds
        and place is None
        and not opening
        and not _TABLE_AFTER.match(text, end)
        and not gazetteer.place_before(text, start)
        and not names_a_seat(text, start)
    ):
        return True
    return _evidence(text, start, end, 1, strict=place is not None) and not placed(text, start)


def _the_before(text: str, start: int) -> bool:
    """Whether `the ` or `The ` ends the text before `start`, read as numbers (no slice made)."""
    return gazetteer.ends_at(text, start, "the ") or gazetteer.ends_at(text, start, "The ")


def on_island(text: str, start: int, place: gazetteer.Place) -> bool:
    """`on Skye`, `on Anglesey`, `on Merseyside`: a region after `on` is an island or an area
    British news lives on, no person."""
    return place.kind == "region" and gazetteer.ends_at(text, start, " on ")


_LISTED_PLACE_BEFORE = re.compile(
    r"\b(?:in|at|from|near|across|between)[ \t]+[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)?"
    r"(?:,[ \t]*[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)?)*,?[ \t]+and[ \t]+$"
)
"""`Farmers in Norfolk and Suffolk said`: the last of a list of names after a preposition of
place shares it."""


def placed(text: str, start: int) -> bool:
    """Words before the name make it a place (`from Longyear`, `the town of Uyo`, `in Norfolk
    and Suffolk`)."""
    return bool(
        (
            gazetteer.word_ends_before(text, start, _PLACE_PREPOSITION_ENDS)
            and _PLACE_PREPOSITION_BEFORE.search(text, max(0, start - 12), start)
        )
        or (
            gazetteer.ends_at(text, start, " and ")
            and _LISTED_PLACE_BEFORE.search(text, max(0, start - 60), start)
        )
        or gazetteer.place_before(text, start)
        or (
            gazetteer.word_ends_before(text, start, (" of",))
            and _OFFICE_OF_BEFORE.search(text, max(0, start - 30), start)
        )
        or names_a_seat(text, start)
    )


def _evidence(text: str, start: int, end: int, length: int, strict: bool = False) -> bool:
    """Context that vouches for a name: `X said`, `captain X`, `X, 45,`, `X Y (Kenya)`; when
    `strict` (a town's name too: `jailed for Bradford attack`), a verb no noun looks like
    (`_says`)."""
    if _says(text, end, strict):
        return True
    after = _blank_word_after(text, end)
    if (
        after in _MADE_AFTER
        or _told(text, start, end)
        or _described(text, start)
        or _age_after(text, end)
        or after in _PERSON_THINGS_AFTER
        or _aged(text, start, end)
    ):
        return True
    return length > 1 and (_listed_with_country(text, end) or _after_place_possessive(text, start))


def _after_place_possessive(text: str, start: int) -> bool:
    """A country's or a city's possessive stands before the name (`Nigeria's Bola Tinubu`)."""
    before = _POSSESSIVE_PLACE_BEFORE.search(text, max(0, start - 30), start)
    place = gazetteer.lookup(before.group(1)) if before else None
    return place is not None and place.major and place.kind != "demonym"


def _listed_with_country(text: str, end: int) -> bool:
    """A country in brackets follows, as in results lists (`Kimberly Po (U.S.)`)."""
    country = _COUNTRY_AFTER.match(text, end)
    place = gazetteer.lookup(country.group(1)) if country else None
    return place is not None and place.kind == "country"


def _says(text: str, end: int, strict: bool = False) -> bool:
    """A verb of saying follows the name (`Shoukry said`, `Shoukry, speaking ...`). When `strict`
    (the name is also a place or an English word), the verb must be one no noun looks like:
    not a bare form (`the Badger state`) nor an -s form outside `_PLAIN_S_VERBS`."""
    verb = _verb_after(text, end)
    if verb not in SPEECH_VERBS:
        return False
    return not strict or (
        verb + "s" not in SPEECH_VERBS
        and verb + "es" not in SPEECH_VERBS
        and (not verb.endswith("s") or verb in _PLAIN_S_VERBS)
    )


def _verb_after(text: str, end: int) -> str:
    """What `_SAYS_AFTER` captures at `end` within `_NEAR` characters (empty when it does not
    match): blanks, a comma, blanks, then a word, or the word after an adverb or an auxiliary
    (`Shoukry also said`, `Shoukry, has said`). Read by hand: compiled, a tenth of the match."""
    limit = min(len(text), end + _NEAR)
    at = gazetteer.blanks_after(text, end, limit)
    if at < limit and text[at] == ",":
        at = gazetteer.blanks_after(text, at + 1, limit)
    first_end = gazetteer.lower_word_end(text, at, limit)
    if first_end == at:
        return ""
    first = text[at:first_end]
    if first in _AUXILIARIES or (len(first) > 2 and first.endswith("ly")):
        second = gazetteer.blanks_after(text, first_end, limit)
        if second > first_end:
            second_end = gazetteer.lower_word_end(text, second, limit)
            if second_end > second:
                return text[second:second_end]
    return first


_AUXILIARIES: Final = frozenset(("also", "has", "had", "was", "then"))
"""The words `_SAYS_AFTER` passes over before its verb, with the adverbs in -ly."""


def _age_after(text: str, end: int) -> bool:
    """`_AGE_AFTER` at `end`, run only after the comma and space it opens with."""
    return gazetteer.starts_at(text, end, ", ") and _AGE_AFTER.match(text, end) is not None


def _told(text: str, start: int, end: int) -> bool:
    """A verb of saying stands right before the name, which ends the clause
    (`"No," said Shoukry.`)."""
    at = gazetteer.blanks_after(text, end)  # `_CLAUSE_END`, read by hand
    if at < len(text) and text[at] not in _CLAUSE_END_MARKS:
        return False
    return word_before(text, start, 20) in _VERBS_BEFORE_NAMES


def _described(text: str, start: int) -> bool:
    """A lower-case description stands right before the name (`captain Chris Lewis`)."""
    word = word_before(text, start).lower()
    return word in PERSON_NOUNS or word in _SPORTS_ROLES


def _aged(text: str, start: int, end: int) -> bool:
    """An age stands before a name that is no place and no model number follows (`the 20-year-old
    Woods`, not `a 19-year-old Cessna 750`)."""
    if text.find("-year-old", max(0, start - 25), start) < 0:
        return False
    return (
        _AGED.fullmatch(word_before(text, start)) is not None
        and not _NUMBER_AFTER.match(text, end)
        and (gazetteer.lookup(text[start:end]) is None and "-" not in text[start:end])
    )
