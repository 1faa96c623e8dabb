"""What the learned ranker (`speaker_ranker`) is shown for a quote the rules only guessed: every
mention nearby with its features, and the quote with the speaker it chooses."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import product
from typing import Final

from tui.core.bisection import bisect_after, bisect_at
from tui.core.documents import Block
from tui.core.model import Quote
from tui.core.people import PeopleFound
from tui.core.speaker_ranker import Candidate, Chooser, joined, nobody
from tui.core.speakers.mentions import (
    DESCRIPTION,
    NAME,
    PREPOSITIONS,
    PRONOUN,
    Mention,
    is_speech_verb,
    person_noun,
    says_after,
    speaking_head,
)
from tui.core.speakers.patterns import nearest_owner
from tui.core.speakers.resolver import Resolver
from tui.core.speakers.sequence import CONTINUES, spoken_by
from tui.core.speakers.subjects import first_opening, plain_capital, subject_of
from tui.core.speakers.text import (
    REACH,
    SENTENCE_ENDS,
    ArticleText,
    Token,
    abbreviated_word,
    lower,
    sentence_end,
    sentence_start,
)
from tui.core.speech import PRONOUNS, SOURCE_NOUNS, SPEECH_VERBS

RANKED: Final = "ranker"
"""The rule name of a speaker the ranker chose over the rules' guess (`speaker_ranker`)."""


def ranked(
    article: ArticleText,
    blocks: Sequence[Block],
    index: int,
    out: list[Quote],
    spoken: tuple[dict[int, int], int | None],
    decided: Quote,
    listed: list[tuple[Mention, str]],
    people: PeopleFound,
    resolver: Resolver,
    said_by: SpeechSubjects,
    chooser: Chooser,
) -> Quote:
    """The quote with the speaker the ranker chooses among every mention that may be it; its
    rules' decision stays when the ranker agrees or abstains."""
    candidates, relatives = _candidates(
        article, blocks, decided, out, spoken, listed, people, resolver, said_by
    )
    choice = chooser.choose(index, decided, candidates)
    if (
        choice is None
        or choice.start is None
        or choice.end is None
        or (choice.start, choice.end) == (decided.speaker_start, decided.speaker_end)
    ):
        return decided
    mention = relatives.get((choice.start, choice.end)) or Mention(
        choice.start, choice.end, choice.kind
    )
    person = choice.person
    if person is None:
        person = resolver.person(mention) if resolver.supports(mention) else None
    return spoken_by(decided, person, mention, RANKED)


