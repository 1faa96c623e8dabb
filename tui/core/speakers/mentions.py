"""Speaker mentions: the record, and what a noun phrase names.

A phrase that may name a speaker is a pronoun (`he`, `I'd`), a name (`Antony Blinken`, titles
included), a body (`the Security Council`, `Fox News`) or a description (`the Texas senator`);
`phrase_mention` decides which, `run_left`/`run_right` find where a phrase starts and ends, and
`is_speech_verb` tells a verb of saying from the noun it looks like (`a statement`)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from tui.core import gazetteer
from tui.core.characters import is_space, word_end
from tui.core.lexicon import HONORIFICS, WEEKDAYS
from tui.core.names import is_first_name, is_plain_word
from tui.core.organisations import is_body_name, is_organisation_word
from tui.core.person_names import epithet
from tui.core.speakers.text import (
    FUNCTION,
    Token,
    abbreviated_word,
    is_capitalised,
    is_possessive,
    lower,
)
from tui.core.speech import (
    AUXILIARIES,
    DETERMINERS,
    OFFICES,
    PERSON_NOUNS,
    PHRASAL_SPEECH,
    PRONOUNS,
    SOURCE_NOUNS,
    SPEECH_LEMMAS,
    SPEECH_VERBS,
    WORDS_NOUNS,
)
from tui.core.word_memo import WordMemo

NAME: Final = "name"
PRONOUN: Final = "pronoun"
DESCRIPTION: Final = "description"
BODY: Final = "body"


@dataclass(slots=True, unsafe_hash=True)
class Mention:
    """Where a speaker is named in the text and what sort of words name it. Never changed once
    made, yet not frozen: the compiled annotator makes a frozen one almost three times as slowly,
    and attribution makes dozens per article; hashed all the same. Its own `__init__` is compiled
    too (the one `dataclass` writes is not): made 6 times as fast."""

    start: int
    end: int
    kind: str
    antecedent: Mention | None = None
    """What a relative pronoun stands for (`Sanders` of `Sanders, who says`): the person is
    theirs, while the attribution rests on the pronoun, the word nearest the verb."""

    def __init__(self, start: int, end: int, kind: str, antecedent: Mention | None = None) -> None:
        self.start = start
        self.end = end
        self.kind = kind
        self.antecedent = antecedent


def apposed(text: str, mention: Mention) -> Mention:
    """The name set beside a description (`said the bureau's director, James B. Comey,`, `the
    ambassador at the time, John E. Herbst.`), which names the speaker better than it."""
    match = _APPOSITION.match(text, mention.end)
    if match is None or (match.group(1) and not person_noun(match.group(1).split()[-1])):
        return mention
    return Mention(match.start(2), match.end(2), NAME)


_APPOSITION: Final = re.compile(
    r"(?:\s+[a-z][\w'’-]*){0,4}(?:\s+(?:at|of|for|from|in|with)(?:\s+(?:the|[A-Z][\w'’.-]*)){1,3})?,\s+"
    r"((?:(?:[a-z][\w'’-]*|[A-Z]{2,5}|(?:[A-Z]\.){2,3})\s+){0,3}[a-z][\w'’-]*\s+)?"
    r"([A-Z][\w'’-]*(?:\s+(?:[A-Z]\.|[A-Z][\w'’-]*)){1,3})(?=\s*(?:[,.;)]|$))"
)
"""A name after a comma, maybe after its lower-case title (`, former NDP leader Jack Layton,`),
whose last word must name a person."""


OF: Final = frozenset("of for at from with in on".split())
"""Prepositions after a speaker's head (`Mr. Morgan of the Sierra Club`, `a spokesman for X`)."""


PREPOSITIONS: Final = OF | frozenset(
    "to by about after before during into over under through against among via".split()
)
"""Words a subject never follows: the noun phrase after them is an object
(`In a message posted`)."""


def run_left(tokens: list[Token], end: int) -> int:
    """Start of the noun phrase ending at `end` (inclusive); a determiner closes it."""
    if _pronoun(tokens[end][2]) is not None:
        return end
    index = end
    while index >= 0 and end - index < 8:
        if (
            lower(tokens[index][2]) in DETERMINERS
            and index < end
            and not _title_word(tokens, index)
        ):
            return index
        if not _in_phrase(tokens, index):
            break
        index -= 1
    return index + 1


