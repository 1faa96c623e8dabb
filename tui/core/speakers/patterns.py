"""The word patterns attribution rules read around a quote: the attribution after it (`"…,"
Blinken said`), before it (`Trump boasted, "…"`), a passive agent, `according to`, a sentence's
closing attribution, a lead-in or lead-out sentence and a signature line."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from typing import Final

from tui.core.documents import Block
from tui.core.model import Quote
from tui.core.speakers.mentions import (
    AGENCIES,
    DESCRIPTION,
    NAME,
    OF,
    PREPOSITIONS,
    PRONOUN,
    Mention,
    is_speech_verb,
    phrase_mention,
    run_left,
    run_right,
    speaking_head,
)
from tui.core.speakers.subjects import (
    INTRODUCTORY,
    SUBORDINATORS,
    TIME_WORDS,
    left_phrase,
    participial_opener,
    relative_mention,
    skip_aside,
    subject_of,
)
from tui.core.speakers.text import (
    FUNCTION,
    SENTENCE_ENDS,
    ArticleText,
    Token,
    closing_mark,
    is_capitalised,
    is_letter_at,
    is_possessive,
    is_upper_at,
    lower,
    sentence_end,
    sentence_start,
)
from tui.core.speech import AUXILIARIES, REPORTING_VERBS, SPEECH_VERBS, WORDS_NOUNS


def past_dateline(tokens: list[Token]) -> list[Token]:
    """The words after a wire story's dateline (`WASHINGTON, Dec. 8 (UPI) — Clinton said …`,
    `New York (AFP) – Biden said …`), whose city is no speaker."""
    if len(tokens) < 3 or not tokens[0][2][:1].isupper():
        return tokens
    dash = next((i for i in range(1, min(len(tokens), 12)) if tokens[i][2] in "—–-"), None)
    if dash is None:
        return tokens
    ending = tokens[dash - 1][2]
    if not (tokens[0][2].isupper() and len(tokens[0][2]) > 1):
        return tokens[dash + 1 :] if _agency_dateline(tokens[:dash]) else tokens
    dateline = dash == 1 or tokens[1][2] == "," or ending == ")" or ending.isdigit()
    return tokens[dash + 1 :] if dateline else tokens


def _agency_dateline(tokens: list[Token]) -> bool:
    """Whether the words before a dash are a city of one to three capitalised words and a news
    agency in brackets (`Mexico City (AFP)`, `London (Reuters)`), not any capitalised word
    (`Ann Lee (Green) - a former teacher - said`)."""
    opening = len(tokens) - 3
    agency = tokens[-2][2] if opening >= 1 else ""
    return (
        1 <= opening <= 3
        and tokens[opening][2] == "("
        and tokens[-1][2] == ")"
        and ((agency.isupper() and len(agency) > 1) or agency in AGENCIES)
        and all(token[2][:1].isupper() for token in tokens[:opening])
    )


def lead_out(article: ArticleText, quote: Quote, upper: int) -> Mention | None:
    """The speaker a quoted sentence is given by the sentence after it (`"We did all we could."
    Those were the words of headteacher Amanda Clarke …`, `… So said the Rev. Peter Howell.`,
    `That's how Ann Lee put it.`)."""
    text = article.text
    how = _PUT_HOW.match(text, quote.end, upper)
    if how is not None:
        tokens = article.words_between(how.end(), sentence_end(article, how.end(), upper))
        verb = next((i for i in range(len(tokens)) if is_speech_verb(tokens, i)), None)
        found = None if verb is None else subject_of(tokens, verb)
        return found if found is not None and found.kind in (NAME, PRONOUN) else None
    if closing_mark(text, quote) not in SENTENCE_ENDS:
        return None
    match = _LEAD_OUT.match(text, quote.end, upper)
    if not match:
        return None
    tokens = article.words_between(match.end(), sentence_end(article, match.end(), upper))
    first = 1 if tokens and tokens[0][2] == "the" else 0  # `the Rev. Peter Howell`, a title
    found = phrase_mention(tokens, first, run_right(tokens, first))
    return found if found is not None and found.kind == NAME else None


_PUT_HOW: Final = re.compile(r"\s*(?:[—–.-]\s*)?(?:[Tt]hat|[Tt]his)(?:['’]s| is| was) how\s+")
"""A sentence or a dash after a quote that says whose words they were (`"…" — that's how Premier
David Eby put it`, `"…." That is how she described it.`)."""

_LEAD_OUT: Final = re.compile(
    r"\s+(?:So (?:said|says)|(?:Those|These|That|Such) (?:were|are|was|is)"
    r" the (?:words|verdict) of)\s+"
)


def signature_line(
    article: ArticleText, block: Block, supports: Callable[[Mention], bool]
) -> Mention | None:
    """A paragraph that only signs the full quote above it (`— Bernie Sanders.`) with a person's
    name, not a credit line (`- Reuters.`)."""
    if article.count_between(block.start, block.end) > 8:  # most paragraphs: none made
        return None
    tokens = article.words_between(block.start, block.end)
    if not tokens or tokens[0][2] not in "—―–-":
        return None
    found = attribution_after(tokens, strict=True)
    return found if found is not None and found.kind == NAME and supports(found) else None


def lead_in(article: ArticleText, lower: int, start: int) -> Mention | None:
    """The speaker of a sentence that ends just before a paragraph's first quote opening the
    next one, when it ends on its verb of saying (`Sam Lau said in a statement. "There …"`)."""
    tokens = article.words_between(sentence_start(article, lower, start - 1), start)
    if not tokens or tokens[-1][2] != ".":
        return None
    verbs = [
        index
        for index in range(max(0, len(tokens) - 7), len(tokens))
        if is_speech_verb(tokens, index)
    ]
    if not verbs or any(token[2] == "that" for token in tokens[verbs[-1] :]):
        return None
    reporting = next(
        (
            index
            for index in range(verbs[-1])
            if tokens[index][2] in REPORTING_VERBS and is_speech_verb(tokens, index)
        ),
        None,
    )  # `Mark Olsen said members would maintain services.`: Olsen reports it
    return subject_of(tokens, verbs[-1] if reporting is None else reporting)


def attribution_after(tokens: list[Token], strict: bool) -> Mention | None:
    index, dash = 0, False
    while index < len(tokens) and tokens[index][2] in _DASHES:
        dash = dash or tokens[index][2] != ","
        index += 1
    if index >= len(tokens):
        return None
    agent = by_agent(tokens, index, named=False)
    if agent is not None:
        return agent
    if (
        is_speech_verb(tokens, index)
        and not tokens[index][2].endswith("ing")
        and tokens[index][2] not in ("put", "puts")  # `… put it`: `it` is no speaker
    ):
        end = run_right(tokens, index + 1)
        found = phrase_mention(tokens, index + 1, end)
        return found if found is not None and (not strict or _short_tail(tokens, end)) else None
    if not strict and _manner_verb(tokens, index):
        return _inverted_name(tokens, index + 1)
    end = run_right(tokens, index)
    found = phrase_mention(tokens, index, end)
    if found is None:
        return _function_word_name(tokens, index)
    if dash and found.kind == NAME and (end == len(tokens) or tokens[end][2] in ",.;("):
        return found
    end = _past_timed_participle(tokens, skip_aside(tokens, end))
    negated = False
    while end < len(tokens) and lower(tokens[end][2]) in AUXILIARIES:
        negated = negated or lower(tokens[end][2]) in _NEGATIONS
        end += 1
    if (
        end < len(tokens)
        and not negated
        and is_speech_verb(tokens, end)
        and (not strict or _short_tail(tokens, end + 1))
    ):
        return found
    return None


def _function_word_name(tokens: list[Token], index: int) -> Mention | None:
    """A capitalised word no name list would take, right before a verb of reporting that ends
    the sentence after run-on quoted words (`"…," From said.`): a surname that is also a
    function word, which no other reading fits."""
    word = tokens[index][2]
    if (
        index + 1 < len(tokens)
        and word[:1].isupper()
        and word.isalpha()
        and tokens[index + 1][2] in REPORTING_VERBS
        and (index + 2 == len(tokens) or tokens[index + 2][2] in ".;")
    ):
        return Mention(tokens[index][0], tokens[index][1], NAME)
    return None


def _manner_verb(tokens: list[Token], index: int) -> bool:
    """A past-tense verb of no list right after run-on quoted words, which says how they were
    said (`"…!" beamed Ann Lee`, `"…," grinned Tom Hart`)."""
    word = tokens[index][2]
    return word.endswith("ed") and word.isalpha() and word.islower() and len(word) > 4


def _inverted_name(tokens: list[Token], start: int) -> Mention | None:
    """The name right after an inverted verb when its clause ends with it (`beamed Ann Lee.`,
    `beamed Ann Lee, 34,`, `beamed Ann Lee of Leeds`), not a name the verb acts on (`prompted
    Lee to resign`)."""
    end = run_right(tokens, start)
    found = phrase_mention(tokens, start, end)
    closed = end == len(tokens) or tokens[end][2] in (",", ".", ";", "of")
    return found if found is not None and found.kind == NAME and closed else None


def _past_timed_participle(tokens: list[Token], index: int) -> int:
    """Past a participle and its time that qualify a speaker (`the order released Friday said`,
    `the lawyer hired last week said`), to the verb."""
    word = tokens[index][2] if index < len(tokens) else ""
    if not word.endswith("ed") or word[0].isupper() or is_speech_verb(tokens, index):
        return index
    after = index + 1
    while after < len(tokens) and (
        lower(tokens[after][2]) in TIME_WORDS or lower(tokens[after][2]) in ("last", "this")
    ):
        after += 1
    return after if after > index + 1 else index


_DASHES: Final = frozenset(",—―–-:")


_NEGATIONS: Final = frozenset(("not", "n't", "never"))
"""A verb of saying they negate attributes nothing (`"…." Her aide did not respond.`)."""


def attribution_before(tokens: list[Token], full: bool) -> Mention | None:
    """The speaker of the words leading to a quote: the verb right before a full quote (`Trump
    boasted, "…"`), or `said`, `told`, `wrote` right before any quote, introduces it; else the
    first verb with a subject, the main clause's (`Trump said that Clinton described it as
    "…"`); else a name or a source standing alone before a colon (`Jane Roe: "…"`, `From
    Bush's Facebook post: "…"`)."""
    if len(tokens) >= 4 and tokens[-1][2] == ":" and tokens[-2][2][:1].isupper():
        label = left_phrase(tokens, len(tokens) - 2, antecedent=True)
        if label is not None and label.kind == NAME and _after_dash(tokens, label):
            return label  # `Pollsters agree - Carl Bialik: "…"`: the headline's verb is no one's
    verbs = [index for index in range(len(tokens)) if is_speech_verb(tokens, index)]
    introducing = (
        bool(verbs)
        and len(tokens) - verbs[-1] <= 8
        and (tokens[-1][2] in (",", ":") or verbs[-1] == len(tokens) - 1)
    )
    says = (
        bool(verbs)
        and tokens[verbs[-1]][2] in REPORTING_VERBS
        and (
            verbs[-1] == len(tokens) - 1 or (verbs[-1] == len(tokens) - 2 and tokens[-1][2] in ",:")
        )
    )
    if (full and introducing) or says:
        verbs.insert(0, verbs.pop())
    else:
        opening = _clause_opening(tokens)
        participle = participial_opener(tokens, opening)
        if participle >= 0 or (opening < len(tokens) and lower(tokens[opening][2]) in _OPENERS):
            comma = participle if participle >= 0 else _openers_end(tokens, opening)
            verbs = [v for v in verbs if v > comma] + [v for v in verbs if v < comma]
        else:
            verbs = _subordinate_first(tokens, verbs)
    aside = _attribution_aside(tokens, verbs)
    if aside is not None:
        return aside
    # the subject of the last verb, read once: the object relative clause's and, most often,
    # the first verb's tried below
    last = -1  # a loop: `max(…, default=…)` is a Python builtin's call when compiled
    for verb in verbs:
        last = max(last, verb)
    last_subject = subject_of(tokens, last) if last >= 0 else None
    relative = _object_relative(tokens, verbs, last_subject)
    if relative is not None:
        return relative
    asker = None
    for verb in verbs:
        asker = _asked_by(tokens, verb)
        if asker is not None:
            break
    if asker is not None and not any(
        tokens[verb][2] in REPORTING_VERBS and tokens[verb][0] > asker.end for verb in verbs
    ):
        return asker
    for at, verb in enumerate(verbs):
        found = last_subject if verb == last else subject_of(tokens, verb)
        if found is not None:
            found = _quotes_clause(tokens, verbs) or _main_clause(tokens, found, verbs[at + 1 :])
            return _outer_report(tokens, verbs, found)
    if len(tokens) >= 2 and tokens[-1][2] == ":":
        head = len(tokens) - 2
        if head >= 2 and tokens[head][2] == "follows" and tokens[head - 1][2] == "as":
            head -= 2  # `Transcript as follows:`, `The statement, in full, as follows:`
        found = left_phrase(tokens, head, antecedent=True)
        alone = found is not None and (
            found.start <= tokens[min(2, len(tokens) - 1)][0]
            or _after_dash(tokens, found)
            or _full_name(tokens, found)
        )
        if (
            found is not None
            and alone
            and (
                found.kind == NAME or (found.kind == DESCRIPTION and speaking_head(tokens[head][2]))
            )
        ):
            return found
    return None