def _candidates(
    article: ArticleText,
    blocks: Sequence[Block],
    quote: Quote,
    earlier: list[Quote],
    spoken: tuple[dict[int, int], int | None],
    listed: list[tuple[Mention, str]],
    people: PeopleFound,
    resolver: Resolver,
    said_by: SpeechSubjects,
) -> tuple[list[Candidate], dict[tuple[int, int], Mention]]:
    """Every mention that may be the quote's speaker, with what the ranker weighs: each rule's
    mention, the speakers of the quotes just before, and the names, pronouns and subjects of
    verbs of saying of the quote's paragraph and the one before (no further than a long sentence
    reaches), outside quotes; plus no one. With them, the relative pronouns among them by where
    they are (`who` of `Lee, who said`): the speaker is the pronoun's antecedent."""
    text = article.text
    found: Found = {}

    relatives: dict[tuple[int, int], Mention] = {}
    for order, (mention, rule) in enumerate(listed):
        if mention.antecedent is not None:
            relatives[mention.start, mention.end] = mention
        by_rule = joined("rule", rule)
        _add(
            found,
            mention.start,
            mention.end,
            mention.kind,
            None,
            (by_rule, "first rule") if not order else (by_rule,),
        )
    speakers, top = spoken
    back = 0
    for quote_before in reversed(earlier[-4:]):
        if quote_before.speaker_start is None or quote_before.speaker_end is None:
            continue
        back += 1
        words = text[quote_before.speaker_start : quote_before.speaker_end].split()
        kind = PRONOUN if len(words) == 1 and lower(words[0]) in PRONOUNS else NAME
        _add(
            found,
            quote_before.speaker_start,
            quote_before.speaker_end,
            kind,
            quote_before.speaker,
            (_SPEAKER_BACK[min(back, 3)],),
        )
    low = max(blocks[max(0, quote.first_block - 1)].start, quote.start - REACH)
    high = min(blocks[quote.last_block].end, quote.end + REACH)
    named = people.mentions
    for at in range(bisect_at(people.mention_starts(), low), len(named)):
        if named[at].start >= high:
            break
        if not resolver.quoted(named[at].start):
            _add(found, named[at].start, named[at].end, NAME, named[at].person, ("name",))
    first_near, last_near = article.indexes_between(low, high)  # read as words: no token made
    starts, words = article.starts, article.words
    kinds = said_by.kinds()
    for at in kinds.between(first_near, last_near, _PRONOUN):
        if not resolver.quoted(starts[at]):
            _add(found, starts[at], starts[at] + len(words[at]), PRONOUN, None, ("pronoun",))
    sayers = said_by.near(first_near, last_near)
    nearest = None  # a loop: `max(…, default=…)` is a Python builtin's call when compiled
    for speaker in sayers:
        if speaker.end <= quote.start and (nearest is None or speaker.start > nearest):
            nearest = speaker.start
    for speaker in sayers:
        if speaker.antecedent is not None:
            relatives[speaker.start, speaker.end] = speaker
        says = joined("says", speaker.kind)
        _add(
            found,
            speaker.start,
            speaker.end,
            speaker.kind,
            None,
            ("says", says, "nearest says before") if speaker.start == nearest else ("says", says),
        )
    first_token, last_token = article.index(quote.start), article.index(quote.end)
    sentence = (  # ends at the quote's own full stop when the next word opens a sentence
        sentence_start(article, blocks[quote.first_block].start, quote.start),
        sentence_end(article, quote.content_end - 1, blocks[quote.last_block].end),
    )
    before = article.words_between(sentence[0], quote.start)
    opening = _opening(before)
    if opening is not None and not resolver.quoted(opening.start):
        _add(found, opening.start, opening.end, opening.kind, None, ("opens sentence",))
    owner = nearest_owner(before)
    if owner is not None:
        _add(found, owner.start, owner.end, owner.kind, None, ("owner before",))
    block = blocks[quote.first_block]
    quote_features = [joined("decided by", quote.rule or "no rule")]
    if quote.kind == "partial":
        quote_features.append("partial quote")
    if quote.start == block.start or (
        block.end - block.start > _MERGED and sentence[0] == quote.start and quote.rule != CONTINUES
    ):
        quote_features.append("opens paragraph")
    if not text[quote.end : blocks[quote.last_block].end].strip():
        quote_features.append("ends paragraph")
    if sentence[1] <= quote.end:
        quote_features.append("ends sentence")
    if block.end - block.start > _MERGED:
        quote_features.append("merged paragraphs")
    candidates = [nobody(quote_features)]
    ends, marks = _breaks(words, kinds.between(first_near, last_near, _BREAK), first_near)
    crossing = tuple(quote_features)
    for (start, end), (kind, person, features) in found.items():
        at = article.index(start)
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
        distance_feature = joined("distance", _bucket(distance))
        own = [
            joined("kind", kind),
            joined("side", side),
            where,
            joined(side, where),
            distance_feature,
            joined(side, distance_feature),
        ]
        if side != "inside":
            lo, hi = (at, first_token) if side == "before" else (last_token, at)
            sentences = bisect_at(ends, hi) - bisect_at(ends, lo)
            own.append(joined(side, _SENTENCES[min(sentences, 3)]))
            if bisect_at(marks, hi) > bisect_at(marks, lo):
                own.append(joined(side, "quote between"))
        if (start, end) == (quote.speaker_start, quote.speaker_end):
            own.append("chosen")
        if kind not in (NAME, PRONOUN):
            head = text[start:end].split()[-1]
            own.append(
                "head person noun"
                if person_noun(head)
                else "head source noun"
                if lower(head) in SOURCE_NOUNS
                else "head other noun"
            )
        if says_after(text, end):
            own.append("verb after")
        if where == "same sentence":
            lo, hi = (at, first_token) if side == "before" else (last_token, at)
            if kinds.between(lo, hi, _VERB):
                own.append(joined(side, "verb between"))
        if at and lower(words[at - 1]) in SPEECH_VERBS:
            own.append("verb before")
        if person is not None and person in speakers:
            own.append("top speaker" if person == top else "spoke before")
        every = (*sorted(features), *own)
        candidates.append(Candidate(start, end, every, person, kind, crossing))
    return candidates, relatives


Found = dict[tuple[int, int], tuple[str, int | None, set[str]]]
"""The ranker's candidates by where they are: their kind, person if known and features."""


