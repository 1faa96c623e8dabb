"""The bottom line: the keys that work now, from the live bindings of the focused pane.

Textual's `Footer` builds a widget per key and rebuilds them whenever focus moves, which costs
a noticeable part of start-up and repaints the whole line over SSH; this is one line of text
redrawn when the screen's bindings change.
"""

from __future__ import annotations

from typing import ClassVar

from rich.cells import cell_len
from rich.text import Text
from textual.screen import Screen
from textual.widgets import Static


class KeyHints(Static):
    COMPONENT_CLASSES: ClassVar[set[str]] = {"key-hints--key", "key-hints--description"}

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.hints: list[tuple[tuple[str, str], bool]] = []
        """((key, description), whether it always shows) per binding shown, in the screen's
        order."""

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self.bindings_changed)
        self.bindings_changed(self.screen)

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    def bindings_changed(self, screen: Screen[object]) -> None:
        self.hints.clear()
        shown: set[str] = set()
        for _node, binding, enabled, _tooltip in screen.active_bindings.values():
            if not binding.show or not enabled or binding.action in shown:
                continue
            shown.add(binding.action)
            hint = (f" {self.app.get_key_display(binding)} ", f"{binding.description} ")
            self.hints.append((hint, binding.action == "help"))
        self.refresh()

    def render(self) -> Text:
        """The hints that fit, each whole or not at all, in order; help's always."""
        room = self.size.width - sum(cell_len(k + d) for (k, d), pinned in self.hints if pinned)
        kept = []
        for (key, description), pinned in self.hints:
            width = cell_len(key + description)
            if not pinned:
                if width > room:
                    continue
                room -= width
            kept.append((key, description))
        key_style = self.get_component_rich_style("key-hints--key")
        description_style = self.get_component_rich_style("key-hints--description")
        hints = Text(no_wrap=True, end="")
        for key, description in kept:
            hints.append(key, key_style)
            hints.append(description, description_style)
        return hints