def _object_relative(
    tokens: list[Token], verbs: list[int], found: Mention | None
) -> Mention | None:
    """The subject of a relative clause that leads to the quote with its own verb of saying
    (`the bodies, which he called "a cartel"`, `Hart, whom she described as "peaceful"`): the
    words are the clause subject's, not the main clause's. `found` is the subject of the last
    of `verbs`."""
    if not verbs:
        return None
    if found is None or found.kind not in (NAME, PRONOUN) or found.antecedent is not None:
        return None
    start = next(i for i, token in enumerate(tokens) if token[0] >= found.start)
    if start < 2 or lower(tokens[start - 1][2]) not in _OBJECT_RELATIVES:
        return None
    if any(tokens[v][2] in REPORTING_VERBS for v in verbs if v < start):
        return None  # `Cross said …, whom he called "…"`: the report is Cross's
    return found


_OBJECT_RELATIVES: Final = frozenset(("which", "whom", "who"))
"""Relative pronouns an object relative clause opens with, before its own subject."""


def _outer_report(tokens: list[Token], verbs: list[int], found: Mention) -> Mention:
    """The speaker of a plain verb of reporting whose reported clause holds the speaker found and
    the quote (`Trump said he responded: "…"`, `Lee said that over the years she has begun "to
    unmask" them`, `Aides say that he told an agent, "…"`): the words reach the reader through the
    first speaker, who is the attribution's source. Not across a clause break (`Lee said he had
    not seen it, and when asked, he said, "…"`), nor after the first speaker themself (a
    relative pronoun or an aside standing for them)."""
    for verb in sorted(verbs):
        if tokens[verb][1] > found.start:
            return found
        if tokens[verb][2] not in REPORTING_VERBS or tokens[verb][2].endswith("ing"):
            continue
        outer = subject_of(tokens, verb)
        if (
            outer is None
            or outer.end > tokens[verb][0]
            or outer.kind not in (NAME, PRONOUN, DESCRIPTION)
            or (outer.start < found.end and found.start < outer.end)
        ):
            continue
        between = [token[2] for token in tokens[verb + 1 :] if token[0] < found.start]
        if (
            any(word in _REPORT_BREAKS for word in between)
            or (between and lower(between[-1]) in _NEW_CLAUSE)
            or any(
                word == "," and lower(following) in _NEW_CLAUSE
                for word, following in itertools.pairwise(between)
            )
        ):
            return found
        return outer
    return found


