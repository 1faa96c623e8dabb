"""Attribution as a table of named rules: each shape is one function from a quote's `Site` to a
speaker mention, and `RULES` orders them, strongest first; the first that finds a mention wins.
A new shape goes here as a function with its example, and in `RULES` where it should win."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Final

from tui.core import gazetteer
from tui.core.characters import is_space
from tui.core.documents import Block
from tui.core.lexicon import HONORIFIC_GENDERS, MONTHS, WEEKDAYS
from tui.core.model import Quote
from tui.core.quotes import SPEAKER_LABEL
from tui.core.speakers.mentions import (
    BODY,
    DESCRIPTION,
    NAME,
    OWNER,
    PRONOUN,
    Mention,
    apposed,
    is_speech_verb,
    speaking_head,
)
from tui.core.speakers.patterns import (
    according_to,
    attribution_after,
    attribution_before,
    by_agent,
    closing_attribution,
    introduction,
    is_headline,
    lead_in,
    lead_out,
    past_dateline,
    quoted_words_owner,
    relative_clause,
    signature_line,
    survey_source,
    words_owner,
)
from tui.core.speakers.subjects import (
    clause_subject,
    first_opening,
    last_index,
    openings,
    plain_capital,
    sentence_subject,
    subject_of,
)
from tui.core.speakers.text import (
    SENTENCE_ENDS,
    ArticleText,
    Token,
    closing_mark,
    is_capitalised,
    is_upper_at,
    lower,
    sentence_end,
    sentence_start,
)
from tui.core.speech import (
    DETERMINERS,
    FIRST_NAME_GENDERS,
    PRONOUNS,
    REPORTING_VERBS,
    SPEECH_VERBS,
    WORDS_NOUNS,
)


@dataclass(slots=True)
class Site:
    """What attribution rules read around one quote: the words of its sentence before and
    after it, and whether its words run on into the attribution (`"…," she said`). Not frozen:
    no rule writes to it, and the compiled annotator makes a frozen one half as fast. Its own
    `__init__` is compiled too (the one `dataclass` writes is not)."""

    article: ArticleText
    blocks: Sequence[Block]
    quote: Quote
    lower: int | None
    """Where the quote before it in the same paragraph ends, if there is one."""
    start: int
    """Where the quote's sentence starts."""
    before: list[Token]
    after: list[Token]
    runs_on: bool
    supports: Callable[[Mention], bool]

    def __init__(
        self,
        article: ArticleText,
        blocks: Sequence[Block],
        quote: Quote,
        lower: int | None,
        start: int,
        before: list[Token],
        after: list[Token],
        runs_on: bool,
        supports: Callable[[Mention], bool],
    ) -> None:
        self.article = article
        self.blocks = blocks
        self.quote = quote
        self.lower = lower
        self.start = start
        self.before = before
        self.after = after
        self.runs_on = runs_on
        self.supports = supports

    @property
    def text(self) -> str:
        return self.article.text


Rule = Callable[[Site], "Mention | None"]


def find_mentions(
    article: ArticleText,
    blocks: Sequence[Block],
    quote: Quote,
    lower: int | None = None,
    upper: int | None = None,
    supports: Callable[[Mention], bool] = lambda mention: True,
) -> Iterator[tuple[Mention, str]]:
    """Speaker mentions in the quote's own sentence (or transcript label), each with the name
    of the rule that found it, in the order of `RULES`: the first one wins.

    `lower` and `upper` bound the search at the neighbouring quotes of the same paragraph. With
    no attribution pattern, a quote inside a sentence takes the sentence's subject when
    `supports` accepts it (a known person, not any capitalised word). A closing mark left after
    the quote (the nested one of `''… 'old-school,''' said Lee`) stands between it and no
    attribution.
    """
    text = article.text
    first, last = blocks[quote.first_block], blocks[quote.last_block]
    start = sentence_start(article, first.start if lower is None else lower, quote.start)
    before = past_dateline(article.words_between(start, quote.start))
    if not before and quote.start == first.start and quote.first_block:
        before = introduction(article, blocks[quote.first_block - 1])
    after = article.words_between(quote.end, _after_end(article, quote, last.end, upper))
    while after and after[0][2] in _CLOSING_MARKS:
        after = after[1:]
    runs_on = closing_mark(text, quote) in _RUNS_ON or (
        next((token[2][:1].islower() for token in after if token[2][0].isalnum()), False)
    )
    site = Site(article, blocks, quote, lower, start, before, after, runs_on, supports)
    for name, rule in RULES:  # lazily: the first is usually all attribution needs
        found = rule(site)
        if found is not None:
            described = found.kind == DESCRIPTION and found.antecedent is None
            yield (apposed(site.text, found) if described else _body_apposed(site, found)), name


