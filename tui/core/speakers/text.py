"""Words and sentences as attribution reads them: tokens of the text, sentence bounds that respect
abbreviations, and the small tests on single words every other module shares."""

from __future__ import annotations

import re
from typing import Final, cast

from tui.core.bisection import bisect_at
from tui.core.characters import is_ascii_letter, is_space, is_word, word_end
from tui.core.lexicon import ABBREVIATIONS, WEEKDAYS, abbreviated
from tui.core.model import Quote
from tui.core.word_memo import WordMemo


def closing_mark(text: str, quote: Quote) -> str:
    """The last character of the quoted words (`,` of `"…," she said`), or "" for none. Read
    back from their end: the rules ask it of every quote several times, and a copy of the words
    costs what a long quote is long."""
    start, end = quote.content_start, quote.content_end
    while end > start and is_space(text, end - 1):
        end -= 1
    return text[end - 1] if end > start else ""


SENTENCE_ENDS: Final = frozenset(".!?…")
"""How quoted words end a sentence: narration after them is a sentence of its own (`"… server."
The agency declined to detail its "specific focus."`), whose quote is not the first one's."""


def lower(word: str) -> str:
    """`word.lower()`, kept by word: the rules ask it of the same words of a sentence over and
    over, and each answer would be a string made, and hashed anew when looked up in a word
    list."""
    return _LOWER.get(word)


_LOWER: Final = WordMemo(str.lower, 1 << 15)


def is_capitalised(word: str) -> bool:
    return bool(word) and is_upper_at(word, 0)


def is_possessive(word: str) -> bool:
    """`Lee's`, not a pronoun's contraction of `is` or `has` (`he's said`, `it's`). Its ending
    is read by character codes: `endswith` of a tuple builds the tuple at each call when
    compiled, and attribution asks this of thousands of words an article."""
    size = len(word)
    if size < 2 or ord(word[size - 1]) != 115 or ord(word[size - 2]) not in (39, 0x2019):
        return False
    return word[:-2].lower() not in _CONTRACTING


_CONTRACTING: Final = frozenset("he she it that there here who what where let".split())
"""Words whose `'s` is `is`, `has` or `us`, never an owner's."""


def abbreviated_word(word: str) -> bool:
    """Whether a full stop after a word belongs to it (`Mr`, `J`, `U.S`): kept by word, as
    `abbreviated` lowers the word anew at each call."""
    return _ABBREVIATED.get(word)


def _is_abbreviated_word(word: str) -> bool:
    return abbreviated(word) or "." in word


_ABBREVIATED: Final = WordMemo(_is_abbreviated_word, 1 << 15)


FUNCTION: Final = frozenset(
    "the a an and but or nor so yet for of in on at to by with from as into onto about after "
    "before during since until while when where why how if then than that which who whom whose "
    "what there here this these those it its his her their our my your him them us me we you i "
    "he she they not no also is was were are be been being has have had will would can could "
    "should may might must do does did today yesterday tonight tomorrow last next earlier later "
    "now just once again still however meanwhile instead over under through between against "
    "without within via per like unlike amid among across according asked speaking inside "
    "outside near behind beyond although though because unless whereas".split()
) | frozenset(day.lower() for day in WEEKDAYS)
"""Words that end a noun phrase: no speaker mention runs across them."""


Token = tuple[int, int, str]


