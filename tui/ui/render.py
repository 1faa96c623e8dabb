"""Core spans to styled terminal rows: an article wrapped to a width, with its annotations drawn.

Article text is data: it only ever becomes `rich.text.Text` built from plain strings plus spans,
never markup. Wrapping (`wrapping.py`) is done once per width, so the reader can draw any row on
demand (the Line API) and map text offsets to rows for jumps; every row remembers which document
offsets it shows (`Row.runs`) so highlights can be laid over it later without re-wrapping.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import defaultdict
from dataclasses import dataclass
from typing import TypeVar

from rich.cells import cell_len
from rich.style import Style
from rich.text import Text

from tui.core.decoding import printable
from tui.core.documents import Document
from tui.core.links import article_links, link_target
from tui.core.model import Annotation, Quote
from tui.core.sentences import sentence_end
from tui.ui.colours import Palette
from tui.ui.wrapping import wrap_offsets

MENTION_TARGET = Style(reverse=True, bold=True, underline=True)
"""The mention or find match `n`/`N` landed on."""
FIND_MATCH = Style(reverse=True)
"""Every match of the find (`f`), as less shows them."""

_QUOTE = Style(italic=True)
_OTHER_PERSON = Style(bold=True)
StyledSpan = tuple[int, int, Style]
"""(start, end, style) in document offsets."""
_T = TypeVar("_T")
_HEADING = Style(bold=True)
_TITLE = Style(bold=True, underline=True)
_META = Style(dim=True)
_INLINE = {"em": Style(italic=True), "strong": Style(bold=True), "code": Style(bold=True)}


@dataclass(frozen=True, slots=True)
class Row:
    text: Text
    runs: tuple[tuple[int, int, int], ...]
    """(document start, document end, column): the stretches of this row taken from the text."""
    block: int
    """Index of the block this row shows, -1 for the title and for spacing."""

    @property
    def start(self) -> int:
        return self.runs[0][0] if self.runs else -1


def overlay(row: Row, text: Text, start: int, end: int, style: Style) -> None:
    """Style, in `text` (a copy of the row's), the columns that show document offsets [start,
    end)."""
    for doc_start, doc_end, column in row.runs:
        a, b = max(start, doc_start), min(end, doc_end)
        if a < b:
            text.stylize(style, column + a - doc_start, column + b - doc_start)


class ArticleLayout:
    """The rows of one article at one width, and the way from text offsets to rows."""

    def __init__(self, rows: list[Row], block_rows: list[int]) -> None:
        self.rows = rows
        self.block_rows = block_rows
        """First row of each block."""
        self._text_rows = [index for index, row in enumerate(rows) if row.runs]
        self._starts = [rows[index].start for index in self._text_rows]

    def row_of(self, offset: int) -> int:
        """The row showing `offset` (or the nearest one before it)."""
        if not self._starts:
            return 0
        position = max(0, bisect_right(self._starts, offset) - 1)
        return self._text_rows[position]

    def offset_of(self, row: int) -> int:
        """The first text offset shown at or after `row` (for remembering positions)."""
        for index in range(max(0, row), len(self.rows)):
            if self.rows[index].runs:
                return self.rows[index].start
        return 0


def layout_article(
    document: Document, annotation: Annotation, width: int, palette: Palette
) -> ArticleLayout:
    width = max(width, 12)
    first = (
        document.text[document.blocks[0].start : document.blocks[0].end].strip()
        if document.blocks
        else ""
    )
    title = document.title.strip()
    title_block = bool(first) and (
        first == title
        or (document.blocks[0].kind == "heading" and first in title)  # `<title>H1 | Site</title>`
    )
    # The text opens with the headline: that block is drawn as the title instead of repeating it.
    meta = _meta_row(document)
    rows: list[Row] = []
    if not title_block:
        rows.extend(_title_rows(document, first, width))
        rows.extend(meta)
    blocks = _Blocks(document)
    spans = _block_spans(blocks, document, annotation, palette)
    labels = _labels(blocks, document, annotation, palette)
    links = article_links(document)
    for number, (end, _target) in enumerate(links, start=1):
        if document.blocks:
            labels[blocks.holding(end - 1)].append((end, Text(f"[{number}]", style=_META)))
    quoted = _quoted(blocks, document, annotation, palette)
    block_rows = []
    for index in range(len(document.blocks)):
        if rows:
            rows.append(Row(Text(""), (), -1))
        block_rows.append(len(rows))
        rows.extend(
            _block_rows(
                document,
                index,
                spans[index],
                labels[index],
                quoted[index],
                width,
                title=title_block and index == 0,
            )
        )
        if title_block and index == 0:
            rows.extend(meta)
    rows.extend(_link_rows(links, width, palette))
    return ArticleLayout(rows, block_rows)


def _link_rows(links: list[tuple[int, str]], width: int, palette: Palette) -> list[Row]:
    """The article's links under it, numbered as marked in the text: each a terminal hyperlink
    (OSC 8) where the terminal has them, and readable to copy by hand where it does not."""
    if not links:
        return []
    rows = [Row(Text(""), (), -1), Row(Text("  Links", style=_HEADING), (), -1)]
    for number, (_end, target) in enumerate(links, start=1):
        shown = Text(f"  [{number}] ", style=_META)
        shown.append(target, Style(underline=True, color=palette.link, link=target))
        shown.truncate(width, overflow="ellipsis")
        rows.append(Row(shown, (), -1))
    return rows


def _title_rows(document: Document, first: str, width: int) -> list[Row]:
    """The title above the text, unless the text opens with the sentence it was derived from."""
    if first.startswith(document.title.removesuffix("…")):
        return []
    title = Text(printable(document.title), style=_TITLE)
    rows = [Row(title[a:b], (), -1) for a, b in wrap_offsets(title.plain, width - 2)]
    for row in rows:
        row.text.pad_left(2)
    return rows


def _meta_row(document: Document) -> list[Row]:
    """Date, source and author, then the article's own URL (a terminal hyperlink)."""
    meta = " · ".join(
        printable(part) for part in (document.date, document.source, document.author) if part
    )
    rows = [Row(Text("  " + meta, style=_META), (), -1)] if meta else []
    url = link_target(document.url)
    if url is not None:
        rows.append(Row(Text.assemble("  ", (url, Style(dim=True, link=url))), (), -1))
    if document.copies:
        also = ", ".join(printable(key) for key in document.copies)
        rows.append(Row(Text(f"  the same text also in: {also}", style=_META), (), -1))
    return rows


