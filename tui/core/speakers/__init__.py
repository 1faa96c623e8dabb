"""Who said each quote: the mention an attribution rests on, and the person it resolves to.

Attribution in news is a handful of shapes around a verb of saying (`speech`): `"…," X said`,
`"…," said X, the …`, `X said: "…"`, `according to X`, `X, who insists … "…"`, `as X put it`,
a dash line (`"…" — X`), a name before a colon and the transcript label (`"PENCE: …`); and
around the nouns of saying someone owns (`Lee's promise to "…"`) or a poll's respondents (`In a
new poll, 31% said they were "…"`). Each is
read off the words of the quote's own sentence (and, for a paragraph that opens with a quote,
the colon-ended paragraph before, or the sentence after a quoted sentence: `Those were the words
of X`), so no pattern scans more than a sentence. Without one, a quote goes on with the quote
before it in its sentence or paragraph (split quotes, `called it "A" and "B"`), or with the last
quote of the paragraph before when it opens its own (the long-quote convention); a quote inside
a sentence takes the sentence's subject only when that is a known person, a pronoun or a
speaking description. Otherwise it keeps no speaker. Where the rules only guess (those last
three cases), a learned ranker (`speaker_ranker`) weighs every mention nearby and overrides the
guess when one clearly stands out.

Where each part lives:
- `rules`: one named function per attribution shape and the ordered `RULES` table (the first
  rule that finds a mention wins); `sequence`: the rules that read a quote's neighbours instead
  (a quote going on with the one before, one reopened, quotes listed before one attribution, a
  quote-only paragraph after narration about the person quoted most: a profile's subject; a
  quoted answer after `A:` in an interview: the one interviewed).
- `patterns`: the word patterns the rules read (the attribution after or before a quote, a
  passive agent, a lead-in or lead-out sentence, a signature line).
- `subjects`: who does a verb (its subject, a sentence's opening noun phrase, asides between).
- `mentions`: the `Mention` record and what a noun phrase names (a name, a pronoun, a body or
  a description); `text`: tokens and sentence bounds.
- `resolver`: turns a mention into a person; `ranking`: the candidates the learned ranker
  weighs and its choice.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from tui.core.documents import Block
from tui.core.model import Quote
from tui.core.people import PeopleFound
from tui.core.speaker_ranker import Chooser, default_ranker
from tui.core.speakers.mentions import Mention
from tui.core.speakers.patterns import is_headline, is_title
from tui.core.speakers.ranking import RANKED, SpeechSubjects, ranked
from tui.core.speakers.resolver import Resolver
from tui.core.speakers.rules import FALLBACKS, RULES, find_mentions
from tui.core.speakers.sequence import (
    CONTINUES,
    INTERVIEWED,
    PROFILED,
    continues_quote,
    credited_as,
    interview_answer,
    listed_before,
    profile_subject,
    reopened_quotes,
    resumes_after,
    spoken_by,
)
from tui.core.speakers.text import ArticleText, sentence_start

__all__ = ["CONTINUES", "RANKED", "RULES", "Explain", "Mention", "attribute"]

Explain = Callable[[int, "list[tuple[Mention, str]]"], None]
"""Told, for each quote index, every rule's mention (see `annotate --explain`)."""


def attribute(
    text: str,
    blocks: Sequence[Block],
    quotes: list[Quote],
    people: PeopleFound,
    explain: Explain | None = None,
    ranker: Chooser | None = None,
) -> tuple[list[Quote], PeopleFound]:
    """Set each quote's speaker mention, person and the rule that found them; returns the
    quotes and the people, now including the persons attribution found that the people finder
    had not. Where the rules only guess, `ranker` (the shipped one by default) reviews them."""
    if not quotes:
        return quotes, people
    article = ArticleText(text)
    resolver = Resolver(article, blocks, quotes, people)
    said_by = SpeechSubjects(article, blocks, resolver)
    chooser = ranker if ranker is not None else default_ranker()
    out: list[Quote] = []
    previous: Quote | None = None
    spoken: dict[int, int] = {}
    """How many quotes each person has had so far."""
    top: int | None = None
    """The person with the most quotes so far, the first to reach that many."""
    for index, quote in enumerate(quotes):
        before = quotes[index - 1] if index else None
        after = quotes[index + 1] if index + 1 < len(quotes) else None
        lower = before.end if before and before.last_block == quote.first_block else None
        upper = after.start if after and after.first_block == quote.last_block else None
        mentions = find_mentions(article, blocks, quote, lower, upper, resolver.supports)
        listed: list[tuple[Mention, str]] | None = None
        if explain is not None:
            listed = list(mentions)
            explain(index, listed)
            mentions = iter(listed)
        found = next(mentions, None)
        continues = (
            previous is not None
            and previous.speaker_start is not None
            and continues_quote(article, blocks, previous, quote)
        )
        decided = quote
        if found is not None and not (
            continues
            and previous is not None
            and (found[1] in FALLBACKS or resumes_after(text, previous, quote, found))
        ):
            mention, rule = found
            person = (
                resolver.person(mention)
                if rule not in FALLBACKS or resolver.supports(mention)
                else None
            )
            decided = spoken_by(quote, person, mention, rule)
        elif continues and previous is not None:
            decided = credited_as(quote, previous, CONTINUES)
        if (decided.rule or "") in chooser.reranks and not (
            decided.rule is None and _in_headline(article, blocks, quote)
        ):
            if listed is None:
                listed = [] if found is None else [found, *mentions]
            decided = ranked(
                article,
                blocks,
                index,
                out,
                (spoken, top),
                decided,
                listed,
                people,
                resolver,
                said_by,
                chooser,
            )
        if decided.speaker_start is None:
            subject = profile_subject(article, blocks, decided, top, resolver)
            if subject is not None:
                decided = spoken_by(decided, top, subject, PROFILED)
            else:
                answered = interview_answer(article, blocks, decided, resolver)
                if answered is not None:
                    person = resolver.person(answered)
                    decided = spoken_by(decided, person, answered, INTERVIEWED)
        if decided.rule not in (None, CONTINUES):
            resolver.spoke(decided)
        if decided.speaker is not None:
            spoken[decided.speaker] = spoken.get(decided.speaker, 0) + 1
            if top is None or spoken[decided.speaker] > spoken[top]:
                top = decided.speaker
        out.append(decided)
        previous = decided
    reopened_quotes(text, out)
    listed_before(article, out)
    return out, people


def _in_headline(article: ArticleText, blocks: Sequence[Block], quote: Quote) -> bool:
    """Whether a quoted title ends a headline in title case (`Marsh Declines To Debate –
    Whatever Happened To "Anytime, Anywhere"`): no one in it said the title."""
    if not is_title(article, quote):
        return False
    start = sentence_start(article, blocks[quote.first_block].start, quote.start)
    return is_headline(article.words_between(start, quote.start))
