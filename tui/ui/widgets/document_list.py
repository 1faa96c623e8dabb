"""The document list: two rows per document, drawn on demand so thousands cost nothing.

`OptionList` builds every option up front and takes seconds at 10k documents; this list only
formats the rows on screen. Row one is the title (the open document marked, read ones dim),
row two the date, source and quote count.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding, BindingType
from textual.geometry import Region, Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from tui.core.decoding import printable
from tui.core.documents import Document
from tui.ui.bindings import scroll_bindings
from tui.ui.wording import plural

ROWS_PER_DOCUMENT = 2


class DocumentList(ScrollView, can_focus=True):
    COMPONENT_CLASSES: ClassVar[set[str]] = {"document-list--cursor"}
    BINDINGS: ClassVar[list[BindingType]] = [
        *scroll_bindings("list", edges=("first", "last")),
        Binding("enter", "open", "Open", id="list.open"),
    ]

    class Opened(Message):
        """The user chose a document to read."""

        def __init__(self, index: int) -> None:
            super().__init__()
            self.index = index

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.documents: list[Document] = []
        self.cursor = 0
        self.opened: int | None = None
        self.message = "loading…"
        """Shown while there are no documents."""
        self.is_read: Callable[[Document], bool] = lambda document: False
        self.quote_count: Callable[[Document], int | None] = lambda document: None

    def set_documents(
        self,
        documents: list[Document],
        is_read: Callable[[Document], bool],
        quote_count: Callable[[Document], int | None],
    ) -> None:
        self.documents, self.is_read, self.quote_count = documents, is_read, quote_count
        self.message = "no documents"
        self.cursor = 0
        self.virtual_size = Size(0, len(documents) * ROWS_PER_DOCUMENT)
        self.refresh()

    def mark_opened(self, index: int) -> None:
        self.opened = index
        self.move_cursor(index)
        self.refresh()

    def refresh_counts(self) -> None:
        """Counts and read marks changed: redraw what is on screen (nothing is cached)."""
        self.refresh()

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        base = self.rich_style
        row = round(self.scroll_y) + y
        index, part = divmod(row, ROWS_PER_DOCUMENT)
        if index >= len(self.documents):
            if not self.documents and y == 1:
                return Strip([Segment("  " + self.message, base)]).crop_extend(0, width, base)
            return Strip.blank(width, base)
        document = self.documents[index]
        line = self._title_line(index, document) if part == 0 else self._detail_line(document)
        line.truncate(width, overflow="ellipsis", pad=True)
        line.stylize_before(base)
        if index == self.cursor:
            cursor = self.get_component_rich_style("document-list--cursor")
            line.stylize(
                cursor + Style(reverse=True) if self.app.no_color and self.has_focus else cursor
            )
        return Strip(line.render(self.app.console), width)

    def _title_line(self, index: int, document: Document) -> Text:
        marker = "▶ " if index == self.opened else "  "
        return Text.assemble(
            (marker, Style(bold=True)),
            (printable(document.title), Style(dim=self.is_read(document) and index != self.opened)),
            end="",
        )

    def _detail_line(self, document: Document) -> Text:
        count = self.quote_count(document)
        quotes = "… quotes" if count is None else plural(count, "quote")
        details = [quotes] + [part for part in (document.date, document.source) if part]
        return Text("  " + printable(" · ".join(details)), style=Style(dim=True), end="")

    # -- moving

    def move_cursor(self, index: int) -> None:
        if not self.documents:
            return
        old = self.cursor
        self.cursor = max(0, min(index, len(self.documents) - 1))
        for changed in (old, self.cursor):
            self.refresh(
                Region(
                    0,
                    changed * ROWS_PER_DOCUMENT - round(self.scroll_y),
                    self.size.width,
                    ROWS_PER_DOCUMENT,
                )
            )
        self._cursor_into_view()

    def _cursor_into_view(self) -> None:
        top = self.cursor * ROWS_PER_DOCUMENT
        height = self.scrollable_content_region.height
        if not height:
            return  # hidden (one pane at a time): done when it is shown, see on_resize
        if top < self.scroll_y:
            self.scroll_to(y=top, animate=False, immediate=True)
        elif top + ROWS_PER_DOCUMENT > self.scroll_y + height:
            self.scroll_to(y=top + ROWS_PER_DOCUMENT - height, animate=False, immediate=True)

    def on_resize(self) -> None:
        """Shown again, or the terminal resized: the cursor (moved by an open from search or the
        palette meanwhile) stays on screen."""
        self._cursor_into_view()

    @property
    def page_documents(self) -> int:
        return max(1, self.scrollable_content_region.height // ROWS_PER_DOCUMENT - 1)

    def action_down(self) -> None:
        self.move_cursor(self.cursor + 1)

    def action_up(self) -> None:
        self.move_cursor(self.cursor - 1)

    def action_page_down(self) -> None:
        self.move_cursor(self.cursor + self.page_documents)

    def action_page_up(self) -> None:
        self.move_cursor(self.cursor - self.page_documents)

    def action_first(self) -> None:
        self.move_cursor(0)

    def action_last(self) -> None:
        self.move_cursor(len(self.documents) - 1)

    def action_open(self) -> None:
        if self.documents:
            self.post_message(self.Opened(self.cursor))

    def on_click(self, event: events.Click) -> None:
        index = (round(self.scroll_y) + event.y) // ROWS_PER_DOCUMENT
        if 0 <= index < len(self.documents):
            self.move_cursor(index)
            self.post_message(self.Opened(index))
