"""Runs of capitalised words: the candidates that people and places are chosen from.

`Secretary of State Antony Blinken`, `Bank of England` and `Cairo` are runs; a run stops at
punctuation, at a lower-case word (except name particles such as `of`, `bin`, `de`), at a
possessive (`Blinken's` gives the run `Blinken`) and at a full stop that is not part of an
abbreviation (`U.S.`, `Mr.`, `J.`). `annotation.annotate` scans a text once and hands its runs to
both finders.
"""

from __future__ import annotations

import re
from typing import Final

from tui.core.characters import is_word, word_end
from tui.core.lexicon import (
    HONORIFIC_ABBREVIATIONS,
    NAME_END_ABBREVIATIONS,
    PLACE_ABBREVIATIONS,
    STATE_ABBREVIATIONS,
)

_SUFFIXES: Final = frozenset(
    "based born bred led backed owned run style era bound made listed registered controlled funded "
    "linked speaking held occupied allied brokered sponsored area wide winning leaning friendly "
    "inspired themed affiliated aligned oriented focused dominated supporting loving hating".split()
)
"""`New York-based`: the words before such a suffix make an adjective, not a name."""
_ADJECTIVE_SUFFIXES: Final = "(?:" + "|".join(sorted(_SUFFIXES)) + ")"
_UPPER: Final = "A-Z" + "".join(ch for ch in map(chr, range(0xC0, 0x250)) if ch.isupper())
_OPENS_WORD: Final = (
    rf"(?:(?<![\w’.\-'].)|(?<=(?<!\w)'.)"
    rf"|(?<=[.\-].)(?:(?<=\bthen-.)|(?<=\bex-.)|(?<=[a-z]\.[{_UPPER}]))|(?<=[,.!?]’.))"
)
_CAPITALISED_REST: Final = (
    rf"(?:\.(?:[{_UPPER}]\.)+|\w*+(?:['’]\w+|-(?!{_ADJECTIVE_SUFFIXES}\b)\w+)*+\.?)"
)
_TOKEN: Final = re.compile(
    rf"([{_UPPER}ae]{_OPENS_WORD}"
    rf"(?:(?<=[{_UPPER}]){_CAPITALISED_REST}"
    rf"|(?<=a)(?:l|d|s|sh|t|z|r|n)-[{_UPPER}]\w*|(?<=e)l-[{_UPPER}]\w*))"
)
"""A capitalised word, not one inside a word (`O'Brien` is one word); an opening `''` or `'`
may stand before it (`''Donald Trump has children''`, the quotation marks some papers use).
Initials (`U.S.`), a word with Arabic `al-`, `el-`, `ad-`, `as-`, `ash-`, `at-`, `az-`, `ar-`,
`an-` (`al-Sisi`), or a word. A word glued to a lower-case word by a hyphen is no word of its
own (`pro-Kremlin`), except after `then-` and `ex-`, which put a title before a name
(`then-Secretary of State Hillary Clinton`); so is one after a full stop, except after a
lower-case word (paragraphs joined with no space: `called off.Mick Whelan said`); so is one after
a curly closing mark, except after punctuation (`‘…this race,’Clinton said`, a space a scraper
lost; not `O’Brien`), and one after a straight mark after a word (`O'Brien`). Those look-behinds
are tried only after a full stop, a hyphen or a mark; the repeats are possessive (`*+`), as
nothing after them can fail, which spares the engine their backtracking state. The pattern opens
with its first letter, then looks behind it, so that the regex engine skips to the next capital
(or `a`, `e`) at C speed. `scan` reads its words by hand (`_next_word`, `_word_end_at`): the
pattern is their specification."""
_CAPITAL_TOKEN: Final = re.compile(rf"([{_UPPER}]{_OPENS_WORD}{_CAPITALISED_REST})")
"""`_TOKEN` without the Arabic article, the words `_capital_end` reads."""
NAME_PARTICLES: Final = frozenset(
    (
        "de da di del della der den van von bin ibn bint abu al el la le du dos das do y "
        "ter ten ben ap"
    ).split()
)
"""Lower-case words inside a name (`Joost van der Westhuizen`, the Welsh `Rhun ap Iorwerth`)."""
_JOINS: Final = frozenset(
    " " + particle + " " if particle else " "
    for particle in [
        "of",
        *NAME_PARTICLES,
        "van der",
        "van den",
        "van de",
        "de la",
        "de los",
        "de las",
        "von der",
        "bin abdul",
        "upon",
        "",
    ]
)
"""What may stand between the words of one name: a space or name particles
(`Joost van der Westhuizen`, the Welsh `Rhun ap Iorwerth`), or the `upon` of a British town
(`Newcastle upon Tyne`, `Kingston upon Thames`)."""
_LONGEST_JOIN: Final = max(map(len, _JOINS))
_KEEP_STOP: Final = frozenset(
    word + "."
    for word in HONORIFIC_ABBREVIATIONS
    | PLACE_ABBREVIATIONS
    | NAME_END_ABBREVIATIONS
    | STATE_ABBREVIATIONS
    | {"No"}
)
"""Words whose full stop is part of the word, not the end of a sentence (`No.` only before a
number: `No. 10`, not `No. But`)."""
_NUMBER_AFTER: Final = re.compile(r"[ \t]?[0-9]")
_CLOSING_STOPS: Final = frozenset(
    word + "." for word in NAME_END_ABBREVIATIONS | STATE_ABBREVIATIONS
)
"""Abbreviations that end a name: nothing after them joins it, even without a full stop of its own
(`Jacksonville, Fla. Then`)."""
ARTICLES: Final = frozenset("The A An".split())
"""Capitalised articles: they open titles and organisation names (`The Atlantic`), not people."""
FUNCTION_WORDS: Final = frozenset(
    "A An The This That These Those In On At For With From By As But And Or If When While After "
    "Before Since Although Though Because So Yet His Her Their Our Its My Your We They He She It "
    "I You There Here What Who Why How Where Then Now Also Still Even Only Just Some Many Most All "
    "Both Each Every No Not Under Over Into Through During Despite Without Within Among Between "
    "Against Until Unless Whether Once Meanwhile However Instead Later Earlier Asked Like Unlike "
    "I'm I'll I've I'd I’m I’ll I’ve I’d".split()
)
"""Words that open sentences and never start a name there, whatever name lists say (`An`, `Will`
aside); a run of one of them alone is no candidate at all."""
_OPENERS_INSIDE: Final = FUNCTION_WORDS - frozenset("A I Our Your My Their His Her Its".split())
"""Sentence words that never continue a name after a space: where one stands after capitalised
words, a paragraph with no full stop ran into the next (`Flooding hits Leeds The council said`,
a headline merged into the text). `A`, `I` and possessives may (`Group A`, `Elizabeth I`, `Save
Our Seafront`)."""
_SENTENCE_END: Final = frozenset(".!?:\n")
_OPENERS: Final = frozenset(" \t\"“‘'([«")


