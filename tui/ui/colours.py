"""The reader's colours as the renderers use them: one speaker colour per name, stable across
runs. The colours themselves live in `styles/app.tcss` (per theme); `ReaderScreen.palette()`
reads them from there. Under NO_COLOR attributes alone carry the meaning."""

from __future__ import annotations

import zlib
from dataclasses import dataclass

from rich.color import Color
from rich.style import Style

from tui.core.name_forms import name_form


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


PLAIN = Palette((), None, None, Style(reverse=True), no_color=True)
"""No colours at all: what the reader draws under NO_COLOR, and a neutral palette for tests."""