class _Blocks:
    """Hands each span to the blocks it touches (bisect on block starts, not a scan)."""

    def __init__(self, document: Document) -> None:
        self.blocks = document.blocks
        self.starts = [block.start for block in document.blocks]

    def holding(self, offset: int) -> int:
        """The block holding `offset` (or the last one starting before it)."""
        return max(0, bisect_right(self.starts, offset) - 1)

    def assign(self, spans: dict[int, list[_T]], start: int, end: int, item: _T) -> None:
        index = self.holding(start)
        while index < len(self.blocks) and self.blocks[index].start < end:
            if self.blocks[index].end > start:
                spans[index].append(item)
            index += 1


def _block_spans(
    blocks: _Blocks, document: Document, annotation: Annotation, palette: Palette
) -> dict[int, list[StyledSpan]]:
    """(start, end, style) per block, in drawing order: later spans win."""
    spans: dict[int, list[StyledSpan]] = defaultdict(list)
    for inline in document.inline:
        style = _INLINE.get(inline.kind) or Style(
            underline=True, color=palette.link, link=link_target(inline.href)
        )
        blocks.assign(spans, inline.start, inline.end, (inline.start, inline.end, style))
    for quote in (*annotation.quotes, *annotation.terms):  # a quoted title is italic too
        blocks.assign(spans, quote.start, quote.end, (quote.start, quote.end, _QUOTE))
    speakers = {quote.speaker for quote in annotation.quotes if quote.speaker is not None}
    for mention in annotation.mentions:
        if mention.person not in speakers:
            blocks.assign(
                spans, mention.start, mention.end, (mention.start, mention.end, _OTHER_PERSON)
            )
    for place in annotation.places:
        style = Style(underline=True, color=palette.place)
        blocks.assign(spans, place.start, place.end, (place.start, place.end, style))
    for mention in annotation.mentions:
        if mention.person in speakers:
            style = _speaker_style(annotation.people[mention.person].name, palette)
            blocks.assign(spans, mention.start, mention.end, (mention.start, mention.end, style))
    for quote in annotation.quotes:
        if (
            quote.speaker is not None
            and quote.speaker_start is not None
            and quote.speaker_end is not None
        ):
            style = _speaker_style(annotation.people[quote.speaker].name, palette)
            blocks.assign(
                spans,
                quote.speaker_start,
                quote.speaker_end,
                (quote.speaker_start, quote.speaker_end, style),
            )
    return spans