def _body_apposed(site: Site, found: Mention) -> Mention:
    """The person named beside a body that is an office (`But the PBO, Yves Giroux, has also
    said`): only a name the people finder knows or one with a first name, not another body
    (`the Met Office, Public Health England,`)."""
    if found.kind != BODY:
        return found
    named = apposed(site.text, found)
    return named if named is not found and site.supports(named) else found


def _after_end(article: ArticleText, quote: Quote, block_end: int, upper: int | None) -> int:
    """Where the words a quote's own attribution may be in end: the end of its sentence, or the
    next quote of the paragraph. A sentence the quote ends that runs on into the next quote is
    that quote's lead-in, not an attribution of this one (`"… possible." Lee called the deal "a
    step forward."`, often two paragraphs a scraper joined), but after a question or an
    exclamation a clause closed by a comma that does not introduce the next quote is still this
    quote's (`"… right?" Lee remarked, citing "The Revenant."`); a line break ends it too (`"…" ―
    Ann Lee` on a line of its own)."""
    text = article.text
    line = text.find("\n", quote.end, block_end)
    end = sentence_end(article, quote.end, block_end if line < 0 else line)
    if upper is None or end <= upper:
        return end
    if not _ends_sentence(text, quote, upper):
        return upper
    comma = text.find(",", quote.end, upper)
    if comma < 0 or closing_mark(text, quote) not in "?!" or not text[comma + 1 : upper].strip():
        return quote.end
    return comma


def _transcript_label(site: Site) -> Mention | None:
    """A transcript's speaker label opening the quote: `"PENCE: Well, …"`. Tried only where
    the quote's words open on two capitals (or a capital and `'’.-`), as every label does: most
    quotes are ruled out with no regex call."""
    text, start, end = site.text, site.quote.content_start, site.quote.content_end
    while start < end and is_space(text, start):
        start += 1
    if start + 1 >= end or not is_upper_at(text, start):
        return None
    if not (is_upper_at(text, start + 1) or text[start + 1] in "'’.-"):
        return None
    label = SPEAKER_LABEL.match(text, site.quote.content_start, end)
    return Mention(label.start(1), label.end(1), NAME) if label else None


def _reported_by(site: Site) -> Mention | None:
    """A source closing the quote's sentence with a verb of reporting is the source of all of
    it, over a speaker it reports: `Lee called the plan "dead," the Harbour Post reported.`; not
    a noun (`Gil, the minister, denounced the reports.`)."""
    after = site.after
    for index in range(len(after) - 1, 0, -1):
        if after[index][2] == "," and any(
            len(after[verb][2]) in _REPORTED_SIZES
            and lower(after[verb][2]) in _REPORTED
            and is_speech_verb(after, verb)
            for verb in range(index + 1, len(after))
        ):
            return attribution_after(after[index:], strict=True)
    return None


