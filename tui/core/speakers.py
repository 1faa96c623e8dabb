"""Who said each quote: the mention an attribution rests on, and the person it resolves to.

Attribution in news is a handful of shapes around a verb of saying (`speech`): `"…," X said`,
`"…," said X, the …`, `X said: "…"`, `according to X`, `X, who insists … "…"`, `as X put it`,
a dash line (`"…" — X`), a name before a colon and the transcript label (`"PENCE: …`). Each is
read off the words of the quote's own sentence (and, for a paragraph that opens with a quote,
the colon-ended paragraph before, or the sentence after a quoted sentence: `Those were the words
of X`), so no pattern scans more than a sentence. Without one, a
quote goes on with the quote before it in its sentence or paragraph (split quotes, `called it
"A" and "B"`), or with the last quote of the paragraph before when it opens its own (the
long-quote convention); a quote inside a sentence takes the sentence's subject only when that
is a known person, a pronoun or a speaking description. Otherwise it keeps no speaker. Where
the rules only guess (those last three cases), a learned ranker (`speaker_ranker`) weighs every
mention nearby and overrides the guess when one clearly stands out.

The module reads, in order: the patterns, the subject of a verb, noun phrases, words and
sentences, and the resolver that turns a mention into a person — a name through
`PeopleFound.resolve`, a pronoun to the person a recent sentence opened with or the most recent
fitting speaker (never one whose first name or honorific has the other gender, nor the person
the attribution addresses: `he told Hannity`), a description that points back (`the Texas
senator`, `President Biden's top diplomat`) to the one holder of that role, the person a recent
sentence opened with or the last speaker; a name set beside a description (`the bureau's
director, James B. Comey`) is the speaker itself, an unnamed `official` or `spokesman` no one.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from tui.core import gazetteer
from tui.core.annotation import Quote
from tui.core.documents import Block
from tui.core.lexicon import HONORIFIC_GENDERS, MONTHS, WEEKDAYS, abbreviated
from tui.core.names import is_english_word, is_first_name, is_plain_word
from tui.core.organisations import is_organisation_word
from tui.core.people import PeopleFound
from tui.core.quotes import SPEAKER_LABEL
from tui.core.speaker_ranker import Candidate, Chooser, default_ranker, nobody
from tui.core.speech import (
    AUXILIARIES,
    DEFINITE,
    DETERMINERS,
    FIRST_NAME_GENDERS,
    PERSON_NOUNS,
    PHRASAL_SPEECH,
    PRONOUNS,
    REPORTING_VERBS,
    SOURCE_NOUNS,
    SPEECH_LEMMAS,
    SPEECH_VERBS,
    WORDS_NOUNS,
)

NAME, PRONOUN, DESCRIPTION, BODY = "name", "pronoun", "description", "body"


@dataclass(frozen=True, slots=True)
class Mention:
    """Where a speaker is named in the text and what sort of words name it."""

    start: int
    end: int
    kind: str
    antecedent: Mention | None = None
    """What a relative pronoun stands for (`Sanders` of `Sanders, who says`): the person is
    theirs, while the attribution rests on the pronoun, the word nearest the verb."""


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
    resolver = _Resolver(text, blocks, quotes, people)
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
        mentions = find_mentions(text, blocks, quote, lower, upper, resolver.supports)
        listed: list[tuple[Mention, str]] | None = None
        if explain is not None:
            listed = list(mentions)
            explain(index, listed)
            mentions = iter(listed)
        found = next(mentions, None)
        continues = (
            previous is not None
            and previous.speaker_start is not None
            and _continues(text, blocks, previous, quote)
        )
        decided = quote
        if found is not None and not (continues and found[1] in FALLBACKS):
            mention, rule = found
            person = (
                resolver.person(mention)
                if rule not in FALLBACKS or resolver.supports(mention)
                else None
            )
            decided = replace(
                quote,
                speaker=person,
                speaker_start=mention.start,
                speaker_end=mention.end,
                rule=rule,
            )
        elif continues and previous is not None:
            decided = replace(
                quote,
                speaker=previous.speaker,
                speaker_start=previous.speaker_start,
                speaker_end=previous.speaker_end,
                rule=CONTINUES,
            )
        if (decided.rule or "") in chooser.reranks:
            if listed is None:
                listed = [] if found is None else [found, *mentions]
            decided = _ranked(
                text, blocks, index, out, (spoken, top), decided, listed, people, resolver, chooser
            )
        if decided.rule not in (None, CONTINUES):
            resolver.spoke(decided)
        if decided.speaker is not None:
            spoken[decided.speaker] = spoken.get(decided.speaker, 0) + 1
            if top is None or spoken[decided.speaker] > spoken[top]:
                top = decided.speaker
        out.append(decided)
        previous = decided
    _reopened(text, out)
    _listed(text, out)
    return out, people


RANKED = "ranker"
"""The rule name of a speaker the ranker chose over the rules' guess (`speaker_ranker`)."""


def _ranked(
    text: str,
    blocks: Sequence[Block],
    index: int,
    out: list[Quote],
    spoken: tuple[dict[int, int], int | None],
    decided: Quote,
    listed: list[tuple[Mention, str]],
    people: PeopleFound,
    resolver: _Resolver,
    chooser: Chooser,
) -> Quote:
    """The quote with the speaker the ranker chooses among every mention that may be it; its
    rules' decision stays when the ranker agrees or abstains."""
    candidates = _candidates(text, blocks, decided, out, spoken, listed, people, resolver)
    choice = chooser.choose(index, decided, candidates)
    if (
        choice is None
        or choice.start is None
        or choice.end is None
        or (choice.start, choice.end) == (decided.speaker_start, decided.speaker_end)
    ):
        return decided
    person = choice.person
    if person is None:
        mention = Mention(choice.start, choice.end, choice.kind)
        person = resolver.person(mention) if resolver.supports(mention) else None
    return replace(
        decided, speaker=person, speaker_start=choice.start, speaker_end=choice.end, rule=RANKED
    )


