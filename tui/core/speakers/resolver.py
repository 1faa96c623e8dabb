"""From a speaker mention to a person: a name through `PeopleFound.resolve`, a pronoun to the
person a recent sentence opened with or the most recent fitting speaker (never one whose first
name or honorific has the other gender, nor the person the attribution addresses: `he told
Hannity`), a description that points back (`the Texas senator`, `President Biden's top
diplomat`) to the one holder of that role, the person a recent sentence opened with or the last
speaker; an unnamed `official` or `spokesman` is no one."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from typing import Final

from tui.core import gazetteer
from tui.core.bisection import bisect_at
from tui.core.characters import is_space, is_word
from tui.core.documents import Block
from tui.core.lexicon import HONORIFIC_GENDERS
from tui.core.model import PersonMention, Quote
from tui.core.names import is_first_name
from tui.core.organisations import cause_body_named
from tui.core.people import PeopleFound
from tui.core.person_names import epithet
from tui.core.speakers.mentions import (
    AGED,
    BODY,
    DESCRIPTION,
    NAME,
    OWNER,
    PRONOUN,
    Mention,
    body_name,
    no_person,
    office_of,
    person_noun,
    run_left,
    says_after,
    speaking_head,
)
from tui.core.speakers.subjects import INTRODUCTORY, SUBORDINATORS
from tui.core.speakers.text import (
    SENTENCE_ENDS,
    ArticleText,
    Token,
    closing_mark,
    is_capitalised,
    is_possessive,
    lower,
    sentence_end,
    sentence_start,
)
from tui.core.speech import (
    DEFINITE,
    DETERMINERS,
    FIRST_NAME_GENDERS,
    OFFICES,
    PERSON_NOUNS,
    PRONOUNS,
    SPEECH_VERBS,
)

_ANYONE: Final = frozenset("man woman person crowd audience".split())
"""Description heads that name no one in particular: `the woman said`, `the crowd chanted` are
not the last speaker."""


_PERSONAL_SOURCES: Final = frozenset(
    "post tweet tweets letter statement memo book column article piece message".split()
)


_UNNAMED_SOURCES: Final = frozenset(
    "official spokesman spokeswoman spokesperson aide adviser advisor officer source staffer "
    "editor agent worker resident voter witness reporter interviewer questioner heckler "
    "protester caller narrator".split()
)
"""Heads of descriptions that mostly bring in someone unnamed (`the spokesman said`) rather than
point back to the person the story is about."""


_SOMEONE_NEW: Final = frozenset("a an one another".split())
"""Determiners that bring in someone unnamed (`a party spokesman said it would "look again"`)."""

_UNNAMED_SPEAKER: Final = re.compile(
    r"(?:^|(?<=[.!?:])[\"”’']?\s+)"
    rf"(?:{'|'.join(sorted(word.capitalize() for word in _SOMEONE_NEW))})"
    r"\s+(?:[\w'’-]+\s+){0,3}?"
    rf"({'|'.join(sorted(_UNNAMED_SOURCES))})"
    r"(?:\s+(?:for|of|at|from|with|to)(?:\s+(?:the|[A-Z][\w'’-]*)){1,4})?,?\s+([a-z]+)\b",
    re.MULTILINE,
)
"""A sentence opening with someone brought in unnamed and the verb after them (`A party
spokesman said`, `A spokeswoman for Leeds City Council told`)."""


_UNNAMED_GENDERS: Final = {"spokesman": "m", "spokeswoman": "f"}
"""Unnamed sources whose word says which pronoun they take."""


_CLAUSE_ENDS: Final = frozenset(
    ", ; that after before while as because since although though but and who which".split()
)
"""Where the words of an attribution give way to another clause."""


_FOLDS: Final = "\u0130\u0131\u212a\u017f"
"""The characters a case-blind regex takes for ASCII letters (`İ` and `ı` for i, the Kelvin sign
for k, `ſ` for s): where none is, an ASCII word's case-blind matches are those of the
lower-cased text."""

_INDEFINITE: Final = re.compile(r"\b(?:an?|one|another)\s+", re.IGNORECASE)


def _indefinite_before(text: str, head: str, lowest: int, at: int) -> bool:
    """Whether `\\b(?:an?|one|another)\\s+(?:[\\w'’-]+\\s+){0,3}HEADs?\\b`, case-blind, matches
    between `lowest` and `at`, for a lower-case ASCII `head` and no `_FOLDS` there: the article
    found by a regex compiled once, the words after it read by hand, where a regex of the head
    would be compiled anew for each head."""
    size = len(head)
    for article in _INDEFINITE.finditer(text, lowest, at):
        start = article.end()
        for _ in range(4):
            end = start + size
            if end <= at and text[start:end].lower() == head and _plural_end(text, end, at):
                return True
            start = _past_word(text, start, at)
            if start < 0:
                break
    return False


def _plural_end(text: str, end: int, at: int) -> bool:
    """Whether `s?\\b` matches at `end`, the text read up to `at`."""
    if end < at and ord(text[end]) in (115, 83) and _word_boundary(text, end + 1, at):
        return True
    return _word_boundary(text, end, at)


def _word_boundary(text: str, position: int, at: int) -> bool:
    """Whether `\\b` matches at `position`, the text read up to `at`."""
    before = position > 0 and is_word(text, position - 1)
    return before != (position < at and is_word(text, position))


def _past_word(text: str, start: int, at: int) -> int:
    """Where `[\\w'’-]+\\s+` matched at `start` ends, the text read up to `at`; -1 for no match."""
    end = start
    while end < at and (is_word(text, end) or ord(text[end]) in (39, 45, 0x2019)):
        end += 1
    if end == start or end >= at or not is_space(text, end):
        return -1
    while end < at and is_space(text, end):
        end += 1
    return end


def _someone_new_opening(text: str, lowest: int, at: int) -> bool:
    """Whether a capitalised determiner of `_SOMEONE_NEW` and a white space character, which
    every `_UNNAMED_SPEAKER` match holds (`A `), lie between `lowest` and `at`: looked for by
    `str.find`, where a pattern of them is tried at every place; it rules out nine windows in
    ten at once."""
    for word in _SOMEONE_NEW_CAPITALISED:
        found = text.find(word, lowest, at)
        while found >= 0:
            space = found + len(word)
            if space < at and is_space(text, space):
                return True
            found = text.find(word, found + 1, at)
    return False


_SOMEONE_NEW_CAPITALISED: Final = tuple(word.capitalize() for word in sorted(_SOMEONE_NEW))


def _lead_word(text: str, start: int) -> str | None:
    """The word written right before a name as its own (`Irishman Tom Hart`): what
    `re.search(r"([\\w-]+) $", text[start - 40 : start])` finds, read back from the name
    instead (a regex search tries each of the 40 places: ten times as slow)."""
    lowest = max(0, start - 40)
    end = start - 1
    if end > lowest and text[end] == "\n":  # `$` also matches before a line break ending the text
        end -= 1
    if end < lowest or text[end] != " ":
        return None
    at = end
    while at > lowest and (text[at - 1].isalnum() or text[at - 1] in "_-"):
        at -= 1
    return text[at:end] if at < end else None


_LEAD_APPOSED: Final = re.compile(
    r"(?:^|[.!?:]\s+|\n)(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[A-Z][\w-]*['’]s?)\s+(?:[\w-]+\s+){0,2}"
    r"([\w-]+), $"
)
"""A description opening a sentence that a comma sets apart from the name after it (`The mayor,
Ann Lee,`, `His lawyer, Tom Hart,`, `Acme's chief executive, Jo Park,`): its last word."""


def _lead_apposed(text: str, start: int) -> re.Match[str] | None:
    """`_LEAD_APPOSED` in the 60 characters before a name, searched only when they end as it
    does, in a comma and a space (before a line break ending them, as `$` allows): most names
    follow no comma, and a search tries each of the 60 places."""
    lowest = max(0, start - 60)
    if not text[max(lowest, start - 3) : start].endswith((", ", ", \n")):
        return None
    return _LEAD_APPOSED.search(text, lowest, start)


_APPOSITION: Final = re.compile(
    r",\s+(?:(?:an?|the)\s+(?:[\w-]+\s+){0,2}?)?([\w-]+)"
    r"(?:\s+(?:for|of|from)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})?[,.;]"
)
"""What a name is set apart by a comma as, right after it: the last word of a short description
(`Tom Hart, 36,`, `Tom Hart, an Irishman,`, `Ben Carson, the retired neurosurgeon,`), before
the place or body it serves or comes from (`Ann Lee, the MP for Leeds Central,`, `Ann Lee, a
Democrat from Ohio,`), also where it ends the sentence (`said Mary Kay, a lawyer.`)."""


_SAID_BY: Final = re.compile(r"[,:]\s+([a-z]+)\s+(?:[A-Z][\w.'’-]*\s+){0,4}$")
"""A comma, a lower-case word and only capitalised words (titles) before a position."""

_WORD_BEFORE: Final = re.compile(r"(\w+)\s+(?:[A-Z][a-z]{0,3}\.\s+)?$")
"""The word right before a position, past an honorific (`call Mr. `)."""

_JOINS: Final = SUBORDINATORS | frozenset(
    "and but then so that what which who whom where was is were whether until".split()
)
"""Lower-case words a subject may follow (`and Mr. Band wrote`, `that Mrs. Clinton might`,
`it was Mr. Trump who`, `when Mr. Ryan said`); not `said` (`Coffman said Mr. Trump had …`: the
speaker is Coffman)."""

_CLAUSE_CLOSES: Final = re.compile(r"\s*(?:[,.;:]|$)")
"""What ends a clause right after a name."""

_THERE_IS: Final = re.compile(r"(?:(?:then|and|but|now|yet) )?there(?:['’]s| is| was)")
"""The words of a sentence that brings a person in as its subject (`Then there's Axelrod.`)."""


_COORDINATORS: Final = frozenset("and but yet so".split())
"""Words that join a sentence to the one before and leave its subject right after them (`But
Stephen Kowal, an adviser, wrote`)."""


_PARTICIPLES: Final[tuple[str, ...]] = ("ed", "ing")
"""How a participle clause opening a sentence before its subject ends (`Asked about it,`,
`Speaking on Monday,`)."""


_FIRST_CHARACTER: Final = re.compile(r"\s*(\S)")
"""The first character that is not a space."""


_OWNS: Final = re.compile(r"['’]s?\b")
"""A possessive ending right after a name (`Mr. Bush's father`): the name owns, it does not act."""


_HONORIFIC: Final = re.compile(
    rf"\b({'|'.join(sorted({*HONORIFIC_GENDERS, *map(str.upper, HONORIFIC_GENDERS)}))})\b\.?\s"
)


_SUBJECT_OF: Final = {"his": "he", "her": "she", "their": "they", "its": "it"}
"""The subject pronoun of an owner (`his` of `his promise`), whose person it names."""

_PARAGRAPH_CHARS: Final = 400
"""A long news paragraph's length, the most text one paragraph of a window may stand for."""

