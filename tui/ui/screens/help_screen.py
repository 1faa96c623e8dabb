"""`?`: every key the reader answers to, read from the live bindings so remapped keys show.

Each section is one node's (or screen class's) bindings with the user's keymap applied, as the
key dispatcher sees them; nothing here is a hand-kept list that could drift from the code.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import ClassVar

from rich.style import Style
from rich.text import Text
from textual.app import App, ComposeResult
from textual.binding import Binding, BindingsMap, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from tui.ui.bindings import scroll_bindings


def binding_rows(
    app: App[object], bindings: BindingsMap, keymap: Mapping[str, str]
) -> list[tuple[str, str, str]]:
    """(keys, description, binding id) for each binding, the app's keymap applied, in declaration
    order.

    Bindings without an id are Textual's own (scroll left, focus next...): listed only when they
    carry a description and are not system keys, which keeps ctrl+q and the palette."""
    bindings = bindings.copy()
    if keymap:
        bindings.apply_keymap(keymap)
    keys: dict[str, list[str]] = {}
    described: dict[str, str] = {}
    for key, found in bindings.key_to_bindings.items():
        for binding in found:
            if not binding.id and (binding.system or not binding.show):
                continue
            name = binding.id or binding.action
            keys.setdefault(name, []).append(app.get_key_display(binding.with_key(key)))
            described[name] = binding.description or binding.action.replace("_", " ")
    return [(" ".join(keys[name]), described[name], name) for name in keys]


class HelpScreen(ModalScreen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,question_mark", "close", "Close", id="dialog.close"),
        *scroll_bindings("dialog"),
    ]

    def __init__(
        self,
        sections: Sequence[tuple[str, BindingsMap]],
        keymap: Mapping[str, str],
        notes: Sequence[tuple[str, str]] = (),
    ) -> None:
        super().__init__()
        self.sections = sections
        self.keymap = keymap
        self.notes = notes

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-body"):
            yield Static(self._text(), id="help-text")

    def _text(self) -> Text:
        text = Text()
        text.append("Keys", style=Style(bold=True, underline=True))
        text.append("   (remap them by id in config.toml [keys])\n", style=Style(dim=True))
        for title, bindings in self.sections:
            rows = binding_rows(self.app, bindings, self.keymap)
            if not rows:
                continue
            text.append(f"\n{title}\n", style=Style(bold=True))
            for keys, description, binding_id in rows:
                text.append(f"  {keys:<16}", style=Style(bold=True))
                text.append(f" {description:<22}")
                text.append(f" {binding_id}\n", style=Style(dim=True))
        for title, body in self.notes:
            text.append(f"\n{title}\n", style=Style(bold=True))
            text.append(body.strip() + "\n")
        return text

    def action_close(self) -> None:
        self.dismiss(None)

    @property
    def body(self) -> VerticalScroll:
        return self.query_one("#help-body", VerticalScroll)

    def _scroll(self, rows: int) -> None:
        self.body.scroll_relative(y=rows, animate=False, immediate=True)

    def action_down(self) -> None:
        self._scroll(1)

    def action_up(self) -> None:
        self._scroll(-1)

    def action_page_down(self) -> None:
        self._scroll(max(1, self.body.size.height - 2))

    def action_page_up(self) -> None:
        self._scroll(-max(1, self.body.size.height - 2))

    def action_top(self) -> None:
        self.body.scroll_to(y=0, animate=False, immediate=True)

    def action_bottom(self) -> None:
        self.body.scroll_to(y=self.body.max_scroll_y, animate=False, immediate=True)
