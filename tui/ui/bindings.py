"""The scrolling keys every pane shares, declared once: j/k, space/b, g/G and their named keys.

Each pane gets them with its own ids (`reader.down`, `list.first`, `dialog.top`…), which users'
config files name in `[keys]`; the pane provides the actions `down`, `up`, `page_down`, `page_up`
and its two edges.
"""

from __future__ import annotations

from textual.binding import Binding, BindingsMap


def scroll_bindings(pane: str, edges: tuple[str, str] = ("top", "bottom")) -> list[Binding]:
    """Scrolling bindings with ids `<pane>.<action>`; `edges` names the g/G actions (a list has
    a first and a last entry, a text a top and a bottom)."""
    first, last = edges
    return [
        Binding("j,down", "down", "Down", show=False, id=f"{pane}.down"),
        Binding("k,up", "up", "Up", show=False, id=f"{pane}.up"),
        Binding("space,pagedown", "page_down", "Page down", show=False, id=f"{pane}.page_down"),
        Binding("b,pageup", "page_up", "Page up", show=False, id=f"{pane}.page_up"),
        Binding("g,home", first, first.capitalize(), show=False, id=f"{pane}.{first}"),
        Binding("G,end", last, last.capitalize(), show=False, id=f"{pane}.{last}"),
    ]


def declared_bindings(cls: type) -> BindingsMap:
    """A class's bindings merged with those it inherits, later classes winning per key, as the
    key dispatcher merges them: what the help lists for that class."""
    keys: dict[str, list[Binding]] = {}
    for base in reversed(cls.__mro__):
        keys.update(BindingsMap(base.__dict__.get("BINDINGS", [])).key_to_bindings)
    return BindingsMap.from_keys(keys)
