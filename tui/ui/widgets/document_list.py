"""The document list, drawn on demand so 100,000 documents cost nothing: only the rows on screen
are formatted.

`OptionList` builds every option up front and takes seconds at 10k documents; this list only
formats the rows on screen, in the order and subset a `tui.core.ordering.DocumentOrder` gives
(sort key `o`, filter `&`). Where the pane is wide (one pane at 80 columns, or a wide terminal)
each document is one row, title then source, date and quote count, as newsboat lists; a narrow
pane gives each two rows. The open document is marked, read ones are dim.
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
from tui.core.ordering import DocumentOrder
from tui.ui.bindings import scroll_bindings
from tui.ui.wording import plural

ONE_ROW_WIDTH = 60
"""Pane width from which a document's details fit beside its title."""
_DETAILS = 34
"""Columns at most for source, date and quote count beside a title."""


class DocumentList(ScrollView, can_focus=True):
    COMPONENT_CLASSES: ClassVar[set[str]] = {"document-list--cursor"}
    BINDINGS: ClassVar[list[BindingType]] = [
        *scroll_bindings("list", edges=("first", "last")),
        Binding("enter", "open", "Open", id="list.open"),
        Binding("o", "sort", "Sort", id="list.sort"),
        Binding("ampersand", "filter", "Filter", id="list.filter"),
    ]

    class Opened(Message):
        """The user chose a document to read (`index` into the collection)."""

        def __init__(self, index: int) -> None:
            super().__init__()
            self.index = index

    class Sorted(Message):
        """The order changed (`o`): the header says which."""

    class FilterWanted(Message):
        """`&`: the screen shows the filter line."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.order = DocumentOrder([], lambda document: None)
        self.cursor = 0
        """Position in `order.shown`."""
        self.opened: int | None = None
        """Index into the collection of the open document."""
        self.message = "loading…"
        """Shown while there are no documents."""
        self.is_read: Callable[[Document], bool] = lambda document: False
        self.quote_count: Callable[[Document], int | None] = lambda document: None

    @property
    def rows_per_document(self) -> int:
        return 1 if self.scrollable_content_region.width >= ONE_ROW_WIDTH else 2

    def set_documents(
        self,
        documents: list[Document],
        is_read: Callable[[Document], bool],
        quote_count: Callable[[Document], int | None],
        keep_cursor: bool = False,
    ) -> None:
        """Show these documents; with `keep_cursor` (more of a collection still loading) the
        cursor stays on its document."""
        keep = self.cursor_document if keep_cursor else None
        self.order = DocumentOrder(documents, quote_count)
        self.is_read, self.quote_count = is_read, quote_count
        self.message = "no documents"
        self.cursor = 0
        self._shown_changed(keep)

    @property
    def cursor_document(self) -> int | None:
        """Index into the collection of the document under the cursor."""
        shown = self.order.shown
        return shown[self.cursor] if 0 <= self.cursor < len(shown) else None

    def _shown_changed(self, keep: int | None = None) -> None:
        """The order or filter changed: the cursor stays on document `keep` when it is still
        shown, else on the first."""
        shown = self.order.shown
        self.message = "no documents" if not self.order.filter else "nothing matches the filter"
        self.cursor = shown.index(keep) if keep is not None and keep in shown else 0
        self._update_size()
        self.scroll_to(y=0, animate=False, immediate=True)
        self._cursor_into_view()
        self.refresh()

    def _update_size(self) -> None:
        size = Size(0, len(self.order.shown) * self.rows_per_document)
        if size != self.virtual_size:  # setting it lays the screen out again
            self.virtual_size = size

    def next_sort(self) -> str:
        keep = self.cursor_document
        sort = self.order.next_sort()
        self._shown_changed(keep)
        return sort

    def resort(self) -> None:
        """Quote counts changed: the order by quotes is made again, the cursor staying on its
        document."""
        if self.order.sort == "quotes":
            keep = self.cursor_document
            self.order.resort()
            self._shown_changed(keep)

    def set_filter(self, text: str) -> None:
        keep = self.cursor_document
        self.order.set_filter(text)
        self._shown_changed(keep)

    def mark_opened(self, index: int) -> None:
        self.opened = index
        if index in self.order.shown:
            self.move_cursor(self.order.shown.index(index))
        self.refresh()

    def refresh_counts(self) -> None:
        """Counts and read marks changed: redraw what is on screen (nothing is cached)."""
        self.refresh()

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        base = self.rich_style
        rows = self.rows_per_document
        position, part = divmod(round(self.scroll_y) + y, rows)
        shown = self.order.shown
        if position >= len(shown):
            if not shown and y == 1:
                return Strip([Segment("  " + self.message, base)]).crop_extend(0, width, base)
            return Strip.blank(width, base)
        index = shown[position]
        document = self.order.documents[index]
        if rows == 1:
            line = self._one_line(index, document, width)
        elif part == 0:
            line = self._title_line(index, document)
        else:
            line = Text("  ", end="").append_text(self._details(document))
        line.truncate(width, overflow="ellipsis", pad=True)
        line.stylize_before(base)
        if position == self.cursor:
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

    def _one_line(self, index: int, document: Document, width: int) -> Text:
        """Title, then the details in a column of their own at the right."""
        column = min(_DETAILS, width // 2)
        details = self._details(document)
        details.truncate(column, overflow="ellipsis", pad=True)
        title = self._title_line(index, document)
        title.truncate(width - column - 2, overflow="ellipsis", pad=True)
        return Text.assemble(title, "  ", details, end="")

    def _details(self, document: Document) -> Text:
        count = self.quote_count(document)
        quotes = "… quotes" if count is None else plural(count, "quote")
        details = [part for part in (document.source, document.date) if part] + [quotes]
        return Text(printable(" · ".join(details)), style=Style(dim=True), end="")

    # -- moving

    def move_cursor(self, position: int) -> None:
        shown = self.order.shown
        if not shown:
            return
        rows = self.rows_per_document
        old = self.cursor
        self.cursor = max(0, min(position, len(shown) - 1))
        for changed in (old, self.cursor):
            self.refresh(Region(0, changed * rows - round(self.scroll_y), self.size.width, rows))
        self._cursor_into_view()

    def _cursor_into_view(self) -> None:
        rows = self.rows_per_document
        top = self.cursor * rows
        height = self.scrollable_content_region.height
        if not height:
            return  # hidden (one pane at a time): done when it is shown, see on_resize
        if top < self.scroll_y:
            self.scroll_to(y=top, animate=False, immediate=True)
        elif top + rows > self.scroll_y + height:
            self.scroll_to(y=top + rows - height, animate=False, immediate=True)

    def on_resize(self) -> None:
        """Shown again, or the terminal resized (one or two rows a document now): the cursor
        (moved by an open from search or the palette meanwhile) stays on screen."""
        self._update_size()
        self._cursor_into_view()

    @property
    def page_documents(self) -> int:
        return max(1, self.scrollable_content_region.height // self.rows_per_document - 1)

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
        self.move_cursor(len(self.order.shown) - 1)

    def action_open(self) -> None:
        index = self.cursor_document
        if index is not None:
            self.post_message(self.Opened(index))

    def action_sort(self) -> None:
        self.next_sort()
        self.post_message(self.Sorted())

    def action_filter(self) -> None:
        self.post_message(self.FilterWanted())

    def on_click(self, event: events.Click) -> None:
        position = (round(self.scroll_y) + event.y) // self.rows_per_document
        if 0 <= position < len(self.order.shown):
            self.move_cursor(position)
            self.action_open()