def _candidates(
    text: str,
    blocks: Sequence[Block],
    quote: Quote,
    earlier: list[Quote],
    spoken: tuple[dict[int, int], int | None],
    listed: list[tuple[Mention, str]],
    people: PeopleFound,
    resolver: _Resolver,
) -> list[Candidate]:
    """Every mention that may be the quote's speaker, with what the ranker weighs: each rule's
    mention, the speakers of the quotes just before, and the names and pronouns of the quote's
    paragraph and the one before (no further than a long sentence reaches), outside quotes;
    plus no one."""
    found: dict[tuple[int, int], tuple[str, int | None, set[str]]] = {}

    def add(start: int, end: int, kind: str, person: int | None, *features: str) -> None:
        key = next((k for k in found if k[0] < end and start < k[1]), (start, end))
        old_kind, old_person, old = found.get(key, (kind, person, set()))
        found[key] = (old_kind, old_person if old_person is not None else person, old)
        old.update(features)

    for order, (mention, rule) in enumerate(listed):
        add(
            mention.start,
            mention.end,
            mention.kind,
            None,
            f"rule {rule}",
            *(["first rule"] if not order else []),
        )
    speakers, top = spoken
    back = 0
    for quote_before in reversed(earlier[-4:]):
        if quote_before.speaker_start is None or quote_before.speaker_end is None:
            continue
        back += 1
        words = text[quote_before.speaker_start : quote_before.speaker_end].split()
        kind = PRONOUN if len(words) == 1 and words[0].lower() in PRONOUNS else NAME
        add(
            quote_before.speaker_start,
            quote_before.speaker_end,
            kind,
            quote_before.speaker,
            f"speaker {min(back, 3)} back",
        )
    low = max(blocks[max(0, quote.first_block - 1)].start, quote.start - _REACH)
    high = min(blocks[quote.last_block].end, quote.end + _REACH)
    named = people.mentions
    for at in range(bisect_left(named, low, key=lambda m: m.start), len(named)):
        if named[at].start >= high:
            break
        if not resolver._quoted(named[at].start):
            add(named[at].start, named[at].end, NAME, named[at].person, "name")
    for token in _words(text, low, high):
        if token[2].lower() in _CANDIDATE_PRONOUNS and not resolver._quoted(token[0]):
            add(token[0], token[1], PRONOUN, None, "pronoun")
    starts, tokens = _tokens(text)
    first_token, last_token = bisect_left(starts, quote.start), bisect_left(starts, quote.end)
    sentence = (
        _sentence_start(text, blocks[quote.first_block].start, quote.start),
        _sentence_end(text, quote.end, blocks[quote.last_block].end),
    )
    block = blocks[quote.first_block]
    quote_features = [f"decided by {quote.rule or 'no rule'}"]
    if quote.kind == "partial":
        quote_features.append("partial quote")
    if quote.start == block.start:
        quote_features.append("opens paragraph")
    candidates = [nobody(quote_features)]
    for (start, end), (kind, person, features) in found.items():
        at = bisect_left(starts, start)
        if end <= quote.start:
            side, distance = "before", first_token - at
        elif start >= quote.end:
            side, distance = "after", at - last_token
        else:
            side, distance = "inside", 0
        where = (
            "same sentence"
            if sentence[0] <= start < sentence[1]
            else "same paragraph"
            if block.start <= start < blocks[quote.last_block].end
            else "paragraph before"
        )
        own = [
            f"kind {kind}",
            f"side {side}",
            where,
            f"{side} {where}",
            f"distance {_bucket(distance)}",
            f"{side} distance {_bucket(distance)}",
        ]
        if (start, end) == (quote.speaker_start, quote.speaker_end):
            own.append("chosen")
        if _SAYS.match(text, end):
            own.append("verb after")
        if at and tokens[at - 1][2].lower() in SPEECH_VERBS:
            own.append("verb before")
        if person is not None and person in speakers:
            own.append("top speaker" if person == top else "spoke before")
        every = sorted(features) + own
        candidates.append(
            Candidate(
                start,
                end,
                (*every, *(f"{q} & {f}" for q in quote_features for f in every)),
                person,
                kind,
            )
        )
    return candidates


_CANDIDATE_PRONOUNS = frozenset(("he", "she", "they"))


def _bucket(distance: int) -> str:
    """Token distances in steps that roughly double: near words matter most."""
    return next(
        (label for bound, label in _DISTANCES if distance <= bound), f"over {_DISTANCES[-1][0]}"
    )


_DISTANCES = ((2, "0-2"), (5, "3-5"), (10, "6-10"), (20, "11-20"), (40, "21-40"))


def _reopened(text: str, quotes: list[Quote]) -> None:
    """A quotation left unclosed and reopened at once (`"We cut rates. "Sales are down," said
    Ann Lee.`, two paragraphs a scraper joined) is the same speaker's: it takes the speaker of
    the quote that reopens it."""
    for index in range(len(quotes) - 2, -1, -1):
        quote, reopening = quotes[index], quotes[index + 1]
        if (
            quote.speaker_start is None
            and reopening.speaker_start is not None
            and quote.end == quote.content_end
            and not text[quote.end : reopening.start].strip()
        ):
            quotes[index] = replace(
                quote,
                speaker=reopening.speaker,
                speaker_start=reopening.speaker_start,
                speaker_end=reopening.speaker_end,
                rule=REOPENED,
            )


def _listed(text: str, quotes: list[Quote]) -> None:
    """Quotes listed before one attribution (`Guns are "a crisis" and "stunt growth," Dean
    said`) are all the attributed one's: an unattributed quote joined to the next by `and`,
    `or` or a comma takes its speaker when the attribution follows that next quote."""
    for index in range(len(quotes) - 2, -1, -1):
        quote, joined = quotes[index], quotes[index + 1]
        if (
            quote.speaker_start is None
            and joined.speaker_start is not None
            and joined.speaker_start >= joined.end
            and text[quote.end : joined.start].strip(" ,;") in _LIST_JOINS
        ):
            quotes[index] = replace(
                quote,
                speaker=joined.speaker,
                speaker_start=joined.speaker_start,
                speaker_end=joined.speaker_end,
                rule=LISTED,
            )


_LIST_JOINS = frozenset(("", "and", "or", "and even", "but also"))

LISTED = "listed before the attributed quote"
"""The rule name of an unattributed quote joined to the next one, whose speaker it takes."""


REOPENED = "reopened by the next quote"
"""The rule name of an unclosed quote that takes the speaker of the quote reopening it."""


CONTINUES = "continues the quote before"
"""The rule name of a quote with no attribution of its own that goes on with the one before it."""


def _continues(text: str, blocks: Sequence[Block], previous: Quote, quote: Quote) -> bool:
    """Whether a quote with no attribution goes on with the previous one: opening its sentence
    or joined to it (`"A," X said. "B."`, `called it "A" and "B"`) in the same paragraph, or
    opening the paragraph right after it; not in a new sentence after a quote that ended one."""
    if previous.last_block == quote.first_block:
        start = _sentence_start(text, previous.end, quote.start)
        lead = _words(text, start, quote.start)
        ended = _closing(text, previous) in _SENTENCE_ENDS
        return (start == previous.end and not ended) or all(
            token[2].lower() in _JOINERS for token in lead
        )
    return (
        quote.first_block == previous.last_block + 1
        and quote.start == blocks[quote.first_block].start
    )


_JOINERS = frozenset([*",;:—–-", "and", "or", "but", "then", "as", "well", "nor"])


def _closing(text: str, quote: Quote) -> str:
    """The last character of the quoted words (`,` of `"…," she said`), or "" for none."""
    return text[quote.content_start : quote.content_end].rstrip()[-1:]


_SENTENCE_ENDS = frozenset(".!?…")
"""How quoted words end a sentence: narration after them is a sentence of its own (`"… server."
The agency declined to detail its "specific focus."`), whose quote is not the first one's."""


@dataclass(frozen=True, slots=True)
class Site:
    """What attribution rules read around one quote: the words of its sentence before and
    after it, and whether its words run on into the attribution (`"…," she said`)."""

    text: str
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


Rule = Callable[[Site], "Mention | None"]