def _add(
    found: Found, start: int, end: int, kind: str, person: int | None, features: tuple[str, ...]
) -> None:
    """Add a candidate's features, to the one it overlaps if any (the keys never overlap each
    other), which keeps its kind and takes its person if it had none."""
    key = (start, end)
    if key not in found:
        for other in found:
            if other[0] < end and start < other[1]:
                key = other
                break
    entry = found.get(key)
    if entry is None:
        found[key] = (kind, person, set(features))
        return
    old_kind, old_person, old = entry
    if old_person is None and person is not None:
        found[key] = (old_kind, person, old)
    old.update(features)


def _opening(before: list[Token]) -> Mention | None:
    """The phrase the quote's sentence opens with when it may be a source, whatever its verb
    (`The Harbour Council has long campaigned against plans that are "…"`, `CREW filed a
    request for "…"`): a name, a body, a pronoun or a description of someone or of something
    that speaks (`That letter demanded`), not a capitalised common word (`Shares in the firm`)."""
    found = first_opening(before, bodies=True)
    if found is None:
        return None
    if plain_capital(before, found):
        return _capitalised_description(before, found)
    if found.kind == DESCRIPTION and not speaking_head(_head(before, found)):
        return None
    return found


def _head(tokens: list[Token], phrase: Mention) -> str:
    """The noun a description is about: its last word before a preposition (`Shares` of `Shares
    in the firm`, `spokesman` of `A spokesman for the council`), else its last word."""
    words = [token[2] for token in tokens if phrase.start <= token[0] < phrase.end]
    cut = next((i for i, word in enumerate(words) if i and word in PREPOSITIONS), len(words))
    return words[cut - 1]


def _capitalised_description(tokens: list[Token], word: Mention) -> Mention | None:
    """The description a capitalised common word opens at the start of a sentence, when its head
    can speak (`Legal observers`, `Nuclear proliferation experts`, `Proponents of the bill`):
    the capital is the sentence's, not a name's."""
    at = next(i for i, token in enumerate(tokens) if token[0] == word.start)
    for end in range(at, min(at + 4, len(tokens))):
        head = tokens[end][2]
        if (end > at and not (head.isalpha() and head.islower())) or head in PREPOSITIONS:
            return None
        if speaking_head(head):
            return Mention(word.start, tokens[end][1], DESCRIPTION)
    return None


def _breaks(words: list[str], breaks: list[int], first: int) -> tuple[list[int], list[int]]:
    """Of the `breaks` (the indexes of the tokens of the article's `words` from `first` on that
    are `_BREAKS`) those that end a sentence and those that are quotation marks: how far a
    candidate is from the quote, and whether another quote lies between them, read the same
    whether or not the text kept its paragraph breaks. The tokens are the candidates' window, the
    tokens wholly inside it: a stop or a mark is one character, so none lies across its end."""
    ends, marks = [], []
    for at in breaks:
        word = words[at]
        if word in _QUOTATION_MARKS:
            marks.append(at)
        elif not (word == "." and at > first and abbreviated_word(words[at - 1])):
            ends.append(at)
    return ends, marks


_QUOTATION_MARKS: Final = frozenset("\"“”‘’'`")
"""Tokens that open or close a quote (`''` and ``` `` ``` are two tokens each)."""
_BREAKS: Final = SENTENCE_ENDS | _QUOTATION_MARKS


class _WordKinds:
    """Where an article's tokens are of the kinds the ranker looks for in each quote's window:
    candidate pronouns, verbs of saying, and sentence ends or quotation marks (`_BREAKS`). Each
    word is looked up once, a chunk of tokens at a time when a window first holds it: the windows
    of a paragraph's quotes overlap many times over, and a loop over each window looked each of
    its words up thrice; a window's tokens are about half the article's."""

    __slots__ = ("chunks", "words")

    def __init__(self, words: list[str]) -> None:
        self.words = words
        self.chunks: list[list[int] | None] = [None] * ((len(words) >> _CHUNK_BITS) + 1)
        """Each chunk's tokens of a kind (`index << 2 | kind`), in order, once looked up."""

    def between(self, first: int, last: int, kind: int) -> list[int]:
        """The indexes of the tokens of `kind` from index `first` up to `last`, in order."""
        found: list[int] = []
        for chunk in range(first >> _CHUNK_BITS, ((last - 1) >> _CHUNK_BITS) + 1):
            for hit in self._chunk(chunk):
                at = hit >> 2
                if first <= at < last and hit & 3 == kind:
                    found.append(at)
        return found

    def _chunk(self, chunk: int) -> list[int]:
        hits = self.chunks[chunk]
        if hits is None:
            hits = self.chunks[chunk] = []
            words = self.words
            for at in range(chunk << _CHUNK_BITS, min(len(words), (chunk + 1) << _CHUNK_BITS)):
                kind = _KINDS.get(words[at], 0)
                if kind:
                    hits.append(at << 2 | kind)
        return hits