def _sentence_end(code: int) -> bool:
    """Whether the character `code` is one of `_SENTENCE_END` (tested as a number: no string)."""
    return code == 46 or code == 33 or code == 63 or code == 58 or code == 10


def _opener(code: int) -> bool:
    """Whether the character `code` is one of `_OPENERS`."""
    return (
        code == 32
        or code == 9
        or code == 34
        or code == 0x201C
        or code == 0x2018
        or code == 39
        or code == 40
        or code == 91
        or code == 0xAB
    )


_LOWER_WORD: Final = re.compile(r"[a-z]{2,}")
_WORD: Final = re.compile(r"[^\W\d_][\w'’-]*")
_MINOR_WORDS: Final = frozenset(
    "a an the of to in on at for and or but by with from as vs v".split()
)
"""Words a headline in title case leaves in lower case."""


def _is_headline(text: str, start: int, end: int) -> bool:
    """A line in capitals (`CRICKET - LEICESTERSHIRE TAKE OVER`), or a first line in title case
    (`Clinton Leads Trump In New Poll`): its capitals say nothing about names. Only the first
    line counts in title case, as lists of names look the same."""
    if not _has_lower_word(text, start, end):
        return True
    return start == 0 and end - start <= 200 and _title_case(text, start, end)


def _title_case(text: str, start: int, end: int) -> bool:
    """Whether the words of `_WORD` in the line, `_MINOR_WORDS` aside, are four or more and each
    opens with a capital. Read by hand, a word at a time, stopping at the first in lower case (a
    sentence's second word, nearly always): the pattern's `findall` read the whole line and made
    a string a word."""
    count = 0
    at = start
    while at < end:
        letter = text[at]
        if not (letter.isalnum() and not letter.isdecimal()):  # `[^\W\d_]` opens a word
            at += 1
            continue
        stop = at + 1
        while stop < end and (is_word(text, stop) or text[stop] in _WORD_MARKS):
            stop += 1
        if text[at:stop] not in _MINOR_WORDS:
            if not letter.isupper():
                return False
            count += 1
        at = stop
    return count >= 4


_WORD_MARKS: Final = frozenset("'’-")
"""The characters besides word characters that `_WORD` reads inside a word."""