def _speaker_style(name: str, palette: Palette) -> Style:
    return Style(bold=True, underline=True, color=palette.speaker_colour(name))


def _labels(
    blocks: _Blocks, document: Document, annotation: Annotation, palette: Palette
) -> dict[int, list[tuple[int, Text]]]:
    """The speaker's name at the end of the sentence holding each attributed quote's end, per
    block: between sentences, never between a quote and the words of its attribution.

    Only where the text does not already name the speaker beside the quote (`…," Blinken said`
    shows `Blinken` highlighted in the speaker's colour): a `he said`, a description, an inherited
    or a distant attribution gets the label. A speaker's quotes in a row within one paragraph
    share the label after the last of them (`"A," she said. "B."`).
    """
    named: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for mention in annotation.mentions:
        named[mention.person].append((mention.start, mention.end))
    for spans in named.values():
        spans.sort()
    attributed: dict[int, list[tuple[int, int, bool]]] = defaultdict(list)
    for quote in annotation.quotes:
        if quote.speaker is not None:
            attributed[blocks.holding(quote.end - 1)].append(
                (quote.content_end - 1, quote.speaker, not _named_beside(quote, named))
            )
    labels: dict[int, list[tuple[int, Text]]] = defaultdict(list)
    for block, quotes in attributed.items():
        quotes.sort()
        for (last, speaker, labelled), after in zip(quotes, [*quotes[1:], None], strict=True):
            if not labelled or (after is not None and after[1] == speaker):
                continue
            name = annotation.people[speaker].name
            position = sentence_end(document.text, last, document.blocks[block].end)
            label = Text(
                " " + f"— {printable(name)}".replace(" ", "\u00a0"),
                style=Style(dim=True, italic=False, color=palette.speaker_colour(name)),
            )
            labels[block].append((position, label))
    return labels


def _named_beside(quote: Quote, named: dict[int, list[tuple[int, int]]]) -> bool:
    """Whether the attribution rests on the speaker's name (not `he`, not a description), or on
    a relative pronoun right after it, close by.

    `named` holds each person's mentions in order; they never overlap, so only the last one
    starting before the attribution ends can overlap it (a scan of them all was quadratic in an
    article quoting one person thousands of times)."""
    start, end = quote.speaker_start, quote.speaker_end
    if start is None or end is None or quote.speaker is None:
        return False
    mentions = named.get(quote.speaker, [])
    before = bisect_left(mentions, (end,))
    if not (before and mentions[before - 1][1] > start - _RELATIVE_GAP):
        return False
    return min(abs(start - quote.end), abs(quote.start - end)) <= _BESIDE


_BESIDE = 60
"""Characters between a quote and its speaker's name for the name to count as a label."""

_RELATIVE_GAP = 3
"""A name this close before the attribution's word names it too (`Netanyahu, who insists`)."""


