"""Who does a verb: the subject of a verb of saying, past auxiliaries, time phrases, asides and
relative clauses (`Netanyahu, who insists`), and the noun phrase a sentence opens with."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

from tui.core import gazetteer
from tui.core.lexicon import HONORIFICS, MONTHS, NUMBER_WORDS, WEEKDAYS
from tui.core.names import is_english_word, is_first_name, is_plain_word
from tui.core.speakers.mentions import (
    BODY,
    DESCRIPTION,
    NAME,
    OF,
    PREPOSITIONS,
    PRONOUN,
    Mention,
    is_speech_verb,
    modal_name,
    phrase_mention,
    run_left,
    run_right,
    speaking_head,
)
from tui.core.speakers.text import Token, abbreviated_word, is_possessive, lower
from tui.core.speech import AUXILIARIES, DETERMINERS, OFFICES, SOURCE_NOUNS

SUBORDINATORS: Final = frozenset(
    "while when after although though if as because since before once unless".split()
)
"""Words opening a clause that leads into the main one (`While he acknowledged …, Ham noted`)."""


def subject_of(tokens: list[Token], verb: int) -> Mention | None:
    """The speaker doing `verb`: right before it (`Blinken has said`), before a relative clause
    (`Netanyahu, who insists`), or before an aside (`Tim Hess, a developer, said`); a
    participle after a comma (`…, saying`), an infinitive (`took to Twitter to accuse`) and a
    verb joined to another by `and` (`knocked Rubio on trade and called him`) are the sentence
    subject's."""
    index = _skip_back(tokens, verb - 1)
    if index < 0:
        return None
    word = tokens[index][2]
    if lower(word) in ("who", "which", "that"):
        return relative_mention(tokens, index)
    participle = tokens[verb][2].endswith("ing")
    if participle and lower(word) in _CATENATIVES and index == verb - 1:
        index = _skip_back(tokens, index - 1)
        if index < 0:
            return None
        word = tokens[index][2]
    if word == "," and not participle and _party_label(tokens, index - 1):
        found = left_phrase(tokens, index - 1)
        if found is not None and found.kind == NAME:
            return found
    if (word == "to" or lower(word) in _COORDINATORS) and index == verb - 1:
        return _previous_speaker(tokens, index) or sentence_subject(tokens)
    if word == ",":
        if participle:
            return _previous_speaker(tokens, index) or sentence_subject(tokens)
        return _fronted(tokens, index)
    found = left_phrase(tokens, index, participle)
    if (
        found is not None
        and found.kind == DESCRIPTION
        and participle
        and _timed(tokens, index, verb)
    ):
        return _issuer(tokens, found) or _absolute_doer(tokens, found)
    if not participle and (found is None or found.kind == NAME):
        share = _share(tokens, verb - 1) or _share(tokens, index)
        if share is not None and (found is None or found.start >= share.start):
            return share
    return found


def _party_label(tokens: list[Token], end: int) -> bool:
    """Whether a politician's party and state in brackets end at `end` (`(R-OH)`, `(D-Newport
    News)`): the name before them is the subject of the verb after the comma."""
    if end < 3 or tokens[end][2] != ")":
        return False
    opening = next((i for i in range(end - 1, max(end - 7, -1), -1) if tokens[i][2] == "("), -1)
    return opening >= 1 and _PARTY.match(tokens[opening + 1][2]) is not None


_PARTY: Final = re.compile(r"[A-Z][-–]")
"""A party's initial and the dash before its state (`R-OH`, `D-Newport`)."""


_CATENATIVES: Final = frozenset("keep keeps kept continue continues continued".split())
"""Verbs a participle of saying goes on from, whose subject says it (`Kay kept asking`); not
`began`, which a subject may do on its own (`as the meeting began vowing to …` is his vow)."""


