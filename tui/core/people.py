"""People named in a text: every mention by name, each linked to the person it names.

Without a statistical model, evidence decides. A run of capitalised words is a person's name
when a title stands before it (`Foreign Minister Sameh Shoukry`, `Mr. Trump`: the title becomes
the role), when it starts with a known first name (`Phil Simmons`), when none of its words is an
English word or a place (`Sameh Shoukry`), or when it says something (`Shoukry said`). A name
seen once in full is a person everywhere in the document: later surnames (`Blinken`,
`Blinken's`), first names and all-capitals headlines link back to it. Organisations made of
English words (`Morning Consult`, `Secret Service`), places and sentence-opening words are not
people.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache
from collections.abc import Sequence
from dataclasses import dataclass, field

from tui.core import gazetteer, names
from tui.core.annotation import Person, PersonMention
from tui.core.capitalised import FUNCTION_WORDS, Run, runs
from tui.core.documents import Block
from tui.core.speech import PERSON_NOUNS, SPEECH_VERBS
from tui.core.titles import HEADS, HONORIFICS, MODIFIERS, find_title

ORGANISATION_WORDS = frozenset(
    "Inc Inc. Corp Corp. Co Co. Ltd Ltd. Plc PLC LLC AG SA NV GmbH Group Holdings Party Bank Bancorp "
    "University College School Institute Foundation Fund Trust Council Committee Commission Ministry "
    "Department Agency Authority Board Bureau Office Service Services Association Federation Union "
    "League Club United City Rovers Wanderers Athletic Albion County FC Airlines Airways Times Post "
    "News Press Journal Herald Tribune Telegraph Gazette Corporation Company Church Army Navy Force "
    "Forces Police Court Parliament Congress Senate House Assembly Exchange Motors Securities Capital "
    "Partners Media Network Broadcasting Communications Industries Technologies Systems Energy Oil "
    "Hospital Museum Center Centre Stadium Airport Street Road Avenue Square Park Hotel Cup Open "
    "Games Olympics Championship Championships Festival Award Prize Prix Report Index Act Treaty "
    "Accord Agreement Conference Summit Organisation Organization Alliance Movement Front Brigade "
    "Brigades Guard Revolution Republic Kingdom Empire Administration Government Cabinet Bros. "
    "Mosque Temple Cathedral Institute Laboratories Pharmaceuticals Electric Steel Mining Petroleum "
    "Resources Financial Insurance Investment Investments Stores Foods Brands Reserve Treasury".split()
)
"""Words that make a run an organisation, event or building rather than a person."""

_BREAKS = frozenset(
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June "
    "July August September October November December Feb Apr Aug Sept Sep Oct Nov Dec".split()
)
"""Capitalised words that are not part of a name; a run is cut at them."""
_NAME_MONTHS = frozenset("April May June August".split())
"""Months that are also names: after another name word they are part of it (`Theresa May`)."""

_TABLE_AFTER = re.compile(r"[ \t]*(?:\(|[0-9])")
"""`Rad (B) 4`: what follows a team in a table."""
COMPANY_AFTER = re.compile(r"[ \t]*(?:&|(?:Co|Inc|Corp|Ltd|Plc|PLC|LLC|SA|AG|NV|S\.A|N\.V)\b)")
"""`Edward D. Jones & Co.`: a company named after people."""
_PERSON_THINGS_AFTER = re.compile(
    r"[ \t]+(?:administration|campaign|presidency|aides?|allies|supporters|spokes(?:man|woman|person)|"
    r"camp|family|wife|husband|widow|daughter|son|brother|sister|biographer|loyalists)\b")
"""`the Obama administration`, `the Clinton campaign`: what only a person has."""
_PLACE_PREPOSITION_BEFORE = re.compile(r"\b(?:in|at|from|near)[ \t]+$")
_AGE_AFTER = re.compile(r", [0-9]{1,3},")
_COUNTRY_AFTER = re.compile(r" \(([A-Z][\w.]*(?: [A-Z]\w*)?)\)")
_THING_NOUNS = frozenset(
    "team club agency company firm group newspaper daily weekly magazine carrier ship vessel airline "
    "bank party brand film movie book album song programme program index average station channel "
    "network hotel restaurant stadium university school hospital festival operation plan fund "
    "brokerage broker paper tabloid newsletter publisher maker manufacturer retailer chain side "
    "consortium unit subsidiary operator insurer lender".split()
)
"""Nouns that introduce the name of a thing, not a person (`the news agency Tanjug`)."""
_ROMAN = re.compile(r"[IVX]+")
_SAYS_AFTER = re.compile(r"[ \t]*,?[ \t]*(?:(?:[a-z]+ly|also|has|had|was|then)[ \t]+)?([a-z]+)")
_NEAR = 40
_CLAUSE_END = re.compile(r"[ \t]*(?:[.,;:!?\n]|$)")
_VERBS_BEFORE_NAMES = frozenset("said says added adds asked".split())
"""Verbs that put the speaker after them (`said Shoukry`)."""


@dataclass(slots=True)
class PeopleFound:
    people: list[Person] = field(default_factory=list)
    mentions: list[PersonMention] = field(default_factory=list)
    """Sorted by start; spans are the name only (no title, no possessive `'s`)."""
    _names: dict[str, list[int]] = field(default_factory=dict, repr=False, compare=False)
    """Upper-cased full names, surnames, first names and first + last names -> person indexes."""
    _indexed: int = field(default=-1, repr=False, compare=False)

    def resolve(self, name: str, start: int, end: int) -> int:
        """The person a name found by attribution refers to, creating one when none fits.

        `name` is the surface text[start:end], titles included (`Foreign Minister X`, `Sen. Y`).
        The title becomes the role; the mention recorded is the name without it. A surname or
        first name links to the nearest person that has it; a mention already there is kept.
        """
        parsed = _parse_name(name)
        if parsed is None:
            words, role, offset, length = name.split() or [name], None, 0, len(name)
        else:
            words, role, offset, length = parsed
        span = (start + offset, start + offset + length)
        for mention in self._overlapping(*span):
            return mention.person
        person = self._add(words, span[0], role, name if role else None)
        bisect.insort(self.mentions, PersonMention(span[0], span[1], person), key=lambda m: m.start)
        return person

    def _add(self, words: list[str], at: int, role: str | None, surface: str | None) -> int:
        """The person `words` names at offset `at`, learning from it or created from it."""
        person = self._match(words, at)
        if person is None:
            person = len(self.people)
            self.people.append(Person(person, " ".join(words), role=role))
            self._indexed = -1
        elif _learn(self.people[person], words, surface, role):
            self._indexed = -1
        return person

    def _overlapping(self, start: int, end: int) -> list[PersonMention]:
        i = bisect.bisect_left(self.mentions, start, key=lambda m: m.end)
        return [m for m in self.mentions[i:i + 2] if m.start < end and start < m.end]

    def _match(self, words: list[str], at: int) -> int | None:
        """A known person with this full name; else one whose surname, first name or first and
        last names these are, the nearest mentioned before `at` when several fit."""
        names_ = self._index()
        key = " ".join(words).upper()
        full = names_.get("=" + key)
        if full:
            return full[0]
        ids = names_.get(key if len(words) == 1 else words[0].upper() + " " + words[-1].upper())
        return self.nearest(ids, at) if ids else None

    def _index(self) -> dict[str, list[int]]:
        if self._indexed != len(self.people):
            self._names = {}
            for person in self.people:
                parts = person.name.upper().split()
                keys = ["=" + " ".join(parts), parts[-1]]
                if len(parts) > 1:
                    keys.append(parts[0] + " " + parts[-1])
                    if _links_by_first_name(parts[0]):
                        keys.append(parts[0])
                for key in keys:
                    self._names.setdefault(key, []).append(person.id)
            self._indexed = len(self.people)
        return self._names

    def nearest(self, ids: list[int], at: int) -> int:
        """Of several people, the one mentioned last before `at` (else the first)."""
        if len(ids) == 1:
            return ids[0]
        i = bisect.bisect_left(self.mentions, at, key=lambda m: m.start)
        for mention in reversed(self.mentions[max(0, i - _LOOK_BACK):i]):
            if mention.person in ids:
                return mention.person
        return ids[0]


def _links_by_first_name(word: str) -> bool:
    """A first name alone can stand for its person (`Antony`), unless it is also a country or a
    big city (`Jordan`, `Victoria`) or an English word (`Will`)."""
    found = names.kinds(word)
    return "f" in found and "w" not in found and not _is_major_place(word.title())


_LOOK_BACK = 200
"""Mentions searched back for the person a shared surname means."""


def _learn(person: Person, words: list[str], surface: str | None, role: str | None) -> bool:
    """Grow a person from one more mention: a fuller name, an alias, a role. True when the
    name changed."""
    name = " ".join(words)
    renamed = len(words) > len(person.name.split())
    if renamed:
        person.aliases = tuple(dict.fromkeys((*person.aliases, person.name)))
        person.name = name
    for alias in (name, surface):
        if alias and alias != person.name and alias not in person.aliases:
            person.aliases = (*person.aliases, alias)
    if role and not person.role:
        person.role = role
    return renamed


def _parse_name(surface: str) -> tuple[list[str], str | None, int, int] | None:
    """(name words, role, offset, length) of a name surface with its title stripped."""
    found = runs(surface)
    if not found:
        return None
    run = max(found, key=lambda r: len(r.words))
    first = 0
    role = None
    title = find_title(run.words, run.joins)
    if title is not None:
        first = title[1]
        role = surface[run.spans[title[0]][0]:run.spans[title[1] - 1][1]]
    elif len(run.words) > 1 and run.words[0] in HONORIFICS:
        first = 1
    words = run.words[first:]
    return words, role, run.spans[first][0], run.spans[-1][1] - run.spans[first][0]


@dataclass(slots=True)
class _Candidate:
    start: int
    end: int
    words: list[str]
    role: str | None
    surface: str


def find_people(text: str, blocks: Sequence[Block]) -> PeopleFound:
    all_runs = runs(text)
    candidates = [c for run in all_runs if not run.caps for c in _candidates(text, run)]
    found = PeopleFound()
    for candidate in candidates:
        if len(candidate.words) > 1:
            found._add(candidate.words, candidate.start, candidate.role, candidate.surface or None)
    organisations: dict[str, bool] = {}
    for candidate in candidates:
        word = candidate.words[0]
        if len(candidate.words) == 1 and not candidate.role and found._match(candidate.words, candidate.start) is None:
            if word not in organisations:
                organisations[word] = _named_like_organisation(text, word)
            if organisations[word]:
                continue
        person = found._add(candidate.words, candidate.start, candidate.role, candidate.surface or None)
        found.mentions.append(PersonMention(candidate.start, candidate.end, person))
    _link_known(text, all_runs, found)
    return found


_AFFILIATIONS = frozenset(
    "Democrat Democratic Republican Conservative Labour Liberal Socialist Communist Independent "
    "Tory Green Ex Former Veteran Rookie".split()
)
"""Words that stand before a name without being part of it (`Democrat Walter Mondale`)."""
_ORGANISATION_NOUNS = (
    r"news agency|agency|daily|newspaper|weekly|group|company|firm|club|team|side|bank|consortium|"
    r"brokerage|airline|carrier|chain|concern|unit|subsidiary")


def _named_like_organisation(text: str, word: str) -> bool:
    """Somewhere in the text the word names a body (`Interfax news agency`, `Ruch's shares`,
    `the news agency Tanjug`, `Ericsson said in a statement`): then it is no person anywhere."""
    name = re.escape(word)
    return re.search(
        rf"\b{name}(?:'s)? (?:{_ORGANISATION_NOUNS}|shares|stock|SA|AG|said in a statement|board|"
        rf"officials|management|executives|profit|results)\b|\b(?:{_ORGANISATION_NOUNS}) {name}\b", text) is not None


def _candidates(text: str, run: Run) -> list[_Candidate]:
    """The people a run names on its own evidence (titles, first names, unknown words, verbs)."""
    out = []
    words, spans, joins = run.words, run.spans, run.joins
    if len(words) == 1:
        if _may_stand_alone(words[0]) and _looks_like_person(text, run, 0, 1):
            out.append(_Candidate(spans[0][0], spans[0][1], words, None, ""))
        return out
    first = 1 if run.sentence_start and _opens_sentence(words[0]) else 0
    for lo, hi in _segments(words, first):
        title = find_title(words[lo:hi], joins[lo:hi - 1])
        if title is not None:
            name_lo = lo + title[1]
            name_hi = _trim(words, name_lo, next((i + 1 for i in range(name_lo, hi - 1) if joins[i] == " of "), hi))
            if name_hi > name_lo and (words[lo + title[1] - 1] in HONORIFICS or not all(
                    names.is_plain_word(w) for w in words[name_lo:name_hi])) and _is_name(words[name_lo:name_hi]):
                role = text[spans[lo + title[0]][0]:spans[lo + title[1] - 1][1]]
                out.append(_Candidate(spans[name_lo][0], spans[name_hi - 1][1], words[name_lo:name_hi], role,
                                      text[spans[lo + title[0]][0]:spans[name_hi - 1][1]]))
            continue
        hi = next((i + 1 for i in range(lo, hi - 1) if joins[i] == " of "), hi)
        while hi - lo > 1 and (words[lo] in _AFFILIATIONS or _is_demonym(words[lo]) and not names.is_first_name(words[lo])):
            lo += 1
        if any(_is_organisation_word(w) for w in words[lo:hi]):
            continue
        hi = _trim(words, lo, hi)
        if _looks_like_person(text, run, lo, hi):
            out.append(_Candidate(spans[lo][0], spans[hi - 1][1], words[lo:hi], None, ""))
    return out


@lru_cache(maxsize=1 << 16)
def _may_stand_alone(word: str) -> bool:
    """Whether a word could be a person's name on its own, context aside (a quick filter: most
    single capitalised words are sentence openers, places or acronyms)."""
    if len(word) < 3 or "." in word or word in _BREAKS or word in FUNCTION_WORDS or _is_organisation_word(word):
        return False
    if word.isupper() and not _ROMAN.fullmatch(word):
        return False
    kinds = names.kinds(word)
    return ("w" not in kinds or "L" in kinds) and not _is_major_place(word)


def _is_demonym(word: str) -> bool:
    place = gazetteer.lookup(word)
    return place is not None and place.kind == "demonym"


def _is_organisation_word(word: str) -> bool:
    return word in ORGANISATION_WORDS or ("." in word and word.replace(".", "") in ORGANISATION_WORDS)


def _opens_sentence(word: str) -> bool:
    """A sentence-opening word that is not a name (`As`, `When`, `An`), so it is not part of one."""
    if word in HEADS or word in MODIFIERS:
        return False
    return word in FUNCTION_WORDS or names.is_plain_word(word) or (
        names.is_english_word(word) and not names.is_first_name(word))


def _segments(words: list[str], first: int) -> list[tuple[int, int]]:
    """Word ranges of a run between words that never belong to a name (days, months)."""
    out, lo = [], first
    for i in range(first, len(words)):
        if words[i] in _BREAKS and not (words[i] in _NAME_MONTHS and i == len(words) - 1 and i > lo):
            if i > lo:
                out.append((lo, i))
            lo = i + 1
    if len(words) > lo:
        out.append((lo, len(words)))
    return out


def _trim(words: list[str], lo: int, hi: int) -> int:
    """Drop trailing English words that follow a name (`Biden Administration` -> `Biden`)."""
    while hi - lo > 1 and names.is_plain_word(words[hi - 1]):
        hi -= 1
    return hi


def _is_name(words: list[str]) -> bool:
    """Words after a title are a name unless an organisation's or a country's (`President Obama`
    even though Obama is also a town)."""
    return len(words) <= 5 and not any(_is_organisation_word(w) or _is_major_place(w) for w in words)


def _is_major_place(word: str) -> bool:
    place = gazetteer.lookup(word)
    return place is not None and (place.major or place.kind == "demonym")


def _looks_like_person(text: str, run: Run, lo: int, hi: int) -> bool:
    """Whether words[lo:hi] of a run, with no title before them, name a person."""
    words = run.words[lo:hi]
    start, end = run.spans[lo][0], run.spans[hi - 1][1]
    if len(words) > 4 or (hi - lo > 1 and gazetteer.lookup(text[start:end]) is not None) or COMPANY_AFTER.match(text, end):
        return False
    if any((w.isupper() and len(w) > 1 and "." not in w and not _ROMAN.fullmatch(w)) or w in HONORIFICS for w in words):
        return False
    if _thing_named(text, start):
        return False
    kinds = [names.kinds(w) for w in words]
    if len(words) == 1:
        return _single_name(text, run, lo, words[0], kinds[0])
    places = [gazetteer.lookup(w) for w in words]
    if any(p is not None and p.kind == "demonym" for p in places[1:-1]) or (
            places[0] is not None and places[0].kind == "demonym" and "f" not in kinds[0]):
        return False
    if places[-1] is not None and places[-1].kind == "demonym" and not ("f" in kinds[0] and "l" in kinds[-1]):
        return False
    if "f" in kinds[0] and (places[0] is None or not places[0].major) and (
            places[-1] is None or not places[-1].major or places[-1].person_name) and (
            "w" not in kinds[-1] or "l" in kinds[-1] or "f" in kinds[-1]):
        return True
    if any(p is not None and p.major for p in places):
        return "f" in kinds[0] and _listed_with_country(text, end)
    if all("w" in k for k in kinds):
        return _says(text, end) or _told(text, start, end) or _described(text, start)
    if not any("w" in k and "f" not in k and "l" not in k for k in kinds):
        return True
    return _evidence(text, start, end, len(words))


def _single_name(text: str, run: Run, lo: int, word: str, kinds: str) -> bool:
    """A lone capitalised word is a person's name when it is a common surname or something
    vouches for it (a verb of saying, a description, an age)."""
    place = gazetteer.lookup(word)
    if len(word) < 3 or "." in word or (place is not None and (place.major or place.kind == "demonym")):
        return False
    start, end = run.spans[lo]
    opening = run.sentence_start and lo == 0
    if place is not None and not place.person_name:
        return not opening and (_PERSON_THINGS_AFTER.match(text, end) is not None or (
            _says(text, end) and not _placed(text, start)))
    if "w" in kinds:
        return "L" in kinds and not opening and (
            _says(text, end) or _told(text, start, end) or _PERSON_THINGS_AFTER.match(text, end) is not None)
    if "L" in kinds and place is None and not opening and not _TABLE_AFTER.match(text, end):
        return True
    return not _placed(text, start) and _evidence(text, start, end, 1)


def _placed(text: str, start: int) -> bool:
    """Words before the name make it a place (`from Longyear`, `the town of Uyo`)."""
    return bool(_PLACE_PREPOSITION_BEFORE.search(text, max(0, start - 12), start)
                or gazetteer.PLACE_BEFORE.search(text, max(0, start - 30), start))


def _evidence(text: str, start: int, end: int, length: int) -> bool:
    """Context that vouches for a name: `X said`, `captain X`, `X, 45,`, `X Y (Kenya)`."""
    if _says(text, end) or _told(text, start, end) or _described(text, start) or _AGE_AFTER.match(text, end) or (
            _PERSON_THINGS_AFTER.match(text, end)):
        return True
    return length > 1 and _listed_with_country(text, end)


def _listed_with_country(text: str, end: int) -> bool:
    """A country in brackets follows, as in results lists (`Kimberly Po (U.S.)`)."""
    country = _COUNTRY_AFTER.match(text, end)
    place = gazetteer.lookup(country.group(1)) if country else None
    return place is not None and place.kind == "country"


def _thing_named(text: str, start: int) -> bool:
    """A lower-case noun for a thing stands before the name (`news agency Tanjug`, `team X`)."""
    before = text[max(0, start - 25):start].rstrip().rsplit(None, 1)
    return bool(before) and before[-1] in _THING_NOUNS


def _says(text: str, end: int) -> bool:
    """A verb of saying follows the name (`Shoukry said`, `Shoukry, speaking ...`)."""
    match = _SAYS_AFTER.match(text, end, end + _NEAR)
    return match is not None and match.group(1) in SPEECH_VERBS


def _told(text: str, start: int, end: int) -> bool:
    """A verb of saying stands right before the name, which ends the clause (`"No," said Shoukry.`)."""
    before = text[max(0, start - 20):start].rstrip().rsplit(None, 1)
    return bool(before) and before[-1] in _VERBS_BEFORE_NAMES and _CLAUSE_END.match(text, end) is not None


def _described(text: str, start: int) -> bool:
    """A lower-case description stands right before the name (`captain Chris Lewis`)."""
    before = text[max(0, start - 25):start].rstrip().rsplit(None, 1)
    return bool(before) and before[-1].lower() in PERSON_NOUNS


def _link_known(text: str, all_runs: Sequence[Run], found: PeopleFound) -> None:
    """Mentions of people already found: surnames and first names on their own (after a
    sentence-opening word: `Neither Clinton`), and any word of an all-capitals line."""
    if not found.people:
        return
    known = found._index()
    covered = {(m.start, m.end) for m in found.mentions}
    starts = [m.start for m in found.mentions]
    extra = []
    for run in all_runs:
        words, spans = run.words, run.spans
        if not run.caps:
            first = 1 if run.sentence_start and len(words) == 2 and _opens_sentence(words[0]) else 0
            if len(words) - first != 1 or (run.sentence_start and first == 0 and names.is_plain_word(words[0])) or (
                    first and gazetteer.lookup(text[run.start:run.end]) is not None):
                continue
            words, spans = words[first:], spans[first:]
        for word, span in zip(words, spans):
            ids = known.get(word.upper())
            if not ids or span in covered:
                continue
            i = bisect.bisect_left(starts, span[0])
            if (i < len(found.mentions) and found.mentions[i].start < span[1]) or (
                    i > 0 and found.mentions[i - 1].end > span[0]):
                continue
            extra.append(PersonMention(span[0], span[1], found.nearest(ids, span[0])))
    if extra:
        found.mentions = sorted(found.mentions + extra, key=lambda m: m.start)