_REPORT_BREAKS: Final = frozenset(".;:()—–?!")
"""Marks that end a verb of reporting's clause before a later speaker."""

_NEW_CLAUSE: Final = SUBORDINATORS | frozenset(
    ", and but or nor yet so then which who whom whose where whereas if".split()
)
"""Words right before a later speaker that open a clause of its own (`Lee asked …, he said`,
`Lee said it and Hart added`), outside the first one's report."""


def _attribution_aside(tokens: list[Token], verbs: list[int]) -> Mention | None:
    """The speaker of an attribution set off by commas inside the sentence that leads to the
    quote, its last verb of saying: `Cost estimates, he added, were "…"`, `The plan, Lee said,
    is "…"`. The aside is the sentence's attribution, whatever verbs the words before it hold
    (`estimates`); not when a verb of saying follows it (`Lee, his aide said, warned that`)."""
    if not verbs:
        return None
    verb = verbs[-1]
    if (
        tokens[verb][2] not in REPORTING_VERBS
        or verb + 2 >= len(tokens)
        or tokens[verb + 1][2] not in _ASIDE_MARKS
    ):
        return None
    found = subject_of(tokens, verb)
    if found is None or found.kind not in (NAME, PRONOUN) or found.antecedent is not None:
        return None
    opening = next(index for index, token in enumerate(tokens) if token[0] == found.start)
    return found if opening > 1 and tokens[opening - 1][2] in _ASIDE_MARKS else None