REFERENCE_NOUNS: Final = frozenset(
    "article section chapter clause paragraph rule verse psalm amendment proposition "
    "resolution title schedule annex appendix canon".split()
)
"""Nouns that name a numbered part of a text (`Article 33`, `Section 5`, `Psalm 23`): followed
by its number, one opens a sentence as its subject, not as an adverb would."""


def _numbered_part(tokens: list[Token], start: int) -> bool:
    """Whether a reference noun and its number start at `start` (`Article 33`)."""
    return (
        start + 1 < len(tokens)
        and lower(tokens[start][2]) in REFERENCE_NOUNS
        and tokens[start + 1][2][:1].isdigit()
    )


def run_right(tokens: list[Token], start: int) -> int:
    """End (exclusive) of the noun phrase starting at `start`: a name is not followed by lower
    case words (`Trump attacked`) unless a determiner opened the phrase (`a Clinton campaign
    spokesman`) or another name follows (`White House press secretary Josh Earnest`)."""
    if start < len(tokens) and _pronoun(tokens[start][2]) is not None:
        return start + 1
    if _numbered_part(tokens, start):
        return start + 2  # `Article 33 affirms`
    determined = start < len(tokens) and lower(tokens[start][2]) in DETERMINERS
    index = start + 1 if determined else start
    if determined and _dated(tokens, index):
        index += 1  # `a Wednesday editorial`
    while index < len(tokens) and index - start < 8 and _in_phrase(tokens, index):
        word = tokens[index][2]
        if word[0].islower() and index > start and not person_noun(word):
            if word.endswith(("ed", "ing")) and lower(tokens[index - 1][2]) not in DETERMINERS:
                break
            if _ends_description(tokens, index):
                break
            if (
                not determined
                and _name_word(tokens[index - 1][2])
                and not _name_ahead(tokens, index + 1)
            ):
                break
        index += 1
    return index


def _dated(tokens: list[Token], index: int) -> bool:
    """Whether a weekday after a determiner qualifies the noun after it (`a Wednesday
    editorial`, `the Friday statement`)."""
    following = tokens[index + 1][2] if index + 1 < len(tokens) else ""
    return (
        index < len(tokens)
        and tokens[index][2] in WEEKDAYS
        and following[:1].islower()
        and following in SOURCE_NOUNS
    )


def _name_ahead(tokens: list[Token], index: int) -> bool:
    """Whether a name follows within three words, none of them a function word or punctuation
    (`White House press secretary Josh Earnest`, not `Romney went after Trump`)."""
    for token in tokens[index : index + 3]:
        word = token[2]
        if is_capitalised(word):
            return True
        if not word[0].isalpha() or lower(word) in FUNCTION:
            return False
    return False


def _ends_description(tokens: list[Token], index: int) -> bool:
    """Whether the lower-case word at `index`, after a person or source noun, is the verb, not
    more of the noun phrase (`the billionaire businessman began by …`, `the report found`, but
    `the billionaire business mogul`, `the campaign spokesman` and `the spokesman statement`
    stay one)."""
    head, word = tokens[index - 1][2], lower(tokens[index][2])
    following = tokens[index + 1][2] if index + 1 < len(tokens) else ""
    verb_like = word in SPEECH_VERBS or word.endswith(("ed", "s")) or word in _FINDS
    return (
        head[0].islower()
        and (person_noun(head) or (head in SOURCE_NOUNS and verb_like))
        and not person_noun(word)
        and word not in SOURCE_NOUNS
        and word not in WORDS_NOUNS
        and not (following[:1].islower() and person_noun(following))
        and (verb_like or not _person_noun_ahead(tokens, index + 2))
    )


def _person_noun_ahead(tokens: list[Token], start: int) -> bool:
    """Whether a person noun ends the lower-case words from `start`, no verb among them, so the
    words before it qualify it (`chief human resources executive`, `chief information security
    officer`)."""
    for index in range(start, min(start + 2, len(tokens))):
        word = tokens[index][2]
        if not word[:1].islower() or word in FUNCTION or word in SPEECH_VERBS:
            return False
        if person_noun(word):
            return True
        if word.endswith("ed"):
            return False
    return False