def _said_after(site: Site) -> Mention | None:
    """Quoted words that run on into their attribution: `"We all share concerns," Blinken said`.
    Not words that are the object of a verb of saying right before them (`under what Hedge called
    "the old model," the club …`): whoever follows did not say them. After a question or an
    exclamation a new sentence may start, so one that goes on past a short attribution reports
    its own words (`"Why wait?" Lee said. ¶ Ann Park said that …`, two paragraphs a scraper
    joined): only a short one is this quote's."""
    if (
        not site.runs_on
        or _object_of_saying(site.before)
        or _introduced_and_ended(site)
        or _closes_opening_clause(site)
        or _closes_relative_clause(site)
    ):
        return None
    found = attribution_after(
        site.after, strict=_ends_sentence(site.text, site.quote, _after_upper(site))
    )
    if found is not None or site.before or closing_mark(site.text, site.quote) != ",":
        return found
    return _titled_name(site.after)


def _closes_opening_clause(site: Site) -> bool:
    """Whether the quote closes a subordinate clause that opens its sentence and has its own
    verb of saying, before a comma and the main clause (`After Lee said the plan was "dead,"
    Hart called a vote`): the clause's speaker said it, not the main clause's subject."""
    before = site.before
    start = 0
    while start < len(before) and lower(before[start][2]) in _CLAUSE_LEADS:
        start += 1
    if (
        start >= len(before)
        or lower(before[start][2]) not in _OPENING_SUBORDINATORS
        or closing_mark(site.text, site.quote) != ","
        or any(token[2] in _CLAUSE_MARKS for token in before[start:])
    ):
        return False
    return any(is_speech_verb(before, verb) for verb in range(start + 2, len(before)))


def _closes_relative_clause(site: Site) -> bool:
    """Whether the quote closes a relative clause about the sentence's subject and the main
    verb follows it (`Roe, who called the fee "a scandal," described the vote as …`): the verb
    is the subject's, with its object after it, no attribution of the quote."""
    after = site.after
    return (
        bool(after)
        and after[0][2][:1].islower()
        and lower(after[0][2]) not in PRONOUNS
        and lower(after[0][2]) not in DETERMINERS
        and closing_mark(site.text, site.quote) == ","
        and relative_clause(site.before) is not None
    )


_CLAUSE_LEADS: Final = frozenset(("but", "and", "yet", "even", "so"))
"""Words that may stand before a subordinator opening a sentence (`But even as Lee said`)."""

_OPENING_SUBORDINATORS: Final = frozenset(
    "after although though when whenever while whereas as because since before once if".split()
)
"""Subordinators whose clause, opening a sentence, ends at the first comma."""

_CLAUSE_MARKS: Final = frozenset(",;:—–()")
"""Marks that would end an opening clause before the quote."""


def _titled_name(after: list[Token]) -> Mention | None:
    """A name after a title no pattern reads, right before the verb of saying that closes a
    few words with no comma after a quote that opens its sentence and ends in a comma (`"…," CBS
    This Morning co-anchor Dee Morgan said`)."""
    for index in range(1, min(len(after), _TITLE_WORDS)):
        if not after[index][2][0].isalnum():
            return None
        if is_speech_verb(after, index):
            found = subject_of(after, index)
            if found is None or found.kind != NAME or found.end != after[index - 1][1]:
                return None
            return found
    return None


_TITLE_WORDS: Final = 9
"""The most words a title and name between a quote and its verb of saying take."""


def _introduced_and_ended(site: Site) -> bool:
    """Whether a verb of saying right before the quote introduces it (`He jokes, "…!"`) and the
    quote ends its sentence before a capital (`"…!" A reporter asked him`): the words after are
    a sentence of their own, about someone else, as when a scraper joined two paragraphs."""
    before = site.before
    return (
        len(before) >= 2
        and before[-1][2] in (",", ":")
        and is_speech_verb(before, len(before) - 2)
        and _ends_sentence(
            site.text, site.quote, site.after[1][1] if len(site.after) > 1 else site.quote.end
        )
    )