def _share(tokens: list[Token], end: int) -> Mention | None:
    """A share of people doing a verb of saying, a poll's way of quoting (`21 percent said`,
    `About four in 10 said`, `Six in 10 Democrats said`, `most said`): the share is the
    speaker, no person."""
    word = ""
    for at in range(end, max(-1, end - 8), -1):
        following = word  # the word after, read (and lowered) the step before
        word = lower(tokens[at][2])
        quantity = (
            word in _SHARES
            or (word.endswith("%") and word[:-1].replace(".", "").isdigit())
            or (
                (word.isdigit() or word in _COUNTS)
                and following in ("%", "percent", "in", "of", "out")
            )
        )
        if quantity:
            start = at
            while start > 0 and lower(tokens[start - 1][2]) in _QUALIFIERS:
                start -= 1
            return Mention(tokens[start][0], tokens[end][1], DESCRIPTION)
        if not tokens[at][2][0].isalnum():
            return None
    return None


_SHARES: Final = frozenset("most half majority two-thirds third quarter three-quarters".split())
_COUNTS: Final = frozenset(NUMBER_WORDS)
_QUALIFIERS: Final = frozenset(
    "about nearly almost roughly just only around over some fewer more less than a the".split()
)


def _issuer(tokens: list[Token], thing: Mention) -> Mention | None:
    """Who issued the words a participle describes when they are a source noun after its verb
    (`His office put out a statement saying`): the sentence's subject, else no one (`a crowd
    waving flags`)."""
    head = next(token[2] for token in reversed(tokens) if token[1] <= thing.end)
    if lower(head) not in SOURCE_NOUNS and lower(head).rstrip("s") not in SOURCE_NOUNS:
        return None
    subject = sentence_subject(tokens)
    return subject if subject is not None and subject.start < thing.start else None


def _absolute_doer(tokens: list[Token], found: Mention) -> Mention | None:
    """The people a participle of saying follows in a clause that `with` opens after a comma or
    at the start, who say it (`The union walked out, with its leader calling the offer "an
    insult"`): the news way of adding a second speaker's words to a sentence about someone
    else. Not `with` inside a clause (`comes with the right calling card`)."""
    opening = next((index for index, token in enumerate(tokens) if token[0] == found.start), 0)
    absolute = (
        opening >= 1
        and lower(tokens[opening - 1][2]) == "with"
        and (opening == 1 or tokens[opening - 2][2] in _ASIDE_OPENERS)
    )
    return found if absolute else None


_ASIDE_OPENERS: Final = frozenset(",;—–(")
"""Marks after which `with` opens a clause of its own rather than completing a verb."""


def _timed(tokens: list[Token], index: int, verb: int) -> bool:
    """Whether only a time phrase (or nothing) stands between a noun and the participle after
    it (`a statement Thursday night condemning`): the noun is its object, not its subject."""
    return all(
        lower(tokens[between][2]) in TIME_WORDS
        or lower(tokens[between][2]) in _TIME_OPENERS
        or tokens[between][2].isdigit()
        for between in range(index + 1, verb)
    )


_COORDINATORS: Final = frozenset(("and", "but", "or"))


def _previous_speaker(tokens: list[Token], joint: int) -> Mention | None:
    """The subject of a verb of saying right before a comma or `and` that a participle or a
    second verb goes on from (`Spicer said, adding`, `he laughed and said`): theirs, not the
    sentence's first subject."""
    verb = joint - 1
    if verb < 1 or not is_speech_verb(tokens, verb) or tokens[verb][2].endswith("ing"):
        return None
    return subject_of(tokens, verb)


def _skip_back(tokens: list[Token], index: int) -> int:
    """Leftwards past auxiliaries, adverbs (`Gorka similarly warned`) and short time phrases (`who
    in 2010 said`)."""
    while index >= 0:
        low = lower(tokens[index][2])
        if (low in AUXILIARIES and not modal_name(tokens, index)) or _adverb(tokens, index):
            index -= 1
        elif low in TIME_WORDS or low.isdigit():
            index -= 1
            while index >= 0 and (
                lower(tokens[index][2]) in TIME_WORDS
                or tokens[index][2].isdigit()
                or lower(tokens[index][2]) in _TIME_OPENERS
            ):
                index -= 1
        else:
            break
    return index


