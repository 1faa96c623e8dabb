"""An OptionList whose highlighted entry stays visible without colour.

OptionList marks the highlight with a background only; under NO_COLOR backgrounds are gone, so
here the highlighted entry's rows are drawn in reverse video as well.
"""

from __future__ import annotations

from rich.style import Style
from textual.strip import Strip
from textual.widgets import OptionList

_REVERSE = Style(reverse=True)


class MarkedOptionList(OptionList):
    def render_line(self, y: int) -> Strip:
        strip = super().render_line(y)
        if self.app.no_color and self.highlighted is not None:
            line = self.scroll_offset.y + y
            if line < len(self._lines) and self._lines[line][0] == self.highlighted:
                strip = strip.apply_style(_REVERSE)
        return strip
