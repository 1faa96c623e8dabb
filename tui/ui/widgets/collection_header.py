"""The top line: which collection is open, how big it is, and what is still running.

Built from plain strings (a folder name can hold `[`): `Text`, never markup.
"""

from __future__ import annotations

from rich.style import Style
from rich.text import Text
from textual.widgets import Static

from tui.core.decoding import printable


class CollectionHeader(Static):
    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(Text(" newsreader  loading…"), id=id)
        self.name_shown = "newsreader"
        self.counts = ""
        self.activity = "loading…"

    def set_collection(self, name: str, counts: str) -> None:
        self.name_shown, self.counts = name, counts
        self._show()

    def set_activity(self, activity: str) -> None:
        """Progress of background work ("annotating 40%"); empty when everything is ready."""
        self.activity = activity
        self._show()

    def _show(self) -> None:
        parts = [(" " + printable(self.name_shown), Style(bold=True))]
        if self.counts:
            parts.append(("  " + self.counts, Style()))
        if self.activity:
            parts.append(("  " + self.activity, Style(italic=True)))
        self.update(Text.assemble(*parts, no_wrap=True, overflow="ellipsis"))