def _adverb(tokens: list[Token], index: int) -> bool:
    """A lower-case -ly word that no determiner or owner makes a noun (`similarly`, not `Scott's
    family`, `an ally`)."""
    word = tokens[index][2]
    if not (word.endswith("ly") and word[0].islower() and len(word) > 4):
        return False
    before = tokens[index - 1][2] if index else ""
    return lower(before) not in DETERMINERS and not is_possessive(before)


TIME_WORDS: Final = frozenset(
    [word.lower() for word in WEEKDAYS | MONTHS - {"May"}]
    + "week month year night morning afternoon evening day weekend time".split()
)


_TIME_OPENERS: Final = frozenset(
    "in on at during last this that early late earlier later the".split()
)


def relative_mention(tokens: list[Token], index: int) -> Mention | None:
    """The relative pronoun at `index` standing for its antecedent (`who` of `Sanders, who
    says`), or None when no noun phrase comes before it."""
    end = index - 1
    found = _antecedent(tokens, end - 1 if end >= 0 and tokens[end][2] == "," else end)
    return None if found is None else Mention(tokens[index][0], tokens[index][1], found.kind, found)


def _antecedent(tokens: list[Token], end: int) -> Mention | None:
    """What a relative pronoun refers to: the phrase before it, or the name before that phrase
    when it is an apposition (`McConnell, now the majority leader, who said`)."""
    found = left_phrase(tokens, end, antecedent=True)
    if found is None or found.kind != DESCRIPTION:
        return found
    start = next(i for i in range(end, -1, -1) if tokens[i][0] == found.start)
    while start > 0 and lower(tokens[start - 1][2]) in AUXILIARIES:
        start -= 1
    if start >= 2 and tokens[start - 1][2] == ",":
        named = left_phrase(tokens, start - 2)
        if named is not None and named.kind == NAME:
            return named
    return found


def _fronted(tokens: list[Token], comma: int) -> Mention | None:
    """The noun phrase before the first comma of an aside that ends at `comma`, or the name in
    apposition to it (`Her campaign manager, Robby Mook, suggested`); a phrase that is the
    object of `of` or `for` counts when the sentence opens with its head (`A spokesperson for
    Sen. Ann Lee (R-Okla.), the chief negotiator, said`: the spokesperson) or it names the
    person (`Former Bank of Canada governor David Dodge, now an adviser, said`). A place before
    the name takes the name's part too (`Tory MP for Boston and Skegness, Richard Tice, said`):
    a place is never who speaks."""
    for index in range(max(1, comma - 30), comma + 1):
        if tokens[index][2] != ",":
            continue
        own, headed = _phrase_start(tokens, index - 1)
        via_head = not _after_opener(tokens, own)
        if via_head and (headed == own or not _after_opener(tokens, headed)):
            continue
        found = left_phrase(tokens, index - 1)
        if found is not None and via_head and _full_name_of(tokens, found, headed, own):
            return found
        if found is None or (
            via_head and found.start < tokens[own][0] and (headed > 0 or found.kind != DESCRIPTION)
        ):
            continue  # not `said Ann Lee, an expert on Russia at …,`, `One of its heads, Ann Lee,`
        if found.kind == DESCRIPTION or _place_aside(tokens, found, index):
            end = run_right(tokens, index + 1)
            named = phrase_mention(tokens, index + 1, end)
            if (
                named is not None
                and named.kind == NAME
                and end < len(tokens)
                and tokens[end][2] == ","
            ):
                return named
        return found
    return None


def _full_name_of(tokens: list[Token], found: Mention, headed: int, own: int) -> bool:
    """Whether a person's full name opens the sentence before `of` or `from` and a capitalised
    place or body (`Lord Barrow of Kelso, a former minister, said`, `Ann Lee of Acme, its
    chief, said`): the name is the subject, not the aside after it."""
    words = [token[2] for token in tokens[headed:own] if found.start <= token[0] < found.end]
    named = own + 1 if tokens[own][2] == "the" else own
    return (
        found.kind == NAME
        and found.start == tokens[headed][0]
        and tokens[own - 1][2] in ("of", "from")
        and named < len(tokens)
        and tokens[named][2][:1].isupper()
        and len(words) >= 2
        and (words[0] in HONORIFICS or is_first_name(words[0]))
    )