class ArticleText:
    """An article's text with its tokens, split once: the rules, the resolver and the ranker read
    the words of the same sentences many times over.

    Where each token starts and its word are read for the whole text; the tokens themselves are
    made 16 at a time when first read: attribution reads the words near quotes only (about half
    of a news text), and a tuple and an end per token are most of tokenising's cost."""

    __slots__ = (
        "bounds",
        "made",
        "sentence_ends",
        "sentence_starts",
        "starts",
        "text",
        "tokens",
        "words",
    )

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts: list[int] = []
        """Where each token starts, for bisecting."""
        self.words: list[str] = []
        """Each token's word: most are the very strings splitting the text made (`_spans`),
        kept rather than cut from the text again when their tokens are made."""
        _spans(text, self.starts, self.words)
        self.tokens: list[Token] = [_UNREAD] * len(self.starts)
        """Each token once made (`slice`), `_UNREAD` before."""
        self.made = [False] * ((len(self.starts) >> _CHUNK_BITS) + 1)
        """Whether each chunk of `tokens` is made."""
        self.sentence_starts: dict[tuple[object, object], int] = {}
        """`sentence_start`'s answers so far: the rules, the ranker and the resolver ask about
        the same quotes' sentences."""
        self.sentence_ends: dict[tuple[object, object], int] = {}
        self.bounds: _Bounds | None = None
        """Every sentence end one regex pass over the whole text finds, read on first need."""

    def index(self, position: int) -> int:
        """The index of the first token starting at or after `position`."""
        return bisect_at(self.starts, position)

    def slice(self, first: int, last: int) -> list[Token]:
        """The tokens from index `first` up to `last`, made if not yet."""
        made = self.made
        for chunk in range(first >> _CHUNK_BITS, ((last - 1) >> _CHUNK_BITS) + 1):
            if not made[chunk]:
                made[chunk] = True
                self._make(chunk)
        return self.tokens[first:last]

    def token(self, index: int) -> Token:
        """The token at `index`, made if not yet."""
        chunk = index >> _CHUNK_BITS
        if not self.made[chunk]:
            self.made[chunk] = True
            self._make(chunk)
        return self.tokens[index]

    def _make(self, chunk: int) -> None:
        """Make the tokens of a chunk. Their starts are the int objects of `starts` themselves,
        read as objects: read as ints, each would be unboxed and boxed anew; their ends are
        `_POSITIONS`' where it has them."""
        starts, words = self.starts, self.words
        start_objects = cast("list[object]", starts)
        tokens = cast("list[object]", self.tokens)
        for at in range(chunk << _CHUNK_BITS, min(len(starts), (chunk + 1) << _CHUNK_BITS)):
            word = words[at]
            end = starts[at] + len(word)
            tokens[at] = (start_objects[at], _boxed(end), word)

    def words_between(self, start: int, end: int) -> list[Token]:
        """The tokens that lie wholly between `start` and `end`."""
        first, last = self.indexes_between(start, end)
        return self.slice(first, last)

    def count_between(self, start: int, end: int) -> int:
        """How many tokens lie wholly between `start` and `end`, none of them made."""
        first, last = self.indexes_between(start, end)
        return last - first

    def indexes_between(self, start: int, end: int) -> tuple[int, int]:
        """The indexes of the first token wholly between `start` and `end` and of the one
        after the last: their words and starts are read from `words` and `starts` with no
        token made."""
        starts, words = self.starts, self.words
        first = bisect_at(starts, start)
        last = bisect_at(starts, end, first)
        while last > first and starts[last - 1] + len(words[last - 1]) > end:
            last -= 1
        return first, last


_CHUNK_BITS: Final = 4
"""Tokens are made 16 at a time (`ArticleText.slice`)."""

_UNREAD: Final[Token] = (0, 0, "")
"""A token not made yet."""


_KEPT: Final = 1 << 15
"""How many positions `_POSITIONS` holds: longer than nearly every news text."""

_POSITIONS: Final[list[object]] = list(range(_KEPT))
"""The int object of each position from 0 up to `_KEPT`, made once: a token's start and end
stored as one of these is neither made nor freed with each article's tokens (each int made
anew would be, a thousand times an article), nor a sentence end or a stop."""


def _boxed(position: int) -> object:
    """The int object of a position of the text: `_POSITIONS`' own where it has one (a
    compiled int is boxed anew each time it is stored in a list, a tuple or a dict)."""
    return _POSITIONS[position] if 0 <= position < _KEPT else position


