"""People named in a text: every mention by name, each linked to the person it names.

`person_names` says which runs of capitalised words name someone; this module turns those names
into persons. A name seen once in full is a person everywhere in the document: later surnames
(`Blinken`, `Blinken's`), first names and all-capitals headlines link back to it, to the nearest
person when several share a surname. `PeopleFound.resolve` does the same for names the speaker
finder meets.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Final

from tui.core import gazetteer, names
from tui.core.capitalised import FUNCTION_WORDS, Run, scan
from tui.core.characters import is_word
from tui.core.documents import Block
from tui.core.lexicon import HONORIFIC_GENDERS, HONORIFICS
from tui.core.model import Person, PersonMention, Quote
from tui.core.organisations import (
    bodies_named,
    company_after,
    is_organisation_word,
    is_town_club,
    may_name_a_body,
)
from tui.core.person_names import candidates as name_candidates
from tui.core.person_names import (
    epithet,
    family_name_first,
    headline_candidates,
    is_major_place,
    opens_sentence,
    placed,
)
from tui.core.speech import FIRST_NAME_GENDERS
from tui.core.terms import in_term
from tui.core.titles import HEADS, MODIFIERS, find_title


def _file(index: dict[str, list[int]], key: str, person: int) -> None:
    """File `person` under `key` in `index`, once."""
    ids = index.get(key)
    if ids is None:
        index[key] = [person]  # no empty list made for a key already filed
    elif person not in ids:
        ids.append(person)


@dataclass(slots=True)
class PeopleFound:
    people: list[Person] = field(default_factory=list)
    mentions: list[PersonMention] = field(default_factory=list)
    """Sorted by start; spans are the name only (no title, no possessive `'s`)."""
    _full_names: dict[str, list[int]] = field(default_factory=dict, repr=False, compare=False)
    """Upper-cased full names -> person indexes."""
    _names: dict[str, list[int]] = field(default_factory=dict, repr=False, compare=False)
    """Upper-cased surnames, first names and first + last names -> person indexes (a first name
    after `Sir` or `Dame` under `~`)."""
    _indexed: int = field(default=0, repr=False, compare=False)
    """How many of `people` are in `_names`."""
    _unnamed: set[int] = field(default_factory=set, repr=False, compare=False)
    """People `resolve` made for words that name no one (`Another`): never mentioned."""
    _starts: list[int] = field(default_factory=list, repr=False, compare=False)
    """Where each of `mentions` starts (`mention_starts`), kept up to date by `resolve`."""
    _starts_of: list[PersonMention] | None = field(default=None, repr=False, compare=False)
    """The `mentions` list `_starts` was built for."""

    def mention_starts(self) -> list[int]:
        """Where each of `mentions` starts, for bisecting without a key function: built on the
        first call after `mentions` was replaced or grew outside `resolve`, which keeps it."""
        if self._starts_of is not self.mentions or len(self._starts) != len(self.mentions):
            self._starts = [m.start for m in self.mentions]
            self._starts_of = self.mentions
        return self._starts

    def resolve(self, name: str, start: int, end: int) -> int:
        """The person a name found by attribution refers to, creating one when none fits.

        `name` is the surface text[start:end], titles included (`Foreign Minister X`, `Sen. Y`).
        The title becomes the role; the mention recorded is the name without it. A surname or
        first name links to the nearest person that has it; a mention already there is kept.
        Words that cannot name a person (`Another`, `Americans`, `White House`) still get a
        person, as a speaker needs one, but no mention.
        """
        parsed = _parse_name(name)
        if parsed is None:
            words, role, offset, length = name.split() or [name], None, 0, len(name)
        else:
            words, role, offset, length = parsed
        span = (start + offset, start + offset + length)
        for mention in self._overlapping(*span):
            return mention.person
        known = self._match(words, span[0], _honorific_gender(role), role)
        person = self._grow(known, words, role, name if role else None)  # `_add`, matched once
        if (known is not None and known not in self._unnamed) or not _names_no_one(words):
            starts = self.mention_starts()
            index = bisect.bisect_right(starts, span[0])  # where `insort` by start puts it
            starts.insert(index, span[0])
            self.mentions.insert(index, PersonMention(span[0], span[1], person))
        else:
            self._unnamed.add(person)
        return person

    def known(self, words: list[str], at: int) -> int | None:
        """The person already found that `words` name (`Park` for David Park), the nearest to
        `at` when several fit; None when no one has that name."""
        return self._match(words, at)

    def _add(self, words: list[str], at: int, role: str | None, surface: str | None) -> int:
        """The person `words` names at offset `at`, learning from it or created from it."""
        return self._grow(
            self._match(words, at, _honorific_gender(role), role), words, role, surface
        )

    def _grow(
        self, person: int | None, words: list[str], role: str | None, surface: str | None
    ) -> int:
        """`_add` with the person `_match` gave (None: a new one)."""
        if person is None:
            person = len(self.people)
            self.people.append(Person(person, " ".join(words), role=role))
        elif _learn(self.people[person], words, surface, role):
            self._index_person(self.people[person])
        return person

    def _overlapping(self, start: int, end: int) -> list[PersonMention]:
        mentions = self.mentions
        lo, hi = 0, len(mentions)  # `bisect_left` by `end`, by hand: no key function called
        while lo < hi:
            mid = (lo + hi) // 2
            if mentions[mid].end < start:
                lo = mid + 1
            else:
                hi = mid
        return [m for m in mentions[lo : lo + 2] if m.start < end and start < m.end]

    def _match(
        self, words: list[str], at: int, gender: str | None = None, role: str | None = None
    ) -> int | None:
        """A known person with this full name; else one whose surname, first name or first and
        last names these are and whose first name is not of the other `gender` (`Mrs. Clinton`
        is never Bill Clinton), the nearest mentioned before `at` when several fit; after `Sir`
        or `Dame` (`role`), one word is a first name, whatever the name lists know of it
        (`Keir Starmer … Sir Keir said`)."""
        names_ = self._index()
        key = " ".join(words).upper()
        full = self._full_names.get(key)
        if full and gender:
            full = [i for i in full if _fits(self.people[i], gender)]
        if full:
            return full[0]
        # one or two words are their own first + last name: `key`, no other string made
        ids = names_.get(key if len(words) <= 2 else words[0].upper() + " " + words[-1].upper())
        if not ids and len(words) == 1 and role in _FIRST_NAME_HONORIFICS:
            ids = names_.get("~" + key)
        if ids and gender:
            ids = [i for i in ids if _fits(self.people[i], gender)]
        return self.nearest(ids, at) if ids else None

    def _index(self) -> dict[str, list[int]]:
        while self._indexed < len(self.people):
            self._index_person(self.people[self._indexed])
            self._indexed += 1
        return self._names

    def _index_person(self, person: Person) -> None:
        """File a person under its full name, surname, first + last name and first name; an East
        Asian name written family name first (`Lee Jae-yong`) under that family name too; a name
        of three words or more under its last two, a surname of two words (`Marine Le Pen` ->
        `Le Pen`, `Paul St-Pierre Plamondon` -> `Mr. St-Pierre Plamondon`)."""
        parts = person.name.upper().split()
        _file(self._full_names, " ".join(parts), person.id)
        keys = [parts[-1]]
        if len(parts) > 2:
            keys.append(parts[-2] + " " + parts[-1])
        if len(parts) > 1:
            keys += [parts[0] + " " + parts[-1], "~" + parts[0]]
            written = person.name.split()
            if _links_by_first_name(
                parts[0], written[0], person.role is not None
            ) or family_name_first(written):
                keys.append(parts[0])
        for key in keys:
            _file(self._names, key, person.id)

    def nearest(self, ids: list[int], at: int) -> int:
        """Of several people, the one mentioned last before `at` (else the first)."""
        if len(ids) == 1:
            return ids[0]
        mentions = self.mentions
        lo, hi = 0, len(mentions)  # `bisect_left` by `start`, by hand: no key function called
        while lo < hi:
            mid = (lo + hi) // 2
            if mentions[mid].start < at:
                lo = mid + 1
            else:
                hi = mid
        for k in range(lo - 1, max(0, lo - _LOOK_BACK) - 1, -1):
            if mentions[k].person in ids:
                return mentions[k].person
        return ids[0]


_FIRST_NAME_HONORIFICS: Final = frozenset(("Sir", "Dame"))
"""Honorifics a British paper writes before a first name alone (`Sir Keir`, `Dame Judi`)."""


def _honorific_gender(role: str | None) -> str | None:
    """The gender a role that is only an honorific gives (`Mrs.`), as `speech.PRONOUNS` writes
    it."""
    return HONORIFIC_GENDERS.get(role.rstrip(".")) if role else None


def _fits(person: Person, gender: str) -> bool:
    """Whether a person's first name (`Bill Clinton`) or honorific (`Mrs. Clinton`) leaves them
    the `gender` an honorific gives."""
    parts = person.name.split()
    if len(parts) > 1 and parts[0] in FIRST_NAME_GENDERS:
        return FIRST_NAME_GENDERS[parts[0]] == gender
    return _honorific_gender(person.role) in (None, gender)


def _names_no_one(words: list[str]) -> bool:
    """Words no person is named by: a sentence word (`Another`, `Some`), a nationality or a big
    place (`Americans`, `Minnesota`), or an organisation (`White House`)."""
    if len(words) == 1 and (words[0] in FUNCTION_WORDS or names.is_plain_word(words[0])):
        return True
    place = gazetteer.lookup(" ".join(words))
    return (
        (place is not None and (place.major or place.kind == "demonym"))
        or any(is_organisation_word(w) for w in words)
        or is_town_club(words)
    )


def _links_by_first_name(word: str, written: str, titled: bool) -> bool:
    """A first name alone can stand for its person (`Antony`), and so can the first word no list
    knows of a name that came with a title (`Mahathir` for Prime Minister Mahathir Mohamad),
    unless it is also a place bigger than a small town (`Jordan`, `Victoria`, `Cleveland`; `Marco`
    links) or an English word (`Will`)."""
    found = names.kinds(written)  # `word` as written: the finders asked already (a memo hit)
    if not found:
        return titled and word.isalpha() and gazetteer.lookup(word.title()) is None
    if "f" not in found or "w" in found:
        return False
    place = gazetteer.lookup(word.title())
    return place is None or place.small


_LOOK_BACK: Final = 200
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
    found = scan(surface)
    if not found:
        return None
    run = max(
        reversed(found),
        key=lambda r: (not any(is_organisation_word(w) for w in r.words), len(r.words)),
    )
    first = 0
    role = None
    title = find_title(run.words, run.joins)
    if title is not None:
        first = title[1]
        role = surface[run.spans[title[0]][0] : run.spans[title[1] - 1][1]]
    elif len(run.words) > 1 and run.words[0] in HONORIFICS:
        first = 1
    else:
        first = _name_after_office(run.words)
        if first:
            role = surface[run.spans[0][0] : run.spans[first - 1][1]]
        elif _described_name(run.words):
            first = 1
    words = run.words[first:]
    return words, role, run.spans[first][0], run.spans[-1][1] - run.spans[first][0]


def _described_name(words: list[str]) -> bool:
    """An English noun before a name that no list knows (`Commuter Priya Shah, 29, said`,
    opening a sentence) describes the person: it is no part of the name."""
    return (
        len(words) > 2
        and names.is_plain_word(words[0])
        and not any(is_organisation_word(w) or names.is_plain_word(w) for w in words[1:])
    )


def _name_after_office(words: list[str]) -> int:
    """Where a name starts after an office no title list has (`Senate Minority Whip Dick Durbin`,
    `Maricopa County Recorder Helen Purcell`): the last first name with a word after it and none
    before it, when an organisation, a place or a title word comes before it; else 0."""
    for k in range(len(words) - 2, 0, -1):
        if names.is_first_name(words[k]) and not names.is_first_name(words[k - 1]):
            office = words[:k]
            if any(
                is_organisation_word(w)
                or w in HEADS
                or w in MODIFIERS
                or is_major_place(w)
                or names.is_plain_word(w)
                for w in office
            ):
                return k
            return 0
    return 0


def find_people(
    text: str,
    blocks: Sequence[Block],
    titles: Sequence[Quote] = (),
    runs: Sequence[Run] | None = None,
) -> PeopleFound:
    """The people the text names; a name inside a quoted title (`titles`: `MSNBC's "Morning
    Joe"`, `the documentary "Weiner"`) names the work, not a person. `runs` are the text's
    capitalised runs when the caller has scanned them already (`annotation.annotate`)."""
    all_runs = scan(text) if runs is None else tuple(runs)  # a tuple: indexed natively
    candidates = [
        c
        for run in all_runs
        for c in (headline_candidates(text, run) if run.caps else name_candidates(text, run))
    ]
    if titles:
        candidates = [c for c in candidates if not in_term(titles, c.start)]
    found = PeopleFound()
    for candidate in candidates:
        if len(candidate.words) > 1:
            found._add(candidate.words, candidate.start, candidate.role, candidate.surface or None)
    bodies = None
    for candidate in candidates:
        if len(candidate.words) == 1 and not candidate.role:
            known = found._match(candidate.words, candidate.start)  # what `_add` would match
            if known is None:
                body = may_name_a_body(text, candidate.words[0])
                if body:
                    bodies = bodies_named(text) if bodies is None else bodies
                    body = candidate.words[0] in bodies
                if (
                    body
                    or _describes(text, candidate.words[0], candidate.start)
                    or _town_before_surname(candidate.words[0])
                ):
                    continue
            person = found._grow(known, candidate.words, candidate.role, candidate.surface or None)
        else:
            person = found._add(
                candidate.words, candidate.start, candidate.role, candidate.surface or None
            )
        found.mentions.append(PersonMention(candidate.start, candidate.end, person))
    _link_known(text, all_runs, found)
    _widen_to_full_names(text, found)
    _complete_lists(text, all_runs, found)
    _keep_particles(text, found)
    if titles:
        found.mentions = [m for m in found.mentions if not in_term(titles, m.start)]
    return found


def _keep_particles(text: str, found: PeopleFound) -> None:
    """A person is named with the particles the text writes inside the name (`Rhun ap
    Iorwerth`, `Joost van der Westhuizen`), which the name's words leave out."""
    for mention in found.mentions:
        if text.find(" ", mention.start, mention.end) < 0:
            continue  # one word (most mentions): no string made
        surface = text[mention.start : mention.end]
        if not surface.istitle():
            words = surface.split()
            person = found.people[mention.person]
            if (
                len(words) > len(person.name.split())
                and [w for w in words if not w[:1].islower()] == person.name.split()
            ):
                person.name = " ".join(words)