_ASIDE_MARKS: Final = frozenset(",—–")
"""The marks that set an attribution aside inside a sentence."""


_OPENERS: Final = SUBORDINATORS | INTRODUCTORY | frozenset("asked pressed questioned".split())
"""Words opening a clause that leads into the main one, whose verbs come after the main
clause's: `Asked whether the mayor would respond, Doe said that …` is Doe's, not the mayor's."""


def _openers_end(tokens: list[Token], opening: int) -> int:
    """The comma that closes the phrases opening a sentence, one after another (`Later in the
    show, after the interview concluded, Maher stated …`): the main clause starts after it."""
    comma = next((i for i in range(opening, len(tokens)) if tokens[i][2] == ","), opening)
    while comma + 1 < len(tokens) and lower(tokens[comma + 1][2]) in SUBORDINATORS:
        following = next((i for i in range(comma + 1, len(tokens)) if tokens[i][2] == ","), None)
        if following is None:
            break
        comma = following
    return comma


def _clause_opening(tokens: list[Token]) -> int:
    """Where the clause leading to a quote opens: past the last colon before it (`Like the
    page: Despite the attacks, Lee said that "…"`, often a paragraph a scraper joined)."""
    colon = next((i for i in range(len(tokens) - 2, -1, -1) if tokens[i][2] == ":"), -1)
    return colon + 1


def _subordinate_first(tokens: list[Token], verbs: list[int]) -> list[int]:
    """The verbs of a clause that a subordinator opens after the main verb, first: the quote
    ends that clause, so it is its speaker's (`Kay issued a statement after Lee told a meeting
    that the quota is "too low"`)."""
    if not verbs:
        return verbs
    opener = next(
        (
            index
            for index in range(len(tokens) - 1, verbs[0], -1)
            if tokens[index][2] in _MID_SUBORDINATORS
        ),
        None,
    )
    if (
        opener is None
        or not any(verb > opener for verb in verbs)
        or tokens[verbs[0]][2] in REPORTING_VERBS
        or any(token[2] == "that" for token in tokens[verbs[0] : opener])
    ):
        return verbs
    return [verb for verb in verbs if verb > opener] + [verb for verb in verbs if verb < opener]