def _after_opener(tokens: list[Token], start: int) -> bool:
    return start == 0 or lower(tokens[start - 1][2]) in _CLAUSE_OPENERS


def _phrase_start(tokens: list[Token], end: int) -> tuple[int, int]:
    """Where the noun phrase ending at `end` starts, a bracket after it included (`Sen. Ann Lee
    (R-Okla.)`): on its own, and with the `X of` it is the object of (`Former Bank of Canada
    governor David Dodge`, `A spokesperson for Sen. Ann Lee`)."""
    if tokens[end][2] == ")":
        opening = next((i for i in range(end - 1, max(end - 9, -1), -1) if tokens[i][2] == "("), 0)
        if opening < 1:
            return end + 1, end + 1
        end = opening - 1
    start = run_left(tokens, end)
    if start < 2 or lower(tokens[start - 1][2]) not in OF:
        return start, start
    head = _head_of(tokens, start)
    if head is None:
        return start, start
    return start, next(i for i in range(start - 2, -1, -1) if tokens[i][0] <= head.start)


_CLAUSE_OPENERS: Final = (
    frozenset(
        [*",—–-:;(", "and", "but", "so", "yet", "then", "while", "though", "although", "what"]
    )
    | SUBORDINATORS
)


def sentence_subject(tokens: list[Token]) -> Mention | None:
    """The noun phrase a sentence opens with, past an introductory phrase (`On Monday, …`), a
    capitalised word that is no name (`Back in 1999, Mr. Trump …`) and a description of no one
    who speaks (`their only disagreement`)."""
    return next(
        (
            m
            for m in openings(tokens)
            if not plain_capital(tokens, m)
            and (m.kind != DESCRIPTION or speaking_head(tokens[last_index(tokens, m)][2]))
        ),
        None,
    )


def last_index(tokens: list[Token], mention: Mention) -> int:
    """The index of a mention's last token among `tokens` (in order, the mention among them)."""
    return next(i for i in range(len(tokens) - 1, -1, -1) if tokens[i][0] < mention.end)


def first_opening(tokens: list[Token], bodies: bool = False) -> Mention | None:
    """The first of `openings`, if any: read by a loop, as the compiled annotator would call
    `next` on a generator as a Python builtin looked up by name."""
    for found in openings(tokens, bodies):
        return found
    return None


def openings(tokens: list[Token], bodies: bool = False) -> Iterator[Mention]:
    """Noun phrases that may be a sentence's subject, in order: its first words (unless they
    open an introductory phrase or a subordinate clause: `Because of …`, `Unless …`), then what
    follows each comma of its first thirty words; with `bodies`, organisations too (`The Senate
    committee`, `CREW`)."""
    introduced = bool(tokens) and (
        lower(tokens[0][2]) in INTRODUCTORY or lower(tokens[0][2]) in SUBORDINATORS
    )
    starts = [] if introduced else [0]
    starts += [i + 1 for i in range(min(len(tokens), 30)) if tokens[i][2] == ","]
    starts += [1] if introduced and lower(tokens[0][2]) not in _PLAIN_PREPOSITIONS else []
    opener = participial_opener(tokens)
    if opener >= 0:
        starts = [start for start in starts if start > opener]
    for start in starts:
        while start < len(tokens) and lower(tokens[start][2]) in ("and", "but", "so", "yet"):
            start += 1
        start = _past_quantity(tokens, start)
        end = run_right(tokens, start)
        found = phrase_mention(tokens, start, end)
        if (
            found is not None
            and (bodies or found.kind != BODY)
            and not _place_aside(tokens, found, end)
            and not _expletive(tokens, start)
        ):
            yield found


_PLAIN_PREPOSITIONS: Final = frozenset("on in at during without for following amid despite".split())
"""Introductory words that only take a noun phrase, never a clause (`In May,`): the phrase after
them is their object, not the sentence's subject."""


