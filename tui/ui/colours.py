"""The reader's colours as the renderers use them: one speaker colour per name, stable across
runs. The colours themselves live in `styles/app.tcss` (per theme); `ReaderScreen.palette()`
reads them from there. Under NO_COLOR attributes alone carry the meaning."""

from __future__ import annotations

import zlib
from dataclasses import dataclass, replace

from rich.color import Color, ColorSystem
from rich.segment import Segment
from rich.style import Style
from textual.color import Color as TextualColor
from textual.filter import LineFilter

from tui.core.name_forms import name_form

SYSTEMS = {
    "standard": ColorSystem.STANDARD,
    "256": ColorSystem.EIGHT_BIT,
    "truecolor": ColorSystem.TRUECOLOR,
    "windows": ColorSystem.WINDOWS,
}
"""Rich's console colour system names to the systems colours are downgraded to."""


@dataclass(frozen=True, slots=True)
class Palette:
    """Colours chosen for the terminal's background; attributes carry meaning without them."""

    speakers: tuple[Color | None, ...]
    place: Color | None
    link: Color | None
    current_quote: Style
    no_color: bool

    def speaker_colour(self, name: str) -> Color | None:
        """Stable across runs and documents: a hash of the surname, not of the order names are
        met, so one person has one colour however an article names them (`Obama`, `Barack
        Obama`, `President Obama`) in the article, the speakers view and the trail. None under
        NO_COLOR: speakers are then told apart by attributes only."""
        if self.no_color or not self.speakers:
            return None
        form = name_form(name)
        key = form.last if form is not None else name.casefold()
        return self.speakers[zlib.crc32(key.encode("utf-8")) % len(self.speakers)]

    def seen_with(self, system: ColorSystem) -> Palette:
        """The palette as a terminal with `system` shows it: speaker colours that would come out
        as the place's or the link's colour (or as an earlier speaker's) are left out, so a
        speaker never looks like a place with 16 colours."""
        shown = {_downgraded(colour, system) for colour in (self.place, self.link)}
        speakers = []
        for colour in self.speakers:
            seen = _downgraded(colour, system)
            if seen not in shown:
                shown.add(seen)
                speakers.append(colour)
        return replace(self, speakers=tuple(speakers))


def _downgraded(colour: Color | None, system: ColorSystem) -> tuple[object, ...] | None:
    """What the terminal is sent for `colour` (a downgraded Color keeps its original name)."""
    if colour is None:
        return None
    seen = colour.downgrade(system)
    return seen.number, seen.triplet


class WithoutColour(LineFilter):
    """Under NO_COLOR: no colour at all, only attributes (bold, underline, italic, reverse, dim).
    Textual's own NO_COLOR filter turns colours into greys, which are colours still."""

    def apply(self, segments: list[Segment], background: TextualColor) -> list[Segment]:
        return [
            Segment(text, None if style is None else style.without_color, control)
            for text, style, control in segments
        ]


PLAIN = Palette((), None, None, Style(reverse=True), no_color=True)
"""No colours at all: what the reader draws under NO_COLOR, and a neutral palette for tests."""
