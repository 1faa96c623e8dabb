"""The reader's colours for the terminal's background (dark, light, the terminal's own ANSI
colours, or none under NO_COLOR): one speaker colour per name, stable across runs."""

from __future__ import annotations

import zlib
from dataclasses import dataclass

from rich.style import Style

_DARK_SPEAKERS = (
    "#ff8787",
    "#ffaf5f",
    "#d7d75f",
    "#87d787",
    "#5fd7d7",
    "#87afff",
    "#d787ff",
    "#ff87d7",
)
_LIGHT_SPEAKERS = (
    "#af0000",
    "#af5f00",
    "#5f5f00",
    "#005f00",
    "#005f87",
    "#0000af",
    "#5f00af",
    "#af005f",
)
_ANSI_SPEAKERS = (
    "red",
    "yellow",
    "green",
    "cyan",
    "blue",
    "magenta",
    "bright_red",
    "bright_magenta",
)


@dataclass(frozen=True, slots=True)
class Palette:
    """Colours chosen for the terminal's background; attributes carry meaning without them."""

    speakers: tuple[str, ...]
    place: str
    link: str
    current_quote: Style
    no_color: bool

    def speaker_colour(self, name: str) -> str | None:
        """Stable across runs and documents: a hash of the canonical name, not its order.
        None under NO_COLOR: speakers are then told apart by attributes only."""
        if self.no_color:
            return None
        return self.speakers[zlib.crc32(name.casefold().encode("utf-8")) % len(self.speakers)]


def palette_for(*, dark: bool, ansi: bool, no_color: bool) -> Palette:
    if ansi:
        return Palette(_ANSI_SPEAKERS, "cyan", "blue", Style(reverse=True), no_color)
    if no_color:
        return Palette(_DARK_SPEAKERS, "default", "default", Style(reverse=True), True)
    if dark:
        return Palette(_DARK_SPEAKERS, "#5fafff", "#87afd7", Style(bgcolor="#303a4f"), False)
    return Palette(_LIGHT_SPEAKERS, "#005faf", "#005f87", Style(bgcolor="#dce6f5"), False)