def _object_of_saying(before: list[Token]) -> bool:
    """Whether the words before a quote end on a verb of saying with its subject that names or
    cites it (`what Hedge called`, `Manafort, citing`), not a reporting verb in a clause about
    the quote (`Nothing the president said "will assuage fears," Rubio said`)."""
    last = len(before) - 1
    return (
        last > 0
        and lower(before[last][2]) not in REPORTING_VERBS
        and is_speech_verb(before, last)
        and subject_of(before, last) is not None
    )


def _said_before(site: Site) -> Mention | None:
    """The attribution leading to the quote: `Trump boasted, "…"`, `She said that "…"`; not a
    participle set apart by a comma whose agent follows the quote (`The plan, often dismissed
    as "a fantasy" by critics,`): that is the passive agent's."""
    if _naming_participle(site.before) and _passive_agent(site) is not None:
        return None
    found = attribution_before(site.before, site.quote.kind == "full")
    if found is None and _participle_of_saying(site.before):
        return _subject_before_earlier_quote(site)
    return _subject_calling(site.before, found) if found and found.kind == PRONOUN else found


def _participle_of_saying(before: list[Token]) -> bool:
    """Whether the words before a quote end on a participle of saying after a comma (`…, writing
    "…"`, `…, adding:`): the words are the sentence subject's."""
    last = len(before) - 1
    if last >= 0 and before[last][2] in (",", ":"):
        last -= 1
    return (
        last >= 1
        and before[last - 1][2] == ","
        and before[last][2].endswith("ing")
        and is_speech_verb(before, last)
    )


def _subject_before_earlier_quote(site: Site) -> Mention | None:
    """The subject a sentence opens with before an earlier quote of its own (`Lee shared a
    syllabus called "Perception" on his page, writing "…"`): the words read from that quote on
    have none of their own."""
    if site.lower is None:
        return None
    block = site.blocks[site.quote.first_block]
    start = sentence_start(site.article, block.start, site.lower)
    if start >= site.lower:
        return None
    return sentence_subject(site.article.words_between(start, site.lower))


def _subject_calling(before: list[Token], pronoun: Mention) -> Mention:
    """The sentence's subject for the pronoun of a `what he called` clause inside its sentence
    (`Cruz railed against what he calls the "Washington cartel"`): the attribution rests on
    the subject the pronoun stands for, unless someone else named between may be who `he` is
    or the subject is of the other gender (`Ann Lee mocked what he called …`)."""
    index = next(i for i, token in enumerate(before) if token[0] == pronoun.start)
    if index < 2 or lower(before[index - 1][2]) != "what":
        return pronoun
    subject = first_opening(before)
    if (
        subject is None
        or subject.end > before[index - 1][0]
        or plain_capital(before, subject)
        or not (subject.kind == NAME or speaking_head(before[last_index(before, subject)][2]))
    ):
        return pronoun
    words = [token[2].rstrip(".") for token in before if subject.start <= token[0] < subject.end]
    genders = {FIRST_NAME_GENDERS.get(word) or HONORIFIC_GENDERS.get(word) for word in words}
    gender = PRONOUNS.get(lower(before[index][2]))
    if gender is None or genders - {None, gender}:
        return pronoun
    between = [token[2] for token in before if subject.end <= token[0] < pronoun.start]
    return pronoun if any(_may_name_someone(word) for word in between) else subject


def _may_name_someone(word: str) -> bool:
    """Whether a capitalised word may be (part of) a person's name: not a day, a month, a place
    or a nationality that is no one's name too."""
    if not is_capitalised(word) or word in WEEKDAYS or word in MONTHS:
        return False
    place = gazetteer.lookup(word)
    return place is None or place.person_name


def _owned_words(site: Site) -> Mention | None:
    """A quote hanging on someone's noun of saying: `Lee's promise to "fix the roads"`."""
    return words_owner(site.before)