_FINDS: Final = frozenset(
    "found find show sent put made took gave ran began got came went kept has had is was".split()
)
"""Verbs a source noun may do that neither end in -s or -ed nor say anything (`the report
found`, `his campaign sent`)."""


def _in_phrase(tokens: list[Token], index: int) -> bool:
    """Whether a token may belong to a noun phrase naming a speaker."""
    word = tokens[index][2]
    if word == ".":
        return index > 0 and abbreviated_word(tokens[index - 1][2])
    if word == "&":
        return _ampersand(tokens, index)
    if not word[0].isalnum():
        return False
    if (
        len(word) == 1
        and word.isupper()
        and index + 1 < len(tokens)
        and tokens[index + 1][2] == "."
    ):
        return True
    low = lower(word)
    if _title_word(tokens, index) or modal_name(tokens, index):
        return True
    return not (
        low in FUNCTION
        or low in AUXILIARIES
        or (word in _MAY_SAY and is_speech_verb(tokens, index))
    )


def _title_word(tokens: list[Token], index: int) -> bool:
    """`Our`, `Your`, `My` or `Their` capitalised between two capitalised words is inside the
    name of a campaign or a work (`Save Our Seafront`, `Stop Your Nonsense`), and so is `of`
    after a determiner and one word (`the Bank of Canada governor`, `the University of Calgary
    professor`)."""
    return (
        (
            tokens[index][2] in _TITLE_OWNERS
            or (
                tokens[index][2] == "of"
                and index > 1
                and lower(tokens[index - 2][2]) in DETERMINERS
            )
        )
        and 0 < index < len(tokens) - 1
        and is_capitalised(tokens[index - 1][2])
        and is_capitalised(tokens[index + 1][2])
    )


_TITLE_OWNERS: Final = frozenset(("Our", "Your", "My", "Their"))


def phrase_mention(tokens: list[Token], start: int, end: int) -> Mention | None:
    """What tokens[start:end] names: a pronoun, a name (its last capitalised chunk, titles
    included), a body (`the Security Council`), or a description."""
    while end > start and tokens[end - 1][2] == ".":
        end -= 1
    if end - start == 2 and _numbered_part(tokens, start) and tokens[start][2][0].isupper():
        return Mention(tokens[start][0], tokens[start + 1][1], NAME)  # `Article 33`
    if end <= start:
        return None
    head = tokens[end - 1]
    if end - start == 1 and _pronoun(head[2]) is not None:
        return Mention(head[0], head[0] + len(_pronoun(head[2]) or ""), PRONOUN)
    first = lower(tokens[start][2])
    possessive = any(is_possessive(token[2]) for token in tokens[start : end - 1])
    if possessive and (owned := _owned_name(tokens, start, end)) is not None:
        return owned
    named = _name_word(head[2]) or modal_name(tokens, end - 1)
    if named and not possessive and not (end - start == 1 and person_noun(head[2])):
        chunk = end - 1
        while chunk > start:
            if _title_word(tokens, chunk - 1) and chunk - 1 > start:
                chunk -= 2  # the little word and the capitalised one before it
            elif _name_word(tokens[chunk - 1][2]) or _in_name(tokens, chunk - 1):
                chunk -= 1
            else:
                break
        words = [token[2] for token in tokens[chunk:end]]
        if (
            chunk == start + 1
            and first == "the"
            and (
                (len(words) == 1 and epithet(words[0]))
                or (len(words) == 2 and tokens[start][2] == "the" and epithet(" ".join(words)))
                or lower(words[-1]) in OFFICES
                or _qualified_epithet(words)
                or office_of(words)
            )
        ):
            return Mention(tokens[start][0], head[1], DESCRIPTION)
        body = (
            (chunk == start + 1 and first == "the" and not any(abbreviated_word(w) for w in words))
            or (len(words) == 1 and words[0].isupper() and len(words[0]) <= 4)
            or body_name(words)
            or "&" in words
            or any(_title_word(tokens, index) for index in range(chunk, end))
        )
        return Mention(tokens[chunk][0], head[1], BODY if body else NAME)
    if lower(head[2]) in FUNCTION or not (head[2][0].isalpha() or AGED.fullmatch(head[2])):
        return None
    if first in DETERMINERS or possessive or person_noun(head[2]):
        return Mention(tokens[start][0], head[1], DESCRIPTION)
    return None