def _describes(text: str, word: str, start: int) -> bool:
    """A word of origin no name list knows, after `the`, describes someone (`the Liverpudlian
    said`, `the Olympian`, `the Irishman`): no name (`the Obama administration`, `the Truman
    years` name theirs)."""
    return (
        epithet(word)
        and _THE_BEFORE.search(text, max(0, start - 4), start) is not None
        and not names.kinds(word)
    )


_THE_BEFORE: Final = re.compile(r"\b[Tt]he $")


def _town_before_surname(word: str) -> bool:
    """A town that is also a rare surname (`Leeds said it would send pumps`: its council or its
    club) names no one on its own: only a full name earlier in the article (`Tom Leeds`) makes
    it a person's."""
    kinds = names.kinds(word)
    return (
        "l" in kinds
        and "L" not in kinds
        and "f" not in kinds
        and gazetteer.lookup(word) is not None
    )


_LIST_SEPARATORS: Final = frozenset((", ", " and ", ", and "))
_LONGEST_SEPARATOR: Final = max(map(len, _LIST_SEPARATORS))
_MIN_LIST: Final = 4
"""Items a list needs before its people vouch for the rest (`Given, Breen, Staunton, Irwin`)."""


def _complete_lists(text: str, all_runs: tuple[Run, ...], found: PeopleFound) -> None:
    """In a list of names separated by commas, where most items are people already, the other
    items are people too (a team sheet: `Given, Breen, Staunton, Irwin, McAteer`), unless a place,
    an organisation or an ordinary word; a small town that is a surname too (`Houghton`) is
    neither counted for nor against the list, and is a person in it."""
    if not found.mentions:
        return
    ends = {m.end: m for m in found.mentions}
    added = []
    lo = 0  # the list being read is all_runs[lo:i]
    for i in range(len(all_runs) + 1):
        run = all_runs[i] if i < len(all_runs) else None
        if (
            run is not None
            and i > lo
            and run.start - all_runs[i - 1].end <= _LONGEST_SEPARATOR
            and text[all_runs[i - 1].end : run.start] in _LIST_SEPARATORS
            and len(run.words) <= 3
        ):
            continue
        if i - lo >= _MIN_LIST:
            group = all_runs[lo:i]
            people = [
                m if (m := ends.get(r.end)) is not None and m.start >= r.start else None
                for r in group
            ]
            named = sum(1 for m in people if m is not None)
            surnames = sum(
                1 for m, r in zip(people, group, strict=True) if m is None and _town_or_surname(r)
            )
            if named * 2 > len(group) - surnames and named > surnames:
                for m, r in zip(people, group, strict=True):
                    if m is None and _could_name_someone(text, r):
                        first = 1 if len(r.words) > 1 and r.words[0] in HONORIFICS else 0
                        person = found._add(r.words[first:], r.spans[first][0], None, None)
                        added.append(PersonMention(r.spans[first][0], r.end, person))
        lo = i if run is not None and len(run.words) <= 3 else i + 1
    if added:
        found.mentions = sorted(found.mentions + added, key=lambda m: m.start)