def _words_between_owner_and_noun(site: Site) -> Mention | None:
    """A quote set between its owner and a noun of saying: `Romney's "47 percent" comment`."""
    return quoted_words_owner(site.before, site.after)


def _relative_clause_rule(site: Site) -> Mention | None:
    """A quote ending a relative clause is its pronoun's: `Beck, who has called Trump "…"`;
    not when `according to` names the source."""
    found = relative_clause(site.before)
    if found is None or according_to(site.before) or according_to(site.after):
        return None
    return found


def _survey_rule(site: Site) -> Mention | None:
    """A share of a poll's respondents saying it: `In a new poll, 31% said they were "…"`."""
    return survey_source(site.before)


def _said_next(site: Site) -> Mention | None:
    """A short attribution after a quote that ends its sentence: `"No." Blinken said on Monday.`"""
    if site.runs_on or _introduces_next(site.after) or _leads_into_quote(site):
        return None
    return attribution_after(site.after, strict=True)


def _leads_into_quote(site: Site) -> bool:
    """Whether the sentence after a quote that ended with a full stop runs straight into another
    quote (`"… hurting anybody." Ann Lee, 18, disagrees. "I could …"`): it leads into that
    quote, mostly a paragraph of its own a scraper joined on, and is no attribution of this
    one."""
    if not site.after or closing_mark(site.text, site.quote) != ".":
        return False
    end = site.after[-1][1]
    following = site.text[end : end + 3]
    return following[:1] == "." and following[1:].lstrip()[:1] in _OPENING_MARKS


_OPENING_MARKS: Final = frozenset("\"“‘'")


def _introduces_next(after: list[Token]) -> bool:
    """Whether the words after a quote end in a comma or colon right before the next quote, so
    they introduce that one (`"…." Garin added, "I think …"`), not the quote before them."""
    return bool(after) and after[-1][2] in (",", ":")


def _according_to_rule(site: Site) -> Mention | None:
    """`according to X` in the quote's sentence, before or after it, even over the speaker it
    reports (`"…," Lee said, according to the Post`: the Post is the source); not in a sentence
    of its own after a quote that ended one (`"…." Clinton leads by 271 delegates, according to
    a count`), whose source is of its own words."""
    found = according_to(site.before)
    if found is None and (
        not _ends_sentence(site.text, site.quote, _after_upper(site)) or _asked_then_said(site)
    ):
        found = according_to(site.after)
    if found is None or not _ACCORDING.search(site.text, max(0, found.start - 20), found.start):
        return found  # `in the words of X`, `in X's words`: X is the speaker
    return _relayed(site, found)


def _asked_then_said(site: Site) -> bool:
    """Whether a question or an exclamation runs on into its own attribution, a speaker and a
    verb of saying (`"Why wait?" Lee said at a rally, according to the Post`): one sentence."""
    after = site.after
    if closing_mark(site.text, site.quote) not in "?!" or len(after) < 2:
        return False
    verb = next((i for i in range(1, min(len(after), 6)) if is_speech_verb(after, i)), None)
    return verb is not None and subject_of(after, verb) is not None


def _relayed(site: Site, source: Mention) -> Mention:
    """A source that relays a speaker's words (`"…," Sanders said, according to CNN`): the
    attribution rests on the source, but the words are the speaker's, named or a pronoun (a
    description may be someone named only later), whom the source mention stands for as a
    relative pronoun stands for its antecedent."""
    speaker = _said_after(site)
    if speaker is None:
        speaker = _said_before(site)
        subject = first_opening(site.before)
        if speaker is not None and (subject is None or subject.start != speaker.start):
            speaker = None  # `After Lee asked about it, they became "agitated," according to …`
    if (
        speaker is None
        or speaker.kind not in (NAME, PRONOUN)
        or (speaker.start < source.end and source.start < speaker.end)
    ):
        return source
    return Mention(source.start, source.end, source.kind, speaker)