def office_of(words: list[str]) -> bool:
    """Whether a capitalised phrase is an office of a place or body (`the Duke of Sussex`, `the
    Mayor of Leeds`, `the Secretary of State`): whoever holds it speaks, not the place."""
    return len(words) >= 3 and words[1] == "of" and lower(words[0]) in OFFICES


def _qualified_epithet(words: list[str]) -> bool:
    """Whether a party's member or a nationality follows the place they come from or their
    party's first word (`the Kentucky Republican`, `the New York Democrat`, `the Liberal
    Democrat`): a person already named, not a body."""
    if len(words) < 2 or not epithet(words[-1]):
        return False
    qualifier = " ".join(words[:-1])
    return qualifier in _PARTY_QUALIFIERS or gazetteer.lookup(qualifier) is not None


_PARTY_QUALIFIERS: Final = frozenset("Liberal New Social Christian Free".split())
"""First words of a party's name before its member (`the Liberal Democrat`)."""


def _in_name(tokens: list[Token], index: int) -> bool:
    """A full stop after an abbreviation or initial, or a particle (`de`, `van`) inside a name."""
    word = tokens[index][2]
    if word == ".":
        return index > 0 and abbreviated_word(tokens[index - 1][2])
    if word == "&":
        return _ampersand(tokens, index)
    return (word in _PARTICLES and index > 0 and is_capitalised(tokens[index - 1][2])) or (
        modal_name(tokens, index)
    )


def _ampersand(tokens: list[Token], index: int) -> bool:
    """`&` between two capitalised words joins a firm's name (`Marks & Spencer`, `Procter &
    Gamble`): one body, never the person the last word would be alone."""
    return (
        0 < index < len(tokens) - 1
        and is_capitalised(tokens[index - 1][2])
        and is_capitalised(tokens[index + 1][2])
    )


def modal_name(tokens: list[Token], index: int) -> bool:
    """Whether a capitalised `Will` or `May` is a name, not the modal every other use of the
    word is: a first name before a name (`Will Estrada`), a surname after a first name or an
    honorific (`Theresa May`, `Mrs May`, `Sen. Will`), or a name alone before a verb of saying
    that no modal takes (`May said`, `Will wrote`; a modal is followed by `say`)."""
    word = tokens[index][2]
    if word != "Will" and word != "May":  # compared, not hashed: most words are made for a token
        return False
    following = tokens[index + 1][2] if index + 1 < len(tokens) else ""
    if _name_word(following) or (following in SPEECH_VERBS and following not in _LEMMAS):
        return True
    if index == 0:
        return False
    before = tokens[index - 1][2]
    return (
        before in HONORIFICS
        or (before == "." and index > 1 and tokens[index - 2][2] + "." in HONORIFICS)
        or is_first_name(before)
        or (is_capitalised(before) and person_noun(before))
    )


def _owned_name(tokens: list[Token], start: int, end: int) -> Mention | None:
    """The person named at the end of a phrase that opens with whose they are (`Acme's chief Jo
    Park`, `Mr Kay's lawyer Ravi Das`): the name, not the owner, says it. A title or a body
    there (`Trump's White House`, `Clinton's Chief of Staff`) is no such name."""
    chunk = end
    while chunk > start and _name_word(tokens[chunk - 1][2]):
        chunk -= 1
    words = [token[2] for token in tokens[chunk:end]]
    if chunk in (end, start) or body_name(words):
        return None
    before = tokens[chunk - 1][2]
    if not (is_possessive(before) or (before[0].islower() and person_noun(before))):
        return None
    if not (is_first_name(words[0]) or (len(words) >= 2 and not is_plain_word(words[-1]))):
        return None
    return Mention(tokens[chunk][0], tokens[end - 1][1], NAME)