def _has_lower_word(text: str, start: int, end: int) -> bool:
    """`_LOWER_WORD.search(text, start, end)`: two lower-case ASCII letters in a row, read by
    hand (a line's first word nearly always has them: compiled, a tenth of the search)."""
    lower = False
    for at in range(start, end):
        code = ord(text[at])
        if 97 <= code <= 122:
            if lower:
                return True
            lower = True
        else:
            lower = False
    return False


class Run:
    """Capitalised words `words` at `spans`, joined in the text by `joins` (`" "`, `" of "`)."""

    __slots__ = ("caps", "end", "joins", "sentence_start", "spans", "start", "words")

    def __init__(
        self,
        words: list[str],
        spans: list[tuple[int, int]],
        joins: list[str],
        sentence_start: bool,
        caps: bool,
    ) -> None:
        self.words = words
        self.spans = spans
        self.joins = joins
        self.sentence_start = sentence_start
        """The first word opens a sentence, so its capital says nothing."""
        self.caps = caps
        """The run is in a headline or dateline, in capitals or title case: capitals say nothing."""
        self.start = spans[0][0]
        self.end = spans[-1][1]


def scan(text: str) -> tuple[Run, ...]:
    """The runs of a text, in order: a whole article, or a short string such as one name."""
    runs = _Runs(text)
    words: list[str] = []
    spans: list[tuple[int, int]] = []
    joins: list[str] = []
    closed = True
    previous_end = 0
    position = 0  # where the search for the next word goes on from
    size = len(text)
    while True:
        start = _next_word(text, position, size)
        if start >= size:
            break
        end = position = _word_end_at(text, start, size)
        word = text[start:end]
        stop = possessive = False
        last = ord(word[-1])  # characters compared as numbers: no string made, no call
        if (
            last == 46
            and not (  # `.`
                "." in word[:-1]
                or len(word) == 2
                or (word in _KEEP_STOP and (word != "No." or _NUMBER_AFTER.match(text, end)))
            )
        ):
            word, end, stop = word[:-1], end - 1, True
            last = ord(word[-1])
        if last == 115 or last == 83:  # `s`, `S`: a possessive after a mark
            possessive = len(word) > 2 and (ord(word[-2]) == 39 or ord(word[-2]) == 0x2019)
            if possessive:
                word, end = word[:-2], end - 2
        elif last == 39 or last == 0x2019 or last == 45:  # `'`, `’`, `-`
            word, end = word[:-1], end - 1
        if closed or start - previous_end > _LONGEST_JOIN:
            gap, joined = "", False
        elif start - previous_end == 1 and ord(text[previous_end]) == 32:
            gap = " "  # the words' usual join, read as a number: no string made
            joined = word not in _OPENERS_INSIDE
        else:
            gap = text[previous_end:start]
            joined = gap in _JOINS and (gap != " " or word not in _OPENERS_INSIDE)
        after = ord(text[end]) if end < size else 0
        if (after == 45 and text[end + 1 : end + 2].islower()) or (
            after == 46 and text[end + 1 : end + 2] == "-" and text[end + 2 : end + 3].islower()
        ):
            if joined and gap == " ":
                words = []
            if words:
                runs.add(words, spans, joins)
            words, spans, joins, closed = [], [], [], True
            continue
        if joined:
            joins.append(gap)
            words.append(word)
            spans.append((start, end))
        else:
            if words:
                runs.add(words, spans, joins)
            words, spans, joins = [word], [(start, end)], []
        previous_end = end
        closed = stop or possessive or (ord(word[-1]) == 46 and word in _CLOSING_STOPS)
    if words:
        runs.add(words, spans, joins)
    return tuple(runs.out)


def _is_capital(text: str, at: int) -> bool:
    """Whether the character at `at` is one of `_UPPER`'s."""
    code = ord(text[at])
    if code < 128:
        return 65 <= code <= 90
    return 0xC0 <= code < 0x250 and text[at].isupper()


def _opens_word(text: str, at: int, capital: bool) -> bool:
    """`_OPENS_WORD` at the first letter at `at` (a `capital`, or the `a` or `e` of an Arabic
    article), read from the characters before it."""
    if at == 0:
        return True
    before = ord(text[at - 1])
    if before == 32:
        return True  # a space, nearly always
    if before == 39:  # `'`: opens a word unless after a word (`O'Brien`)
        return at == 1 or not is_word(text, at - 2)
    if before == 46:  # `.`: a capital after a lower-case letter (`called off.Mick`)
        return capital and at >= 2 and 97 <= ord(text[at - 2]) <= 122
    if before == 45:  # `-`: after `then-` or `ex-` only
        return (
            at >= 5 and text[at - 5 : at - 1] == "then" and (at == 5 or not is_word(text, at - 6))
        ) or (at >= 3 and text[at - 3 : at - 1] == "ex" and (at == 3 or not is_word(text, at - 4)))
    if before == 0x2019:  # `’`: after punctuation (`race,’Clinton`)
        return at >= 2 and text[at - 2] in ",.!?"
    return not is_word(text, at - 1)