def _expletive(tokens: list[Token], at: int) -> bool:
    """Whether the `it` or `there` at `at` stands for no one, only holding the subject's place
    before a verb of being (`It's the persistent pull of Lee's "…" promise`, `it was a report by
    the Post that`, `it seems`, `There's still time for Lee to`): whoever is quoted is named
    later, if at all."""
    word = lower(tokens[at][2]) if at < len(tokens) else ""
    if word in _PLACEHOLDERS:
        return True
    following = lower(tokens[at + 1][2]) if at + 1 < len(tokens) else ""
    return word == "it" and following in _BEING


_PLACEHOLDERS: Final = frozenset(
    ("it's", "it’s", "there", "there's", "there’s", "here's", "here’s")
)
"""Subjects that only hold a place, whatever verb follows."""

_BEING: Final = frozenset("is was seems seemed appears appeared becomes became gets got".split())
"""Verbs after which `it` is a placeholder, not a speaker (`it was`, `it seems`)."""


def _past_quantity(tokens: list[Token], start: int) -> int:
    """Past how many people a phrase opens with (`Hundreds of demonstrators`, `about 200
    protesters`), to the words that say who they are."""
    word = lower(tokens[start][2]) if start < len(tokens) else ""
    following = tokens[start + 1][2] if start + 1 < len(tokens) else ""
    if word in _MULTITUDES and following == "of":
        return start + 2
    if word in _ROUGHLY and following[:1].isdigit():
        return start + 1
    return start


_MULTITUDES: Final = frozenset("hundreds thousands dozens scores millions tens".split())
_ROUGHLY: Final = frozenset("about nearly almost roughly some around over".split())


def clause_subject(tokens: list[Token]) -> Mention | None:
    """The subject of the last clause a conjunction opens before the quote (`He railed against
    Libya, when he was misled into a "humanitarian" war`, `… because they wanted to show that
    "…"`): the quote sits in that clause, not in the sentence's first one."""
    for index in range(len(tokens) - 2, 0, -1):
        if tokens[index][2] in _CLAUSE_ENDS and not (
            tokens[index][2] == "." and abbreviated_word(tokens[index - 1][2])
        ):
            return None
        word = lower(tokens[index][2])
        if word in _CLAUSE_CONJUNCTIONS or word in _PRONOUN_CLAUSES:
            end = run_right(tokens, index + 1)
            found = phrase_mention(tokens, index + 1, end)
            if found is None or found.kind == BODY or end >= len(tokens):
                if word in _PRONOUN_CLAUSES:
                    continue
                return None
            if word in _PRONOUN_CLAUSES and found.kind != PRONOUN:
                continue
            following = tokens[end][2]
            return found if following[0].isalpha() and lower(following) not in OF else None
    return None


_CLAUSE_CONJUNCTIONS: Final = frozenset(
    "when because while whereas although though since unless whether".split()
)
_PRONOUN_CLAUSES: Final = frozenset(("as", "and", "but"))
"""Words that open a clause only when a subject pronoun follows (`as he keeps talking`)."""
_CLAUSE_ENDS: Final = frozenset(".;:()?!")


def _place_aside(tokens: list[Token], mention: Mention, end: int) -> bool:
    """Whether a name is a place set off by a comma or a parenthesis (`in Salem, New Hampshire,
    Trump said`, `Washington (AFP) –`): where, not who."""
    if mention.kind != NAME or end >= len(tokens) or tokens[end][2] not in ",(":
        return False
    words = " ".join(token[2] for token in tokens[:end] if token[0] >= mention.start)
    place = gazetteer.lookup(words)
    return place is not None and place.kind != "demonym"