_SUBJECT_PRONOUN: Final = re.compile(r"\b(?:[Hh]e|[Ss]he)\b")


_QUESTIONED: Final = frozenset(("asked", "pressed", "questioned"))
"""Participles opening a sentence whose subject is the one questioned, whom a pronoun in the
question is (`Asked whether she would run, Lee said`)."""


def _participle_then_apposed(lead: list[Token]) -> bool:
    """Whether the words before a name are a participle clause, then a description the name is
    set apart from by commas (`Asked about the delays, the minister, `, `Speaking on Monday, her
    lawyer, `), with no `he` or `she` in them."""
    commas = [i for i, token in enumerate(lead) if token[2] == ","]
    return (
        len(commas) >= 2
        and lower(lead[0][2]).endswith(("ed", "ing"))
        and lower(lead[commas[-2] + 1][2]) in DETERMINERS
        and not any(_SUBJECT_PRONOUN.fullmatch(token[2]) for token in lead)
    )


def _office_of_place(words: list[str]) -> int:
    """Where `of` follows the office of a description that names its place (`the Duke of
    Sussex`, `the Mayor of Leeds`: 2), else 0: the office is its head, not the place."""
    return 2 if office_of(words[1:]) else 0


def _qualified(words: list[str]) -> bool:
    """Whether a party's member or a nationality has a capitalised word before it (`the Ohio
    Republican`): `Republican Donald Trump` was not written as that, so is no holder of it, nor
    did `Ann Lee, a Republican,` bring one in unnamed."""
    return len(words) > 2 and words[-2][:1].isupper() and epithet(words[-1])


