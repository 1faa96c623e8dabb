"""The speakers view's rows: quotes, articles, a sparkline of quotes over time, the name in the
speaker's colour, the role, and the date of the newest article."""

from __future__ import annotations

from rich.style import Style
from rich.text import Text

from tui.core.speaker_table import Trail
from tui.ui.colours import Palette
from tui.ui.widgets.row_list import RowList

_BLOCKS = " ▁▂▃▄▅▆▇█"


def sparkline(counts: tuple[int, ...]) -> str:
    """One block character per period, scaled to the busiest; a period with quotes never shows
    empty."""
    top = max(counts, default=0)
    if not top:
        return " " * len(counts)
    steps = len(_BLOCKS) - 1
    return "".join(_BLOCKS[-(-count * steps // top)] for count in counts)


HEADER = f"{'quotes':>6} {'arts':>5}  {'latest':<10}  {'over time':<12}  "
"""The column titles above the rows (the name column's title follows)."""

_DIM = Style(dim=True)


class SpeakerList(RowList):
    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.trails: list[Trail] = []
        self.palette: Palette | None = None
        self.coloured = True
        """Names in their speaker's colour (places have none)."""

    def show(self, trails: list[Trail], palette: Palette, coloured: bool, cursor: int = 0) -> None:
        self.trails, self.palette, self.coloured = trails, palette, coloured
        self.set_count(len(trails), cursor, "no match")

    def row(self, index: int, part: int) -> Text:
        trail = self.trails[index]
        colour = self.palette.speaker_colour(trail.name) if self.palette and self.coloured else None
        latest = trail.latest.isoformat() if trail.latest else ""
        return Text.assemble(
            (f"{trail.quotes:>6} {trail.articles:>5}  {latest:<10}  ", _DIM),
            (sparkline(trail.activity), Style(color=colour)),
            "  ",
            (trail.name, Style(bold=True, color=colour)),
            ("  " + trail.role if trail.role else "", _DIM),
            end="",
        )