_MID_SUBORDINATORS: Final = frozenset(
    ("after", "when", "before", "because", "since", "until", "once")
)
"""Words opening a clause after the main verb (`…, after Lee told them`); lower case only."""


def _full_name(tokens: list[Token], found: Mention) -> bool:
    """Whether a name of two words or more (a full name, not `Trump`) ends the words before a
    colon: whatever the sentence says of them, the quote after is theirs (`The surge doesn't
    surprise pollster Daron Shaw: "…"`)."""
    words = [token for token in tokens if found.start <= token[0] < found.end]
    if found.kind != NAME or len(words) < 2 or words[-1][1] != tokens[-2][1]:
        return False
    start = run_left(tokens, len(tokens) - 2)
    return start == 0 or lower(tokens[start - 1][2]) not in PREPOSITIONS


def _asked_by(tokens: list[Token], verb: int) -> Mention | None:
    """Who asks a question put to the sentence's subject (`Rubio was asked by moderator Gerard
    Baker whether …, "…"`): the asker's words, not the subject's. Not `Asked by Lee, Hart
    said "…"`, where the subject answers."""
    if tokens[verb][2] != "asked" or verb == 0 or lower(tokens[verb - 1][2]) not in _BE:
        return None
    if verb + 2 >= len(tokens) or tokens[verb + 1][2] != "by":
        return None
    found = phrase_mention(tokens, verb + 2, run_right(tokens, verb + 2))
    return found if found is not None and found.kind in (NAME, DESCRIPTION) else None


_BE: Final = frozenset("was were is are being been".split())


def _quotes_clause(tokens: list[Token], verbs: list[int]) -> Mention | None:
    """The speaker of the clause the quote sits in when a comma and a conjunction start it
    after another clause's verb of saying: `Rubio suggested …, while Cruz said that "…"`,
    `Trump said, after Becky Quick said he had called Rubio the "personal senator"`."""
    boundary = next(
        (
            index
            for index in range(len(tokens) - 2, 0, -1)
            if tokens[index][2] in ",;" and lower(tokens[index + 1][2]) in _CLAUSE_JOINS
        ),
        None,
    )
    if boundary is None or not any(verb < boundary for verb in verbs):
        return None
    for verb in verbs:
        if verb > boundary + 1:
            found = subject_of(tokens, verb)
            if found is not None and found.start > tokens[boundary][0]:
                return found
    return None


_CLAUSE_JOINS: Final = frozenset(
    ("while", "whereas", "although", "though", "when", "after", "and", "but", "with", "as")
)
"""Words that open a second clause after a comma, whose verb of saying is its own."""


def _after_dash(tokens: list[Token], mention: Mention) -> bool:
    """Whether a dash comes right before the mention: a digest's source label after its
    headline (`Pollsters agree - Carl Bialik: "…"`)."""
    index = next((i for i, token in enumerate(tokens) if token[0] == mention.start), 0)
    return index > 0 and tokens[index - 1][2] in "—–-" and mention.end == tokens[-2][1]


def _main_clause(tokens: list[Token], found: Mention, later: list[int]) -> Mention:
    """The speaker of the main clause when the first verb of saying is in a relative clause about
    them (`Graham, who says …, tweeted that "…"`): the name, not `who`, is the attribution's."""
    if found.antecedent is None:
        return found
    antecedent = found.antecedent
    for verb in later:
        main = subject_of(tokens, verb)
        if main is not None and main.start < antecedent.end and antecedent.start < main.end:
            return main
    return found


def words_owner(tokens: list[Token]) -> Mention | None:
    """Whose words a quote hangs on when it is the complement of a noun of saying someone owns:
    `Lee's promise to "fix the roads"`, `her remark that "…"`, `his warning that the town "…"`.
    Not after a verb of saying, whose subject talks about those words (`Ryan called Lee's
    remarks "racist"`)."""
    complement = False
    for index in range(len(tokens) - 1, max(-1, len(tokens) - _WORDS_REACH), -1):
        word = tokens[index][2]
        if word in _CLAUSE_BREAKS or is_speech_verb(tokens, index):
            return None
        if word == "," and index < len(tokens) - 1 and tokens[index - 1][2] != "that":
            return None
        low = lower(word)
        if low in ("that", "to") or (low == "for" and lower(tokens[index - 1][2]) in _REQUESTS):
            complement = True
        elif low in WORDS_NOUNS or (low.endswith("s") and low[:-1] in WORDS_NOUNS):
            return (
                _owner(tokens, index) if complement and not _said_in_clause(tokens, index) else None
            )
    return None


_REQUESTS: Final = frozenset("call calls appeal appeals plea pleas demand demands".split())
"""Nouns of saying whose words `for` introduces (`her call for "a housing agenda"`)."""