def _sentence_tail(site: Site) -> Mention | None:
    """An attribution closing the sentence after an aside: `… "rigged," the plan, Trump said.`
    Not a sentence of its own after a quote that ended one (`"…." The count, Lee said, was
    close.`), whose attribution is of its own words."""
    if _ends_sentence(site.text, site.quote, _after_upper(site)):
        return None
    return closing_attribution(site.after)


def _after_upper(site: Site) -> int:
    """Where the words after the quote that its attribution may be in end."""
    return site.after[-1][1] if site.after else site.quote.end


def _ends_sentence(text: str, quote: Quote, upper: int) -> bool:
    """Whether the quoted words end their sentence and a new one starts after them (before
    `upper`)."""
    if closing_mark(text, quote) not in SENTENCE_ENDS:
        return False
    following = _ALPHANUMERIC.search(text, quote.end, upper)
    return following is not None and following.group().isupper()


def _passive_agent(site: Site) -> Mention | None:
    """The agent of a passive verb of saying: `"Born to Run" was written by Springsteen`, and of
    a participle naming the words (`labeled as a "witch hunt" by Democrats`)."""
    words = _naming_words(site.before)
    return by_agent(site.after, 0, named=bool(words) and words[-1][2].endswith(("ed", "en")))


def _naming_words(tokens: list[Token]) -> list[Token]:
    """The words before a quote up to the participle that names it, past `as a`."""
    end = len(tokens)
    while end and len(tokens) - end < 2 and lower(tokens[end - 1][2]) in _NAMING_AS:
        end -= 1
    return tokens[:end]


def _naming_participle(tokens: list[Token]) -> bool:
    """Whether the words before a quote end on a participle of saying that a comma or a dash
    sets apart, adverbs aside (`, often labeled as a "…"`): a clause with no subject of its
    own."""
    words = _naming_words(tokens)
    if not words or words[-1][2] not in SPEECH_VERBS or not words[-1][2].endswith("ed"):
        return False
    index = len(words) - 2
    while index >= 0 and (words[index][2].endswith("ly") or words[index][2] in _TIME_ADVERBS):
        index -= 1
    return index >= 0 and words[index][2] in ",—–("


_TIME_ADVERBS: Final = frozenset("often also once long later now sometimes since".split())
"""Adverbs with no -ly that may stand before a participle (`, often labeled as`)."""


_NAMING_AS: Final = frozenset(("as", "a", "an", "the"))
"""Words between a participle that names the quoted words and them (`labeled as a "…"`)."""


def _lead_in_rule(site: Site) -> Mention | None:
    """The sentence before ends on its speech verb: `Sam Lau said in a statement. "There …"`.
    After another quote of the paragraph, only a sentence of narration of its own leads in
    (`… a "press conference." Ann Lee agreed. "But …"`, often two paragraphs a scraper
    joined), not the other quote's attribution (`"A," Tom Hart said. "B."`), and not a quote
    that runs on into an attribution of its own (`"…," said Ann Lee`)."""
    if site.before:
        return None
    lower = site.lower
    if lower is None:
        return lead_in(site.article, site.blocks[site.quote.first_block].start, site.start)
    if site.runs_on:
        return None
    text = site.text
    own = sentence_start(site.article, lower, site.start - 1) > lower
    if not own and text[max(0, lower - 8) : lower].rstrip(_CLOSING_MARKS)[-1:] not in SENTENCE_ENDS:
        return None
    return lead_in(site.article, lower, site.start)


def _lead_out_rule(site: Site) -> Mention | None:
    """The sentence after a full quote names who said it: `Those were the words of X`."""
    if site.quote.kind != "full":
        return None
    return lead_out(site.article, site.quote, site.blocks[site.quote.last_block].end)


def _signature_rule(site: Site) -> Mention | None:
    """A paragraph that only signs the full quote above it: `— Bernie Sanders.`"""
    quote, blocks = site.quote, site.blocks
    if (
        quote.kind != "full"
        or quote.end != blocks[quote.last_block].end
        or quote.last_block + 1 >= len(blocks)
    ):
        return None
    return signature_line(site.article, blocks[quote.last_block + 1], site.supports)