def _append_position(positions: list[int], position: int) -> None:
    """Append a position as its `_boxed` int object."""
    cast("list[object]", positions).append(_boxed(position))


def _spans(text: str, starts: list[int], words: list[str]) -> None:
    """Where each token of the text starts and its word, read a space-separated piece at a
    time: most pieces are one word (`isalnum` is `\\w` but the underscore) or a word and the
    mark after it (`said,`); only the rest are read a character at a time (`_piece_spans`).
    Its starts are `_POSITIONS`' int objects where it has them."""
    at = 0
    for piece in text.split(" "):
        size = len(piece)
        if piece.isalnum():
            _append_position(starts, at)
            words.append(piece)
        elif size > 1 and _is_mark_at(piece, size - 1) and (word := piece[:-1]).isalnum():
            _append_position(starts, at)
            words.append(word)
            _append_position(starts, at + size - 1)
            words.append(piece[size - 1])
        elif piece:
            _piece_spans(piece, at, starts, words)
        at += size + 1


def _piece_spans(piece: str, at: int, starts: list[int], words: list[str]) -> None:
    """The tokens of a piece of text at `at`: a word (`O'Brien`, `U.S`, `AT&T`, `well-known`:
    word characters, joined by single `_is_joiner` marks) or one other character but white space, as
    the regex `(\\w++(?:['’.&-]\\w++)*+|[^\\w\\s])` finds them, read by hand: ten times as
    fast as a regex split of the piece."""
    size = len(piece)
    index = 0
    while index < size:
        start = index
        index += 1
        if is_word(piece, start):
            while True:
                while index < size and is_word(piece, index):
                    index += 1
                if index + 1 < size and _is_joiner(ord(piece[index])) and is_word(piece, index + 1):
                    index += 2
                else:
                    break
        elif is_space(piece, start):
            continue
        _append_position(starts, at + start)
        words.append(piece[start:index])


def _is_joiner(code: int) -> bool:
    """Whether a character (its code) joins the parts of one word (`O'Brien`, `U.S`, `AT&T`,
    `well-known`): one of `'’.&-`."""
    return code == 39 or code == 46 or code == 45 or code == 38 or code == 0x2019


def is_letter_at(text: str, at: int) -> bool:
    """`str.isalpha` of the character at `at` (ASCII read as `is_word` reads it)."""
    code = ord(text[at])
    if code < 128:
        return is_ascii_letter(code)
    return text[at].isalpha()


def is_upper_at(text: str, at: int) -> bool:
    """`str.isupper` of the character at `at` (ASCII read as `is_word` reads it)."""
    code = ord(text[at])
    if code < 128:
        return 65 <= code <= 90
    return text[at].isupper()


def _is_mark_at(text: str, at: int) -> bool:
    """Whether the character at `at` is a token of its own: neither a word's (`\\w`) nor white
    space."""
    return not (is_word(text, at) or is_space(text, at))


_WORD_STOP: Final = r"(\w*+)([.!?…]++)[\"'”’)\]]*+\s++(?=(?:''|``|[\"“‘'(\[])?[A-Z0-9])"
_LINE_BREAK: Final = r"(?<=[.!?…\"”’])[ \t\xa0]*+\n\s*+"
_BOUNDARY: Final = re.compile(f"{_WORD_STOP}|{_LINE_BREAK}")
"""A sentence end, unless the word before the full stop is an abbreviation or an initial (the next
sentence may open with a quotation mark, doubled ones too: `''We`); a line break after a full stop
or a closing mark ends one too (one-line paragraphs inside a block). Possessive: what each part
takes, the next could never match, so the regex engine keeps no state to give it back."""
_BOUNDARY_AT_WORD: Final = re.compile(f"(?<!\\w){_WORD_STOP}|{_LINE_BREAK}")
"""The same ends, tried only where a word starts: `(\\w*)` tried inside a word fails as it did at
the word's start, so skipping those tries finds the same ends, twice as fast."""