def _pronoun(word: str) -> str | None:
    """The subject pronoun a word is (`he`, `He’s` → `He`, `I'd` → `I`), else None: kept by
    word, as the phrase readers ask it of every word of a phrase's ends over and over."""
    return _BARE_PRONOUNS.get(word) or None


def _bare_pronoun(word: str) -> str:
    """`_pronoun` of a word, "" for none. Only a word with an apostrophe is tried against
    `_CONTRACTED`: most words are looked up at once."""
    if "'" not in word and "’" not in word:
        return word if lower(word) in PRONOUNS else ""
    contracted = _CONTRACTED.fullmatch(word)
    bare = contracted.group(1) if contracted else word
    return bare if lower(bare) in PRONOUNS else ""


_BARE_PRONOUNS: Final = WordMemo(_bare_pronoun, 1 << 15)


_CONTRACTED: Final = re.compile(r"(\w+)['’](?:s|d|ll|m|ve|re)")


def person_noun(word: str) -> bool:
    """A noun for a person (`official`, `aides`, `chairmen`, `the 36-year-old`), also one with
    how many children they have (`the father-of-two`, `a mother-of-three`). Kept by word: the
    phrase readers ask it of the same heads over and over, and each answer cuts, splits and
    looks up the word four ways."""
    return _PERSON_NOUN.get(word)


def _is_person_noun(word: str) -> bool:
    low = lower(word)
    singular = low[:-1] if low.endswith("s") else low
    return (
        low in PERSON_NOUNS
        or singular in PERSON_NOUNS
        or low.endswith(("men", "women", "-year-old"))
        or low.split("-of-", 1)[0] in PERSON_NOUNS
    )


_PERSON_NOUN: Final = WordMemo(_is_person_noun, 1 << 15)


def speaking_head(word: str) -> bool:
    return person_noun(word) or lower(word) in SOURCE_NOUNS


def is_speech_verb(tokens: list[Token], index: int) -> bool:
    """A speech verb used as a verb (and `put it`, `shot back`): not a noun after a determiner
    (`a statement`, `his claim`, `a controversial comment`), an adjective (`a swiftly called
    meeting`) nor `continued to` another verb."""
    word = tokens[index][2]
    if word not in _MAY_SAY:
        return False
    following = tokens[index + 1][2] if index + 1 < len(tokens) else ""
    if word in ("put", "puts") and following == "it":
        return True
    if word in _ISSUES:
        return _issues_statement(tokens, index)
    if word in PHRASAL_SPEECH:
        after = tokens[index + 2][2] if index + 2 < len(tokens) else ""
        # `she went on: "…"`, `went on to say`, `went on about`; not `the Senate goes on recess`
        carries_on = following == "on" and after[:1].isalnum() and after not in ("to", "about")
        return following == PHRASAL_SPEECH[word] and not carries_on
    if word not in SPEECH_VERBS or (word.startswith("continu") and following == "to"):
        return False
    if index == 0:
        return True
    previous = tokens[index - 1][2]
    low = lower(previous)  # read once: each `lower` is a look-up
    if low in _QUANTIFIERS:
        ends_clause = word in _LEMMAS and following in (
            "",
            ".",
            ",",
            ":",
            "that",
        )  # `the two write`
        return word == "say" or ends_clause or (word not in _LEMMAS and not word.endswith("s"))
    if low in _NOUN_MARKERS or previous in OF or is_possessive(previous):
        return False
    if _described_plural(tokens, index):
        return False
    if word == "read" and low in SOURCE_NOUNS:  # `the statement read`
        return True
    if (
        word in _LEMMAS
        and previous[0].islower()
        and not previous.endswith(("s", "ly"))
        and (low not in FUNCTION and low not in AUXILIARIES and low not in _PLURALS)
    ):
        return False
    plural = previous.endswith("s") and not previous.endswith("ss")  # `Some Democrats say`
    if (
        word in _LEMMAS
        and is_capitalised(previous)
        and not plural
        and (_determined_name(tokens, index - 1) or _person_noun_after(tokens, index))
    ):
        return False  # `the Associated Press report`, `White House press secretary`
    if index < 2:
        return True
    two_back = tokens[index - 2][2]
    if is_possessive(two_back) and word in _LEMMAS:  # `Bush's Facebook post`
        return False
    low_two_back = lower(two_back)
    if (
        low_two_back in _QUANTIFIERS and word.endswith("s") and word != "says"
    ):  # `many Asian states`
        return False
    if (low_two_back in _NOUN_MARKERS or is_possessive(two_back)) and previous[0].islower():
        return _plural_subject(previous, word) or not (word in _LEMMAS or previous.endswith("ly"))
    return not (two_back in OF and (word in _LEMMAS or word.endswith("s")))