def _sentence_subject_rule(site: Site) -> Mention | None:
    """A sentence with no verb of saying is its known subject's: `Cruz's remedy: "…"`, and so
    is a title its subject names (`Lee likes "The Walking Dead."`): the quote is what they said.

    The subject must be a known person, a pronoun or a speaking description."""
    opens_sentence = site.lower is None or site.start > site.lower
    if not opens_sentence or is_headline(site.before):
        return None
    clause = clause_subject(site.before)
    if clause is not None and site.supports(clause):
        return clause
    found = next((m for m in openings(site.before) if site.supports(m)), None)
    if found is None:
        found = next((m for m in openings(site.before, bodies=True) if m.kind == BODY), None)
    return found


def _any_subject(site: Site) -> Mention | None:
    """Failing every shape, whoever the sentence opens with: `Lee's promise to "fix the roads"`.

    A quote is far more often its sentence subject's words than no one's (`Respondents are
    obliged to disclose: "…"`); words someone owns are their owner's (Lee's); a description of
    no one who speaks (`The word "harbour" appears`) is not one."""
    if is_headline(site.before):
        return None
    for found in openings(site.before):
        if plain_capital(site.before, found):
            continue
        if found.kind != DESCRIPTION:
            return found
        words = site.text[found.start : found.end].split()
        if lower(words[-1]) in WORDS_NOUNS:
            owner = OWNER.search(site.text, found.start, found.end)
            return Mention(owner.start(1), owner.end(1), NAME) if owner else found
        if speaking_head(words[-1]):
            return found
    return None


RULES: Final[tuple[tuple[str, Rule], ...]] = (
    ("transcript label", _transcript_label),
    ("according to", _according_to_rule),
    ("reported by", _reported_by),
    ("said after", _said_after),
    ("owned words", _owned_words),
    ("owner before the noun", _words_between_owner_and_noun),
    ("relative clause", _relative_clause_rule),
    ("survey", _survey_rule),
    ("said before", _said_before),
    ("said next", _said_next),
    ("sentence tail", _sentence_tail),
    ("passive agent", _passive_agent),
    ("lead-in sentence", _lead_in_rule),
    ("lead-out sentence", _lead_out_rule),
    ("signature line", _signature_rule),
    ("sentence subject", _sentence_subject_rule),
    ("any subject", _any_subject),
)
"""Attribution shapes, strongest first: the first that finds a mention decides."""


FALLBACKS: Final = frozenset(("any subject",))
"""Rules weaker than a quote going on with the one before it (`"A," X said. "B."`), whose
mention makes a person only when the resolver supports it (a known or first-named person)."""


_ALPHANUMERIC: Final = re.compile(r"[^\W_]")
"""A letter or a digit: what `str.isalnum` accepts (`\\w` but the underscore)."""

_CLOSING_MARKS: Final = "\"'”’ "
"""What may follow a quotation's last word: its closing marks (doubled or nested), spaces."""

_ACCORDING: Final = re.compile(r"\b(?:to|per)\s+(?:the\s+)?$", re.IGNORECASE)
"""The end of `according to` or `per` before the source it names (`according to the Post`)."""

_REPORTED: Final = frozenset(("reported", "reports"))
"""Verbs with which a newspaper or agency relays a sentence (`…, the Post reported.`)."""
_REPORTED_SIZES: Final = frozenset(len(verb) for verb in _REPORTED)
"""Their lengths: a word of another length is never lowered to one (no character but `İ` lowers to
more than one, and its two are not ASCII), so it is not lowered to be looked up."""

_RUNS_ON: Final = frozenset(",?!—–-…")
"""How quoted words end when their sentence goes on to the attribution (`"…," she said`)."""
