"""A one-line prompt at the edge of a pane, as less and newsboat have: the list's filter (`&`)
and find in the article (`f`). Every keystroke is answered at once; enter goes back to the pane
keeping what was typed, esc clears it."""

from __future__ import annotations

from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.message import Message
from textual.widgets import Input


class Prompt(Input):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "clear_prompt", "Clear and close", id="prompt.clear"),
    ]

    class Cleared(Message):
        def __init__(self, prompt: Prompt) -> None:
            super().__init__()
            self.prompt = prompt

    def action_clear_prompt(self) -> None:
        self.post_message(self.Cleared(self))