def participial_opener(tokens: list[Token], at: int = 0) -> int:
    """The comma closing a past participle that opens a sentence with its agent (`Challenged by
    NBC's Tom Lane on her fees, Smith said`, `Introduced at the rally by Ann Cole, the county
    clerk, Smith attacked`), past an aside on that agent; -1 when none opens at `at`. The
    subject, and whoever speaks, comes after it, never the agent."""
    if at >= len(tokens) - 2:
        return -1
    word = tokens[at][2]
    if not (
        word[0].isupper()
        and word.endswith(("ed", "en"))
        and is_english_word(word)
        and tokens[at + 1][2][0].islower()
    ):
        return -1
    comma = next((i for i in range(at + 1, min(at + 16, len(tokens))) if tokens[i][2] == ","), -1)
    if comma < 0 or not any(tokens[i][2] == "by" for i in range(at + 1, comma)):
        return -1
    if comma + 1 < len(tokens) and lower(tokens[comma + 1][2]) in ("the", "a", "an"):
        aside = next(
            (i for i in range(comma + 2, min(comma + 12, len(tokens))) if tokens[i][2] in ",;"),
            -1,
        )
        if aside > 0 and tokens[aside][2] == ",":
            return aside  # `by Joe Roe, the county sheriff and an old ally, Smith …`
    return comma


INTRODUCTORY: Final = frozenset(
    "on in at after before during since when while as with without for by from following amid "
    "despite however meanwhile now still then yet later earlier also instead indeed but and so "
    "yesterday today last this".split()
)


def plain_capital(tokens: list[Token], mention: Mention) -> bool:
    """A one-word "name" that is an English word opening the sentence as an adverb would
    (`Perhaps`, `Back in 1999`), or a participle before a function word (`Given what`)."""
    if mention.kind != NAME:
        return False
    index = [i for i, token in enumerate(tokens) if mention.start <= token[0] < mention.end]
    if len(index) != 1:
        return False
    word = tokens[index[0]][2]
    following = lower(tokens[index[0] + 1][2]) if index[0] + 1 < len(tokens) else ""
    return is_plain_word(word) or (
        is_english_word(word)
        and (
            following in PREPOSITIONS
            or (word.endswith(("ed", "en")) and following in _PARTICIPLE_OBJECTS)
        )
    )


_PARTICIPLE_OBJECTS: Final = DETERMINERS | frozenset("what how why when where whether that".split())
"""Words a participle opening a sentence takes for its object (`Given the`, `Asked what`)."""


def skip_aside(tokens: list[Token], index: int) -> int:
    """Past what may stand between a speaker and the verb: a parenthesis (`(D-S.C.)`), a
    second speaker (`and Serena Kelleher`), prepositional tails (`of the James Martin Center
    for Nonproliferation Studies`), asides between commas (`, the attorney general of
    Oklahoma, one of the states suing,`) or left unclosed (`, a spokesman for X told`), but
    not an attribution set in a sentence (`The good news, Lee said, is …`): that is Lee's."""
    if index < len(tokens) and tokens[index][2] == "(":
        closing = next(
            (i for i in range(index + 1, min(index + 9, len(tokens))) if tokens[i][2] == ")"), None
        )
        if closing is not None:
            index = closing + 1
    if index < len(tokens) and tokens[index][2] == "and":
        index = run_right(tokens, index + 1)
    if _postmodifier(tokens, index):
        index = run_right(tokens, index + 2)
    for _ in range(2):
        if index < len(tokens) and tokens[index][2] in OF:
            index = run_right(tokens, index + 1)
    if index < len(tokens) and tokens[index][2] == ",":
        for comma in range(index + 1, min(index + 40, len(tokens))):
            if tokens[comma][2] == "," and _verb_follows(tokens, comma + 1):
                return comma + 1
        unclosed = run_right(tokens, index + 1)
        if unclosed < len(tokens) and tokens[unclosed][2] in OF:
            unclosed = run_right(tokens, unclosed + 1)
        inserted = unclosed + 1 < len(tokens) and tokens[unclosed + 1][2] == ","
        if unclosed > index + 1 and _verb_follows(tokens, unclosed) and not inserted:
            return unclosed
    return index


def _postmodifier(tokens: list[Token], index: int) -> bool:
    """Whether an adjective and its preposition tie a source to someone else at `index` (`a
    source close to Ms Hollis`, `people familiar with the talks`): the source speaks."""
    return index + 2 < len(tokens) and _POSTMODIFIERS.get(lower(tokens[index][2])) == lower(
        tokens[index + 1][2]
    )


