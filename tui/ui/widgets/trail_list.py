"""A quote trail's rows: where and when (date, title, source), then the quote behind a bar in
the speaker's colour."""

from __future__ import annotations

import re

from rich.style import Style
from rich.text import Text

from tui.core.decoding import printable
from tui.core.speaker_table import Said
from tui.ui.colours import Palette
from tui.ui.widgets.row_list import RowList

_SPACES = re.compile(r"\s+")
_WHERE = Style(dim=True)


class TrailList(RowList):
    ROWS = 3
    """Where, the quote, a blank line."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.said: list[Said] = []
        self.palette: Palette | None = None
        self.colour_of: str | None = None
        """The name the colour comes from: the trail's speaker, or each quote's for a place."""

    def show(self, said: list[Said], palette: Palette, colour_of: str | None, cursor: int) -> None:
        self.said, self.palette, self.colour_of = said, palette, colour_of
        self.set_count(len(said), cursor, "no quotes")

    def row(self, index: int, part: int) -> Text:
        said = self.said[index]
        if part == 2:
            return Text("", end="")
        document = said.document
        if part == 0:
            where = " · ".join(
                printable(p)
                for p in (document.date or "undated", document.title, document.source)
                if p
            )
            return Text(" " + where, style=_WHERE, end="")
        name = self.colour_of or said.speaker
        colour = self.palette.speaker_colour(name) if self.palette and name else None
        words = _SPACES.sub(" ", printable(said.text)).strip()
        speaker = "" if self.colour_of else f" — {printable(said.speaker or 'unattributed')}"
        return Text.assemble(
            (" ▍ ", Style(color=colour)),
            (f"“{words}”", Style(italic=True)),
            (speaker, Style(color=colour, bold=True)),
            end="",
        )