def _quoted(
    blocks: _Blocks, document: Document, annotation: Annotation, palette: Palette
) -> dict[int, list[StyledSpan]]:
    """(start, end, gutter style) of every quote's words (marks excluded), per block: a row
    showing any of them gets a bar in the gutter, bold for a full quotation."""
    quotes: dict[int, list[StyledSpan]] = defaultdict(list)
    for quote in annotation.quotes:
        name = annotation.speaker_name(quote)
        colour = palette.speaker_colour(name) if name else None
        style = Style(bold=quote.kind == "full", dim=quote.kind != "full", color=colour)
        blocks.assign(
            quotes,
            quote.content_start,
            quote.content_end,
            (quote.content_start, quote.content_end, style),
        )
    return quotes


def _block_rows(
    document: Document,
    index: int,
    spans: list[StyledSpan],
    labels: list[tuple[int, Text]],
    quotes: list[StyledSpan],
    width: int,
    title: bool = False,
) -> list[Row]:
    block = document.blocks[index]
    base = _TITLE if title else _HEADING if block.kind == "heading" else ""
    text = Text(printable(document.text[block.start : block.end]), style=base)
    for start, end, style in spans:
        a, b = max(start, block.start) - block.start, min(end, block.end) - block.start
        if a < b:
            text.stylize(style, a, b)
    first_prefix, prefix = _prefixes(block.kind, block.level)
    body_width = max(4, width - 2 - cell_len(prefix))
    if block.kind == "code":
        display, runs = text, [(block.start, block.end, 0)]
        offsets: list[tuple[int, int]] = []
        position = 0
        for line in document.text[block.start : block.end].split("\n"):
            offsets.extend(
                (position + a, position + b)
                for a, b in wrap_offsets(line, body_width, fold_only=True)
            )
            position += len(line) + 1
    else:
        display, runs = _with_labels(text, block.start, sorted(labels, key=lambda item: item[0]))
        offsets = wrap_offsets(display.plain, body_width)
    cuts = [cut for row in offsets for cut in row]
    pieces = display.divide(cuts)[1::2]  # one divide for the block: [row 0, gap, row 1, gap, ...]
    rows = []
    for number, (start, end) in enumerate(offsets):
        lead = first_prefix if number == 0 else prefix
        row_runs = tuple(
            (doc_start + a - shown, doc_start + b - shown, 2 + cell_len(lead) + a - start)
            for doc_start, doc_end, shown in runs
            for a, b in [(max(start, shown), min(end, shown + doc_end - doc_start))]
            if a < b
        )
        gutter = Text("  ")
        for quote_start, quote_end, style in quotes:
            if any(a < quote_end and b > quote_start for a, b, _ in row_runs):
                gutter = Text("▍ ", style=style)
                break
        shown = Text.assemble(gutter, Text(lead, style=_META), pieces[number])
        rows.append(Row(shown, row_runs, index))
    return rows


def _with_labels(
    text: Text, offset: int, labels: list[tuple[int, Text]]
) -> tuple[Text, list[tuple[int, int, int]]]:
    """Insert speaker labels; runs map (document start, document end, display start)."""
    if not labels:
        return text, [(offset, offset + len(text), 0)]
    pieces, runs, cursor, shown = [], [], 0, 0
    for position, label in labels:
        cut = position - offset
        pieces.append(text[cursor:cut])
        runs.append((offset + cursor, offset + cut, shown))
        shown += cut - cursor
        pieces.append(label)
        shown += len(label)
        cursor = cut
    pieces.append(text[cursor:])
    runs.append((offset + cursor, offset + len(text), shown))
    return Text("").join(pieces), runs


def _prefixes(kind: str, level: int) -> tuple[str, str]:
    if kind == "list_item":
        indent = "  " * max(0, level - 1)
        return indent + "• ", indent + "  "
    if kind == "blockquote":
        return "│ ", "│ "
    if kind == "code":
        return "  ", "  "
    return "", ""