def _plural_subject(previous: str, word: str) -> bool:
    """Whether the plain form of a verb of saying follows a plural noun that agrees with it as
    its subject (`the groups say`, `the unions warn`), not a compound noun (`the news report`)."""
    return (
        word in _LEMMAS
        and previous.endswith("s")
        and not previous.endswith(("ss", "us", "is"))
        and lower(previous) not in _NOT_PLURAL
    )


_NOT_PLURAL: Final = frozenset("news series species its this his has was does".split())
"""Words ending in -s that are no plural noun."""


def _issues_statement(tokens: list[Token], index: int) -> bool:
    """Whether the verb at `index` puts out a statement (`issued a statement`, `put out a joint
    statement`, `released a letter`): a verb of saying with its noun."""
    ahead = [lower(token[2]) for token in tokens[index + 1 : index + 5]]
    if ahead[:1] == ["out"]:
        ahead = ahead[1:]
    return (
        bool(ahead) and ahead[0] in DETERMINERS and any(word in _STATEMENTS for word in ahead[1:3])
    )


_ISSUES: Final = frozenset(
    "issue issues issued release releases released put puts send sends sent publish publishes "
    "published".split()
)
_STATEMENTS: Final = frozenset("statement letter memo note response".split())


_MAY_SAY: Final = SPEECH_VERBS | _ISSUES | frozenset(PHRASAL_SPEECH) | frozenset(("put", "puts"))
"""Every word `is_speech_verb` may take for a verb: any other is settled with one lookup."""


_LEMMAS: Final = frozenset(SPEECH_LEMMAS)


def _determined_name(tokens: list[Token], end: int) -> bool:
    """Whether the capitalised words ending at `end` follow a determiner (`the Associated
    Press`), so a bare verb form after them is a noun they qualify (`… report`)."""
    for index in range(end, max(-1, end - 4), -1):
        word = tokens[index][2]
        if lower(word) in DETERMINERS:
            return True
        if not is_capitalised(word):
            return False
    return False


def _person_noun_after(tokens: list[Token], index: int) -> bool:
    """Whether a lower-case noun for a person follows the word at `index`, so a bare verb form
    after a singular name is a noun naming their job (`White House press secretary`): a
    singular subject would say `presses`."""
    following = tokens[index + 1][2] if index + 1 < len(tokens) else ""
    return following[:1].islower() and person_noun(following)


_PLURALS: Final = frozenset("people police children men women folks staff".split())
"""Plural nouns without an -s, which a bare verb may follow (`people say`), unlike
`cost estimate`."""


_QUANTIFIERS: Final = frozenset(
    "another one some many several most all both others few two three".split()
)
"""Words that stand for people before a past verb or `say` (`another said`, `many say`), unlike
`one tweet` or `some claims`."""


_NOUN_MARKERS: Final = DETERMINERS | frozenset(
    "his her their its our my your this that whose few more other new such same recent similar "
    "previous latest further additional numerous multiple public private".split()
)
"""Words after which a speech verb's form is a noun (`his claim`, `few questions`)."""


def _described_plural(tokens: list[Token], index: int) -> bool:
    """Whether a plural speech word follows a determiner and an adjective, so is a noun (`his
    scathing remarks`, `her glowing comments`), not what the speaker does."""
    word, previous = tokens[index][2], tokens[index - 1][2]
    return (
        index > 1
        and word.endswith("s")
        and word != "says"
        and previous.islower()
        and previous.endswith(_ADJECTIVE_ENDINGS)
        and lower(tokens[index - 2][2]) in _NOUN_MARKERS
    )


