"""Words and sentences as attribution reads them: tokens of the text, sentence bounds that respect
abbreviations, and the small tests on single words every other module shares."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from itertools import accumulate

from tui.core.lexicon import WEEKDAYS, abbreviated
from tui.core.model import Quote


def closing_mark(text: str, quote: Quote) -> str:
    """The last character of the quoted words (`,` of `"…," she said`), or "" for none."""
    return text[quote.content_start : quote.content_end].rstrip()[-1:]


SENTENCE_ENDS = frozenset(".!?…")
"""How quoted words end a sentence: narration after them is a sentence of its own (`"… server."
The agency declined to detail its "specific focus."`), whose quote is not the first one's."""


def is_capitalised(word: str) -> bool:
    return word[:1].isupper()


def is_possessive(word: str) -> bool:
    return word.endswith(("'s", "’s"))


def abbreviated_word(word: str) -> bool:
    return abbreviated(word) or "." in word


FUNCTION = frozenset(
    "the a an and but or nor so yet for of in on at to by with from as into onto about after "
    "before during since until while when where why how if then than that which who whom whose "
    "what there here this these those it its his her their our my your him them us me we you i "
    "he she they not no also is was were are be been being has have had will would can could "
    "should may might must do does did today yesterday tonight tomorrow last next earlier later "
    "now just once again still however meanwhile instead over under through between against "
    "without within via per like unlike amid among across according asked speaking inside "
    "outside near behind beyond".split()
) | frozenset(day.lower() for day in WEEKDAYS)
"""Words that end a noun phrase: no speaker mention runs across them."""


Token = tuple[int, int, str]


_TOKEN = re.compile(r"(\w++(?:['’.&-]\w++)*+|[^\w\s])")
"""A word (`O'Brien`, `U.S`, `AT&T`, `well-known`) or one other character: every character but
white space is in one. Possessive: the letters a word ends with never give back what the next
character could take, so the regex engine keeps no state to try that (10 % faster)."""


class ArticleText:
    """An article's text with its tokens, split once: the rules, the resolver and the ranker read
    the words of the same sentences many times over.

    Split on its tokens, the text is white space, token, white space, … , white space: the
    running sum of their lengths gives each token's start and end with no match object made
    (tokenising 20 % faster than `finditer`)."""

    __slots__ = ("sentence_ends", "sentence_starts", "starts", "text", "tokens")

    def __init__(self, text: str) -> None:
        self.text = text
        parts = _TOKEN.split(text)
        offsets = list(accumulate(map(len, parts)))
        self.starts: list[int] = offsets[0:-1:2]
        """Where each token starts, for bisecting."""
        self.tokens: list[Token] = list(zip(self.starts, offsets[1::2], parts[1::2], strict=True))
        self.sentence_starts: dict[tuple[int, int], int] = {}
        """`sentence_start`'s answers so far: the rules, the ranker and the resolver ask about
        the same quotes' sentences."""
        self.sentence_ends: dict[tuple[int, int], int] = {}

    def index(self, position: int) -> int:
        """The index of the first token starting at or after `position`."""
        return bisect_left(self.starts, position)

    def words_between(self, start: int, end: int) -> list[Token]:
        """The tokens that lie wholly between `start` and `end`."""
        starts, tokens = self.starts, self.tokens
        first = bisect_left(starts, start)
        last = bisect_left(starts, end, first)
        while last > first and tokens[last - 1][1] > end:
            last -= 1
        return tokens[first:last]


_WORD_STOP = r"(\w*+)([.!?…]++)[\"'”’)\]]*+\s++(?=(?:''|``|[\"“‘'(\[])?[A-Z0-9])"
_LINE_BREAK = r"(?<=[.!?…\"”’])[ \t\xa0]*+\n\s*+"
_BOUNDARY = re.compile(f"{_WORD_STOP}|{_LINE_BREAK}")
"""A sentence end, unless the word before the full stop is an abbreviation or an initial (the next
sentence may open with a quotation mark, doubled ones too: `''We`); a line break after a full stop
or a closing mark ends one too (one-line paragraphs inside a block). Possessive: what each part
takes, the next could never match, so the regex engine keeps no state to give it back."""
_BOUNDARY_AT_WORD = re.compile(f"(?<!\\w){_WORD_STOP}|{_LINE_BREAK}")
"""The same ends, tried only where a word starts: `(\\w*)` tried inside a word fails as it did at
the word's start, so skipping those tries finds the same ends, twice as fast."""


