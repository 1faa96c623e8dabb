"""`?`: every key the reader answers to, read from the live bindings so remapped keys show.

Each section is one node's (or screen class's) bindings with the user's keymap applied, as the
key dispatcher sees them; nothing here is a hand-kept list that could drift from the code. The
help is tables and paragraphs that Rich wraps to the dialog's width, so it reflows at any width
instead of being pre-wrapped text wrapped a second time.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from typing import ClassVar

from rich.cells import cell_len
from rich.console import Group, RenderableType
from rich.padding import Padding
from rich.style import Style
from rich.table import Table
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


def textual_keys(
    app: App[object], bindings: BindingsMap, keymap: Mapping[str, str]
) -> list[tuple[str, str]]:
    """(keys, description) of the widgets' own Textual keys `binding_rows` leaves out (scroll
    left, page right, the editing keys of a text field): the app answers them too, so help
    names them, on one line a section."""
    bindings = bindings.copy()
    if keymap:
        bindings.apply_keymap(keymap)
    keys: dict[str, list[str]] = {}
    for key, found in bindings.key_to_bindings.items():
        for binding in found:
            if not binding.id and binding.description and (binding.system or not binding.show):
                keys.setdefault(binding.description, []).append(
                    app.get_key_display(binding.with_key(key))
                )
    return [(" ".join(shown), description) for description, shown in keys.items()]


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
            yield Static(Group(*self._parts()), id="help-text")

    def _parts(self) -> Iterator[RenderableType]:
        heading = Style(bold=True)
        yield Text.assemble(
            ("Keys", Style(bold=True, underline=True)),
            ("   (remap them by id in config.toml [keys])", Style(dim=True)),
        )
        sections = [
            (title, bindings, binding_rows(self.app, bindings, self.keymap))
            for title, bindings in self.sections
        ]
        every = [row for _title, _bindings, rows in sections for row in rows]
        keys_width, description_width = (
            max((cell_len(row[column]) for row in every), default=0) for column in (0, 1)
        )
        for title, bindings, rows in sections:
            if not rows:
                continue
            yield Text(f"\n{title}", style=heading)
            table = _table(keys_width, description_width, id_column=True)
            for keys, description, binding_id in rows:
                table.add_row(keys, description, binding_id)
            yield Padding(table, (0, 0, 0, 2))
            also = textual_keys(self.app, bindings, self.keymap)
            if also:
                listed = " · ".join(f"{keys} {description.lower()}" for keys, description in also)
                yield Padding(Text(f"also: {listed}", style=Style(dim=True)), (0, 0, 0, 2))
        for title, body in self.notes:
            yield Text(f"\n{title}", style=heading)
            yield from _reflowed(body)

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


def _table(keys_width: int, description_width: int = 0, id_column: bool = False) -> Table:
    """Keys (or terms), then descriptions wrapped to what the width leaves, then binding ids;
    the same column widths in every section keep the ids in one column."""
    table = Table.grid(padding=(0, 2))
    table.add_column(no_wrap=True, min_width=keys_width, style=Style(bold=True))
    table.add_column(min_width=description_width)
    if id_column:
        table.add_column(no_wrap=True, style=Style(dim=True))
    return table


_TERM = re.compile(r"^  (\S.*?)\s{2,}(\S.*)$")
"""A term and its description in a note (`  @name     quotes by a speaker…`)."""


def _reflowed(body: str) -> Iterator[RenderableType]:
    """A note written as text wrapped by hand (paragraphs, and indented term/description rows
    with indented continuation lines) as paragraphs and a table that wrap to any width."""
    for number, chunk in enumerate(re.split(r"\n\s*\n", body.strip("\n"))):
        if number:
            yield Text("")
        lines = chunk.split("\n")
        if not all(line.startswith("  ") for line in lines):
            yield Text(" ".join(line.strip() for line in lines))
            continue
        rows: list[list[str]] = []
        for line in lines:
            term = _TERM.match(line)
            if term is not None:
                rows.append([term.group(1), term.group(2)])
            elif rows:
                rows[-1][1] += " " + line.strip()
        table = _table(max(cell_len(term_text) for term_text, _d in rows))
        for term_text, description in rows:
            table.add_row(term_text, description)
        yield Padding(table, (0, 0, 0, 2))