def _next_word(text: str, at: int, size: int) -> int:
    """Where the next word of `_TOKEN` from `at` opens, `size` when none does: the pattern's
    search by hand, a character read as a number at a time, which compiled costs a tenth of the
    regex engine's split (its character set is tried at every character, and each word costs it
    a match and two strings)."""
    previous = ord(text[at - 1]) if 0 < at <= size else 32
    while at < size:
        code = ord(text[at])
        if 65 <= code <= 90 or (0xC0 <= code < 0x250 and text[at].isupper()):
            if _opens_word(text, at, True):
                return at
        elif (
            (code == 97 or code == 101)
            and not 97 <= previous <= 122  # inside a word (nearly every `a` and `e`): no article
            and _article_name(text, at, size) > 0
            and _opens_word(text, at, False)
        ):
            return at
        previous = code
        at += 1
    return size


def _article_name(text: str, at: int, size: int) -> int:
    """Where the capital after an Arabic article at `at` stands (`al-Sisi`, `el-Sisi`, `ash-`,
    `ad-`, …: `_TOKEN`'s), or -1 when no article opens there (nearly every `a` and `e`: a
    character or two read)."""
    if at + 3 >= size:
        return -1
    letter = ord(text[at + 1])
    hyphen = ord(text[at + 2]) == 45
    if ord(text[at]) == 101:  # `e`: `el-` only
        after = at + 3 if letter == 108 and hyphen else -1
    elif hyphen and letter in _ARTICLE_LETTERS:
        after = at + 3
    elif letter == 115 and ord(text[at + 2]) == 104 and ord(text[at + 3]) == 45:  # `sh-`
        after = at + 4
    else:
        return -1
    return after if 0 < after < size and _is_capital(text, after) else -1


_ARTICLE_LETTERS: Final = frozenset(map(ord, "ldstzrn"))
"""The letters after the `a` of an Arabic article and before its hyphen (`al-`, `ad-`, …)."""


def _word_end_at(text: str, start: int, size: int) -> int:
    """Where the word of `_TOKEN` opening at `start` ends: a capitalised word's
    (`_capital_end`), or a word with an Arabic article's, word characters after its capital."""
    code = ord(text[start])
    if code != 97 and code != 101:
        return _capital_end(text, start, size)
    at = _article_name(text, start, size)
    return _capital_end(text, start, size) if at < 0 else word_end(text, at + 1, size)


def _capital_end(text: str, start: int, size: int) -> int:
    """Where the word of `_CAPITAL_TOKEN` opening at `start` ends (`_CAPITALISED_REST`): initials
    (`U.S.`), or word characters with words glued by an apostrophe or a hyphen (not a hyphen
    before one of `_SUFFIXES`: `York-based`), and a full stop."""
    at = start + 1
    if at < size and ord(text[at]) == 46:  # `.`: characters compared as numbers, no string
        stop = at
        while stop + 2 < size and ord(text[stop + 2]) == 46 and _is_capital(text, stop + 1):
            stop += 2
        if stop > at:
            return stop + 1
    at = word_end(text, at, size)
    while at + 1 < size and is_word(text, at + 1):
        mark = ord(text[at])
        if mark == 39 or mark == 0x2019:  # `'`, `’`
            at = word_end(text, at + 1, size)
        elif mark == 45:  # `-`
            end = word_end(text, at + 1, size)
            if text[at + 1 : end] in _SUFFIXES:
                break
            at = end
        else:
            break
    if at < size and ord(text[at]) == 46:
        at += 1
    return at


class _Runs:
    """The runs of a text as its words are read, but a sentence word alone (`However`), each told
    whether it opens a sentence and whether its line is a headline (read once a line: runs come
    in order, so only the line of the last run is kept)."""

    __slots__ = ("caps", "line_end", "out", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self.out: list[Run] = []
        self.line_end = -1
        self.caps = False

    def add(self, words: list[str], spans: list[tuple[int, int]], joins: list[str]) -> None:
        if len(words) == 1 and words[0] in FUNCTION_WORDS:
            return
        text = self.text
        start = spans[0][0]
        i = start - 1
        while i >= 0 and _opener(ord(text[i])):
            i -= 1
        if start >= self.line_end:
            line_start = text.rfind("\n", 0, start) + 1
            line_end = text.find("\n", start)
            self.line_end = line_end if line_end >= 0 else len(text)
            self.caps = _is_headline(text, line_start, self.line_end)
        self.out.append(Run(words, spans, joins, i < 0 or _sentence_end(ord(text[i])), self.caps))
