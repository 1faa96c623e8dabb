"""An OptionList whose highlighted entry stays visible without colour.

OptionList marks the highlight with a background only; under NO_COLOR backgrounds are gone, so
here the highlighted entry's rows are drawn in reverse video as well. (A CSS `text-style` on the
highlight component is not applied by OptionList, so this is done on the rendered strip; each
segment's style carries the option index it draws as meta.)
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
            shown = {segment.style.meta.get("option") for segment in strip if segment.style}
            if self.highlighted in shown:
                strip = strip.apply_style(_REVERSE)
        return strip
