"""The bottom line: the keys that work now, from the live bindings of the focused pane.

Textual's `Footer` builds a widget per key and rebuilds them whenever focus moves, which costs
a noticeable part of start-up and repaints the whole line over SSH; this is one line of text
redrawn when the screen's bindings change.
"""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.screen import Screen
from textual.widgets import Static


class KeyHints(Static):
    COMPONENT_CLASSES: ClassVar[set[str]] = {"key-hints--key", "key-hints--description"}

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self.bindings_changed)
        self.bindings_changed(self.screen)

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    def bindings_changed(self, screen: Screen[object]) -> None:
        key_style = self.get_component_rich_style("key-hints--key")
        description_style = self.get_component_rich_style("key-hints--description")
        shown: set[str] = set()
        hints = Text(no_wrap=True, overflow="ellipsis", end="")
        active = screen.active_bindings
        for _node, binding, enabled, _tooltip in active.values():
            if not binding.show or not enabled or binding.action in shown:
                continue
            shown.add(binding.action)
            hints.append(f" {self.app.get_key_display(binding)} ", key_style)
            hints.append(f"{binding.description} ", description_style)
        palette = active.get(self.app.COMMAND_PALETTE_BINDING)
        if palette is not None and self.app.ENABLE_COMMAND_PALETTE:
            hints.append(f" {self.app.get_key_display(palette.binding)} ", key_style)
            hints.append("palette", description_style)
        self.update(hints)