def quoted_words_owner(before: list[Token], after: list[Token]) -> Mention | None:
    """Whose words a quote is when it stands between their owner and a noun of saying:
    `Romney's "47 percent" comment`, `her "fix it first" pledge`."""
    if not before or not after:
        return None
    noun = lower(after[0][2])
    if noun not in WORDS_NOUNS and not (noun.endswith("s") and noun[:-1] in WORDS_NOUNS):
        return None
    return _owner([*before[-1:], after[0]], 1)


def relative_clause(tokens: list[Token]) -> Mention | None:
    """The relative pronoun whose clause runs on into the quote: `Beck, who has described Trump
    as "…"`, `critics who say he is "…"`. Not when the clause has a subject of its own (`Rubio,
    who he dubbed "…"`, `Wilson, who gained fame when he yelled "…"`), nor inside what a speaker
    before it reports (`Lee said the voters who came were "…"`), nor where the clause does not
    speak and a verb of saying before it does (`Lee slammed rivals who seem "…"`)."""
    last = len(tokens) - 1 if tokens and tokens[-1][2] in ",:" else len(tokens)
    comma = False
    own = last
    for index in range(last - 1, max(-1, last - _WORDS_REACH), -1):
        word = tokens[index][2]
        low = lower(word)
        if word in _CLAUSE_BREAKS:
            return None
        comma = comma or word == ","
        own = index if low in _OWN_SUBJECTS else own
        if low not in ("who", "which"):
            continue
        if own < last and not any(is_speech_verb(tokens, verb) for verb in range(index, own)):
            return None
        following = tokens[index + 1][2] if index + 1 < last else ""
        if not following or (comma and following != ","):
            return None
        if is_capitalised(following) and lower(following) not in FUNCTION:
            return None
        if any(_reports(tokens, verb) for verb in range(index)):
            return None
        speaks = any(is_speech_verb(tokens, verb) for verb in range(index + 1, last))
        if not speaks and any(is_speech_verb(tokens, verb) for verb in range(index)):
            return None
        return relative_mention(tokens, index)
    return None


_OWN_SUBJECTS: Final = frozenset(
    ("he", "she", "they", "we", "i", "when", "while", "although", "though", "if", "because")
)
"""Pronouns and conjunctions that give a relative clause a clause of its own, with its own
subject (`Rubio, who he dubbed`, `Wilson, who gained fame when he yelled`)."""


def _reports(tokens: list[Token], index: int) -> bool:
    """Whether the word at `index` opens reported words: `said`, `told` or a `that` after a verb
    of saying."""
    word = lower(tokens[index][2])
    if word == "that":
        return index > 0 and is_speech_verb(tokens, index - 1)
    return word in REPORTING_VERBS and is_speech_verb(tokens, index)


def _said_in_clause(tokens: list[Token], index: int) -> bool:
    """Whether a verb of saying comes before `index` in its clause (back to a comma)."""
    for verb in range(index - 1, -1, -1):
        if tokens[verb][2] in _CLAUSE_BREAKS or tokens[verb][2] == ",":
            return False
        if is_speech_verb(tokens, verb):
            return True
    return False


_WORDS_REACH: Final = 16
"""How many words before a quote the noun of saying it hangs on may be."""

_CLAUSE_BREAKS: Final = frozenset(".;:()?!—–")


def _owner(tokens: list[Token], noun: int) -> Mention | None:
    """Who owns the noun at `noun`: a possessive before it, past up to three modifiers (`her
    March comment`, `Mr. Obama's patronizing suggestion`)."""
    for index in range(noun - 1, max(-1, noun - 5), -1):
        word = tokens[index][2]
        if lower(word) in _POSSESSIVE_PRONOUNS:
            return Mention(tokens[index][0], tokens[index][1], PRONOUN)
        end = tokens[index][1] - 2
        if word in ("'", "’") and index > 0 and tokens[index - 1][2].endswith("s"):
            index -= 1  # `Forbes’ words`
            word, end = tokens[index][2] + "'s", tokens[index][1]
        if is_possessive(word) and is_capitalised(word):
            start = index
            while start > 0 and (
                (
                    is_capitalised(tokens[start - 1][2])
                    and lower(tokens[start - 1][2]) not in FUNCTION
                )
                or (
                    tokens[start - 1][2] == "."
                    and start > 1
                    and is_capitalised(tokens[start - 2][2])
                )
            ):
                start -= 1
            return Mention(tokens[start][0], end, NAME)
        if not word[0].isalpha() or lower(word) in FUNCTION or lower(word) in PREPOSITIONS:
            return None
    return None


_POSSESSIVE_PRONOUNS: Final = frozenset(("his", "her", "their", "its"))