_CHUNK_BITS: Final = 4
"""Tokens are looked up 16 at a time (`_WordKinds`)."""


class SpeechSubjects:
    """Whoever does each verb of saying of a text, outside quotes, whatever they are (`the report
    found`, `a party spokesman said`, `the crowd chanted`): sources no name or pronoun finder
    lists. Each verb is read once however many quotes' neighbourhoods hold it."""

    def __init__(self, article: ArticleText, blocks: Sequence[Block], resolver: Resolver) -> None:
        self.article = article
        self.block_starts = [block.start for block in blocks]
        self.resolver = resolver
        self.read: dict[int, Mention | None] = {}
        self.found: _WordKinds | None = None
        """The article's `_WordKinds`, found when a quote is first ranked (`kinds`)."""

    def kinds(self) -> _WordKinds:
        found = self.found
        if found is None:
            found = self.found = _WordKinds(self.article.words)
        return found

    def near(self, first: int, last: int) -> list[Mention]:
        """The subjects of the verbs of saying among the article's tokens from index `first` up
        to `last`, in order."""
        found = []
        starts = self.article.starts
        for at in self.kinds().between(first, last, _VERB):
            start = starts[at]
            if start not in self.read:
                self.read[start] = self._subject(at)
            subject = self.read[start]
            if subject is not None:
                found.append(subject)
        return found

    def _subject(self, at: int) -> Mention | None:
        """The subject of the verb that is the article's token `at`, read off its sentence's
        words before it (found by walking back to a sentence end: cheaper than a sentence split
        for the few verbs a quote is near)."""
        resolver = self.resolver
        start = self.article.starts[at]
        if resolver.quoted(start):
            return None
        starts, words = self.article.starts, self.article.words  # read back with no token made
        block = self.block_starts[bisect_after(self.block_starts, start) - 1]
        first = at
        while first > 0 and at - first < _SENTENCE_TOKENS and starts[first - 1] >= block:
            word = words[first - 1]
            # a stop is one character: a longer word is not hashed to be looked up
            if (
                len(word) == 1
                and word in SENTENCE_ENDS
                and not (word == "." and first >= 2 and abbreviated_word(words[first - 2]))
            ):
                break
            first -= 1
        sentence = self.article.slice(first, at + 1)
        if not is_speech_verb(sentence, len(sentence) - 1):
            return None
        subject = subject_of(sentence, len(sentence) - 1)
        return None if subject is None or resolver.quoted(subject.start) else subject


_SENTENCE_TOKENS: Final = 60
"""The most words read back from a verb to its subject's sentence start."""


_MERGED: Final = 1500
"""A block longer than this is paragraphs a scraper merged (news paragraphs hardly ever reach
800 characters): there a quote opening its sentence, not going on from the quote before, most
likely opened a paragraph."""


_CANDIDATE_PRONOUNS: Final = frozenset(
    "".join(letters)
    for pronoun in ("he", "she", "they")
    for letters in product(*((char, char.upper()) for char in pronoun))
)
"""`he`, `she` and `they` in any mix of capitals (`He`, `THEY`): looked up as written, with no
lower-casing of every word near a quote."""

_PRONOUN: Final = 1
_VERB: Final = 2
_BREAK: Final = 3
_KINDS: Final = {
    **dict.fromkeys(SPEECH_VERBS, _VERB),
    **dict.fromkeys(_CANDIDATE_PRONOUNS, _PRONOUN),
    **dict.fromkeys(_BREAKS, _BREAK),
}
"""What each word the ranker looks for is (`_WordKinds`): no word is two of them."""


_SPEAKER_BACK: Final = tuple(f"speaker {back} back" for back in range(4))
_SENTENCES: Final = tuple(f"sentences {count}" for count in range(4))


def _bucket(distance: int) -> str:
    """Token distances in steps that roughly double: near words matter most."""
    if distance < 0:
        return _BUCKETS[0]  # below every bound, as 0 is
    if distance < len(_BUCKETS):
        return _BUCKETS[distance]
    return _BEYOND


_DISTANCES: Final = ((2, "0-2"), (5, "3-5"), (10, "6-10"), (20, "11-20"), (40, "21-40"))
_BUCKETS: Final = [
    next(label for bound, label in _DISTANCES if distance <= bound)
    for distance in range(_DISTANCES[-1][0] + 1)
]
"""The bucket of each distance up to the last bound, looked up."""

_BEYOND: Final = f"over {_DISTANCES[-1][0]}"
"""The bucket of every distance past the last bound."""