_TOP_OFFICES: Final = frozenset("president premier pm chancellor pope king queen".split())
"""Offices with one holder whom a story seldom names by title alone: `the president` is no
other official who spoke last."""


def _first_name_gender(name: str) -> str | None:
    """The gender a person's first name gives, its accents aside and by the first part of a
    compound (`Geneviève`, `Marie-Ève`, `Pierre-Luc`), as Quebec names are written."""
    first = name.split()[0]
    gender = FIRST_NAME_GENDERS.get(first)
    if gender is None and (not first.isascii() or "-" in first):
        plain = gazetteer.fold(first)
        gender = FIRST_NAME_GENDERS.get(plain) or FIRST_NAME_GENDERS.get(plain.split("-")[0])
    return gender


def _tells(text: str, end: int, words: list[str]) -> bool:
    """Whether a one-word name that is also a small town's tells someone (`"…," Southgate told
    BBC Sport`): a town may say something through its council, it tells no one."""
    place = gazetteer.lookup(words[0]) if len(words) == 1 else None
    return (
        place is not None
        and place.small
        and place.person_name
        and _TELLS.match(text, end) is not None
    )


_TELLS: Final = re.compile(r"\s+(?:told|tells)\b")


def _initials(role: str) -> str:
    """A role's initials, lower case, as an office is abbreviated (`Prime Minister`: `the PM`)."""
    return "".join(word[0] for word in role.lower().split())


def _owner_opens(lead: list[Token]) -> bool:
    """Whether the words before a name open with a named owner and its noun (`Quebec's
    transport minister, `, `Mr Appleby's neighbour, `): a description, as after `The`."""
    owner = next((i for i, token in enumerate(lead) if is_possessive(token[2])), len(lead))
    return owner + 1 < len(lead) - 1 and all(is_capitalised(t[2]) for t in lead[: owner + 1])