_MARKS: Final = ".!?…\n"
"""What every sentence end holds: a stop or a line break."""


def _first_boundary(article: ArticleText, start: int, end: int) -> tuple[int, int, bool, int]:
    """What `_BOUNDARY.finditer(text, start, end)` finds at `start`, where its first try may be
    inside a word (read by hand, `_boundary_from`: where it ends, or -1; its stop; whether it
    ends a sentence), and where the rest of its ends are found by `_BOUNDARY_AT_WORD` (-1:
    none). With no end at `start`, the rest begin at the word before the first stop or the white
    space before the first line break, as no end begins earlier: that stop is looked up among the
    text's (`_Bounds.marks`), not searched for."""
    text = article.text
    found, stop, sentence = _boundary_from(text, start, end)
    if found >= 0:
        return found, stop, sentence, found
    marks = _bounds(article).marks
    index = bisect_at(marks, start + 1)
    if index == len(marks) or marks[index] >= end:
        return -1, -1, False, -1
    return -1, -1, False, _match_start(text, marks[index], start + 1)


def _boundary_from(text: str, start: int, limit: int) -> tuple[int, int, bool]:
    """`_BOUNDARY.match(text, start, limit)` read by hand: where it ends, where its stop is (where
    it starts for a line break), and whether it ends a sentence (`_ends_sentence`); -1 for no
    match."""
    mark = word_end(text, start, limit)
    if mark < limit and _is_stop(ord(text[mark])):  # `_WORD_STOP`
        end = _stop_end(text, mark, limit)
        if end < 0:
            return -1, -1, False
        return end, mark, _stop_ends_sentence(text, start, mark, end)
    if mark > start:
        return -1, -1, False
    end = _break_end(text, start, limit)
    return end, start, True


def _match_start(text: str, mark: int, lowest: int) -> int:
    """Where a `_BOUNDARY_AT_WORD` match holding the stop or line break at `mark` may start, not
    before `lowest`: the start of the word the stop ends, or of the white space before the line
    break."""
    at = mark
    if ord(text[at]) == 10:
        while at > lowest and _is_blank(ord(text[at - 1])):
            at -= 1
    else:
        while at > lowest and is_word(text, at - 1):
            at -= 1
    return at