def find_mentions(
    text: str,
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
    `supports` accepts it (a known person, not any capitalised word).
    """
    first, last = blocks[quote.first_block], blocks[quote.last_block]
    start = _sentence_start(text, first.start if lower is None else lower, quote.start)
    before = _past_dateline(_words(text, start, quote.start))
    if not before and quote.start == first.start and quote.first_block:
        before = _introduction(text, blocks[quote.first_block - 1])
    after = _words(
        text, quote.end, _sentence_end(text, quote.end, last.end if upper is None else upper)
    )
    runs_on = _closing(text, quote) in _RUNS_ON or (
        next((token[2][:1].islower() for token in after if token[2][0].isalnum()), False)
    )
    site = Site(text, blocks, quote, lower, start, before, after, runs_on, supports)
    for name, rule in RULES:  # lazily: the first is usually all attribution needs
        found = rule(site)
        if found is not None:
            described = found.kind == DESCRIPTION and found.antecedent is None
            yield (_apposed(site.text, found) if described else found), name


def _transcript_label(site: Site) -> Mention | None:
    """A transcript's speaker label opening the quote: `"PENCE: Well, …"`."""
    label = SPEAKER_LABEL.match(site.text, site.quote.content_start, site.quote.content_end)
    return Mention(label.start(1), label.end(1), NAME) if label else None


def _said_after(site: Site) -> Mention | None:
    """Quoted words that run on into their attribution: `"We all share concerns," Blinken said`."""
    return _after(site.after, strict=False) if site.runs_on else None


def _said_before(site: Site) -> Mention | None:
    """The attribution leading to the quote: `Trump boasted, "…"`, `She said that "…"`,
    `Caddell continued:` + a paragraph opening with the quote."""
    return _before(site.before, site.quote.kind == "full")


def _said_next(site: Site) -> Mention | None:
    """A short attribution after a quote that ends its sentence: `"No." Blinken said on Monday.`"""
    if site.runs_on or _introduces_next(site.after):
        return None
    return _after(site.after, strict=True)


def _introduces_next(after: list[Token]) -> bool:
    """Whether the words after a quote end in a comma or colon right before the next quote, so
    they introduce that one (`"…." Garin added, "I think …"`), not the quote before them."""
    return bool(after) and after[-1][2] in (",", ":")


def _according_to_rule(site: Site) -> Mention | None:
    """`according to X` in the quote's sentence, before or after it."""
    return _according_to(site.before) or _according_to(site.after)


def _sentence_tail(site: Site) -> Mention | None:
    """An attribution closing the sentence after an aside: `… "rigged," the plan, Trump said.`"""
    return _tail(site.after)


def _passive_agent(site: Site) -> Mention | None:
    """The agent of a passive verb of saying: `"Born to Run" was written by Springsteen`."""
    before = site.before
    return _by_agent(site.after, 0, named=bool(before) and before[-1][2].endswith(("ed", "en")))


def _lead_in_rule(site: Site) -> Mention | None:
    """The sentence before a paragraph's first quote ends on its verb of saying: `Sam Lau said
    in a statement. "There …"`."""
    if site.lower is not None or site.before:
        return None
    return _lead_in(site.text, site.blocks[site.quote.first_block].start, site.start)


def _lead_out_rule(site: Site) -> Mention | None:
    """The sentence after a full quote names who said it: `Those were the words of X`."""
    if site.quote.kind != "full":
        return None
    return _lead_out(site.text, site.quote, site.blocks[site.quote.last_block].end)


def _signature_rule(site: Site) -> Mention | None:
    """A paragraph that only signs the full quote above it: `— Bernie Sanders.`"""
    quote, blocks = site.quote, site.blocks
    if (
        quote.kind != "full"
        or quote.end != blocks[quote.last_block].end
        or quote.last_block + 1 >= len(blocks)
    ):
        return None
    return _signature(site.text, blocks[quote.last_block + 1], site.supports)


def _sentence_subject_rule(site: Site) -> Mention | None:
    """A quote inside a sentence with no verb of saying takes its subject, when that is a known
    person, a pronoun or a speaking description: `Cruz's remedy: "…"`."""
    opens_sentence = site.lower is None or site.start > site.lower
    if not opens_sentence or _titled(site):
        return None
    return next(filter(site.supports, _openings(site.before)), None)


def _titled(site: Site) -> bool:
    """Whether the quote is a title (`"Access Hollywood."`) or its sentence a headline: no
    subject of either said it."""
    quote = site.quote
    return _headline(
        _words(site.text, quote.content_start, quote.content_end), shortest=1
    ) or _headline(site.before)


def _any_subject(site: Site) -> Mention | None:
    """Failing every shape, the name, pronoun or speaking description the quote's sentence opens
    with: a quote is far more often its sentence subject's words than no one's (`Respondents
    are obliged to disclose: "…"`); words someone owns are theirs (`Lee's promise to "fix the
    roads"` is Lee's); a description of no one who speaks (`The word "harbour" appears`) is
    not one."""
    if _titled(site):
        return None
    for found in _openings(site.before):
        if _plain_capital(site.before, found):
            continue
        if found.kind != DESCRIPTION:
            return found
        words = site.text[found.start : found.end].split()
        if words[-1].lower() in WORDS_NOUNS:
            owner = _OWNER.search(site.text, found.start, found.end)
            return Mention(owner.start(1), owner.end(1), NAME) if owner else found
        if _speaking_head(words[-1]):
            return found
    return None


RULES: tuple[tuple[str, Rule], ...] = (
    ("transcript label", _transcript_label),
    ("said after", _said_after),
    ("said before", _said_before),
    ("said next", _said_next),
    ("according to", _according_to_rule),
    ("sentence tail", _sentence_tail),
    ("passive agent", _passive_agent),
    ("lead-in sentence", _lead_in_rule),
    ("lead-out sentence", _lead_out_rule),
    ("signature line", _signature_rule),
    ("sentence subject", _sentence_subject_rule),
    ("any subject", _any_subject),
)
"""Attribution shapes, strongest first: the first that finds a mention decides."""

FALLBACKS = frozenset(("any subject",))
"""Rules weaker than a quote going on with the one before it (`"A," X said. "B."`), whose
mention makes a person only when the resolver supports it (a known or first-named person)."""


def _apposed(text: str, mention: Mention) -> Mention:
    """The name set beside a description (`said the bureau's director, James B. Comey,`, `the
    ambassador at the time, John E. Herbst.`), which names the speaker better than it."""
    match = _APPOSITION.match(text, mention.end)
    return Mention(match.start(1), match.end(1), NAME) if match else mention


_APPOSITION = re.compile(
    r"(?:\s+[a-z][\w'’-]*){0,4}(?:\s+(?:at|of|for|from|in|with)(?:\s+(?:the|[A-Z][\w'’.-]*)){1,3})?,\s+([A-Z][\w'’-]*(?:\s+(?:[A-Z]\.|[A-Z][\w'’-]*)){1,3})"
    r"(?=\s*(?:[,.;)]|$))"
)


def _past_dateline(tokens: list[Token]) -> list[Token]:
    """The words after a wire story's dateline (`WASHINGTON, Dec. 8 (UPI) — Clinton said …`),
    whose city is no speaker."""
    if len(tokens) < 3 or not (tokens[0][2].isupper() and len(tokens[0][2]) > 1):
        return tokens
    dash = next((i for i in range(1, min(len(tokens), 12)) if tokens[i][2] in "—–-"), None)
    if dash is None:
        return tokens
    ending = tokens[dash - 1][2]
    dateline = dash == 1 or tokens[1][2] == "," or ending == ")" or ending.isdigit()
    return tokens[dash + 1 :] if dateline else tokens


def _lead_out(text: str, quote: Quote, upper: int) -> Mention | None:
    """The speaker a quoted sentence is given by the sentence after it (`"We did all we could."
    Those were the words of headteacher Amanda Clarke …`, `… So said the Rev. Peter Howell.`)."""
    if _closing(text, quote) not in _SENTENCE_ENDS:
        return None
    match = _LEAD_OUT.match(text, quote.end, upper)
    if not match:
        return None
    tokens = _words(text, match.end(), _sentence_end(text, match.end(), upper))
    first = 1 if tokens and tokens[0][2] == "the" else 0  # `the Rev. Peter Howell`, a title
    found = _phrase(tokens, first, _run_right(tokens, first))
    return found if found is not None and found.kind == NAME else None


_LEAD_OUT = re.compile(
    r"\s+(?:So (?:said|says)|(?:Those|These|That|Such) (?:were|are|was|is)"
    r" the (?:words|verdict) of)\s+"
)


def _signature(text: str, block: Block, supports: Callable[[Mention], bool]) -> Mention | None:
    """A paragraph that only signs the full quote above it (`— Bernie Sanders.`) with a person's
    name, not a credit line (`- Reuters.`)."""
    tokens = _words(text, block.start, block.end)
    if not tokens or tokens[0][2] not in "—―–-" or len(tokens) > 8:
        return None
    found = _after(tokens, strict=True)
    return found if found is not None and found.kind == NAME and supports(found) else None


def _lead_in(text: str, lower: int, start: int) -> Mention | None:
    """The speaker of a sentence that ends just before a paragraph's first quote opening the
    next one, when it ends on its verb of saying (`Sam Lau said in a statement. "There …"`)."""
    tokens = _words(text, _sentence_start(text, lower, start - 1), start)
    if not tokens or tokens[-1][2] != ".":
        return None
    verbs = [index for index in range(max(0, len(tokens) - 7), len(tokens)) if _verb(tokens, index)]
    if not verbs or any(token[2] == "that" for token in tokens[verbs[-1] :]):
        return None
    return _subject(tokens, verbs[-1])


_RUNS_ON = frozenset(",?!—–-…")
"""How quoted words end when their sentence goes on to the attribution (`"…," she said`)."""


def _after(tokens: list[Token], strict: bool) -> Mention | None:
    index, dash = 0, False
    while index < len(tokens) and tokens[index][2] in _DASHES:
        dash = dash or tokens[index][2] != ","
        index += 1
    if index >= len(tokens):
        return None
    agent = _by_agent(tokens, index, named=False)
    if agent is not None:
        return agent
    if _verb(tokens, index) and not tokens[index][2].endswith("ing"):
        end = _run_right(tokens, index + 1)
        found = _phrase(tokens, index + 1, end)
        return found if found is not None and (not strict or _short_tail(tokens, end)) else None
    end = _run_right(tokens, index)
    found = _phrase(tokens, index, end)
    if found is None:
        return None
    if dash and found.kind == NAME and (end == len(tokens) or tokens[end][2] in ",.;("):
        return found
    end = _skip_aside(tokens, end)
    while end < len(tokens) and tokens[end][2].lower() in AUXILIARIES:
        end += 1
    if end < len(tokens) and _verb(tokens, end) and (not strict or _short_tail(tokens, end + 1)):
        return found
    return None


_DASHES = frozenset(",—―–-:")


def _before(tokens: list[Token], full: bool) -> Mention | None:
    """The speaker of the words leading to a quote: the verb right before a full quote (`Trump
    boasted, "…"`), or `said`, `told`, `wrote` right before any quote, introduces it; else the
    first verb with a subject, the main clause's (`Trump said that Clinton described it as
    "…"`); else a name or a source standing alone before a colon (`Jane Roe: "…"`, `From
    Bush's Facebook post: "…"`)."""
    verbs = [index for index in range(len(tokens)) if _verb(tokens, index)]
    introducing = (
        bool(verbs)
        and len(tokens) - verbs[-1] <= 8
        and (tokens[-1][2] in (",", ":") or verbs[-1] == len(tokens) - 1)
    )
    says = bool(verbs) and verbs[-1] == len(tokens) - 1 and tokens[-1][2] in REPORTING_VERBS
    if (full and introducing) or says:
        verbs.insert(0, verbs.pop())
    elif tokens and tokens[0][2].lower() in _SUBORDINATORS:
        comma = next((i for i, token in enumerate(tokens) if token[2] == ","), 0)
        verbs = [v for v in verbs if v > comma] + [v for v in verbs if v < comma]
    for verb in verbs:
        found = _subject(tokens, verb)
        if found is not None:
            return found
    if len(tokens) >= 2 and tokens[-1][2] == ":":
        found = _left(tokens, len(tokens) - 2, antecedent=True)
        alone = found is not None and found.start <= tokens[min(2, len(tokens) - 1)][0]
        if (
            found is not None
            and alone
            and (
                found.kind == NAME or (found.kind == DESCRIPTION and _speaking_head(tokens[-2][2]))
            )
        ):
            return found
    return None


_SUBORDINATORS = frozenset(
    "while when after although though if as because since before once unless".split()
)
"""Words opening a clause that leads into the main one (`While he acknowledged …, Ham noted`)."""


def _by_agent(tokens: list[Token], index: int, named: bool) -> Mention | None:
    """The agent of a passive verb of saying after a quote (`was written by Springsteen`), or
    right after it when the words before it named it (`a paper titled "…" by X`)."""
    while index < len(tokens) and tokens[index][2].lower() in AUXILIARIES:
        index += 1
    word = tokens[index][2] if index < len(tokens) else ""
    passive = index + 1 < len(tokens) and word in SPEECH_VERBS and word.endswith(("ed", "en"))
    if passive:
        index += 1
    if (passive or named) and index + 1 < len(tokens) and tokens[index][2] == "by":
        found = _phrase(tokens, index + 1, _run_right(tokens, index + 1))
        return found if found is not None and found.kind != PRONOUN else None
    return None


def _according_to(tokens: list[Token]) -> Mention | None:
    for index in range(len(tokens) - 2):
        if tokens[index][2].lower() == "according" and tokens[index + 1][2] == "to":
            return _phrase(tokens, index + 2, _run_right(tokens, index + 2))
    return None


def _tail(tokens: list[Token]) -> Mention | None:
    """An attribution closing the sentence the quote sits in (`… "rigged," Trump said.`)."""
    for index in range(1, len(tokens)):
        if tokens[index][2] == ",":
            found = _after(tokens[index:], strict=True)
            if found is not None:
                return found
    return None


def _short_tail(tokens: list[Token], index: int) -> bool:
    """Whether the sentence ends soon after an attribution (`"No." Blinken said on Monday.`),
    or goes on with an apposition (`, says Evan Tracey, a Republican ad tracker …`)."""
    rest = tokens[index:]
    if not rest or rest[0][2] == ",":
        return True
    if index and tokens[index - 1][2] in _CLAUSE_TAKING and _opens_clause(rest[0][2]):
        return False
    return len(rest) <= 8 and not any(token[2] == "that" for token in rest)


_CLAUSE_TAKING = frozenset(
    ("say", "says", "said", "add", "adds", "added", "insist", "insists", "insisted")
)
"""Verbs whose object is what was said: a subject right after one starts reported speech."""


def _opens_clause(word: str) -> bool:
    """Whether a word after `said` opens a reported clause (`He said Hillary Clinton chaired …`,
    `she said the move …`), so the sentence reports new words rather than crediting the quote
    before it (`"No." Blinken said on Monday.`)."""
    return word.lower() in _CLAUSE_OPENING or (
        _capitalised(word) and word.lower() not in _TIME_WORDS
    )


_CLAUSE_OPENING = frozenset(
    "he she they it we i you there this the a an his her their its our".split()
)


def _headline(tokens: list[Token], shortest: int = 4) -> bool:
    """Title case: a headline (`Hillary Camp Declining To Debate Bernie`), whose first words
    are no sentence subject, or a quoted title (`"Access Hollywood."`), which no one says."""
    words = [token[2] for token in tokens if token[2][0].isalpha()]
    return shortest <= len(words) <= 12 and sum(map(_capitalised, words)) >= 0.7 * len(words)


def _subject(tokens: list[Token], verb: int) -> Mention | None:
    """The speaker doing `verb`: right before it (`Blinken has said`), before a relative clause
    (`Netanyahu, who insists`), or before an aside (`Tim Hess, a developer, said`); a
    participle after a comma (`…, saying`) and an infinitive (`took to Twitter to accuse`) are
    the sentence subject's."""
    index = _skip_back(tokens, verb - 1)
    if index < 0:
        return None
    word = tokens[index][2]
    if word.lower() in ("who", "which", "that"):
        relative = tokens[index]
        index -= 1
        found = _antecedent(tokens, index - 1 if index >= 0 and tokens[index][2] == "," else index)
        return None if found is None else Mention(relative[0], relative[1], found.kind, found)
    participle = tokens[verb][2].endswith("ing")
    if word == "to" and index == verb - 1:
        return sentence_subject(tokens)
    if word == ",":
        return sentence_subject(tokens) if participle else _fronted(tokens, index)
    found = _left(tokens, index, participle)
    if found is not None and found.kind == DESCRIPTION and participle and index == verb - 1:
        return None
    return found


def _skip_back(tokens: list[Token], index: int) -> int:
    """Leftwards past auxiliaries, adverbs and short time phrases (`who in 2010 said`)."""
    while index >= 0:
        low = tokens[index][2].lower()
        if low in AUXILIARIES:
            index -= 1
        elif low in _TIME_WORDS or low.isdigit():
            index -= 1
            while index >= 0 and (
                tokens[index][2].lower() in _TIME_WORDS
                or tokens[index][2].isdigit()
                or tokens[index][2].lower() in _TIME_OPENERS
            ):
                index -= 1
        else:
            break
    return index


_TIME_WORDS = frozenset(
    [word.lower() for word in WEEKDAYS | MONTHS - {"May"}]
    + "week month year night morning afternoon evening day weekend time".split()
)

_TIME_OPENERS = frozenset("in on at during last this that early late earlier later the".split())


def _antecedent(tokens: list[Token], end: int) -> Mention | None:
    """What a relative pronoun refers to: the phrase before it, or the name before that phrase
    when it is an apposition (`McConnell, now the majority leader, who said`)."""
    found = _left(tokens, end, antecedent=True)
    if found is None or found.kind != DESCRIPTION:
        return found
    start = next(i for i in range(end, -1, -1) if tokens[i][0] == found.start)
    while start > 0 and tokens[start - 1][2].lower() in AUXILIARIES:
        start -= 1
    if start >= 2 and tokens[start - 1][2] == ",":
        named = _left(tokens, start - 2)
        if named is not None and named.kind == NAME:
            return named
    return found


def _fronted(tokens: list[Token], comma: int) -> Mention | None:
    """The noun phrase before the first comma of an aside that ends at `comma`, or the name in
    apposition to it (`Her campaign manager, Robby Mook, suggested`)."""
    for index in range(max(1, comma - 30), comma + 1):
        if tokens[index][2] != ",":
            continue
        start = _run_left(tokens, index - 1)
        if start == 0 or tokens[start - 1][2].lower() in _CLAUSE_OPENERS:
            found = _left(tokens, index - 1)
            if found is not None and found.kind == DESCRIPTION:
                end = _run_right(tokens, index + 1)
                named = _phrase(tokens, index + 1, end)
                if (
                    named is not None
                    and named.kind == NAME
                    and end < len(tokens)
                    and tokens[end][2] == ","
                ):
                    return named
            if found is not None:
                return found
    return None


_CLAUSE_OPENERS = frozenset(
    [*",—–-:;(", "and", "but", "so", "yet", "then", "while", "though", "although"]
)


def sentence_subject(tokens: list[Token]) -> Mention | None:
    """The noun phrase a sentence opens with, past an introductory phrase (`On Monday, …`), a
    capitalised word that is no name (`Back in 1999, Mr. Trump …`) and a description of no one
    who speaks (`their only disagreement`)."""
    return next(
        (
            m
            for m in _openings(tokens)
            if not _plain_capital(tokens, m)
            and (m.kind != DESCRIPTION or _speaking_head(tokens[_last_index(tokens, m)][2]))
        ),
        None,
    )


def _last_index(tokens: list[Token], mention: Mention) -> int:
    return max(i for i, token in enumerate(tokens) if token[0] < mention.end)


def _openings(tokens: list[Token]) -> Iterator[Mention]:
    """Noun phrases that may be a sentence's subject, in order: its first words (unless they
    open an introductory phrase), then what follows each comma of its first thirty words."""
    introduced = bool(tokens) and tokens[0][2].lower() in _INTRODUCTORY
    starts = [] if introduced else [0]
    starts += [i + 1 for i in range(min(len(tokens), 30)) if tokens[i][2] == ","]
    starts += [1] if introduced else []
    for start in starts:
        while start < len(tokens) and tokens[start][2].lower() in ("and", "but", "so", "yet"):
            start += 1
        found = _phrase(tokens, start, _run_right(tokens, start))
        if found is not None and found.kind != BODY:
            yield found


_INTRODUCTORY = frozenset(
    "on in at after before during since when while as with without for by from following amid "
    "despite however meanwhile now still then yet later earlier also instead indeed but and so "
    "yesterday today last this".split()
)


def _plain_capital(tokens: list[Token], mention: Mention) -> bool:
    """A one-word "name" that is an English word opening the sentence as an adverb would
    (`Perhaps`, `Back in 1999`)."""
    if mention.kind != NAME:
        return False
    index = [i for i, token in enumerate(tokens) if mention.start <= token[0] < mention.end]
    if len(index) != 1:
        return False
    word = tokens[index[0]][2]
    following = tokens[index[0] + 1][2].lower() if index[0] + 1 < len(tokens) else ""
    return is_plain_word(word) or (is_english_word(word) and following in _PREPOSITIONS)


def _skip_aside(tokens: list[Token], index: int) -> int:
    """Past what may stand between a speaker and the verb: a parenthesis (`(D-S.C.)`), a
    second speaker (`and Serena Kelleher`), prepositional tails (`of the James Martin Center
    for Nonproliferation Studies`), asides between commas (`, the attorney general of
    Oklahoma, one of the states suing,`) or left unclosed (`, a spokesman for X told`)."""
    if index < len(tokens) and tokens[index][2] == "(":
        closing = next(
            (i for i in range(index + 1, min(index + 9, len(tokens))) if tokens[i][2] == ")"), None
        )
        if closing is not None:
            index = closing + 1
    if index < len(tokens) and tokens[index][2] == "and":
        index = _run_right(tokens, index + 1)
    for _ in range(2):
        if index < len(tokens) and tokens[index][2] in _OF:
            index = _run_right(tokens, index + 1)
    if index < len(tokens) and tokens[index][2] == ",":
        for comma in range(index + 1, min(index + 40, len(tokens))):
            if tokens[comma][2] == "," and _verb_follows(tokens, comma + 1):
                return comma + 1
        unclosed = _run_right(tokens, index + 1)
        if unclosed < len(tokens) and tokens[unclosed][2] in _OF:
            unclosed = _run_right(tokens, unclosed + 1)
        if unclosed > index + 1 and _verb_follows(tokens, unclosed):
            return unclosed
    return index


def _verb_follows(tokens: list[Token], index: int) -> bool:
    while index < len(tokens) and tokens[index][2].lower() in AUXILIARIES:
        index += 1
    return index < len(tokens) and _verb(tokens, index)


def _left(
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
    start = _run_left(tokens, end)
    if start > end:
        return None
    found = _phrase(tokens, start, end + 1)
    before = tokens[start - 1][2].lower() if start else ""
    if before in _OF and start >= 2 and tokens[start - 2][2][0].isalnum():
        head_end = start - 2
        head = _phrase(tokens, _run_left(tokens, head_end), head_end + 1)
        if head is not None and (head.kind in (NAME, BODY) or _speaking_head(tokens[head_end][2])):
            return head
    opens_run = found is not None and found.start == tokens[start][0]
    if (
        before in _PREPOSITIONS
        and before != "of"
        and opens_run
        and not antecedent
        and not (found is not None and found.kind in (NAME, PRONOUN) and gerund)
    ):
        return None
    return found


_OF = frozenset("of for at from with in on".split())
"""Prepositions after a speaker's head (`Mr. Morgan of the Sierra Club`, `a spokesman for X`)."""

_PREPOSITIONS = _OF | frozenset(
    "to by about after before during into over under through against among via".split()
)
"""Words a subject never follows: the noun phrase after them is an object
(`In a message posted`)."""


def _run_left(tokens: list[Token], end: int) -> int:
    """Start of the noun phrase ending at `end` (inclusive); a determiner closes it."""
    if _pronoun(tokens[end][2]) is not None:
        return end
    index = end
    while index >= 0 and end - index < 8:
        if tokens[index][2].lower() in DETERMINERS and index < end:
            return index
        if not _in_phrase(tokens, index):
            break
        index -= 1
    return index + 1


def _run_right(tokens: list[Token], start: int) -> int:
    """End (exclusive) of the noun phrase starting at `start`: a name is not followed by lower
    case words (`Trump attacked`) unless a determiner opened the phrase (`a Clinton campaign
    spokesman`) or another name follows (`White House press secretary Josh Earnest`)."""
    if start < len(tokens) and _pronoun(tokens[start][2]) is not None:
        return start + 1
    determined = start < len(tokens) and tokens[start][2].lower() in DETERMINERS
    index = start + 1 if determined else start
    while index < len(tokens) and index - start < 8 and _in_phrase(tokens, index):
        word = tokens[index][2]
        if word[0].islower() and index > start and not _person_noun(word):
            if word.endswith(("ed", "ing")) and tokens[index - 1][2].lower() not in DETERMINERS:
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


def _name_ahead(tokens: list[Token], index: int) -> bool:
    """Whether a name follows within three words, none of them a function word or punctuation
    (`White House press secretary Josh Earnest`, not `Romney went after Trump`)."""
    for token in tokens[index : index + 3]:
        word = token[2]
        if _capitalised(word):
            return True
        if not word[0].isalpha() or word.lower() in _FUNCTION:
            return False
    return False


def _ends_description(tokens: list[Token], index: int) -> bool:
    """Whether the lower-case word at `index`, after a person noun, is the verb, not more of
    the noun phrase (`the billionaire businessman began by …`, but `the billionaire business
    mogul` and `the spokesman statement` stay one)."""
    head, word = tokens[index - 1][2], tokens[index][2].lower()
    following = tokens[index + 1][2] if index + 1 < len(tokens) else ""
    return (
        head[0].islower()
        and _person_noun(head)
        and word not in SOURCE_NOUNS
        and word not in WORDS_NOUNS
        and not (following[:1].islower() and _person_noun(following))
    )


def _in_phrase(tokens: list[Token], index: int) -> bool:
    """Whether a token may belong to a noun phrase naming a speaker."""
    word = tokens[index][2]
    if word == ".":
        return index > 0 and _abbreviated(tokens[index - 1][2])
    if not word[0].isalnum():
        return False
    if (
        len(word) == 1
        and word.isupper()
        and index + 1 < len(tokens)
        and tokens[index + 1][2] == "."
    ):
        return True
    low = word.lower()
    return not (low in _FUNCTION or low in AUXILIARIES or _verb(tokens, index))


def _phrase(tokens: list[Token], start: int, end: int) -> Mention | None:
    """What tokens[start:end] names: a pronoun, a name (its last capitalised chunk, titles
    included), a body (`the Security Council`), or a description."""
    while end > start and tokens[end - 1][2] == ".":
        end -= 1
    if end <= start:
        return None
    head = tokens[end - 1]
    if end - start == 1 and _pronoun(head[2]) is not None:
        return Mention(head[0], head[0] + len(_pronoun(head[2]) or ""), PRONOUN)
    first = tokens[start][2].lower()
    possessive = any(_possessive(token[2]) for token in tokens[start : end - 1])
    if possessive and (owned := _owned_name(tokens, start, end)) is not None:
        return owned
    if _name_word(head[2]) and not possessive and not (end - start == 1 and _person_noun(head[2])):
        chunk = end - 1
        while chunk > start and (_name_word(tokens[chunk - 1][2]) or _in_name(tokens, chunk - 1)):
            chunk -= 1
        words = [token[2] for token in tokens[chunk:end]]
        if chunk == start + 1 and first == "the" and len(words) == 1 and _epithet(words[0]):
            return Mention(tokens[start][0], head[1], DESCRIPTION)
        body = (
            (chunk == start + 1 and first == "the" and not any(_abbreviated(w) for w in words))
            or (len(words) == 1 and words[0].isupper() and len(words[0]) <= 4)
            or _body_name(words)
        )
        return Mention(tokens[chunk][0], head[1], BODY if body else NAME)
    if head[2].lower() in _FUNCTION or not (head[2][0].isalpha() or _AGED.fullmatch(head[2])):
        return None
    if first in DETERMINERS or possessive or _person_noun(head[2]):
        return Mention(tokens[start][0], head[1], DESCRIPTION)
    return None


def _in_name(tokens: list[Token], index: int) -> bool:
    """A full stop after an abbreviation or initial, or a particle (`de`, `van`) inside a name."""
    word = tokens[index][2]
    if word == ".":
        return index > 0 and _abbreviated(tokens[index - 1][2])
    return word in _PARTICLES and index > 0 and _capitalised(tokens[index - 1][2])


def _owned_name(tokens: list[Token], start: int, end: int) -> Mention | None:
    """The person named at the end of a phrase that opens with whose they are (`Acme's chief Jo
    Park`, `Mr Kay's lawyer Ravi Das`): the name, not the owner, says it. A title or a body
    there (`Trump's White House`, `Clinton's Chief of Staff`) is no such name."""
    chunk = end
    while chunk > start and _name_word(tokens[chunk - 1][2]):
        chunk -= 1
    words = [token[2] for token in tokens[chunk:end]]
    if chunk in (end, start) or _body_name(words):
        return None
    before = tokens[chunk - 1][2]
    if not (_possessive(before) or (before[0].islower() and _person_noun(before))):
        return None
    if not (is_first_name(words[0]) or (len(words) >= 2 and not is_plain_word(words[-1]))):
        return None
    return Mention(tokens[chunk][0], tokens[end - 1][1], NAME)


def _pronoun(word: str) -> str | None:
    """The subject pronoun a word is (`he`, `He’s` → `He`, `I'd` → `I`), else None."""
    contracted = _CONTRACTED.fullmatch(word)
    bare = contracted.group(1) if contracted else word
    return bare if bare.lower() in PRONOUNS else None


_CONTRACTED = re.compile(r"(\w+)['’](?:s|d|ll|m|ve|re)")


def _person_noun(word: str) -> bool:
    low = word.lower()
    singular = low[:-1] if low.endswith("s") else low
    return (
        low in PERSON_NOUNS
        or singular in PERSON_NOUNS
        or low.endswith(("men", "women", "-year-old"))
    )


def _epithet(word: str) -> bool:
    """A capitalised word that describes a person after `the` (`the American`, `the
    Irishman`, `the Olympian`), not a body (`the Pentagon`): a nationality or a -man, -woman or
    -ian noun."""
    if word.endswith(("man", "woman", "ian")) and word[:1].isupper() and len(word) > 5:
        return True
    place = gazetteer.lookup(word)
    return place is not None and place.kind == "demonym"


def _speaking_head(word: str) -> bool:
    return _person_noun(word) or word.lower() in SOURCE_NOUNS


def _verb(tokens: list[Token], index: int) -> bool:
    """A speech verb used as a verb (and `put it`, `shot back`): not a noun after a determiner
    (`a statement`, `his claim`, `a controversial comment`), an adjective (`a swiftly called
    meeting`) nor `continued to` another verb."""
    word = tokens[index][2]
    following = tokens[index + 1][2] if index + 1 < len(tokens) else ""
    if word == "put":
        return following == "it"
    if word in PHRASAL_SPEECH:
        return following == PHRASAL_SPEECH[word]
    if word not in SPEECH_VERBS or (word.startswith("continu") and following == "to"):
        return False
    if index == 0:
        return True
    previous = tokens[index - 1][2]
    if previous.lower() in _QUANTIFIERS:
        return word == "say" or (word not in _LEMMAS and not word.endswith("s"))
    if previous.lower() in _NOUN_MARKERS or previous in _OF or _possessive(previous):
        return False
    if (
        word in _LEMMAS
        and previous[0].islower()
        and not previous.endswith(("s", "ly"))
        and (
            previous.lower() not in _FUNCTION
            and previous.lower() not in AUXILIARIES
            and previous.lower() not in _PLURALS
        )
    ):
        return False
    if index < 2:
        return True
    two_back = tokens[index - 2][2]
    if _possessive(two_back) and word in _LEMMAS:  # `Bush's Facebook post`
        return False
    if (
        two_back.lower() in _QUANTIFIERS and word.endswith("s") and word != "says"
    ):  # `many Asian states`
        return False
    if (two_back.lower() in _NOUN_MARKERS or _possessive(two_back)) and previous[0].islower():
        return not (word in _LEMMAS or previous.endswith("ly"))
    return not (two_back in _OF and (word in _LEMMAS or word.endswith("s")))


_LEMMAS = frozenset(SPEECH_LEMMAS)
_PLURALS = frozenset("people police children men women folks staff".split())
"""Plural nouns without an -s, which a bare verb may follow (`people say`), unlike
`cost estimate`."""
_QUANTIFIERS = frozenset("another one some many several most all both others few two three".split())
"""Words that stand for people before a past verb or `say` (`another said`, `many say`), unlike
`one tweet` or `some claims`."""

_NOUN_MARKERS = DETERMINERS | frozenset(
    "his her their its our my your this that whose few more other new such same recent similar "
    "previous latest further additional numerous multiple public private".split()
)
"""Words after which a speech verb's form is a noun (`his claim`, `few questions`)."""


def _capitalised(word: str) -> bool:
    return word[:1].isupper()


def _possessive(word: str) -> bool:
    return word.endswith(("'s", "’s"))


def _name_word(word: str) -> bool:
    return _capitalised(word) and word.lower() not in _FUNCTION and not _possessive(word)


def _abbreviated(word: str) -> bool:
    return abbreviated(word) or "." in word


_FUNCTION = frozenset(
    "the a an and but or nor so yet for of in on at to by with from as into onto about after "
    "before during since until while when where why how if then than that which who whom whose "
    "what there here this these those it its his her their our my your him them us me we you i "
    "he she they not no also is was were are be been being has have had will would can could "
    "should may might must do does did today yesterday tonight tomorrow last next earlier later "
    "now just once again still however meanwhile instead over under through between against "
    "without within via per like unlike amid among across according asked speaking".split()
) | frozenset(day.lower() for day in WEEKDAYS)
"""Words that end a noun phrase: no speaker mention runs across them."""

_AGENCIES = frozenset("Reuters Xinhua Interfax Magazine".split())
"""News agencies and outlet words the organisation list lacks (`Fox News reported`,
`told Reuters`)."""


def _no_person(words: Sequence[str]) -> bool:
    """A one-word name the people finder did not take that is a common word capitalised
    (`Markets said`) or a place (`Leeds said`, a club or a council): its mention stands, but it
    makes no person."""
    if len(words) != 1:
        return False
    place = gazetteer.lookup(words[0])
    return is_plain_word(words[0]) or (place is not None and place.kind != "demonym")


def _body_name(words: Sequence[str]) -> bool:
    """A name that is a body, not a person, by its last word (`Kernow Coastal Ltd`, `Fox News`,
    `White House`); a first name before it keeps a person (`Kristen Day`)."""
    last = words[-1]
    if not (is_organisation_word(last) or last in _AGENCIES):
        return False
    return not (len(words) == 2 and is_first_name(words[0]) and not is_organisation_word(words[0]))


_PARTICLES = frozenset("de del der di da du van von la le bin al ibn dos das st.".split())

Token = tuple[int, int, str]

_TOKEN = re.compile(r"\w+(?:['’.&-]\w+)*|[^\w\s]")


def _words(text: str, start: int, end: int) -> list[Token]:
    starts, tokens = _tokens(text)
    first = bisect_left(starts, start)
    last = bisect_left(starts, end, first)
    while last > first and tokens[last - 1][1] > end:
        last -= 1
    return tokens[first:last]


@lru_cache(maxsize=2)
def _tokens(text: str) -> tuple[list[int], list[Token]]:
    """The text's tokens, once per text: attribution reads the same sentences many times."""
    tokens = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]
    return [t[0] for t in tokens], tokens


_BOUNDARY = re.compile(
    r"(\w*)([.!?…]+)[\"'”’)\]]*\s+(?=[\"“‘'(\[]?[A-Z0-9])"
    r"|(?<=[.!?…\"”’])[ \t\xa0]*\n\s*"
)
"""A sentence end, unless the word before the full stop is an abbreviation or an initial; a line
break after a full stop or a closing mark ends one too (one-line paragraphs inside a block)."""


def _sentence_start(text: str, lower: int, pos: int) -> int:
    """Where the sentence holding `pos` starts, at `lower` at the earliest."""
    start = max(lower, pos - _REACH)
    for match in _BOUNDARY.finditer(text, start, min(len(text), pos + 2)):
        if match.end() <= pos and _ends_sentence(match):
            start = match.end()
    return start


def _sentence_end(text: str, pos: int, upper: int) -> int:
    """Where the sentence holding `pos` ends, at `upper` at the latest."""
    upper = min(upper, pos + _REACH)
    for match in _BOUNDARY.finditer(text, pos, upper):
        if _ends_sentence(match):
            return match.start(2) if match.group(2) else match.start()
    return upper


_REACH = 1500
"""The longest sentence read, in characters: a paragraph with no full stop costs no more."""


def _ends_sentence(match: re.Match[str]) -> bool:
    word = match.group(1)
    if match.group(2) != "." or not word:  # also a line break: no group matched
        return True
    return not abbreviated(word)


def _introduction(text: str, block: Block) -> list[Token]:
    """The last sentence of a paragraph that ends with a colon (`Caddell continued:`), which
    introduces the quote opening the next paragraph."""
    body = text[block.start : block.end].rstrip()
    if not body.endswith(":"):
        return []
    return _words(text, _sentence_start(text, block.start, block.end), block.end)


_AGED = re.compile(r"[0-9]{1,3}-year-old")
"""`the 36-year-old`: a description of the person the story is about."""

_ANYONE = frozenset("man woman person".split())
"""Description heads that name no one in particular: `the woman said` is not the last speaker."""

_PERSONAL_SOURCES = frozenset(
    "post tweet tweets letter statement memo book column article piece message".split()
)

_OWNER = re.compile(r"\b([A-Z][\w.-]*)['’]s\b")

_UNNAMED_SOURCES = frozenset(
    "official spokesman spokeswoman spokesperson aide adviser advisor officer source staffer "
    "editor agent worker resident voter witness".split()
)
"""Heads of descriptions that mostly bring in someone unnamed (`the spokesman said`) rather than
point back to the person the story is about."""

_CLAUSE_ENDS = frozenset(
    ", ; that after before while as because since although though but and who which".split()
)
"""Where the words of an attribution give way to another clause."""

_HONORIFIC = re.compile(
    rf"\b({'|'.join(sorted({*HONORIFIC_GENDERS, *map(str.upper, HONORIFIC_GENDERS)}))})\b\.?\s"
)
_SUBJECT_PRONOUN = re.compile(r"\b(?:[Hh]e|[Ss]he)\b")
_SAYS = re.compile(
    rf"(?:\s+(?:{'|'.join(sorted(AUXILIARIES))}))*\s+(?:{'|'.join(sorted(SPEECH_VERBS))})\b"
)
"""A speech verb right after a name: the name is its subject (`…, Sanders said.`)."""


class _Resolver:
    """Turns speaker mentions into persons, remembering who spoke last and which pronoun they
    took."""

    def __init__(
        self, text: str, blocks: Sequence[Block], quotes: Sequence[Quote], people: PeopleFound
    ) -> None:
        self.text = text
        self.block_starts = [block.start for block in blocks]
        self.quotes = quotes
        self.people = people
        self.speakers: list[int | None] = []
        """Persons of full quotes, most recent last; None for an unnamed person."""
        self.since = 0
        """Where the last full attributed quote and its attribution end: a person named after
        both may take over."""
        self.genders: dict[int, str] = {}

    def person(self, mention: Mention) -> int | None:
        if mention.antecedent is not None:
            return self.person(mention.antecedent)
        words = self.text[mention.start : mention.end].split()
        if mention.kind in (NAME, BODY):
            if _body_name(words):
                return None
            known = self._named(mention)
            if known is not None or mention.kind == BODY or _no_person(words):
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
            gender = PRONOUNS[words[0].lower()]
            if gender is None:
                return None
            excluded = self._addressed(mention.end)
            taken = self._subordinate(gender, mention.start, excluded)
            if taken is None:
                taken = self._recent(gender, mention.start, excluded)
            if taken is not None:
                self.genders.setdefault(taken, gender)
            return taken
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
            return _speaking_head(words[-1])
        if self._named(mention) is not None:
            return True
        return (
            2 <= len(words) <= 4
            and any(map(is_first_name, words[:-1]))
            and not any(map(str.isupper, words))
        )

    def spoke(self, quote: Quote) -> None:
        """Remember a full quote's speaker; an unnamed person (`a party spokesman said`) counts
        too, as None, so a later `he added` is theirs and not the last named speaker's."""
        if quote.kind != "full" or quote.speaker_start is None or quote.speaker_end is None:
            return
        if quote.speaker is None:
            words = self.text[quote.speaker_start : quote.speaker_end].split()
            if not (words and _person_noun(words[-1])):
                return
        self.speakers.append(quote.speaker)
        self.since = max(quote.end, quote.speaker_end)

    def _named(self, mention: Mention) -> int | None:
        mentions = self.people.mentions
        index = bisect_left(mentions, mention.end, key=lambda m: m.start)
        while index > 0:
            index -= 1
            found = mentions[index]
            if found.end > mention.start:
                return found.person
            if found.end < mention.start - 200:
                break
        return None

    def _fits(self, person: int, gender: str | None) -> bool:
        """Whether a person may be `he` or `she`: not when a pronoun, an honorific or the first
        name (`Hillary Clinton`, `Ben Jacobs`) already gave them the other gender."""
        if gender is None:
            return True
        known = self.genders.get(person)
        if known is None:
            known = FIRST_NAME_GENDERS.get(self.people.people[person].name.split()[0], gender)
        return known == gender

    def _subordinate(self, gender: str, at: int, excluded: set[int]) -> int | None:
        """The person a sentence names first, for a pronoun opening a clause inside it (`Joe Wilson,
        who gained attention when he yelled`, `Trump attacked Cruz after he said`), unless the
        same pronoun came first (`he thought … to help Obama, as he later explained`)."""
        block = self.block_starts[bisect_left(self.block_starts, at + 1) - 1]
        start = _sentence_start(self.text, block, at)
        lead = _words(self.text, start, at)
        if not lead or lead[-1][2].lower() not in _SUBORDINATORS:
            return None
        mentions = self.people.mentions
        index = bisect_left(mentions, start, key=lambda m: m.start)
        while index < len(mentions) and mentions[index].start < at:
            found = mentions[index]
            if (
                self._fits(found.person, gender)
                and found.person not in excluded
                and not self._quoted(found.start)
            ):
                same = any(
                    PRONOUNS.get(token[2].lower()) == gender
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
        end = _sentence_end(self.text, at, at + 120)
        following = bisect_left(self.quotes, at, key=lambda q: q.start)
        if following < len(self.quotes):
            end = min(end, self.quotes[following].start)
        end = next(
            (token[0] for token in _words(self.text, at, end) if token[2].lower() in _CLAUSE_ENDS),
            end,
        )
        mentions = self.people.mentions
        index = bisect_left(mentions, at, key=lambda m: m.start)
        addressed = set()
        while index < len(mentions) and mentions[index].start < end:
            addressed.add(mentions[index].person)
            index += 1
        return addressed

    def _recent(self, gender: str | None, at: int, excluded: set[int]) -> int | None:
        """A pronoun's person: whoever a sentence of the last three paragraphs since the last
        quote opened with (`Blinken demurred. "…," he said.`) or was named with the pronoun's
        honorific (`Mrs. Clinton` for `she`), else the most recent speaker, else the last one
        named there; never one of the `excluded`. With no gender (a description), anyone fits."""
        mentions = self.people.mentions
        index = bisect_left(mentions, at, key=lambda m: m.start) - 1
        block = bisect_left(self.block_starts, at + 1) - 1
        lowest = max(self.since, self.block_starts[max(0, block - 2)])
        fallback = None
        while index >= 0 and mentions[index].start >= lowest:
            found = mentions[index]
            titled = self._honorific(found.start, found.end)
            if (
                self._fits(found.person, gender)
                and (gender is None or titled in (None, gender))
                and found.person not in excluded
                and not self._quoted(found.start)
            ):
                if (
                    (gender and titled == gender)
                    or self._opens_sentence(index)
                    or _SAYS.match(self.text, found.end)
                ):
                    return found.person
                fallback = found.person if fallback is None else fallback
            index -= 1
        for speaker in reversed(self.speakers):
            if speaker is None:
                return fallback
            if self._fits(speaker, gender) and speaker not in excluded:
                return speaker
        return fallback

    def _honorific(self, start: int, end: int) -> str | None:
        """The gender an honorific gives a name (`Mrs. Clinton`), inside the mention or before
        it."""
        match = _HONORIFIC.search(self.text, max(0, start - 6), end)
        return (
            HONORIFIC_GENDERS[match.group(1).title()]
            if match and match.start() < start + 1
            else None
        )

    def _quoted(self, position: int) -> bool:
        index = bisect_left(self.quotes, position + 1, key=lambda q: q.start) - 1
        return index >= 0 and self.quotes[index].end > position

    def _opens_sentence(self, index: int) -> bool:
        """Whether person mention `index` opens its sentence as its subject: only its own titles
        before it (`The Washington Post columnist Ruth Marcus`), or an introductory phrase (`When
        asked about it, Blinken …`) with no `he` or `she` in it."""
        mention = self.people.mentions[index]
        block = self.block_starts[max(0, bisect_left(self.block_starts, mention.start + 1) - 1)]
        lead = _words(self.text, _sentence_start(self.text, block, mention.start), mention.start)
        if not lead or _run_left(lead, len(lead) - 1) == 0:
            return True
        opener = lead[0][2].lower()
        return (
            lead[-1][2] == ","
            and (opener in _INTRODUCTORY or opener in _SUBORDINATORS)
            and not any(_SUBJECT_PRONOUN.fullmatch(token[2]) for token in lead)
        )

    def _owner(self, mention: Mention, head: str) -> int | None:
        """The person whose own words a source is (`From Bush's Facebook post: "…"`, `Clinton's
        statement said`); `Trump's campaign` and `Powell's office` speak for them, not as them."""
        if head.lower() not in _PERSONAL_SOURCES:
            return None
        owner = _OWNER.search(self.text, mention.start, mention.end)
        return self._named(Mention(owner.start(), owner.end(1), NAME)) if owner else None

    def _introduced(self, head: str, at: int) -> bool:
        """Whether `the organizer` points back to someone the last paragraphs brought in unnamed
        (`greeted by an organizer`), not to a named person."""
        block = bisect_left(self.block_starts, at + 1) - 1
        lowest = self.block_starts[max(0, block - 1)]
        pattern = re.compile(
            rf"\b(?:an?|one|another)\s+(?:[\w'’-]+\s+){{0,3}}{re.escape(head)}s?\b", re.IGNORECASE
        )
        return pattern.search(self.text, lowest, at) is not None

    def _described(self, words: list[str], mention: Mention) -> int | None:
        """A singular person description that points back (`the official`, `Biden's top
        diplomat`) is the one person named before it who holds that role, else whoever a
        sentence since the last quote opened with (`Cruz warned … "…," the Texas senator said`),
        else the last speaker, but never the person it is of (`Clinton's right-hand woman`). A
        bare `the man`, `the woman`, a spokesman or an official no one named before as such, one
        brought in unnamed (`an organizer … the organizer`), and the role of a thing (`the mine's
        owner`) are someone new."""
        head = words[-1].lower()
        if not (head in PERSON_NOUNS or _epithet(words[-1]) or _AGED.fullmatch(head)) or (
            head in _ANYONE
        ):
            return None
        first = words[0].lower()
        named = _capitalised(words[0]) and first not in DETERMINERS
        possessors = [w for w in words[:-1] if _possessive(w)]
        if not (first in DEFINITE or named or possessors):
            return None
        mentions = self.people.mentions
        at = mention.start
        index = bisect_left(mentions, at, key=lambda m: m.start)
        before = {m.person for m in mentions[:index]}
        inside = {m.person for m in mentions[index : index + 4] if m.end < mention.end}
        holders = [
            p.id
            for p in self.people.people
            if p.id in before and p.id not in inside and p.role and head in p.role.lower().split()
        ]
        if len(holders) == 1:
            return holders[0]
        if head in _UNNAMED_SOURCES or (possessors and not any(map(_capitalised, possessors))):
            return None
        if first in DEFINITE and self._introduced(head, at):
            return None
        return self._recent(None, at, inside)