def nearest_owner(tokens: list[Token]) -> Mention | None:
    """The owner nearest before a quote, a few words back in its sentence, with no verb of
    saying between (`his long embrace of "…"`, `their chants of "…"`, `Lee's response was:
    "…"`; not `It's`, `That's`): the quote often gives the words of what they own."""
    for index in range(len(tokens) - 1, max(-1, len(tokens) - _OWNER_REACH), -1):
        word = tokens[index][2]
        if (word in _CLAUSE_BREAKS and index < len(tokens) - 1) or is_speech_verb(tokens, index):
            return None
        if lower(word) in _POSSESSIVE_PRONOUNS - {"its"} or (
            is_possessive(word) and is_capitalised(word) and word[:-2].lower() not in FUNCTION
        ):
            return _owner(tokens, index + 1)
    return None


_OWNER_REACH: Final = 8
"""How many words before a quote its nearest owner may be."""


def survey_source(tokens: list[Token]) -> Mention | None:
    """The poll or survey whose respondents' words a quote gives (`In a CNN poll released
    Monday, 31% of Republicans said they were "extremely enthusiastic"`): a share of people
    said it, the survey is the source."""
    if len(tokens) < 4 or lower(tokens[0][2]) != "in":
        return None
    shares = any(token[2] in ("%", "percent") or token[2].endswith("%") for token in tokens)
    noun = next(
        (i for i in range(1, min(len(tokens), 12)) if lower(tokens[i][2]) in _SURVEYS), None
    )
    if not shares or noun is None:
        return None
    return Mention(tokens[1][0], tokens[noun][1], DESCRIPTION)


_SURVEYS: Final = frozenset("poll survey study census".split())


def by_agent(tokens: list[Token], index: int, named: bool) -> Mention | None:
    """The agent of a passive verb of saying after a quote (`was written by Springsteen`), or
    right after it when the words before it named it (`a paper titled "…" by X`). There a bare
    plural is the agent too, whatever its noun (`described as "a lifeline" by charities`)."""
    while index < len(tokens) and lower(tokens[index][2]) in AUXILIARIES:
        index += 1
    word = tokens[index][2] if index < len(tokens) else ""
    passive = index + 1 < len(tokens) and word in SPEECH_VERBS and word.endswith(("ed", "en"))
    if passive:
        index += 1
    if (passive or named) and index + 1 < len(tokens) and tokens[index][2] == "by":
        end = run_right(tokens, index + 1)
        found = phrase_mention(tokens, index + 1, end)
        if found is None and end == index + 2 and _plain_plural(tokens[index + 1][2]):
            found = Mention(tokens[index + 1][0], tokens[index + 1][1], DESCRIPTION)
        return found if found is not None and found.kind != PRONOUN else None
    return None


def _plain_plural(word: str) -> bool:
    """A lower-case plural noun (`charities`, `campaigners`): a group that may say something."""
    return word.isalpha() and word.islower() and word.endswith("s") and word not in FUNCTION


def according_to(tokens: list[Token]) -> Mention | None:
    """The source named by `according to X`, `in the words of X`, `in X's words` or, set apart
    by a comma, `per X` (`Trump is "furious," per two people familiar with his thinking`)."""
    for index in range(len(tokens) - 1):
        if not _may_open_source(tokens[index][2]):
            continue
        word = lower(tokens[index][2])
        if word == "according" and tokens[index + 1][2] == "to":
            end = run_right(tokens, index + 2)
            return phrase_mention(tokens, index + 2, end) or _plain_source(tokens, index + 2, end)
        if word == "per" and (index == 0 or tokens[index - 1][2] == ","):
            end = run_right(tokens, index + 1)
            found = phrase_mention(tokens, index + 1, end)
            if found is not None and found.kind != PRONOUN and (index == 0 or _closes(tokens, end)):
                return found
        if word == "words" and index >= 2:
            if tokens[index - 1][2] == "the" and lower(tokens[index - 2][2]) == "in":
                if tokens[index + 1][2] == "of":
                    return phrase_mention(tokens, index + 2, run_right(tokens, index + 2))
            elif any(lower(token[2]) == "in" for token in tokens[max(0, index - 3) : index]):
                owner = _owner(tokens, index)  # `in Lee's words`, `in his words`
                if owner is not None:
                    return owner
    return None


def _may_open_source(word: str) -> bool:
    """Whether a word may lower to `according`, `per` or `words`, by its length and its first
    letter in either case: no other character lowers to an ASCII letter of these (`İ` lowers
    to two characters, the Kelvin sign to `k`), so the rest are not lowered and looked up."""
    size, first = len(word), ord(word[0]) | 32
    return (
        (size == 9 and first == 97) or (size == 3 and first == 112) or (size == 5 and first == 119)
    )


