"""Rules that read a quote's neighbours rather than its own sentence: a quote going on with the one
before it, an unclosed quote reopened at once, quotes listed before one attribution, a
profile's quote-only paragraph, and an interview's answers."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from typing import Final

from tui.core.bisection import bisect_at
from tui.core.documents import Block
from tui.core.model import Quote
from tui.core.speakers.mentions import NAME, PRONOUN, Mention
from tui.core.speakers.resolver import Resolver
from tui.core.speakers.text import (
    SENTENCE_ENDS,
    ArticleText,
    closing_mark,
    lower,
    sentence_start,
)
from tui.core.speech import REPORTING_VERBS, SPEECH_VERBS


def credited_as(quote: Quote, other: Quote, rule: str) -> Quote:
    """The quote with the speaker (person and mention) of a neighbouring quote, by `rule`."""
    return _with_speaker(quote, other.speaker, other.speaker_start, other.speaker_end, rule)


def spoken_by(quote: Quote, person: int | None, mention: Mention, rule: str) -> Quote:
    """The quote credited to `person` by `rule`, resting on `mention`."""
    return _with_speaker(quote, person, mention.start, mention.end, rule)


def _with_speaker(
    quote: Quote, person: int | None, start: int | None, end: int | None, rule: str
) -> Quote:
    """Built field by field: `dataclasses.replace` reads the fields anew on every call, three
    times as slow in the compiled annotator (a test checks that no field is left behind)."""
    return Quote(
        quote.start,
        quote.end,
        quote.content_start,
        quote.content_end,
        quote.kind,
        quote.first_block,
        quote.last_block,
        person,
        start,
        end,
        rule,
    )


_SUBJECT_RULES: Final = frozenset(("sentence subject", "any subject"))
"""Rules (`rules.RULES`) that credit a quote to its sentence's subject: weaker than the quote that
reopens it, as a headline a scraper joined to the report is often that subject (`Shop owners fear
for high street ‘We have been here for 40 years. ‘But …,’ said Pat Hughes`)."""


def reopened_quotes(text: str, quotes: list[Quote]) -> None:
    """A quotation left unclosed and reopened at once (`"We cut rates. "Sales are down," said
    Ann Lee.`, two paragraphs a scraper joined) is the same speaker's: it takes the speaker of
    the quote that reopens it, unless it has one by a stronger rule than its sentence's subject."""
    for index in range(len(quotes) - 2, -1, -1):
        quote, reopening = quotes[index], quotes[index + 1]
        if (
            (quote.speaker_start is None or quote.rule in _SUBJECT_RULES)
            and reopening.speaker_start is not None
            and quote.end == quote.content_end
            and not text[quote.end : reopening.start].strip()
        ):
            quotes[index] = credited_as(quote, reopening, REOPENED)


def listed_before(article: ArticleText, quotes: list[Quote]) -> None:
    """Quotes listed before one attribution (`Guns are "a crisis" and "stunt growth," Dean
    said`) are all the attributed one's: an unattributed quote joined to the next by `and`,
    `or` or a comma takes its speaker when the attribution follows that next quote."""
    text = article.text
    for index in range(len(quotes) - 2, -1, -1):
        quote, joined = quotes[index], quotes[index + 1]
        if (
            quote.speaker_start is None
            and joined.speaker_start is not None
            and joined.speaker_start >= joined.end
            and (
                text[quote.end : joined.start].strip(" ,;") in _LIST_JOINS
                or _same_clause(article, quote, joined)
            )
        ):
            quotes[index] = credited_as(quote, joined, LISTED)


def _same_clause(article: ArticleText, quote: Quote, joined: Quote) -> bool:
    """Whether narration with no verb of saying and no sentence end runs from a quote to the
    next, whose attribution follows it (`"ties of any consequence," aside from the two men
    knowing each other "casually," said Comey`): one speaker's words."""
    between = article.words_between(quote.end, joined.start)
    return (
        closing_mark(article.text, quote) not in SENTENCE_ENDS
        and len(between) <= _CLAUSE_WORDS
        and not any(token[2] in ".;:!?" or lower(token[2]) in SPEECH_VERBS for token in between)
    )


_CLAUSE_WORDS: Final = 20
"""The longest narration between two quotes of one attribution."""

_LIST_JOINS: Final = frozenset(("", "and", "or", "and even", "but also"))


LISTED: Final = "listed before the attributed quote"
"""The rule name of an unattributed quote joined to the next one, whose speaker it takes."""


REOPENED: Final = "reopened by the next quote"
"""The rule name of an unclosed quote that takes the speaker of the quote reopening it."""


CONTINUES: Final = "continues the quote before"
"""The rule name of a quote with no attribution of its own that goes on with the one before it."""


def continues_quote(
    article: ArticleText, blocks: Sequence[Block], previous: Quote, quote: Quote
) -> bool:
    """Whether a quote with no attribution goes on with the previous one: opening its sentence
    or joined to it (`"A," X said. "B."`, `called it "A" and "B"`) in the same paragraph, or
    opening the paragraph right after it; not in a new sentence after a quote that ended one."""
    if previous.last_block == quote.first_block:
        text = article.text
        start = sentence_start(article, previous.end, quote.start)
        ended = closing_mark(text, previous) in SENTENCE_ENDS
        if start == previous.end and not ended:
            return True
        narrated = start > previous.end and (
            sentence_start(article, previous.end, start - 1) > previous.end
            or (
                ended
                and " " in text[previous.content_start : previous.content_end]  # not `"No-B.S."`
                and article.count_between(previous.end, start) > _ATTRIBUTION_WORDS
            )
        )
        return not narrated and all(
            lower(token[2]) in _JOINERS for token in article.words_between(start, quote.start)
        )
    return (
        quote.first_block == previous.last_block + 1
        and quote.start == blocks[quote.first_block].start
    )


