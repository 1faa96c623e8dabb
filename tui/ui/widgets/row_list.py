"""A list drawn on demand, a fixed number of rows per item: the speakers view and a quote trail.

Like the document list, only the lines on screen are formatted (`render_line`), so 100,000
speakers or quotes cost what a screenful costs. Subclasses say what an item's rows show; the
screens turn keys into the moves here.
"""

from __future__ import annotations

from typing import ClassVar

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events
from textual.geometry import Region, Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip


class RowList(ScrollView):
    """`count` items of `ROWS` lines each, one under the cursor; `row(index, part)` draws them."""

    ROWS = 1
    COMPONENT_CLASSES: ClassVar[set[str]] = {"row-list--cursor"}

    class Chosen(Message):
        """The user chose the item under the cursor (enter or a click)."""

        def __init__(self, row_list: RowList, index: int) -> None:
            super().__init__()
            self.row_list, self.index = row_list, index

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.count = 0
        self.cursor = 0
        self.message = "loading…"
        """Shown while there are no items."""

    def set_count(self, count: int, cursor: int = 0, message: str = "nothing here") -> None:
        self.count, self.message = count, message
        self.virtual_size = Size(0, count * self.ROWS)
        self.cursor = max(0, min(cursor, count - 1))
        self.refresh()
        self.call_after_refresh(self.move_cursor, self.cursor)

    def row(self, index: int, part: int) -> Text:
        raise NotImplementedError

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        base = self.rich_style
        index, part = divmod(round(self.scroll_y) + y, self.ROWS)
        if index >= self.count:
            if not self.count and y == 1:
                return Strip([Segment("  " + self.message, base)]).crop_extend(0, width, base)
            return Strip.blank(width, base)
        line = self.row(index, part)
        line.truncate(width, overflow="ellipsis", pad=True)
        line.stylize_before(base)
        if index == self.cursor:
            cursor = self.get_component_rich_style("row-list--cursor")
            line.stylize(cursor + Style(reverse=True) if self.app.no_color else cursor)
        return Strip(line.render(self.app.console), width)

    def move_cursor(self, index: int) -> None:
        if not self.count:
            return
        old, self.cursor = self.cursor, max(0, min(index, self.count - 1))
        for changed in (old, self.cursor):
            top = changed * self.ROWS - round(self.scroll_y)
            self.refresh(Region(0, top, self.size.width, self.ROWS))
        top = self.cursor * self.ROWS
        height = self.scrollable_content_region.height
        if top < self.scroll_y:
            self.scroll_to(y=top, animate=False, immediate=True)
        elif top + self.ROWS > self.scroll_y + height:
            self.scroll_to(y=top + self.ROWS - height, animate=False, immediate=True)

    @property
    def page(self) -> int:
        return max(1, self.scrollable_content_region.height // self.ROWS - 1)

    def choose(self) -> None:
        if self.count:
            self.post_message(self.Chosen(self, self.cursor))

    def on_click(self, event: events.Click) -> None:
        index = (round(self.scroll_y) + event.y) // self.ROWS
        if 0 <= index < self.count:
            self.move_cursor(index)
            self.post_message(self.Chosen(self, index))