def _plain_source(tokens: list[Token], start: int, end: int) -> Mention | None:
    """A source of lower-case words that names no speaker by itself, after `according to`: the
    agent that made it when one follows (`calculations by Ann Lee`), else the words (`audio
    provided to the Post`, `excerpts of the speech`): the attribution rests on them."""
    if end <= start or not tokens[start][2][0].isalpha() or tokens[start][2][0].isupper():
        return None
    if end + 1 < len(tokens) and tokens[end][2] == "by":
        agent = phrase_mention(tokens, end + 1, run_right(tokens, end + 1))
        if agent is not None and agent.kind != PRONOUN:
            return agent
    return Mention(tokens[start][0], tokens[end - 1][1], DESCRIPTION)


def _closes(tokens: list[Token], end: int) -> bool:
    """Whether a phrase ending at `end` closes the words (`…, per the party's bylaws.`), not an
    aside in a clause that goes on (`Guccifer said, per a translator, that …`)."""
    return all(not token[2][0].isalnum() for token in tokens[end:]) or (
        end < len(tokens) and tokens[end][2] in OF and _closes(tokens, run_right(tokens, end + 1))
    )


def closing_attribution(tokens: list[Token]) -> Mention | None:
    """An attribution closing the sentence the quote sits in (`… "rigged," Trump said.`)."""
    for index in range(1, len(tokens)):
        if tokens[index][2] == ",":
            found = attribution_after(tokens[index:], strict=True)
            if found is not None:
                return found
    return None


def _short_tail(tokens: list[Token], index: int) -> bool:
    """Whether the sentence ends soon after an attribution (`"No." Blinken said on Monday.`),
    or goes on with an apposition (`, says Evan Tracey, a Republican ad tracker …`)."""
    rest = tokens[index:]
    if not rest or rest[0][2] == ",":
        return True
    if index and tokens[index - 1][2] in _CLAUSE_TAKING and _reports_clause(rest):
        return False
    return len(rest) <= 8 and not any(token[2] == "that" for token in rest)


_CLAUSE_TAKING: Final = frozenset(
    ("say", "says", "said", "add", "adds", "added", "insist", "insists", "insisted")
)
"""Verbs whose object is what was said: a subject right after one starts reported speech."""


def _reports_clause(rest: list[Token]) -> bool:
    """Whether the words after `said` are a reported clause: opened by its subject (`said the
    move …`), or a noun with its own verb before any comma (`Democrats say movement over the
    week is instructive.`, the next paragraph's words after a scraper joined them)."""
    word = rest[0][2]
    if _opens_clause(word):
        return True
    if not word.isalpha() or word in PREPOSITIONS or word in SUBORDINATORS:
        return False
    clause = itertools.takewhile(lambda token: token[2] not in ",;", rest)
    return any(token[2] in _FINITE for token in clause)


_FINITE: Final = frozenset("is are was were has have will would can could".split())
"""The finite verbs that show a reported clause of its own after `said`."""


def _opens_clause(word: str) -> bool:
    """Whether a word after `said` opens a reported clause (`He said Hillary Clinton chaired …`,
    `she said the move …`), so the sentence reports new words rather than crediting the quote
    before it (`"No." Blinken said on Monday.`)."""
    return lower(word) in _CLAUSE_OPENING or (
        is_capitalised(word) and lower(word) not in TIME_WORDS
    )


_CLAUSE_OPENING: Final = frozenset(
    "he she they it we i you there this the a an his her their its our".split()
)


def is_headline(tokens: list[Token], shortest: int = 4) -> bool:
    """Title case: a headline (`Hillary Camp Declining To Debate Bernie`), whose first words
    are no sentence subject, or a quoted title (`"Access Hollywood."`), which no one says."""
    words = capitals = 0
    for token in tokens:
        word = token[2]
        if is_letter_at(word, 0):
            words += 1
            if words > _LONGEST:
                return False
            if is_upper_at(word, 0):
                capitals += 1
    return shortest <= words and capitals >= 0.7 * words


_LONGEST: Final = 12
"""The most words a headline or a title has: counting stops past it."""


def is_title(article: ArticleText, quote: Quote) -> bool:
    """Whether the quoted words are a title in title case (`"Access Hollywood."`, `"Sea Days"`),
    which no one says: without a verb of saying, nobody is its speaker. Only the quote's tokens
    up to its `_LONGEST + 1`th word are read: `is_headline` reads no further, and attribution
    asks this of a quote up to three times."""
    starts, tokens, end = article.starts, article.words, quote.content_end
    first = stop = article.index(quote.content_start)
    words = 0
    while stop < len(starts) and starts[stop] + len(tokens[stop]) <= end and words <= _LONGEST:
        if is_letter_at(tokens[stop], 0):
            words += 1
        stop += 1
    return is_headline(article.slice(first, stop), shortest=1)


def introduction(article: ArticleText, block: Block) -> list[Token]:
    """The last sentence of a paragraph that ends with a colon (`Caddell continued:`), which
    introduces the quote opening the next paragraph."""
    text = article.text
    if not text[block.start : block.end].rstrip().endswith(":"):
        return []
    return article.words_between(sentence_start(article, block.start, block.end), block.end)