def resumes_after(text: str, previous: Quote, quote: Quote, found: tuple[Mention, str]) -> bool:
    """Whether a quote resumes its speaker's words right after their attribution in the same
    paragraph (`"A," Hart said. "B." Lee agreed …`), so the sentence after it (`said next`) is not
    its attribution: mostly the next paragraph, joined on by a scraper. Not when a plain verb of
    reporting follows the name (`"B." Lee told reporters.`) nor before a signature dash (`"B." ―
    Ann Lee`)."""
    mention, rule = found
    verb = _NEXT_WORD.match(text, mention.end)
    word = "" if verb is None else verb.group(1).lower()
    return (
        (
            (rule == _SAID_NEXT and word not in REPORTING_VERBS)
            or (
                rule == _SAID_AFTER
                and closing_mark(text, quote) in "?!"
                and word not in SPEECH_VERBS
                and not SPEECH_VERBS.intersection(text[quote.end : mention.start].lower().split())
            )
        )
        and previous.speaker_start is not None
        and previous.last_block == quote.first_block
        and previous.end <= previous.speaker_start < quote.start
        and text[quote.end : quote.end + 3].lstrip()[:1] not in _DASHES
    )


_SAID_NEXT: Final = "said next"
_SAID_AFTER: Final = "said after"
_NEXT_WORD: Final = re.compile(r"\s+(\w+)")
_DASHES: Final = frozenset("—―–-")


_ATTRIBUTION_WORDS: Final = 12
"""The most words a sentence between two quotes of one paragraph takes to be the first one's
attribution (`"A." Hart said on Monday. "B."`): a longer one after a quote that ended its
sentence is narration (`"A." Ann Lee says she got a call from her niece in Leeds. "B."`), so
the quote after it does not go on with the one before, as when a scraper joined paragraphs."""


_JOINERS: Final = frozenset([*",;:—–-", "and", "or", "but", "then", "as", "well", "nor"])


PROFILED: Final = "profile subject"
"""The rule name of a quote-only paragraph credited to the person the narration before it is
about."""


def profile_subject(
    article: ArticleText,
    blocks: Sequence[Block],
    quote: Quote,
    top: int | None,
    resolver: Resolver,
) -> Mention | None:
    """The mention a quote-only paragraph with no attribution goes to: the name or `he`/`she`
    opening the paragraph of narration right before it, when that is the person quoted most so
    far (`He grew up behind the ground.` then `"You learn more from losing."` in a profile of
    Mike Dunn)."""
    index = quote.first_block
    if top is None or index == 0 or quote.last_block != index:
        return None
    block, before = blocks[index], blocks[index - 1]
    text = article.text
    if text[block.start : quote.start].strip() or text[quote.end : block.end].strip():
        return None
    quotes = resolver.quotes
    inside = bisect_left(quotes, before.start, key=lambda q: q.start)
    if (inside < len(quotes) and quotes[inside].start < before.end) or (
        inside > 0 and quotes[inside - 1].end > before.start
    ):
        return None
    opening = article.words_between(before.start, before.end)[:1]
    if not opening:
        return None
    start, end, word = opening[0]
    mentions = resolver.people.mentions
    named = bisect_at(resolver.people.mention_starts(), start)
    if named < len(mentions) and mentions[named].start == start:
        mention = Mention(start, mentions[named].end, NAME)
    elif lower(word) in ("he", "she"):
        mention = Mention(start, end, PRONOUN)
    else:
        return None
    return mention if resolver.person(mention) == top else None


def interview_answer(
    article: ArticleText, blocks: Sequence[Block], quote: Quote, resolver: Resolver
) -> Mention | None:
    """The mention a quoted answer after an `A:` label goes to, in an interview whose questions
    an earlier paragraph labels `Q:`: the first person the article names outside quotes, the
    one interviewed (`Michelle Thompson was named health minister last month.
    She spoke with the Herald.` … `Q: …` `A: "We don't have enough doctors."`)."""
    text = article.text
    block = blocks[quote.first_block]
    if not _ANSWER.fullmatch(text, block.start, quote.start):
        return None
    if not any(_QUESTION.match(text, b.start) for b in blocks[: quote.first_block]):
        return None
    for mention in resolver.people.mentions:
        if mention.start >= block.start:
            return None
        if not resolver.quoted(mention.start):
            return Mention(mention.start, mention.end, NAME)
    return None


_ANSWER: Final = re.compile(r"\s*A\s*[:.]\s*")
"""An answer's label before the quote that opens its paragraph (`A: "…"`)."""

_QUESTION: Final = re.compile(r"\s*Q\s*[:.]\s")
"""A question's label opening a paragraph (`Q: Why are rural ERs still closing?`)."""

INTERVIEWED: Final = "interview answer"
"""The rule name of a quoted answer credited to the one interviewed."""