def _town_or_surname(run: Run) -> bool:
    """A one-word name that is a small town and a surname too (`Houghton`, `Townsend`): in a
    list of people, the surname."""
    if len(run.words) != 1:
        return False
    place = gazetteer.lookup(run.words[0])
    return place is not None and place.small and place.person_name and not place.major


def _could_name_someone(text: str, run: Run) -> bool:
    return (
        not run.caps
        and (gazetteer.lookup(text[run.start : run.end]) is None or _town_or_surname(run))
        and not any(
            is_organisation_word(w)
            or names.is_plain_word(w)
            or w in FUNCTION_WORDS
            or gazetteer.is_upper(w)
            for w in run.words
        )
    )


_WORD_BEFORE: Final = re.compile(r"([A-Z][\w'’-]*) $")
"""The capitalised word before a name and its space: what `_capital_word_before` reads by hand."""


def _widen_to_full_names(text: str, found: PeopleFound) -> None:
    """A surname whose person's full name the word before completes takes that word in (`Tiger
    Woods` opening a sentence, where `Tiger` was read as an ordinary word)."""
    full_names = [person.name.split() for person in found.people]  # once a person, not a mention
    for index, mention in enumerate(found.mentions):
        full = full_names[mention.person]
        if (
            len(full) != 2
            or len(full[1]) != mention.end - mention.start  # no string made for most
            or full[1] != text[mention.start : mention.end]
        ):
            continue
        at = _capital_word_before(text, mention.start)
        if at < 0 or (index and found.mentions[index - 1].end > at):
            continue
        word_end = mention.start - 1 if text[mention.start - 1] == " " else mention.start - 2
        if full[0] == text[at:word_end]:
            found.mentions[index] = PersonMention(at, mention.end, mention.person)