_MARK = re.compile(r"[.!?…\n]")
"""What every sentence end holds: a stop or a line break."""


def _boundaries(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """`_BOUNDARY.finditer(text, start, end)`: its first try, at `start`, may be inside a word.
    The next tries begin at the word before the first stop or the white space before the first
    line break, as no end begins earlier: the regex engine skips to that stop at C speed (most of
    what the seed article's sentence starts are read from lies before a first stop)."""
    first = _BOUNDARY.match(text, start, end)
    if first is not None:
        yield first
        yield from _BOUNDARY_AT_WORD.finditer(text, first.end(), end)
        return
    mark = _MARK.search(text, start + 1, end)
    if mark is None:
        return
    at = mark.start()
    if text[at] == "\n":
        while at > start + 1 and text[at - 1] in " \t\xa0":
            at -= 1
    else:
        while at > start + 1 and (text[at - 1].isalnum() or text[at - 1] == "_"):
            at -= 1
    yield from _BOUNDARY_AT_WORD.finditer(text, at, end)


def sentence_start(article: ArticleText, lower: int, pos: int) -> int:
    """Where the sentence holding `pos` starts, at `lower` at the earliest. The last
    `_NEAR_BACK` characters are read first: two sentence ends there settle it (the first may be
    a false one, read from inside a word), and only a long sentence has the whole reach read."""
    found = article.sentence_starts.get((lower, pos))
    if found is None:
        found = article.sentence_starts[lower, pos] = _sentence_start(article.text, lower, pos)
    return found


def _sentence_start(text: str, lower: int, pos: int) -> int:
    start = max(lower, pos - REACH)
    near = pos - _NEAR_BACK
    if near > start:
        ends = _sentence_ends(text, near, pos)
        if len(ends) >= 2:
            return ends[-1]
    ends = _sentence_ends(text, start, pos)
    return ends[-1] if ends else start


_NEAR_BACK = 400
"""Characters read back first for a sentence's start: two or three sentences of news."""


def _sentence_ends(text: str, start: int, pos: int) -> list[int]:
    """Where sentences that end between `start` and `pos` end."""
    return [
        match.end()
        for match in _boundaries(text, start, min(len(text), pos + _OPENING))
        if match.end() <= pos and _ends_sentence(match)
    ]


def sentence_end(article: ArticleText, pos: int, upper: int) -> int:
    """Where the sentence holding `pos` ends, at `upper` at the latest."""
    found = article.sentence_ends.get((pos, upper))
    if found is None:
        found = article.sentence_ends[pos, upper] = _sentence_end(article.text, pos, upper)
    return found


def _sentence_end(text: str, pos: int, upper: int) -> int:
    upper = min(upper, pos + REACH)
    for match in _boundaries(text, pos, upper):
        if _ends_sentence(match):
            return match.start(2) if match.group(2) else match.start()
    return upper


_OPENING = 3
"""How far past `pos` a sentence end before it must see: the opening of the next sentence,
`''We` at the longest (doubled marks, as some newspapers print them)."""


REACH = 1500
"""The longest sentence read, in characters: a paragraph with no full stop costs no more."""


def _ends_sentence(match: re.Match[str]) -> bool:
    word = match.group(1)
    if match.group(2) != "." or not word:  # also a line break: no group matched
        return True
    return not abbreviated(word) or _initialism_ends(match)


def _initialism_ends(match: re.Match[str]) -> bool:
    """Whether an initialism's full stop also ends the sentence (`… in the U.S. He says`): a
    capital pronoun or function word opens the next one, which no name would."""
    start = match.start(1)
    if len(match.group(1)) != 1 or start < 2 or match.string[start - 1] != ".":
        return False
    following = _NEXT_WORD.match(match.string, match.end())
    return following is not None and following.group().lower() in _OPENERS


_NEXT_WORD = re.compile(r"[A-Z][a-z]*")
_OPENERS = frozenset("he she it they we i the this that these those but and his her their".split())