class Resolver:
    """Turns speaker mentions into persons, remembering who spoke last and which pronoun they
    took."""

    def __init__(
        self,
        article: ArticleText,
        blocks: Sequence[Block],
        quotes: Sequence[Quote],
        people: PeopleFound,
    ) -> None:
        self.article = article
        self.text = article.text
        self.block_starts = [block.start for block in blocks]
        self.quotes = quotes
        self.quote_starts = [quote.start for quote in quotes]
        """Where each quote starts, for bisecting without a key function."""
        self.people = people
        self.speakers: list[int | None] = []
        """Persons of full quotes, most recent last; None for an unnamed person."""
        self.since = 0
        """Where the last full attributed quote and its attribution end: a person named after
        both may take over."""
        self._attributed: int | None = None
        """Where the last attribution's speaker mention ends, until `_recent` reads on to the
        end of its sentence."""
        self.genders: dict[int, str] = {}
        self._descriptions: dict[int, dict[str, int]] = {}
        """Per person, each word a description written with one of their names gave, and
        where it was first given (`_written_with`), read once for each person asked about."""
        self._describing: list[PersonMention] | None = None
        """The people finder's mentions when `_written_with` was first asked: the ones its
        descriptions are read from, whatever attribution adds after."""
        self._first_seen: dict[int, int] | None = None
        self._named_times: Counter[int] | None = None
        """How many times the people finder found each person named, counted once."""

    def person(self, mention: Mention) -> int | None:
        if mention.antecedent is not None:
            return self.person(mention.antecedent)
        words = self.text[mention.start : mention.end].split()
        if mention.kind in (NAME, BODY):
            if body_name(words):  # `Park said` is David Park's, named before, or a body's
                return self.people.known(words, mention.start) if len(words) == 1 else None
            known = self._named(mention)
            if (
                known is not None
                or mention.kind == BODY
                or (no_person(words) and not _tells(self.text, mention.end, words))
                or cause_body_named(self.text, mention.start)
            ):
                return known
            name = " ".join(words)
            person = self.people.resolve(
                name.title() if name.isupper() else name, mention.start, mention.end
            )
            gender = self._honorific(mention.start, mention.end)
            if gender:
                self.genders.setdefault(person, gender)
            return person
        if mention.kind == PRONOUN:
            gender = PRONOUNS[_SUBJECT_OF.get(lower(words[0]), lower(words[0]))]
            if gender is None:
                return None
            excluded = self._addressed(mention.end)
            taken = self._subordinate(gender, mention.start, excluded)
            if taken is None:
                taken = self._recent(gender, mention.start, excluded)
            if taken is not None:
                self.genders.setdefault(taken, gender)
            return taken
        named = self._named_as(mention)
        if named is not None:
            return named
        described = self._described(words, mention)
        return described if described is not None else self._owner(mention, words[-1])

    def supports(self, mention: Mention) -> bool:
        """Whether a guessed speaker is a pronoun, a speaking description, a name the people
        finder knows, or one that has a first name (`Gov. Earl Ray Tomblin`, not
        `Only European`)."""
        if mention.antecedent is not None:
            return self.supports(mention.antecedent)
        words = self.text[mention.start : mention.end].split()
        if mention.kind == PRONOUN:
            return True
        if mention.kind == DESCRIPTION:
            return speaking_head(words[-1])
        if self._named(mention) is not None:
            return True
        return (
            2 <= len(words) <= 4
            and any(is_first_name(word) for word in words[:-1])
            and not any(word.isupper() for word in words)
        )

    def spoke(self, quote: Quote) -> None:
        """Remember a full quote's speaker; an unnamed person (`a party spokesman said`) counts
        too, as None, so a later `he added` is theirs and not the last named speaker's, and so
        does one brought in unnamed by a partial quote (`A party spokesman said it would "look
        again" … "We will not rush," he added`)."""
        if quote.speaker_start is None or quote.speaker_end is None:
            return
        words = self.text[quote.speaker_start : quote.speaker_end].split()
        if quote.kind != "full" and not (
            quote.speaker is None and words and lower(words[0]) in _SOMEONE_NEW
        ):
            return
        if quote.speaker is None and not (words and person_noun(words[-1])):
            return
        self.speakers.append(quote.speaker)
        self.since = max(quote.end, quote.speaker_end)
        self._attributed = quote.speaker_end

    def _attribution_end(self, at: int) -> int:
        """Where the attribution holding `at` ends: its sentence's end (the speaker's apposition
        and relative clause included: `said Peter Wehner, who has known Mr. Ryan for two
        decades.`), or the next quote if one starts before."""
        block = bisect_at(self.block_starts, at + 1)
        upper = self.block_starts[block] if block < len(self.block_starts) else len(self.text)
        return max(at, sentence_end(self.article, at, min(upper, self._next_quote(at))))

    def _next_quote(self, at: int) -> int:
        """Where the first quote from `at` on starts (the text's end when none does)."""
        following = bisect_at(self.quote_starts, at)
        return self.quote_starts[following] if following < len(self.quotes) else len(self.text)

    def _named(self, mention: Mention) -> int | None:
        mentions = self.people.mentions
        index = bisect_at(self.people.mention_starts(), mention.end)
        while index > 0:
            index -= 1
            found = mentions[index]
            if found.end > mention.start:
                return found.person
            if found.end < mention.start - 200:
                break
        return None

    def _named_as(self, mention: Mention) -> int | None:
        """The person the people finder found written as the whole of a description, a surname
        that is also a title or a person noun (`"…," King said` is Pete King, not a king)."""
        mentions = self.people.mentions
        index = bisect_at(self.people.mention_starts(), mention.start)
        if index < len(mentions):
            found = mentions[index]
            if found.start == mention.start and found.end >= mention.end:
                return found.person
        return None

    def _fits(self, person: int, gender: str | None) -> bool:
        """Whether a person may be `he` or `she`: not when a pronoun, an honorific or the first
        name (`Hillary Clinton`, `Ben Jacobs`) already gave them the other gender."""
        if gender is None:
            return True
        known = self.genders.get(person)
        if known is None:
            known = _first_name_gender(self.people.people[person].name) or gender
        return known == gender

    def _subordinate(self, gender: str, at: int, excluded: set[int]) -> int | None:
        """The person a sentence names first, for a pronoun opening a clause inside it (`Joe Wilson,
        who gained attention when he yelled`, `Trump attacked Cruz after he said`), unless the
        same pronoun came first (`he thought … to help Obama, as he later explained`)."""
        block = self.block_starts[bisect_at(self.block_starts, at + 1) - 1]
        start = sentence_start(self.article, block, at)
        lead = self.article.words_between(start, at)
        if not lead or lower(lead[-1][2]) not in SUBORDINATORS:
            return None
        mentions = self.people.mentions
        index = bisect_at(self.people.mention_starts(), start)
        while index < len(mentions) and mentions[index].start < at:
            found = mentions[index]
            if (
                self._fits(found.person, gender)
                and found.person not in excluded
                and not self.quoted(found.start)
            ):
                same = any(
                    PRONOUNS.get(lower(token[2])) == gender
                    for token in lead
                    if token[0] < found.start
                )
                return None if same else found.person
            index += 1
        return None

    def _addressed(self, at: int) -> set[int]:
        """The persons named in an attribution after its pronoun (`he told Hannity`, `she said of
        Sanders`, `he said when asked about Trump`): whom it was said to or about, never who said
        it. The attribution ends at a comma, a quote or a new clause (`he said after Ryan read`)."""
        end = min(sentence_end(self.article, at, at + 120), self._next_quote(at))
        end = next(
            (
                token[0]
                for token in self.article.words_between(at, end)
                if lower(token[2]) in _CLAUSE_ENDS
            ),
            end,
        )
        mentions = self.people.mentions
        index = bisect_at(self.people.mention_starts(), at)
        addressed = set()
        while index < len(mentions) and mentions[index].start < end:
            addressed.add(mentions[index].person)
            index += 1
        return addressed

    def _recent(self, gender: str | None, at: int, excluded: set[int]) -> int | None:
        """A pronoun's person: whoever a sentence of the last three paragraphs since the last
        quote opened with (`Blinken demurred. "…," he said.`) or was named with the pronoun's
        honorific (`Mrs. Clinton` for `she`, not `Mr. Bush's father` for `he`), else the most
        recent speaker, else the last one
        named there; never one of the `excluded`. With no gender (a description), anyone fits."""
        mentions = self.people.mentions
        index = bisect_at(self.people.mention_starts(), at) - 1
        if self._attributed is not None:  # read once, and only when a pronoun needs it
            self.since = max(self.since, self._attribution_end(self._attributed))
            self._attributed = None
        lowest = max(self.since, self._paragraphs_back(at, 3))
        lowest_named = self._unnamed_speaker(gender, lowest, at)
        if index >= 0 and mentions[index].start > lowest_named:
            lowest_named = -1
        fallback = None
        while index >= 0 and mentions[index].start >= lowest:
            found = mentions[index]
            if found.start < lowest_named:
                return None
            person = self._namesake(found, gender)
            titled = self._honorific(found.start, found.end)
            if (
                self._fits(person, gender)
                and (gender is None or titled in (None, gender))
                and person not in excluded
                and not self.quoted(found.start)
            ):
                if (
                    (
                        gender
                        and titled == gender
                        and not _OWNS.match(self.text, found.end)
                        and not self._object(found.start)
                    )
                    or self._opens_sentence(index)
                    or says_after(self.text, found.end)
                    or self._said_by(found.start, found.end)
                ):
                    return person
                fallback = person if fallback is None else fallback
            index -= 1
        if lowest_named >= 0:
            return None
        for speaker in reversed(self.speakers):
            if speaker is None:
                return fallback
            if self._fits(speaker, gender) and speaker not in excluded:
                return speaker
        return fallback if fallback is not None else self._sole_fit(gender, at, lowest, excluded)

    def _sole_fit(self, gender: str | None, at: int, lowest: int, excluded: set[int]) -> int | None:
        """The one person of the pronoun's gender named outside quotes in the last three
        paragraphs before `lowest`, the last quote, when no speaker fits it: `Rogers accused
        Slotkin of "…" She shot back: "…," she said. ¶ He said that was "a cheap line."`."""
        if gender is None:
            return None
        mentions = self.people.mentions
        first = bisect_at(self.people.mention_starts(), self._paragraphs_back(at, 3))
        fitting = {
            m.person
            for m in mentions[first : bisect_at(self.people.mention_starts(), lowest)]
            if not self.quoted(m.start)
            and m.person not in excluded
            and self._fits(m.person, gender)
        }
        return fitting.pop() if len(fitting) == 1 else None

    def _unnamed_speaker(self, gender: str | None, lowest: int, at: int) -> int:
        """Where the last sentence between `lowest` and `at` opened with someone brought in
        unnamed who says something (`A police spokesman said officers were called. He said:
        "…"`): a later pronoun is theirs, not a person named before, unless someone is named
        since (`A reporter asked Sanders … He replied`); -1 if none."""
        found = -1
        if not _someone_new_opening(self.text, lowest, at):
            return found
        for match in _UNNAMED_SPEAKER.finditer(self.text, lowest, at):
            head, verb = match.group(1).lower(), match.group(2).lower()
            fits = gender is None or _UNNAMED_GENDERS.get(head, gender) == gender
            if fits and verb in SPEECH_VERBS:
                found = match.start(1)
        return found

    def _object(self, start: int) -> bool:
        """Whether a titled name follows a lower-case word, the verb or preposition it is the
        object of (`asked her to call Mr. Chagoury`): its honorific makes it no subject."""
        lead = _WORD_BEFORE.search(self.text, max(0, start - 24), start)
        return lead is not None and lead.group(1).islower() and lead.group(1) not in _JOINS

    def _said_by(self, start: int, end: int) -> bool:
        """Whether a name is the subject of a verb of saying inverted before it after a comma,
        its titles aside, that ends its clause (`…, said Alan Abramowitz, a demographer.`); not
        the object of a participle (`…, saying Clinton was`) nor the subject of what was said
        (`…, said Obama failed to`)."""
        lead = _SAID_BY.search(self.text, max(0, start - 60), start)
        return (
            lead is not None
            and lead.group(1) in SPEECH_VERBS
            and not lead.group(1).endswith("ing")
            and _CLAUSE_CLOSES.match(self.text, end) is not None
        )

    def _namesake(self, mention: PersonMention, gender: str | None) -> int:
        """The person a surname alone stands for when a pronoun's gender rules out the one it
        was linked to: the one other person of that surname who fits and whom the article
        names more often (`Fiorina` linked to her husband Frank in a profile of Carly Fiorina:
        the `she` of a sentence about Fiorina is Carly)."""
        person = mention.person
        if gender is None or self._fits(person, gender):
            return person
        surname = self.text[mention.start : mention.end]
        if " " in surname:
            return person
        others = [
            other.id
            for other in self.people.people
            if other.id != person
            and other.name.endswith(" " + surname)
            and self._fits(other.id, gender)
        ]
        if len(others) != 1:
            return person
        if self._named_times is None:
            self._named_times = Counter(m.person for m in self.people.mentions)
        return others[0] if self._named_times[others[0]] > self._named_times[person] else person

    def _honorific(self, start: int, end: int) -> str | None:
        """The gender an honorific gives a name (`Mrs. Clinton`), inside the mention or before
        it."""
        match = _HONORIFIC.search(self.text, max(0, start - 6), end)
        return (
            HONORIFIC_GENDERS[match.group(1).title()]
            if match and match.start() < start + 1
            else None
        )

    def quoted(self, position: int) -> bool:
        index = bisect_at(self.quote_starts, position + 1) - 1
        return index >= 0 and self.quotes[index].end > position

    def _opens_sentence(self, index: int) -> bool:
        """Whether person mention `index` opens its sentence as its subject: only its own titles
        before it (`The Washington Post columnist Ruth Marcus`), a description it is set apart
        from by commas (`Her lawyer, Tom Hart, said`), an introductory phrase (`When asked
        about it, Blinken …`, `A few months ago, Florida developer Mel Sembler …`) with no `he`
        or `she` in it, or `there's` (`Then there's Axelrod.`)."""
        mention = self.people.mentions[index]
        block = self.block_starts[max(0, bisect_at(self.block_starts, mention.start + 1) - 1)]
        block = max(block, self._quoted_sentence_end(mention.start))
        lead = self.article.words_between(
            sentence_start(self.article, block, mention.start), mention.start
        )
        titles = run_left(lead, len(lead) - 1) if lead else 0
        if titles == 0 or (titles == 1 and lower(lead[0][2]) in _COORDINATORS):
            return True
        # `_THERE_IS` holds three words at most (`then there is`): a longer lead is not joined
        if len(lead) <= 3 and _THERE_IS.fullmatch(" ".join(lower(token[2]) for token in lead)):
            return True
        if lead[titles - 1][2] == "," and lead[-1][2] != ",":
            if index and self.people.mentions[index - 1].start >= lead[0][0]:
                return False  # `Clinton criticized Tulsa, Okla., police officer Betty Shelby`
            lead = lead[:titles]  # `Just months ago, Florida developer Mel Sembler …`
        opener = lower(lead[0][2])
        if lead[-1][2] != ",":
            return False
        if opener in DETERMINERS or _owner_opens(lead):  # `The society's chairman, Roger …`
            return self.text.startswith(",", mention.end)
        if _participle_then_apposed(lead) and self.text.startswith(",", mention.end):
            return True  # `Asked about the delays, the minister, Ann Pryce, said`
        if opener in _QUESTIONED:
            return True  # `Asked what he would tell riders, Verster paused.`: he is Verster
        return (
            opener in INTRODUCTORY
            or opener in SUBORDINATORS
            or (len(lead) > 1 and lower(lead[-2][2]) == "ago")
            or opener.endswith(_PARTICIPLES)  # `Asked whether …, Ruiz declined to say.`
        ) and not any(_SUBJECT_PRONOUN.fullmatch(token[2]) for token in lead)

    def _quoted_sentence_end(self, at: int) -> int:
        """Where the last quote before `at` ends when its words end a sentence and a capital
        follows (`… this, no." Former Vice President Mike Pence told`): a new sentence starts
        there, as a paragraph would had a scraper not joined them; 0 if none."""
        index = bisect_at(self.quote_starts, at) - 1
        if index < 0 or self.quotes[index].end > at:
            return 0
        quote = self.quotes[index]
        if closing_mark(self.text, quote) not in SENTENCE_ENDS:
            return 0
        following = _FIRST_CHARACTER.match(self.text, quote.end, at)
        return quote.end if following is not None and following.group(1).isupper() else 0

    def _owner(self, mention: Mention, head: str) -> int | None:
        """The person whose own words a source is (`From Bush's Facebook post: "…"`, `Clinton's
        statement said`); `Trump's campaign` and `Powell's office` speak for them, not as them."""
        if lower(head) not in _PERSONAL_SOURCES:
            return None
        owner = OWNER.search(self.text, mention.start, mention.end)
        return self._named(Mention(owner.start(), owner.end(1), NAME)) if owner else None

    def _paragraphs_back(self, at: int, count: int) -> int:
        """Where the last `count` paragraphs up to `at` start, at most `count` paragraphs' worth
        of text back: a text whose breaks were lost is one paragraph, not the whole window."""
        block = bisect_at(self.block_starts, at + 1) - 1
        return max(self.block_starts[max(0, block - count + 1)], at - count * _PARAGRAPH_CHARS)

    def _introduced(self, head: str, at: int) -> bool:
        """Whether `the organizer` points back to someone the last paragraphs brought in unnamed
        (`greeted by an organizer`), not to a named person. The head alone is looked for first:
        seldom there, it is found at C speed, where the whole pattern is tried at every place."""
        lowest = self._paragraphs_back(at, 2)
        word = re.escape(head)
        stretch = self.text[lowest:at]
        if head.isascii() and (stretch.isascii() or not any(c in stretch for c in _FOLDS)):
            # a case-blind search is a search of the lower-cased text, and the pattern is read
            # by hand, with no pattern to compile for each head
            lowered = lower(head)
            return lowered in stretch.lower() and _indefinite_before(self.text, lowered, lowest, at)
        if re.compile(word, re.IGNORECASE).search(self.text, lowest, at) is None:
            return False
        pattern = re.compile(
            rf"\b(?:an?|one|another)\s+(?:[\w'’-]+\s+){{0,3}}{word}s?\b", re.IGNORECASE
        )
        return pattern.search(self.text, lowest, at) is not None

    def _written_with(self, person: int, head: str, before: int) -> bool:
        """Whether a name of the person was given, before `before`, with what a description
        says of them: right before it (`Irishman Tom Hart`, `36-year-old Tom Hart`) or set apart
        by commas after it (`Tom Hart, 36,`, `Tom Hart, an Irishman,`), so `the Irishman` and
        `the 36-year-old` are him."""
        if self._describing is None:
            self._describing = list(self.people.mentions)
        words = self._descriptions.get(person)
        if words is None:
            words = self._descriptions[person] = self._descriptions_of(person, self._describing)
        first = words.get(head, before)
        if AGED.fullmatch(head):  # `the 36-year-old` after `Tom Hart, 36,`
            first = min(first, words.get(head.split("-")[0], before))
        return first < before

    def _descriptions_of(self, person: int, mentions: list[PersonMention]) -> dict[str, int]:
        """The words descriptions written with the person's names give (`_written_with`), each
        with where it was first given."""
        words: dict[str, int] = {}
        text = self.text
        for mention in mentions:
            if mention.person != person:
                continue
            apposed = _lead_apposed(text, mention.start)
            apposition = _APPOSITION.match(text, mention.end)
            for found in (
                _lead_word(text, mention.start),
                apposed.group(1) if apposed else None,
                apposition.group(1) if apposition else None,
            ):
                if found is not None:
                    words.setdefault(found.lower(), mention.start)
        return words

    def _seen_before(self, person: int, at: int) -> bool:
        if self._first_seen is None:
            self._first_seen = {}
            for mention in self.people.mentions:
                self._first_seen.setdefault(mention.person, mention.start)
        return self._first_seen.get(person, at) < at

    def _aged(self, head: str) -> set[int]:
        """The persons given an age other than the one `head` says (`Maureen Holt, 71,` is not
        `the 58-year-old`), read from the descriptions `_written_with` gathered."""
        age = head.split("-")[0]
        if self._describing is None:
            return set()
        for mention in self._describing:
            if mention.person not in self._descriptions:
                self._descriptions[mention.person] = self._descriptions_of(
                    mention.person, self._describing
                )
        return {
            person
            for person, words in self._descriptions.items()
            if any(word.isdigit() and word != age for word in words)
        }

    def _only_one_named(
        self, before: Sequence[PersonMention], lowest: int, inside: set[int]
    ) -> int | None:
        """Who an age no name was written with (`the 36-year-old`) can only be: the one person
        named outside quotes since `lowest`; with two or more, no one rather than a guess."""
        named = {
            m.person
            for m in before
            if m.start >= lowest and m.person not in inside and not self.quoted(m.start)
        }
        return named.pop() if len(named) == 1 else None

    def _other_office(self, head: str) -> set[int]:
        """The persons whose title names another office than a one-holder office `head` (`the
        president` is not `Senate Minority Leader Patricia Coyle`, whoever spoke last)."""
        if head not in _TOP_OFFICES:
            return set()
        return {
            person.id
            for person in self.people.people
            if person.role
            and _initials(person.role) != head
            and head not in person.role.lower().split()
            and any(word in OFFICES or word in PERSON_NOUNS for word in person.role.lower().split())
        }

    def _sole_subject(self, index: int, at: int, excluded: set[int]) -> int | None:
        """The person who opens the last sentence naming anyone before person mention `index`
        (at `at`), since the last full quote, and says something in it, when no one else is named
        there (`Wilson, who came off the bench, said the goal was 'a dream'. 'I've waited …,' the
        31-year-old said.`); not a photo credit's name (`Ann Lee via Getty Images.`). With no one
        named since the last full quote, its speaker (`"…," the Irishman said. "…," the
        36-year-old added.`)."""
        mentions = self.people.mentions
        last = index - 1
        while last >= 0 and self.quoted(mentions[last].start):
            last -= 1
        if last < 0 or mentions[last].start < self.since:
            speaker = self.speakers[-1] if self.speakers else None
            return speaker if speaker not in excluded else None
        block = self.block_starts[bisect_at(self.block_starts, mentions[last].start + 1) - 1]
        start = sentence_start(self.article, block, mentions[last].start)
        first = bisect_at(self.people.mention_starts(), start)
        named = {m.person for m in mentions[first:index] if not self.quoted(m.start)}
        person = mentions[first].person
        alone = named == {person} and person not in excluded
        end = sentence_end(self.article, mentions[last].end, at)
        says = any(token[2] in SPEECH_VERBS for token in self.article.words_between(start, end))
        return person if alone and says and self._opens_sentence(first) else None

    def _described(self, words: list[str], mention: Mention) -> int | None:
        """A singular person description that points back (`the official`, `Biden's top
        diplomat`, `the father-of-two`) is the one person named before it who holds that role
        or was written with it in the last paragraphs (`Irishman Tom Hart … the Irishman said`),
        else whoever a sentence since the last quote opened with (`Cruz warned … "…," the Texas
        senator said`), else the last speaker, but never the person it is of (`Clinton's
        right-hand woman`). A bare `the man`, `the woman`, a spokesman or an official no one
        named before as such, one brought in unnamed (`an organizer … the organizer`), and the
        role of a thing (`the mine's owner`) are someone new."""
        office = _office_of_place(words)
        if office:
            words = words[:office]
        head = lower(words[-1])
        if not (
            head.split("-of-", 1)[0] in PERSON_NOUNS
            or head in OFFICES
            or epithet(words[-1])
            or (len(words) > 2 and epithet(" ".join(words[-2:])))
            or AGED.fullmatch(head)
        ) or (head in _ANYONE):
            return None
        first = lower(words[0])
        named = is_capitalised(words[0]) and first not in DETERMINERS
        possessors = [w for w in words[:-1] if is_possessive(w)]
        if not (first in DEFINITE or named or possessors):
            return None
        mentions = self.people.mentions
        at = mention.start
        index = bisect_at(self.people.mention_starts(), at)
        inside = {m.person for m in mentions[index : index + 4] if m.end < mention.end}
        holders = [
            p.id
            for p in self.people.people
            if self._seen_before(p.id, at)
            and p.id not in inside
            and p.role
            and (head in p.role.lower().split() or _initials(p.role) == head)
        ]
        lowest = self._paragraphs_back(at, 3)
        recent = {
            m.person for m in mentions[bisect_at(self.people.mention_starts(), lowest) : index]
        }
        holders += [
            person
            for person in recent - inside - set(holders)
            if self._written_with(person, head, at) and not _qualified(words)
        ]
        if len(holders) == 1:
            return holders[0]
        if office:
            return None  # `the Mayor of Leeds` no one was named as is someone new
        if AGED.fullmatch(head) and not holders:
            excluded = inside | self._aged(head)
            found = self._only_one_named(mentions[:index], lowest, excluded)
            return found if found is not None else self._sole_subject(index, at, excluded)
        if head in _UNNAMED_SOURCES or (
            possessors and not any(is_capitalised(word) for word in possessors)
        ):
            return None
        if first in DEFINITE and self._introduced(
            " ".join(words[1:]) if _qualified(words) else head, at
        ):
            return None
        return self._recent(None, at, inside | self._other_office(head))