def _capital_word_before(text: str, start: int) -> int:
    """Where `_WORD_BEFORE`'s word starts when it matches before `start` within 30 characters
    (a space, or a space and a line break, end them), else -1: read by hand, as the search
    tries every position of its window. The word runs back over word characters, marks and
    hyphens from the space; it opens at the first capital of that run."""
    lo = max(0, start - 30)
    space = start - 1
    if space >= lo and ord(text[space]) == 10:
        space -= 1  # `$` before a line break that ends the window
    if space < lo or ord(text[space]) != 32:
        return -1
    at = space
    while at > lo:
        code = ord(text[at - 1])
        if not (is_word(text, at - 1) or code == 39 or code == 0x2019 or code == 45):
            break
        at -= 1
    while at < space:
        if 65 <= ord(text[at]) <= 90:
            return at
        at += 1
    return -1


def _introduced_place(run: Run) -> bool:
    """A sentence opening with words that introduce a place before it (`Residents of Stanley`)."""
    return (
        len(run.words) == 2
        and run.joins[0] == " of "
        and gazetteer.PLACE_BEFORE.search(run.words[0].lower() + " of ") is not None
    )


def _link_known(text: str, all_runs: tuple[Run, ...], found: PeopleFound) -> None:
    """Mentions of people already found: surnames and first names on their own (after a
    sentence-opening word: `Neither Clinton`), and any word of an all-capitals line, where a
    first name and a surname of one person make one mention (`KEVIN BROWN`)."""
    if not found.people:
        return
    known = found._index()
    covered = {(m.start, m.end) for m in found.mentions}
    starts = [m.start for m in found.mentions]
    extra: list[PersonMention] = []
    for run in all_runs:
        words, spans = run.words, run.spans
        if not run.caps:
            if len(words) > 2 or not known.get(words[-1].upper()):
                continue  # only a last word alone is looked up below: most name no one known
            first = 1 if run.sentence_start and len(words) == 2 and opens_sentence(words[0]) else 0
            if (
                len(words) - first != 1
                or (run.sentence_start and first == 0 and names.is_plain_word(words[0]))
                or (first and gazetteer.lookup(text[run.start : run.end]) is not None)
            ):
                continue
            if first:
                words, spans = words[first:], spans[first:]
        for k in range(len(words)):  # by index: compiled, a zip with `strict` is a slow call
            word, span = words[k], spans[k]
            ids = known.get(word.upper())
            if not ids or span in covered or company_after(text, span[1]):
                continue  # `Tate & Sons`: the firm named after the person
            i, hi = 0, len(starts)  # `bisect_left(starts, span[0])` by hand: ints, no call
            while i < hi:
                mid = (i + hi) // 2
                if starts[mid] < span[0]:
                    i = mid + 1
                else:
                    hi = mid
            if (i < len(found.mentions) and found.mentions[i].start < span[1]) or (
                i > 0 and found.mentions[i - 1].end > span[0]
            ):
                continue
            person = found.nearest(ids, span[0])
            if (
                not run.caps
                and word != found.people[person].name.rsplit(None, 1)[-1]
                and gazetteer.lookup(word) is not None
                and (placed(text, span[0]) or _introduced_place(run))
                and not text.startswith(("'s", "’s"), span[1])
            ):
                continue  # `Barry Jones … homes in Barry`: a town named like his first name
            if (
                run.caps
                and extra
                and extra[-1].person == person
                and text[extra[-1].end : span[0]] == " "
            ):
                extra[-1] = PersonMention(extra[-1].start, span[1], person)
            else:
                extra.append(PersonMention(span[0], span[1], person))
    if extra:
        found.mentions = sorted(found.mentions + extra, key=lambda m: m.start)
