"""Quotations in a text: spans, kind, and the paragraphs they run across.

News mixes straight and curly marks (and « » „ `` '') in one article and gets them wrong often
enough that the glyph alone cannot say whether a mark opens or closes. What surrounds it can: a
mark after a space and before a word opens, one after a word and before a space or punctuation
closes; the glyph decides only when the context does not. A mark after `=` is markup
(`<tweet id="…">`), not a quotation. Single quotes are left alone (`US'`, `'90s`, `can't` are
apostrophes far more often than quotes), so a quote nested in single marks never disturbs the
double ones around it; a double quote nested in one of another style stays inside it. The one
exception is an article that quotes only in single marks, the British way (`‘We will cope,’ said
Mr Pendry`, often scraped as `'We will cope,' said Mr Pendry`): with no double mark anywhere,
its single marks are its quotations, told from apostrophes (`don’t`, `residents’ views`, `’90s`,
`rock 'n' roll`, `'cause`) by what stands on either side and by a closing mark in the same
paragraph. A few double marks nested inside those quotations, the British way
(`'He called it "a farce",' she said`), leave it so; more, outside them (a headline, a
slogan, a title), are read as quotations beside the single-quoted ones while those are more.

The news convention for long quotations is followed: a paragraph that leaves its quote open and
a next paragraph that starts with a mark form one quotation. A mark left open anywhere else ends
with its paragraph, so an odd count never swallows the rest of the article.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from operator import attrgetter
from typing import Final, NamedTuple

from tui.core.characters import is_ascii_letter, is_space, is_word
from tui.core.documents import Block
from tui.core.lexicon import abbreviated
from tui.core.model import Quote, QuoteKind
from tui.core.speech import SPEECH_VERBS

_MARK: Final = re.compile(r"[\"“”„‟«»'`‘’](?:(?<=')'|(?<=`)`|(?<=‘)‘|(?<=’)’|(?<=[\"“”„‟«»]))")
"""A double quotation mark: `''`, ` `` `, `‘‘`, `’’` or a double glyph. The pattern opens with a
class of every mark's first character, so that the regex engine skips to the next one at C
speed (three times as fast as opening with the doubled marks as alternatives)."""
_OPENING_GLYPHS: Final = frozenset(("“", "„", "‟", "«", "``", "‘‘"))
_CLOSING_GLYPHS: Final = frozenset(("”", "»", "’’"))
_BEFORE_OPENING: Final = frozenset("([{—–-/")
"""Characters after which a mark opens, as after a space."""
_AFTER_CLOSING: Final = frozenset(".,;:!?)]}—–-…/>")
"""Characters before which a mark closes, as before a space."""

OPEN, CLOSE, EITHER = 1, 2, 3


def find_quotes(text: str, blocks: Sequence[Block]) -> list[Quote]:
    """Every quotation in the text, in order, none overlapping another; code blocks are skipped.
    An article that quotes in single marks is read so when its double marks, if any, are few
    (a pair a quotation at most) and stand inside them (`'He called it "a farce",' she
    said`, the British way of nesting), but for one stray mark in an article of several
    quotations; otherwise both styles are read (`_both_styles`), and a headline's quotation in
    single marks is kept whichever style wins (`_headline_quotes`)."""
    marks = _mark_spans(text)
    if not _single_quoted(text, blocks, marks):
        double_quoted = _quotes_in_style(text, blocks, marks)
        return _headline_quotes(text, blocks) + _with_cued_singles(text, blocks, double_quoted)
    found = _without_headline(text, blocks, _quotes_in_style(text, blocks, None))
    doubles = _double_marks(text, marks)
    outside = sum(not _inside(found, mark) for mark in doubles)
    if len(doubles) <= 2 * len(found) and outside <= (1 if len(found) > 2 else 0):
        return found
    both = _both_styles(text, found, _quotes_in_style(text, blocks, marks))
    headline = [quote for quote in _headline_quotes(text, blocks) if not _overlapping(both, quote)]
    return headline + both


_HEADLINE_WORDS: Final = 20


def _headline_quotes(text: str, blocks: Sequence[Block]) -> list[Quote]:
    """The quotation a headline opens with in single marks, before a colon, above a report
    quoted in double marks, the BBC way (`'I won't give up': Mum's plea after crash`): a
    quotation of a few words with no double mark, opening the first paragraph, whether the
    headline stands alone or a scraper joined the report to it. Single marks elsewhere in a
    headline stay unread, as in the report (`Trump: 'We will win.'` is as often a title's
    quoting)."""
    if not blocks or blocks[0].kind == "code" or text[blocks[0].start] not in "'‘":
        return []
    head = blocks[0]
    found = _quotes_in_style(text, blocks[:1], None)
    if not found or found[0].start != head.start or text[found[0].end : found[0].end + 1] != ":":
        return []
    quoted = text[head.start : found[0].end]
    if quoted.count(" ") >= _HEADLINE_WORDS or _MARK.search(quoted) is not None:
        return []
    return found[:1]


_GAP: Final = re.compile(r"\s\s")
"""Two spaces, or a space and a line break: where a headline ends when a scraper joined the
report to it (a blank line and a line break become spaces)."""
_HEADLINE_MOST: Final = 24
"""The most words a headline has."""
_DECK_MOST: Final = 16
"""The most words a deck under a headline has, when no semicolon joins it to the headline."""


def _without_headline(text: str, blocks: Sequence[Block], found: list[Quote]) -> list[Quote]:
    """An article's quotations in single marks but those in its headline: headlines quote in
    single marks in every house style (`Trump: ‘I’m the Worst Thing…’`, `Obama slams GOP’s ‘doom
    and despair’`), more often words put in a subject's mouth than words quoted, and the
    article's style does not change that; the headline is read as in an article quoted in double
    marks, keeping the BBC's opening `‘…’:` (`_headline_quotes`). The headline is the first
    paragraph up to a gap of two spaces (a scraper's lost break), with the deck a semicolon joins
    to it (`Clinton, surprise populist;  'Stay or pay' could…`) or a short one under it
    (`_headline_ends`), when it reports in the present, as headlines do: a verb of saying in the
    past outside its marks (`Ann Pike said the plans were ‘a farce’.`) opens a report (the
    headline is then read without its deck, if it has one). A quotation
    attributed the report's way stays (`‘We won’t move,’ says Ann Pike.`, `Ann Pike said: ‘…’`)."""
    if not found or not blocks or blocks[0].kind == "code":
        return found
    for end in _headline_ends(text, blocks):
        inside = [quote for quote in found if quote.end <= end]
        if not inside:
            return found
        outside = _WORD_RUN.findall(text, blocks[0].start, inside[0].start)
        for quote, after in zip(inside, [*inside[1:], None], strict=True):
            outside += _WORD_RUN.findall(text, quote.end, after.start if after else end)
        if all(word not in _PAST_SAYING for word in outside):
            kept = [q for q in inside if _attributed_in_headline(text, blocks[0], end, q)]
            return kept + found[len(inside) :]
    return found


_WORD_RUN: Final = re.compile(r"[^\W\d_][\w’'-]*")
_PAST_SAYING: Final = frozenset(
    verb for verb in SPEECH_VERBS if verb.endswith("ed") or verb in ("said", "told", "wrote")
)


def _attributed_in_headline(text: str, head: Block, end: int, quote: Quote) -> bool:
    """Whether a quotation in a headline is one the report's way: the BBC's opening `‘…’:`, a
    quotation its sentence goes on from (`‘We won’t move,’ says…`), one a verb of saying follows
    or a verb of saying and a colon introduce, or one ending in a comma a verb of saying
    follows within four words (`‘We won’t move,’ Ann Pike says.`, not `‘Refurbished,’ Becomes…`)."""
    if quote.start == head.start and text[quote.end : quote.end + 1] == ":":
        return True
    reach = 4 if text[quote.content_start : quote.content_end].rstrip().endswith(",") else 1
    after = _WORD_RUN.findall(text, quote.end, min(end, quote.end + _CUE_REACH))[:reach]
    return not SPEECH_VERBS.isdisjoint(after) or _cued(text, quote.start)


def _headline_ends(text: str, blocks: Sequence[Block]) -> tuple[int, ...]:
    """Where the headline may end, with its deck first, then without: the first paragraph up to
    a gap of two spaces, and the paragraph after it when a semicolon joins them or it is as short
    as a deck (`_DECK_MOST` words), the report going on after it. None when the first paragraph
    is all the text or too long for a headline."""
    head = blocks[0]
    gap = _GAP.search(text, head.start, head.end)
    end = gap.start() if gap else head.end
    if len(_WORD_RUN.findall(text, head.start, end)) > _HEADLINE_MOST:
        return ()
    if gap is not None:
        deck = gap.end()
        after = _GAP.search(text, deck, head.end)
        deck_end = after.start() if after else head.end
    elif len(blocks) > 1 and blocks[1].kind != "code":
        deck, deck_end = blocks[1].start, blocks[1].end
    else:
        return ()
    if deck_end >= blocks[-1].end:
        return (end,)
    if text[end - 1] == ";" or len(_WORD_RUN.findall(text, deck, deck_end)) <= _DECK_MOST:
        return (deck_end, end)
    return (end,)


_CUE_COLON: Final = re.compile(r": ?['‘]")
_CUE_WORDS: Final = re.compile(r"(?:^|(?<=[\s,]))([\w’'-]+)(?=(?:[ ,]+[\w’'-]+){0,4}: ?$)")
_CUE_REACH: Final = 60


def _with_cued_singles(text: str, blocks: Sequence[Block], doubles: list[Quote]) -> list[Quote]:
    """The double-quoted quotations of an article, and those in single marks that a verb of saying
    and a colon introduce outside them (`Derek Sykes said: 'We won't be ignored.'`, `…told the BBC:
    ‘We are ready.’`): a UK report quoted in double marks still has its odd quotation typed in
    single ones, and nothing else puts a full sentence in single marks after `said:` (a
    headline's `Trump: 'We will win.'` has no verb)."""
    if ("'" not in text and "‘" not in text) or _CUE_COLON.search(text) is None:
        return doubles  # most articles have no single mark: `in` reads the text faster
    cued = [
        single
        for single in _quotes_in_style(text, blocks, None)
        if single.kind == "full" and _cued(text, single.start) and not _overlapping(doubles, single)
    ]
    return sorted(doubles + cued, key=attrgetter("start")) if cued else doubles


def _cued(text: str, start: int) -> bool:
    """Whether a verb of saying stands among the last five words before a colon before `start`,
    in lower case (a headline's `Trump Addresses Attack: ‘This Cannot Go On.’` is a title)."""
    lead = text[max(0, start - _CUE_REACH) : start].rstrip()
    if not lead.endswith(":"):
        return False
    return any(word in SPEECH_VERBS for word in _CUE_WORDS.findall(lead))


def _both_styles(text: str, singles: list[Quote], doubles: list[Quote]) -> list[Quote]:
    """The quotations of an article in both styles when more of them stand in single marks,
    outside double ones, than in double marks (a UK report in single marks under a headline's
    `"No deal" fears grow`, with a slogan or a title in double marks): each style's quotations,
    the outer one where one holds the other (`'…"put the kettle on",' she added`, `"We heard
    'fire' and ran,"`), the single one where they cross (a stray double mark runs on to its
    paragraph's end), so a minority style never discards the majority's quotations. Otherwise,
    or in the wires' doubled marks (`''Sometimes they say, 'Yeah,'…''`), the double ones."""
    kept = [
        double
        for double in doubles
        if all(_holds(double, single) for single in _overlapping(singles, double))
    ]
    alone = sum(
        not any(_holds(double, single) for double in _overlapping(doubles, single))
        for single in singles
    )
    if alone <= len(doubles) or any(text[q.start : q.content_start] == "''" for q in doubles):
        return doubles
    found = kept + [single for single in singles if not _overlapping(kept, single)]
    return sorted(found, key=attrgetter("start"))


def _overlapping(quotes: list[Quote], quote: Quote) -> list[Quote]:
    """The quotations of one style (in order, none overlapping) that overlap `quote`."""
    at = max(0, _placed_after(quotes, quote.start) - 1)
    found = []
    while at < len(quotes) and quotes[at].start < quote.end:
        if quotes[at].end > quote.start:
            found.append(quotes[at])
        at += 1
    return found


def _placed_after(quotes: list[Quote], position: int, content: bool = False) -> int:
    """How many of `quotes` (in order) start at `position` or before it, or their content does
    when `content`: `bisect.bisect_right` by hand, as compiled, the library's call with a key
    function costs several times the loop."""
    low, high = 0, len(quotes)
    while low < high:
        middle = (low + high) >> 1
        quote = quotes[middle]
        if position < (quote.content_start if content else quote.start):
            high = middle
        else:
            low = middle + 1
    return low


def _holds(outer: Quote, inner: Quote) -> bool:
    return outer.start <= inner.start and inner.end <= outer.end


_DOUBLE_GLYPHS: Final = ('"', "“", "”", "„", "‟", "«", "»")
"""The double marks of one glyph, as `_MARK` finds them."""
_DOUBLED_SINGLES: Final = ("''", "``", "‘‘", "’’")
"""The double marks of two glyphs, as `_MARK` finds them."""


def _mark_spans(text: str) -> list[tuple[int, int]]:
    """Every `_MARK` of the text, in order: whether the article quotes in single marks, where its
    double marks stand and each paragraph's double marks all read them. Each mark is looked for
    by `str.find` (a scan of the text at C speed, and none for a glyph wider than the text's
    characters); runs of a doubled glyph are read from the left, two by two, as `_MARK` reads
    them (three straight single marks hold one)."""
    spans: list[tuple[int, int]] = []
    for glyph in _DOUBLE_GLYPHS:
        at = text.find(glyph)
        while at >= 0:
            spans.append((at, at + 1))
            at = text.find(glyph, at + 1)
    for pair in _DOUBLED_SINGLES:  # by its first glyph: CPython finds one with memchr, two slower
        mark = pair[0]
        at = text.find(mark)
        while at >= 0:
            if text[at + 1 : at + 2] == mark:
                spans.append((at, at + 2))
                at = text.find(mark, at + 2)
            else:
                at = text.find(mark, at + 1)
    spans.sort()
    return spans


def _double_marks(text: str, marks: list[tuple[int, int]], most: int = -1) -> list[int]:
    """Where an article that quotes in single marks has double ones (of its `_mark_spans`): not a
    doubled curly single mark (`‘‘Crooked Hillary’ kind of flows,’`, `‘…‘half-pregnant.’’`), a
    quotation nested in one at its edge, nor markup (`<tweet pic=''`). The first `most` of them
    when it is given."""
    found: list[int] = []
    for start, end in marks:
        if text[start:end] not in _TWIN_SINGLES and text[start - 1 : start] != "=":
            found.append(start)
            if len(found) == most:
                break
    return found


def _marks_in(text: str, marks: list[tuple[int, int]], block: Block) -> list[tuple[int, int, int]]:
    """A paragraph's double marks (of the text's `_mark_spans`) with their roles, markup's
    aside. Those the text's pass found inside the paragraph are the ones a pass over the
    paragraph alone finds, unless a doubled mark straddles its start (blocks are set apart by
    line breaks, so never but in a caller's odd blocks): the paragraph is then read again."""
    block_start, block_end = block.start, block.end  # read once: `Block` is no native class
    at = _first_from(marks, block_start)
    if at > 0 and marks[at - 1][1] > block_start:
        spans = [mark.span() for mark in _MARK.finditer(text, block_start, block_end)]
        at = 0
    else:
        spans = marks
    found = []
    while at < len(spans) and spans[at][0] < block_end:
        start, end = spans[at]
        if end <= block_end and text[start - 1 : start] != "=":
            found.append((start, end, _role(text, start, end, block_start, block_end)))
        at += 1
    return found


def _first_from(marks: list[tuple[int, int]], position: int) -> int:
    """The index of the first of `marks` (sorted) that starts at `position` or after it:
    `bisect_left(marks, (position,))` by hand, comparing ints, not tuples through a call."""
    lo, hi = 0, len(marks)
    while lo < hi:
        mid = (lo + hi) // 2
        if marks[mid][0] < position:
            lo = mid + 1
        else:
            hi = mid
    return lo


_TWIN_SINGLES: Final = frozenset(("‘‘", "’’"))
"""Doubled curly single marks; a doubled straight one is the `''` of the wires that quote in
` `` ` and `''` or in `''` alone (`''We cut rates,'' he said`)."""


def _inside(found: list[Quote], position: int) -> bool:
    """Whether a double mark stands inside a quotation or in its closing marks (`'…a good
    Europe.''`, a nested quotation closing with it)."""
    at = _placed_after(found, position, content=True) - 1
    return at >= 0 and position < found[at].end


def _quotes_in_style(
    text: str, blocks: Sequence[Block], doubles: list[tuple[int, int]] | None
) -> list[Quote]:
    """The quotations marked in double marks of any style (`doubles`: the text's `_mark_spans`),
    or with None in single marks. In an article a scraper merged into one paragraph, a quotation
    left open at a lost paragraph break (`_lost_break`) ends there, unless the next paragraph
    reopens it."""
    found: list[Quote] = []
    stops = _SentenceEnds(text)
    opened: tuple[int, int, int, int] | None = None  # the open mark (start, end, role), its block
    reached = 0  # the last block the open quotation runs into
    merged = len(blocks) == 1  # an article in one paragraph: its breaks were lost
    for index, block in enumerate(blocks):
        if block.kind == "code":
            continue
        if doubles is None:
            marks = _single_marks(text, block, _next_block(blocks, index), merged)
        else:
            marks = _marks_in(text, doubles, block)
        if opened is not None:
            if _reopens(text, marks, block, opened):
                marks = marks[1:]
            else:
                _add(found, text, blocks, opened, blocks[reached].end, blocks[reached].end, reached)
                opened = None
        nested = False
        searched = block.start  # where the search for a lost paragraph break goes on from
        for start, end, role in marks:
            if opened is not None and doubles is not None and merged:
                if (gap := _lost_break(text, searched, start, _DOUBLE_OPENING)) is not None:
                    _add(found, text, blocks, opened, gap, gap, index)
                    opened, nested = None, False
                searched = end
            if opened is None:
                if role != CLOSE:
                    opened = (start, end, role, index)
                    searched = end
            elif role == OPEN and (stop := _ended_before(text, opened, start, end, stops)):
                _add(found, text, blocks, opened, stop, stop, index)
                opened, nested = (start, end, role, index), False
            elif nested:
                nested = role == OPEN
            elif role == OPEN:
                nested = True
            else:
                _add(found, text, blocks, opened, start, end, index)
                opened = None
        if opened is not None and doubles is not None and merged:
            gap = _lost_break(text, searched, block.end, _DOUBLE_OPENING)
            if gap is not None:
                _add(found, text, blocks, opened, gap, gap, index)
                opened = None
        reached = index
    if opened is not None:
        _add(found, text, blocks, opened, blocks[reached].end, blocks[reached].end, reached)
    return found


def _sentence_stop(text: str, content_start: int, mark: int) -> int | None:
    """Where an open quotation must have ended when a mark opens a new one right after a
    sentence end (`"We cut rates. "Sales are down," said Ann Lee.`): paragraphs joined by a
    scraper lose the break that would have closed it, and a quotation never nests a new
    sentence in its own _SINGLE. None when the mark may open a nested quotation (`"I said "no"`)."""
    match = _STOP_BEFORE.search(text, max(content_start, mark - _STOP_REACH), mark)
    if match is None or (match.group(2) == "." and abbreviated(match.group(1))):
        return None
    return match.end(3) if match.group(3) else match.end(2)


def _ended_before(
    text: str, opened: tuple[int, int, int, int], start: int, end: int, stops: _SentenceEnds
) -> int | None:
    """Where an open quotation ended that the opening mark at `start` shows was never closed."""
    stop = _sentence_stop(text, opened[1], start)
    return stop if stop is not None else _reopened_at(text, opened, start, end, stops)


def _reopened_at(
    text: str, opened: tuple[int, int, int, int], start: int, end: int, stops: _SentenceEnds
) -> int | None:
    """Where an open quotation ended that a second opening curly mark finds still open (`“Let’s
    go. We can do it.’ Lee was there. She called it “a start.”`, its close mistyped): no one
    nests “ inside “, so the first ended at the last sentence end before the second. None when
    either mark is not a curly opening one or no sentence ends between them."""
    if text[start:end] not in _OPENING_GLYPHS or text[opened[0] : opened[1]] not in _OPENING_GLYPHS:
        return None
    return stops.last(opened[1], start)


class _SentenceEnds:
    """The last sentence end before a mark in an open quotation, a space after it, read on from
    where the open quotation's previous mark left off: searching from the quotation's start at
    each mark read a long open quotation once a mark (quadratic)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.start, self.searched, self.found = -1, -1, -1

    def last(self, start: int, end: int) -> int | None:
        """The last sentence end between `start` and `end`; calls with the same `start` come
        with growing ends, and the first searched no mark."""
        text = self.text
        if start != self.start:
            self.start, self.searched, self.found = start, start, -1
        for match in _SENTENCE_END.finditer(text, self.searched, end):
            if _ends_sentence(match) and text[match.end() : match.end() + 1].isspace():
                self.found = match.end()
        self.searched = max(self.searched, end)
        return self.found if self.found >= 0 else None


_STOP_REACH: Final = 64
"""How far before a mark its sentence end is looked for: a word, its stop, a closing mark and
the spaces; searching from the quotation's start instead read a long open quotation once for
each mark in it (quadratic)."""
_STOP_BEFORE: Final = re.compile(r"(?<!\w)(\w*)([.!?…])[)\]]?([\"”'’]?)[ \t\xa0]+$")
"""A sentence end (unless `lexicon.abbreviated` says the word's), the closing mark of a quotation
nested in the open one if it ends there (`'I told him "never again." 'Now…`), and the space before
a mark."""


def _reopens(
    text: str, marks: list[tuple[int, int, int]], block: Block, opened: tuple[int, int, int, int]
) -> bool:
    """Whether a paragraph goes on with the quotation the previous one left open: it starts
    with a mark of the same style, the quotation was clearly opened (not by a stray mark
    between spaces), and the paragraph is not a new turn of a transcript (`"GUEST: …`)."""
    if not marks or marks[0][0] != block.start or marks[0][2] == CLOSE or opened[2] != OPEN:
        return False
    if _family(text[marks[0][0] : marks[0][1]]) != _family(text[opened[0] : opened[1]]):
        return False
    return not SPEAKER_LABEL.match(text, marks[0][1], block.end)


SPEAKER_LABEL: Final = re.compile(r"\s*([A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){0,3}):\s")
"""A transcript's speaker label at the start of a quotation (`"PENCE: Well, …`)."""


class _SingleStyle(NamedTuple):
    """The single marks (`_SingleMarks` finds them): one that may open, one that may close."""

    opening: re.Pattern[str]
    closing: re.Pattern[str]


_CLIPPED: Final = frozenset(
    "ave bout cause cos em ere im n nuff round scuse t til tis twas".split()
)
"""Clipped words an apostrophe opens (`'em`, `'cause`), no quotation (`_SINGLE.opening`)."""

_SINGLE: Final = _SingleStyle(
    re.compile(
        r"[‘'](?:(?<![^\s(\[—–‘':,-][‘'])|(?<=[.!?][‘'])(?=(?-i:[A-Z]))"
        r"|(?<=[.!?:,] [‘']) (?=[…\w]))"
        rf"(?!(?:{'|'.join(sorted(_CLIPPED))})\b)"
        r"(?=[‘'’“\"]?(?:[^\W\d_]|[(\[$£€…#@]|\.(?: ?\.){2}|\.@|\d(?!\d(?:s\b|\b(?![%-])))"
        r"|(?<!\b(?:in|of|by|to) .)(?<!\b(?:from|till) .)(?<!\b(?:since|until) .)"
        r"\d\d (?-i:[a-z])[^.!?'’‘\n]{0,80}['’](?![^\W_])))",
        re.IGNORECASE,
    ),
    re.compile(
        r"(?:(?<=[^\s‘(\[—–-])|(?<=['’\"”,.!?] ))(?<!\s['’‘]n)['’‘]"
        r"(?=['’]?(?:[\s.,;:!?…)\]}—–-]|$)|(?<=[.!?,]['’‘])(?-i:[A-Z]))",
        re.IGNORECASE,
    ),
)
"""Curly and straight marks alike, as one article may mix them (`‘good citizen,' she said`):
a mark opens at a word start, after a colon or a comma (`said,‘Look`) or before a capital after
a sentence end (`confident.‘We will`, a space a scraper lost), or set apart by a space after
either (`Hart said. ‘ You know`, `added, ‘ … the road`), before a letter (past the elided
word's mark: `‘’Twas ever thus,’`), a
bracket, `…` or its dots (`'. . . We`), a currency sign, a hashtag, a handle (`'.@Cllr`) or a
number (`'[He] is'`, `'$25 billion'`, `Lee:'We lost'`, `'#metoo'`, `'100 days'`, `'15%'`, not
`'90s`), two digits among them when a closing mark ends the phrase before its sentence does
(`'90 to 95 percent' figure`, not the elided year of `in '08 the tenants' group`), and not as the
apostrophe of a clipped word (`'cause`, `'em`, `'ave`, `rock 'n' roll`, `in 't Veld`); it closes
after a word or
punctuation and before a space, punctuation or the end (not `don't`), or after a sentence end
or a comma before a capital (`'…so do voters!'After his rally`, `‘…this race,’Clinton said`, a
space a scraper lost; not `U.S.'s`), and not as the end of `rock 'n' roll` or `rock ’n’ roll`;
after a closing mark, or a comma or sentence end, and a space it closes too (`'…the 'Whitby
shuffle' '`, `'…did this, ' Kim Ford said`). Doubled, a mark
opens or closes with its twin (`‘‘Big Pier’ is ours,’`,
`'…of 'fine words.''`), and opens on a double one (`‘“Big Tom” is a fine name,’`); a mistyped
`‘` closes where the context says so (`‘We will fight,‘ said Tom Hart`). The opening pattern
starts with the mark and looks behind it only then, so that the regex engine skips to the next
mark at C speed: counting an article's openings costs a tenth of trying every character."""
_PLURAL_POSSESSIVE: Final = re.compile(
    r"(?:(?<=[sS])|(?<=[a-z]in))['’] "
    r"(?!(?:and|or|but|nor|as|at|by|for|from|in|into|of|on|than|that|to|with|"
    r"is|are|was|were|will|would|can|could|should|may|might|has|have|had|he|she|it|they|"
    r"we|you|said|says|told|added)\b)[a-z]"
)
"""`the residents’ views`, `ISIS’ recruits`, a dropped g (`we're talkin' about`): an apostrophe,
not a closing mark, though it ends a word; not before a word no possessive precedes (`'…State
Department emails' were captured`, `'…my sons' he said`)."""
_NAMED_POSSESSIVE: Final = re.compile(r"(?<=s)['’] (?!I\b)[A-Z]")
"""`the Farmers’ Market`, `the Professional Footballers’ Association`: a capitalised plural's
possessive before a name, when the word before the mark is capitalised too."""


def _plural_possessive(text: str, at: int) -> bool:
    """Whether the mark at `at` ends a plural possessive (`_PLURAL_POSSESSIVE`,
    `_NAMED_POSSESSIVE`): each needs a space after the mark and an `s` or the `n` of `-in'`
    before it, read first (no pattern run without them)."""
    if at < 1 or at + 1 >= len(text) or ord(text[at + 1]) != 32:
        return False
    before = ord(text[at - 1])
    if before != 115 and before != 83 and before != 110:  # `s`, `S`, `n`
        return False
    if _PLURAL_POSSESSIVE.match(text, at):
        return True
    if not _NAMED_POSSESSIVE.match(text, at):
        return False
    start = at - 1
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    return text[start].isupper()


def _openings(text: str) -> int:
    """How many single marks open a quotation (`_SINGLE.opening`'s matches): the pattern tried at
    each `‘` and `'` that `str.find` finds, as most articles have none or a few (its `findall`
    tried its character class at every character of the text)."""
    count = 0
    for mark in _OPENING_SINGLES:
        at = text.find(mark)
        while at >= 0:
            if _opens_single(text, at):
                count += 1
            at = text.find(mark, at + 1)
    return count


_OPENING_SINGLES: Final = ("‘", "'")
"""The marks `_SINGLE.opening` opens with."""


def _single_quoted(text: str, blocks: Sequence[Block], marks: list[tuple[int, int]]) -> bool:
    """Whether the article quotes in single marks, the British way (`‘We will cope,’ said Mr
    Pendry`, `'We will cope,' said Mr Pendry`): when it opens and closes two quotations so, its
    apostrophes told from them by position, or one when it has no double mark at all; not when it
    has more double marks than two for each single opening one. Whether its double marks leave it
    so is for `find_quotes` to tell."""
    openings = _openings(text)
    if not openings:
        return False
    doubles = len(_double_marks(text, marks, 2 * openings + 1))
    needed = 2 if doubles else 1
    if openings < needed or doubles > 2 * openings:
        return False
    closed = 0
    for index, block in enumerate(blocks):
        if block.kind != "code":
            singles = _single_marks(text, block, _next_block(blocks, index))
            closed += sum(role == CLOSE for _, _, role in singles)
            if closed >= needed:
                return True
    return False


def _next_block(blocks: Sequence[Block], index: int) -> Block | None:
    return blocks[index + 1] if index + 1 < len(blocks) else None


def _single_marks(
    text: str, block: Block, following: Block | None, merged: bool = False
) -> list[tuple[int, int, int]]:
    """A paragraph's single marks that are quotation marks, paired in order: an opening mark
    counts only when a closing one follows it in the paragraph, or when the paragraph leaves it
    open and the next one reopens (the news convention for long quotations); any other mark is an
    apostrophe. Inside a quotation a clipped word's `'` is no new opening, but a mark that opens
    after a sentence end is (paragraphs joined by a scraper); one that opens anywhere else nests a
    quotation whose closing mark does not end the outer one (`‘I heard ‘Lock her up’ and
    laughed,’`, `‘He said, ‘No.’’`). An outer quotation that never closes ended with the last
    quotation nested in it, the one mark closing both (`‘People say, ‘I back him.’ The group
    met.`), so it never runs on into the narration; so does one left open at a paragraph break
    a scraper turned into two spaces (`_LOST_BREAK`) in an article it `merged` into one
    paragraph, unless the next paragraph reopens it, ending there when nothing nested in it
    closed (an article that kept its breaks has two spaces only where a typist put them)."""
    marks: list[tuple[int, int, int]] = []
    opened: int | None = None
    nested = False
    inner = None  # the last closing mark of a quotation nested in the open one
    possessives = _Possessives(text, block)
    searched = block.start  # where the search for a lost paragraph break goes on from
    found = _SingleMarks(text, block.start, block.end)
    while (start := found.next()) >= 0:
        opens = ord(text[start]) != 0x2019 and _opens_single(text, start)
        gap = _lost_break(text, searched, start) if merged and opened is not None else None
        if opened is not None and gap is not None:
            end = (inner, inner + 1) if inner is not None else (gap, gap)
            marks += [(opened, opened + 1, OPEN), (*end, CLOSE)]
            opened, nested, inner = None, False, None
        searched = start
        if opened is None:
            opened = start if opens else None
        elif _closes_single(text, start, block.end) and (nested or not possessives.at(start)):
            if not nested:
                marks += [(opened, opened + 1, OPEN), (start, start + 1, CLOSE)]
                opened, inner = None, None
            else:
                inner = start
            nested = False
        elif opens and (stop := _sentence_stop(text, opened + 1, start)) is not None:
            end = (inner, inner + 1) if inner is not None else (stop, stop)
            marks += [(opened, opened + 1, OPEN), (*end, CLOSE)]
            opened, nested, inner = start, False, None
        elif opens:
            nested = True
    reopened = following is not None and _opens_single(text, following.start)
    if opened is not None and reopened:
        marks.append((opened, opened + 1, OPEN))
    elif opened is not None and inner is not None:
        marks += [(opened, opened + 1, OPEN), (inner, inner + 1, CLOSE)]
    return marks


_LOST_BREAK: Final = re.compile(r"(?<=[.!?…])[ \n\r\t]{2,}")
"""A sentence end and two spaces: a paragraph break a scraper turned into spaces (a no-break
space among them is a typist's double spacing, `…a war. \xa0It is clear…`)."""


def _lost_break(
    text: str, start: int, end: int, reopening: re.Pattern[str] = _SINGLE.opening
) -> int | None:
    """Where the first lost paragraph break between `start` and `end` is that ends an open
    quotation: the next paragraph does not reopen it (a mark `reopening` matches), nor does a
    lower-case word go on with its sentence (`…lost. . .  and that is that`)."""
    gap = _LOST_BREAK.search(text, start, end)
    if gap is None or text[gap.end() : gap.end() + 1].islower() or reopening.match(text, gap.end()):
        return None
    return gap.start()


_DOUBLE_OPENING: Final = re.compile(r"[\"“„‟«]|''|``|‘‘")
"""A double mark that may reopen a quotation in the next paragraph."""


class _Possessives:
    """Whether a mark that could close an open quotation ends a plural possessive instead (`'The
    workers' union is strong,' she said`): it does before a lower-case word when the paragraph's
    next quotation mark, past other plural possessives, closes too; before an opening one or none
    it closes (`calls them 'orders' from Mexico and 'a threat.'`). The mark that decides holds for
    every plural possessive the search passed, so a paragraph of them is read once, not once each
    (quadratic: 8,000 in one paragraph took 49 s)."""

    def __init__(self, text: str, block: Block) -> None:
        self.text, self.block = text, block
        self.told_until, self.told = -1, False

    def at(self, start: int) -> bool:
        text, end = self.text, self.block.end
        if not _plural_possessive(text, start):
            return False
        if start < self.told_until:
            return self.told
        self.told_until, self.told = end, False
        found = _SingleMarks(text, start + 1, end)
        while (at := found.next()) >= 0:
            if _opens_single(text, at):
                self.told_until = at
                break
            if _closes_single(text, at, end) and not _plural_possessive(text, at):
                self.told_until, self.told = at, True
                break
        return self.told


class _SingleMarks:
    """The single marks (`‘`, `’`, `'`) between `start` and `end`, in order: each glyph looked
    for by `str.find` (at C speed, and none for a glyph wider than the text's characters), where
    a pattern's `finditer` made a match object a mark and two method calls to read it."""

    __slots__ = ("end", "left", "right", "straight", "text")

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text, self.end = text, end
        self.straight = text.find("'", start, end)
        self.left = text.find("‘", start, end)
        self.right = text.find("’", start, end)

    def next(self) -> int:
        """Where the next mark stands, -1 after the last."""
        at = self.straight
        if self.left >= 0 and (at < 0 or self.left < at):
            at = self.left
        if self.right >= 0 and (at < 0 or self.right < at):
            at = self.right
        if at < 0:
            return -1
        if at == self.straight:
            self.straight = self.text.find("'", at + 1, self.end)
        elif at == self.left:
            self.left = self.text.find("‘", at + 1, self.end)
        else:
            self.right = self.text.find("’", at + 1, self.end)
        return at


def _opens_single(text: str, at: int) -> bool:
    """`_SINGLE.opening` at `at`, read by hand where a few characters decide: no mark there (the
    start of a paragraph), a word character before it (the apostrophe of `don't` or `O'Brien`,
    most marks an article has), nothing but blanks after it and an optional second mark (`,'' `,
    the wires' closing double mark), or a letter after them where a blank or a mark opens
    (`''We`, ` 'We`: a clipped word like `'em` left to the pattern). The pattern decides the
    rest."""
    size = len(text)
    if at >= size or (ord(text[at]) != 39 and ord(text[at]) != 0x2018):
        return False
    if at > 0 and is_word(text, at - 1):
        return False
    after = at + 1  # past the mark the pattern's look-ahead may pass over first
    if after < size and ord(text[after]) in _MARKS_BEFORE_OPENED:
        after += 1
    if after >= size or is_space(text, after):
        if at == 0 or ord(text[at - 1]) != 32:  # no blank the pattern may pass over either
            return False
    elif (
        at == 0 or is_space(text, at - 1) or ord(text[at - 1]) in _OPENS_AFTER
    ) and is_ascii_letter(ord(text[after])):
        if after > at + 1:
            return True
        end = after
        while end < size and is_word(text, end):
            if ord(text[end]) >= 128:
                break
            end += 1
        else:
            if text[after:end].lower() not in _CLIPPED:
                return True
    return _SINGLE.opening.match(text, at) is not None


_MARKS_BEFORE_OPENED: Final = frozenset(map(ord, "‘'’“\""))
"""The marks `_SINGLE.opening` passes over after an opening mark (`''We`, `‘“Big Tom”`)."""
_OPENS_AFTER: Final = frozenset(map(ord, "([—–‘':,-"))
"""What besides a blank may stand before an opening single mark."""


def _closes_single(text: str, at: int, end: int) -> bool:
    """`_SINGLE.closing` at `at` within `end`, read by hand where a few characters decide: not
    before a word character unless a sentence end or a comma stands before the mark
    (`'…voters!'After`; not the apostrophe of `don’t`), and after a word's last character
    (not a clipped `'n`) before a blank, punctuation or the end (`…to go,' she said`, most
    closing marks). The pattern decides the rest."""
    mark = ord(text[at]) if at < end else 0
    if mark != 39 and mark != 0x2018 and mark != 0x2019:
        return False
    if at > 0 and at + 1 < end:
        after = ord(text[at + 1])
        if is_word(text, at + 1):
            if text[at - 1] not in _CLOSING_BEFORE_CAPITAL:
                return False
        elif (
            (is_space(text, at + 1) or after in _CLOSING_BEFORE)
            and not is_space(text, at - 1)
            and ord(text[at - 1]) not in _NO_CLOSING_AFTER
        ):
            return True
    return _SINGLE.closing.match(text, at, end) is not None


_CLOSING_BEFORE_CAPITAL: Final = frozenset(".!?,")
"""What may stand before a single mark that closes before a capital (`_SINGLE.closing`)."""
_CLOSING_BEFORE: Final = frozenset(map(ord, ".,;:!?…)]}—–-"))
"""What besides a blank may stand after a single mark that closes (`_SINGLE.closing`)."""
_NO_CLOSING_AFTER: Final = frozenset(map(ord, "‘([—–-nN"))
"""What before a single mark leaves it to the pattern: an opening mark or bracket, a dash, or
the `n` of a clipped `'n` (`rock 'n' roll`)."""


def _family(glyph: str) -> str:
    """Marks that belong together: a quotation reopened in the next paragraph keeps its _SINGLE."""
    if glyph == '"':
        return "straight"
    return "curly" if glyph in "“”„‟" else "angle" if glyph in "«»" else "twin"


def _role(text: str, start: int, end: int, block_start: int, block_end: int) -> int:
    """Whether a mark opens or closes, from the characters on either side (within its block,
    `block_start` to `block_end`), else from its glyph."""
    before = text[start - 1] if start > block_start else " "
    after = text[end] if end < block_end else " "
    opens = before.isspace() or before in _BEFORE_OPENING
    closes = after.isspace() or after in _AFTER_CLOSING
    if opens != closes:
        return OPEN if opens else CLOSE
    glyph = text[start:end]
    return OPEN if glyph in _OPENING_GLYPHS else CLOSE if glyph in _CLOSING_GLYPHS else EITHER


def _add(
    found: list[Quote],
    text: str,
    blocks: Sequence[Block],
    opened: tuple[int, int, int, int],
    close_start: int,
    close_end: int,
    last_block: int,
) -> None:
    start, content_start, _, first_block = opened
    if _last_non_space(text, content_start, close_start) < 0:
        return
    if _nickname(text, start, content_start, close_start, close_end):
        return
    kind = (
        "full"
        if _resumes(text, found, start, first_block)
        else _kind(text, blocks[first_block], start, content_start, close_start)
    )
    found.append(Quote(start, close_end, content_start, close_start, kind, first_block, last_block))


def _resumes(text: str, found: list[Quote], start: int, block: int) -> bool:
    """Whether a quote resumes the full quote its sentence broke off (`"My hope," he said, "is
    that …"`): whatever its first word, it is the same full quotation."""
    if not found or found[-1].last_block != block or found[-1].kind != "full":
        return False
    previous = found[-1]
    between = text[previous.end : start].rstrip()
    return text[previous.content_start : previous.content_end].rstrip().endswith(",") and (
        between.endswith(",") and not any(map(_ends_sentence, _SENTENCE_END.finditer(between)))
    )


_SENTENCE_END: Final = re.compile(r"(\w*)([.!?])")


def _ends_sentence(match: re.Match[str]) -> bool:
    """A full stop that is not an abbreviation's (`Mr. Obama said,`), or another sentence end."""
    return match.group(2) != "." or not abbreviated(match.group(1))


def _nickname(text: str, start: int, content_start: int, content_end: int, end: int) -> bool:
    """A nickname inside a name (`Marcia "Cia" Price`): one capitalised word quoted between two."""
    return bool(
        end + 1 < len(text)  # a space and a capital after it, read first: most quotations lack them
        and ord(text[end]) == 32
        and 65 <= ord(text[end + 1]) <= 90
        and _CAPITALISED_WORD.fullmatch(text, content_start, content_end)
        and _WORD_BEFORE.search(text, max(0, start - 40), start)
    )


_CAPITALISED_WORD: Final = re.compile(r"[A-Z][\w'’.-]*(?<![^.]\w[.!?,])")
"""A capitalised word, not one ending a sentence or a clause (`‘Never.’ Councillor Bob Hale
said`, `'Done.' His brother said`): a nickname is no sentence, though initials end in a stop
(`"J.R."`)."""
_WORD_BEFORE: Final = re.compile(r"\b[A-Z][\w'’.-]* $")

_TERMINAL: Final = frozenset(".!?,…—–-:;")


def _kind(text: str, block: Block, start: int, content_start: int, content_end: int) -> QuoteKind:
    """ "partial" for a phrase quoted inside a sentence (`cannot achieve "total victory"`). The
    content is read in place, a character at a time (no copy of it made)."""
    if _first_letter_lower(text, content_start, content_end):
        return "partial"
    before = start
    while before > block.start and text[before - 1].isspace():
        before -= 1
    lead = text[before - 1] if before > block.start else ""
    if (
        lead
        and (lead.isalnum() or lead in "'’")
        and text[_last_non_space(text, content_start, content_end)] not in _TERMINAL
    ):
        return "partial"
    return "full"


def _first_letter_lower(text: str, start: int, end: int) -> bool:
    """Whether the first letter between `start` and `end` is in lower case (False with none)."""
    for at in range(start, end):
        code = ord(text[at])
        if code < 128:
            if 97 <= code <= 122:
                return True
            if 65 <= code <= 90:
                return False
        elif text[at].isalpha():
            return text[at].islower()
    return False


def _last_non_space(text: str, start: int, end: int) -> int:
    """Where the last character between `start` and `end` that is no white space stands, -1
    when there is none."""
    at = end - 1
    while at >= start and is_space(text, at):
        at -= 1
    return at if at >= start else -1