_ADJECTIVE_ENDINGS: Final[tuple[str, ...]] = ("ing", "ous", "ful", "ive")


def _name_word(word: str) -> bool:
    """Whether a word may be (part of) a name: capitalised, and no function word, owner or
    contraction. Kept by word: the phrase readers ask it of the same words over and over."""
    return _NAME_WORDS.get(word)


def _is_name_word(word: str) -> bool:
    return (
        is_capitalised(word)
        and lower(word) not in FUNCTION
        and not is_possessive(word)
        and not _contracted_function_word(word)
    )


_NAME_WORDS: Final = WordMemo(_is_name_word, 1 << 15)


def _contracted_function_word(word: str) -> bool:
    """A function word with its verb contracted (`That’s`, `There’s`, `It’ll`, `Let’s`): never a
    name, though capitalised at a sentence's start."""
    for mark in "'’":
        if mark in word:
            stem = word.split(mark, 1)[0].lower()
            return stem in FUNCTION or stem == "let"
    return False


AGENCIES: Final = frozenset("Reuters Xinhua Interfax Magazine".split())
"""News agencies and outlet words the organisation list lacks (`Fox News reported`,
`told Reuters`)."""


def no_person(words: Sequence[str]) -> bool:
    """A name the people finder did not take that is a party or movement (`Sinn Fein said`), a
    country before common words (`Britain Stronger said`), or one word that is a common word
    capitalised (`Markets said`) or a place (`Leeds said`, a club or a council): its mention
    stands, but it makes no person."""
    if is_body_name(" ".join(words)):
        return True
    if len(words) != 1:
        return _country_and_words(words)
    place = gazetteer.lookup(words[0])
    return is_plain_word(words[0]) or (place is not None and place.kind != "demonym")


def _country_and_words(words: Sequence[str]) -> bool:
    """A country's name before common words only (`Britain Stronger in Europe`'s first words,
    `Canada Together`): a campaign's or a firm's name, not a person's."""
    place = gazetteer.lookup(words[0])
    return (
        place is not None
        and place.kind == "country"
        and all(is_plain_word(word) for word in words[1:])
    )


def body_name(words: Sequence[str]) -> bool:
    """A name that is a body, not a person, by its last word (`Kernow Coastal Ltd`, `Fox News`,
    `White House`, `Kestrel Marine Ltd`); a first name right before it, after titles only, or an
    honorific keeps a person (`Kristen Day`, `Professor Jo Park`, `Ms Park`)."""
    last = words[-1]
    if not (is_organisation_word(last) or last in AGENCIES) or words[0] in HONORIFICS:
        return False
    first = words[-2] if len(words) >= 2 else ""
    titled = all(person_noun(word.rstrip(".")) or word in HONORIFICS for word in words[:-2])
    return not (titled and is_first_name(first) and not is_organisation_word(first))


_PARTICLES: Final = frozenset("de del der di da du van von la le bin al ibn dos das st.".split())


AGED: Final = re.compile(r"[0-9]{1,3}-year-old")
"""`the 36-year-old`: a description of the person the story is about."""


OWNER: Final = re.compile(r"\b([A-Z][\w.-]*)['’]s\b")


def says_after(text: str, end: int) -> bool:
    """Whether a speech verb comes right after `end`, auxiliaries and adverbs aside: the name
    that ends there is its subject (`…, Sanders said.`, `Lee has not said`). Read a word at a
    time and looked up, not tried against each of the hundreds of verb forms in turn; each word
    is read by hand as `_NEXT_WORD` matches it (white space, then `n't` or word characters)."""
    size = len(text)
    while True:
        start = end
        while start < size and is_space(text, start):
            start += 1
        if start == end:
            return False
        if start < size and text[start] == "n" and text.startswith("n't", start):
            end = start + 3
        else:
            end = word_end(text, start, size)
            if end == start:
                return False
        found = text[start:end]
        if found in SPEECH_VERBS:
            return True
        if found not in AUXILIARIES:
            return False


_NEXT_WORD: Final = re.compile(r"\s+(n't|\w+)")
"""The next word after white space (`n't` on its own, as `AUXILIARIES` lists it)."""