class _Bounds:
    """The matches of one `_BOUNDARY_AT_WORD` pass over a whole text, as parallel lists: where
    each starts and ends, where its stop is, and whether it ends a sentence.

    A pass from any position outside these matches finds the same ones from there on, and one cut
    short at `end` the same ones that end `_OPENING` characters before it (what lies further
    could only lengthen white space or look ahead), so every sentence reading is answered here
    instead of by a regex pass over its own stretch of text: the reaches of the quotes of one
    paragraph overlap many times over."""

    __slots__ = ("done", "ends", "marks", "next", "sentence", "starts", "stops", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self.marks = _marks(text)
        """Where every stop and line break (`_MARKS`) is."""
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.stops: list[int] = []
        self.sentence: list[bool] = []
        self.next = 0
        """The index of the first of `marks` not yet tried: matches are found lazily, in order
        (`more`), so the text past the last sentence asked about is never read."""
        self.done = 0
        """Where the last match found ends."""

    def more(self) -> bool:
        """Find the next match of a `_BOUNDARY_AT_WORD` pass over the whole text, tried only where a
        match may start (every match holds a stop or a line break, `marks`, and the first of them in
        it is a stop its word runs up to, or a line break its white space runs up to); False when
        none is left. Each try is read by hand (`_boundary_end`), not by the regex: a regex match
        and its groups cost ten times as much."""
        text = self.text
        self.next, start, mark, end = _next_boundary(
            text, self.marks, self.next, self.done, len(text)
        )
        if end < 0:
            return False
        line_break = ord(text[mark]) == 10
        _append_position(self.starts, start)
        _append_position(self.ends, end)
        _append_position(self.stops, start if line_break else mark)
        self.sentence.append(line_break or _stop_ends_sentence(text, start, mark, end))
        self.done = end
        return True

    def first_from(self, at: int) -> int:
        """The index of the first match from `at`, or -1 when `at` lies inside a match (a pass
        from there may read the rest of it as an end of its own)."""
        starts = self.starts
        while (not starts or starts[-1] <= at) and self.more():
            pass
        index = bisect_at(starts, at)
        return -1 if index and self.ends[index - 1] > at else index


def _boundary_end(text: str, start: int, mark: int, limit: int) -> int:
    """Where a `_BOUNDARY_AT_WORD` match at `start` ends, text read up to `limit`, or -1 for
    none, read by hand: `start` is where `_match_start` puts a try at the stop or line break at
    `mark` (past word characters up to a stop, past spaces and tabs up to a line break)."""
    if ord(text[mark]) == 10:
        return _break_end(text, start, limit)
    if start and is_word(text, start - 1):  # `(?<!\w)`
        return -1
    return _stop_end(text, mark, limit)


def _break_end(text: str, start: int, limit: int) -> int:
    """Where a `_LINE_BREAK` match at `start` ends, text read up to `limit`, or -1: a stop or
    closing mark before it, blanks, the line break and the white space after it."""
    if start == 0 or not _before_break(ord(text[start - 1])):
        return -1
    end = start
    while end < limit and _is_blank(ord(text[end])):
        end += 1
    if end >= limit or ord(text[end]) != 10:
        return -1
    end += 1
    while end < limit and is_space(text, end):
        end += 1
    return end


def _stop_end(text: str, mark: int, limit: int) -> int:
    """Where a `_WORD_STOP` match whose stops start at `mark` ends, text read up to `limit`, or
    -1: the stops, closing marks, white space, and a capital or digit opening what follows."""
    end = mark + 1
    while end < limit and _is_stop(ord(text[end])):
        end += 1
    while end < limit and _after_stop(ord(text[end])):
        end += 1
    if end >= limit or not is_space(text, end):
        return -1
    end += 1
    while end < limit and is_space(text, end):
        end += 1
    return end if _opens_sentence(text, end, limit) else -1


def _is_stop(code: int) -> bool:
    """Whether a character (its code) is a stop, `[.!?…]`. The characters of a text are read
    by their codes here: compiled, `ord` of an index makes no one-character string (a string
    made for a character past Latin-1) and calls no method (`in` a string of them would)."""
    return code == 46 or code == 33 or code == 63 or code == 0x2026


def _is_blank(code: int) -> bool:
    """`[ \\t\\xa0]`: white space that runs up to a line break."""
    return code == 32 or code == 9 or code == 0xA0


def _after_stop(code: int) -> bool:
    """`[\"'”’)\\]]`: a closing mark after a stop."""
    return code == 34 or code == 39 or code == 0x201D or code == 0x2019 or code == 41 or code == 93


def _before_break(code: int) -> bool:
    """`[.!?…\"”’]`: a stop or a closing quotation mark before a line break."""
    return _is_stop(code) or code == 34 or code == 0x201D or code == 0x2019


def _opening_mark(code: int) -> bool:
    """`[\"“‘'(\\[]`: a mark that may open a sentence."""
    return code == 34 or code == 0x201C or code == 0x2018 or code == 39 or code == 40 or code == 91


def _opens_sentence(text: str, at: int, limit: int) -> bool:
    """`_WORD_STOP`'s look-ahead at `at`, text read up to `limit`: a capital or a digit, after one
    opening mark or a doubled quotation mark (`''`, ``` `` ```) if any."""
    if _capital_or_digit(text, at, limit):
        return True
    if at < limit and _opening_mark(ord(text[at])) and _capital_or_digit(text, at + 1, limit):
        return True
    if at + 2 >= limit:
        return False
    code = ord(text[at])
    return (
        (code == 39 or code == 96)
        and ord(text[at + 1]) == code
        and _capital_or_digit(text, at + 2, limit)
    )


def _capital_or_digit(text: str, at: int, limit: int) -> bool:
    """Whether `text[at]`, before `limit`, is `[A-Z0-9]`."""
    if at >= limit:
        return False
    code = ord(text[at])
    return 65 <= code <= 90 or 48 <= code <= 57


def _stop_ends_sentence(text: str, start: int, mark: int, end: int) -> bool:
    """`_ends_sentence` of a `_WORD_STOP` match from `start` to `end` whose stops start at
    `mark`."""
    if (
        mark == start
        or ord(text[mark]) != 46
        or (mark + 1 < len(text) and _is_stop(ord(text[mark + 1])))
    ):
        return True
    if mark - start > _LONGEST_ABBREVIATION:  # no abbreviation: not cut out and looked up
        return True
    return not abbreviated(text[start:mark]) or _initial_ends(text, start, mark - start, end)


_LONGEST_ABBREVIATION: Final = max(len(word) for word in ABBREVIATIONS)
"""No longer word is `abbreviated` (lower-casing makes no word shorter; an initial is one
letter)."""


def _marks(text: str) -> list[int]:
    """Where each stop or line break of the text is, in order, by one `str.find` pass per
    character: five times as fast as a regex of the five, which tests every character against
    its set."""
    found: list[int] = []
    for char in _MARKS:
        at = text.find(char)
        while at >= 0:
            _append_position(found, at)
            at = text.find(char, at + 1)
    found.sort()
    return found


def _bounds(article: ArticleText) -> _Bounds:
    bounds = article.bounds
    if bounds is None:
        bounds = article.bounds = _Bounds(article.text)
    return bounds


def sentence_start(article: ArticleText, lower: int, pos: int) -> int:
    """Where the sentence holding `pos` starts, at `lower` at the earliest. The last
    `_NEAR_BACK` characters are read first: two sentence ends there settle it (the first may be
    a false one, read from inside a word), and only a long sentence has the whole reach read."""
    key = (_boxed(lower), _boxed(pos))
    found = article.sentence_starts.get(key)
    if found is None:
        found = article.sentence_starts[key] = _sentence_start(article, lower, pos)
    return found


def _sentence_start(article: ArticleText, lower: int, pos: int) -> int:
    start = max(lower, pos - REACH)
    near = pos - _NEAR_BACK
    if near > start:
        ends = _sentence_ends(article, near, pos)
        if len(ends) >= 2:
            return ends[-1]
    ends = _sentence_ends(article, start, pos)
    return ends[-1] if ends else start


_NEAR_BACK: Final = 400
"""Characters read back first for a sentence's start: two or three sentences of news."""


def _sentence_ends(article: ArticleText, start: int, pos: int) -> list[int]:
    """Where sentences that end between `start` and `pos` end, as a `_BOUNDARY` pass from
    `start` that sees `_OPENING` characters past `pos` finds them."""
    text = article.text
    end = min(len(text), pos + _OPENING)
    first, _, ends_one, at = _first_boundary(article, start, end)
    found = [first] if 0 <= first <= pos and ends_one else []
    if at < 0:
        return found
    bounds = _bounds(article)
    index = bounds.first_from(at)
    if index < 0:
        found += [
            match.end()
            for match in _BOUNDARY_AT_WORD.finditer(text, at, end)
            if match.end() <= pos and _ends_sentence(match)
        ]
        return found
    ends, sentence = bounds.ends, bounds.sentence
    while (index < len(ends) or bounds.more()) and ends[index] <= pos:
        if sentence[index]:
            found.append(ends[index])
        index += 1
    return found


def sentence_end(article: ArticleText, pos: int, upper: int) -> int:
    """Where the sentence holding `pos` ends, at `upper` at the latest."""
    key = (_boxed(pos), _boxed(upper))
    found = article.sentence_ends.get(key)
    if found is None:
        found = article.sentence_ends[key] = _sentence_end(article, pos, upper)
    return found


def _sentence_end(article: ArticleText, pos: int, upper: int) -> int:
    """The stop of the first sentence end a `_BOUNDARY` pass from `pos` to `upper` finds."""
    text = article.text
    upper = min(upper, pos + REACH)
    first, stop, ends_one, at = _first_boundary(article, pos, upper)
    if first >= 0 and ends_one:
        return stop
    if at < 0:
        return upper
    bounds = _bounds(article)
    index = bounds.first_from(at)
    if index >= 0:
        ends, sentence = bounds.ends, bounds.sentence
        certain = upper if upper >= len(text) else upper - _OPENING
        while True:
            if index == len(ends) and not bounds.more():
                return upper
            if ends[index] > certain:
                break
            if sentence[index]:
                return bounds.stops[index]
            index += 1
        at = bounds.starts[index]
    stop = _first_stop(text, bounds.marks, at, upper)
    return upper if stop < 0 else stop


def _first_stop(text: str, marks: list[int], at: int, upper: int) -> int:
    """The stop (the start, for a line break) of the first sentence end a `_BOUNDARY_AT_WORD`
    pass from `at` that reads no further than `upper` finds, or -1: tried by hand at each of
    the text's stops and line breaks (`marks`) there, as `_Bounds.more` tries a pass over the
    whole text, not by the regex, whose pass and its set-up cost ten times as much."""
    done = at
    index = bisect_at(marks, at)
    while True:
        index, start, mark, end = _next_boundary(text, marks, index, done, upper)
        if end < 0:
            return -1
        if ord(text[mark]) == 10:
            return start
        if _stop_ends_sentence(text, start, mark, end):
            return mark
        done = end


def _next_boundary(
    text: str, marks: list[int], index: int, done: int, limit: int
) -> tuple[int, int, int, int]:
    """The next `_BOUNDARY_AT_WORD` match of a pass whose last match ended at `done`, tried by
    hand at each of `marks` from `index` on (the text's stops and line breaks) before `limit`,
    the text read no further: (the index of the mark after its own, its start, its mark, its
    end), the end -1 when none is left. `_Bounds.more` and `_first_stop` both pass this way."""
    while index < len(marks) and marks[index] < limit:
        mark = marks[index]
        index += 1
        if mark < done:
            continue
        start = _match_start(text, mark, done)
        end = _boundary_end(text, start, mark, limit)
        if end >= 0:
            return index, start, mark, end
    return index, 0, 0, -1


_OPENING: Final = 3
"""How far past `pos` a sentence end before it must see: the opening of the next sentence,
`''We` at the longest (doubled marks, as some newspapers print them)."""


REACH: Final = 1500
"""The longest sentence read, in characters: a paragraph with no full stop costs no more."""


def _ends_sentence(match: re.Match[str]) -> bool:
    word = match.group(1)
    if match.group(2) != "." or not word:  # also a line break: no group matched
        return True
    return not abbreviated(word) or _initialism_ends(match)


def _initialism_ends(match: re.Match[str]) -> bool:
    """Whether an initialism's full stop also ends the sentence (`… in the U.S. He says`): a
    capital pronoun or function word opens the next one, which no name would."""
    return _initial_ends(match.string, match.start(1), len(match.group(1)), match.end())


def _initial_ends(text: str, start: int, size: int, end: int) -> bool:
    """`_initialism_ends` of the word of `size` characters at `start`, its match ending at `end`."""
    if size != 1 or start < 2 or text[start - 1] != ".":
        return False
    following = _NEXT_WORD.match(text, end)
    return following is not None and following.group().lower() in _OPENERS


_NEXT_WORD: Final = re.compile(r"[A-Z][a-z]*")
_OPENERS: Final = frozenset(
    "he she it they we i the this that these those but and his her their".split()
)