_POSTMODIFIERS: Final = {"close": "to", "closest": "to", "familiar": "with", "briefed": "on"}


def _verb_follows(tokens: list[Token], index: int) -> bool:
    while index < len(tokens) and lower(tokens[index][2]) in AUXILIARIES:
        index += 1
    return index < len(tokens) and is_speech_verb(tokens, index)


_DOERS: Final = frozenset(("with", "without", "by", "after", "before"))
"""Prepositions whose name a gerund after it is done by (`with Trump tweeting`), unlike a place
or a medium (`responded on Facebook writing`); after `with`, any phrase (`with its leader
calling`)."""


def _titled_name(tokens: list[Token], start: int, found: Mention | None) -> bool:
    """Whether the phrase is a name after its role (`England governor Tom Hart`, `Small
    Businesses chair Tom Hart`): the person speaks, not the body their title is of (but a
    spokesman for `presidential candidate Ann Lee` is the spokesman)."""
    return (
        found is not None
        and found.kind == NAME
        and any(
            token[2][0].islower() and lower(token[2]) not in DETERMINERS
            for token in tokens[start:]
            if token[0] < found.start
        )
    )


def _office_holder(tokens: list[Token], head: Mention, found: Mention | None) -> bool:
    """Whether `X of Y` is an office and the name that holds it (`Secretary of State John
    Kerry`, `Minister of Finance Ann Lee`): the holder speaks."""
    last = next(token[2] for token in reversed(tokens) if token[1] <= head.end)
    if found is None or found.kind != NAME or lower(last) not in OFFICES:
        return False
    words = [token[2] for token in tokens if found.start <= token[0] < found.end]
    return any(is_first_name(word) for word in words[:-1])


def _head_of(tokens: list[Token], start: int) -> Mention | None:
    """The head of `X of Y` (`Mr. Morgan of the Sierra Club`) when X can speak, climbing
    through each `of` or `from` before it (`Tom Hart from the Federation of Small
    Businesses`); None when the first X cannot."""
    head = None
    while start >= 2 and lower(tokens[start - 1][2]) in OF and tokens[start - 2][2][0].isalnum():
        head_end = start - 2
        head_start = run_left(tokens, head_end)
        found = phrase_mention(tokens, head_start, head_end + 1)
        if found is None or not (found.kind in (NAME, BODY) or speaking_head(tokens[head_end][2])):
            break
        head, start = found, head_start
    return head


def left_phrase(
    tokens: list[Token], end: int, gerund: bool = False, antecedent: bool = False
) -> Mention | None:
    """The noun phrase ending at `end`, as the subject of a verb after it: never the object of
    a preposition (`In a message posted …`) unless it is a relative pronoun's antecedent or a
    gerund's doer (`footage of Trump saying`); the head of `X of Y` when X can speak."""
    if end < 0:
        return None
    if tokens[end][2] == ")":
        opening = next(
            (i for i in range(end - 1, max(end - 9, -1), -1) if tokens[i][2] == "("), None
        )
        if opening is None:
            return None
        end = opening - 1
    if end < 0:
        return None
    start = run_left(tokens, end)
    if start > end:
        return None
    found = phrase_mention(tokens, start, end + 1)
    before = lower(tokens[start - 1][2]) if start else ""
    if start >= 3 and _postmodifier(tokens, start - 2):
        source = left_phrase(tokens, start - 3)
        if source is not None and source.kind != PRONOUN:
            return source
    head = _head_of(tokens, start) if before in OF else None
    if head is not None:
        if _office_holder(tokens, head, found):
            return found
        if head.kind != DESCRIPTION and _titled_name(tokens, start, found):
            return found
        return head
    opens_run = found is not None and found.start == tokens[start][0]
    if (
        before in PREPOSITIONS
        and before not in SUBORDINATORS
        and before != "of"
        and opens_run
        and not antecedent
        and not (
            found is not None
            and gerund
            and before in _DOERS
            and (found.kind in (NAME, PRONOUN) or before == "with")
        )
    ):
        return None
    return found
