"""The reader pane: one article drawn row by row (the Line API), so long articles stay fast.

Layouts come from `render.layout_article`, one per width, cached; only the rows on screen are
turned into strips. The pane keeps two highlights laid over the text without re-wrapping it:
the current quote (`]`/`[`, search) and the mention `n`/`N` landed on.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import ClassVar

from rich.segment import Segment
from textual import work
from textual.binding import BindingType
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from tui.core.decoding import printable
from tui.core.documents import Document
from tui.core.model import Annotation, Quote
from tui.ui.bindings import scroll_bindings
from tui.ui.colours import Palette
from tui.ui.render import FIND_MATCH, MENTION_TARGET, ArticleLayout, layout_article, overlay

LARGE = 200_000
"""Characters above which an article is laid out in a thread: a 50,000-paragraph article takes
seconds to wrap, and keys must be answered meanwhile."""


class ArticleView(ScrollView, can_focus=True):
    BINDINGS: ClassVar[list[BindingType]] = [*scroll_bindings("reader")]
    """Quote and paragraph keys live on the screen, so they work from the side panel too."""

    class LaidOut(Message):
        """A large article's layout, made in a thread for what was shown at `generation`."""

        def __init__(self, generation: int, width: int, layout: ArticleLayout) -> None:
            super().__init__()
            self.generation, self.width, self.layout = generation, width, layout

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.document: Document | None = None
        self.annotation: Annotation | None = None
        self.palette: Palette | None = None
        self.message = "loading…"
        self.current_quote: int | None = None
        """Index into `annotation.quotes` of the quote `]`/`[`/`y` work from."""
        self.target: tuple[int, int] | None = None
        self.matches: list[tuple[int, int]] = []
        """The find's matches (`f`), in text order, all highlighted."""
        self.current_match: int | None = None
        self._match_starts: list[int] = []
        self._quote_order: list[int] = []
        self._layouts: dict[int, ArticleLayout] = {}
        self._shown_width = 0
        """The width of the layout last drawn: after a resize, where the reader was is read from
        it."""
        self._strips: dict[int, Strip] = {}
        self._generation = 0
        """Counts what was shown: a layout made for an older article or annotation is dropped."""
        self._requested: tuple[int, int] | None = None
        """(generation, width) of the layout being made in a thread."""
        self._pending_offset: int | None = None
        """Where to scroll once that layout arrives."""

    # -- what is shown

    def show(
        self, document: Document, annotation: Annotation, palette: Palette, offset: int = 0
    ) -> None:
        self.document, self.palette = document, palette
        self.matches, self._match_starts, self.current_match = [], [], None
        self._set_annotation(annotation)
        self.scroll_to(y=0, animate=False, immediate=True)
        if offset:
            self.call_after_refresh(self.scroll_to_offset, offset)

    def scroll_to_offset(self, offset: int) -> None:
        """Put the row showing text `offset` at the top; offset 0 is the very top, title
        included (once the layout is there, for a large article being laid out)."""
        if self.document is not None and self.laying_out:
            self._pending_offset = offset
            return
        self.scroll_to(
            y=self.article_layout.row_of(offset) if offset > 0 else 0, animate=False, immediate=True
        )

    def update_annotation(self, annotation: Annotation) -> None:
        """Redraw the same document with new highlights, staying where the reader is."""
        offset = self.top_offset()
        self._set_annotation(annotation)
        self.scroll_to_offset(offset)

    def _set_annotation(self, annotation: Annotation) -> None:
        self.annotation = annotation
        self.current_quote, self.target = None, None
        self._quote_order = sorted(
            range(len(annotation.quotes)), key=lambda i: annotation.quotes[i].start
        )
        self._invalidate()

    def show_message(self, message: str) -> None:
        """Show one line instead of an article; it may quote a path or an error, so it is made
        printable."""
        self.document = self.annotation = None
        self.message = printable(message)
        self._invalidate()

    def set_palette(self, palette: Palette) -> None:
        if self.document is None:
            self.palette = palette
            return
        offset = self.top_offset()
        self.palette = palette
        self._invalidate()
        self.scroll_to_offset(offset)

    def _invalidate(self) -> None:
        self._generation += 1
        self._pending_offset = None
        self._layouts.clear()
        self._strips.clear()
        self._update_virtual_size()
        self.refresh()

    @property
    def text_width(self) -> int:
        return max(12, self.scrollable_content_region.width - 1)

    @property
    def article_layout(self) -> ArticleLayout:
        if not self.scrollable_content_region.width:
            return ArticleLayout([], [])  # not laid out yet: wrapping waits for the real width
        width = self._shown_width = self.text_width
        found = self._layouts.get(width)
        if found is None:
            if self.document is None or self.annotation is None or self.palette is None:
                found = ArticleLayout([], [])
            elif len(self.document.text) > LARGE:
                if self._requested != (self._generation, width):
                    self._requested = (self._generation, width)
                    self._lay_out(self._requested, self.document, self.annotation, self.palette)
                return ArticleLayout([], [])
            else:
                found = layout_article(self.document, self.annotation, width, self.palette)
            if len(self._layouts) > 4:
                self._layouts.clear()
            self._layouts[width] = found
        return found

    @property
    def laying_out(self) -> bool:
        """Whether the article on screen waits for its layout from a thread."""
        return (
            self.document is not None
            and self._layouts.get(self.text_width) is None
            and (len(self.document.text) > LARGE)
        )

    @work(thread=True, exclusive=True, group="layout")
    def _lay_out(
        self,
        request: tuple[int, int],
        document: Document,
        annotation: Annotation,
        palette: Palette,
    ) -> None:
        generation, width = request
        layout = layout_article(document, annotation, width, palette)
        self.post_message(self.LaidOut(generation, width, layout))

    def on_article_view_laid_out(self, message: LaidOut) -> None:
        if (message.generation, message.width) != self._requested:
            return  # made for an earlier article, annotation or width
        self._layouts[message.width] = message.layout
        self._strips.clear()
        self._update_virtual_size()
        pending, self._pending_offset = self._pending_offset, None
        if pending:
            self.scroll_to_offset(pending)
        if self.current_quote is not None and self.annotation is not None:
            self._bring_into_view(
                self.article_layout.row_of(self.annotation.quotes[self.current_quote].start)
            )
        self.refresh()

    def _update_virtual_size(self) -> None:
        rows = len(self.article_layout.rows) if self.document is not None else 1
        self.virtual_size = Size(self.text_width, rows)

    def on_resize(self) -> None:
        offset = self.top_offset()
        self._strips.clear()
        self._update_virtual_size()
        if self.document is not None:
            self.scroll_to_offset(offset)

    def top_offset(self) -> int:
        """The text offset at the top of the view: what survives a resize or a restart."""
        shown = self._layouts.get(self._shown_width)
        if self._pending_offset is not None and shown is None:
            return self._pending_offset
        if self.document is None or shown is None or not self.scroll_y:
            return 0
        return shown.offset_of(round(self.scroll_y))

    # -- drawing

    def render_line(self, y: int) -> Strip:
        row_index = round(self.scroll_y) + y
        strip = self._strips.get(row_index)
        if strip is None:
            strip = self._strips[row_index] = self._render_row(row_index)
        return strip

    def _render_row(self, row_index: int) -> Strip:
        """One row as a strip the width of the pane (cached until the text, width or styles
        change)."""
        width = self.scrollable_content_region.width
        style = self.rich_style
        if self.document is None or self.laying_out:
            message = self.message if self.document is None else "laying out this long article…"
            shown = "  " + message if row_index == 1 else ""
            return Strip([Segment(shown, style)]).crop_extend(0, width, style)
        rows = self.article_layout.rows
        if row_index >= len(rows):
            return Strip.blank(width, style)
        row = rows[row_index]
        text = row.text.copy()
        if (
            self.current_quote is not None
            and self.annotation is not None
            and self.palette is not None
        ):
            quote = self.annotation.quotes[self.current_quote]
            overlay(row, text, quote.start, quote.end, self.palette.current_quote)
        if self.matches and row.runs:
            first = max(0, bisect_right(self._match_starts, row.runs[0][0]) - 1)
            last = bisect_left(self._match_starts, row.runs[-1][1])
            for start, end in self.matches[first:last]:
                overlay(row, text, start, end, FIND_MATCH)
        if self.target is not None:
            overlay(row, text, self.target[0], self.target[1], MENTION_TARGET)
        text.stylize_before(style)
        text.end = ""
        segments = [segment for segment in text.render(self.app.console) if segment.text]
        return (
            Strip(segments, text.cell_len).crop_extend(0, width, style).simplify()
        )  # fewer SGR codes

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._strips.clear()

    def _redraw(self) -> None:
        self._strips.clear()
        self.refresh()

    # -- moving

    @property
    def page_rows(self) -> int:
        return max(1, self.scrollable_content_region.height - 1)

    def _scroll_rows(self, rows: int) -> None:
        self.scroll_to(y=max(0, self.scroll_y + rows), animate=False, immediate=True)

    def action_down(self) -> None:
        self._scroll_rows(1)

    def action_up(self) -> None:
        self._scroll_rows(-1)

    def action_page_down(self) -> None:
        self._scroll_rows(self.page_rows)

    def action_page_up(self) -> None:
        self._scroll_rows(-self.page_rows)

    def action_top(self) -> None:
        self.scroll_to(y=0, animate=False, immediate=True)

    def action_bottom(self) -> None:
        self.scroll_to(y=self.max_scroll_y, animate=False, immediate=True)

    def _bring_into_view(self, row: int) -> None:
        """Scroll only when `row` is off screen, and then put it a few rows below the top."""
        top = round(self.scroll_y)
        if not top <= row < top + self.scrollable_content_region.height - 1:
            self.scroll_to(y=max(0, row - 2), animate=False, immediate=True)

    def action_next_quote(self) -> None:
        self._step_quote(1)

    def action_previous_quote(self) -> None:
        self._step_quote(-1)

    def _step_quote(self, step: int) -> None:
        if self.annotation is None or not self._quote_order:
            self.notify("No quotes in this article.", severity="warning")
            return
        if self.current_quote is not None and self._is_visible(
            self.annotation.quotes[self.current_quote].start
        ):
            position = self._quote_order.index(self.current_quote) + step
        else:
            top = self.top_offset()
            starts = [self.annotation.quotes[i].start for i in self._quote_order]
            after = next((n for n, start in enumerate(starts) if start >= top), len(starts))
            position = after if step > 0 else after - 1
        if not 0 <= position < len(self._quote_order):
            self.notify("No more quotes this way.", severity="information")
            return
        self.select_quote(self._quote_order[position])

    def select_quote(self, index: int) -> None:
        """Make quote `index` current: highlighted and in view."""
        assert self.annotation is not None
        self.current_quote = index
        self.target = None
        self._redraw()
        self._bring_into_view(self.article_layout.row_of(self.annotation.quotes[index].start))

    def select_span(self, start: int, end: int) -> None:
        """Highlight one mention and bring it into view."""
        self.target = (start, end)
        self._redraw()
        self._bring_into_view(self.article_layout.row_of(start))

    def set_matches(self, matches: list[tuple[int, int]]) -> None:
        self.matches, self.current_match = matches, None
        self._match_starts = [start for start, _end in matches]
        self.target = None
        self._redraw()

    def step_match(self, step: int) -> None:
        """Go to the next (1) or previous (-1) match, round the end; 0 goes to the first match
        from the top of the view on. From the top of the view when the current one is off
        screen."""
        if not self.matches:
            return
        current = self.current_match
        if current is not None and step and self._is_visible(self.matches[current][0]):
            number = current + step
        else:
            after = bisect_left(self._match_starts, self.top_offset())
            number = after - 1 if step < 0 else after
        self.current_match = number % len(self.matches)
        self.select_span(*self.matches[self.current_match])

    def _is_visible(self, offset: int) -> bool:
        row = self.article_layout.row_of(offset)
        top = round(self.scroll_y)
        return top <= row < top + self.scrollable_content_region.height

    def action_next_paragraph(self) -> None:
        top = round(self.scroll_y)
        following = [row for row in self.article_layout.block_rows if row > top]
        if following:
            self.scroll_to(y=following[0], animate=False, immediate=True)

    def action_previous_paragraph(self) -> None:
        top = round(self.scroll_y)
        earlier = [row for row in self.article_layout.block_rows if row < top]
        self.scroll_to(y=earlier[-1] if earlier else 0, animate=False, immediate=True)

    def position(self) -> int:
        """Where `n`/`N` count from: the highlighted mention, else the top of the view."""
        if self.target is not None and self._is_visible(self.target[0]):
            return self.target[0]
        return self.top_offset()

    def quote_to_copy(self) -> Quote | None:
        """The current quote if on screen, else the first quote that is."""
        if self.annotation is None:
            return None
        if self.current_quote is not None and self._is_visible(
            self.annotation.quotes[self.current_quote].start
        ):
            return self.annotation.quotes[self.current_quote]
        top = round(self.scroll_y)
        bottom = top + self.scrollable_content_region.height
        for index in self._quote_order:
            quote = self.annotation.quotes[index]
            if top <= self.article_layout.row_of(quote.start) < bottom or (
                self.article_layout.row_of(quote.start)
                < top
                <= self.article_layout.row_of(quote.end - 1)
            ):
                return quote
        return None
